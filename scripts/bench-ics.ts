/**
 * npm run bench:ics -- how long the timetable import (src/schedule/ics.ts) takes on adversarial
 * .ics files up to the options page's 2 MB limit: repeats every minute, repeats since 1900 with
 * no end, huge COUNT and UNTIL, BYxxx combinations, rules that never match, floods of EXDATE,
 * RDATE and RECURRENCE-ID, deep folding, thousands of parameters, deep nesting, unknown and
 * hostile time zones, mixed line ends, odd Unicode, stray years, all-day floods, random mutations
 * of a real file and random text, beside real-shaped files (a term of repeating lessons; a year
 * of lessons listed one by one, in local time and in UTC).
 *
 * Each kind runs in its own child process with a time limit (an import that hangs is reported,
 * not waited for), on inputs drawn from a seeded generator (the same inputs every run). Prints
 * one row per kind: input size, time per import (median, p95, max, and the median CPU time),
 * events kept (the import's own count of events that gave an occurrence), the result, and
 * whether the slowest import stayed under 50 ms (a long task in the options page) and under the
 * target (default 500 ms: "well under a second" for a 2 MB file).
 *
 *   npx tsx scripts/bench-ics.ts [--runs N] [--seed N] [--kind NAME] [--timeout-s N] [--target-ms N] [--module PATH]
 *
 * --module imports another build of the importer (anything exporting parseIcs), for a before
 * and after comparison.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from './lib/prng';

const args = process.argv.slice(2);
const opt = (name: string, d: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : d;
};
const RUNS = Number(opt('--runs', '5'));
const SEED = Number(opt('--seed', '20261204'));
const TIMEOUT_S = Number(opt('--timeout-s', '60'));
const TARGET_MS = Number(opt('--target-ms', '500'));
const MODULE = resolve(opt('--module', fileURLToPath(new URL('../src/schedule/ics.ts', import.meta.url))));
const MB2 = 2_000_000;

// ---------------------------------------------------------------------------------------------
// Generators. Each returns one input; `r` is the seeded random source, so a kind's inputs vary
// with the run but are the same every time the benchmark is run.

type R = () => number;
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function ymd(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const hm = (minutes: number) => `${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;

const LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const header = (extra = '') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Think Twice//bench-ics//EN\r\nX-WR-CALNAME:Bench\r\nX-WR-TIMEZONE:Europe/London\r\n${LONDON}\r\n${extra}`;
const FOOTER = 'END:VCALENDAR\r\n';

let uidCounter = 0;
function vevent(lines: string[]): string {
  return ['BEGIN:VEVENT', `UID:bench-${uidCounter++}@think-twice.example`, 'DTSTAMP:20260720T101500Z', ...lines, 'END:VEVENT'].join('\r\n') + '\r\n';
}

const PERIODS: [string, number, number][] = [
  ['Registration', 520, 540],
  ['Period 1', 540, 600],
  ['Period 2', 600, 640],
  ['Break', 640, 660],
  ['Period 3', 660, 700],
  ['Period 4', 700, 760],
  ['Lunch', 760, 810],
  ['Period 5', 810, 910],
];

/** A term of weekly lessons, as a school MIS exports it: the real timetable in every mixed kind. */
function termTimetable(r: R): string {
  let s = '';
  for (const [name, a, b] of PERIODS) {
    s += vevent([
      `DTSTART;TZID=Europe/London:20260907T${hm(a)}`,
      `DTEND;TZID=Europe/London:20260907T${hm(b)}`,
      'RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261218T235959Z',
      `SUMMARY:${name}`,
    ]);
  }
  s += vevent(['DTSTART;VALUE=DATE:20260907', 'DTEND;VALUE=DATE:20261219', 'SUMMARY:Autumn Term']);
  s += vevent(['DTSTART;VALUE=DATE:20261026', 'DTEND;VALUE=DATE:20261031', 'SUMMARY:Half Term']);
  if (r() < 0.5) s += vevent([`DTSTART;TZID=Europe/London:20261119T160000`, `DTEND;TZID=Europe/London:20261119T190000`, "SUMMARY:Parents' Evening"]);
  return s;
}

