/**
 * Property tests for the timetable import: whatever the file, parseIcs returns a valid timetable
 * or a clear problem, never throws, never stops on an internal error, and its work stays within
 * the import's limits.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcsWithWork, type IcsResult, type IcsWork } from '../../../src/schedule/ics';
import { timetableProblems } from '../../../src/schedule/index';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const VALID = [fixture('mis-timetable-2026.ics'), fixture('outlook-one-by-one.ics')];
const TODAY = '2026-11-02';

/** A timetable the format accepts, or one plain sentence (or a few) saying what is wrong. */
function expectClear(r: IcsResult, work: IcsWork): void {
  const plain = (s: string) => {
    expect(typeof s).toBe('string');
    expect(s.trim()).not.toBe('');
    expect(s).not.toMatch(/undefined|NaN|\[object |stopped on something/);
    expect(s.endsWith('.') || s.endsWith('.)') || s.endsWith('.")')).toBe(true);
  };
  if (r.ok) {
    expect(timetableProblems(r.timetable)).toEqual([]);
    expect(r.summary.length).toBeGreaterThan(0);
    r.summary.forEach(plain);
    r.warnings.forEach(plain);
    expect(r.warnings.length).toBeLessThanOrEqual(101);
  } else {
    plain(r.error);
    expect(r.error.length).toBeLessThan(400);
  }
  // The limits of ics-repeat.ts's RepeatBudget and ics.ts's occurrence cap.
  expect(work.repeatSteps).toBeLessThanOrEqual(400_001);
  expect(work.icalSteps).toBeLessThanOrEqual(200);
  expect(work.occurrences).toBeLessThanOrEqual(8_000);
}

function check(text: string): void {
  let out: ReturnType<typeof parseIcsWithWork> | undefined;
  expect(() => {
    out = parseIcsWithWork(text, { today: TODAY });
  }).not.toThrow();
  expectClear(out!.result, out!.work);
}

/** Lines that have broken importers, for mixing into files. */
const HOSTILE = [
  'RRULE:FREQ=MINUTELY',
  'RRULE:FREQ=SECONDLY;COUNT=999999999',
  'RRULE:FREQ=HOURLY;INTERVAL=1',
  'RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO',
  'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
  'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
  'RRULE:FREQ=YEARLY;BYMONTH=12,6,7;BYDAY=2SA,TH;BYSETPOS=7',
  'RRULE:FREQ=MONTHLY;BYDAY=5MO;BYMONTH=2',
  'RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5;BYMINUTE=0,10,20,30,40,50',
  'RRULE:FREQ=DAILY;BYHOUR=7',
  'RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z',
  'RRULE:FREQ=DAILY;COUNT=2147483647',
  'RRULE:FREQ=WEEKLY;COUNT=0',
  'RRULE:FREQ=WEEKLY;INTERVAL=99999',
  'RRULE:FREQ=WEEKLY;BYDAY=1MO',
  'RRULE:FREQ=YEARLY;BYWEEKNO=53',
  'RRULE:',
  'RRULE:FREQ=WEEKLY;FREQ=DAILY',
  `EXDATE:${Array.from({ length: 300 }, (_, i) => `20${String(i % 100).padStart(2, '0')}0101T090000Z`).join(',')}`,
  'EXDATE;VALUE=DATE:20261109',
  'RDATE;VALUE=PERIOD:20261110T090000Z/PT1H,garbage',
  'DTSTART:00010101T000000Z',
  'DTSTART:99991231T235959Z',
  'DTSTART:20260230T090000',
  'DTSTART;TZID=constructor:20260907T090000',
  'DTSTART;TZID=__proto__:20260907T090000',
  'DTSTART;TZID=Atlantis Standard Time:20260907T090000',
  'DTSTART;TZID="unclosed:20260907T090000',
  'DTSTART;VALUE=DATE:20260907T090000',
  'DTEND:20260907T080000Z',
  'DURATION:-P1D',
  'DURATION:P99999W',
  'RECURRENCE-ID:20260907T090000Z',
  'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/London:20260914T090000',
  'STATUS:CANCELLED',
  'SUMMARY:\u202eevil\u200b\ud800 name\u0000',
  'UID:',
  'BEGIN:VEVENT',
  'END:VEVENT',
  'BEGIN:VALARM',
  'END:VCALENDAR',
  'BEGIN:VCALENDAR',
  'BEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=MINUTELY\r\nEND:STANDARD\r\nEND:VTIMEZONE',
  'DTSTART;TZID=Custom:20260908T100000',
  ' folded continuation',
  '\t',
  'X-WR-TIMEZONE:Nowhere/Zone',
  'not a content line at all',
  ';;;:::',
];

type Op =
  | { kind: 'delete' | 'duplicate' | 'truncate' | 'digits' | 'fold'; at: number; n: number }
  | { kind: 'insert'; at: number; line: string }
  | { kind: 'swap'; at: number; to: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'truncate' as const, 'digits' as const, 'fold' as const),
    at: fc.nat(),
    n: fc.nat(80),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    line: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 20 })),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
);

