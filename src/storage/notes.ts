/**
 * "Not a concern" notes: a staff member's record that a concern did not apply, kept on this device
 * only (storage.local) so they can send their school a list that helps it tune its settings.
 *
 * A note says which check it was and where, never what was written: the rule, its category and
 * policy clause, where it came from (a rule, the learned model and which of its heads, or the
 * situation), the site and the day. The matched words are left out on purpose: they are often the
 * very thing the policy protects (a pupil's name, an address, an accusation). Notes expire after
 * NOTE_DAYS days; at most MAX_NOTES are kept.
 *
 * Pure: no browser APIs, no zod (the options page and the worker both use it).
 */
import { isCategoryId, type CategoryId } from '../policy/ids';

export const FEEDBACK_KEY = 'notConcern';
export const MAX_NOTES = 500;
/** How long a note is kept: long enough to send to the school at the end of a half term. */
export const NOTE_DAYS = 90;

export type NoteSource = 'rule' | 'model' | 'context';

export interface FeedbackNote {
  /** The day the concern was set aside (YYYY-MM-DD, the device's calendar). */
  date: string;
  /** The site's adapter id, e.g. "x". */
  site: string;
  ruleId: string;
  category: CategoryId;
  /** The policy clause, e.g. "5.2" ('' when not known, as in notes kept before clauses were). */
  clause: string;
  source: NoteSource;
  /** For the learned model: which of its heads raised it, e.g. "threat". */
  head?: string;
}

/** What a content script sends: the note without its date (the worker adds it). */
export type NoteInput = Pick<FeedbackNote, 'site' | 'ruleId' | 'category' | 'clause' | 'source'>;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const RULE_RE = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const SITE_RE = /^[a-z0-9.-]{1,40}$/;
const CLAUSE_RE = /^[\d.]{0,20}$/;

/** The device's calendar date of `d`, as YYYY-MM-DD. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The first day a note is no longer kept, for a note made on `date`. */
function expiresOn(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return localDate(new Date(y, m - 1, d + NOTE_DAYS));
}

export function isExpired(note: Pick<FeedbackNote, 'date'>, now: Date): boolean {
  return expiresOn(note.date) <= localDate(now);
}

function sourceOf(ruleId: string): NoteSource {
  if (ruleId.startsWith('model/')) return 'model';
  if (ruleId.startsWith('context/')) return 'context';
  return 'rule';
}

/** A note of the current shape made on `date`: only these fields are ever copied into a note. */
function makeNoteOn(date: string, input: NoteInput): FeedbackNote {
  const note: FeedbackNote = { date, site: input.site, ruleId: input.ruleId, category: input.category, clause: input.clause, source: input.source };
  if (input.source === 'model') note.head = input.ruleId.slice('model/'.length);
  return note;
}

/** A new note for a concern set aside at `now`. */
export function makeNote(input: NoteInput, now: Date): FeedbackNote {
  return makeNoteOn(localDate(now), input);
}

/**
 * One stored note as a FeedbackNote of the current shape, or null when it cannot be read. Notes
 * kept by earlier versions ({ at, site, ruleId, category, matched }) lose their matched text here:
 * only the fields above are ever copied.
 */
export function readNote(value: unknown): FeedbackNote | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  let date = typeof v.date === 'string' && DATE_RE.test(v.date) ? v.date : null;
  if (!date && typeof v.at === 'string') {
    const at = new Date(v.at);
    if (!Number.isNaN(at.getTime())) date = localDate(at);
  }
  if (!date) return null;
  if (typeof v.site !== 'string' || !SITE_RE.test(v.site)) return null;
  if (typeof v.ruleId !== 'string' || !RULE_RE.test(v.ruleId)) return null;
  if (!isCategoryId(v.category)) return null;
  const clause = typeof v.clause === 'string' && CLAUSE_RE.test(v.clause) ? v.clause : '';
  const source = v.source === 'rule' || v.source === 'model' || v.source === 'context' ? v.source : sourceOf(v.ruleId);
  return makeNoteOn(date, { site: v.site, ruleId: v.ruleId, category: v.category, clause, source });
}

/**
 * The notes worth keeping from whatever is stored: readable, of the current shape (no matched text),
 * not expired, at most the newest MAX_NOTES. Used on every read and before every write.
 */
export function liveNotes(stored: unknown, now: Date): FeedbackNote[] {
  if (!Array.isArray(stored)) return [];
  const out: FeedbackNote[] = [];
  for (const v of stored) {
    const n = readNote(v);
    if (n && !isExpired(n, now)) out.push(n);
  }
  return out.slice(-MAX_NOTES);
}

/** The export file's contents: the kept fields only, with what they are and how long they are kept. */
export function exportNotes(notes: readonly FeedbackNote[], now: Date): string {
  const kept = notes.map((n) => makeNoteOn(n.date, n));
  return (
    JSON.stringify(
      {
        about: `"Not a concern" notes from Think Twice: which check was set aside, where and when. They hold none of the words that were written. Kept for ${NOTE_DAYS} days.`,
        exported: localDate(now),
        notes: kept,
      },
      null,
      2,
    ) + '\n'
  );
}
