/**
 * The calendar's events, sorted for the import: the school's time zone; each VEVENT read once into
 * a repeating event, a changed instance of one, a single event or an all-day event; then the
 * repeat rules checked (nothing is expanded here) with each repeating event's extra, excluded and
 * changed instances attached, and where on the calendar every event falls (for choosing the dates
 * to read, ics-window.ts).
 */
import { excerpt, thousands, parseDuration, parseTime, parseTimeList, prop, unescapeText, type IcsComponent, type IcsProp, type IcsTime } from './ics-read';
import { checkRule, dayOf, type Rule } from './ics-repeat';
import type { Span } from './ics-window';
import { ianaZoneFor } from './ics-zones';
import { cleanName, type Notes } from './ics-words';

/** EXDATE and RDATE values read per event (a daily event cancelled on every day of a year has 366). */
const MAX_DATES_PER_EVENT = 2_000;

export interface Ev {
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
export interface Master {
  ev: Ev;
  rules: Rule[];
  rdates: IcsTime[];
  exdates: IcsTime[];
  exceptions: Exception[];
  spans: Span[];
}

export interface Exception {
  ev: Ev;
  rid: IcsTime;
  /** RANGE=THISANDFUTURE (RFC 5545 §3.8.4.4): the change applies to later instances too. */
  future: boolean;
}

/** The events of a calendar, sorted. */
export interface SortedEvents {
  /** Repeating events by UID. */
  masters: Map<string, Master>;
  /** Changed instances by the UID of their repeating event (after readRepeats: only those whose event is not in the file). */
  exceptions: Map<string, Exception[]>;
  singles: Ev[];
  allDay: Ev[];
}

/** The school's time zone: the one given, else the calendar's (X-WR-TIMEZONE), else its first event's, else Europe/London. */
export function schoolZone(root: IcsComponent, vevents: readonly IcsComponent[], given: string | undefined): string {
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
  return given ?? calendarZone ?? firstEventZone ?? 'Europe/London';
}

/**
 * Each VEVENT read once (the first of each property it needs) and sorted: repeating events, their
 * changed instances, single events; all-day ones apart. A start that cannot be read is added to
 * `unreadable` (an import that finds no event at all reports the first).
 */
export function sortEvents(vevents: readonly IcsComponent[], notes: Notes, unreadable: string[]): SortedEvents {
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
  return { masters, exceptions, singles, allDay };
}

/** A one-day span, for an event that does not repeat. */
export const singleSpan = (t: IcsTime): Span => ({ first: dayOf(t), last: dayOf(t), perWeek: 1 });

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

/**
 * Checks each repeating event's rules (an event with a rule that cannot be read is dropped, with
 * its changes), reads its extra and excluded dates and attaches its changed instances; returns
 * where every timed event falls.
 */
export function readRepeats(events: SortedEvents, notes: Notes): Span[] {
  const { masters, exceptions, singles } = events;
  const spans: Span[] = [];
  const rules = new Map<string, ReturnType<typeof checkRule>>(); // exports repeat one rule for many lessons
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
  return spans;
}
