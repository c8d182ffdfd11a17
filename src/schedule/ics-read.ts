/**
 * Step 1 of the .ics import: text to components, before ical.js sees any of it.
 *
 * One pass over the text, with bounded work per line, so that no file (however folded, nested or
 * long-lined) costs more than its size. Only what a timetable needs is kept: the calendar's name
 * and time zone, its events' times, repeats, names and status, and the time zone definitions.
 * Everything else (descriptions, attendees, alarms, to-dos) is skipped without being unfolded.
 *
 * What the reader tolerates, and why:
 *  - CRLF, bare LF and bare CR line ends, mixed: RFC 5545 §3.1 says CRLF, but files edited or
 *    produced on other systems use LF, and classic Mac tools wrote CR.
 *  - Folding (§3.1: a line starting with a space or tab continues the previous one) is undone
 *    only for kept properties, and a kept line stops growing at MAX_LINE characters (a name is
 *    cut to 80 characters later anyway; a longer EXDATE list keeps its first dates).
 *  - A line that is not a content line is skipped and counted: one bad line must not lose the
 *    timetable around it. When nothing usable is left, the caller reports the first of them.
 *  - END lines that close the wrong component close the components opened since the matching
 *    BEGIN; an END that matches nothing is skipped. Components nest at most MAX_DEPTH deep.
 */

export interface IcsProp {
  /** Upper case, e.g. "DTSTART". */
  name: string;
  /** The parameters the import reads (TZID, VALUE, RANGE), names upper case, quotes removed. */
  params: Record<string, string>;
  value: string;
  /** Line number (1-based) where the property starts. */
  line: number;
}

export interface IcsComponent {
  /** Upper case, e.g. "VEVENT". */
  name: string;
  props: IcsProp[];
  children: IcsComponent[];
  line: number;
  /** The property lines kept were cut short or capped (a note says which). */
  capped?: boolean;
}

export interface IcsRead {
  /** The first VCALENDAR in the file, with only the parts the import reads. */
  calendar: IcsComponent | undefined;
  /** Lines read (physical lines, before unfolding). */
  lines: number;
  /** Every VEVENT in the calendar, kept or not. */
  events: number;
  /** Lines that are not iCalendar content lines. */
  unreadable: number;
  /** The first of them, for a message: "line 3 ("this is not a property")". */
  firstUnreadable?: string;
  /** Plain-English notes about what was cut or skipped. */
  notes: string[];
}

/** The longest logical line kept (characters); a DESCRIPTION can be longer, but it is not kept. */
export const MAX_LINE = 16_384;
/** Events read: a school year of one teacher's lessons listed one by one is under 2,500. */
export const MAX_EVENTS = 6_000;
/** Time zone definitions read (a calendar has one or two). */
export const MAX_ZONES = 10;
/** Observances (STANDARD/DAYLIGHT) read per time zone definition. */
export const MAX_OBSERVANCES = 30;
/** Properties kept per component. */
export const MAX_PROPS = 400;
const MAX_DEPTH = 16;

const EVENT_PROPS = new Set(['UID', 'DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RDATE', 'EXDATE', 'RECURRENCE-ID', 'SUMMARY', 'STATUS']);
const OBSERVANCE_PROPS = new Set(['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO', 'RRULE', 'RDATE']);
const KEEP_PROPS: Record<string, Set<string>> = {
  VCALENDAR: new Set(['X-WR-TIMEZONE', 'X-WR-CALNAME']),
  VEVENT: EVENT_PROPS,
  VTIMEZONE: new Set(['TZID']),
  STANDARD: OBSERVANCE_PROPS,
  DAYLIGHT: OBSERVANCE_PROPS,
};
const KEEP_CHILDREN: Record<string, Set<string>> = {
  VCALENDAR: new Set(['VEVENT', 'VTIMEZONE']),
  VTIMEZONE: new Set(['STANDARD', 'DAYLIGHT']),
};
const KEEP_PARAMS = new Set(['TZID', 'VALUE', 'RANGE']);

interface Open {
  name: string;
  /** The component being built, when it is kept. */
  comp?: IcsComponent;
}

/** The logical line being read (one object, reused: a file has tens of thousands of lines). */
interface Pending {
  active: boolean;
  line: number;
  first: string;
  /** Continuation lines, when the line is folded. */
  more: string[] | null;
  length: number;
  /** Undecided until the name is known (a line folded inside its name). */
  keep: boolean | undefined;
  cut: boolean;
}

const isNameChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45; // A-Z a-z 0-9 -

