/**
 * The timetable import on files that are slow, odd or hostile: each test names the defect it
 * guards against. Work is asserted through the import's own counters (parseIcsWithWork), never
 * the clock; the times are in `npm run bench:ics`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIcs, parseIcsWithWork, type IcsResult } from '../../../src/schedule/ics';
import { timetableProblems } from '../../../src/schedule/index';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const MIS = fixture('mis-timetable-2026.ics');
/** The day the tests read calendars around (a Monday in the fixture's autumn term). */
const TODAY = '2026-11-02';

/** The fixture with more events added before END:VCALENDAR. */
const withEvents = (...events: string[]) => MIS.replace(/END:VCALENDAR\s*$/, `${events.join('')}END:VCALENDAR\r\n`);
let uid = 0;
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', `UID:extra-${uid++}@test.example`, ...lines, 'END:VEVENT', ''].join('\r\n');

function ok(r: IcsResult): Extract<IcsResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected a timetable, got: ${r.error}`);
  expect(timetableProblems(r.timetable)).toEqual([]);
  return r;
}

/** The fixture's own import: what the real timetable reads as. */
const base = ok(parseIcs(MIS, { today: TODAY }));

describe('repeats are expanded with bounded work', () => {
  it('100 minutely events import in bounded time', () => {
    const minutely = Array.from({ length: 100 }, (_, i) =>
      vevent(`DTSTART:20260907T${String(8 + (i % 8)).padStart(2, '0')}0000Z`, 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY', `SUMMARY:Minute ${i}`),
    );
    const { result, work } = parseIcsWithWork(withEvents(...minutely), { today: TODAY });
    const r = ok(result);
    expect(r.timetable.weeks).toEqual(base.timetable.weeks);
    expect(r.warnings).toContain("'Minute 0' repeats every minute (FREQ=MINUTELY), which no lesson does; it was ignored.");
    // The fixture's own lessons take about 600 steps; the minutely events none.
    expect(work.repeatSteps + work.icalSteps).toBeLessThan(1_000);
    expect(work.occurrences).toBeLessThan(1_000);
  });

  it('secondly and hourly repeats are skipped with a note naming each event', () => {
    const r = ok(
      parseIcs(
        withEvents(
          vevent('DTSTART:20260907T090000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Bell'),
          vevent('DTSTART:20260907T090000Z', 'DURATION:PT5M', 'RRULE:FREQ=HOURLY;INTERVAL=1', 'SUMMARY:Chime'),
        ),
        { today: TODAY },
      ),
    );
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        "'Bell' repeats every second (FREQ=SECONDLY), which no lesson does; it was ignored.",
        "'Chime' repeats every hour (FREQ=HOURLY), which no lesson does; it was ignored.",
      ]),
    );
    expect(r.timetable.weeks).toEqual(base.timetable.weeks);
  });

  it('a repeat several times a day (BYHOUR and BYMINUTE lists) is skipped, not expanded', () => {
    const hours = Array.from({ length: 24 }, (_, h) => h).join(',');
    const minutes = Array.from({ length: 60 }, (_, m) => m).join(',');
    const { result, work } = parseIcsWithWork(
      withEvents(vevent('DTSTART:20260907T000000Z', 'DURATION:PT1M', `RRULE:FREQ=DAILY;BYHOUR=${hours};BYMINUTE=${minutes}`, 'SUMMARY:Every minute')),
      { today: TODAY },
    );
    const r = ok(result);
    expect(r.warnings.some((w) => w.startsWith("'Every minute' repeats several times a day (BYHOUR="))).toBe(true);
    expect(r.timetable).toEqual(base.timetable);
    expect(work.occurrences).toBe(parseIcsWithWork(MIS, { today: TODAY }).work.occurrences);
  });

  it('a rule that can never match (every seventh day on a Monday from a Friday; 30 February) does not hang', () => {
    const { result, work } = parseIcsWithWork(
      withEvents(
        vevent('DTSTART:20260911T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO', 'SUMMARY:Never on Monday'),
        vevent('DTSTART:20260911T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Thirtieth of February'),
      ),
      { today: TODAY },
    );
    const r = ok(result);
    expect(r.timetable.weeks).toEqual(base.timetable.weeks);
    expect(r.warnings).toContain("'Thirtieth of February' repeats in a pattern a timetable does not use (BYMONTHDAY=30 never happens); it was ignored.");
    expect(work.repeatSteps).toBeLessThan(2_000); // the fixture's ~600 and 58 weeks of Fridays
  });

  it('BYSETPOS, BYWEEKNO and BYYEARDAY rules are skipped with a note, not searched for years', () => {
    const { result, work } = parseIcsWithWork(
      withEvents(
        vevent('DTSTART:20260907T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=YEARLY;BYMONTH=12,6,7;BYDAY=2SA,TH;BYSETPOS=7', 'SUMMARY:Set position'),
        vevent('DTSTART:20260907T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO', 'SUMMARY:Week 53'),
        vevent('DTSTART:20260907T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=MONTHLY;BYDAY=5MO;BYMONTH=2', 'SUMMARY:Fifth Monday in February'),
      ),
      { today: TODAY },
    );
    const r = ok(result);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        "'Set position' repeats in a pattern a timetable does not use (BYSETPOS); it was ignored.",
        "'Week 53' repeats in a pattern a timetable does not use (BYWEEKNO); it was ignored.",
        "'Fifth Monday in February' repeats in a pattern a timetable does not use (BYDAY=5MO); it was ignored.",
      ]),
    );
    expect(work.icalSteps).toBe(0);
  });

  it('a repeat with no end that began in 1990 is read around today, jumping straight there', () => {
    const old = MIS.replaceAll(';UNTIL=20261218T235959Z', '').replaceAll(':20260902T', ':19900905T');
    const { result, work } = parseIcsWithWork(old, { today: TODAY });
    const r = ok(result);
    const read = r.summary[0]!;
    expect(read).toMatch(/events read, from \w+ \d+ \w+ 2026 to \w+ \d+ \w+ 2027 \(some repeat with no end date\)\.$/);
    expect(r.timetable.weeks[0]!.days.monday.map((p) => p.name)).toEqual(base.timetable.weeks[0]!.days.monday.map((p) => p.name));
    // 36 years of weekdays would be 9,000 steps an event; the window is 400 days.
    expect(work.repeatSteps).toBeLessThan(12 * 410);
  });

  it('COUNT=2147483647 and UNTIL=99991231 from 1900 do not move the window and are read only inside it', () => {
    const { result, work } = parseIcsWithWork(
      withEvents(
        vevent('DTSTART:19000101T160000Z', 'DURATION:PT30M', 'RRULE:FREQ=DAILY;COUNT=2147483647', 'SUMMARY:Since 1900'),
        vevent('DTSTART:19000102T170000Z', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z', 'SUMMARY:Until 9999'),
        vevent('DTSTART:19000103T180000Z', 'DURATION:PT30M', 'RRULE:FREQ=MONTHLY;COUNT=2147483647', 'SUMMARY:Monthly since 1900'),
      ),
      { today: TODAY },
    );
    const r = ok(result);
    expect(r.timetable.weeks[0]!.days.monday.slice(0, 8)).toEqual(base.timetable.weeks[0]!.days.monday);
    expect(r.summary[0]).toMatch(/events read, from \w+ \d+ \w+ 2026 to /);
    expect(work.repeatSteps).toBeLessThan(600 + 2 * 410);
    expect(work.icalSteps).toBeLessThan(60); // from 1900, monthly, would be 1,500
  });
});

describe('the reading window follows the bulk of the events', () => {
  it("a stray event from 2000 does not hide this year's timetable", () => {
    const r = ok(parseIcs(withEvents(vevent('DTSTART:20000105T090000Z', 'DTEND:20000105T100000Z', 'SUMMARY:Old staff meeting')), { today: TODAY }));
    expect(r.timetable).toEqual(base.timetable);
    expect(r.warnings).toContain(
      "One event before the dates read (Wednesday 2 September 2026 to Thursday 7 October 2027, where most of the calendar's events are) was left out, the earliest 'Old staff meeting' on Wednesday 5 January 2000.",
    );
  });

  it('a far-future event and a repeat from the year 1 do not move the window either', () => {
    const r = ok(
      parseIcs(
        withEvents(
          vevent('DTSTART:29990105T090000Z', 'DTEND:29990105T100000Z', 'SUMMARY:Far future'),
          vevent('DTSTART:00010105T090000Z', 'DTEND:00010105T100000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Year one'),
          vevent('DTSTART;VALUE=DATE:20000105', 'SUMMARY:INSET day in 2000'),
        ),
        { today: TODAY },
      ),
    );
    expect(r.timetable).toEqual(base.timetable);
    expect(r.warnings.some((w) => w.includes("the latest 'Far future' on Saturday 5 January 2999"))).toBe(true);
    expect(r.warnings.some((w) => w.includes("the earliest 'Year one' on"))).toBe(true);
    expect(r.warnings).toContain('One all-day event outside the dates read was left out.');
  });

  it("last year's timetable in the same file gives way to this year's, around today", () => {
    const lastYear = MIS.replaceAll('2026', '2025').replaceAll(/SUMMARY:(Period \d|Registration|Break|Lunch)/g, 'SUMMARY:Old $1');
    const both = withEvents(lastYear.slice(lastYear.indexOf('BEGIN:VEVENT'), lastYear.lastIndexOf('END:VCALENDAR')));
    const r = ok(parseIcs(both, { today: TODAY }));
    expect(r.timetable.weeks).toEqual(base.timetable.weeks);
    expect(r.timetable.terms).toEqual(base.timetable.terms);
    // Read in the spring, before this year's events begin, last year's is the one around today.
    const spring = ok(parseIcs(both, { today: '2026-03-02' }));
    expect(spring.timetable.weeks[0]!.days.monday[0]!.name).toBe('Old Registration');
  });
});

describe('one bad part does not lose the rest of the calendar', () => {
  it('an event whose start time cannot be read is skipped with a note', () => {
    const r = ok(parseIcs(withEvents(vevent('DTSTART:garbage', 'SUMMARY:Broken')), { today: TODAY }));
    expect(r.timetable).toEqual(base.timetable);
    expect(r.warnings).toContain('\'Broken\' has a start time that could not be read ("garbage"); it was ignored.');
  });

  it('a line that is not an iCalendar line is skipped with a note', () => {
    const r = ok(parseIcs(MIS.replace('BEGIN:VEVENT', 'this is not a property\r\nBEGIN:VEVENT'), { today: TODAY }));
    expect(r.timetable).toEqual(base.timetable);
    expect(
      r.warnings.some((w) => w.startsWith('One line of the file could not be read and was skipped (the first: line 26 ("this is not a property")).')),
    ).toBe(true);
  });

  it('CR-only and mixed line ends read the same as CRLF', () => {
    const lines = MIS.split('\r\n');
    expect(parseIcs(lines.join('\r'), { today: TODAY })).toEqual(base);
    expect(parseIcs(lines.map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join(''), { today: TODAY })).toEqual(base);
  });

  it("an unknown TZID the file does not define is read on the school's clock, with a note", () => {
    const r = ok(
      parseIcs(
        withEvents(vevent('DTSTART;TZID=Atlantis Standard Time:20260916T160000', 'DTEND;TZID=Atlantis Standard Time:20260916T170000', 'SUMMARY:Choir')),
        { today: TODAY },
      ),
    );
    expect(r.timetable.overrides.find((o) => o.date === '2026-09-16')!.periods.at(-1)).toEqual({ name: 'Choir', start: '16:00', end: '17:00', kind: 'lesson' });
    expect(r.warnings).toContain(
      'The time zone "Atlantis Standard Time" is not one this browser knows, and the file does not define it; its times were read as Europe/London times.',
    );
  });

  it('a time zone definition that repeats every minute is not expanded', () => {
    const zone = [
      'BEGIN:VTIMEZONE',
      'TZID:Custom School Time',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'RRULE:FREQ=MINUTELY',
      'END:STANDARD',
      'END:VTIMEZONE',
      '',
    ].join('\r\n');
    const cal = MIS.replace('BEGIN:VEVENT', `${zone}BEGIN:VEVENT`).replace(
      /END:VCALENDAR\s*$/,
      `${vevent('DTSTART;TZID=Custom School Time:20260916T160000', 'DTEND;TZID=Custom School Time:20260916T170000', 'SUMMARY:Choir')}END:VCALENDAR\r\n`,
    );
    const { result, work } = parseIcsWithWork(cal, { today: TODAY });
    const r = ok(result);
    // UTC+0 on 16 September is 17:00 in London.
    expect(r.timetable.overrides.find((o) => o.date === '2026-09-16')!.periods.at(-1)).toEqual({ name: 'Choir', start: '17:00', end: '18:00', kind: 'lesson' });
    expect(work.icalConversions).toBeLessThan(10);
  });

  it('names with direction overrides, zero-width characters and half surrogate pairs are tidied', () => {
    const r = ok(
      parseIcs(withEvents(vevent('DTSTART:20260916T150000Z', 'DTEND:20260916T160000Z', 'SUMMARY:\u202eCh\u200boir\u0000 \ud800practice\u2066 \ud83c\udfb5')), {
        today: TODAY,
      }),
    );
    expect(r.timetable.overrides.find((o) => o.date === '2026-09-16')!.periods.at(-1)!.name).toBe('Choir practice \ud83c\udfb5');
  });

  it('more than 40 weekly events on one day keep the first 40, with a note', () => {
    const many = Array.from({ length: 45 }, (_, i) => {
      const m = 16 * 60 + i * 10;
      const t = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}${String(x % 60).padStart(2, '0')}00`;
      return vevent(
        `DTSTART;TZID=Europe/London:20260907T${t(m)}`,
        `DTEND;TZID=Europe/London:20260907T${t(m + 10)}`,
        'RRULE:FREQ=WEEKLY;UNTIL=20261218T235959Z',
        `SUMMARY:Club ${i}`,
      );
    });
    const r = ok(parseIcs(withEvents(...many), { today: TODAY }));
    expect(r.timetable.weeks[0]!.days.monday).toHaveLength(40);
    expect(r.warnings.some((w) => /^Monday \(week A\): \d+ periods, more than a day can hold; only the first 40 were kept\.$/.test(w))).toBe(true);
  });

  it('overlapping term events and hundreds of closures do not fail the import', () => {
    const insets = Array.from({ length: 250 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 8, 1) + i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
      return vevent(`DTSTART;VALUE=DATE:${d}`, `SUMMARY:INSET ${i}`);
    });
    const r = ok(
      parseIcs(withEvents(vevent('DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20270101', 'SUMMARY:Overlapping Term'), ...insets), { today: TODAY }),
    );
    expect(r.timetable.terms).toEqual(base.timetable.terms);
    expect(r.timetable.closures.length).toBeLessThanOrEqual(200);
    expect(r.warnings).toContain("'Overlapping Term' (Thursday 1 October 2026 to Thursday 31 December 2026) overlaps 'Autumn Term'; it was left out.");
  });
});

