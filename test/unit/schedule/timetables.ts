/** Timetables shared by the schedule tests: shaped like a real English secondary school's. */
import { timetableSchema, type Timetable, type TimetableInput } from '../../../src/schedule/schema';

type Kind = 'lesson' | 'break' | 'lunch' | 'registration' | 'before-school' | 'after-school';
export const P = (name: string, start: string, end: string, kind: Kind = 'lesson') => ({ name, start, end, kind });

/** A five-period day: registration 08:40, P1 09:00, P2 10:00-10:40, break, P3, P4, lunch, P5 to 15:10. */
export const NORMAL_DAY = [
  P('Registration', '08:40', '09:00', 'registration'),
  P('Period 1', '09:00', '10:00'),
  P('Period 2', '10:00', '10:40'),
  P('Break', '10:40', '11:00', 'break'),
  P('Period 3', '11:00', '11:40'),
  P('Period 4', '11:40', '12:40'),
  P('Lunch', '12:40', '13:30', 'lunch'),
  P('Period 5', '13:30', '15:10'),
];

/** Wednesdays finish early (staff meetings). */
export const WEDNESDAY = NORMAL_DAY.slice(0, 7);

export function build(input: TimetableInput): Timetable {
  return timetableSchema.parse(input);
}

/** One-week timetable, Europe/London, 2025-26 terms, an INSET day and a one-off early finish. */
export const LONDON: Timetable = build({
  timeZone: 'Europe/London',
  weeks: [{ days: { monday: NORMAL_DAY, tuesday: NORMAL_DAY, wednesday: WEDNESDAY, thursday: NORMAL_DAY, friday: NORMAL_DAY } }],
  terms: [
    { name: 'Autumn 1', start: '2025-09-03', end: '2025-10-24' },
    { name: 'Autumn 2', start: '2025-11-03', end: '2025-12-19' },
    { name: 'Spring 1', start: '2026-01-05', end: '2026-02-13' },
    { name: 'Spring 2', start: '2026-02-23', end: '2026-04-02' },
    { name: 'Summer 1', start: '2026-04-20', end: '2026-05-22' },
    { name: 'Summer 2', start: '2026-06-01', end: '2026-07-22' },
    { name: 'Autumn 1', start: '2026-09-02', end: '2026-10-23' },
    { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
  ],
  closures: [
    { date: '2026-01-05', kind: 'inset', name: 'INSET day' },
    { date: '2026-05-04', kind: 'holiday', name: 'Early May bank holiday' },
    { date: '2026-02-16', endDate: '2026-02-20', kind: 'holiday', name: 'Half term' },
  ],
  overrides: [
    {
      date: '2025-12-19',
      name: 'Early finish',
      periods: [
        P('Registration', '08:40', '09:00', 'registration'),
        P('Period 1', '09:00', '10:00'),
        P('Period 2', '10:00', '10:40'),
        P('Break', '10:40', '11:00', 'break'),
        P('Period 3', '11:00', '12:30'),
      ],
    },
  ],
});

const weekB = NORMAL_DAY.map((p) => (p.name === 'Period 1' ? { ...p, name: 'Period 1 (B)' } : p));

/** Two-week timetable: week A starts Monday 2026-09-07; week B has a different Period 1 name and no Friday. */
export const TWO_WEEK: Timetable = build({
  weekCycle: 2,
  weekAStarts: '2026-09-07',
  weeks: [
    { days: { monday: NORMAL_DAY, tuesday: NORMAL_DAY, wednesday: NORMAL_DAY, thursday: NORMAL_DAY, friday: NORMAL_DAY } },
    { days: { monday: weekB, tuesday: weekB, wednesday: weekB, thursday: weekB } },
  ],
});

/** Epoch ms of an ISO instant with an explicit offset or Z. */
export const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`);
  return t;
};