/** Fill to about `size` characters with events from `make`, after the real timetable. */
function filled(r: R, size: number, make: (r: R, i: number) => string, withTerm = true): string {
  const parts = [header(), withTerm ? termTimetable(r) : ''];
  let len = parts[0]!.length + parts[1]!.length + FOOTER.length;
  for (let i = 0; len < size; i++) {
    const e = make(r, i);
    if (e === '' || len + e.length > size) break;
    parts.push(e);
    len += e.length;
  }
  parts.push(FOOTER);
  return parts.join('');
}

/** A school year of lessons listed one by one (Outlook, Google), with descriptions, to ~2 MB. */
function oneByOne(r: R, utc: boolean): string {
  const parts = [header()];
  let len = parts[0]!.length;
  const first = dayOf(2026, 9, 7);
  outer: for (let week = 0; week < 100; week++) {
    for (let wd = 0; wd < 5; wd++) {
      const day = first + week * 7 + wd;
      for (const [name, a, b] of PERIODS) {
        const start = utc ? `DTSTART:${ymd(day)}T${hm(a - 60)}Z` : `DTSTART;TZID="GMT Standard Time":${ymd(day)}T${hm(a)}`;
        const end = utc ? `DTEND:${ymd(day)}T${hm(b - 60)}Z` : `DTEND;TZID="GMT Standard Time":${ymd(day)}T${hm(b)}`;
        const desc = `DESCRIPTION:${'Room S12. Bring exercise books and the homework from last week. '.repeat(int(r, 0, 4))}`;
        const e = vevent([start, end, `SUMMARY;LANGUAGE=en-gb:${name}`, desc, 'LOCATION:S12', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY']);
        if (len + e.length + FOOTER.length > MB2) break outer;
        parts.push(e);
        len += e.length;
      }
    }
  }
  parts.push(FOOTER);
  return parts.join('');
}

const SUB_DAILY = ['SECONDLY', 'MINUTELY', 'HOURLY'];

function randomRule(r: R): string {
  const parts = [`FREQ=${pick(r, ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', ...SUB_DAILY])}`];
  const list = (n: number, f: () => string) => Array.from({ length: int(r, 1, n) }, f).join(',');
  if (r() < 0.5) parts.push(`BYHOUR=${list(24, () => String(int(r, 0, 23)))}`);
  if (r() < 0.5) parts.push(`BYMINUTE=${list(60, () => String(int(r, 0, 59)))}`);
  if (r() < 0.3) parts.push(`BYSECOND=${list(60, () => String(int(r, 0, 59)))}`);
  if (r() < 0.5) parts.push(`BYDAY=${list(7, () => pick(r, ['', '1', '-1', '5', '-5', '53']) + pick(r, DAYS))}`);
  if (r() < 0.4) parts.push(`BYMONTHDAY=${list(10, () => String(pick(r, [1, 29, 30, 31, -1, -31])))}`);
  if (r() < 0.4) parts.push(`BYMONTH=${list(12, () => String(int(r, 1, 12)))}`);
  if (r() < 0.3) parts.push(`BYSETPOS=${list(5, () => String(pick(r, [1, -1, 7, -40, 366])))}`);
  if (r() < 0.2) parts.push(`BYWEEKNO=${list(5, () => String(pick(r, [1, 20, 53, -1])))}`);
  if (r() < 0.2) parts.push(`BYYEARDAY=${list(5, () => String(pick(r, [1, 100, 366, -1])))}`);
  if (r() < 0.3) parts.push(`INTERVAL=${pick(r, [1, 2, 7, 100, 99999])}`);
  return parts.join(';');
}

function mutate(r: R, text: string): string {
  const lines = text.split('\r\n');
  const n = int(r, 1, 30);
  for (let i = 0; i < n; i++) {
    const k = int(r, 0, lines.length - 1);
    const op = int(r, 0, 7);
    const l = lines[k] ?? '';
    if (op === 0) lines.splice(k, 1);
    else if (op === 1) lines.splice(k, 0, l);
    else if (op === 2) lines[k] = l.slice(0, int(r, 0, l.length));
    else if (op === 3) lines[k] = l + pick(r, [';COUNT=999999999', ';FREQ=MINUTELY', ';BYSETPOS=-40', ':::', '\\', ';TZID="x', ',19000101T000000Z']);
    else if (op === 4) lines[k] = l.replace(/\d/g, () => String(int(r, 0, 9)));
    else if (op === 5) lines.splice(k, 0, pick(r, ['BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VALARM', 'END:VCALENDAR', 'RRULE:FREQ=SECONDLY', ' folded']));
    else if (op === 6) lines[k] = [...l].reverse().join('');
    else lines[k] = l.replace(/[A-Z]/, (c) => String.fromCharCode(c.charCodeAt(0) ^ 32));
  }
  return lines.join(pick(r, ['\r\n', '\n', '\r']));
}

const ODD = [
  '\u202e',
  '\u200b',
  '\u2066',
  '\u0000',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
  '\ufeff',
  'ﷺ',
  'Ｐｅｒｉｏｄ',
  'e\u0301',
  '\u0007',
  '\u00a0',
  '\u2028',
];

interface Kind {
  name: string;
  make: (r: R) => string;
}

export const KINDS: Kind[] = [
  { name: 'valid term (MIS export)', make: (r) => header() + termTimetable(r) + FOOTER },
  { name: 'one by one, a year, local', make: (r) => oneByOne(r, false) },
  { name: 'one by one, a year, UTC', make: (r) => oneByOne(r, true) },
  {
    name: '100 MINUTELY events',
    make: (r) =>
      filled(r, 60_000, (rr, i) =>
        i < 100 ? vevent([`DTSTART:20260907T${hm(int(rr, 480, 900))}Z`, 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY', `SUMMARY:Minute ${i}`]) : '',
      ),
  },
  {
    name: 'sub-daily repeats, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) =>
        vevent([
          `DTSTART:2026${pad(int(rr, 1, 12))}10T090000Z`,
          'DURATION:PT5M',
          `RRULE:FREQ=${pick(rr, SUB_DAILY)};INTERVAL=${int(rr, 1, 3)}`,
          `SUMMARY:Tick ${i}`,
        ]),
      ),
  },
  {
    name: 'repeats since 1900, no end, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) =>
        vevent([
          `DTSTART:${int(rr, 1900, 2026)}0${int(rr, 1, 9)}15T${hm(int(rr, 480, 900))}Z`,
          'DURATION:PT50M',
          `RRULE:FREQ=${pick(rr, ['DAILY', 'WEEKLY'])};BYDAY=${pick(rr, DAYS)},${pick(rr, DAYS)}`,
          `SUMMARY:Old ${i}`,
        ]),
      ),
  },
  {
    name: 'huge COUNT and UNTIL, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) =>
        vevent([
          `DTSTART:${int(rr, 1900, 2000)}0101T090000Z`,
          'DURATION:PT1H',
          `RRULE:FREQ=${pick(rr, ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])};${rr() < 0.5 ? 'COUNT=2147483647' : 'UNTIL=99991231T235959Z'}`,
          `SUMMARY:Long ${i}`,
        ]),
      ),
  },
  {
    name: 'BYxxx combinations, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) =>
        vevent([
          `DTSTART:${int(rr, 1990, 2026)}${pad(int(rr, 1, 12))}${pad(int(rr, 1, 28))}T090000Z`,
          'DURATION:PT1H',
          `RRULE:${randomRule(rr)}`,
          `SUMMARY:Combo ${i}`,
        ]),
      ),
  },
  {
    name: 'rules that never match',
    make: (r) =>
      filled(r, 200_000, (rr, i) =>
        vevent([
          `DTSTART:20260911T090000Z`,
          'DURATION:PT1H',
          `RRULE:${pick(rr, ['FREQ=DAILY;INTERVAL=7;BYDAY=MO', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=MONTHLY;BYDAY=5MO;BYMONTH=2', 'FREQ=YEARLY;BYMONTH=12,6,7;BYDAY=2SA,TH;BYSETPOS=7'])}`,
          `SUMMARY:Never ${i}`,
        ]),
      ),
  },
  {
    name: 'EXDATE flood, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) => {
        const ex = Array.from({ length: int(rr, 500, 5000) }, () => `${int(rr, 1990, 2030)}${pad(int(rr, 1, 12))}${pad(int(rr, 1, 28))}T090000Z`);
        return vevent([`DTSTART:20260907T090000Z`, 'DURATION:PT1H', 'RRULE:FREQ=DAILY', `EXDATE:${ex.join(',')}`, `SUMMARY:Excluded ${i}`]);
      }),
  },
  {
    name: 'RDATE flood, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) => {
        const rd = Array.from(
          { length: int(rr, 500, 5000) },
          () => `${int(rr, 1990, 2030)}${pad(int(rr, 1, 12))}${pad(int(rr, 1, 28))}T${hm(int(rr, 0, 1400))}Z`,
        );
        return vevent([`DTSTART:20260907T090000Z`, 'DURATION:PT1H', `RDATE:${rd.join(',')}`, `SUMMARY:Extra ${i}`]);
      }),
  },
  {
    name: 'RECURRENCE-ID flood, 2 MB',
    make: (r) => {
      let s =
        header() +
        termTimetable(r) +
        'BEGIN:VEVENT\r\nUID:flood\r\nDTSTART:20260907T090000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Daily\r\nEND:VEVENT\r\n';
      const first = dayOf(2026, 9, 7);
      while (s.length < MB2 - 400) {
        const d = first + int(r, -3000, 3000);
        s += `BEGIN:VEVENT\r\nUID:flood\r\nRECURRENCE-ID:${ymd(d)}T090000Z\r\nDTSTART:${ymd(d + int(r, -2, 2))}T${hm(int(r, 0, 1300))}Z\r\nDURATION:PT1H\r\nSUMMARY:Moved\r\nEND:VEVENT\r\n`;
      }
      return s + FOOTER;
    },
  },
  {
    name: 'deep folding, 2 MB',
    make: (r) => {
      const parts = [header(), termTimetable(r), 'BEGIN:VEVENT\r\nUID:folded\r\nDTSTART:20260908T090000Z\r\nSUMMARY:x'];
      let len = parts.join('').length;
      const chunk = pick(r, ['\r\n y', '\r\n\t;', '\n \\,', '\r\n  ']);
      const reps = Math.floor((MB2 - len - 200) / chunk.length);
      parts.push(chunk.repeat(reps));
      len += chunk.length * reps;
      parts.push('\r\nEND:VEVENT\r\n', FOOTER);
      return parts.join('');
    },
  },
  {
    name: 'thousands of parameters, 2 MB',
    make: (r) => {
      const p = pick(r, [';X-A=b', ';X-A="a,b:c"', ';TZID=x', ';X=,,,,']);
      const head = header() + termTimetable(r) + 'BEGIN:VEVENT\r\nUID:params\r\nDTSTART:20260908T090000Z\r\nSUMMARY';
      return head + p.repeat(Math.floor((MB2 - head.length - 100) / p.length)) + ':x\r\nEND:VEVENT\r\n' + FOOTER;
    },
  },
  {
    name: 'nested BEGIN lines, 2 MB',
    make: (r) => {
      const head = header() + termTimetable(r) + 'BEGIN:VEVENT\r\nUID:nested\r\n';
      const line = pick(r, ['BEGIN:VALARM\r\n', 'BEGIN:X\r\n', 'END:VALARM\r\n', 'BEGIN:VEVENT\r\n']);
      return head + line.repeat(Math.floor((MB2 - head.length - 100) / line.length)) + 'END:VEVENT\r\n' + FOOTER;
    },
  },
  {
    name: 'unknown and hostile TZIDs, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) => {
        const tz = `Zone ${i % 500}`;
        const def =
          i < 10
            ? `BEGIN:VTIMEZONE\r\nTZID:${tz}\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nRRULE:FREQ=${pick(rr, ['MINUTELY', 'DAILY', 'YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10'])}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n`
            : '';
        const name = pick(rr, [tz, 'constructor', '__proto__', 'toString', '(UTC+99:00) Nowhere', 'Europe/Atlantis', '/mozilla.org/x/Not/AZone']);
        return (
          def +
          vevent([
            `DTSTART;TZID=${name}:20260908T${hm(int(rr, 480, 900))}`,
            `DTEND;TZID=${name}:20260908T${hm(int(rr, 901, 960))}`,
            `RRULE:FREQ=WEEKLY;BYDAY=${pick(rr, DAYS)}`,
            `SUMMARY:Zoned ${i}`,
          ])
        );
      }),
  },
  {
    name: 'CRLF, LF and CR mixed',
    make: (r) =>
      (header() + termTimetable(r) + FOOTER)
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : pick(r, ['\r\n', '\n', '\r']) + l))
        .join('') + '\r\n',
  },
  {
    name: 'odd Unicode in names, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) =>
        vevent([
          `DTSTART:20260908T${hm(int(rr, 480, 900))}Z`,
          'DURATION:PT40M',
          `SUMMARY:${Array.from({ length: int(rr, 1, 40) }, () => (rr() < 0.5 ? pick(rr, ODD) : 'Period')).join('')} ${i}`,
        ]),
      ),
  },
  {
    name: 'stray years (0001, 2000, 2999, 9999)',
    make: (r) =>
      filled(r, 100_000, (rr, i) =>
        vevent([
          `DTSTART:${pick(rr, ['0001', '2000', '2999', '9999'])}0${int(rr, 1, 9)}0${int(rr, 1, 9)}T090000Z`,
          'DURATION:PT1H',
          ...(rr() < 0.5 ? ['RRULE:FREQ=WEEKLY'] : []),
          `SUMMARY:Stray ${i}`,
        ]),
      ),
  },
  {
    name: 'all-day flood, 2 MB',
    make: (r) =>
      filled(r, MB2, (rr, i) => {
        const d = dayOf(2026, 9, 1) + int(rr, -800, 800);
        return vevent([
          `DTSTART;VALUE=DATE:${ymd(d)}`,
          `DTEND;VALUE=DATE:${ymd(d + int(rr, 1, 90))}`,
          `SUMMARY:${pick(rr, ['Autumn Term', 'INSET Day', 'Half Term', 'Bank Holiday', 'Closed', 'Sports Day'])} ${i}`,
        ]);
      }),
  },
  { name: 'random mutations of a valid file', make: (r) => mutate(r, header() + termTimetable(r) + FOOTER) },
  {
    name: 'random text after the header, 2 MB',
    make: (r) => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ:;=,"\\ \r\n\t0123456789-TZ';
      const s = 'BEGIN:VCALENDAR\r\n';
      const chars: string[] = [];
      for (let i = 0; i < MB2 - 40; i++) chars.push(alphabet[Math.floor(r() * alphabet.length)]!);
      return s + chars.join('') + '\r\nEND:VCALENDAR\r\n';
    },
  },
];

