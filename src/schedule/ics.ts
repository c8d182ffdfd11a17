/**
 * Import a timetable from an iCalendar (.ics) file, as exported by school management systems
 * (one event per lesson, repeating weekly or fortnightly) and by calendar apps (Google, Outlook,
 * Apple). Returns what was understood, in plain English, for a preview before anything is saved;
 * a bad file gives a clear error and never throws, and no file costs more than a bounded amount
 * of work (see IcsWork): a file is at most 2 MB, and an import reads it in well under a second.
 *
 * The steps, each in its own module:
 *  1. ics-read.ts: the text to components, unfolded and tokenised in one pass, keeping only what
 *     a timetable needs (event times, repeats, names, status; time zone definitions).
 *  2. ics-window.ts: the dates to read, where the bulk of the events are, so that a stray event
 *     from years ago or a birthday in 2099 cannot push the timetable out of the window.
 *  3. ics-repeat.ts: repeats (RRULE, weekly, fortnightly via INTERVAL=2, UNTIL/COUNT) expanded
 *     inside the window only; EXDATE, RDATE and moved or changed instances (RECURRENCE-ID) here.
 *  4. ics-zones.ts: every time read on the school's wall clock.
 *  5. This file: occurrences to a timetable. The mapping:
 *  - Timed events: occurrences of one event (or, for calendars that list each lesson separately,
 *    of one title) at the same weekday and times form a slot; a slot seen in consecutive weeks is
 *    weekly, one seen only every other week is fortnightly (week A or B, so the timetable becomes
 *    a two-week one), anything else is a one-off. Weekly and fortnightly slots make the bell
 *    schedule.
 *  - Every school day in the calendar's range whose actual events differ from the bell schedule
 *    (a cancelled lesson, a moved one, an extra event) becomes a one-off day with the actual
 *    periods; a run of school days with no events at all becomes a closure.
 *  - All-day events: named like INSET / training days -> INSET closures; holidays, half term,
 *    bank holidays -> holiday closures; "closed" -> closure; "... term" (not half term) spanning
 *    days -> a term. Other all-day events are listed as ignored.
 *  - When the file has no terms, the calendar's own range (first to last lesson) becomes one term,
 *    so the timetable stops where the calendar stops.
 * Period kinds are guessed from names ("Break", "Lunch", "Registration"/"Tutor", ...); the
 * preview shows them so a wrong guess can be seen before saving.
 *
 * Whatever the file holds, the valid parts are imported: an event that cannot be read, repeats
 * every minute or uses an unknown time zone is skipped or read as best it can, with a note
 * naming it, and the limits of the timetable format (40 periods a day, 30 terms, 200 closures)
 * keep the first entries with a note instead of failing the whole import.
 */
import type { Closure, Override, Period, PeriodKind, Term, TimetableInput, Timetable, Weekday } from './schema';
import { WEEKDAYS, isValidTimeZone, timetableSchema } from './schema';
import {
  excerpt,
  thousands,
  parseDuration,
  parseTime,
  parseTimeList,
  prop,
  readIcs,
  unescapeText,
  type IcsComponent,
  type IcsProp,
  type IcsTime,
} from './ics-read';
import { RepeatBudget, checkRule, dayOf, expandRule, secondsOf, type ExpandEnd, type Fields, type Rule } from './ics-repeat';
import { chooseWindow, type Span } from './ics-window';
import { Clocks, dateOf, ianaZoneFor, type Zoned } from './ics-zones';
import { addDays, dateFromDayNumber, dayNumber, formatMinutes, isoWeekdayIndex, wallClock } from './time';

export { ianaZoneFor };

export interface IcsOptions {
  /** The school's time zone; default: the calendar's own (X-WR-TIMEZONE or its events'), else Europe/London. */
  timeZone?: string;
  /** Read occurrences from this date ("YYYY-MM-DD") on; default: from where the bulk of the events are. */
  from?: string;
  /** The date to read the calendar around ("YYYY-MM-DD"); default: today in the school's time zone. */
  today?: string;
}

export type IcsResult = { ok: true; timetable: Timetable; summary: string[]; warnings: string[] } | { ok: false; error: string };

/** The work an import did: each count is bounded whatever the file holds. */
export interface IcsWork {
  /** Lines of the file read. */
  lines: number;
  /** Events in the calendar. */
  events: number;
  /** Events that gave at least one occurrence in the dates read. */
  eventsUsed: number;
  /** Candidate days looked at while expanding daily and weekly repeats. */
  repeatSteps: number;
  /** Steps of ical.js's iterator, for other repeats. */
  icalSteps: number;
  /** Times converted through a file's own time zone definition (ical.js). */
  icalConversions: number;
  /** Occurrences read (lessons and events on a date). */
  occurrences: number;
}

/** Largest file accepted: the options page's own limit (a year of lessons, one by one, is well under it). */
export const MAX_ICS_BYTES = 2_000_000;
/** Occurrences read in all: the 400 days read of a dense timetable (10 a day, 7 days a week) are 4,000. */
const MAX_OCCURRENCES = 8_000;
const MAX_OVERRIDES = 200;
const MAX_PERIODS = 40;
const MAX_TERMS = 30;
const MAX_CLOSURES = 200;
/** EXDATE and RDATE values read per event (a daily event cancelled on every day of a year has 366). */
const MAX_DATES_PER_EVENT = 2_000;
/** Notes shown in the preview; more are counted in the last. */
const MAX_NOTES = 100;
/** All-day events (terms, INSET days) are read from this many days before the dates read (a term starts before its first lesson). */
const ALL_DAY_BEFORE = 31;

