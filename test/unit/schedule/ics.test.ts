import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayPlan, describeStatus, statusAt, timetableProblems, weekOf } from '../../../src/schedule/index';
import { guessKind, ianaZoneFor, parseIcs } from '../../../src/schedule/ics';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const at = (iso: string) => Date.parse(iso);

describe('parseIcs: a school MIS export (RRULE weekly with UNTIL, INTERVAL=2, EXDATE, RECURRENCE-ID, all-day INSET)', () => {
  const r = parseIcs(fixture('mis-timetable-2026.ics'));
  if (!r.ok) throw new Error(r.error);
  const tt = r.timetable;

  it("gives a valid two-week timetable in the calendar's time zone", () => {
    expect(timetableProblems(tt)).toEqual([]);
    expect(tt.timeZone).toBe('Europe/London');
    expect(tt.weekCycle).toBe(2);
    expect(tt.weekAStarts).toBe('2026-09-07');
    expect(tt.staffMayMarkFreePeriods).toBe(false);
  });

  it('builds the bell schedule from the weekly events, guessing kinds from names', () => {
    const mondayA = tt.weeks[0]!.days.monday;
    expect(mondayA.map((p) => `${p.name} ${p.start}-${p.end} ${p.kind}`)).toEqual([
      'Registration 08:40-09:00 registration',
      'Period 1 09:00-10:00 lesson',
      'Period 2 10:00-10:40 lesson',
      'Break 10:40-11:00 break',
      'Period 3 11:00-11:40 lesson',
      'Y9 Science (Week A) 11:40-12:40 lesson',
      'Lunch 12:40-13:30 lunch',
      'Period 5 13:30-15:10 lesson',
    ]);
    expect(tt.weeks[1]!.days.wednesday[5]!.name).toBe('Y11 Physics (Week B)');
    expect(tt.weeks[0]!.days.tuesday[5]!.name).toBe('Period 4');
    expect(tt.weeks[1]!.days.tuesday).toEqual(tt.weeks[0]!.days.tuesday);
    expect(tt.weeks[0]!.days.saturday).toEqual([]);
  });

  it('reads the term, INSET days and half term from all-day events', () => {
    expect(tt.terms).toEqual([{ name: 'Autumn Term', start: '2026-09-02', end: '2026-12-18' }]);
    expect(tt.closures).toEqual([
      { date: '2026-09-02', name: 'INSET Day', kind: 'inset' },
      { date: '2026-10-26', endDate: '2026-10-30', name: 'Half Term', kind: 'holiday' },
      { date: '2026-11-27', name: 'INSET Day - Safeguarding training', kind: 'inset' },
    ]);
  });

  it('turns the exceptions into one-off days: EXDATE, a moved instance, an extra event, an early finish', () => {
    expect(tt.overrides.map((o) => o.date)).toEqual(['2026-11-04', '2026-11-12', '2026-11-19', '2026-12-18']);
    const moved = tt.overrides[1]!.periods.at(-1)!;
    expect(moved).toEqual({ name: 'Period 5 (Mock exams - Main Hall)', start: '14:00', end: '15:30', kind: 'lesson' });
    expect(tt.overrides[0]!.periods.some((p) => p.name === 'Period 5')).toBe(false);
    expect(tt.overrides[2]!.periods.at(-1)).toEqual({ name: "Parents' Evening (Year 11)", start: '16:00', end: '19:00', kind: 'after-school' });
  });

  it('says what it understood, in plain English, and what it ignored', () => {
    expect(r.summary).toContain('Two-week timetable: week A is the week beginning Monday 7 September 2026, then weeks alternate B, A, B.');
    expect(r.summary).toContain('No lessons (holiday): Half Term, Monday 26 October 2026 to Friday 30 October 2026.');
    expect(r.summary).toContain('One-off day, Thursday 12 November 2026: without Period 5 13:30-15:10; with Period 5 (Mock exams - Main Hall) 14:00-15:30.');
    expect(r.summary.some((l) => l.startsWith('Tuesday (weeks A and B): Registration 08:40-09:00 (registration), Period 1 09:00-10:00'))).toBe(true);
    expect(r.warnings).toEqual(["The all-day event 'Christmas Jumper Day' on Friday 11 December 2026 was ignored (not a holiday, INSET day or term)."]);
  });

  it('answers lesson-time questions correctly on both sides of the October clock change', () => {
    // Monday 12 October 2026 (week B, BST): 11:45 BST is Y11 Physics.
    expect(weekOf(tt, '2026-10-12')).toBe('B');
    expect(statusAt(tt, at('2026-10-12T10:45:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Y11 Physics (Week B)' }, isLessonTime: true });
    // Monday 2 November 2026 (week A, GMT): 11:45 GMT.
    expect(statusAt(tt, at('2026-11-02T11:45:00Z'))).toMatchObject({ kind: 'lesson', period: { name: 'Y9 Science (Week A)' } });
    expect(statusAt(tt, at('2026-10-27T10:00:00Z'))).toMatchObject({ kind: 'no-school', reason: 'Half Term' });
    expect(describeStatus(statusAt(tt, at('2026-09-02T09:00:00Z')), tt.timeZone)).toBe('No lessons today (INSET Day).');
    // The moved Period 5: at 13:45 on 12 November it is not yet lesson time; at 14:00 it is.
    expect(statusAt(tt, at('2026-11-12T13:45:00Z'))).toMatchObject({ kind: 'break', reason: 'Between periods', until: at('2026-11-12T14:00:00Z') });
    expect(statusAt(tt, at('2026-11-12T14:00:00Z')).isLessonTime).toBe(true);
    expect(statusAt(tt, at('2026-12-21T10:00:00Z'))).toMatchObject({ kind: 'no-school', reason: 'School holiday' });
  });
});