/** Length of the property name at the start of `s` (0 when there is none). */
function nameLength(s: string): number {
  let i = 0;
  while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
  return i;
}

/** A tidy excerpt of a line for a message. */
export function excerpt(s: string, max = 40): string {
  const t = s
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[\ud800-\udfff]/g, '\ufffd')
    .trim();
  return t.length > max ? `${t.slice(0, max)}...` : t;
}

/**
 * The parameters and value of a content line whose name is `line.slice(0, at)`, or undefined
 * when it is not a content line (RFC 5545 §3.1: name *(";" param) ":" value).
 */
const NO_PARAMS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function splitLine(line: string, at: number): { params: Record<string, string>; value: string } | undefined {
  let params = NO_PARAMS;
  let i = at;
  while (i < line.length && line.charCodeAt(i) === 59 /* ; */) {
    const eq = line.indexOf('=', i + 1);
    if (eq < 0) return undefined;
    const pname = line.slice(i + 1, eq).toUpperCase();
    if (pname.length === 0 || nameLength(pname) !== pname.length) return undefined;
    // Values: comma-separated, each quoted (may hold ; : ,) or not (may not).
    i = eq + 1;
    let first: string | undefined;
    for (;;) {
      let v: string;
      if (line.charCodeAt(i) === 34 /* " */) {
        const close = line.indexOf('"', i + 1);
        if (close < 0) return undefined;
        v = line.slice(i + 1, close);
        i = close + 1;
      } else {
        let j = i;
        while (j < line.length) {
          const c = line.charCodeAt(j);
          if (c === 59 || c === 58 || c === 44 || c === 34) break; // ; : , "
          j++;
        }
        v = line.slice(i, j);
        i = j;
      }
      first ??= v;
      if (line.charCodeAt(i) === 44 /* , */) i++;
      else break;
    }
    if (KEEP_PARAMS.has(pname) && !Object.hasOwn(params, pname)) {
      if (params === NO_PARAMS) params = {};
      params[pname] = first ?? '';
    }
  }
  if (line.charCodeAt(i) !== 58 /* : */) return undefined;
  return { params, value: line.slice(i + 1) };
}