interface Occurrence {
  /** Groups occurrences of the same repeating event (its UID) or, for one-by-one lists, the same title. */
  series: string;
  name: string;
  date: string;
  start: number; // minutes since midnight, school wall clock
  end: number;
  /** True for a moved/changed instance (RECURRENCE-ID): never part of the bell schedule. */
  exception: boolean;
}

interface Slot {
  name: string;
  weekday: Weekday;
  start: number;
  end: number;
  /** 'weekly', or the parity of week number for a fortnightly slot. */
  weeks: 'weekly' | 0 | 1;
  firstWeek: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

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

type DayKind = { kind: 'inset' | 'holiday' | 'closure' } | { kind: 'term' } | { kind: 'ignore' };

function classifyAllDay(name: string): DayKind {
  const n = name.toLowerCase();
  if (/\binset\b|\btraining day\b|\bstaff development\b|\bnon[- ]pupil\b|\bteacher day\b|\bcpd day\b|\btd day\b|\bprofessional development day\b/.test(n)) {
    return { kind: 'inset' };
  }
  if (/\bclosed\b|\bclosure\b|\bpolling\b|\bsnow day\b/.test(n)) return { kind: 'closure' };
  if (/holiday|half[- ]?term|\bbank hol|\b(christmas|easter|summer|winter|spring|october|february|may) (break|vacation)\b/.test(n)) return { kind: 'holiday' };
  if (/\bterm\b|\bsemester\b/.test(n)) return { kind: 'term' };
  return { kind: 'ignore' };
}

const weekNumber = (date: string) => Math.floor((dayNumber(date) - 4) / 7); // weeks of Monday to Sunday since Monday 1970-01-05

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * A name fit to show: control characters and direction overrides (which could make a name read
 * as something else) removed, whitespace collapsed, at most 80 characters, never half a
 * surrogate pair.
 */
function cleanName(s: string): string {
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
class Notes {
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

interface Tidied {
  periods: Period[];
  /** What was left out, for the notes: the first ten overlaps... */
  dropped: string[];
  /** ...and how many more. */
  more: number;
}

/** Sort, remove exact duplicates, and drop periods that overlap an earlier one. */
function tidy(list: { name: string; start: number; end: number }[]): Tidied {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end || a.name.localeCompare(b.name));
  const periods: Period[] = [];
  const dropped: string[] = [];
  let lastEnd = -1;
  let more = 0;
  let last: { name: string; start: number; end: number } | undefined;
  for (const p of sorted) {
    if (p.end <= p.start) continue;
    if (last && last.start === p.start && last.end === p.end && last.name === p.name) continue;
    if (p.start < lastEnd) {
      if (dropped.length < 10)
        dropped.push(
          `'${p.name}' (${formatMinutes(p.start)}-${formatMinutes(p.end)}) overlaps '${last!.name}' (${formatMinutes(last!.start)}-${formatMinutes(last!.end)})`,
        );
      else more++;
      continue;
    }
    periods.push({ name: p.name, start: formatMinutes(p.start), end: formatMinutes(p.end), kind: guessKind(p.name) });
    lastEnd = p.end;
    last = p;
  }
  return { periods, dropped, more };
}

const samePeriods = (a: readonly Period[], b: readonly Period[]) =>
  a.length === b.length && a.every((p, i) => p.name === b[i]!.name && p.start === b[i]!.start && p.end === b[i]!.end);

const describePeriods = (ps: readonly Period[]) =>
  ps.length === 0 ? 'no periods' : ps.map((p) => `${p.name} ${p.start}-${p.end}${p.kind === 'lesson' ? '' : ` (${p.kind})`}`).join(', ');

/** "without Period 5 13:30-15:10; with Period 5 (Mock exams) 14:00-15:30". */
function describeChange(usual: readonly Period[], actual: readonly Period[]): string {
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

/** The first 40 periods of a day (the timetable format's limit), with a note when there were more. */
function capPeriods(periods: Period[], label: string, notes: Notes): Period[] {
  if (periods.length <= MAX_PERIODS) return periods;
  notes.add(`${label}: ${periods.length} periods, more than a day can hold; only the first ${MAX_PERIODS} were kept.`);
  return periods.slice(0, MAX_PERIODS);
}

const rangeText = (a: string, b: string) => (a === b ? longDate(a) : `${longDate(a)} to ${longDate(b)}`);

/** Parse an iCalendar file into a timetable, with a plain-English summary for a preview. */
export function parseIcs(text: string, opts: IcsOptions = {}): IcsResult {
  return parseIcsWithWork(text, opts).result;
}

/** parseIcs, with the work it did (for tests and the benchmark: every count is bounded). */
export function parseIcsWithWork(text: string, opts: IcsOptions = {}): { result: IcsResult; work: IcsWork } {
  const work: IcsWork = { lines: 0, events: 0, eventsUsed: 0, repeatSteps: 0, icalSteps: 0, icalConversions: 0, occurrences: 0 };
  try {
    return { result: importIcs(text, opts, work), work };
  } catch (e) {
    // Nothing above should throw (the property tests look for this message); if something does,
    // the preview still gets a sentence rather than a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    return { result: { ok: false, error: `The import stopped on something in this file it could not handle (${excerpt(detail, 120)}).` }, work };
  }
}

/** One VEVENT, read. */
interface Ev {
  index: number;
  name: string;
  uid: string;
  start: IcsTime;
  /** DTEND, when the event has one that could be read. */
  end: IcsTime | undefined;
  /** DURATION in seconds, when the event has one. */
  duration: number | undefined;
  status: string;
  comp: IcsComponent;
}

/** A repeating event: its rules (already checked) and changed instances. */
interface Master {
  ev: Ev;
  rules: Rule[];
  rdates: IcsTime[];
  exdates: IcsTime[];
  exceptions: Exception[];
  spans: Span[];
}

interface Exception {
  ev: Ev;
  rid: IcsTime;
  /** RANGE=THISANDFUTURE (RFC 5545 §3.8.4.4): the change applies to later instances too. */
  future: boolean;
}

function addSeconds(f: Fields, seconds: number): Fields {
  const t = secondsOf(f) + seconds;
  const day = Math.floor(t / 86_400);
  const r = t - day * 86_400;
  const dt = new Date(day * 86_400_000);
  return { y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate(), h: Math.floor(r / 3600), mi: Math.floor((r % 3600) / 60), s: r % 60 };
}

const zoned = (t: IcsTime): Zoned => ({ f: t, zone: t.zone });

/** How often a rule repeats, per week, and until when (at the latest): for choosing the window. */
function spanOf(rule: Rule, first: number): Span {
  const n = rule.interval;
  const k = rule.byday?.length ?? 0;
  const many = Math.max(1, k, rule.bymonthday);
  const perWeek =
    { DAILY: (k || 7) / n, WEEKLY: (k || 1) / n, MONTHLY: many / 4.35 / n, YEARLY: many / 52 / n }[rule.freq] * (rule.months ? rule.months.length / 12 : 1);
  let last = Infinity;
  if (rule.until) last = dayOf(rule.until) + 1;
  if (rule.count !== undefined && !rule.months) {
    // At least one occurrence in each of these periods, so COUNT ends by then.
    const period = { DAILY: k ? 7 : 1, WEEKLY: 7, MONTHLY: 62, YEARLY: 1461 }[rule.freq] * n;
    last = Math.min(last, first + rule.count * period);
  }
  return { first, last, perWeek };
}

function importIcs(text: string, opts: IcsOptions, work: IcsWork): IcsResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > MAX_ICS_BYTES) {
    return {
      ok: false,
      error: `The file is too large (${(text.length / 1_000_000).toFixed(1)} MB); a timetable calendar is well under ${MAX_ICS_BYTES / 1_000_000} MB.`,
    };
  }
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^BEGIN:VCALENDAR\s*$/im.test(body.slice(0, 200)) || !/^BEGIN:VCALENDAR/i.test(body)) {
    return {
      ok: false,
      error:
        'This is not an iCalendar (.ics) file: it should begin with "BEGIN:VCALENDAR". Export the timetable as iCalendar/.ics from your school system or calendar.',
    };
  }
  if (!/^END:VCALENDAR/im.test(body)) return { ok: false, error: 'The calendar file is cut short: it has no "END:VCALENDAR". Try exporting it again.' };
  if (opts.timeZone !== undefined && !isValidTimeZone(opts.timeZone))
    return { ok: false, error: `"${opts.timeZone}" is not a time zone name such as "Europe/London".` };

