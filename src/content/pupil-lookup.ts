/**
 * Asking the worker which of the school's pupil names a draft contains (content scripts hold no
 * pupil list: see src/settings/snapshot.ts). The answer for a text is kept, so the check when a
 * post is sent usually reuses the answer the typing indicator already had, and the post is not held.
 * Fails open: no answer in time means the check runs without pupils' names, and says so in the console.
 */
import type { MatchPupilsResult } from '../messages';

interface Entry {
  names: string[];
  /** False when the worker did not answer (names is then empty). */
  ok: boolean;
}

export interface PupilLookup {
  /**
   * The names for `text` if they are known without asking: none when there is no snapshot yet (the
   * check then has no school context at all) or the school set no names; else the last answer for
   * this text. Undefined: the worker must be asked. `includeFailed`: a failed ask counts as an answer
   * of no names (the indicator, so it does not ask again and again); else it is asked again.
   */
  cached(text: string, snapshot: { hasPupilNames: boolean } | null, includeFailed?: boolean): string[] | undefined;
  /** Asks the worker (one ask per text at a time), or answers from what is known. Never rejects; [] after `timeoutMs`. */
  lookup(text: string, snapshot: { hasPupilNames: boolean } | null, timeoutMs: number): Promise<string[]>;
}

const KEEP = 4;

export function createPupilLookup(send: (message: unknown) => Promise<unknown>, log: (msg: string, err?: unknown) => void): PupilLookup {
  const answers = new Map<string, Entry>();
  const asking = new Map<string, Promise<string[]>>();
  const remember = (text: string, e: Entry) => {
    answers.delete(text);
    answers.set(text, e);
    while (answers.size > KEEP) answers.delete(answers.keys().next().value!);
  };
  const valid = (r: unknown): r is MatchPupilsResult =>
    typeof r === 'object' && r !== null && Array.isArray((r as MatchPupilsResult).names) && (r as MatchPupilsResult).names.every((n) => typeof n === 'string');

  const cached: PupilLookup['cached'] = (text, snapshot, includeFailed = false) => {
    if (!snapshot?.hasPupilNames || text.trim() === '') return [];
    const e = answers.get(text);
    return e && (e.ok || includeFailed) ? e.names : undefined;
  };

  const lookup: PupilLookup['lookup'] = (text, snapshot, timeoutMs) => {
    // Without a snapshot the worker is asked anyway: the settings it is about to publish may name pupils.
    if (snapshot && (!snapshot.hasPupilNames || text.trim() === '')) return Promise.resolve([]);
    const known = answers.get(text);
    if (known?.ok) return Promise.resolve(known.names);
    const pending = asking.get(text);
    if (pending) return pending;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    const ask = Promise.race([send({ type: 'match-pupils', text }).catch((err: unknown) => ({ failed: err })), late])
      .then((r) => {
        if (valid(r)) {
          remember(text, { names: r.names, ok: true });
          return r.names;
        }
        log(
          r === 'late'
            ? `the check for pupils' names had no answer within ${timeoutMs / 1000} s; checking without them`
            : "the check for pupils' names could not be made (the extension did not answer); checking without them",
          r === 'late' ? undefined : (r as { failed?: unknown })?.failed,
        );
        remember(text, { names: [], ok: false });
        return [];
      })
      .finally(() => {
        clearTimeout(timer);
        asking.delete(text);
      });
    asking.set(text, ask);
    return ask;
  };

  return { cached, lookup };
}
