import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_TIMETABLE, dayPlan, describeStatus, nextChange, statusAt, weekOf, type Status } from '../../../src/schedule/index';
import { LONDON, NORMAL_DAY, P, TWO_WEEK, at, build } from './timetables';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
const brief = (s: Status) => ({ kind: s.kind, period: s.period?.name, until: iso(s.until), lesson: s.isLessonTime, reason: s.reason });

describe('statusAt at exact boundaries (periods are [start, end))', () => {
  it('a period ending 10:40 is over at 10:40:00', () => {
    // Tuesday 3 March 2026, GMT.
    expect(brief(statusAt(LONDON, at('2026-03-03T10:39:59.999Z')))).toEqual({
      kind: 'lesson',
      period: 'Period 2',
      until: '2026-03-03T10:40:00.000Z',
      lesson: true,
      reason: undefined,
    });
    expect(brief(statusAt(LONDON, at('2026-03-03T10:40:00.000Z')))).toEqual({
      kind: 'break',
      period: 'Break',
      until: '2026-03-03T11:00:00.000Z',
      lesson: false,
      reason: undefined,
    });
    expect(statusAt(LONDON, at('2026-03-03T11:00:00.000Z')).period?.name).toBe('Period 3');
  });

  it('back-to-back lessons change at the bell', () => {
    const s = statusAt(LONDON, at('2026-03-03T09:59:59Z'));
    expect(s.period?.name).toBe('Period 1');
    expect(iso(s.until)).toBe('2026-03-03T10:00:00.000Z');
    expect(statusAt(LONDON, at('2026-03-03T10:00:00Z')).period?.name).toBe('Period 2');
  });

  it('before school, between periods and after school', () => {
    expect(brief(statusAt(LONDON, at('2026-03-03T07:00:00Z')))).toMatchObject({ kind: 'before-school', until: '2026-03-03T08:40:00.000Z', lesson: false });
    expect(brief(statusAt(LONDON, at('2026-03-03T00:00:00Z')))).toMatchObject({ kind: 'before-school' });
    expect(brief(statusAt(LONDON, at('2026-03-03T15:10:00Z')))).toMatchObject({ kind: 'after-school', until: '2026-03-04T00:00:00.000Z' });
    expect(brief(statusAt(LONDON, at('2026-03-03T08:45:00Z')))).toMatchObject({ kind: 'registration', period: 'Registration', lesson: false });
    expect(brief(statusAt(LONDON, at('2026-03-03T12:45:00Z')))).toMatchObject({ kind: 'lunch', until: '2026-03-03T13:30:00.000Z' });
    const gap = build({ weeks: [{ days: { monday: [P('Period 1', '09:00', '10:00'), P('Period 2', '10:05', '11:00')] } }] });
    expect(brief(statusAt(gap, at('2026-03-02T10:02:00Z')))).toMatchObject({
      kind: 'break',
      period: undefined,
      reason: 'Between periods',
      until: '2026-03-02T10:05:00.000Z',
    });
  });

  it('accepts a Date as well as epoch milliseconds', () => {
    expect(statusAt(LONDON, new Date('2026-03-03T09:30:00Z'))).toEqual(statusAt(LONDON, at('2026-03-03T09:30:00Z')));
  });
});

