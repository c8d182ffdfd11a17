import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatTime, isoWeekdayIndex, localDate, mondayOf, offsetAt, wallClock, wallToInstant } from '../../../src/schedule/time';

const iso = (t: number) => new Date(t).toISOString();
const m = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('date arithmetic', () => {
  it('knows weekdays and Mondays without the machine time zone', () => {
    expect(isoWeekdayIndex('2026-03-29')).toBe(6); // last Sunday of March 2026
    expect(isoWeekdayIndex('2026-10-25')).toBe(6); // last Sunday of October 2026
    expect(isoWeekdayIndex('2026-09-07')).toBe(0);
    expect(mondayOf('2026-09-13')).toBe('2026-09-07');
    expect(mondayOf('2026-09-07')).toBe('2026-09-07');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('1969-12-31', 1)).toBe('1970-01-01');
  });
});

describe('Europe/London across the clock changes', () => {
  const tz = 'Europe/London';

  it('March: 01:00 GMT jumps to 02:00 BST on Sunday 29 March 2026', () => {
    expect(iso(wallToInstant('2026-03-29', m('00:59'), tz))).toBe('2026-03-29T00:59:00.000Z');
    // 01:00 to 01:59 do not exist: they map to the instant the clocks jump (shown as 02:00 BST).
    expect(iso(wallToInstant('2026-03-29', m('01:00'), tz))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(wallToInstant('2026-03-29', m('01:30'), tz))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(wallToInstant('2026-03-29', m('02:00'), tz))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(wallToInstant('2026-03-29', m('02:30'), tz))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(wallToInstant('2026-03-30', m('09:00'), tz))).toBe('2026-03-30T08:00:00.000Z');
    expect(iso(wallToInstant('2026-03-27', m('09:00'), tz))).toBe('2026-03-27T09:00:00.000Z');
    // The day is 23 hours long.
    expect(wallToInstant('2026-03-30', 0, tz) - wallToInstant('2026-03-29', 0, tz)).toBe(23 * 3600_000);
  });

  it('October: 02:00 BST goes back to 01:00 GMT on Sunday 25 October 2026', () => {
    // 01:00 to 01:59 happen twice: the first (BST) is chosen.
    expect(iso(wallToInstant('2026-10-25', m('01:30'), tz))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(wallToInstant('2026-10-25', m('00:59'), tz))).toBe('2026-10-24T23:59:00.000Z');
    expect(iso(wallToInstant('2026-10-25', m('02:00'), tz))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(wallToInstant('2026-10-26', m('09:00'), tz))).toBe('2026-10-26T09:00:00.000Z');
    expect(iso(wallToInstant('2026-10-23', m('09:00'), tz))).toBe('2026-10-23T08:00:00.000Z');
    expect(wallToInstant('2026-10-26', 0, tz) - wallToInstant('2026-10-25', 0, tz)).toBe(25 * 3600_000);
    // Both passes through 01:30 read 01:30 on the clock.
    expect(formatTime(Date.parse('2026-10-25T00:30:00Z'), tz)).toBe('01:30');
    expect(formatTime(Date.parse('2026-10-25T01:30:00Z'), tz)).toBe('01:30');
  });

  it('reads offsets and wall clocks', () => {
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), tz)).toBe(0);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), tz)).toBe(3600_000);
    expect(wallClock(Date.parse('2026-07-15T23:30:00Z'), tz)).toEqual({ date: '2026-07-16', minutes: 30, seconds: 0 });
    expect(localDate(Date.parse('2026-01-15T23:30:00Z'), tz)).toBe('2026-01-15');
  });
});

describe('other zones', () => {
  it('America/New_York (second Sunday of March, first of November)', () => {
    const tz = 'America/New_York';
    expect(iso(wallToInstant('2026-03-08', m('02:30'), tz))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(wallToInstant('2026-03-08', m('03:00'), tz))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(wallToInstant('2026-11-01', m('01:30'), tz))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(wallToInstant('2026-06-01', m('09:00'), tz))).toBe('2026-06-01T13:00:00.000Z');
  });

  it('half-hour and southern-hemisphere zones', () => {
    expect(iso(wallToInstant('2026-06-01', m('09:00'), 'Asia/Kolkata'))).toBe('2026-06-01T03:30:00.000Z');
    // Sydney: clocks go back at 03:00 AEDT on 5 April 2026, forward at 02:00 AEST on 4 October 2026.
    expect(iso(wallToInstant('2026-04-05', m('02:30'), 'Australia/Sydney'))).toBe('2026-04-04T15:30:00.000Z');
    expect(iso(wallToInstant('2026-10-04', m('02:30'), 'Australia/Sydney'))).toBe('2026-10-03T16:00:00.000Z');
  });
});

describe('properties', () => {
  const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham'];
  const date = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('1990-01-01', n));

  it('a later wall time never maps to an earlier instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), date, fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 1440 }), (tz, d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(wallToInstant(d, lo, tz)).toBeLessThanOrEqual(wallToInstant(d, hi, tz));
      }),
      { numRuns: 150 },
    );
  });

  it('a wall time that exists comes back unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 60 * 365 * 24 * 60 }), (tz, minute) => {
        const t = Date.UTC(1990, 0, 1) + minute * 60_000;
        const w = wallClock(t, tz);
        const back = wallToInstant(w.date, w.minutes, tz);
        // The same instant, or (in a repeated hour) the first pass through that wall time.
        expect(wallClock(back, tz)).toEqual(w);
        expect(back).toBeLessThanOrEqual(t);
        expect(t - back).toBeLessThanOrEqual(3 * 3600_000);
      }),
      { numRuns: 150 },
    );
  });
});
