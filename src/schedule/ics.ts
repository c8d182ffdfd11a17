/**
 * Import a timetable from an iCalendar (.ics) file, as exported by school management systems
 * (one event per lesson, repeating weekly or fortnightly) and by calendar apps (Google, Outlook,
 * Apple). Returns what was understood, in plain English, for a preview before anything is saved;
 * a bad file gives a clear error and never throws.
 *
 * ical.js (Mozilla's parser, kept by the Thunderbird calendar team) parses the file and expands
 * the repeats: RRULE (weekly, fortnightly via INTERVAL=2, UNTIL/COUNT), EXDATE, and moved or
 * changed instances (RECURRENCE-ID). The mapping:
 *  - Timed events: every occurrence is read on the school's wall clock. Occurrences of one event
 *    (or, for calendars that list each lesson separately, of one title) at the same weekday and
 *    times form a slot; a slot seen in consecutive weeks is weekly, one seen only every other week
 *    is fortnightly (week A or B, so the timetable becomes a two-week one), anything else is a
 *    one-off. Weekly and fortnightly slots make the bell schedule.
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
 */
import ICAL from 'ical.js';
import type { Closure, Override, Period, PeriodKind, Term, TimetableInput, Timetable, Weekday } from './schema';
import { WEEKDAYS, isValidTimeZone, timetableSchema } from './schema';
import { addDays, dateFromDayNumber, dayNumber, formatMinutes, isoWeekdayIndex, wallClock, wallToInstant } from './time';

export interface IcsOptions {
  /** The school's time zone; default: the calendar's own (X-WR-TIMEZONE or its events'), else Europe/London. */
  timeZone?: string;
  /** Read occurrences from this date ("YYYY-MM-DD") on; default: the first event. */
  from?: string;
}

export type IcsResult =
  | { ok: true; timetable: Timetable; summary: string[]; warnings: string[] }
  | { ok: false; error: string };

/** Largest file accepted (a year of one teacher's lessons, listed one by one, is well under this). */
export const MAX_ICS_BYTES = 5_000_000;
/** How far the repeats are read, from the first event. */
const WINDOW_DAYS = 400;
const MAX_OCCURRENCES = 60_000;
const MAX_OVERRIDES = 200;