describe('days without lessons', () => {
  it('weekend, until Monday midnight', () => {
    expect(brief(statusAt(LONDON, at('2026-03-07T12:00:00Z')))).toEqual({
      kind: 'no-school',
      period: undefined,
      until: '2026-03-09T00:00:00.000Z',
      lesson: false,
      reason: 'Weekend',
    });
  });

  it('INSET day on the first day of term', () => {
    const s = statusAt(LONDON, at('2026-01-05T10:00:00Z'));
    expect(brief(s)).toMatchObject({ kind: 'no-school', reason: 'INSET day', until: '2026-01-06T00:00:00.000Z', lesson: false });
    expect(describeStatus(s, LONDON.timeZone)).toBe('No lessons today (INSET day).');
    expect(statusAt(LONDON, at('2026-01-06T10:00:00Z')).isLessonTime).toBe(true);
  });

  it('a named half-term closure, a bank holiday, and a holiday between terms', () => {
    expect(statusAt(LONDON, at('2026-02-17T10:00:00Z')).reason).toBe('Half term');
    // Half term runs Saturday to Sunday as "Weekend" around the closure, then lessons.
    expect(iso(statusAt(LONDON, at('2026-02-17T10:00:00Z')).until)).toBe('2026-02-21T00:00:00.000Z');
    expect(statusAt(LONDON, at('2026-05-04T10:00:00+01:00')).reason).toBe('Early May bank holiday');
    const easter = statusAt(LONDON, at('2026-04-08T10:00:00+01:00'));
    expect(easter).toMatchObject({ kind: 'no-school', reason: 'School holiday', isLessonTime: false });
    // The holiday runs through its weekends to the first day of Summer 1.
    expect(iso(easter.until)).toBe('2026-04-19T23:00:00.000Z');
  });

  it('the summer holiday looks ahead to September', () => {
    const s = statusAt(LONDON, at('2026-08-10T12:00:00+01:00'));
    expect(s.reason).toBe('School holiday');
    expect(iso(s.until)).toBe('2026-09-01T23:00:00.000Z'); // 2 September, 00:00 BST
    const c = nextChange(LONDON, at('2026-08-10T12:00:00+01:00'));
    expect(c && iso(c.at)).toBe('2026-09-01T23:00:00.000Z');
    expect(c?.status).toMatchObject({ kind: 'before-school', date: '2026-09-02', until: at('2026-09-02T08:40:00+01:00') });
  });

  it('after the last term there is no change to look for', () => {
    const s = statusAt(LONDON, at('2027-03-01T12:00:00Z'));
    expect(s).toMatchObject({ kind: 'no-school', reason: 'School holiday', isLessonTime: false });
    expect(s.until).toBeUndefined();
    expect(nextChange(LONDON, at('2027-03-01T12:00:00Z'))).toBeNull();
  });

  it('a weekday with no periods', () => {
    const tt = build({ weeks: [{ days: { monday: NORMAL_DAY, tuesday: [], wednesday: NORMAL_DAY } }] });
    const plan = dayPlan(tt, '2026-03-03');
    expect(plan).toMatchObject({ school: false, cause: 'no-periods', reason: 'No timetabled periods' });
    expect(plan.segments).toHaveLength(1);
    expect(statusAt(tt, at('2026-03-03T10:00:00Z'))).toMatchObject({ kind: 'no-school', reason: 'No timetabled periods', until: at('2026-03-04T00:00:00Z') });
  });

  it('a one-off early finish replaces the day', () => {
    const plan = dayPlan(LONDON, '2025-12-19');
    expect(plan.override).toBe('Early finish');
    expect(plan.segments.map((s) => `${s.kind} ${s.start}-${s.end}`)).toEqual([
      'before-school 00:00-08:40',
      'registration 08:40-09:00',
      'lesson 09:00-10:00',
      'lesson 10:00-10:40',
      'break 10:40-11:00',
      'lesson 11:00-12:30',
      'after-school 12:30-24:00',
    ]);
    expect(statusAt(LONDON, at('2025-12-19T12:30:00Z')).kind).toBe('after-school');
    expect(statusAt(LONDON, at('2025-12-18T12:30:00Z')).kind).toBe('lesson');
  });

  it('an empty or absent timetable is "unconfigured", never lesson time', () => {
    for (const tt of [EMPTY_TIMETABLE, undefined, null, build({ weeks: [{}] })]) {
      const s = statusAt(tt, at('2026-03-03T10:00:00Z'));
      expect(s).toEqual({ kind: 'unconfigured', isLessonTime: false, reason: 'No timetable set up' });
      expect(nextChange(tt, at('2026-03-03T10:00:00Z'))).toBeNull();
    }
    expect(describeStatus(statusAt(undefined, 0), 'Europe/London')).toBe('No timetable set up.');
  });
});

