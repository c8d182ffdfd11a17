/**
 * A calendar's all-day events near the dates read: terms (named "... term", spanning days) and
 * days without lessons (INSET days, holidays, closures, guessed from their names); anything else
 * is listed as ignored. Overlapping terms keep the earlier, and the timetable format's limits keep
 * the first 30 terms and 200 closures, each with a note.
 */
import { prop, thousands } from './ics-read';
import type { ReadingWindow } from './ics-window';
import { dateOf } from './ics-zones';
import type { Ev } from './ics-events';
import { classifyAllDay, longDate, rangeText, type Notes } from './ics-words';
import type { Closure, Term } from './schema';
import { addDays } from './time';

const MAX_TERMS = 30;
const MAX_CLOSURES = 200;
/** All-day events (terms, INSET days) are read from this many days before the dates read (a term starts before its first lesson). */
const ALL_DAY_BEFORE = 31;

export function readAllDay(
  allDay: readonly Ev[],
  win: ReadingWindow | undefined,
  fromDate: string,
  toDate: string,
  notes: Notes,
): { terms: Term[]; closures: Closure[] } {
  const terms: Term[] = [];
  let closures: Closure[] = [];
  let allDayOutside = 0;
  for (const ev of allDay) {
    const name = ev.name;
    const start = dateOf(ev.start);
    let last = start;
    const endDay = ev.end ? dateOf(ev.end) : ev.duration !== undefined ? addDays(start, Math.floor(ev.duration / 86_400)) : undefined;
    if (endDay !== undefined) last = endDay > start ? addDays(endDay, -1) : start; // DTEND of an all-day event is the day after
    if (win && (last < addDays(fromDate, -ALL_DAY_BEFORE) || start > toDate)) {
      allDayOutside++;
      continue;
    }
    if (prop(ev.comp, 'RRULE')) {
      notes.add(`The repeating all-day event '${name}' was ignored.`);
      continue;
    }
    const c = classifyAllDay(name);
    if (c.kind === 'term') {
      if (last === start) notes.add(`'${name}' on ${longDate(start)} is a single day, not a term's dates; it was ignored.`);
      else terms.push({ name, start, end: last });
    } else if (c.kind === 'ignore') {
      notes.add(`The all-day event '${name}' on ${longDate(start)} was ignored (not a holiday, INSET day or term).`);
    } else {
      closures.push({ date: start, ...(last !== start ? { endDate: last } : {}), name, kind: c.kind });
    }
  }
  if (allDayOutside > 0)
    notes.add(
      `${allDayOutside === 1 ? 'One all-day event' : `${thousands(allDayOutside)} all-day events`} outside the dates read ${allDayOutside === 1 ? 'was' : 'were'} left out.`,
    );
  terms.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  // Overlapping terms cannot both be kept (the timetable format refuses them): keep the earlier.
  const keptTerms: Term[] = [];
  for (const t of terms) {
    const prev = keptTerms[keptTerms.length - 1];
    if (prev && t.start <= prev.end) notes.add(`'${t.name}' (${rangeText(t.start, t.end)}) overlaps '${prev.name}'; it was left out.`);
    else keptTerms.push(t);
  }
  if (keptTerms.length > MAX_TERMS) {
    notes.add(`The calendar has ${keptTerms.length} terms; only the first ${MAX_TERMS} were kept.`);
    keptTerms.length = MAX_TERMS;
  }
  terms.length = 0;
  terms.push(...keptTerms);
  closures.sort((a, b) => (a.date < b.date ? -1 : 1));
  if (closures.length > MAX_CLOSURES) {
    notes.add(`The calendar has ${closures.length} holidays and closures; only the first ${MAX_CLOSURES} were kept.`);
    closures = closures.slice(0, MAX_CLOSURES);
  }
  return { terms, closures };
}