/** Read the first calendar in an iCalendar text. Never throws; work is linear in the text. */
export function readIcs(text: string): IcsRead {
  const out: IcsRead = { calendar: undefined, lines: 0, events: 0, unreadable: 0, notes: [] };
  const stack: Open[] = [];
  let done = false;
  let eventsKept = 0;
  let eventsOver = 0;
  let zones = 0;
  let zonesOver = 0;
  let tooDeep = 0;
  let unclosed = 0;
  let propsOver = 0;
  let cutLines = 0;
  const pending: Pending = { active: false, line: 0, first: '', more: null, length: 0, keep: false, cut: false };

  const unreadable = (line: number, s: string) => {
    out.unreadable++;
    out.firstUnreadable ??= `line ${line} ("${excerpt(s)}")`;
  };
  const top = () => stack[stack.length - 1];
  const keptHere = () => {
    const t = top();
    return t?.comp ? KEEP_PROPS[t.comp.name] : undefined;
  };

  const open = (name: string, line: number) => {
    if (stack.length === 0) {
      if (name === 'VCALENDAR' && !out.calendar) {
        out.calendar = { name, props: [], children: [], line };
        stack.push({ name, comp: out.calendar });
      } else stack.push({ name });
      return;
    }
    if (stack.length >= MAX_DEPTH) {
      tooDeep++;
      return;
    }
    const parent = top()!;
    if (stack.length === 1 && name === 'VEVENT' && parent.comp) out.events++;
    let comp: IcsComponent | undefined;
    if (parent.comp && KEEP_CHILDREN[parent.comp.name]?.has(name)) {
      let room = true;
      if (name === 'VEVENT') {
        room = eventsKept < MAX_EVENTS;
        if (room) eventsKept++;
        else eventsOver++;
      } else if (name === 'VTIMEZONE') {
        room = zones < MAX_ZONES;
        if (room) zones++;
        else zonesOver++;
      } else if (parent.comp.children.length >= MAX_OBSERVANCES) room = false;
      if (room) {
        comp = { name, props: [], children: [], line };
        parent.comp.children.push(comp);
      }
    }
    stack.push(comp ? { name, comp } : { name });
  };

  const close = (name: string, line: number, raw: string) => {
    let i = stack.length - 1;
    const floor = Math.max(0, stack.length - MAX_DEPTH);
    while (i >= floor && stack[i]!.name !== name) i--;
    if (i < floor) {
      unreadable(line, raw); // an END with no BEGIN
      return;
    }
    unclosed += stack.length - 1 - i;
    stack.length = i;
    if (i === 0 && name === 'VCALENDAR' && out.calendar) done = true;
  };

  const flush = () => {
    const p = pending;
    if (!p.active) return;
    p.active = false;
    if (p.keep === false) return;
    const line = p.more ? p.first + p.more.join('') : p.first;
    p.first = '';
    p.more = null;
    const at = nameLength(line);
    const parts = at > 0 ? splitLine(line, at) : undefined;
    if (!parts) {
      unreadable(p.line, line);
      return;
    }
    const name = line.slice(0, at).toUpperCase();
    if (name === 'BEGIN' || name === 'END') {
      const comp = parts.value.trim().toUpperCase();
      if (name === 'BEGIN') open(comp, p.line);
      else close(comp, p.line, line);
      return;
    }
    const keep = keptHere();
    const t = top()?.comp;
    if (!keep || !t || !keep.has(name)) return;
    if (t.props.length >= MAX_PROPS) {
      propsOver++;
      t.capped = true;
      return;
    }
    let value = parts.value;
    if (p.cut) {
      cutLines++;
      t.capped = true;
      // A list of dates keeps its whole dates; anything else is cut where it is.
      if (name === 'EXDATE' || name === 'RDATE') value = value.slice(0, Math.max(0, value.lastIndexOf(',')));
    }
    t.props.push({ name, params: parts.params, value, line: p.line });
  };

  // Decide from the start of a logical line whether it needs unfolding at all, without copying
  // it out of the text (most lines of a real export are descriptions and attendees, not kept).
  const decide = (s: string, from: number, to: number): boolean | undefined => {
    let at = from;
    while (at < to && isNameChar(s.charCodeAt(at))) at++;
    if (at === to) return undefined; // folded inside the name (or an empty line)
    const c = s.charCodeAt(at);
    if (c !== 59 && c !== 58) return keptHere() !== undefined; // not a content line: counted where it matters
    let name = s.slice(from, at);
    for (let i = 0; i < name.length; i++) {
      const ch = name.charCodeAt(i);
      if (ch >= 97 && ch <= 122) {
        name = name.toUpperCase();
        break;
      }
    }
    if (name === 'BEGIN' || name === 'END') return true;
    const keep = keptHere();
    return keep ? keep.has(name) : false;
  };

  const len = text.length;
  let pos = 0;
  let lineNo = 0;
  let nextLF = text.indexOf('\n');
  let nextCR = text.indexOf('\r');
  while (pos <= len && !done) {
    // The next line end: CRLF, LF or CR (each searched for once per occurrence, not per line).
    if (nextLF !== -1 && nextLF < pos) nextLF = text.indexOf('\n', pos);
    if (nextCR !== -1 && nextCR < pos) nextCR = text.indexOf('\r', pos);
    let end: number;
    let next: number;
    if (nextLF === -1 && nextCR === -1) {
      end = len;
      next = len + 1;
    } else if (nextCR === -1 || (nextLF !== -1 && nextLF < nextCR)) {
      end = nextLF;
      next = nextLF + 1;
    } else {
      end = nextCR;
      next = text.charCodeAt(nextCR + 1) === 10 ? nextCR + 2 : nextCR + 1;
    }
    const start = pos;
    pos = next;
    lineNo++;
    const first = text.charCodeAt(start);
    if (first === 32 || first === 9) {
      // A folded continuation (RFC 5545 §3.1): drop the one space or tab.
      if (!pending.active || pending.keep === false || pending.cut) continue;
      const room = MAX_LINE - pending.length;
      pending.more ??= [];
      if (end - start - 1 > room) {
        pending.more.push(text.slice(start + 1, start + 1 + Math.max(0, room)));
        pending.length = MAX_LINE;
        pending.cut = true;
      } else {
        pending.more.push(text.slice(start + 1, end));
        pending.length += end - start - 1;
      }
      // A name folded across lines is rare and short; past 256 characters the line is read whole.
      if (pending.keep === undefined) {
        const joined = pending.first + pending.more.join('');
        pending.keep = pending.length > 256 ? true : decide(joined, 0, joined.length);
      }
      continue;
    }
    flush();
    if (end === start) continue;
    if (stack.length === 0 && (end - start > 100 || !/^BEGIN:VCALENDAR\s*$/i.test(text.slice(start, end)))) continue; // outside any calendar
    const keep = decide(text, start, end);
    pending.active = true;
    pending.keep = keep;
    pending.line = lineNo;
    if (keep === false) continue; // its continuation lines are skipped unread
    pending.cut = end - start > MAX_LINE;
    pending.first = text.slice(start, pending.cut ? start + MAX_LINE : end);
    pending.length = pending.first.length;
  }
  if (!done) flush();
  out.lines = lineNo;
  if (stack.length > 0 && out.calendar) unclosed += stack.length - 1;

  const n = (k: number, one: string, many: string) => `${thousands(k)} ${k === 1 ? one : many}`;
  if (eventsOver > 0) out.notes.push(`The calendar has ${n(out.events, 'event', 'events')}; only the first ${thousands(MAX_EVENTS)} were read.`);
  if (zonesOver > 0) out.notes.push(`Only the first ${MAX_ZONES} time zone definitions in the file were read.`);
  if (tooDeep > 0) out.notes.push(`Parts of the file nested more than ${MAX_DEPTH} deep were skipped.`);
  if (unclosed > 0)
    out.notes.push(
      `${n(unclosed, 'part', 'parts')} of the file had no END line; ${unclosed === 1 ? 'it was' : 'they were'} read up to where the enclosing part ends.`,
    );
  if (cutLines > 0)
    out.notes.push(`${n(cutLines, 'line', 'lines')} longer than ${thousands(MAX_LINE)} characters ${cutLines === 1 ? 'was' : 'were'} cut short.`);
  if (propsOver > 0) out.notes.push(`Events with more than ${MAX_PROPS} properties were read only in part.`);
  return out;
}

