/**
 * Import a timetable from an iCalendar (.ics) file, as exported by school management systems
 * (one event per lesson, repeating weekly or fortnightly) and by calendar apps (Google, Outlook,
 * Apple). Returns what was understood, in plain English, for a preview before anything is saved;
 * a bad file gives a clear error and never throws, and no file costs more than a bounded amount
 * of work (see IcsWork): a file is at most 2 MB, and an import reads it in well under a second.
 *
 * The steps, each in its own module:
 *  1. ics-read.ts: the text to components, unfolded and tokenised in one pass, keeping only what
 *     a timetable needs (event times, repeats, names, status; time zone definitions).
 *  2. ics-window.ts: the dates to read, where the bulk of the events are, so that a stray event
 *     from years ago or a birthday in 2099 cannot push the timetable out of the window.
 *  3. ics-repeat.ts: repeats (RRULE, weekly, fortnightly via INTERVAL=2, UNTIL/COUNT) expanded
 *     inside the window only; EXDATE, RDATE and moved or changed instances (RECURRENCE-ID) here.
 *  4. ics-zones.ts: every time read on the school's wall clock.
 *  5. ics-events.ts sorts the events and checks their repeats, ics-occurrences.ts expands them to
 *     occurrences on the school's wall clock, ics-all-day.ts reads terms and days without lessons,
 *     ics-timetable.ts turns occurrences into the bell schedule and one-off days, and this file
 *     runs the steps and says in plain English what was understood. The mapping:
 *  - Timed events: occurrences of one event (or, for calendars that list each lesson separately,
 *    of one title) at the same weekday and times form a slot; a slot seen in consecutive weeks is
 *    weekly, one seen only every other week is fortnightly (week A or B, so the timetable becomes
 *    a two-week one), anything else is a one-off. Weekly and fortnightly slots make the bell
 *    schedule.
 *  - Every school day in the calendar's range whose actual events differ from the bell schedule
 *    (a cancelled lesson, a moved one, an extra event) becomes a one-off day with the actual
 *    periods; a run of school days with no events at all becomes a closure.
 *  - All-day events: named like INSET / training days -> INSET closures; holidays, half term,
 *    bank holidays -> holiday closures; "closed" -> closure; "... term" (not half term) spanning
 *    days -> a term. Other all-day events are listed as ignored.
 *  - When the file has no terms, the calendar's own range (first to last lesson) becomes one term,
 *    so the timetable stops where the calendar stops.
 * Period kinds are guessed from names ("Break", "Lunch", "Registration"/"Tutor", ...); the
 * preview shows them so a wrong guess can be seen before saving.
 *
 * Whatever the file holds, the valid parts are imported: an event that cannot be read, repeats
 * every minute or uses an unknown time zone is skipped or read as best it can, with a note
 * naming it, and the limits of the timetable format (40 periods a day, 30 terms, 200 closures)
 * keep the first entries with a note instead of failing the whole import.
 */
import type { Timetable, TimetableInput } from './schema';
import { WEEKDAYS, isValidTimeZone, timetableSchema } from './schema';
import { excerpt, prop, readIcs, thousands, unescapeText } from './ics-read';
import { readAllDay } from './ics-all-day';
import { readRepeats, schoolZone, sortEvents } from './ics-events';
import { readOccurrences } from './ics-occurrences';
import { bellSchedule, oneOffDays, patternFor } from './ics-timetable';
import { chooseWindow } from './ics-window';
import { ianaZoneFor } from './ics-zones';
import { DAY_NAMES, Notes, cleanName, describeChange, describePeriods, longDate, rangeText, samePeriods } from './ics-words';
import { dateFromDayNumber, dayNumber, wallClock } from './time';

export { ianaZoneFor };
export { guessKind } from './ics-words';

export interface IcsOptions {
  /** The school's time zone; default: the calendar's own (X-WR-TIMEZONE or its events'), else Europe/London. */
  timeZone?: string;
  /** Read occurrences from this date ("YYYY-MM-DD") on; default: from where the bulk of the events are. */
  from?: string;
  /** The date to read the calendar around ("YYYY-MM-DD"); default: today in the school's time zone. */
  today?: string;
}

export type IcsResult = { ok: true; timetable: Timetable; summary: string[]; warnings: string[] } | { ok: false; error: string };