  // 1. Read the file.
  const read = readIcs(body);
  work.lines = read.lines;
  work.events = read.events;
  const root = read.calendar;
  if (!root) return { ok: false, error: 'This is not an iCalendar (.ics) calendar.' };
  const unreadable: string[] = read.firstUnreadable ? [`${read.firstUnreadable} is not an iCalendar line`] : [];
  const cannotRead = () => ({ ok: false as const, error: `The file could not be read as an iCalendar (.ics) calendar: ${unreadable[0]}.` });
  const vevents = root.children.filter((c) => c.name === 'VEVENT');
  if (read.events === 0) return unreadable.length > 0 ? cannotRead() : { ok: false, error: 'The calendar has no events, so there is no timetable to import.' };

  const notes = new Notes();
  for (const n of read.notes) notes.add(n);
  if (read.unreadable > 0)
    notes.add(
      `${read.unreadable === 1 ? 'One line' : `${thousands(read.unreadable)} lines`} of the file could not be read and ${read.unreadable === 1 ? 'was' : 'were'} skipped (the first: ${read.firstUnreadable}).`,
    );
  const summary: string[] = [];

  // The school's time zone.
  const calendarZone = ianaZoneFor(unescapeText(prop(root, 'X-WR-TIMEZONE')?.value ?? ''));
  let firstEventZone: string | undefined;
  const tried = new Set<string>(); // a TZID is looked up once (Intl builds a formatter to check a name)
  for (const v of vevents) {
    const tzid = prop(v, 'DTSTART')?.params.TZID;
    if (tzid === undefined || tried.has(tzid)) continue;
    tried.add(tzid);
    const z = ianaZoneFor(tzid);
    if (z && z !== 'UTC') {
      firstEventZone = z;
      break;
    }
  }
  const tz = opts.timeZone ?? calendarZone ?? firstEventZone ?? 'Europe/London';