describe('two-week timetables', () => {
  it('alternates A and B from the anchor, Monday to Sunday, both ways in time', () => {
    expect(weekOf(TWO_WEEK, '2026-09-07')).toBe('A');
    expect(weekOf(TWO_WEEK, '2026-09-13')).toBe('A');
    expect(weekOf(TWO_WEEK, '2026-09-14')).toBe('B');
    expect(weekOf(TWO_WEEK, '2026-09-21')).toBe('A');
    expect(weekOf(TWO_WEEK, '2026-08-31')).toBe('B');
    expect(weekOf(TWO_WEEK, '2026-08-24')).toBe('A');
    expect(weekOf(LONDON, '2026-09-14')).toBe('A');
  });

  it("uses week B's periods in week B", () => {
    expect(statusAt(TWO_WEEK, at('2026-09-08T09:30:00+01:00'))).toMatchObject({ period: { name: 'Period 1' }, week: 'A' });
    expect(statusAt(TWO_WEEK, at('2026-09-15T09:30:00+01:00'))).toMatchObject({ period: { name: 'Period 1 (B)' }, week: 'B' });
    // Friday of week B has no periods; Friday of week A does.
    expect(statusAt(TWO_WEEK, at('2026-09-18T09:30:00+01:00'))).toMatchObject({ kind: 'no-school', reason: 'No timetabled periods' });
    expect(statusAt(TWO_WEEK, at('2026-09-11T09:30:00+01:00'))).toMatchObject({ kind: 'lesson' });
  });

  it('a term may restart the cycle with its own first week', () => {
    const tt = build({
      weekCycle: 2,
      weekAStarts: '2026-09-07',
      weeks: TWO_WEEK.weeks,
      terms: [
        { name: 'Autumn 1', start: '2026-09-02', end: '2026-10-23', firstWeek: 'B' },
        { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18', firstWeek: 'A' },
      ],
    });
    expect(weekOf(tt, '2026-09-02')).toBe('B');
    expect(weekOf(tt, '2026-09-07')).toBe('A');
    expect(weekOf(tt, '2026-10-19')).toBe('A'); // 7th week of Autumn 1
    expect(weekOf(tt, '2026-11-02')).toBe('A'); // restarts after half term
    expect(weekOf(tt, '2026-11-09')).toBe('B');
  });
});

describe('clock changes (last Sunday of March and of October)', () => {
  it('the Monday after the March change runs on BST', () => {
    expect(statusAt(LONDON, at('2026-03-30T08:30:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Period 1' }, until: at('2026-03-30T09:00:00Z') });
    expect(statusAt(LONDON, at('2026-03-27T08:45:00Z'))).toMatchObject({ kind: 'registration' }); // Friday before: GMT
    // The weekend straddling the change: 48 wall hours, 47 real ones.
    const s = statusAt(LONDON, at('2026-03-28T00:00:00Z'));
    expect(s).toMatchObject({ kind: 'no-school', reason: 'Weekend', until: at('2026-03-29T23:00:00Z') });
  });

  it('the Monday after the October change runs on GMT', () => {
    const tt = build({ weeks: [{ days: { monday: NORMAL_DAY, friday: NORMAL_DAY } }] });
    expect(statusAt(tt, at('2026-10-23T13:30:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Period 5' }, until: at('2026-10-23T14:10:00Z') }); // 15:10 BST
    expect(statusAt(tt, at('2026-10-24T09:00:00Z'))).toMatchObject({ kind: 'no-school', until: at('2026-10-26T00:00:00Z') });
    expect(statusAt(tt, at('2026-10-26T09:00:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Period 1' }, until: at('2026-10-26T10:00:00Z') });
  });

  it("a boarding school's Sunday periods on both clock-change days", () => {
    const sunday = [P('Chapel', '00:30', '01:30', 'registration'), P('Prep', '01:30', '02:30'), P('Period 1', '09:00', '10:00')];
    const tt = build({ weeks: [{ days: { sunday } }] });
    const march = dayPlan(tt, '2026-03-29');
    expect(march.endAt - march.startAt).toBe(23 * 3600_000);
    // 01:00-02:00 does not exist: Chapel ends when the clocks jump, Prep runs 02:00-02:30 BST.
    expect(march.segments.map((s) => [s.kind, s.start, s.end, iso(s.startAt), iso(s.endAt)])).toEqual([
      ['before-school', '00:00', '00:30', '2026-03-29T00:00:00.000Z', '2026-03-29T00:30:00.000Z'],
      ['registration', '00:30', '01:30', '2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z'],
      ['lesson', '01:30', '02:30', '2026-03-29T01:00:00.000Z', '2026-03-29T01:30:00.000Z'],
      ['break', '02:30', '09:00', '2026-03-29T01:30:00.000Z', '2026-03-29T08:00:00.000Z'],
      ['lesson', '09:00', '10:00', '2026-03-29T08:00:00.000Z', '2026-03-29T09:00:00.000Z'],
      ['after-school', '10:00', '24:00', '2026-03-29T09:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ]);
    const october = dayPlan(tt, '2026-10-25');
    expect(october.endAt - october.startAt).toBe(25 * 3600_000);
    // 01:00-02:00 happens twice: Prep runs from the first 01:30 (BST) to 02:30 GMT, two real hours.
    expect(october.segments.slice(1, 3).map((s) => [s.kind, iso(s.startAt), iso(s.endAt)])).toEqual([
      ['registration', '2026-10-24T23:30:00.000Z', '2026-10-25T00:30:00.000Z'],
      ['lesson', '2026-10-25T00:30:00.000Z', '2026-10-25T02:30:00.000Z'],
    ]);
    // Segments always tile the day with no gap or overlap.
    for (const plan of [march, october]) {
      plan.segments.forEach((s, i) => {
        expect(s.startAt).toBe(i === 0 ? plan.startAt : plan.segments[i - 1]!.endAt);
      });
      expect(plan.segments.at(-1)!.endAt).toBe(plan.endAt);
    }
    expect(statusAt(tt, at('2026-10-25T01:45:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Prep' } });
  });
});

describe('time zone independence', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it("gives the same answers whatever the machine's time zone", () => {
    const instants = [
      '2026-03-03T10:39:59Z',
      '2026-03-03T10:40:00Z',
      '2026-03-29T00:30:00Z',
      '2026-03-30T08:30:00Z',
      '2026-10-23T23:30:00Z',
      '2026-01-05T09:00:00Z',
    ].map(at);
    const answers = (zone: string) => {
      process.env.TZ = zone;
      return instants.map((t) => [statusAt(LONDON, t), nextChange(LONDON, t), dayPlan(LONDON, '2026-03-29')]);
    };
    const utc = answers('UTC');
    expect(new Date(0).getTimezoneOffset()).toBe(0);
    expect(answers('America/New_York')).toEqual(utc);
    expect(new Date(0).getTimezoneOffset()).toBe(300); // the change of zone did take effect
    expect(answers('Pacific/Chatham')).toEqual(utc);
  });

  it('works for a school in another zone', () => {
    const ny = build({ timeZone: 'America/New_York', weeks: [{ days: { monday: NORMAL_DAY, tuesday: NORMAL_DAY } }] });
    // 9:30 in New York on Monday 9 March 2026 (EDT since 8 March) is 13:30 UTC.
    expect(statusAt(ny, at('2026-03-09T13:30:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Period 1' }, until: at('2026-03-09T14:00:00Z') });
    // The same instant in London is after school.
    expect(statusAt(LONDON, at('2026-03-09T13:30:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Period 5' } });
    expect(describeStatus(statusAt(ny, at('2026-03-09T13:30:00Z')), ny.timeZone)).toBe('Lesson time: Period 1 until 10:00.');
  });
});

describe('free periods (PPA)', () => {
  const marked = { freePeriods: [{ day: 'tuesday' as const, period: 'Period 3', week: 'any' as const }] };

  it('count only when the admin allows it', () => {
    const allowed = build({ ...LONDON, staffMayMarkFreePeriods: true, ...marked });
    const refused = build({ ...LONDON, staffMayMarkFreePeriods: false, ...marked });
    const t = at('2026-03-03T11:10:00Z'); // Tuesday, Period 3
    expect(statusAt(allowed, t)).toMatchObject({ kind: 'free', isLessonTime: false, period: { name: 'Period 3' }, until: at('2026-03-03T11:40:00Z') });
    expect(statusAt(refused, t)).toMatchObject({ kind: 'lesson', isLessonTime: true });
    // Another day's Period 3 is still a lesson.
    expect(statusAt(allowed, at('2026-03-04T11:10:00Z'))).toMatchObject({ kind: 'lesson', isLessonTime: true });
    expect(describeStatus(statusAt(allowed, t), allowed.timeZone)).toBe('Not lesson time: Period 3 is marked as a free period until 11:40.');
  });

  it("the staff member's own choices replace the timetable's, and may name a week", () => {
    const tt = build({ ...TWO_WEEK, staffMayMarkFreePeriods: true });
    const staff = { freePeriods: [{ day: 'monday' as const, period: 'period 1 (b)', week: 'B' as const }] };
    expect(statusAt(tt, at('2026-09-14T09:30:00+01:00'), staff)).toMatchObject({ kind: 'free' });
    expect(statusAt(tt, at('2026-09-07T09:30:00+01:00'), staff)).toMatchObject({ kind: 'lesson' });
    expect(dayPlan(tt, '2026-09-14', staff).segments.find((s) => s.kind === 'free')?.start).toBe('09:00');
  });

  it('a break cannot be marked into anything else', () => {
    const tt = build({ ...LONDON, staffMayMarkFreePeriods: true, freePeriods: [{ day: 'tuesday', period: 'Break' }] });
    expect(statusAt(tt, at('2026-03-03T10:45:00Z')).kind).toBe('break');
  });
});

describe('describeStatus', () => {
  const tz = 'Europe/London';
  it('speaks British English', () => {
    expect(describeStatus(statusAt(LONDON, at('2026-03-03T11:10:00Z')), tz)).toBe('Lesson time: Period 3 until 11:40.');
    expect(describeStatus(statusAt(LONDON, at('2026-03-03T10:45:00Z')), tz)).toBe('Break until 11:00.');
    expect(describeStatus(statusAt(LONDON, at('2026-03-03T12:45:00Z')), tz)).toBe('Lunch until 13:30.');
    expect(describeStatus(statusAt(LONDON, at('2026-03-03T08:45:00Z')), tz)).toBe('Registration until 09:00.');
    expect(describeStatus(statusAt(LONDON, at('2026-03-03T07:45:00Z')), tz)).toBe('Before school until 08:40.');
    expect(describeStatus(statusAt(LONDON, at('2026-03-03T16:00:00Z')), tz)).toBe('After school: no more lessons today.');
    expect(describeStatus(statusAt(LONDON, at('2026-03-07T16:00:00Z')), tz)).toBe('No lessons today (Weekend).');
  });
});

describe('properties', () => {
  const instant = fc.integer({ min: Date.UTC(2025, 7, 1), max: Date.UTC(2027, 0, 31) });
  const timetables = fc.constantFrom(LONDON, TWO_WEEK, build({ timeZone: 'Australia/Sydney', weeks: [{ days: { monday: NORMAL_DAY, sunday: NORMAL_DAY } }] }));

  it('statusAt never throws; until is after now; the status holds until then and changes there', () => {
    fc.assert(
      fc.property(timetables, instant, (tt, t) => {
        const s = statusAt(tt, t);
        expect(s.kind).not.toBe('unconfigured');
        expect(s.isLessonTime).toBe(s.kind === 'lesson');
        if (s.until === undefined) return;
        expect(s.until).toBeGreaterThan(t);
        const c = nextChange(tt, t);
        expect(c?.at).toBe(s.until);
        const just = statusAt(tt, s.until - 1);
        expect([just.kind, just.period?.name, just.reason]).toEqual([s.kind, s.period?.name, s.reason]);
        expect([c!.status.kind, c!.status.period?.name, c!.status.reason]).not.toEqual([s.kind, s.period?.name, s.reason]);
        expect(statusAt(tt, s.until).kind).toBe(c!.status.kind);
      }),
      { numRuns: 60 },
    );
  });

  it("every day's segments tile it exactly", () => {
    fc.assert(
      fc.property(timetables, fc.integer({ min: 0, max: 700 }), (tt, n) => {
        const date = new Date(Date.UTC(2025, 7, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const plan = dayPlan(tt, date);
        expect(plan.segments[0]!.startAt).toBe(plan.startAt);
        plan.segments.forEach((s, i) => {
          expect(s.endAt).toBeGreaterThan(s.startAt);
          if (i > 0) expect(s.startAt).toBe(plan.segments[i - 1]!.endAt);
        });
        expect(plan.segments.at(-1)!.endAt).toBe(plan.endAt);
      }),
      { numRuns: 80 },
    );
  });
});