/** The work an import did: each count is bounded whatever the file holds. */
export interface IcsWork {
  /** Lines of the file read. */
  lines: number;
  /** Events in the calendar. */
  events: number;
  /** Events that gave at least one occurrence in the dates read. */
  eventsUsed: number;
  /** Candidate days looked at while expanding daily and weekly repeats. */
  repeatSteps: number;
  /** Steps of ical.js's iterator, for other repeats. */
  icalSteps: number;
  /** Times converted through a file's own time zone definition (ical.js). */
  icalConversions: number;
  /** Occurrences read (lessons and events on a date). */
  occurrences: number;
}

/** Largest file accepted: the options page's own limit (a year of lessons, one by one, is well under it). */
export const MAX_ICS_BYTES = 2_000_000;

/** Parse an iCalendar file into a timetable, with a plain-English summary for a preview. */
export function parseIcs(text: string, opts: IcsOptions = {}): IcsResult {
  return parseIcsWithWork(text, opts).result;
}

/** parseIcs, with the work it did (for tests and the benchmark: every count is bounded). */
export function parseIcsWithWork(text: string, opts: IcsOptions = {}): { result: IcsResult; work: IcsWork } {
  const work: IcsWork = { lines: 0, events: 0, eventsUsed: 0, repeatSteps: 0, icalSteps: 0, icalConversions: 0, occurrences: 0 };
  try {
    return { result: importIcs(text, opts, work), work };
  } catch (e) {
    // Nothing above should throw (the property tests look for this message); if something does,
    // the preview still gets a sentence rather than a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    return { result: { ok: false, error: `The import stopped on something in this file it could not handle (${excerpt(detail, 120)}).` }, work };
  }
}

