/**
 * The timetable settings: when is it lesson time? (policy clause 5.4: "the use of personal social
 * media accounts during lesson time is not permitted").
 *
 * One zod schema gives the TypeScript type, the defaults, runtime validation and (through
 * src/settings) Chrome's managed_schema.json. Chrome's managed-storage schema understands only a
 * subset of JSON Schema, so every field here is a plain object, array, string, integer, boolean
 * or enum: no unions, no nullables, no tuples, no records. Times are "HH:MM" strings, dates are
 * "YYYY-MM-DD" strings, weekdays are lower-case English names.
 *
 * Shape checks (patterns, enums) come first; the meaning checks (periods that end before they
 * start, overlap, or are out of order; terms that end before they start; a two-week timetable
 * without its week B) are in `superRefine`, and every message names the path, e.g.
 * "weeks.0.days.monday.2: 'Period 3' (10:40-10:20) ends before it starts".
 *
 * An empty object (or no timetable at all) is valid and means "no timetable configured".
 */
import { z } from 'zod';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PERIOD_KINDS = ['lesson', 'break', 'lunch', 'registration', 'before-school', 'after-school'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const CLOSURE_KINDS = ['holiday', 'inset', 'closure'] as const;

export const WEEK_NAMES = ['A', 'B'] as const;
export type WeekName = (typeof WEEK_NAMES)[number];

/** "HH:MM", 24-hour, 00:00 to 23:59. */
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
/** "YYYY-MM-DD" (whether the day exists is checked separately). */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

const TIME_RE = new RegExp(TIME_PATTERN);
const DATE_RE = new RegExp(DATE_PATTERN);

/** Minutes since midnight of a valid "HH:MM" string. */
export function timeToMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** True when "YYYY-MM-DD" names a real calendar day (no 30 February). */
export function isRealDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

/** True when `tz` is an IANA time zone this JavaScript engine knows. */
export function isValidTimeZone(tz: string): boolean {
  if (!tz || tz.length > 100) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const timeString = (title: string, description: string) =>
  z.string().regex(TIME_RE, 'must be a time of day as HH:MM on the 24-hour clock, from 00:00 to 23:59 (e.g. 08:45)').meta({ title, description });

const dateString = (title: string, description: string) =>
  z
    .string()
    .regex(DATE_RE, 'must be a date as YYYY-MM-DD (e.g. 2026-09-03)')
    .refine((s) => !DATE_RE.test(s) || isRealDate(s), 'is not a real date')
    .meta({ title, description });

const nameString = (title: string, description: string, max = 80) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).meta({ title, description });

export const periodSchema = z
  .object({
    name: nameString('Name', 'The period\'s name as staff know it, e.g. "Period 3", "Break", "Lunch", "Tutor time".'),
    start: timeString('Starts', "When the period starts, HH:MM on the 24-hour clock in the school's time zone."),
    end: timeString('Ends', 'When the period ends, HH:MM. The period is over at this minute exactly: a period ending 10:40 is over at 10:40:00.'),
    kind: z.enum(PERIOD_KINDS).default('lesson').meta({
      title: 'Kind',
      description: 'What the period is: "lesson" (lesson time under clause 5.4), "break", "lunch", "registration", "before-school" or "after-school".',
    }),
  })
  .meta({ title: 'Period', description: 'One period of the school day.' });

export type Period = z.infer<typeof periodSchema>;

const dayPeriods = (day: Weekday) =>
  z
    .array(periodSchema)
    .max(40, 'must have at most 40 periods')
    .default([])
    .meta({
      title: day[0]!.toUpperCase() + day.slice(1),
      description: `The periods on ${day[0]!.toUpperCase() + day.slice(1)}, in time order, not overlapping. Leave empty for a day with no school.`,
    });

export const weekDaysSchema = z
  .object({
    monday: dayPeriods('monday'),
    tuesday: dayPeriods('tuesday'),
    wednesday: dayPeriods('wednesday'),
    thursday: dayPeriods('thursday'),
    friday: dayPeriods('friday'),
    saturday: dayPeriods('saturday'),
    sunday: dayPeriods('sunday'),
  })
  .meta({ title: 'Days', description: 'The periods of each weekday.' });

export const weekSchema = z
  .object({
    days: weekDaysSchema.default(() => weekDaysSchema.parse({})),
  })
  .meta({ title: 'Week', description: 'The bell schedule of one week of the timetable cycle.' });

export type Week = z.infer<typeof weekSchema>;

export const termSchema = z
  .object({
    name: nameString('Name', 'The term\'s name, e.g. "Autumn 1".'),
    start: dateString('First day', 'The first day of term, YYYY-MM-DD.'),
    end: dateString('Last day', 'The last day of term (included), YYYY-MM-DD.'),
    firstWeek: z.enum(WEEK_NAMES).optional().meta({
      title: 'First week',
      description:
        'For a two-week timetable that restarts each term: whether the term\'s first week is week "A" or "B". Leave out to follow "Week A starts" straight through the holidays.',
    }),
  })
  .meta({ title: 'Term', description: 'A term (or half term) of school days. Days outside every term are holidays.' });

export type Term = z.infer<typeof termSchema>;

export const closureSchema = z
  .object({
    date: dateString('Date', 'The day the school is closed to lessons, YYYY-MM-DD (the first day, if it is several).'),
    endDate: dateString('Last day', 'For several days in a row: the last day (included), YYYY-MM-DD. Leave out for a single day.').optional(),
    name: z.string().trim().max(80, 'must be at most 80 characters').default('').meta({
      title: 'Name',
      description: 'What staff call it, e.g. "Half term", "INSET day", "Polling day". Shown as the reason there are no lessons.',
    }),
    kind: z
      .enum(CLOSURE_KINDS)
      .default('holiday')
      .meta({ title: 'Kind', description: '"holiday", "inset" (a staff training day: no lessons) or "closure" (e.g. snow, polling day).' }),
  })
  .meta({ title: 'Day without lessons', description: 'A holiday, INSET day or closure inside term time.' });

export type Closure = z.infer<typeof closureSchema>;

export const overrideSchema = z
  .object({
    date: dateString('Date', 'The day that runs differently, YYYY-MM-DD.'),
    name: z.string().trim().max(80, 'must be at most 80 characters').default('').meta({
      title: 'Name',
      description: 'Why the day is different, e.g. "Early finish", "Sports day".',
    }),
    periods: z.array(periodSchema).max(40, 'must have at most 40 periods').default([]).meta({
      title: 'Periods',
      description: "That day's periods, replacing the usual ones (in time order, not overlapping). Empty means no lessons that day.",
    }),
  })
  .meta({ title: 'One-off day', description: 'A single day with its own periods, e.g. an early finish. It replaces everything else for that day.' });

export type Override = z.infer<typeof overrideSchema>;

export const FREE_PERIOD_WEEKS = ['any', 'A', 'B'] as const;

export const freePeriodSchema = z
  .object({
    week: z.enum(FREE_PERIOD_WEEKS).default('any').meta({ title: 'Week', description: '"A" or "B" in a two-week timetable, or "any" for every week.' }),
    day: z.enum(WEEKDAYS).meta({ title: 'Day', description: 'The weekday, e.g. "tuesday".' }),
    period: nameString('Period', 'The period\'s name exactly as in the timetable, e.g. "Period 4".'),
  })
  .meta({ title: 'Free period', description: 'A lesson period in which this member of staff does not teach (PPA or a free period).' });

export type FreePeriod = z.infer<typeof freePeriodSchema>;

const timetableShape = z.object({
  timeZone: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone name, e.g. "Europe/London"')
    .default('Europe/London')
    .meta({ title: 'Time zone', description: "The school's time zone (IANA name). All times and dates in the timetable are in this zone.", scope: 'admin' }),
  weekCycle: z.number().int('must be a whole number').min(1, 'must be 1 or 2').max(2, 'must be 1 or 2').default(1).meta({
    title: 'Weeks in the timetable cycle',
    description: '1 for the same timetable every week; 2 for a two-week timetable (week A and week B).',
    scope: 'admin',
  }),
  weekAStarts: dateString(
    'Week A starts',
    'For a two-week timetable: any date in a week A (weeks run Monday to Sunday, and alternate A, B, A, B from here, holidays included unless a term says its first week).',
  )
    .optional()
    .meta({ scope: 'admin' }),
  weeks: z.array(weekSchema).max(2, 'must have at most 2 weeks (A and B)').default([]).meta({
    title: 'Bell schedule',
    description: 'The periods of each weekday: one week, or two (week A then week B) for a two-week timetable. Empty means no timetable is configured.',
    scope: 'admin',
  }),
  terms: z
    .array(termSchema)
    .max(30, 'must have at most 30 terms')
    .default([])
    .meta({ title: 'Terms', description: 'Term dates. Days outside every term are holidays. Leave empty to treat every week as term time.', scope: 'admin' }),
  closures: z
    .array(closureSchema)
    .max(200, 'must have at most 200 entries')
    .default([])
    .meta({ title: 'Holidays, INSET days and closures', description: 'Days without lessons, e.g. half term, INSET days, bank holidays.', scope: 'admin' }),
  overrides: z
    .array(overrideSchema)
    .max(200, 'must have at most 200 entries')
    .default([])
    .meta({ title: 'One-off days', description: "Days that run differently, e.g. an early finish, with that day's periods.", scope: 'admin' }),
  staffMayMarkFreePeriods: z.boolean().default(false).meta({
    title: 'Staff may mark their free periods',
    description: 'When true, each member of staff may mark lesson periods they do not teach (PPA, free periods) as not lesson time. The admin decides.',
    scope: 'admin',
  }),
  freePeriods: z.array(freePeriodSchema).max(100, 'must have at most 100 entries').default([]).meta({
    title: 'My free periods',
    description: 'Lesson periods this member of staff does not teach (PPA, free periods). Counted only when "Staff may mark their free periods" is on.',
    scope: 'both',
  }),
});

const fmtPeriod = (p: { name: string; start: string; end: string }) => `'${p.name}' (${p.start}-${p.end})`;

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message: `${path.join('.')}: ${message}` });
}