// ---------------------------------------------------------------------------------------------

interface Sample {
  ms: number;
  /** CPU time of the process during the import (all its threads, the garbage collector's too). */
  cpu: number;
  size: number;
  kept: number | null;
  result: string;
}

type Importer = (text: string) => { ok: boolean; error?: string; kept: number | null };

async function loadImporter(): Promise<Importer> {
  const mod = (await import(pathToFileURL(MODULE).href)) as {
    parseIcs: (t: string, o?: object) => { ok: boolean; error?: string };
    parseIcsWithWork?: (t: string, o?: object) => { result: { ok: boolean; error?: string }; work: { eventsUsed: number } };
  };
  const opts = { today: '2026-11-02' };
  if (mod.parseIcsWithWork) {
    const f = mod.parseIcsWithWork;
    return (t) => {
      const { result, work } = f(t, opts);
      return { ...result, kept: work.eventsUsed };
    };
  }
  return (t) => ({ ...mod.parseIcs(t, opts), kept: null });
}

/** In the child: run one kind and print its samples as JSON. */
async function child(kindName: string): Promise<void> {
  const kind = KINDS.find((k) => k.name === kindName);
  if (!kind) throw new Error(`no kind ${kindName}`);
  const run = await loadImporter();
  for (let i = 0; i < 3; i++) run(header() + termTimetable(mulberry32(i)) + FOOTER); // warm up
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    // As the options page gets it (file.text()): one flat string, with the generator's garbage
    // collected before the clock starts.
    const text = Buffer.from(kind.make(mulberry32(SEED + i * 7919 + kindName.length)), 'utf16le').toString('utf16le');
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = run(text);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const result = r.ok ? 'ok' : (r.error ?? '').replace(/:.*$/, '').slice(0, 36);
    samples.push({ ms, cpu: (c.user + c.system) / 1000, size: text.length, kept: r.kept, result });
  }
  process.stdout.write(`${JSON.stringify(samples)}\n`);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtSize = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : `${(n / 1000).toFixed(0)} kB`);