function mutate(text: string, ops: Op[], ending: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  for (const op of ops) {
    const i = op.at % lines.length;
    const l = lines[i] ?? '';
    if (op.kind === 'delete') lines.splice(i, 1);
    else if (op.kind === 'duplicate') lines.splice(i, 0, ...Array.from({ length: 1 + (op.n % 5) }, () => l));
    else if (op.kind === 'truncate') lines[i] = l.slice(0, op.n);
    else if (op.kind === 'digits') lines[i] = l.replace(/\d/g, (d) => String((Number(d) + op.n) % 10));
    else if (op.kind === 'fold') lines[i] = l.length > 1 ? `${l.slice(0, 1 + (op.n % l.length))}\r\n ${l.slice(1 + (op.n % l.length))}` : l;
    else if (op.kind === 'insert') lines.splice(i, 0, op.line);
    else if (op.kind === 'swap') {
      const j = op.to % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', l];
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join(ending);
}

describe('parseIcs never throws and always gives a timetable or a clear problem', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('BEGIN:VCALENDAR', 'END:VCALENDAR', '\r\n', '\n', ':', ';', ' ', 'A', '1') }),
        ),
        check,
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary lines inside a calendar', () => {
    const line = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\r\n', '\n', '\r'), (lines, nl) =>
        check(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join(nl)),
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary mutations of a valid .ics (lines deleted, repeated, cut, swapped, folded; hostile lines added; line ends changed)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.array(opArb, { minLength: 1, maxLength: 25 }), fc.constantFrom('\r\n', '\n', '\r'), (text, ops, nl) =>
        check(mutate(text, ops, nl)),
      ),
      { numRuns: 150 },
    );
  });

  it('on arbitrary repeat rules added to a valid .ics', () => {
    const part = fc.oneof(
      fc.constantFrom('SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'X').map((f) => `FREQ=${f}`),
      fc.integer({ min: -5, max: 100_000 }).map((n) => `INTERVAL=${n}`),
      fc.integer({ min: -1, max: 2 ** 31 }).map((n) => `COUNT=${n}`),
      fc.constantFrom('UNTIL=99991231T235959Z', 'UNTIL=19000101', 'UNTIL=20261218T235959Z', 'UNTIL=garbage'),
      fc
        .array(fc.tuple(fc.constantFrom('', '1', '-1', '5', '53', '0'), fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')), {
          minLength: 1,
          maxLength: 9,
        })
        .map((ds) => `BYDAY=${ds.map(([n, d]) => n + d).join(',')}`),
      fc
        .array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 12 })
        .map(
          (xs) => `${['BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYYEARDAY', 'BYWEEKNO', 'BYHOUR', 'BYMINUTE', 'BYSECOND'][Math.abs(xs[0]!) % 8]}=${xs.join(',')}`,
        ),
      fc.constantFrom('WKST=SU', 'WKST=XX', 'X-EXTRA=1'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(part, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1900, max: 2100 }),
        (rules, year) => {
          const events = rules.map(
            (r, i) =>
              `BEGIN:VEVENT\r\nUID:prop-${i}\r\nDTSTART:${year}0907T1${i % 10}0000Z\r\nDURATION:PT30M\r\nRRULE:${r.join(';')}\r\nSUMMARY:Rule ${i}\r\nEND:VEVENT\r\n`,
          );
          check(VALID[0]!.replace(/END:VCALENDAR\s*$/, `${events.join('')}END:VCALENDAR\r\n`));
        },
      ),
      { numRuns: 120 },
    );
  });
});