describe('floods are read in one pass', () => {
  it('a year of lessons listed one by one reads each event once', () => {
    // ical.js related every event to every other one (its Event constructor scans the calendar):
    // 2 MB of lessons took seconds. Each event is now read once.
    const days = Array.from({ length: 190 }, (_, i) =>
      new Date(Date.UTC(2026, 8, 7) + Math.floor(i / 5) * 7 * 86_400_000 + (i % 5) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', ''),
    );
    const hh = (h: number) => String(h).padStart(2, '0');
    const lessons = days.flatMap((d) =>
      [9, 10, 11, 13, 14].map((h) =>
        vevent(`DTSTART;TZID=Europe/London:${d}T${hh(h)}0000`, `DTEND;TZID=Europe/London:${d}T${hh(h)}5000`, `SUMMARY:Lesson ${h}`),
      ),
    );
    const cal = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/London\r\n${lessons.join('')}END:VCALENDAR\r\n`;
    const { result, work } = parseIcsWithWork(cal, { today: TODAY });
    const r = ok(result);
    expect(r.timetable.weeks[0]!.days.friday.map((p) => p.name)).toEqual(['Lesson 9', 'Lesson 10', 'Lesson 11', 'Lesson 13', 'Lesson 14']);
    expect(work.events).toBe(950);
    expect(work.occurrences).toBe(950);
    expect(work.repeatSteps + work.icalSteps).toBe(0);
  });

  it('a line with thousands of parameters is read in one pass', () => {
    const params = ';X-A=b'.repeat(100_000);
    const { result, work } = parseIcsWithWork(
      withEvents(`BEGIN:VEVENT\r\nUID:params\r\nDTSTART:20260916T150000Z\r\nDTEND:20260916T160000Z\r\nSUMMARY${params}:Choir\r\nEND:VEVENT\r\n`),
      { today: TODAY },
    );
    const r = ok(result);
    expect(r.timetable.weeks).toEqual(base.timetable.weeks);
    // Cut at 16,384 characters, the line lost its value: skipped, with a note.
    expect(r.warnings.some((w) => w.startsWith('One line of the file could not be read and was skipped (the first: line 214 ("SUMMARY;X-A=b;X-A=b;'))).toBe(
      true,
    );
    expect(work.lines).toBe(MIS.split('\r\n').length + 6);
  });

  it('an EXDATE flood costs work in proportion to the window, and the dates that match still apply', () => {
    const far = Array.from(
      { length: 25 },
      (_, line) => `EXDATE:${Array.from({ length: 800 }, (_, i) => `${1900 + ((line * 800 + i) % 100)}0101T090000Z`).join(',')}`,
    );
    const { result, work } = parseIcsWithWork(
      withEvents(
        vevent(
          'DTSTART:20260907T160000Z',
          'DURATION:PT30M',
          'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261214T235959Z',
          'EXDATE:20261109T160000Z',
          ...far,
          'SUMMARY:Clinic',
        ),
      ),
      { today: TODAY },
    );
    const r = ok(result);
    expect(r.timetable.weeks[0]!.days.monday.at(-1)!.name).toBe('Clinic');
    expect(r.timetable.overrides.find((o) => o.date === '2026-11-09')?.periods.some((p) => p.name === 'Clinic')).toBe(false);
    expect(r.warnings).toContain("'Clinic' lists more than 2,000 extra or excluded dates; only the first 2,000 were read.");
    expect(work.repeatSteps).toBeLessThan(700);
  });

  it('a flood of changed instances (RECURRENCE-ID) costs nothing outside the window, and the one inside applies', () => {
    // Eleven years of daily changes to a weekly event: only Monday 9 November 2026's names an instance.
    const moved = Array.from({ length: 4_000 }, (_, i) => new Date(Date.UTC(2016, 0, 4) + i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', ''))
      .filter((d, i) => i % 7 !== 0 || d === '20261109')
      .map(
        (d) =>
          `BEGIN:VEVENT\r\nUID:daily\r\nRECURRENCE-ID;TZID=Europe/London:${d}T160000\r\nDTSTART;TZID=Europe/London:${d}T163000\r\nDURATION:PT30M\r\nSUMMARY:Clinic (moved)\r\nEND:VEVENT\r\n`,
      );
    const { result, work } = parseIcsWithWork(
      withEvents(
        'BEGIN:VEVENT\r\nUID:daily\r\nDTSTART;TZID=Europe/London:20160104T160000\r\nDURATION:PT30M\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nSUMMARY:Clinic\r\nEND:VEVENT\r\n',
        ...moved,
      ),
      {
        today: TODAY,
      },
    );
    const r = ok(result);
    expect(r.timetable.weeks[0]!.days.monday.at(-1)).toEqual({ name: 'Clinic', start: '16:00', end: '16:30', kind: 'lesson' });
    expect(r.timetable.overrides.find((o) => o.date === '2026-11-09')!.periods.at(-1)).toEqual({
      name: 'Clinic (moved)',
      start: '16:30',
      end: '17:00',
      kind: 'lesson',
    });
    expect(work.occurrences).toBeLessThan(1_000);
  });
});