function main(): void {
  const only = opt('--kind', '');
  const kinds = only ? KINDS.filter((k) => k.name.toLowerCase().includes(only.toLowerCase())) : KINDS;
  const script = fileURLToPath(import.meta.url);
  console.log(`bench:ics  module ${MODULE}`);
  console.log(`${RUNS} inputs per kind (seed ${SEED}), each kind in its own process with a ${TIMEOUT_S} s limit; target ${TARGET_MS} ms`);
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs (times are wall-clock; "cpu" is the process's CPU time, less sensitive to a busy machine)\n`,
  );
  const head = ['input kind', 'size', 'median', 'p95', 'max', 'cpu median', 'kept', 'result', '<50 ms', `<${TARGET_MS} ms`];
  const rows: string[][] = [];
  for (const k of kinds) {
    const passthrough = ['--runs', String(RUNS), '--seed', String(SEED), '--module', MODULE];
    const res = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', script, '--child', k.name, ...passthrough], {
      encoding: 'utf8',
      timeout: TIMEOUT_S * 1000,
      maxBuffer: 1 << 24,
    });
    if (res.error || res.status !== 0) {
      const why =
        res.error && (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
          ? `> ${TIMEOUT_S} s (killed)`
          : `failed: ${(res.stderr || String(res.error)).trim().split('\n').pop()?.slice(0, 60)}`;
      rows.push([k.name, '', why, '', '', '', '', '', 'no', 'no']);
      console.log(`  ${k.name}: ${why}`);
      continue;
    }
    const samples = JSON.parse(res.stdout.trim().split('\n').pop()!) as Sample[];
    const ms = samples.map((s) => s.ms);
    const max = Math.max(...ms);
    const kept = samples.map((s) => s.kept).filter((x): x is number => x !== null);
    const results = [...new Set(samples.map((s) => s.result))].join(' / ');
    const row = [
      k.name,
      fmtSize(Math.max(...samples.map((s) => s.size))),
      fmtMs(pct(ms, 50)),
      fmtMs(pct(ms, 95)),
      fmtMs(max),
      fmtMs(
        pct(
          samples.map((x) => x.cpu),
          50,
        ),
      ),
      kept.length ? `${Math.min(...kept)}-${Math.max(...kept)}`.replace(/^(\d+)-\1$/, '$1') : '-',
      results.slice(0, 40),
      max < 50 ? 'yes' : 'no',
      max < TARGET_MS ? 'yes' : 'no',
    ];
    rows.push(row);
    console.log(`  ${k.name}: done`);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log();
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const childIndex = args.indexOf('--child');
  if (childIndex >= 0) await child(args[childIndex + 1]!);
  else main();
}