/** Periods must each end after they start, be in time order and not overlap. */
function checkPeriods(ctx: Ctx, base: (string | number)[], periods: readonly Period[]): void {
  let prev: { p: Period; i: number } | undefined;
  periods.forEach((p, i) => {
    // A malformed time already has its own message from the pattern; compare only well-formed ones.
    if (!TIME_RE.test(p.start) || !TIME_RE.test(p.end)) return;
    const path = [...base, i];
    const s = timeToMinutes(p.start);
    const e = timeToMinutes(p.end);
    if (e < s) issue(ctx, path, `${fmtPeriod(p)} ends before it starts`);
    else if (e === s) issue(ctx, path, `${fmtPeriod(p)} has no length: it starts and ends at ${p.start}`);
    if (prev) {
      const ps = timeToMinutes(prev.p.start);
      const pe = timeToMinutes(prev.p.end);
      if (s < ps) issue(ctx, path, `${fmtPeriod(p)} is out of order: it starts before ${fmtPeriod(prev.p)} listed above it; list periods in time order`);
      else if (s < pe) issue(ctx, path, `${fmtPeriod(p)} overlaps ${fmtPeriod(prev.p)}: it starts before that period ends`);
    }
    if (e > s && (!prev || timeToMinutes(prev.p.end) <= e)) prev = { p, i };
  });
}

