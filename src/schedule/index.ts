/**
 * Is it lesson time? Pure functions of (timetable, instant[, staff choices]) for clause 5.4 of
 * the social media policy ("the use of personal social media accounts during lesson time is not
 * permitted"). No DOM, no browser API, no machine clock or machine time zone: the caller passes
 * `now`, and every wall-clock reading goes through the timetable's own time zone (./time.ts).
 *
 * The model of a day: the school day is cut into back-to-back segments from local midnight to
 * the next local midnight. Periods are half-open, [start, end): a period ending 10:40 is over at
 * 10:40:00. Before the first period is "before-school", after the last is "after-school", and a
 * gap between periods is a "break" with the reason "Between periods". A day without lessons is
 * one "no-school" segment with its reason.
 *
 * What decides a day, most specific first:
 *  1. a one-off day (overrides) for that date: its periods replace everything else;
 *  2. a closure covering the date (holiday, INSET day, closure): no school;
 *  3. terms, when any are set: a date outside every term is a school holiday;
 *  4. the bell schedule of that week (A or B) and weekday; a weekday without periods has no
 *     school ("Weekend" on Saturday and Sunday).
 *
 * Lesson time is true only during a "lesson" period that the member of staff has not marked as
 * free, and marking counts only when the admin allows it (staffMayMarkFreePeriods).
 */
import type { FreePeriod, Period, PeriodKind, Timetable, WeekName, Weekday } from './schema';
import { WEEKDAYS, isRealDate, isValidTimeZone, timeToMinutes } from './schema';
import { addDays, dayNumber, formatMinutes, formatTime, isoWeekdayIndex, localDate, mondayOf, wallToInstant } from './time';

export * from './schema';
export { wallToInstant, wallClock, localDate, formatTime, offsetAt, addDays, mondayOf } from './time';

export type StatusKind = PeriodKind | 'free' | 'no-school' | 'unconfigured';

/** Why a day has no school. */
export type NoSchoolCause = 'override' | 'holiday' | 'inset' | 'closure' | 'outside-term' | 'weekend' | 'no-periods';

export interface Status {
  kind: StatusKind;
  /** The timetabled period, when inside one. */
  period?: Period;
  /** Epoch ms of the next change of status (absent when none within the look-ahead, or unconfigured). */
  until?: number;
  /** True only during a lesson period the member of staff has not (allowably) marked free. */
  isLessonTime: boolean;
  /** Why, in British English, e.g. "INSET day", "Half term", "Weekend", "Between periods". */
  reason?: string;
  /** The school-day date ("YYYY-MM-DD") this status belongs to. */
  date?: string;
  /** Week "A" or "B" of that date (always "A" in a one-week timetable). */
  week?: WeekName;
}

/** The member of staff's own choices; when given, they replace the timetable's freePeriods. */
export interface StaffChoices {
  freePeriods?: readonly FreePeriod[];
}

export interface Segment {
  kind: Exclude<StatusKind, 'unconfigured'>;
  /** Wall-clock "HH:MM" in the school's time zone ("24:00" for the end of the day). */
  start: string;
  end: string;
  /** Epoch ms; the segment is [startAt, endAt). */
  startAt: number;
  endAt: number;
  period?: Period;
  reason?: string;
  isLessonTime: boolean;
}

export interface DayPlan {
  date: string;
  weekday: Weekday;
  week: WeekName;
  /** True when the day has timetabled periods. */
  school: boolean;
  /** Why there is no school (or the name of a one-off day, e.g. "Early finish"). */
  reason?: string;
  cause?: NoSchoolCause;
  /** Set when the day's periods come from a one-off day. */
  override?: string;
  /** Local midnight to the next local midnight, as instants (23 or 25 hours on clock-change days). */
  startAt: number;
  endAt: number;
  segments: Segment[];
}

export interface Change {
  /** Epoch ms at which the status changes. */
  at: number;
  /** The status from then on (its `until` is the change after that, when within the look-ahead). */
  status: Status;
}

/** How far ahead nextChange and `until` look (over a summer holiday with room to spare). */
export const LOOKAHEAD_DAYS = 400;

const DEFAULT_REASONS: Record<'holiday' | 'inset' | 'closure', string> = {
  holiday: 'Holiday',
  inset: 'INSET day',
  closure: 'School closed',
};

