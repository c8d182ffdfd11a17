/**
 * Step 3 of the .ics import: repeats (RRULE, RFC 5545 §3.3.10), expanded only inside the reading
 * window and with a bound on the work, whatever the rule says.
 *
 * A lesson timetable repeats daily or weekly. Those rules (FREQ=DAILY/WEEKLY with INTERVAL,
 * COUNT, UNTIL, WKST, BYDAY and BYMONTH) are expanded here with day arithmetic: they jump straight
 * to the window (counting what COUNT used up before it), so a rule that started in 1990 costs the
 * same as one that started last week. They follow ical.js's reading exactly (a unit test compares
 * the two on random rules), including its choices where RFC 5545 leaves room: a DAILY rule always
 * gives DTSTART, a WEEKLY rule with BYDAY gives only the listed days, and the first occurrence is
 * not held to BYMONTH. ical.js itself is not used for them: its iterator loops for ever on a rule
 * whose candidates never match (FREQ=DAILY;INTERVAL=7;BYDAY=MO from a Friday), since it checks
 * neither UNTIL nor COUNT until it finds one.
 *
 * MONTHLY and YEARLY rules go to ical.js, but only in shapes whose every step is cheap there: its
 * iterator can spend seconds inside one step on a rule that rarely or never matches (BYSETPOS,
 * BYWEEKNO, BYYEARDAY, a fifth weekday, "the 30th of February"). Those are refused with a reason,
 * as are sub-daily rules (SECONDLY, MINUTELY, HOURLY) and rules that repeat several times a day:
 * no lesson repeats like that, and one such event in a year's window is half a million
 * occurrences.
 */
import ICAL from 'ical.js';
import { parseTime, type IcsTime } from './ics-read';
import { DAY_MS } from './time';

export type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface Rule {
  raw: string;
  freq: Freq;
  interval: number;
  count: number | undefined;
  until: IcsTime | undefined;
  /** ISO weekdays (0 Monday .. 6 Sunday) of BYDAY, any ordinals dropped; undefined without BYDAY. */
  byday: number[] | undefined;
  /** How many values BYMONTHDAY lists (0 without it), for estimating how often the rule repeats. */
  bymonthday: number;
  /** BYMONTH's months (1-12), or undefined. */
  months: number[] | undefined;
  /** A single BYHOUR, BYMINUTE, BYSECOND: the time of day of every occurrence. */
  byhour: number | undefined;
  byminute: number | undefined;
  bysecond: number | undefined;
  /** ISO weekday the week starts on (WKST; Monday by default). */
  wkst: number;
  /** Expanded here (DAILY and WEEKLY); otherwise by ical.js. */
  simple: boolean;
}