export const timetableSchema = timetableShape
  .superRefine((tt, ctx) => {
    tt.weeks.forEach((w, wi) => {
      for (const day of WEEKDAYS) checkPeriods(ctx, ['weeks', wi, 'days', day], w.days[day]);
    });
    if (tt.weekCycle === 2) {
      if (tt.weeks.length !== 2) {
        issue(ctx, ['weeks'], `a two-week timetable (weekCycle 2) needs two weeks, A then B; found ${tt.weeks.length}`);
      }
      if (!tt.weekAStarts) issue(ctx, ['weekAStarts'], 'a two-week timetable (weekCycle 2) needs a date in a week A');
    } else if (tt.weeks.length > 1) {
      issue(ctx, ['weeks'], `found ${tt.weeks.length} weeks, but weekCycle is 1: set weekCycle to 2 for a two-week timetable, or keep one week`);
    }
    const terms = tt.terms.map((t, i) => ({ t, i }));
    const realTerms = terms.filter(({ t }) => isRealDate(t.start) && isRealDate(t.end));
    for (const { t, i } of realTerms) {
      if (t.end < t.start) issue(ctx, ['terms', i], `'${t.name}' ends (${t.end}) before it starts (${t.start})`);
    }
    const sorted = realTerms.filter(({ t }) => t.end >= t.start).sort((a, b) => (a.t.start < b.t.start ? -1 : a.t.start > b.t.start ? 1 : 0));
    for (let k = 1; k < sorted.length; k++) {
      const a = sorted[k - 1]!;
      const b = sorted[k]!;
      if (b.t.start <= a.t.end) issue(ctx, ['terms', b.i], `'${b.t.name}' (${b.t.start} to ${b.t.end}) overlaps '${a.t.name}' (${a.t.start} to ${a.t.end})`);
    }
    tt.closures.forEach((c, i) => {
      if (c.endDate !== undefined && isRealDate(c.endDate) && isRealDate(c.date) && c.endDate < c.date) {
        issue(ctx, ['closures', i], `'${c.name || c.kind}' ends (${c.endDate}) before it starts (${c.date})`);
      }
    });
    const seen = new Map<string, number>();
    tt.overrides.forEach((o, i) => {
      const before = seen.get(o.date);
      if (before !== undefined) issue(ctx, ['overrides', i], `${o.date} already has a one-off day (overrides.${before}); keep one per date`);
      else seen.set(o.date, i);
      checkPeriods(ctx, ['overrides', i, 'periods'], o.periods);
    });
  })
  .meta({
    title: 'Timetable',
    description: "The school's bell schedule, term dates and days without lessons: when it is lesson time (policy clause 5.4).",
    scope: 'admin',
  });

/** A validated timetable, defaults filled in. */
export type Timetable = z.infer<typeof timetableSchema>;
/** What may be stored or imported: every field optional. */
export type TimetableInput = z.input<typeof timetableSchema>;

/** The empty timetable: "no timetable configured". */
export const EMPTY_TIMETABLE: Timetable = timetableSchema.parse({});

/**
 * Plain-English problems in a timetable, one per line, each naming its path; [] when valid.
 * Messages from the meaning checks already start with their path; shape messages get it added.
 */
export function timetableProblems(input: unknown): string[] {
  const r = timetableSchema.safeParse(input ?? {});
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    return path && !i.message.startsWith(`${path}: `) ? `${path}: ${i.message}` : i.message;
  });
}
