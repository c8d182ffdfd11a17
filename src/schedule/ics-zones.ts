/**
 * Times in an .ics file, read on the school's wall clock.
 *
 * A time is written floating (no zone: already the school's clock), in UTC ("Z"), or with a TZID.
 * A TZID is mapped to an IANA zone where it can be (exporters write "Europe/London", Outlook
 * "GMT Standard Time", Mozilla "/mozilla.org/20050126_1/Europe/London") and read with Intl.
 * A TZID that is no zone this browser knows is read from the file's own VTIMEZONE through
 * ical.js; one the file does not define either is read as the school's clock, with a note.
 *
 * Offsets are cached per zone and day: Intl's formatToParts costs microseconds a call, and a
 * year of lessons written in UTC is tens of thousands of times. A day whose offset is the same
 * at both ends has one offset throughout (no zone changes its offset twice in a day); the rare
 * day that changes is read exactly, with time.ts's rules for skipped and repeated times.
 */
import ICAL from 'ical.js';
import { excerpt, prop, type IcsComponent } from './ics-read';
import { dayOf, type Fields } from './ics-repeat';
import { isValidTimeZone } from './schema';
import { DAY_MS, dateFromDayNumber, offsetAt, wallClock, wallToInstant } from './time';

/** Common Windows (Outlook/Exchange) zone names, as found in TZID, to IANA. */
const WINDOWS_ZONES: Record<string, string> = {
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Irish Standard Time': 'Europe/Dublin',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'India Standard Time': 'Asia/Kolkata',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

/** An IANA zone for a TZID as written by common exporters, or undefined. */
export function ianaZoneFor(tzid: string | undefined | null): string | undefined {
  if (!tzid) return undefined;
  const id = tzid.trim().replace(/^"|"$/g, '');
  if (id.length > 200) return undefined;
  // Own names only: a TZID such as "constructor" must not find what every object inherits.
  if (Object.hasOwn(WINDOWS_ZONES, id)) return WINDOWS_ZONES[id];
  if (/^(Z|GMT|Etc\/UTC|Etc\/GMT)$/i.test(id)) return 'UTC';
  if (id.includes('/') && isValidTimeZone(id.replace(/^\/+/, ''))) return id.replace(/^\/+/, '');
  // "/mozilla.org/20050126_1/Europe/London", "/citadel.org/20190914_1/Europe/London"
  const tail = id.split('/').filter(Boolean).slice(-2).join('/');
  if (tail.includes('/') && isValidTimeZone(tail)) return tail;
  // Outlook display names: "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
  if (/\bLondon\b/.test(id)) return 'Europe/London';
  return undefined;
}

/** A time as written: wall-clock fields and the zone they are in (see IcsTime.zone). */
export interface Zoned {
  f: Fields;
  zone: string | undefined;
}

/** "YYYY-MM-DD" of fields. */
export const dateOf = (f: { y: number; mo: number; d: number }) =>
  `${String(f.y).padStart(4, '0')}-${String(f.mo).padStart(2, '0')}-${String(f.d).padStart(2, '0')}`;

/** The UTC fields of an instant. */
function utcFields(instant: number): Fields {
  const dt = new Date(instant);
  return { y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate(), h: dt.getUTCHours(), mi: dt.getUTCMinutes(), s: dt.getUTCSeconds() };
}

/** Wall-clock fields read as if UTC, in milliseconds: how ical.js compares floating times. */
const naiveOf = (f: Fields) => dayOf(f) * DAY_MS + ((f.h * 60 + f.mi) * 60 + f.s) * 1000;

/**
 * A VTIMEZONE as ical.js reads it, made cheap to expand: only yearly rules of the shapes real
 * zones use (one month, one weekday or up to a week of days), at most 100 RDATEs an observance,
 * and an open-ended rule starting decades back moved on by whole years to just before `fromYear`
 * (ical.js expands every onset from the rule's start; a yearly rule gives the same onsets after
 * the move, RFC 5545 §3.8.3.1).
 */
function buildZone(comp: IcsComponent, tzid: string, fromYear: number): ICAL.Timezone | undefined {
  const observances: unknown[] = [];
  for (const o of comp.children) {
    const rrule = prop(o, 'RRULE');
    let rule = rrule?.value.toUpperCase().trim();
    if (rule !== undefined) {
      const parts = new Map(rule.split(';').map((p) => [p.split('=')[0] ?? '', p.split('=')[1] ?? ''] as const));
      const simple =
        parts.get('FREQ') === 'YEARLY' &&
        [...parts.keys()].every((k) => ['FREQ', 'BYMONTH', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'INTERVAL', 'WKST'].includes(k)) &&
        !(parts.get('BYMONTH') ?? '').includes(',') &&
        !(parts.get('BYDAY') ?? '').includes(',') &&
        (parts.get('BYMONTHDAY') ?? '').split(',').length <= 7 &&
        (parts.get('INTERVAL') ?? '1') === '1';
      if (!simple) rule = undefined;
    }
    const openEnded = rule !== undefined && !/(^|;)(UNTIL|COUNT)=/.test(rule);
    const props: unknown[] = [];
    for (const p of o.props) {
      let value = p.value;
      if (p.name === 'RRULE') {
        if (rule === undefined || p !== rrule) continue;
      } else if (p.name === 'RDATE') {
        value = value.split(',').slice(0, 100).join(',');
      } else if (p.name === 'DTSTART' && openEnded) {
        const m = /^(\d{4})(\d{4}T.*)$/.exec(value.trim());
        if (m && Number(m[1]) < fromYear - 2 && !m[2]!.startsWith('0229')) value = `${fromYear - 2}${m[2]}`;
      }
      const params = p.params.VALUE ? `;VALUE=${p.params.VALUE}` : '';
      try {
        props.push(ICAL.parse.property(`${p.name}${params}:${value}`));
      } catch {
        // A property ical.js cannot read: the observance is read without it.
      }
    }
    observances.push([o.name.toLowerCase(), props, []]);
  }
  try {
    const zone = new ICAL.Timezone({ component: new ICAL.Component(['vtimezone', [['tzid', {}, 'text', tzid]], observances]), tzid });
    zone.utcOffset(ICAL.Time.fromData({ year: fromYear, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false }));
    return zone;
  } catch {
    return undefined;
  }
}

/** Reads times on the school's wall clock (see the file comment). */
export class Clocks {
  private readonly ianaCache = new Map<string, string | null>();
  /** Per zone: day number -> offset (ms) at the start of that UTC day (NaN for a file zone's changing day). */
  private readonly offsets = new Map<string, Map<number, number>>();
  private readonly dates = new Map<number, string>();
  private readonly fileZones = new Map<string, ICAL.Timezone | null>();
  /** Conversions done through ical.js (a file's own zone), for the work counters. */
  icalConversions = 0;

  constructor(
    /** The school's IANA zone. */
    readonly tz: string,
    private readonly definitions: ReadonlyMap<string, IcsComponent>,
    private readonly fromYear: number,
    private readonly note: (s: string) => void,
  ) {}

  /** The IANA zone for a time's zone ('UTC' for Z), or undefined. */
  iana(zone: string): string | undefined {
    if (zone === 'UTC') return 'UTC';
    let z = this.ianaCache.get(zone);
    if (z === undefined) {
      z = ianaZoneFor(zone) ?? null;
      this.ianaCache.set(zone, z);
    }
    return z ?? undefined;
  }

  private fileZone(zone: string): ICAL.Timezone | undefined {
    let z = this.fileZones.get(zone);
    if (z === undefined) {
      const def = this.definitions.get(zone);
      z = (def && buildZone(def, zone, this.fromYear)) ?? null;
      this.fileZones.set(zone, z);
      const name = excerpt(zone, 60);
      if (z) this.note(`The time zone "${name}" is not one this browser knows; its times were read from the file's own definition.`);
      else this.note(`The time zone "${name}" is not one this browser knows, and the file does not define it; its times were read as ${this.tz} times.`);
    }
    return z ?? undefined;
  }

  private dayTable(zone: string): Map<number, number> {
    let t = this.offsets.get(zone);
    if (!t) {
      t = new Map();
      this.offsets.set(zone, t);
    }
    return t;
  }

  /**
   * The zone's offset (ms) at the start of a UTC day, cached. Read a week at a time: a week
   * whose offset is the same at both ends has it every day (no zone changes twice in a week).
   */
  private offsetAtDay(iana: string, day: number): number {
    if (iana === 'UTC') return 0;
    const t = this.dayTable(iana);
    let o = t.get(day);
    if (o === undefined) {
      const w0 = day - (((day % 7) + 7) % 7);
      const a = t.get(w0) ?? offsetAt(w0 * DAY_MS, iana);
      const b = t.get(w0 + 7) ?? offsetAt((w0 + 7) * DAY_MS, iana);
      t.set(w0, a);
      t.set(w0 + 7, b);
      if (a === b) {
        for (let d = w0 + 1; d < w0 + 7; d++) t.set(d, a);
        o = a;
      } else {
        o = offsetAt(day * DAY_MS, iana);
        t.set(day, o);
      }
    }
    return o;
  }

  /** "YYYY-MM-DD" of a day number, cached (lessons fall on few days). */
  private dateOfDay(day: number): string {
    let d = this.dates.get(day);
    if (d === undefined) {
      d = dateFromDayNumber(day);
      this.dates.set(day, d);
    }
    return d;
  }

  /** The instant of wall-clock fields in an IANA zone (time.ts's wallToInstant, plus seconds). */
  private ianaInstant(f: Fields, iana: string): number {
    const day = dayOf(f);
    const naive = day * DAY_MS + (f.h * 60 + f.mi) * 60_000;
    // wallToInstant reads the offsets a day either side; one offset over three days is that answer.
    const o = this.offsetAtDay(iana, day - 1);
    const exact = o === this.offsetAtDay(iana, day + 2) ? naive - o : wallToInstant(dateFromDayNumber(day), f.h * 60 + f.mi, iana);
    return exact + f.s * 1000;
  }

  /** The instant of fields in a file-defined zone, as ical.js reads it. */
  private fileInstant(f: Fields, zone: ICAL.Timezone, zoneName: string): number {
    const day = dayOf(f);
    const table = this.dayTable(`file\u0000${zoneName}`);
    let o = table.get(day);
    if (o === undefined) {
      this.icalConversions += 2;
      const at = (d: number) => {
        const u = utcFields(d * DAY_MS);
        return zone.utcOffset(ICAL.Time.fromData({ year: u.y, month: u.mo, day: u.d, hour: 0, minute: 0, second: 0, isDate: false }, zone)) * 1000;
      };
      const a = at(day);
      o = a === at(day + 1) ? a : NaN;
      table.set(day, o);
    }
    if (!Number.isNaN(o)) return naiveOf(f) - o;
    this.icalConversions++;
    return ICAL.Time.fromData({ year: f.y, month: f.mo, day: f.d, hour: f.h, minute: f.mi, second: f.s, isDate: false }, zone).toUnixTime() * 1000;
  }

  /**
   * The instant (ms) of a time, for comparing times written in different zones. A floating time
   * (and one in an unknown, undefined zone) reads as UTC, as ical.js compares them.
   */
  instant(t: Zoned): number {
    if (t.zone === undefined) return naiveOf(t.f);
    const iana = this.iana(t.zone);
    if (iana) return this.ianaInstant(t.f, iana);
    const z = this.fileZone(t.zone);
    return z ? this.fileInstant(t.f, z, t.zone) : naiveOf(t.f);
  }

  /** The wall-clock fields of an instant in a zone (the inverse of instant()). */
  fieldsIn(instant: number, zone: string | undefined): Fields {
    if (zone === undefined) return utcFields(instant);
    const iana = this.iana(zone);
    if (iana) {
      const w = this.wallIn(instant, iana);
      const [y, mo, d] = w.date.split('-').map(Number) as [number, number, number];
      return { y, mo, d, h: Math.floor(w.minutes / 60), mi: w.minutes % 60, s: w.seconds };
    }
    const z = this.fileZone(zone);
    if (!z) return utcFields(instant);
    this.icalConversions++;
    const u = utcFields(instant);
    const t = ICAL.Time.fromData(
      { year: u.y, month: u.mo, day: u.d, hour: u.h, minute: u.mi, second: u.s, isDate: false },
      ICAL.Timezone.utcTimezone,
    ).convertToZone(z);
    return { y: t.year, mo: t.month, d: t.day, h: t.hour, mi: t.minute, s: t.second };
  }

  /** The wall clock in an IANA zone at an instant (time.ts's wallClock, cached by day). */
  private wallIn(instant: number, iana: string): { date: string; minutes: number; seconds: number } {
    const day = Math.floor(instant / DAY_MS);
    const o = this.offsetAtDay(iana, day);
    if (o !== this.offsetAtDay(iana, day + 1)) return wallClock(instant, iana);
    const local = Math.floor((instant + o) / 1000) * 1000;
    const d = Math.floor(local / DAY_MS);
    const secs = (local - d * DAY_MS) / 1000;
    return { date: this.dateOfDay(d), minutes: Math.floor(secs / 60), seconds: secs % 60 };
  }

  /** Date and minutes on the school's wall clock, or undefined when it cannot be read. */
  school(t: Zoned): { date: string; minutes: number } | undefined {
    const f = t.f;
    if (t.zone !== undefined) {
      const iana = this.iana(t.zone);
      if (iana !== this.tz) {
        let instant: number;
        if (iana) instant = this.ianaInstant(f, iana);
        else {
          const z = this.fileZone(t.zone);
          if (!z) return { date: this.dateOfDay(dayOf(f)), minutes: f.h * 60 + f.mi };
          instant = this.fileInstant(f, z, t.zone);
        }
        if (!Number.isFinite(instant)) return undefined;
        const w = this.wallIn(instant, this.tz);
        return { date: w.date, minutes: w.minutes };
      }
    }
    return { date: this.dateOfDay(dayOf(f)), minutes: f.h * 60 + f.mi };
  }
}