  // Split events: repeating masters, their changed instances, single events; all-day ones apart.
  const masters = new Map<string, Master>();
  const exceptions = new Map<string, Exception[]>();
  const singles: Ev[] = [];
  const allDay: Ev[] = [];
  let anonymous = 0;
  vevents.forEach((comp, index) => {
    // The first of each property (one pass; most events have five or six).
    let summaryP: IcsProp | undefined;
    let ds: IcsProp | undefined;
    let de: IcsProp | undefined;
    let du: IcsProp | undefined;
    let statusP: IcsProp | undefined;
    let ridProp: IcsProp | undefined;
    let uidP: IcsProp | undefined;
    let repeats = false;
    for (const p of comp.props) {
      switch (p.name) {
        case 'SUMMARY':
          summaryP ??= p;
          break;
        case 'DTSTART':
          ds ??= p;
          break;
        case 'DTEND':
          de ??= p;
          break;
        case 'DURATION':
          du ??= p;
          break;
        case 'STATUS':
          statusP ??= p;
          break;
        case 'RECURRENCE-ID':
          ridProp ??= p;
          break;
        case 'UID':
          uidP ??= p;
          break;
        case 'RRULE':
        case 'RDATE':
          repeats = true;
          break;
      }
    }
    const name = cleanName(unescapeText(summaryP?.value ?? ''));
    if (!ds) {
      notes.add(`An event without a start time was ignored ("${name}").`);
      return;
    }
    const start = parseTime(ds.value, ds.params);
    if (!start) {
      unreadable.push(`line ${ds.line}: the start time "${excerpt(ds.value)}" is not a date or time`);
      notes.add(`'${name}' has a start time that could not be read ("${excerpt(ds.value)}"); it was ignored.`);
      return;
    }
    const end = de ? parseTime(de.value, de.params) : undefined;
    if (de && !end) notes.add(`'${name}' has an end time that could not be read ("${excerpt(de.value)}"); it was read as ending when it starts.`);
    const duration = !de && du ? parseDuration(du.value) : undefined;
    const status = statusP ? unescapeText(statusP.value).trim().toUpperCase() : '';
    if (status === 'CANCELLED' && !ridProp) return;
    const uid = (uidP && unescapeText(uidP.value)) || `no-uid-${anonymous++}`;
    const ev: Ev = { index, name, uid, start, end, duration, status, comp };
    if (start.isDate) {
      if (!ridProp) allDay.push(ev);
    } else if (ridProp) {
      const rid = parseTime(ridProp.value, ridProp.params);
      if (!rid) {
        notes.add(`'${name}' changes an instance of a repeating event, but which one could not be read ("${excerpt(ridProp.value)}"); it was ignored.`);
        return;
      }
      const list = exceptions.get(uid) ?? [];
      list.push({ ev, rid, future: (ridProp.params.RANGE ?? '').toUpperCase() === 'THISANDFUTURE' });
      exceptions.set(uid, list);
    } else if (repeats) {
      if (masters.has(uid)) notes.add(`Two repeating events share the id "${excerpt(uid, 60)}"; the second was ignored.`);
      else masters.set(uid, { ev, rules: [], rdates: [], exdates: [], exceptions: [], spans: [] });
    } else singles.push(ev);
  });

  // Repeat rules, checked before anything is expanded; and where each event falls.
  const spans: Span[] = [];
  const rules = new Map<string, ReturnType<typeof checkRule>>(); // exports repeat one rule for many lessons
  const singleSpan = (t: IcsTime): Span => ({ first: dayOf(t), last: dayOf(t), perWeek: 1 });
  for (const [uid, m] of masters) {
    const { ev } = m;
    let ok = true;
    let dates = 0;
    for (const p of ev.comp.props) {
      if (p.name === 'RRULE') {
        let c = rules.get(p.value);
        if (!c) {
          c = checkRule(p.value);
          rules.set(p.value, c);
        }
        if (!c.ok) {
          notes.add(`'${ev.name}' ${c.reason}; it was ignored.`);
          ok = false;
          break;
        }
        if (m.rules.length >= 5) {
          notes.add(`'${ev.name}' has more than 5 repeat rules; only the first 5 were read.`);
          continue;
        }
        m.rules.push(c.rule);
      } else if (p.name === 'RDATE' || p.name === 'EXDATE') {
        const list = parseTimeList(p.value, p.params, MAX_DATES_PER_EVENT - dates);
        dates += list.times.length;
        (p.name === 'RDATE' ? m.rdates : m.exdates).push(...list.times);
        if (list.over > 0)
          notes.add(
            `'${ev.name}' lists more than ${thousands(MAX_DATES_PER_EVENT)} extra or excluded dates; only the first ${thousands(MAX_DATES_PER_EVENT)} were read.`,
          );
        if (list.bad > 0) notes.add(`'${ev.name}' lists ${p.name === 'RDATE' ? 'extra' : 'excluded'} dates that could not be read; they were skipped.`);
      }
    }
    if (!ok) {
      masters.delete(uid);
      exceptions.delete(uid); // changes to an event that is not read
      continue;
    }
    m.exceptions = exceptions.get(uid) ?? [];
    exceptions.delete(uid);
    for (const r of m.rules) m.spans.push(spanOf(r, dayOf(ev.start)));
    for (const t of m.rdates) if (!t.isDate) m.spans.push(singleSpan(t));
    spans.push(...m.spans);
  }
  for (const ev of singles) spans.push(singleSpan(ev.start));
  for (const list of exceptions.values()) for (const x of list) spans.push(singleSpan(x.ev.start));

