/**
 * The occurrences of a calendar's timed events in the dates read, on the school's wall clock:
 * repeats expanded (ics-repeat.ts) with their excluded, extra and changed instances, changed
 * instances whose event is missing and single events read as they are. Events outside the dates
 * read are left out with a note, and at most MAX_OCCURRENCES are read.
 */
import { prop, thousands, unescapeText, type IcsComponent, type IcsTime } from './ics-read';
import { RepeatBudget, dayOf, expandRule, secondsOf, type ExpandEnd, type Fields } from './ics-repeat';
import type { ReadingWindow, Span } from './ics-window';
import { Clocks, type Zoned } from './ics-zones';
import { singleSpan, type Ev, type Exception, type SortedEvents } from './ics-events';
import { longDate, type Notes } from './ics-words';
import type { IcsWork } from './ics';
import { addDays, dateFromDayNumber } from './time';

/** Occurrences read in all: the 400 days read of a dense timetable (10 a day, 7 days a week) are 4,000. */
const MAX_OCCURRENCES = 8_000;

export interface Occurrence {
  /** Groups occurrences of the same repeating event (its UID) or, for one-by-one lists, the same title. */
  series: string;
  name: string;
  date: string;
  start: number; // minutes since midnight, school wall clock
  end: number;
  /** True for a moved/changed instance (RECURRENCE-ID): never part of the bell schedule. */
  exception: boolean;
}

function addSeconds(f: Fields, seconds: number): Fields {
  const t = secondsOf(f) + seconds;
  const day = Math.floor(t / 86_400);
  const r = t - day * 86_400;
  const dt = new Date(day * 86_400_000);
  return { y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate(), h: Math.floor(r / 3600), mi: Math.floor((r % 3600) / 60), s: r % 60 };
}

const zoned = (t: IcsTime): Zoned => ({ f: t, zone: t.zone });

export interface OccurrenceInput {
  root: IcsComponent;
  /** The school's time zone. */
  tz: string;
  events: SortedEvents;
  /** Where every timed event falls (readRepeats). */
  spans: readonly Span[];
  /** The dates to read, if any event falls within reach. */
  win: ReadingWindow | undefined;
  fromDate: string;
  toDate: string;
  notes: Notes;
  /** Filled in with the work done. */
  work: IcsWork;
}

/** The occurrences read; `infinite` when a repeating event read has no end. */
export function readOccurrences(input: OccurrenceInput): { occurrences: Occurrence[]; infinite: boolean } {
  const { root, tz, events, spans, win, fromDate, toDate, notes, work } = input;
  const { masters, exceptions, singles } = events;
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
  return { occurrences, infinite };
}
