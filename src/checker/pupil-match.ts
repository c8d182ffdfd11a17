/**
 * Which of the school's pupil names occur in a text, matched exactly as the checker matches them
 * (Doc.findPhrases: the normalised text, ignoring case and accents, on word boundaries).
 *
 * The service worker holds the pupil list and answers content scripts with only the names a draft
 * contains, so the whole list never sits in storage every social site's content script reads. The
 * checker then runs with those names and finds what it would have found with the whole list: a
 * name it is not given is one that does not occur. (The checker's own case test for everyday names
 * such as "Grace" still applies: this returns every name that occurs in any case.) Pure.
 */
import { isWordChar, normalise, normaliseTerm } from './normalise';

/** A pupil list prepared once (normalising 5,000 names on every draft would waste the worker's time). */
export interface PreparedNames {
  /** The names as the school wrote them, each with its normalised form; unusable ones left out. */
  readonly entries: ReadonlyArray<{ raw: string; norm: string }>;
}

export function prepareNames(names: readonly unknown[]): PreparedNames {
  const entries: Array<{ raw: string; norm: string }> = [];
  for (const raw of names) {
    if (typeof raw !== 'string') continue;
    const norm = normaliseTerm(raw);
    // As findPhrases: a one-letter "name" would match every initial.
    if (norm.length < 2) continue;
    entries.push({ raw, norm });
  }
  return { entries };
}

/** Whether `p` occurs in `t` with a non-word character (or the text's edge) on both sides. */
function occurs(t: string, p: string): boolean {
  let i = t.indexOf(p);
  while (i !== -1) {
    const before = i > 0 ? t[i - 1]! : ' ';
    const after = i + p.length < t.length ? t[i + p.length]! : ' ';
    if (!isWordChar(before) && !isWordChar(after)) return true;
    i = t.indexOf(p, i + 1);
  }
  return false;
}

/**
 * The names (as the school wrote them, in the list's order) that occur in `text`. At most `limit`
 * are returned: a draft naming more pupils than that is flagged for the first ones anyway, and the
 * cap keeps one request from reading back a large part of the list.
 */
export function matchPupilNames(text: string, names: PreparedNames | readonly unknown[], limit = 50): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const prepared = Array.isArray(names) ? prepareNames(names) : (names as PreparedNames);
  if (!prepared.entries.length) return [];
  const t = normalise(text).text;
  const out: string[] = [];
  const seen = new Map<string, boolean>();
  for (const { raw, norm } of prepared.entries) {
    let hit = seen.get(norm);
    if (hit === undefined) seen.set(norm, (hit = occurs(t, norm)));
    if (!hit) continue;
    out.push(raw);
    if (out.length >= limit) break;
  }
  return out;
}