  // 2. The dates to read.
  const today = opts.today && /^\d{4}-\d{2}-\d{2}$/.test(opts.today) ? opts.today : wallClock(Date.now(), tz).date;
  const win = chooseWindow(spans, dayNumber(today), opts.from && /^\d{4}-\d{2}-\d{2}$/.test(opts.from) ? dayNumber(opts.from) : undefined);
  const fromDate = win ? dateFromDayNumber(win.from) : today;
  const toDate = win ? dateFromDayNumber(win.to) : today;
  const inWindow = (s: Span) => !!win && s.first <= win.to && s.last >= win.from;

  // Events outside the dates read are left out, with a note.
  const outside = {
    before: 0,
    after: 0,
    earliest: undefined as { name: string; day: number } | undefined,
    latest: undefined as { name: string; day: number } | undefined,
  };
  const leaveOut = (name: string, own: Span[]) => {
    if (!win || own.length === 0 || own.some(inWindow)) return false;
    const first = Math.min(...own.map((s) => s.first));
    if (first > win.to) {
      outside.after++;
      if (!outside.latest || first > outside.latest.day) outside.latest = { name, day: first };
    } else {
      outside.before++;
      if (!outside.earliest || first < outside.earliest.day) outside.earliest = { name, day: first };
    }
    return true;
  };

  // 3. Occurrences of timed events on the school's wall clock.
  const clocks = new Clocks(
    tz,
    new Map(root.children.filter((c) => c.name === 'VTIMEZONE').map((c) => [unescapeText(prop(c, 'TZID')?.value ?? ''), c] as const)),
    Number(fromDate.slice(0, 4)),
    (s) => notes.add(s),
  );
  const budget = new RepeatBudget();
  const occurrences: Occurrence[] = [];
  const used = new Set<number>();
  let full = false;
  let infinite = false;
  const push = (src: number, series: string, name: string, start: Zoned, end: Zoned, exception: boolean): boolean => {
    if (occurrences.length >= MAX_OCCURRENCES) {
      full = true;
      return false;
    }
    const s = clocks.school(start);
    const e = clocks.school(end);
    if (!s || !e) return true;
    if (s.date < fromDate || s.date > toDate) return true;
    if (e.date !== s.date) {
      // Ending exactly at midnight is still the same day; anything longer is not a period.
      if (!(e.minutes === 0 && e.date === addDays(s.date, 1))) {
        notes.add(`'${name}' runs past midnight, so it cannot be a period; it was ignored.`);
        return true;
      }
      occurrences.push({ series, name, date: s.date, start: s.minutes, end: 1439, exception });
      used.add(src);
      return true;
    }
    if (e.minutes <= s.minutes) return true;
    occurrences.push({ series, name, date: s.date, start: s.minutes, end: e.minutes, exception });
    used.add(src);
    return true;
  };
  /** DTEND, or DTSTART plus DURATION, or DTSTART (an event with neither has no length). */
  const endOf = (ev: Ev): Zoned =>
    ev.end ? zoned(ev.end) : { f: ev.duration !== undefined ? addSeconds(ev.start, ev.duration) : ev.start, zone: ev.start.zone };
  /** A time's fields on another zone's wall clock. */
  const inZone = (t: IcsTime, zone: string | undefined): Fields =>
    t.zone === zone || t.zone === undefined ? t : clocks.fieldsIn(clocks.instant(zoned(t)), zone);
  const near = (t: IcsTime) => !!win && dayOf(t) >= win.from - 2 && dayOf(t) <= win.to + 2;

