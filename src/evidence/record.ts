/**
 * An evidence record (policy 8.2): a screenshot of a page with its address, title, the date and
 * time it was taken, and the staff member's note; later, who it was reported to and when, and
 * when removal was requested and checked (9.3, 9.4). Kept only on the device (see store.ts).
 *
 * Pure: no browser APIs, tested in Node.
 */
import { z } from 'zod';

/** A screenshot as captured by tabs.captureVisibleTab: a base64 PNG or JPEG data URL, nothing else. */
export const SCREENSHOT_RE = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;
/** A calendar date as an <input type="date"> gives it. */
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const calendarDate = z
  .string()
  .regex(DATE_RE, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');
const instant = z.iso.datetime({ offset: true });

export const evidenceRecordSchema = z.object({
  id: z.string().min(1).max(100),
  /** The page's address when the screenshot was taken. */
  url: z.string().min(1).max(8192),
  title: z.string().max(2000),
  /** When the screenshot was taken (ISO 8601, UTC). */
  capturedAt: instant,
  note: z.string().max(20_000),
  screenshot: z.string().regex(SCREENSHOT_RE, 'expected a PNG or JPEG data URL'),
  /** Who the staff member reported it to (8.1: a senior manager), and the day. */
  reportedTo: z.string().max(500).optional(),
  reportedOn: calendarDate.optional(),
  /** When removal was asked for (an instant, so the 24-hour check of 9.3 is exact). */
  removalRequestedOn: instant.optional(),
  /** The day someone checked that the content was removed (9.4). */
  removalCheckedOn: calendarDate.optional(),
});

export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;

/** The fields the staff member may change after capture; '' clears an optional one. */
const shape = evidenceRecordSchema.shape;
export const evidenceEditSchema = z
  .object({
    note: shape.note,
    reportedTo: shape.reportedTo.unwrap().or(z.literal('')),
    reportedOn: shape.reportedOn.unwrap().or(z.literal('')),
    removalRequestedOn: shape.removalRequestedOn.unwrap().or(z.literal('')),
    removalCheckedOn: shape.removalCheckedOn.unwrap().or(z.literal('')),
  })
  .partial();

export type EvidenceEdit = z.infer<typeof evidenceEditSchema>;

/** Parses anything read back from storage; null when it is not a whole, valid record. */
export function parseRecord(value: unknown): EvidenceRecord | null {
  const r = evidenceRecordSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** Applies an edit, dropping fields set to '' (cleared in the form). Validates the result. */
export function applyEdit(record: EvidenceRecord, edit: EvidenceEdit): EvidenceRecord {
  const next: Record<string, unknown> = { ...record };
  for (const [k, v] of Object.entries(evidenceEditSchema.parse(edit))) {
    if (v === undefined) continue;
    if (v === '' && k !== 'note') delete next[k];
    else next[k] = v;
  }
  return evidenceRecordSchema.parse(next);
}

/** Newest first. */
export function newestFirst(records: readonly EvidenceRecord[]): EvidenceRecord[] {
  return [...records].sort((a, b) => Date.parse(b.capturedAt) - Date.parse(a.capturedAt) || (a.id < b.id ? 1 : -1));
}

export const REMOVAL_CHECK_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The records whose removal was requested at least 24 hours ago (9.3: "within 24 hours") and
 * that nobody has yet checked (9.4).
 */
export function dueForRemovalCheck(records: readonly EvidenceRecord[], now: Date): EvidenceRecord[] {
  return records.filter((r) => {
    if (!r.removalRequestedOn || r.removalCheckedOn) return false;
    const at = Date.parse(r.removalRequestedOn);
    return Number.isFinite(at) && now.getTime() - at >= REMOVAL_CHECK_AFTER_MS;
  });
}

/** "1 record to check: was the content removed?" / "3 records to check: …" */
export function removalCheckMessage(count: number): string {
  return `${count} ${count === 1 ? 'record' : 'records'} to check: was the content removed?`;
}

/** A date and time in British English with the time zone, e.g. "Tuesday 4 March 2025 at 14:05:09 GMT". */
export function formatDateTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(d);
}

/** A calendar date (YYYY-MM-DD) in British English, e.g. "4 March 2025". */
export function formatDate(date: string): string {
  if (!DATE_RE.test(date)) return date;
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