function hasAnyPeriods(tt: Timetable): boolean {
  return tt.weeks.some((w) => WEEKDAYS.some((d) => (w.days?.[d]?.length ?? 0) > 0)) || tt.overrides.some((o) => o.periods.length > 0);
}

const tzOk = new Map<string, boolean>();
function usableTimeZone(tz: string): boolean {
  let ok = tzOk.get(tz);
  if (ok === undefined) {
    ok = isValidTimeZone(tz);
    tzOk.set(tz, ok);
  }
  return ok;
}

function isConfigured(tt: Timetable | undefined | null): tt is Timetable {
  return !!tt && Array.isArray(tt.weeks) && usableTimeZone(tt.timeZone) && hasAnyPeriods(tt);
}

/** Week "A" or "B" of a date; always "A" in a one-week timetable. */
export function weekOf(tt: Timetable, date: string): WeekName {
  if (tt.weekCycle !== 2) return 'A';
  const monday = dayNumber(mondayOf(date));
  const term = tt.terms.find((t) => t.firstWeek && t.start <= date && date <= t.end);
  if (term?.firstWeek) {
    const n = Math.round((monday - dayNumber(mondayOf(term.start))) / 7);
    const same = ((n % 2) + 2) % 2 === 0;
    return same ? term.firstWeek : term.firstWeek === 'A' ? 'B' : 'A';
  }
  if (!tt.weekAStarts) return 'A';
  const n = Math.round((monday - dayNumber(mondayOf(tt.weekAStarts))) / 7);
  return ((n % 2) + 2) % 2 === 0 ? 'A' : 'B';
}

type Resolved = { school: true; periods: readonly Period[]; override?: string } | { school: false; reason: string; cause: NoSchoolCause };

/** What kind of day `date` is, from dates alone (no time zone needed). */
function resolveDay(tt: Timetable, date: string, weekday: Weekday, week: WeekName): Resolved {
  const override = tt.overrides.find((o) => o.date === date);
  if (override) {
    if (override.periods.length > 0) return { school: true, periods: override.periods, override: override.name || 'One-off day' };
    return { school: false, reason: override.name || 'No lessons', cause: 'override' };
  }
  const closure = tt.closures.find((c) => c.date <= date && date <= (c.endDate ?? c.date));
  if (closure) return { school: false, reason: closure.name || DEFAULT_REASONS[closure.kind], cause: closure.kind };
  if (tt.terms.length > 0 && !tt.terms.some((t) => t.start <= date && date <= t.end)) {
    return { school: false, reason: 'School holiday', cause: 'outside-term' };
  }
  const weekIndex = week === 'B' ? 1 : 0;
  const periods = (tt.weeks[weekIndex] ?? tt.weeks[0])?.days?.[weekday] ?? [];
  if (periods.length === 0) {
    return weekday === 'saturday' || weekday === 'sunday'
      ? { school: false, reason: 'Weekend', cause: 'weekend' }
      : { school: false, reason: 'No timetabled periods', cause: 'no-periods' };
  }
  return { school: true, periods };
}

function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isMarkedFree(tt: Timetable, staff: StaffChoices | undefined, weekday: Weekday, week: WeekName, p: Period): boolean {
  if (!tt.staffMayMarkFreePeriods || p.kind !== 'lesson') return false;
  const marks = staff?.freePeriods ?? tt.freePeriods;
  const name = norm(p.name);
  return marks.some((f) => f.day === weekday && (f.week === 'any' || f.week === week) && norm(f.period) === name);
}

interface RawSeg {
  s: number; // minutes since midnight
  e: number;
  kind: Segment['kind'];
  period?: Period;
  reason?: string;
}