  if (win) {
    for (const [uid, m] of masters) {
      const { ev } = m;
      if (leaveOut(ev.name, m.spans)) continue;
      if (m.rules.some((r) => !r.until && r.count === undefined)) infinite = true;
      const zone = ev.start.zone;
      const duration =
        ev.end !== undefined ? (clocks.instant(zoned(ev.end)) - clocks.instant(zoned(ev.start))) / 1000 : ev.duration !== undefined ? ev.duration : 0;
      // EXDATE, compared as ical.js does: a DATE by the occurrence's date, a DATE-TIME as a time.
      // Times are keyed by their seconds on the event's own wall clock (secondsOf).
      const exTimes = new Set<number>();
      const exDays = new Set<number>();
      for (const t of m.exdates) {
        if (t.isDate) exDays.add(dayOf(t));
        else if (near(t)) exTimes.add(secondsOf(inZone(t, zone)));
      }
      // Changed instances, found by RECURRENCE-ID as written or in UTC, as ical.js looks them up
      // (a DATE one never matches a timed instance there).
      const changed = new Map<number, Exception>();
      const changedUtc = new Map<number, Exception>();
      const future: { at: number; x: Exception }[] = [];
      for (const x of m.exceptions) {
        if (x.rid.isDate) continue;
        (x.rid.zone === 'UTC' ? changedUtc : changed).set(secondsOf(x.rid), x);
        if (x.future) future.push({ at: clocks.instant(zoned(x.rid)), x });
      }
      future.sort((a, b) => a.at - b.at);
      const utcMaster = zone === 'UTC';
      const seen = new Set<number>();
      const emit = (f: Fields): boolean => {
        const key = secondsOf(f);
        if (seen.has(key)) return true;
        seen.add(key);
        if (exTimes.has(key) || (exDays.size > 0 && exDays.has(Math.floor(key / 86_400)))) return true;
        let x = utcMaster ? changedUtc.get(key) : changed.get(key);
        if (!x && !utcMaster && changedUtc.size > 0) x = changedUtc.get(secondsOf(clocks.fieldsIn(clocks.instant({ f, zone }), 'UTC')));
        if (x) {
          if (x.ev.status === 'CANCELLED' || x.ev.start.isDate) return true;
          return push(ev.index, uid, x.ev.name, zoned(x.ev.start), endOf(x.ev), true);
        }
        if (future.length > 0) {
          const at = clocks.instant({ f, zone });
          let r: Exception | undefined;
          for (const fx of future) if (fx.at <= at) r = fx.x;
          if (r) {
            if (r.ev.status === 'CANCELLED' || r.ev.start.isDate) return true;
            // The change moves this instance as it moved the one it names.
            const start = addSeconds(f, secondsOf(r.ev.start) - secondsOf(r.rid));
            const d = (clocks.instant(endOf(r.ev)) - clocks.instant(zoned(r.ev.start))) / 1000;
            return push(ev.index, uid, r.ev.name, { f: start, zone: r.ev.start.zone }, { f: addSeconds(start, d), zone: r.ev.start.zone }, true);
          }
        }
        return push(ev.index, uid, ev.name, { f, zone }, { f: addSeconds(f, duration), zone }, false);
      };
      for (const rule of m.rules) {
        const untilAt = rule.until ? (rule.until.isDate ? dayOf(rule.until) * 86_400 : secondsOf(inZone(rule.until, zone))) : undefined;
        const end: ExpandEnd = expandRule(ev.start, rule, untilAt, win.from - 1, win.to + 1, budget, emit);
        if (end === 'event-limit') notes.add(`'${ev.name}' repeats more often than a timetable needs; only part of it was read.`);
        else if (end === 'budget') notes.add('The calendar has more repeats than can be read at once; some repeating events were read only in part.');
        else if (end === 'error') notes.add(`'${ev.name}' has a repeat rule that could not be read; it was ignored.`);
        else if (end === 'odd-time')
          notes.add(`'${ev.name}' repeats at another time of day than it starts (BYHOUR, BYMINUTE or BYSECOND), which no lesson does; it was ignored.`);
        if (full) break;
      }
      for (const t of m.rdates) if (!t.isDate && near(t) && !full) emit(inZone(t, zone));
      if (full) break;
    }
    for (const [uid, list] of exceptions) {
      // Changed instances whose repeating event is not in the file: read them as single events.
      for (const x of list) {
        if (leaveOut(x.ev.name, [singleSpan(x.ev.start)]) || x.ev.status === 'CANCELLED' || full) continue;
        push(x.ev.index, `orphan:${uid}`, x.ev.name, zoned(x.ev.start), endOf(x.ev), true);
      }
    }
    for (const ev of singles) {
      if (leaveOut(ev.name, [singleSpan(ev.start)]) || full) continue;
      push(ev.index, `title:${ev.name}`, ev.name, zoned(ev.start), endOf(ev), false);
    }
  }
  work.repeatSteps = budget.steps;
  work.icalSteps = budget.icalSteps;
  work.icalConversions = clocks.icalConversions;
  work.occurrences = occurrences.length;
  work.eventsUsed = used.size;
  if (full)
    notes.add(
      `The calendar has more than ${thousands(MAX_OCCURRENCES)} lessons and events in the dates read; only the first ${thousands(MAX_OCCURRENCES)} were read.`,
    );
  const readDates = `${longDate(fromDate)} to ${longDate(toDate)}`;
  if (outside.before > 0) {
    const e = outside.earliest!;
    notes.add(
      `${outside.before === 1 ? 'One event' : `${thousands(outside.before)} events`} before the dates read (${readDates}, where most of the calendar's events are) ${outside.before === 1 ? 'was' : 'were'} left out, the earliest '${e.name}' on ${longDate(dateFromDayNumber(e.day))}.`,
    );
  }
  if (outside.after > 0) {
    const e = outside.latest!;
    notes.add(
      `${outside.after === 1 ? 'One event' : `${thousands(outside.after)} events`} after the dates read (${readDates}, where most of the calendar's events are) ${outside.after === 1 ? 'was' : 'were'} left out, the latest '${e.name}' on ${longDate(dateFromDayNumber(e.day))}.`,
    );
  }
  if (!win && spans.length > 0) notes.add("The calendar's timed events are all more than 50 years from today, so none were read.");

