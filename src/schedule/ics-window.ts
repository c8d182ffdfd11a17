/**
 * Step 2 of the .ics import: which dates to read.
 *
 * A calendar file often holds more than this year's timetable: last year's lessons, a one-off
 * event from years ago, a repeat with no end, a birthday in 2099. Reading from the earliest event
 * lets one stray event from 2000 push the whole timetable out of the window. Instead, the
 * window is placed where the bulk of the events are:
 *  - each event counts where it happens: a one-off event once in its week, a repeat as often as
 *    it repeats each week, from its start to its end (a repeat with no end runs to a year after
 *    today or the calendar's last event);
 *  - weeks with events, separated by fewer than GAP_WEEKS empty weeks (half terms and the
 *    Christmas and Easter holidays), form a run; a summer holiday separates school years;
 *  - runs with under a tenth of the biggest run's events are outliers; of the others, the run
 *    around today is read, else the one nearest today;
 *  - a run longer than the window gives the WINDOW_WEEKS with the most events; among equals, the
 *    nearest today and of those the latest (a repeat with no end is read on from today);
 *  - the window is read from the first event there, for WINDOW_DAYS (as the import always read
 *    from its first event), so events soon after the run are still read.
 * The window never reaches further than REACH_DAYS from today.
 */
export interface Span {
  /** The first day (days since 1970-01-01) the event can happen on. */
  first: number;
  /** The last such day; Infinity for a repeat with no end. */
  last: number;
  /** How many times a week it happens while it runs (a one-off event: 1). */
  perWeek: number;
}

export interface ReadingWindow {
  /** First day read: the first event's day in the run chosen (or the `from` option). */
  from: number;
  /** Last day read: WINDOW_DAYS on. */
  to: number;
}

/** Days read after the first: a school year with room either side. */
export const WINDOW_DAYS = 400;
/** The weeks compared when a run is longer than the window. */
export const WINDOW_WEEKS = Math.ceil(WINDOW_DAYS / 7);
/** Empty weeks that end a run: longer than any holiday in term time, shorter than a summer's. */
export const GAP_WEEKS = 5;
/** No event further than this from today is read (about 50 years). */
export const REACH_DAYS = 18_262;
const OUTLIER_SHARE = 0.1;

/** Weeks of Monday to Sunday, numbered from Monday 5 January 1970 (day 4). */
const weekOf = (day: number) => Math.floor((day - 4) / 7);
const mondayOf = (week: number) => week * 7 + 4;

/** The days to read, or undefined when no event is within reach. */
export function chooseWindow(spans: readonly Span[], today: number, from?: number): ReadingWindow | undefined {
  const lo = Math.max(today - REACH_DAYS, from ?? -Infinity);
  const hi = today + REACH_DAYS;
  let latest = today;
  for (const s of spans) {
    if (s.first <= hi) latest = Math.max(latest, s.first);
    if (Number.isFinite(s.last) && s.last <= hi) latest = Math.max(latest, s.last);
  }
  const horizon = Math.min(hi, latest + WINDOW_WEEKS * 7);

  const used: { a: number; b: number; w: number; first: number }[] = [];
  let wMin = Infinity;
  let wMax = -Infinity;
  for (const s of spans) {
    const a = weekOf(Math.max(s.first, lo));
    const b = weekOf(Math.min(s.last, horizon));
    if (s.first > hi || Math.min(s.last, horizon) < lo || a > b) continue;
    used.push({ a, b, w: s.first === s.last ? 1 : s.perWeek, first: Math.max(s.first, lo) });
    wMin = Math.min(wMin, a);
    wMax = Math.max(wMax, b);
  }
  if (used.length === 0) return undefined;

  // Events per week, by a difference array: linear in events and weeks.
  const size = wMax - wMin + 1;
  const diff = new Float64Array(size + 1);
  for (const u of used) {
    diff[u.a - wMin]! += u.w;
    diff[u.b - wMin + 1]! -= u.w;
  }
  const perWeek = new Float64Array(size);
  let acc = 0;
  for (let i = 0; i < size; i++) {
    acc += diff[i]!;
    perWeek[i] = acc > 1e-9 ? acc : 0;
  }

  // Runs of weeks with events.
  const runs: { s: number; e: number; total: number }[] = [];
  let cur: { s: number; e: number; total: number } | undefined;
  for (let i = 0; i < size; i++) {
    const w = perWeek[i]!;
    if (w === 0) {
      if (cur && i - cur.e >= GAP_WEEKS) {
        runs.push(cur);
        cur = undefined;
      }
      continue;
    }
    if (!cur) cur = { s: i, e: i, total: 0 };
    cur.e = i;
    cur.total += w;
  }
  if (cur) runs.push(cur);

  const tw = weekOf(today) - wMin;
  const biggest = Math.max(...runs.map((r) => r.total));
  const distance = (r: { s: number; e: number }) => (tw < r.s ? r.s - tw : tw > r.e ? tw - r.e : 0);
  let run = runs[0]!;
  for (const r of runs) {
    if (r.total < OUTLIER_SHARE * biggest) continue;
    if (run.total < OUTLIER_SHARE * biggest || distance(r) < distance(run) || (distance(r) === distance(run) && r.s > run.s)) run = r;
  }

  let s = run.s;
  if (run.e - s + 1 > WINDOW_WEEKS) {
    // The WINDOW_WEEKS with the most events; among equals, the one nearest today (holding it if
    // one does), and of those the latest, so that it reads on from there.
    const prefix = new Float64Array(size + 1);
    for (let i = 0; i < size; i++) prefix[i + 1] = prefix[i]! + perWeek[i]!;
    const sum = (i: number) => prefix[i + WINDOW_WEEKS]! - prefix[i]!;
    let best = -Infinity;
    for (let i = run.s; i + WINDOW_WEEKS - 1 <= run.e; i++) best = Math.max(best, sum(i));
    let pick = run.s;
    let pickDistance = Infinity;
    for (let i = run.s; i + WINDOW_WEEKS - 1 <= run.e; i++) {
      if (sum(i) < best - 1e-9 * Math.max(1, best)) continue;
      const d = tw < i ? i - tw : tw > i + WINDOW_WEEKS - 1 ? tw - (i + WINDOW_WEEKS - 1) : 0;
      if (d <= pickDistance) {
        pick = i;
        pickDistance = d;
      }
    }
    s = pick;
  }
  // From the first event in the weeks chosen.
  let first = Infinity;
  for (const u of used) if (u.b - wMin >= s && u.a - wMin <= run.e) first = Math.min(first, Math.max(u.first, mondayOf(s + wMin)));
  return { from: first, to: first + WINDOW_DAYS };
}
