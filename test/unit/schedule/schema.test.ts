import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMPTY_TIMETABLE, isRealDate, timetableProblems, timetableSchema } from '../../../src/schedule/schema';
import { NORMAL_DAY, P } from './timetables';

const withMonday = (monday: unknown[]) => ({ weeks: [{ days: { monday } }] });

describe('timetableSchema', () => {
  it('accepts an empty or absent timetable and fills in the defaults ("no timetable configured")', () => {
    expect(timetableProblems(undefined)).toEqual([]);
    expect(timetableProblems({})).toEqual([]);
    expect(EMPTY_TIMETABLE).toEqual({
      timeZone: 'Europe/London',
      weekCycle: 1,
      weeks: [],
      terms: [],
      closures: [],
      overrides: [],
      staffMayMarkFreePeriods: false,
      freePeriods: [],
    });
  });

  it('accepts a realistic day and defaults a period kind to lesson', () => {
    expect(timetableProblems(withMonday(NORMAL_DAY))).toEqual([]);
    const tt = timetableSchema.parse(withMonday([{ name: 'P1', start: '09:00', end: '10:00' }]));
    expect(tt.weeks[0]!.days.monday[0]!.kind).toBe('lesson');
    expect(tt.weeks[0]!.days.tuesday).toEqual([]);
  });

  it('rejects a period that ends before it starts, naming the path', () => {
    expect(timetableProblems(withMonday([P('Period 1', '09:00', '10:00'), P('Period 2', '10:00', '10:40'), P('Period 3', '10:40', '10:20')]))).toEqual([
      "weeks.0.days.monday.2: 'Period 3' (10:40-10:20) ends before it starts",
    ]);
  });

  it('rejects a period with no length', () => {
    expect(timetableProblems(withMonday([P('Period 1', '09:00', '09:00')]))).toEqual([
      "weeks.0.days.monday.0: 'Period 1' (09:00-09:00) has no length: it starts and ends at 09:00",
    ]);
  });

  it('rejects unsorted periods', () => {
    expect(timetableProblems(withMonday([P('Period 2', '10:00', '10:40'), P('Period 1', '09:00', '10:00')]))).toEqual([
      "weeks.0.days.monday.1: 'Period 1' (09:00-10:00) is out of order: it starts before 'Period 2' (10:00-10:40) listed above it; list periods in time order",
    ]);
  });

  it('rejects overlapping periods', () => {
    expect(timetableProblems(withMonday([P('Period 1', '09:00', '10:05'), P('Period 2', '10:00', '10:40')]))).toEqual([
      "weeks.0.days.monday.1: 'Period 2' (10:00-10:40) overlaps 'Period 1' (09:00-10:05): it starts before that period ends",
    ]);
    // Back to back is fine: [start, end) periods.
    expect(timetableProblems(withMonday([P('Period 1', '09:00', '10:00'), P('Period 2', '10:00', '10:40')]))).toEqual([]);
  });

  it('rejects impossible times and dates with a clear message', () => {
    expect(timetableProblems(withMonday([P('Period 1', '09:00', '25:00')]))).toEqual([
      'weeks.0.days.monday.0.end: must be a time of day as HH:MM on the 24-hour clock, from 00:00 to 23:59 (e.g. 08:45)',
    ]);
    expect(timetableProblems(withMonday([P('Period 1', '9:00', '10:00')]))[0]).toMatch(/^weeks\.0\.days\.monday\.0\.start: must be a time/);
    expect(timetableProblems({ closures: [{ date: '2026-02-30', kind: 'inset' }] })).toEqual(['closures.0.date: is not a real date']);
    expect(timetableProblems({ closures: [{ date: '30/01/2026' }] })).toEqual(['closures.0.date: must be a date as YYYY-MM-DD (e.g. 2026-09-03)']);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
  });

  it('rejects an unknown time zone', () => {
    expect(timetableProblems({ timeZone: 'Europe/Londres' })).toEqual(['timeZone: must be an IANA time zone name, e.g. "Europe/London"']);
    expect(timetableProblems({ timeZone: 'America/New_York' })).toEqual([]);
  });

  it('rejects terms and closures that end before they start, and overlapping terms', () => {
    expect(
      timetableProblems({
        terms: [
          { name: 'Autumn 1', start: '2025-09-03', end: '2025-10-24' },
          { name: 'Autumn 2', start: '2025-10-20', end: '2025-12-19' },
          { name: 'Spring 1', start: '2026-02-13', end: '2026-01-05' },
        ],
        closures: [{ date: '2026-02-20', endDate: '2026-02-16', name: 'Half term' }],
      }),
    ).toEqual([
      "terms.2: 'Spring 1' ends (2026-01-05) before it starts (2026-02-13)",
      "terms.1: 'Autumn 2' (2025-10-20 to 2025-12-19) overlaps 'Autumn 1' (2025-09-03 to 2025-10-24)",
      "closures.0: 'Half term' ends (2026-02-16) before it starts (2026-02-20)",
    ]);
  });

  it('checks the week cycle against the weeks given', () => {
    expect(timetableProblems({ weekCycle: 2, weekAStarts: '2026-09-07', weeks: [{ days: { monday: NORMAL_DAY } }] })).toEqual([
      'weeks: a two-week timetable (weekCycle 2) needs two weeks, A then B; found 1',
    ]);
    expect(timetableProblems({ weekCycle: 2, weeks: [{}, {}] })).toEqual(['weekAStarts: a two-week timetable (weekCycle 2) needs a date in a week A']);
    expect(timetableProblems({ weeks: [{}, {}] })).toEqual([
      'weeks: found 2 weeks, but weekCycle is 1: set weekCycle to 2 for a two-week timetable, or keep one week',
    ]);
    expect(timetableProblems({ weekCycle: 3 })).toEqual(['weekCycle: must be 1 or 2']);
  });

  it('checks one-off days: one per date, and their periods like any other', () => {
    expect(
      timetableProblems({
        overrides: [
          { date: '2025-12-19', periods: [P('Period 1', '09:00', '10:00')] },
          { date: '2025-12-19', periods: [P('Period 2', '11:00', '10:00')] },
        ],
      }),
    ).toEqual(
      ['2025-12-19 already has a one-off day (overrides.0); keep one per date', "overrides.1.periods.0: 'Period 2' (11:00-10:00) ends before it starts"].map(
        (m, i) => (i === 0 ? `overrides.1: ${m}` : m),
      ),
    );
  });

  it('never throws on garbage', () => {
    for (const junk of [5, 'x', [], { weeks: 'x' }, { weeks: [{ days: 5 }] }, { weeks: [{ days: { monday: [5] } }] }, { terms: [{}] }, { closures: [null] }]) {
      expect(() => timetableProblems(junk)).not.toThrow();
      expect(timetableProblems(junk).length).toBeGreaterThan(0);
    }
  });

  it("fits Chrome's managed-storage schema: simple types only, and a title and description on every field", () => {
    const json = z.toJSONSchema(timetableSchema, { io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
    const text = JSON.stringify(json);
    for (const banned of ['anyOf', 'oneOf', 'allOf', 'prefixItems', '"nullable"', '"null"', 'patternProperties']) expect(text).not.toContain(banned);
    const missing: string[] = [];
    const walk = (n: Record<string, unknown>, path: string) => {
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean'], path).toContain(n.type);
      if (path !== '$' && (!n.title || !n.description)) missing.push(path);
      for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(v, `${path}.${k}`);
      if (n.items) walk(n.items as Record<string, unknown>, `${path}[]`);
    };
    walk(json, '$');
    expect(missing).toEqual([]);
  });
});