  // All-day events: terms and days without lessons, near the dates read.
  const terms: Term[] = [];
  let closures: Closure[] = [];
  let allDayOutside = 0;
  for (const ev of allDay) {
    const name = ev.name;
    const start = dateOf(ev.start);
    let last = start;
    const endDay = ev.end ? dateOf(ev.end) : ev.duration !== undefined ? addDays(start, Math.floor(ev.duration / 86_400)) : undefined;
    if (endDay !== undefined) last = endDay > start ? addDays(endDay, -1) : start; // DTEND of an all-day event is the day after
    if (win && (last < addDays(fromDate, -ALL_DAY_BEFORE) || start > toDate)) {
      allDayOutside++;
      continue;
    }
    if (prop(ev.comp, 'RRULE')) {
      notes.add(`The repeating all-day event '${name}' was ignored.`);
      continue;
    }
    const c = classifyAllDay(name);
    if (c.kind === 'term') {
      if (last === start) notes.add(`'${name}' on ${longDate(start)} is a single day, not a term's dates; it was ignored.`);
      else terms.push({ name, start, end: last });
    } else if (c.kind === 'ignore') {
      notes.add(`The all-day event '${name}' on ${longDate(start)} was ignored (not a holiday, INSET day or term).`);
    } else {
      closures.push({ date: start, ...(last !== start ? { endDate: last } : {}), name, kind: c.kind });
    }
  }
  if (allDayOutside > 0)
    notes.add(
      `${allDayOutside === 1 ? 'One all-day event' : `${thousands(allDayOutside)} all-day events`} outside the dates read ${allDayOutside === 1 ? 'was' : 'were'} left out.`,
    );
  terms.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  // Overlapping terms cannot both be kept (the timetable format refuses them): keep the earlier.
  const keptTerms: Term[] = [];
  for (const t of terms) {
    const prev = keptTerms[keptTerms.length - 1];
    if (prev && t.start <= prev.end) notes.add(`'${t.name}' (${rangeText(t.start, t.end)}) overlaps '${prev.name}'; it was left out.`);
    else keptTerms.push(t);
  }
  if (keptTerms.length > MAX_TERMS) {
    notes.add(`The calendar has ${keptTerms.length} terms; only the first ${MAX_TERMS} were kept.`);
    keptTerms.length = MAX_TERMS;
  }
  terms.length = 0;
  terms.push(...keptTerms);
  closures.sort((a, b) => (a.date < b.date ? -1 : 1));
  if (closures.length > MAX_CLOSURES) {
    notes.add(`The calendar has ${closures.length} holidays and closures; only the first ${MAX_CLOSURES} were kept.`);
    closures = closures.slice(0, MAX_CLOSURES);
  }

  if (occurrences.length === 0) {
    if (unreadable.length > 0) return cannotRead();
    return { ok: false, error: 'No timetable found: the calendar has no timed events (lessons, breaks) to build a bell schedule from.' };
  }

  // Slots: the same event (or title) at the same weekday and times, seen in which weeks.
  const groups = new Map<string, { name: string; weekday: Weekday; start: number; end: number; weeks: Set<number> }>();
  for (const o of occurrences) {
    if (o.exception) continue;
    const weekday = WEEKDAYS[isoWeekdayIndex(o.date)]!;
    const key = `${o.series}\u0000${o.name}\u0000${weekday}\u0000${o.start}\u0000${o.end}`;
    const g = groups.get(key) ?? { name: o.name, weekday, start: o.start, end: o.end, weeks: new Set<number>() };
    g.weeks.add(weekNumber(o.date));
    groups.set(key, g);
  }
  const slots: Slot[] = [];
  for (const g of groups.values()) {
    const weeks = [...g.weeks].sort((a, b) => a - b);
    if (weeks.length < 2) continue; // a one-off: it shows up as a one-off day
    const step = weeks.slice(1).reduce((acc, w) => gcd(acc, w - weeks[0]!), 0);
    if (step === 1) slots.push({ name: g.name, weekday: g.weekday, start: g.start, end: g.end, weeks: 'weekly', firstWeek: weeks[0]! });
    else if (step === 2)
      slots.push({ name: g.name, weekday: g.weekday, start: g.start, end: g.end, weeks: (((weeks[0]! % 2) + 2) % 2) as 0 | 1, firstWeek: weeks[0]! });
  }
  const fortnightly = slots.filter((s) => s.weeks !== 'weekly');
  const weekCycle = fortnightly.length > 0 ? 2 : 1;
  const anchorWeek = fortnightly.length > 0 ? Math.min(...fortnightly.map((s) => s.firstWeek)) : undefined;
  const weekAStarts = anchorWeek !== undefined ? dateFromDayNumber(anchorWeek * 7 + 4) : undefined;
  const anchorParity = anchorWeek !== undefined ? ((anchorWeek % 2) + 2) % 2 : 0;

  const weeks: { days: Record<Weekday, Period[]> }[] = [];
  for (let w = 0; w < weekCycle; w++) {
    const days = {} as Record<Weekday, Period[]>;
    for (const day of WEEKDAYS) {
      const list = slots.filter((s) => s.weekday === day && (s.weeks === 'weekly' || (s.weeks === anchorParity) === (w === 0)));
      const t = tidy(list);
      const label = `${DAY_NAMES[WEEKDAYS.indexOf(day)]}${weekCycle === 2 ? ` (week ${w === 0 ? 'A' : 'B'})` : ''}`;
      for (const d of t.dropped) notes.add(`${label}: ${d}; it was left out.`);
      if (t.more > 0) notes.add(`${label}: ${t.more} more overlapping ${t.more === 1 ? 'period was' : 'periods were'} left out.`);
      days[day] = capPeriods(t.periods, label, notes);
    }
    weeks.push({ days });
  }

  // The calendar's range; when the file has no terms, it becomes the one term.
  let firstDate = occurrences[0]!.date;
  let lastDate = firstDate;
  for (const o of occurrences) {
    if (o.date < firstDate) firstDate = o.date;
    if (o.date > lastDate) lastDate = o.date;
  }
  const derivedTerm = terms.length === 0 && !infinite;
  if (derivedTerm) terms.push({ name: 'Timetable dates', start: firstDate, end: lastDate });

