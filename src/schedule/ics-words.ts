/**
 * The words of a timetable import: dates as people write them, names made fit to show, period
 * kinds and all-day events guessed from their names, the preview's notes, and a day's periods
 * described in a sentence.
 */
import { thousands } from './ics-read';
import type { Period, PeriodKind } from './schema';
import { isoWeekdayIndex } from './time';

/** Notes shown in the preview; more are counted in the last. */
const MAX_NOTES = 100;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Monday 7 September 2026". */
export function longDate(date: string): string {
  return `${DAY_NAMES[isoWeekdayIndex(date)]} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** Guess a period's kind from its name. */
export function guessKind(name: string): PeriodKind {
  const n = name.toLowerCase();
  if (/\blunch|\bdinner\b/.test(n)) return 'lunch';
  if (/\bbreak\b|\brecess\b|\bbreaktime\b/.test(n)) return 'break';
  if (/\bregistration\b|\breg\b|\btutor\b|\bform time\b|\bform period\b|\bam reg|\bpm reg|\bassembly\b|\bmentor time\b/.test(n)) return 'registration';
  if (/\bbefore[- ]school\b|\bbreakfast club\b|\bbriefing\b/.test(n)) return 'before-school';
  if (/\bafter[- ]school\b|\bclub\b|\bparents'? ?evening\b|\bdetention\b/.test(n)) return 'after-school';
  return 'lesson';
}

export type DayKind = { kind: 'inset' | 'holiday' | 'closure' } | { kind: 'term' } | { kind: 'ignore' };

export function classifyAllDay(name: string): DayKind {
  const n = name.toLowerCase();
  if (/\binset\b|\btraining day\b|\bstaff development\b|\bnon[- ]pupil\b|\bteacher day\b|\bcpd day\b|\btd day\b|\bprofessional development day\b/.test(n)) {
    return { kind: 'inset' };
  }
  if (/\bclosed\b|\bclosure\b|\bpolling\b|\bsnow day\b/.test(n)) return { kind: 'closure' };
  if (/holiday|half[- ]?term|\bbank hol|\b(christmas|easter|summer|winter|spring|october|february|may) (break|vacation)\b/.test(n)) return { kind: 'holiday' };
  if (/\bterm\b|\bsemester\b/.test(n)) return { kind: 'term' };
  return { kind: 'ignore' };
}

/**
 * A name fit to show: control characters and direction overrides (which could make a name read
 * as something else) removed, whitespace collapsed, at most 80 characters, never half a
 * surrogate pair.
 */
export function cleanName(s: string): string {
  if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(s) && s.length <= 80) return s; // plain ASCII, tidy already
  const n = s
    .slice(0, 400) // the name is cut to 80 characters: no need to tidy a 16,000-character SUMMARY
    .replace(/[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces in a name
    .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim();
  let cut = (n || 'Untitled').slice(0, 80);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim() || 'Untitled';
}

/** Notes for the preview, each once, at most MAX_NOTES. */
export class Notes {
  private readonly seen = new Set<string>();
  private more = 0;
  add(s: string): void {
    if (this.seen.has(s)) return;
    if (this.seen.size >= MAX_NOTES) this.more++;
    else this.seen.add(s);
  }
  list(): string[] {
    const out = [...this.seen];
    if (this.more > 0) out.push(`... and ${thousands(this.more)} more notes like these.`);
    return out;
  }
}

export const samePeriods = (a: readonly Period[], b: readonly Period[]) =>
  a.length === b.length && a.every((p, i) => p.name === b[i]!.name && p.start === b[i]!.start && p.end === b[i]!.end);

export const describePeriods = (ps: readonly Period[]) =>
  ps.length === 0 ? 'no periods' : ps.map((p) => `${p.name} ${p.start}-${p.end}${p.kind === 'lesson' ? '' : ` (${p.kind})`}`).join(', ');

/** "without Period 5 13:30-15:10; with Period 5 (Mock exams) 14:00-15:30". */
export function describeChange(usual: readonly Period[], actual: readonly Period[]): string {
  const key = (p: Period) => `${p.name}\u0000${p.start}\u0000${p.end}`;
  const u = new Set(usual.map(key));
  const a = new Set(actual.map(key));
  const without = usual.filter((p) => !a.has(key(p)));
  const extra = actual.filter((p) => !u.has(key(p)));
  const parts: string[] = [];
  if (without.length) parts.push(`without ${describePeriods(without)}`);
  if (extra.length) parts.push(`with ${describePeriods(extra)}`);
  return parts.join('; ') || describePeriods(actual);
}

export const rangeText = (a: string, b: string) => (a === b ? longDate(a) : `${longDate(a)} to ${longDate(b)}`);