/** "12,345": a count as British English writes it (toLocaleString builds a formatter each call). */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The first property of a component with this name. */
export function prop(c: IcsComponent, name: string): IcsProp | undefined {
  for (const p of c.props) if (p.name === name) return p;
  return undefined;
}

/** A TEXT value unescaped (RFC 5545 §3.3.11: \\ \; \, \n \N). */
export function unescapeText(v: string): string {
  return v.indexOf('\\') < 0 ? v : v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A DATE or DATE-TIME as written, with the zone it was written in. */
export interface IcsTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  isDate: boolean;
  /** 'UTC' for a time ending in Z, the TZID as written, or undefined for a floating time. */
  zone: string | undefined;
}

const daysIn = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** The number in s[from, from + n) when all its characters are digits, else -1. */
function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** One DATE (VALUE=DATE or 8 digits) or DATE-TIME value (RFC 5545 §3.3.4, §3.3.5), or undefined. */
export function parseTime(value: string, params: Record<string, string>): IcsTime | undefined {
  let v = value;
  if (v.length !== 8 && v.length !== 15 && v.length !== 16) v = v.trim();
  const n = v.length;
  if (n !== 8 && n !== 15 && n !== 16) return undefined;
  const y = digits(v, 0, 4);
  const mo = digits(v, 4, 2);
  const d = digits(v, 6, 2);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return undefined;
  if (n === 8) return { y, mo, d, h: 0, mi: 0, s: 0, isDate: true, zone: undefined };
  const t = v.charCodeAt(8);
  if ((t !== 84 && t !== 116) || (params.VALUE ?? '').toUpperCase() === 'DATE') return undefined; // T or t
  const h = digits(v, 9, 2);
  const mi = digits(v, 11, 2);
  const s = digits(v, 13, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60) return undefined;
  let zone: string | undefined;
  if (n === 16) {
    const z = v.charCodeAt(15);
    if (z !== 90 && z !== 122) return undefined; // Z or z
    zone = 'UTC';
  } else zone = params.TZID !== undefined && params.TZID.trim() !== '' ? params.TZID : undefined;
  return { y, mo, d, h, mi, s: Math.min(s, 59), isDate: false, zone };
}

/** The dates of an EXDATE or RDATE list; a PERIOD (RDATE;VALUE=PERIOD) gives its start. */
export function parseTimeList(value: string, params: Record<string, string>, max: number): { times: IcsTime[]; bad: number; over: number } {
  const out: IcsTime[] = [];
  let bad = 0;
  let over = 0;
  for (const part of value.split(',')) {
    if (part.trim() === '') continue;
    if (out.length >= max) {
      over++;
      continue;
    }
    const t = parseTime(part.split('/')[0]!, params);
    if (t) out.push(t);
    else bad++;
  }
  return { times: out, bad, over };
}

/** A DURATION (RFC 5545 §3.3.6) in seconds, or undefined. */
export function parseDuration(value: string): number | undefined {
  const m = /^([+-])?P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,10})S)?)?$/i.exec(value.trim());
  if (!m || (m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]) === undefined) return undefined;
  const [w, d, h, mi, s] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  const total = (((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s;
  return m[1] === '-' ? -total : total;
}