  // Days that differ from the bell schedule.
  const byDate = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = byDate.get(o.date) ?? [];
    list.push(o);
    byDate.set(o.date, list);
  }
  const draft = timetableSchema.safeParse({
    timeZone: tz,
    weekCycle,
    ...(weekAStarts ? { weekAStarts } : {}),
    weeks,
    terms,
    closures,
  } satisfies TimetableInput);
  if (!draft.success) {
    return { ok: false, error: `The calendar was read, but its timetable is not valid: ${draft.error.issues.map((i) => i.message).join('; ')}` };
  }
  const base = draft.data;
  const overrides: Override[] = [];
  const emptyDays: string[] = [];
  const inTerm = (d: string) => base.terms.length === 0 || base.terms.some((t) => t.start <= d && d <= t.end);
  const closed = (d: string) => base.closures.some((c) => c.date <= d && d <= (c.endDate ?? c.date));
  const weekIndexOf = (d: string) => (weekCycle === 2 && anchorWeek !== undefined && (((weekNumber(d) - anchorWeek) % 2) + 2) % 2 === 1 ? 1 : 0);
  const patternOf = (d: string) => base.weeks[weekIndexOf(d)]?.days[WEEKDAYS[isoWeekdayIndex(d)]!] ?? [];
  for (let d = firstDate; d <= lastDate; d = addDays(d, 1)) {
    if (!inTerm(d) || closed(d)) continue;
    const actual = tidy((byDate.get(d) ?? []).map((o) => ({ name: o.name, start: o.start, end: o.end })));
    for (const x of actual.dropped) notes.add(`${longDate(d)}: ${x}; it was left out.`);
    if (actual.more > 0) notes.add(`${longDate(d)}: ${actual.more} more overlapping ${actual.more === 1 ? 'period was' : 'periods were'} left out.`);
    actual.periods = capPeriods(actual.periods, longDate(d), notes);
    const pattern = patternOf(d);
    if (samePeriods(actual.periods, pattern)) continue;
    if (actual.periods.length === 0) emptyDays.push(d);
    else overrides.push({ date: d, name: 'Changed in the calendar', periods: actual.periods });
  }
  // Runs of school days with no events at all (weekends between them allowed) become closures.
  const extraClosures: Closure[] = [];
  for (const d of emptyDays) {
    const prev = extraClosures[extraClosures.length - 1];
    if (prev) {
      let joined = true;
      for (let x = addDays(prev.endDate ?? prev.date, 1); x < d; x = addDays(x, 1)) {
        if (inTerm(x) && !closed(x) && patternOf(x).length > 0) {
          joined = false;
          break;
        }
      }
      if (joined) {
        prev.endDate = d;
        continue;
      }
    }
    extraClosures.push({ date: d, name: 'No lessons in the calendar', kind: 'holiday' });
  }
  if (overrides.length > MAX_OVERRIDES) {
    notes.add(`The calendar differs from the weekly pattern on ${overrides.length} days; only the first ${MAX_OVERRIDES} were kept as one-off days.`);
    overrides.length = MAX_OVERRIDES;
  }
  const allClosures = [...closures, ...extraClosures].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(0, 200);

  const final = timetableSchema.safeParse({
    timeZone: tz,
    weekCycle,
    ...(weekAStarts ? { weekAStarts } : {}),
    weeks,
    terms,
    closures: allClosures,
    overrides,
  } satisfies TimetableInput);
  if (!final.success) {
    return { ok: false, error: `The calendar was read, but its timetable is not valid: ${final.error.issues.map((i) => i.message).join('; ')}` };
  }
  const timetable = final.data;
  const periodCount = timetable.weeks.reduce((n, w) => n + WEEKDAYS.reduce((m, d) => m + w.days[d].length, 0), 0);
  if (periodCount === 0) {
    return { ok: false, error: 'No timetable found: no event in the calendar repeats weekly or fortnightly, so there is no bell schedule to build.' };
  }

  // What was understood, in plain English.
  const calNameRaw = unescapeText(prop(root, 'X-WR-CALNAME')?.value ?? '').trim();
  const calName = calNameRaw ? cleanName(calNameRaw) : '';
  summary.push(
    `${calName ? `"${calName}": ` : ''}${read.events} events read, from ${longDate(firstDate)} to ${longDate(lastDate)}${infinite ? ' (some repeat with no end date)' : ''}.`,
  );
  summary.push(`Time zone: ${tz}.`);
  summary.push(
    weekCycle === 2
      ? `Two-week timetable: week A is the week beginning ${longDate(weekAStarts!)}, then weeks alternate B, A, B.`
      : 'One-week timetable: the same periods every week.',
  );
  for (const day of WEEKDAYS) {
    const a = timetable.weeks[0]?.days[day] ?? [];
    const b = timetable.weeks[1]?.days[day];
    const label = DAY_NAMES[WEEKDAYS.indexOf(day)];
    if (!b || samePeriods(a, b)) {
      if (a.length > 0) summary.push(`${label}${b ? ' (weeks A and B)' : ''}: ${describePeriods(a)}.`);
    } else {
      summary.push(`${label} (week A): ${describePeriods(a)}.`);
      summary.push(`${label} (week B): ${describePeriods(b)}.`);
    }
  }
  for (const t of timetable.terms) summary.push(`Term: ${t.name}, ${rangeText(t.start, t.end)}${derivedTerm ? ' (the dates the calendar covers)' : ''}.`);
  for (const c of timetable.closures)
    summary.push(`No lessons (${c.kind === 'inset' ? 'INSET day' : c.kind}): ${c.name || c.kind}, ${rangeText(c.date, c.endDate ?? c.date)}.`);
  for (const o of timetable.overrides) summary.push(`One-off day, ${longDate(o.date)}: ${describeChange(patternOf(o.date), o.periods)}.`);
  return { ok: true, timetable, summary, warnings: notes.list() };
}