/** Common Windows (Outlook/Exchange) zone names, as found in TZID, to IANA. */
const WINDOWS_ZONES: Record<string, string> = {
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Irish Standard Time': 'Europe/Dublin',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'India Standard Time': 'Asia/Kolkata',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

/** An IANA zone for a TZID as written by common exporters, or undefined. */
export function ianaZoneFor(tzid: string | undefined | null): string | undefined {
  if (!tzid) return undefined;
  const id = tzid.trim().replace(/^"|"$/g, '');
  // Own keys only: a TZID such as "constructor" or "toString" would otherwise find Object.prototype's function.
  if (Object.hasOwn(WINDOWS_ZONES, id)) return WINDOWS_ZONES[id];
  if (/^(Z|GMT|Etc\/UTC|Etc\/GMT)$/i.test(id)) return 'UTC';
  if (id.includes('/') && isValidTimeZone(id.replace(/^\/+/, ''))) return id.replace(/^\/+/, '');
  // "/mozilla.org/20050126_1/Europe/London", "/citadel.org/20190914_1/Europe/London"
  const tail = id.split('/').filter(Boolean).slice(-2).join('/');
  if (tail.includes('/') && isValidTimeZone(tail)) return tail;
  // Outlook display names: "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
  if (/\bLondon\b/.test(id)) return 'Europe/London';
  return undefined;
}

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

type Tp = ICAL.Time;

/** Reads ical.js times on the school's wall clock. */
class WallReader {
  constructor(
    readonly tz: string,
    readonly warnings: Set<string>,
  ) {}

  /** The TZID an event's property was written in ('UTC' for "Z"; undefined for floating). */
  sourceZone(prop: ICAL.Property | null, t: Tp): string | undefined {
    if (t.zone && t.zone.tzid === 'UTC') return 'UTC';
    const tzid = prop?.getParameter('tzid');
    return typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? String(tzid[0]) : undefined;
  }

  /** Date and minutes on the school's wall clock, or undefined when it cannot be read. */
  wall(t: Tp, tzid: string | undefined): { date: string; minutes: number } | undefined {
    const date = `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    const minutes = t.hour * 60 + t.minute;
    if (tzid === undefined) return { date, minutes }; // floating: already the school's clock
    const iana = tzid === 'UTC' ? 'UTC' : ianaZoneFor(tzid);
    if (iana === this.tz) return { date, minutes };
    let instant: number;
    if (iana) instant = wallToInstant(date, minutes, iana) + t.second * 1000;
    else {
      // An unknown TZID: trust ical.js's reading of the file's own VTIMEZONE.
      this.warnings.add(`The time zone "${tzid}" is not one this browser knows; its times were read from the file's own definition.`);
      instant = t.toUnixTime() * 1000;
    }
    if (!Number.isFinite(instant)) return undefined;
    const w = wallClock(instant, this.tz);
    return { date: w.date, minutes: w.minutes };
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

function cleanName(s: string): string {
  const n = s.replace(/\s+/g, ' ').trim();
  return (n || 'Untitled').slice(0, 80).trim();
}

interface Tidied {
  periods: Period[];
  dropped: string[];
}

/** Sort, remove exact duplicates, and drop periods that overlap an earlier one. */
function tidy(list: { name: string; start: number; end: number }[]): Tidied {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end || a.name.localeCompare(b.name));
  const periods: Period[] = [];
  const dropped: string[] = [];
  let lastEnd = -1;
  let last: { name: string; start: number; end: number } | undefined;
  for (const p of sorted) {
    if (p.end <= p.start) continue;
    if (last && last.start === p.start && last.end === p.end && last.name === p.name) continue;
    if (p.start < lastEnd) {
      dropped.push(`'${p.name}' (${formatMinutes(p.start)}-${formatMinutes(p.end)}) overlaps '${last!.name}' (${formatMinutes(last!.start)}-${formatMinutes(last!.end)})`);
      continue;
    }
    periods.push({ name: p.name, start: formatMinutes(p.start), end: formatMinutes(p.end), kind: guessKind(p.name) });
    lastEnd = p.end;
    last = p;
  }
  return { periods, dropped };
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

const rangeText = (a: string, b: string) => (a === b ? longDate(a) : `${longDate(a)} to ${longDate(b)}`);

/** Parse an iCalendar file into a timetable, with a plain-English summary for a preview. */
export function parseIcs(text: string, opts: IcsOptions = {}): IcsResult {
  try {
    return parseIcsUnsafe(text, opts);
  } catch (e) {
    // ical.js throws on malformed content; the message is technical, so say what it means.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `The file could not be read as an iCalendar (.ics) calendar: ${detail.slice(0, 200)}` };
  }
}

function parseIcsUnsafe(text: string, opts: IcsOptions): IcsResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > MAX_ICS_BYTES) {
    return { ok: false, error: `The file is too large (${Math.round(text.length / 1_000_000)} MB); a timetable calendar is well under ${MAX_ICS_BYTES / 1_000_000} MB.` };
  }
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^BEGIN:VCALENDAR\s*$/im.test(body.slice(0, 200)) || !/^BEGIN:VCALENDAR/i.test(body)) {
    return { ok: false, error: 'This is not an iCalendar (.ics) file: it should begin with "BEGIN:VCALENDAR". Export the timetable as iCalendar/.ics from your school system or calendar.' };
  }
  if (!/^END:VCALENDAR/im.test(body)) return { ok: false, error: 'The calendar file is cut short: it has no "END:VCALENDAR". Try exporting it again.' };
  if (opts.timeZone !== undefined && !isValidTimeZone(opts.timeZone)) return { ok: false, error: `"${opts.timeZone}" is not a time zone name such as "Europe/London".` };

  const jcal = ICAL.parse(body);
  // One calendar parses to one jCal array; several (concatenated files) to an array of them.
  const root = new ICAL.Component(Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal);
  if (root.name !== 'vcalendar') return { ok: false, error: 'This is not an iCalendar (.ics) calendar.' };
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length === 0) return { ok: false, error: 'The calendar has no events, so there is no timetable to import.' };

  const warnings = new Set<string>();
  const summary: string[] = [];

  // The school's time zone.
  const calendarZone = ianaZoneFor(str(root.getFirstPropertyValue('x-wr-timezone')));
  let firstEventZone: string | undefined;
  for (const v of vevents) {
    const p = v.getFirstProperty('dtstart');
    const tz = p?.getParameter('tzid');
    const z = ianaZoneFor(typeof tz === 'string' ? tz : undefined);
    if (z && z !== 'UTC') {
      firstEventZone = z;
      break;
    }
  }
  const tz = opts.timeZone ?? calendarZone ?? firstEventZone ?? 'Europe/London';
  const reader = new WallReader(tz, warnings);

  // Split events: repeating masters, their changed instances, single events; all-day ones apart.
  const masters = new Map<string, ICAL.Component>();
  const exceptions = new Map<string, ICAL.Component[]>();
  const singles: ICAL.Component[] = [];
  const allDay: ICAL.Component[] = [];
  let anonymous = 0;
  for (const v of vevents) {
    const start = v.getFirstPropertyValue('dtstart');
    if (!(start instanceof ICAL.Time)) {
      warnings.add(`An event without a start time was ignored ("${cleanName(str(v.getFirstPropertyValue('summary')))}").`);
      continue;
    }
    const status = str(v.getFirstPropertyValue('status')).toUpperCase();
    if (status === 'CANCELLED' && !v.hasProperty('recurrence-id')) continue;
    const uid = str(v.getFirstPropertyValue('uid')) || `no-uid-${anonymous++}`;
    if (start.isDate) {
      if (!v.hasProperty('recurrence-id')) allDay.push(v);
    } else if (v.hasProperty('recurrence-id')) {
      const list = exceptions.get(uid) ?? [];
      list.push(v);
      exceptions.set(uid, list);
    } else if (v.hasProperty('rrule') || v.hasProperty('rdate')) {
      if (masters.has(uid)) warnings.add(`Two repeating events share the id "${uid.slice(0, 60)}"; the second was ignored.`);
      else masters.set(uid, v);
    } else singles.push(v);
  }

  // Window for reading repeats.
  const starts: string[] = [];
  for (const v of [...masters.values(), ...singles]) {
    const p = v.getFirstProperty('dtstart')!;
    const t = v.getFirstPropertyValue('dtstart') as Tp;
    const w = reader.wall(t, reader.sourceZone(p, t));
    if (w) starts.push(w.date);
  }
  starts.sort();
  const windowStart = opts.from && (starts[0] === undefined || opts.from > starts[0]) ? opts.from : starts[0];

  // Occurrences of timed events on the school's wall clock.
  const occurrences: Occurrence[] = [];
  let infinite = false;
  let truncated = false;
  const push = (series: string, comp: ICAL.Component, start: Tp, end: Tp, exception: boolean) => {
    const sp = comp.getFirstProperty('dtstart');
    const ep = comp.getFirstProperty('dtend') ?? sp;
    const s = reader.wall(start, reader.sourceZone(sp, start));
    const e = reader.wall(end, reader.sourceZone(ep, end));
    const name = cleanName(str(comp.getFirstPropertyValue('summary')));
    if (!s || !e) return;
    if (windowStart && s.date < windowStart) return;
    if (e.date !== s.date) {
      // Ending exactly at midnight is still the same day; anything longer is not a period.
      if (!(e.minutes === 0 && e.date === addDays(s.date, 1))) {
        warnings.add(`'${name}' runs past midnight, so it cannot be a period; it was ignored.`);
        return;
      }
      occurrences.push({ series, name, date: s.date, start: s.minutes, end: 1439, exception });
      return;
    }
    if (e.minutes <= s.minutes) return;
    occurrences.push({ series, name, date: s.date, start: s.minutes, end: e.minutes, exception });
  };

  const windowEndDate = windowStart ? addDays(windowStart, WINDOW_DAYS) : undefined;
  for (const [uid, comp] of masters) {
    const event = new ICAL.Event(comp, { exceptions: exceptions.get(uid) ?? [], strictExceptions: false });
    exceptions.delete(uid);
    const rule = comp.getFirstPropertyValue('rrule');
    if (rule instanceof ICAL.Recur && !rule.until && !rule.count) infinite = true;
    const it = event.iterator();
    let n = 0;
    for (let next = it.next(); next; next = it.next()) {
      if (++n > 5000 || occurrences.length > MAX_OCCURRENCES) {
        truncated = true;
        break;
      }
      const d = event.getOccurrenceDetails(next);
      const day = `${String(d.startDate.year).padStart(4, '0')}-${String(d.startDate.month).padStart(2, '0')}-${String(d.startDate.day).padStart(2, '0')}`;
      if (windowEndDate && day > windowEndDate) break;
      if (d.startDate.isDate) continue;
      const status = str(d.item.component.getFirstPropertyValue('status')).toUpperCase();
      if (status === 'CANCELLED') continue;
      push(uid, d.item.component, d.startDate, d.endDate, d.item !== event && d.item.component !== comp);
    }
  }
  for (const [uid, list] of exceptions) {
    // Changed instances whose repeating event is not in the file: read them as single events.
    for (const comp of list) {
      const ev = new ICAL.Event(comp);
      push(`orphan:${uid}`, comp, ev.startDate, ev.endDate, true);
    }
  }
  for (const comp of singles) {
    const ev = new ICAL.Event(comp);
    const end = ev.endDate;
    push(`title:${cleanName(ev.summary ?? '')}`, comp, ev.startDate, end, false);
  }
  if (truncated) warnings.add(`Only the first ${WINDOW_DAYS} days of repeating events were read.`);
  if (occurrences.length > MAX_OCCURRENCES) return { ok: false, error: 'The calendar has too many events to be one timetable.' };

  // All-day events: terms and days without lessons.
  const terms: Term[] = [];
  const closures: Closure[] = [];
  for (const comp of allDay) {
    const ev = new ICAL.Event(comp);
    const name = cleanName(ev.summary ?? '');
    const s = ev.startDate;
    const start = `${String(s.year).padStart(4, '0')}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
    const e = comp.hasProperty('dtend') || comp.hasProperty('duration') ? ev.endDate : undefined;
    let last = start;
    if (e) {
      const endDay = `${String(e.year).padStart(4, '0')}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`;
      last = endDay > start ? addDays(endDay, -1) : start; // DTEND of an all-day event is the day after
    }
    if (comp.hasProperty('rrule')) {
      warnings.add(`The repeating all-day event '${name}' was ignored.`);
      continue;
    }
    const c = classifyAllDay(name);
    if (c.kind === 'term') {
      if (last === start) warnings.add(`'${name}' on ${longDate(start)} is a single day, not a term's dates; it was ignored.`);
      else terms.push({ name, start, end: last });
    } else if (c.kind === 'ignore') {
      warnings.add(`The all-day event '${name}' on ${longDate(start)} was ignored (not a holiday, INSET day or term).`);
    } else {
      closures.push({ date: start, ...(last !== start ? { endDate: last } : {}), name, kind: c.kind });
    }
  }
  terms.sort((a, b) => (a.start < b.start ? -1 : 1));
  closures.sort((a, b) => (a.date < b.date ? -1 : 1));

  if (occurrences.length === 0) {
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
    else if (step === 2) slots.push({ name: g.name, weekday: g.weekday, start: g.start, end: g.end, weeks: (((weeks[0]! % 2) + 2) % 2) as 0 | 1, firstWeek: weeks[0]! });
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
      for (const d of t.dropped) warnings.add(`${DAY_NAMES[WEEKDAYS.indexOf(day)]}${weekCycle === 2 ? ` (week ${w === 0 ? 'A' : 'B'})` : ''}: ${d}; it was left out.`);
      days[day] = t.periods;
    }
    weeks.push({ days });
  }

  // The calendar's range; when the file has no terms, it becomes the one term.
  const dates = occurrences.map((o) => o.date).sort();
  const firstDate = dates[0]!;
  const lastDate = dates[dates.length - 1]!;
  const derivedTerm = terms.length === 0 && !infinite;
  if (derivedTerm) terms.push({ name: 'Timetable dates', start: firstDate, end: lastDate });

  // Days that differ from the bell schedule.
  const byDate = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = byDate.get(o.date) ?? [];
    list.push(o);
    byDate.set(o.date, list);
  }
  const draft = timetableSchema.safeParse({ timeZone: tz, weekCycle, ...(weekAStarts ? { weekAStarts } : {}), weeks, terms, closures } satisfies TimetableInput);
  if (!draft.success) {
    return { ok: false, error: `The calendar was read, but its timetable is not valid: ${draft.error.issues.map((i) => i.message).join('; ')}` };
  }
  const base = draft.data;
  const overrides: Override[] = [];
  const emptyDays: string[] = [];
  const inTerm = (d: string) => base.terms.length === 0 || base.terms.some((t) => t.start <= d && d <= t.end);
  const closed = (d: string) => base.closures.some((c) => c.date <= d && d <= (c.endDate ?? c.date));
  const weekIndexOf = (d: string) => (weekCycle === 2 && anchorWeek !== undefined && ((weekNumber(d) - anchorWeek) % 2 + 2) % 2 === 1 ? 1 : 0);
  const patternOf = (d: string) => base.weeks[weekIndexOf(d)]?.days[WEEKDAYS[isoWeekdayIndex(d)]!] ?? [];
  for (let d = firstDate; d <= lastDate; d = addDays(d, 1)) {
    if (!inTerm(d) || closed(d)) continue;
    const actual = tidy((byDate.get(d) ?? []).map((o) => ({ name: o.name, start: o.start, end: o.end })));
    for (const x of actual.dropped) warnings.add(`${longDate(d)}: ${x}; it was left out.`);
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
    warnings.add(`The calendar differs from the weekly pattern on ${overrides.length} days; only the first ${MAX_OVERRIDES} were kept as one-off days.`);
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
  const calName = str(root.getFirstPropertyValue('x-wr-calname')).trim();
  summary.push(`${calName ? `"${calName.slice(0, 80)}": ` : ''}${vevents.length} events read, from ${longDate(firstDate)} to ${longDate(lastDate)}${infinite ? ' (some repeat with no end date)' : ''}.`);
  summary.push(`Time zone: ${tz}.`);
  summary.push(weekCycle === 2 ? `Two-week timetable: week A is the week beginning ${longDate(weekAStarts!)}, then weeks alternate B, A, B.` : 'One-week timetable: the same periods every week.');
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
  for (const c of timetable.closures) summary.push(`No lessons (${c.kind === 'inset' ? 'INSET day' : c.kind}): ${c.name || c.kind}, ${rangeText(c.date, c.endDate ?? c.date)}.`);
  for (const o of timetable.overrides) summary.push(`One-off day, ${longDate(o.date)}: ${describeChange(patternOf(o.date), o.periods)}.`);
  return { ok: true, timetable, summary, warnings: [...warnings] };
}