function buildPlan(tt: Timetable, date: string, staff: StaffChoices | undefined): DayPlan {
  const tz = tt.timeZone;
  const weekday = WEEKDAYS[isoWeekdayIndex(date)]!;
  const week = weekOf(tt, date);
  const r = resolveDay(tt, date, weekday, week);
  const startAt = wallToInstant(date, 0, tz);
  const endAt = wallToInstant(addDays(date, 1), 0, tz);
  const base = { date, weekday, week, startAt, endAt };
  if (!r.school) {
    return {
      ...base,
      school: false,
      reason: r.reason,
      cause: r.cause,
      segments: [{ kind: 'no-school', start: '00:00', end: '24:00', startAt, endAt, reason: r.reason, isLessonTime: false }],
    };
  }
  // Defensive: a validated timetable is already sorted and free of overlaps; anything else is
  // sorted and clipped rather than thrown on.
  const periods = [...r.periods]
    .map((p) => ({ p, s: timeToMinutes(p.start), e: timeToMinutes(p.end) }))
    .filter((x) => Number.isFinite(x.s) && Number.isFinite(x.e) && x.e > x.s)
    .sort((a, b) => a.s - b.s || a.e - b.e);
  const raw: RawSeg[] = [];
  let cursor = 0;
  for (const { p, s: s0, e } of periods) {
    const s = Math.max(s0, cursor);
    if (e <= s) continue;
    if (s > cursor) {
      raw.push(cursor === 0 ? { s: cursor, e: s, kind: 'before-school' } : { s: cursor, e: s, kind: 'break', reason: 'Between periods' });
    }
    const free = isMarkedFree(tt, staff, weekday, week, p);
    raw.push({ s, e, kind: free ? 'free' : p.kind, period: p, ...(free ? { reason: 'Marked as a free period' } : {}) });
    cursor = e;
  }
  if (cursor < 1440) raw.push({ s: cursor, e: 1440, kind: 'after-school' });
  const segments: Segment[] = [];
  for (const x of raw) {
    const a = x.s === 0 ? startAt : wallToInstant(date, x.s, tz);
    const b = x.e === 1440 ? endAt : wallToInstant(date, x.e, tz);
    if (b <= a) continue; // wholly inside a clock change's missing hour
    segments.push({
      kind: x.kind,
      start: formatMinutes(x.s),
      end: formatMinutes(x.e),
      startAt: a,
      endAt: b,
      ...(x.period ? { period: x.period } : {}),
      ...(x.reason ? { reason: x.reason } : {}),
      isLessonTime: x.kind === 'lesson',
    });
  }
  return { ...base, school: true, ...(r.override ? { reason: r.override, override: r.override } : {}), segments };
}

/**
 * The whole of a day ("YYYY-MM-DD"): its segments from local midnight to local midnight, or one
 * "no-school" segment with the reason. Throws RangeError only for a date that does not exist.
 */
export function dayPlan(tt: Timetable, date: string, staff?: StaffChoices): DayPlan {
  if (!isRealDate(date)) throw new RangeError(`dayPlan: "${date}" is not a date as YYYY-MM-DD`);
  return buildPlan(tt, date, staff);
}

function unconfigured(tt: Timetable | undefined | null): Status {
  const badZone = !!tt && typeof tt.timeZone === 'string' && !usableTimeZone(tt.timeZone);
  return { kind: 'unconfigured', isLessonTime: false, reason: badZone ? `Time zone "${tt.timeZone}" not recognised` : 'No timetable set up' };
}

function sameStatus(a: Segment, b: Segment): boolean {
  if (a.kind !== b.kind || a.reason !== b.reason) return false;
  if (!a.period || !b.period) return !a.period && !b.period;
  return a.period.name === b.period.name && a.period.start === b.period.start && a.period.end === b.period.end && a.period.kind === b.period.kind;
}

function toStatus(seg: Segment, plan: DayPlan, until: number | undefined): Status {
  return {
    kind: seg.kind,
    ...(seg.period ? { period: seg.period } : {}),
    ...(until !== undefined ? { until } : {}),
    isLessonTime: seg.isLessonTime,
    ...(seg.reason ? { reason: seg.reason } : {}),
    date: plan.date,
    week: plan.week,
  };
}

interface Located {
  plan: DayPlan;
  index: number;
}

/** The day plan and segment containing an instant. */
function locate(tt: Timetable, t: number, staff: StaffChoices | undefined): Located | undefined {
  const d = localDate(t, tt.timeZone);
  // The instant's local date nearly always holds it; the days either side cover a zone whose
  // clocks go back across midnight.
  for (const date of [d, addDays(d, 1), addDays(d, -1)]) {
    const plan = buildPlan(tt, date, staff);
    const index = plan.segments.findIndex((s) => s.startAt <= t && t < s.endAt);
    if (index >= 0) return { plan, index };
  }
  return undefined;
}