describe('parseIcs: an Outlook export listing each lesson separately (Windows time zone name, no term dates)', () => {
  const r = parseIcs(fixture('outlook-one-by-one.ics'));
  if (!r.ok) throw new Error(r.error);
  const tt = r.timetable;

  it('maps "GMT Standard Time" to Europe/London and keeps wall times across the clock change', () => {
    expect(tt.timeZone).toBe('Europe/London');
    expect(dayPlan(tt, '2026-11-02').segments.find((s) => s.period?.name === 'Lesson 1')).toMatchObject({
      start: '09:00',
      startAt: at('2026-11-02T09:00:00Z'),
    });
    expect(dayPlan(tt, '2026-10-05').segments.find((s) => s.period?.name === 'Lesson 1')).toMatchObject({
      start: '09:00',
      startAt: at('2026-10-05T08:00:00Z'),
    });
  });

  it('infers weekly and fortnightly slots from single events', () => {
    expect(tt.weekCycle).toBe(2);
    expect(tt.weekAStarts).toBe('2026-10-05');
    expect(tt.weeks[0]!.days.tuesday.map((p) => p.name)).toEqual(['AM Reg', 'Lesson 1', 'Lesson 2', 'Lunch', 'Year 10 Drama']);
    expect(tt.weeks[1]!.days.tuesday.map((p) => p.name)).toEqual(['AM Reg', 'Lesson 1', 'Lesson 2', 'Lunch']);
    expect(tt.weeks[0]!.days.monday[0]).toEqual({ name: 'AM Reg', start: '08:45', end: '09:00', kind: 'registration' });
  });

  it("takes the calendar's range as the term, and an empty week as a closure", () => {
    expect(tt.terms).toEqual([{ name: 'Timetable dates', start: '2026-10-05', end: '2026-11-13' }]);
    expect(tt.closures).toEqual([{ date: '2026-10-26', endDate: '2026-10-30', name: 'No lessons in the calendar', kind: 'holiday' }]);
    expect(tt.overrides).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('parseIcs: bad input gives a clear error and never throws', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /^The file is empty\.$/],
    ['whitespace', '  \r\n ', /^The file is empty\.$/],
    ['plain text', 'Period 1 9:00-10:00', /not an iCalendar \(\.ics\) file/],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ms Smith\r\nEND:VCARD\r\n', /not an iCalendar \(\.ics\) file/],
    ['HTML', '<!doctype html><html><body>Login</body></html>', /not an iCalendar/],
    ['cut short', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n', /cut short/],
    ['no events', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /no events/],
    ['garbage lines', 'BEGIN:VCALENDAR\r\nthis is not a property\r\nEND:VCALENDAR\r\n', /could not be read as an iCalendar/],
    ['a bad date', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', /could not be read/],
    ['1 MB of junk', 'x'.repeat(1_000_000), /not an iCalendar/],
    ['1 MB of junk after a header', 'BEGIN:VCALENDAR\r\n' + 'junk:'.repeat(200_000) + '\r\nEND:VCALENDAR', /could not be read|no events/],
    ['too large', 'BEGIN:VCALENDAR\r\n' + ' '.repeat(6_000_000), /too large/],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', /not an iCalendar/],
    [
      'only one-off events',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261119T160000Z\r\nDTEND:20261119T190000Z\r\nSUMMARY:Parents evening\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      /No timetable found/,
    ],
    [
      'only all-day events',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261127\r\nSUMMARY:INSET\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      /No timetable found/,
    ],
  ];
  for (const [label, text, error] of cases) {
    it(label, () => {
      const r = parseIcs(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(error);
    });
  }

  it('rejects a time zone option that is not a zone', () => {
    const r = parseIcs(fixture('mis-timetable-2026.ics'), { timeZone: 'London' });
    expect(r).toEqual({ ok: false, error: '"London" is not a time zone name such as "Europe/London".' });
  });
});

describe('helpers', () => {
  it('guesses period kinds from names', () => {
    expect(
      ['Break', 'Morning break', 'Lunch', 'Tutor Time', 'AM Reg', 'Registration', 'Y10 Maths', 'Period 3', 'Breakfast club', 'Chess club'].map(guessKind),
    ).toEqual(['break', 'break', 'lunch', 'registration', 'registration', 'registration', 'lesson', 'lesson', 'before-school', 'after-school']);
  });

  it('reads TZIDs as exporters write them', () => {
    expect(ianaZoneFor('Europe/London')).toBe('Europe/London');
    expect(ianaZoneFor('/mozilla.org/20050126_1/Europe/London')).toBe('Europe/London');
    expect(ianaZoneFor('GMT Standard Time')).toBe('Europe/London');
    expect(ianaZoneFor('(UTC+00:00) Dublin, Edinburgh, Lisbon, London')).toBe('Europe/London');
    expect(ianaZoneFor('Nowhere Standard Time')).toBeUndefined();
  });
});