export type RuleCheck = { ok: true; rule: Rule } | { ok: false; reason: string };

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const SUB_DAILY = new Map([
  ['SECONDLY', 'second'],
  ['MINUTELY', 'minute'],
  ['HOURLY', 'hour'],
]);
const KNOWN = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'WKST',
  'BYDAY',
  'BYMONTH',
  'BYMONTHDAY',
  'BYHOUR',
  'BYMINUTE',
  'BYSECOND',
  'BYSETPOS',
  'BYWEEKNO',
  'BYYEARDAY',
]);
/** The longest February: a BYMONTHDAY of 29 occurs in February in leap years. */
const MONTH_MAX = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}...` : s);

const ints = (v: string, lo: number, hi: number, max: number): number[] | undefined => {
  const list = v.split(',');
  if (list.length > max) return undefined;
  const out: number[] = [];
  for (const x of list) {
    if (!/^[+-]?\d{1,3}$/.test(x)) return undefined;
    const n = Number(x);
    if (Math.abs(n) < lo || Math.abs(n) > hi) return undefined;
    out.push(n);
  }
  return out;
};

/** Whether a RRULE is one the import expands, and if not, why (a phrase that follows the event's name). */
export function checkRule(raw: string): RuleCheck {
  const value = raw.trim();
  const bad = (): RuleCheck => ({ ok: false, reason: `has a repeat rule that could not be read ("${short(value)}")` });
  const parts = new Map<string, string>();
  const segs = value.split(';');
  if (segs.length > 20) return bad();
  for (const seg of segs) {
    if (seg === '') continue;
    const eq = seg.indexOf('=');
    if (eq <= 0) return bad();
    const k = seg.slice(0, eq).trim().toUpperCase();
    if (parts.has(k)) return bad();
    if (!KNOWN.has(k)) {
      if (k.startsWith('X-')) continue; // RFC 5545 §3.3.10 allows extensions; none changes the dates
      return bad();
    }
    parts.set(
      k,
      seg
        .slice(eq + 1)
        .trim()
        .toUpperCase(),
    );
  }
  const freq = parts.get('FREQ');
  if (freq === undefined) return bad();
  const unit = SUB_DAILY.get(freq);
  if (unit) return { ok: false, reason: `repeats every ${unit} (FREQ=${freq}), which no lesson does` };
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') return bad();
  for (const k of ['BYHOUR', 'BYMINUTE', 'BYSECOND']) {
    const v = parts.get(k);
    if (v === undefined) continue;
    if (v.includes(',')) return { ok: false, reason: `repeats several times a day (${k}=${short(v)}), which no lesson does` };
    const lim = k === 'BYHOUR' ? 23 : 59;
    if (!/^\d{1,2}$/.test(v) || Number(v) > lim) return bad();
  }
  for (const k of ['BYSETPOS', 'BYWEEKNO', 'BYYEARDAY']) {
    if (parts.has(k)) return { ok: false, reason: `repeats in a pattern a timetable does not use (${k})` };
  }
  const [pInterval, pCount, pUntil, pWkst, pMonth, pMonthday, pDay] = ['INTERVAL', 'COUNT', 'UNTIL', 'WKST', 'BYMONTH', 'BYMONTHDAY', 'BYDAY'].map((k) =>
    parts.get(k),
  );
  let interval = 1;
  if (pInterval !== undefined) {
    if (!/^\d{1,5}$/.test(pInterval) || Number(pInterval) < 1) return bad();
    interval = Number(pInterval);
  }
  let count: number | undefined;
  if (pCount !== undefined) {
    if (!/^\d{1,10}$/.test(pCount) || Number(pCount) < 1) return bad();
    count = Number(pCount);
  }
  let until: IcsTime | undefined;
  if (pUntil !== undefined) {
    until = parseTime(pUntil, {});
    if (!until) return bad();
  }
  let wkst = 0;
  if (pWkst !== undefined) {
    wkst = DAY_CODES.indexOf(pWkst);
    if (wkst < 0) return bad();
  }
  const months = pMonth !== undefined ? ints(pMonth, 1, 12, 12) : undefined;
  if (pMonth !== undefined && (!months || months.some((m) => m < 0))) return bad();
  const monthdays = pMonthday !== undefined ? ints(pMonthday, 1, 31, 31) : undefined;
  if (pMonthday !== undefined && !monthdays) return bad();
  let byday: number[] | undefined;
  let maxOrdinal = 0;
  if (pDay !== undefined) {
    const list = pDay.split(',');
    if (list.length > 14) return bad();
    const days = new Set<number>();
    for (const x of list) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(x);
      if (!m) return bad();
      if (m[1] !== undefined) {
        const n = Math.abs(Number(m[1]));
        if (n === 0) return bad();
        maxOrdinal = Math.max(maxOrdinal, n);
      }
      days.add(DAY_CODES.indexOf(m[2]!));
    }
    byday = [...days].sort((a, b) => a - b);
  }
  const odd = (what: string) => ({ ok: false as const, reason: `repeats in a pattern a timetable does not use (${what})` });
  if (freq === 'DAILY' || freq === 'WEEKLY') {
    if (maxOrdinal > 0) return bad(); // RFC 5545 §3.3.10: BYDAY ordinals only in MONTHLY and YEARLY rules
    if (monthdays) return odd('BYMONTHDAY'); // ical.js can loop for ever on DAILY;BYMONTH=2;BYMONTHDAY=30
  } else {
    if (byday && monthdays) return odd('BYDAY with BYMONTHDAY');
    // Ordinals every month (or year) has: ical.js searches years for a "5th Monday in February".
    if (maxOrdinal > (freq === 'YEARLY' && !months ? 52 : 4)) return odd(`BYDAY=${short(pDay!)}`);
    if (monthdays) {
      const inMonths = months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      if (!monthdays.some((d) => inMonths.some((m) => Math.abs(d) <= MONTH_MAX[m - 1]!))) return odd(`BYMONTHDAY=${short(pMonthday!)} never happens`);
    }
  }
  // A MONTHLY or YEARLY rule ical.js cannot read fails when it is expanded (most never are: see
  // RepeatBudget), with the same note.
  const simple = freq === 'DAILY' || freq === 'WEEKLY';
  return {
    ok: true,
    rule: {
      raw: value,
      freq,
      interval,
      count,
      until,
      byday,
      bymonthday: monthdays?.length ?? 0,
      months: months ? [...new Set(months)].sort((a, b) => a - b) : undefined,
      byhour: parts.has('BYHOUR') ? Number(parts.get('BYHOUR')) : undefined,
      byminute: parts.has('BYMINUTE') ? Number(parts.get('BYMINUTE')) : undefined,
      bysecond: parts.has('BYSECOND') ? Number(parts.get('BYSECOND')) : undefined,
      wkst,
      simple,
    },
  };
}

/** Wall-clock fields, read in the event's own zone. */
export interface Fields {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** Days since 1970-01-01 of a date's fields (years 1 to 99 too, which Date.UTC reads as 19xx). */
export function dayOf(f: { y: number; mo: number; d: number }): number {
  if (f.y >= 100) return Math.floor(Date.UTC(f.y, f.mo - 1, f.d) / DAY_MS);
  const dt = new Date(0);
  dt.setUTCFullYear(f.y, f.mo - 1, f.d);
  return Math.floor(dt.getTime() / DAY_MS);
}
/** Seconds since 1970-01-01 00:00 of wall-clock fields, read as if UTC: for ordering times in one zone. */
export const secondsOf = (f: Fields) => dayOf(f) * 86_400 + f.h * 3600 + f.mi * 60 + f.s;

/** Fields of a day number at a time of day (the proleptic Gregorian calendar, as Date reads it). */
function fieldsOfDay(day: number, h: number, mi: number, s: number): Fields {
  // Days to civil date without a Date object (H. Hinnant's algorithm): this runs per occurrence.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (mo <= 2 ? 1 : 0), mo, d, h, mi, s };
}

/** ISO weekday (0 Monday .. 6 Sunday) of a day number (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** Work done expanding repeats, and the limits on it. */
export class RepeatBudget {
  /** Candidate days looked at by the day-arithmetic expansion. */
  steps = 0;
  /** Steps of ical.js's iterator (each can cost a thousand times more). */
  icalSteps = 0;
  constructor(
    readonly maxSteps = 400_000,
    readonly maxIcalSteps = 200,
    readonly maxStepsPerEvent = 5_000,
    readonly maxIcalStepsPerEvent = 60,
  ) {}
}

/** How an expansion stopped: at the end of the rule or window, or at a limit. */
export type ExpandEnd = 'done' | 'event-limit' | 'budget' | 'error' | 'odd-time';

/**
 * Each occurrence start of `rule` from DTSTART `start` that falls on a day in [fromDay, toDay],
 * in order, as fields in the event's own zone. `untilAt` is the rule's UNTIL already read in that
 * zone (secondsOf), so every comparison is on one wall clock. `emit` returns false to stop.
 */
/** At most how many occurrences a period gives, and the fewest days a period has. */
const COUNT_BOUND: Record<Freq, [number, number]> = { DAILY: [1, 1], WEEKLY: [7, 7], MONTHLY: [35, 28], YEARLY: [366, 365] };

export function expandRule(
  start: Fields,
  rule: Rule,
  untilAt: number | undefined,
  fromDay: number,
  toDay: number,
  budget: RepeatBudget,
  emit: (f: Fields) => boolean,
): ExpandEnd {
  if (rule.simple ? budget.steps >= budget.maxSteps : budget.icalSteps >= budget.maxIcalSteps) return 'budget';
  // A COUNT larger than the rule could use up by the window's end ends nothing (COUNT=2147483647
  // is a common way to write "no end"): drop it, so that the rule can jump to the window.
  let r = rule;
  if (r.count !== undefined) {
    const days = toDay - dayOf(start) + 1;
    const [perPeriod, periodDays] = COUNT_BOUND[r.freq];
    if (r.count > (Math.ceil(days / (periodDays * r.interval)) + 1) * perPeriod) r = { ...r, count: undefined };
  }
  return r.simple ? expandSimple(start, r, untilAt, fromDay, toDay, budget, emit) : expandIcal(start, r, untilAt, fromDay, toDay, budget, emit);
}

function expandSimple(
  start: Fields,
  rule: Rule,
  untilAt: number | undefined,
  fromDay: number,
  toDay: number,
  budget: RepeatBudget,
  emit: (f: Fields) => boolean,
): ExpandEnd {
  // A BYHOUR (BYMINUTE, BYSECOND) other than DTSTART's moves every occurrence to that time, and
  // ical.js then drops DTSTART; no timetable needs that, so only the same time is read.
  if ((rule.byhour ?? start.h) !== start.h || (rule.byminute ?? start.mi) !== start.mi || (rule.bysecond ?? start.s) !== start.s) return 'odd-time';
  const D = dayOf(start);
  const sod = start.h * 3600 + start.mi * 60 + start.s;
  const until = untilAt ?? Infinity;
  const count = rule.count ?? Infinity;
  const n = rule.interval;
  const months = rule.months ? new Set(rule.months) : undefined;
  const monthOf = (day: number) => new Date(day * DAY_MS).getUTCMonth() + 1;
  const at = (day: number) => fieldsOfDay(day, start.h, start.mi, start.s);
  let emitted = 0;
  let steps = 0;
  const step = (): ExpandEnd | undefined => {
    steps++;
    budget.steps++;
    if (budget.steps > budget.maxSteps) return 'budget';
    if (steps > budget.maxStepsPerEvent) return 'event-limit';
    return undefined;
  };
  /** Give one occurrence; false when the expansion should stop (COUNT reached or emit said so). */
  const give = (day: number): boolean => {
    emitted++;
    if (day >= fromDay && !emit(at(day))) return false;
    return emitted < count;
  };

  if (rule.freq === 'DAILY') {
    // DTSTART (ical.js gives it even when it does not match), then DTSTART + k*INTERVAL days on a
    // listed weekday in a listed month.
    const days = rule.byday ? new Set(rule.byday) : undefined;
    const matches = (day: number) => (!days || days.has(weekdayOf(day))) && (!months || months.has(monthOf(day)));
    if (D * 86_400 + sod > until || D > toDay) return 'done';
    if (!give(D)) return 'done';
    let k = 1;
    if (D < fromDay) {
      // Jump to the window, counting what COUNT used before it.
      const kT = Math.max(1, Math.ceil((fromDay - D) / n));
      if (count !== Infinity) {
        const K = kT - 1;
        if (months) {
          // Months make the count uneven: count the days one by one (bounded by the step limits).
          for (; k <= K; k++) {
            const stop = step();
            if (stop) return stop;
            if (matches(D + k * n) && !give(D + k * n)) return 'done';
          }
        } else {
          let matched: number;
          if (!days) matched = K;
          else if (n % 7 === 0) matched = days.has(weekdayOf(D)) ? K : 0;
          else {
            // Over any 7 consecutive k, D + k*n falls on every weekday once (7 is prime).
            matched = Math.floor(K / 7) * days.size;
            for (let j = Math.floor(K / 7) * 7 + 1; j <= K; j++) if (days.has(weekdayOf(D + j * n))) matched++;
          }
          emitted += matched;
          if (emitted >= count) return 'done';
        }
      }
      k = kT;
    }
    for (; ; k++) {
      const day = D + k * n;
      if (day > toDay || day * 86_400 + sod > until) return 'done';
      const stop = step();
      if (stop) return stop;
      if (matches(day) && !give(day)) return 'done';
    }
  }

  // WEEKLY: the listed weekdays (DTSTART's own without BYDAY) of the week starting WKST that
  // holds DTSTART, then of every INTERVAL-th week after it, from DTSTART on, in listed months.
  const offsets = [...new Set((rule.byday ?? [weekdayOf(D)]).map((w) => (w - rule.wkst + 7) % 7))].sort((a, b) => a - b);
  const W0 = D - ((weekdayOf(D) - rule.wkst + 7) % 7);
  const span = 7 * n;
  // ical.js starts on the first listed weekday of DTSTART's week when DTSTART is not after it,
  // and gives that day without holding it to BYMONTH.
  const unchecked = (weekdayOf(D) - rule.wkst + 7) % 7 <= offsets[0]! ? W0 + offsets[0]! : undefined;
  const matches = (day: number) => day === unchecked || !months || months.has(monthOf(day));
  let p = 0;
  const firstInWindow = Math.ceil((fromDay - W0 - 6) / span); // the first period whose week reaches fromDay
  if (firstInWindow > 0) {
    if (count !== Infinity) {
      if (months) {
        // Count the skipped weeks' days one by one (bounded by the step limits).
        for (; p < firstInWindow; p++) {
          for (const o of offsets) {
            const day = W0 + p * span + o;
            if (day < D) continue;
            if (day * 86_400 + sod > until) return 'done';
            const stop = step();
            if (stop) return stop;
            if (matches(day) && !give(day)) return 'done';
          }
        }
      } else {
        emitted = offsets.filter((o) => W0 + o >= D).length + (firstInWindow - 1) * offsets.length;
        if (emitted >= count) return 'done';
      }
    }
    p = firstInWindow;
  }
  for (; ; p++) {
    for (const o of offsets) {
      const day = W0 + p * span + o;
      if (day < D) continue;
      if (day > toDay || day * 86_400 + sod > until) return 'done';
      const stop = step();
      if (stop) return stop;
      if (matches(day) && !give(day)) return 'done';
    }
  }
}

function expandIcal(
  start: Fields,
  rule: Rule,
  untilAt: number | undefined,
  fromDay: number,
  toDay: number,
  budget: RepeatBudget,
  emit: (f: Fields) => boolean,
): ExpandEnd {
  try {
    const recur = ICAL.Recur.fromString(rule.raw);
    // Iterate on the event's own wall clock, floating: ical.js compares zoned times through its
    // own time zone tables, about eight times slower. UNTIL arrives already on that clock.
    if (untilAt !== undefined) {
      const u = fieldsOfDay(Math.floor(untilAt / 86_400), 0, 0, 0);
      const r = untilAt - Math.floor(untilAt / 86_400) * 86_400;
      recur.until = ICAL.Time.fromData({
        year: u.y,
        month: u.mo,
        day: u.d,
        hour: Math.floor(r / 3600),
        minute: Math.floor((r % 3600) / 60),
        second: r % 60,
        isDate: false,
      });
    } else recur.until = null;
    let from = start;
    // Start late: a whole number of periods on, which gives the same dates (RFC 5545 §3.3.10:
    // the rule's sets repeat every INTERVAL periods). COUNT counts from DTSTART, so not with it;
    // a 29 February start would move. The moved start may itself be an extra occurrence, but it
    // falls before the window.
    const target = fromDay - 8;
    const D = dayOf(start);
    if (rule.count === undefined && D < target && !(start.mo === 2 && start.d === 29)) {
      if (rule.freq === 'DAILY' || rule.freq === 'WEEKLY') {
        const period = rule.freq === 'DAILY' ? rule.interval : 7 * rule.interval;
        const k = Math.floor((target - D) / period);
        if (k > 0) from = fieldsOfDay(D + k * period, start.h, start.mi, start.s);
      } else {
        const stepYears = rule.freq === 'YEARLY' ? rule.interval : lcm(rule.interval, 12) / 12;
        const targetYear = new Date(target * DAY_MS).getUTCFullYear() - 1;
        const k = Math.floor((targetYear - start.y) / stepYears);
        if (k > 0) from = { ...start, y: start.y + k * stepYears };
      }
    }
    const it = recur.iterator(ICAL.Time.fromData({ year: from.y, month: from.mo, day: from.d, hour: from.h, minute: from.mi, second: from.s, isDate: false }));
    let steps = 0;
    for (;;) {
      if (budget.icalSteps >= budget.maxIcalSteps) return 'budget';
      if (steps >= budget.maxIcalStepsPerEvent) return 'event-limit';
      steps++;
      budget.icalSteps++;
      const t = it.next();
      if (!t || t.year > 9999) return 'done';
      const f: Fields = { y: t.year, mo: t.month, d: t.day, h: t.hour, mi: t.minute, s: t.second };
      const day = dayOf(f);
      if (day > toDay) return 'done';
      if (day < fromDay) continue;
      if (!emit(f)) return 'done';
    }
  } catch {
    return 'error';
  }
}

function lcm(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return (a / x) * b;
}