function importIcs(text: string, opts: IcsOptions, work: IcsWork): IcsResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > MAX_ICS_BYTES) {
    return {
      ok: false,
      error: `The file is too large (${(text.length / 1_000_000).toFixed(1)} MB); a timetable calendar is well under ${MAX_ICS_BYTES / 1_000_000} MB.`,
    };
  }
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^BEGIN:VCALENDAR\s*$/im.test(body.slice(0, 200)) || !/^BEGIN:VCALENDAR/i.test(body)) {
    return {
      ok: false,
      error:
        'This is not an iCalendar (.ics) file: it should begin with "BEGIN:VCALENDAR". Export the timetable as iCalendar/.ics from your school system or calendar.',
    };
  }
  if (!/^END:VCALENDAR/im.test(body)) return { ok: false, error: 'The calendar file is cut short: it has no "END:VCALENDAR". Try exporting it again.' };
  if (opts.timeZone !== undefined && !isValidTimeZone(opts.timeZone))
    return { ok: false, error: `"${opts.timeZone}" is not a time zone name such as "Europe/London".` };

  // 1. Read the file.
  const read = readIcs(body);
  work.lines = read.lines;
  work.events = read.events;
  const root = read.calendar;
  if (!root) return { ok: false, error: 'This is not an iCalendar (.ics) calendar.' };
  const unreadable: string[] = read.firstUnreadable ? [`${read.firstUnreadable} is not an iCalendar line`] : [];
  const cannotRead = () => ({ ok: false as const, error: `The file could not be read as an iCalendar (.ics) calendar: ${unreadable[0]}.` });
  const vevents = root.children.filter((c) => c.name === 'VEVENT');
  if (read.events === 0) return unreadable.length > 0 ? cannotRead() : { ok: false, error: 'The calendar has no events, so there is no timetable to import.' };

  const notes = new Notes();
  for (const n of read.notes) notes.add(n);
  if (read.unreadable > 0)
    notes.add(
      `${read.unreadable === 1 ? 'One line' : `${thousands(read.unreadable)} lines`} of the file could not be read and ${read.unreadable === 1 ? 'was' : 'were'} skipped (the first: ${read.firstUnreadable}).`,
    );
  const summary: string[] = [];

  const tz = schoolZone(root, vevents, opts.timeZone);
  const events = sortEvents(vevents, notes, unreadable);
  const spans = readRepeats(events, notes);

  // 2. The dates to read.
  const today = opts.today && /^\d{4}-\d{2}-\d{2}$/.test(opts.today) ? opts.today : wallClock(Date.now(), tz).date;
  const win = chooseWindow(spans, dayNumber(today), opts.from && /^\d{4}-\d{2}-\d{2}$/.test(opts.from) ? dayNumber(opts.from) : undefined);
  const fromDate = win ? dateFromDayNumber(win.from) : today;
  const toDate = win ? dateFromDayNumber(win.to) : today;

  // 3. Occurrences of timed events on the school's wall clock.
  const { occurrences, infinite } = readOccurrences({ root, tz, events, spans, win, fromDate, toDate, notes, work });

  // All-day events: terms and days without lessons, near the dates read.
  const { terms, closures } = readAllDay(events.allDay, win, fromDate, toDate, notes);

  if (occurrences.length === 0) {
    if (unreadable.length > 0) return cannotRead();
    return { ok: false, error: 'No timetable found: the calendar has no timed events (lessons, breaks) to build a bell schedule from.' };
  }

  // The bell schedule, from the slots that repeat weekly or fortnightly.
  const schedule = bellSchedule(occurrences, notes);
  const { weeks, weekCycle, weekAStarts } = schedule;

  // The calendar's range; when the file has no terms, it becomes the one term.
  let firstDate = occurrences[0]!.date;
  let lastDate = firstDate;
  for (const o of occurrences) {
    if (o.date < firstDate) firstDate = o.date;
    if (o.date > lastDate) lastDate = o.date;
  }
  const derivedTerm = terms.length === 0 && !infinite;
  if (derivedTerm) terms.push({ name: 'Timetable dates', start: firstDate, end: lastDate });

  // Days that differ from the bell schedule.
  const draft = timetableSchema.safeParse({
    timeZone: tz,
    weekCycle,
    ...(weekAStarts ? { weekAStarts } : {}),
    weeks,
    terms,
    closures,
  } satisfies TimetableInput);
  if (!draft.success) {
    return { ok: false, error: `The calendar was read, but its timetable is not valid: ${draft.error.issues.map((i) => i.message).join('; ')}` };
  }
  const base = draft.data;
  const { overrides, closures: extraClosures } = oneOffDays(base, schedule, occurrences, firstDate, lastDate, notes);
  const allClosures = [...closures, ...extraClosures].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(0, 200);

  const final = timetableSchema.safeParse({
    timeZone: tz,
    weekCycle,
    ...(weekAStarts ? { weekAStarts } : {}),
    weeks,
    terms,
    closures: allClosures,
    overrides,
  } satisfies TimetableInput);
  if (!final.success) {
    return { ok: false, error: `The calendar was read, but its timetable is not valid: ${final.error.issues.map((i) => i.message).join('; ')}` };
  }
  const timetable = final.data;
  const periodCount = timetable.weeks.reduce((n, w) => n + WEEKDAYS.reduce((m, d) => m + w.days[d].length, 0), 0);
  if (periodCount === 0) {
    return { ok: false, error: 'No timetable found: no event in the calendar repeats weekly or fortnightly, so there is no bell schedule to build.' };
  }

  const patternOf = patternFor(base, schedule);

  // What was understood, in plain English.
  const calNameRaw = unescapeText(prop(root, 'X-WR-CALNAME')?.value ?? '').trim();
  const calName = calNameRaw ? cleanName(calNameRaw) : '';
  summary.push(
    `${calName ? `"${calName}": ` : ''}${read.events} events read, from ${longDate(firstDate)} to ${longDate(lastDate)}${infinite ? ' (some repeat with no end date)' : ''}.`,
  );
  summary.push(`Time zone: ${tz}.`);
  summary.push(
    weekCycle === 2
      ? `Two-week timetable: week A is the week beginning ${longDate(weekAStarts!)}, then weeks alternate B, A, B.`
      : 'One-week timetable: the same periods every week.',
  );
  for (const day of WEEKDAYS) {
    const a = timetable.weeks[0]?.days[day] ?? [];
    const b = timetable.weeks[1]?.days[day];
    const label = DAY_NAMES[WEEKDAYS.indexOf(day)];
    if (!b || samePeriods(a, b)) {
      if (a.length > 0) summary.push(`${label}${b ? ' (weeks A and B)' : ''}: ${describePeriods(a)}.`);
    } else {
      summary.push(`${label} (week A): ${describePeriods(a)}.`);
      summary.push(`${label} (week B): ${describePeriods(b)}.`);
    }
  }
  for (const t of timetable.terms) summary.push(`Term: ${t.name}, ${rangeText(t.start, t.end)}${derivedTerm ? ' (the dates the calendar covers)' : ''}.`);
  for (const c of timetable.closures)
    summary.push(`No lessons (${c.kind === 'inset' ? 'INSET day' : c.kind}): ${c.name || c.kind}, ${rangeText(c.date, c.endDate ?? c.date)}.`);
  for (const o of timetable.overrides) summary.push(`One-off day, ${longDate(o.date)}: ${describeChange(patternOf(o.date), o.periods)}.`);
  return { ok: true, timetable, summary, warnings: notes.list() };
}
