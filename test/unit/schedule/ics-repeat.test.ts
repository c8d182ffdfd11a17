import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { RepeatBudget, checkRule, dayOf, expandRule, secondsOf, type Fields } from '../../../src/schedule/ics-repeat';

const key = (f: Fields) => `${f.y}-${f.mo}-${f.d} ${f.h}:${f.mi}:${f.s}`;

/** ical.js's own reading of a rule on a floating DTSTART, within [from, to] (day numbers). */
function icalDates(rule: string, start: Fields, from: number, to: number): string[] {
  const it = ICAL.Recur.fromString(rule).iterator(
    ICAL.Time.fromData({ year: start.y, month: start.mo, day: start.d, hour: start.h, minute: start.mi, second: start.s, isDate: false }),
  );
  const out: string[] = [];
  for (let t = it.next(), n = 0; t && n < 5000; t = it.next(), n++) {
    const f = { y: t.year, mo: t.month, d: t.day, h: t.hour, mi: t.minute, s: t.second };
    if (dayOf(f) > to) break;
    if (dayOf(f) >= from) out.push(key(f));
  }
  return out;
}

function ourDates(rule: string, start: Fields, from: number, to: number): string[] {
  const c = checkRule(rule);
  if (!c.ok) throw new Error(c.reason);
  const u = c.rule.until;
  const untilAt = u ? (u.isDate ? dayOf(u) * 86_400 : secondsOf(u)) : undefined;
  const out: string[] = [];
  expandRule(start, c.rule, untilAt, from, to, new RepeatBudget(), (f) => {
    out.push(key(f));
    return true;
  });
  return out;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('daily and weekly repeats are expanded as ical.js expands them', () => {
  it('on random DAILY/WEEKLY rules (INTERVAL, COUNT, UNTIL, WKST, BYDAY, BYMONTH, BYHOUR), started before, inside and after the window', () => {
    const arb = fc.record({
      freq: fc.constantFrom('DAILY', 'WEEKLY'),
      interval: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
      count: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
      untilDays: fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
      untilIsDate: fc.boolean(),
      wkst: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
      byday: fc.option(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }), { nil: undefined }),
      months: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }), { nil: undefined }),
      sameHour: fc.boolean(),
      startDay: fc.integer({ min: 20_000, max: 21_000 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 40),
      windowFrom: fc.integer({ min: 19_900, max: 21_100 }),
      windowDays: fc.integer({ min: 0, max: 420 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const sd = new Date(a.startDay * 86_400_000);
        const start: Fields = { y: sd.getUTCFullYear(), mo: sd.getUTCMonth() + 1, d: sd.getUTCDate(), h: a.hour, mi: a.minute, s: 0 };
        const parts = [`FREQ=${a.freq}`];
        if (a.interval) parts.push(`INTERVAL=${a.interval}`);
        if (a.count) parts.push(`COUNT=${a.count}`);
        else if (a.untilDays !== undefined) {
          const u = new Date((a.startDay + a.untilDays) * 86_400_000);
          const date = `${u.getUTCFullYear()}${pad(u.getUTCMonth() + 1)}${pad(u.getUTCDate())}`;
          parts.push(`UNTIL=${a.untilIsDate ? date : `${date}T${pad(a.hour)}${pad(a.minute)}00`}`);
        }
        if (a.wkst) parts.push(`WKST=${a.wkst}`);
        if (a.byday) parts.push(`BYDAY=${a.byday.join(',')}`);
        if (a.months) parts.push(`BYMONTH=${a.months.join(',')}`);
        if (a.sameHour) parts.push(`BYHOUR=${a.hour}`);
        const rule = parts.join(';');
        // ical.js never returns from a step whose candidates can never match (every 7th day is
        // the same weekday): the reason those rules are expanded by day arithmetic instead.
        const dow = (a.startDay + 3) % 7;
        fc.pre(!(a.freq === 'DAILY' && a.byday && (a.interval ?? 1) % 7 === 0 && !a.byday.includes(DAYS[dow]!)));
        const to = a.windowFrom + a.windowDays;
        expect(ourDates(rule, start, a.windowFrom, to), rule).toEqual(icalDates(rule, start, a.windowFrom, to));
      }),
      { numRuns: 400 },
    );
  });
});

describe('monthly and yearly repeats start late and give the same dates', () => {
  it('on random MONTHLY/YEARLY rules the import accepts, from a start up to 30 years before the window', () => {
    const arb = fc.record({
      freq: fc.constantFrom('MONTHLY', 'YEARLY'),
      interval: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      count: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
      months: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      by: fc.constantFrom('none', 'monthday', 'day'),
      monthdays: fc.uniqueArray(fc.constantFrom(1, 2, 15, 28, 29, 30, 31, -1, -2), { minLength: 1, maxLength: 3 }),
      days: fc.uniqueArray(fc.tuple(fc.constantFrom('', '1', '2', '-1', '4'), fc.constantFrom(...DAYS)), { minLength: 1, maxLength: 3, selector: (t) => t[1] }),
      startDay: fc.integer({ min: 9_000, max: 21_000 }),
      windowFrom: fc.integer({ min: 20_000, max: 21_000 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const sd = new Date(a.startDay * 86_400_000);
        const start: Fields = { y: sd.getUTCFullYear(), mo: sd.getUTCMonth() + 1, d: sd.getUTCDate(), h: 9, mi: 0, s: 0 };
        const parts = [`FREQ=${a.freq}`];
        if (a.interval) parts.push(`INTERVAL=${a.interval}`);
        if (a.count) parts.push(`COUNT=${a.count}`);
        if (a.months) parts.push(`BYMONTH=${a.months.join(',')}`);
        if (a.by === 'monthday') parts.push(`BYMONTHDAY=${a.monthdays.join(',')}`);
        if (a.by === 'day') parts.push(`BYDAY=${a.days.map(([n, d]) => n + d).join(',')}`);
        const rule = parts.join(';');
        const c = checkRule(rule);
        fc.pre(c.ok);
        const to = a.windowFrom + 400;
        const out: string[] = [];
        const end = expandRule(
          start,
          (c as { rule: Parameters<typeof expandRule>[1] }).rule,
          undefined,
          a.windowFrom,
          to,
          new RepeatBudget(1e9, 1e9, 1e9, 1e9),
          (f) => {
            out.push(key(f));
            return true;
          },
        );
        expect(end).toBe('done');
        expect(out, rule).toEqual(icalDates(rule, start, a.windowFrom, to));
      }),
      { numRuns: 150 },
    );
  });
});
