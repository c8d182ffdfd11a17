/**
 * Wall clock <-> instant in an IANA time zone, using only Intl.DateTimeFormat (Node 20 and
 * Chrome have no Temporal yet, and the whole job is small enough not to need a library).
 *
 * Dates are "YYYY-MM-DD" strings and times are minutes since local midnight, so nothing here
 * depends on the machine's own time zone: every Date is read with getUTC* or through Intl.
 *
 * Clock changes (e.g. Europe/London: 2026-03-29 01:00 GMT -> 02:00 BST, and 2026-10-25 02:00 BST
 * -> 01:00 GMT) make some wall times nonexistent and some repeated. The choice, made so that a
 * later wall time never maps to an earlier instant (segments of a day stay in order and never
 * overlap):
 *  - a nonexistent wall time (01:30 on 29 March in London) maps to the instant the clocks jump
 *    (01:00 UTC, shown as 02:00 BST): the first real instant after it;
 *  - a repeated wall time (01:30 on 25 October in London) maps to its FIRST occurrence (BST).
 */

export const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface WallClock {
  /** "YYYY-MM-DD" in the zone. */
  date: string;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
  /** Seconds within the minute. */
  seconds: number;
}

interface Fields {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function fields(instant: number, tz: string): Fields {
  const out: Fields = { y: 0, mo: 0, d: 0, h: 0, mi: 0, s: 0 };
  let bc = false;
  for (const part of formatter(tz).formatToParts(instant)) {
    switch (part.type) {
      case 'year':
        out.y = Number(part.value);
        break;
      case 'month':
        out.mo = Number(part.value);
        break;
      case 'day':
        out.d = Number(part.value);
        break;
      case 'hour':
        out.h = Number(part.value) % 24;
        break;
      case 'minute':
        out.mi = Number(part.value);
        break;
      case 'second':
        out.s = Number(part.value);
        break;
      case 'era':
        bc = /^B/i.test(part.value);
        break;
    }
  }
  if (bc) out.y = 1 - out.y;
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "YYYY-MM-DD" of a UTC-based day number (days since 1970-01-01). */
export function dateFromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

export function addDays(date: string, n: number): string {
  return dateFromDayNumber(dayNumber(date) + n);
}

/** 0 = Monday .. 6 = Sunday (ISO order). */
export function isoWeekdayIndex(date: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** The Monday of the week (Monday to Sunday) containing `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -isoWeekdayIndex(date));
}

/** The zone's UTC offset at an instant, in milliseconds (whole seconds). */
export function offsetAt(instant: number, tz: string): number {
  const t = Math.floor(instant / 1000) * 1000;
  const f = fields(t, tz);
  return Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) - t;
}

/** The wall clock in `tz` at an instant. */
export function wallClock(instant: number, tz: string): WallClock {
  const f = fields(instant, tz);
  return { date: `${pad(f.y, 4)}-${pad(f.mo)}-${pad(f.d)}`, minutes: f.h * 60 + f.mi, seconds: f.s };
}

/** The local date ("YYYY-MM-DD") in `tz` at an instant. */
export function localDate(instant: number, tz: string): string {
  return wallClock(instant, tz).date;
}

/** "HH:MM" of minutes since midnight (1440 gives "24:00"). */
export function formatMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "HH:MM" on the wall clock in `tz` at an instant. */
export function formatTime(instant: number, tz: string): string {
  return formatMinutes(wallClock(instant, tz).minutes);
}

/**
 * The instant at which the wall clock in `tz` shows `date` at `minutes` past midnight
 * (`minutes` may be 1440 or more: it rolls into the following days). Nonexistent times map to
 * the instant the clocks jump; repeated times to their first occurrence (see the file comment).
 */
export function wallToInstant(date: string, minutes: number, tz: string): number {
  const naive = dayNumber(date) * DAY_MS + minutes * MINUTE; // the wall time read as if UTC
  // Offsets a day either side: a zone changes its offset at most once in two days.
  const offBefore = offsetAt(naive - DAY_MS, tz);
  const offAfter = offsetAt(naive + DAY_MS, tz);
  const candidates = new Set<number>([naive - offBefore, naive - offAfter]);
  let best: number | undefined;
  for (const t of candidates) {
    if (t + offsetAt(t, tz) === naive && (best === undefined || t < best)) best = t;
  }
  if (best !== undefined) return best;
  // Nonexistent (a gap): find the transition between the two candidates, to the second.
  let lo = Math.min(naive - offBefore, naive - offAfter); // still the old offset here
  let hi = Math.max(naive - offBefore, naive - offAfter); // the new offset by here
  const oldOff = offsetAt(lo, tz);
  lo = Math.floor(lo / 1000);
  hi = Math.ceil(hi / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * 1000, tz) === oldOff) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}