/** The first segment after `from` whose status differs from it, within the look-ahead. */
function findChange(tt: Timetable, from: Located, staff: StaffChoices | undefined): Located | undefined {
  const cur = from.plan.segments[from.index]!;
  for (let i = from.index + 1; i < from.plan.segments.length; i++) {
    if (!sameStatus(from.plan.segments[i]!, cur)) return { plan: from.plan, index: i };
  }
  for (let n = 1; n <= LOOKAHEAD_DAYS; n++) {
    const date = addDays(from.plan.date, n);
    // A run of days without school for the same reason needs no clock arithmetic to skip.
    if (cur.kind === 'no-school') {
      const weekday = WEEKDAYS[isoWeekdayIndex(date)]!;
      const r = resolveDay(tt, date, weekday, weekOf(tt, date));
      if (!r.school && r.reason === cur.reason) continue;
    }
    const plan = buildPlan(tt, date, staff);
    for (let i = 0; i < plan.segments.length; i++) {
      if (!sameStatus(plan.segments[i]!, cur)) return { plan, index: i };
    }
  }
  return undefined;
}

function toInstant(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}

/** What is it now: the period and its kind, whether it is lesson time, and until when. */
export function statusAt(tt: Timetable | undefined | null, now: Date | number, staff?: StaffChoices): Status {
  const t = toInstant(now);
  if (!isConfigured(tt) || !Number.isFinite(t)) return unconfigured(tt);
  const here = locate(tt, t, staff);
  if (!here) return unconfigured(tt);
  const next = findChange(tt, here, staff);
  return toStatus(here.plan.segments[here.index]!, here.plan, next ? next.plan.segments[next.index]!.startAt : undefined);
}

/** The next instant the status changes, and what it becomes; null when none within the look-ahead. */
export function nextChange(tt: Timetable | undefined | null, now: Date | number, staff?: StaffChoices): Change | null {
  const t = toInstant(now);
  if (!isConfigured(tt) || !Number.isFinite(t)) return null;
  const here = locate(tt, t, staff);
  if (!here) return null;
  const next = findChange(tt, here, staff);
  if (!next) return null;
  const after = findChange(tt, next, staff);
  const seg = next.plan.segments[next.index]!;
  return { at: seg.startAt, status: toStatus(seg, next.plan, after ? after.plan.segments[after.index]!.startAt : undefined) };
}

const KIND_LABEL: Record<Exclude<StatusKind, 'lesson' | 'free' | 'no-school' | 'unconfigured'>, string> = {
  break: 'Break',
  lunch: 'Lunch',
  registration: 'Registration',
  'before-school': 'Before school',
  'after-school': 'After school',
};

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "11:40", or "Monday 08:40" when the change is on another day than the status's own. */
function when(status: Status, tz: string): string | undefined {
  if (status.until === undefined) return undefined;
  const time = formatTime(status.until, tz);
  const day = localDate(status.until, tz);
  if (!status.date || day === status.date) return time;
  if (time === '00:00' && day === addDays(status.date, 1)) return 'midnight';
  return `${DAY_NAMES[isoWeekdayIndex(day)]} ${day.slice(8, 10).replace(/^0/, '')} ${MONTHS[Number(day.slice(5, 7)) - 1]} at ${time}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * One line of British English for the popup, e.g. "Lesson time: Period 3 until 11:40.",
 * "Break until 11:00.", "No lessons today (INSET day).". `tz` is the timetable's time zone.
 */
export function describeStatus(status: Status, tz: string): string {
  const zone = usableTimeZone(tz) ? tz : 'UTC';
  const u = when(status, zone);
  const until = u ? ` until ${u}` : '';
  const name = status.period?.name;
  switch (status.kind) {
    case 'unconfigured':
      return `${status.reason ?? 'No timetable set up'}.`;
    case 'no-school':
      return `No lessons today (${status.reason ?? 'no school'}).`;
    case 'lesson':
      return `Lesson time: ${name ?? 'lesson'}${until}.`;
    case 'free':
      return `Not lesson time: ${name ?? 'this period'} is marked as a free period${until}.`;
    case 'break':
      if (!status.period) return `Between periods${until}.`;
      return name && norm(name) !== 'break' ? `Break (${name})${until}.` : `Break${until}.`;
    case 'after-school':
      return status.period && name ? `After school (${name})${until}.` : 'After school: no more lessons today.';
    default: {
      const label = KIND_LABEL[status.kind];
      return name && norm(name) !== norm(label) ? `${label} (${name})${until}.` : `${label}${until}.`;
    }
  }
}
