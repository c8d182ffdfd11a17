/**
 * A calendar's occurrences to a timetable. Occurrences of one event (or title) at the same weekday
 * and times form a slot; a slot seen in consecutive weeks is weekly, one seen only every other
 * week fortnightly (week A or B, so the timetable becomes a two-week one), anything else a
 * one-off. Weekly and fortnightly slots make the bell schedule; every school day whose actual
 * events differ from it becomes a one-off day, and a run of school days with no events at all a
 * closure.
 */
import type { Occurrence } from './ics-occurrences';
import { DAY_NAMES, guessKind, longDate, samePeriods, type Notes } from './ics-words';
import type { Closure, Override, Period, Timetable, Weekday } from './schema';
import { WEEKDAYS } from './schema';
import { addDays, dateFromDayNumber, dayNumber, formatMinutes, isoWeekdayIndex } from './time';

const MAX_OVERRIDES = 200;
const MAX_PERIODS = 40;

interface Slot {
  name: string;
  weekday: Weekday;
  start: number;
  end: number;
  /** 'weekly', or the parity of week number for a fortnightly slot. */
  weeks: 'weekly' | 0 | 1;
  firstWeek: number;
}

const weekNumber = (date: string) => Math.floor((dayNumber(date) - 4) / 7); // weeks of Monday to Sunday since Monday 1970-01-05

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
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

/** The first 40 periods of a day (the timetable format's limit), with a note when there were more. */
function capPeriods(periods: Period[], label: string, notes: Notes): Period[] {
  if (periods.length <= MAX_PERIODS) return periods;
  notes.add(`${label}: ${periods.length} periods, more than a day can hold; only the first ${MAX_PERIODS} were kept.`);
  return periods.slice(0, MAX_PERIODS);
}

/** The bell schedule: one week, or weeks A and B when a slot is fortnightly (week A the week of the first such slot). */
export interface BellSchedule {
  weeks: { days: Record<Weekday, Period[]> }[];
  weekCycle: 1 | 2;
  /** The week number (weeks since 1970-01-05) of the first fortnightly slot's first week. */
  anchorWeek: number | undefined;
  weekAStarts: string | undefined;
}

export function bellSchedule(occurrences: readonly Occurrence[], notes: Notes): BellSchedule {
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
  return { weeks, weekCycle, anchorWeek, weekAStarts };
}

/** The bell schedule's periods on date `d` (week A or B, by the anchor week). */
export function patternFor(base: Pick<Timetable, 'weeks'>, schedule: Pick<BellSchedule, 'weekCycle' | 'anchorWeek'>): (d: string) => Period[] {
  const { weekCycle, anchorWeek } = schedule;
  const weekIndexOf = (d: string) => (weekCycle === 2 && anchorWeek !== undefined && (((weekNumber(d) - anchorWeek) % 2) + 2) % 2 === 1 ? 1 : 0);
  const patternOf = (d: string) => base.weeks[weekIndexOf(d)]?.days[WEEKDAYS[isoWeekdayIndex(d)]!] ?? [];
  return patternOf;
}

/**
 * The school days from `firstDate` to `lastDate` (in a term, not closed) whose occurrences differ
 * from the bell schedule: one-off days with their actual periods, and closures for runs of days
 * with none.
 */
export function oneOffDays(
  base: Pick<Timetable, 'weeks' | 'terms' | 'closures'>,
  schedule: Pick<BellSchedule, 'weekCycle' | 'anchorWeek'>,
  occurrences: readonly Occurrence[],
  firstDate: string,
  lastDate: string,
  notes: Notes,
): { overrides: Override[]; closures: Closure[] } {
  const byDate = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = byDate.get(o.date) ?? [];
    list.push(o);
    byDate.set(o.date, list);
  }
  const overrides: Override[] = [];
  const emptyDays: string[] = [];
  const inTerm = (d: string) => base.terms.length === 0 || base.terms.some((t) => t.start <= d && d <= t.end);
  const closed = (d: string) => base.closures.some((c) => c.date <= d && d <= (c.endDate ?? c.date));
  const patternOf = patternFor(base, schedule);
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
  return { overrides, closures: extraClosures };
}
