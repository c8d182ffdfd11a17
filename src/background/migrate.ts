/**
 * The stored data's version, and bringing data kept by an earlier version up to date. The worker
 * runs migrateStorage on install, update and browser start-up, and whenever it wakes (a worker that
 * sleeps loses nothing, and every step may run any number of times: each checks the data, not the
 * version, so running it again changes nothing). Data from a newer version (a downgrade) is left
 * alone.
 *
 * Version 1 (no `storageVersion` key): notes kept the matched words; the snapshot held every
 * pupil's name and had no shape number.
 * Version 2: notes keep no matched text and expire; the snapshot carries no pupil names and has
 * a shape (SNAPSHOT_SHAPE); staff settings hold only keys this version knows.
 */
import { z } from 'zod';
import { getLocalItems, removeLocalItems, setLocalItems, STAFF_SETTINGS_KEY } from '../platform/browser';
import { SNAPSHOT_KEY, isUsableSnapshot } from '../settings/snapshot';
import { settingsSchema } from '../settings/schema';
import { FEEDBACK_KEY, liveNotes } from '../storage/notes';
import { SETTINGS_PRUNED } from '../storage/device-problems';
import { recordDeviceProblem, serialise } from './storage';
import { t } from '../ui/i18n';

export const STORAGE_VERSION_KEY = 'storageVersion';
export const STORAGE_VERSION = 2;

export interface MigrationReport {
  /** The version found (1 when there was none). */
  from: number;
  /** Notes rewritten (matched text dropped, expired or unreadable ones removed). */
  notesRewritten: boolean;
  /** The stored snapshot was of an older shape and was removed (the worker publishes a new one). */
  snapshotRemoved: boolean;
  /** Dotted paths of staff settings this version does not know, removed. */
  prunedSettings: string[];
  /** Newer data than this version knows: nothing was changed. */
  skipped: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s._zod.def.innerType as z.ZodType;
  return s;
}

/**
 * `raw` without the keys `schema` does not know, walking into plain objects as the resolver does
 * (a value zod parses whole, such as the timetable, is kept as it is: zod ignores unknown keys in it).
 * Own keys only, so a key named "__proto__" or "constructor" is treated as the unknown key it is.
 */
export function pruneUnknownKeys(schema: z.ZodObject, raw: Record<string, unknown>, prefix = ''): { value: Record<string, unknown>; removed: string[] } {
  const shape = schema.shape as Record<string, z.ZodType>;
  const value: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const [key, v] of Object.entries(raw)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!Object.hasOwn(shape, key)) {
      removed.push(path);
      continue;
    }
    const inner = unwrap(shape[key]!);
    let kept = v;
    // As the resolver: only plain objects are walked; one with refinements (the timetable) is a value.
    if (inner instanceof z.ZodObject && !inner._zod.def.checks?.length && isObject(v)) {
      const sub = pruneUnknownKeys(inner, v, path);
      kept = sub.value;
      removed.push(...sub.removed);
    }
    Object.defineProperty(value, key, { value: kept, writable: true, enumerable: true, configurable: true });
  }
  return { value, removed };
}

/** Brings stored data to STORAGE_VERSION. Never rejects: a step that fails is logged and tried again next time. */
export function migrateStorage(now = new Date()): Promise<MigrationReport> {
  const report: MigrationReport = { from: 1, notesRewritten: false, snapshotRemoved: false, prunedSettings: [], skipped: false };
  return serialise(async () => {
    const got = await getLocalItems([STORAGE_VERSION_KEY, FEEDBACK_KEY, SNAPSHOT_KEY, STAFF_SETTINGS_KEY]);
    const version = got[STORAGE_VERSION_KEY];
    report.from = typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 1;
    if (report.from > STORAGE_VERSION) {
      report.skipped = true;
      return report;
    }
    // Notes: the current shape only (no matched text), unexpired.
    const notes = got[FEEDBACK_KEY];
    if (notes !== undefined) {
      const live = liveNotes(notes, now);
      if (JSON.stringify(live) !== JSON.stringify(notes)) {
        await setLocalItems({ [FEEDBACK_KEY]: live });
        report.notesRewritten = true;
      }
    }
    // The snapshot: an older shape (with pupils' names, or fields content scripts no longer find)
    // goes; the worker publishes a new one straight after.
    const snapshot = got[SNAPSHOT_KEY];
    if (snapshot !== undefined && !isUsableSnapshot(snapshot)) {
      await removeLocalItems(SNAPSHOT_KEY);
      report.snapshotRemoved = true;
    }
    // Staff settings: keys this version does not know (renamed or retired settings, or damage).
    const staff = got[STAFF_SETTINGS_KEY];
    if (isObject(staff)) {
      const { value, removed } = pruneUnknownKeys(settingsSchema, staff);
      if (removed.length) {
        await setLocalItems({ [STAFF_SETTINGS_KEY]: value });
        report.prunedSettings = removed;
      }
    }
    if (report.from !== STORAGE_VERSION) await setLocalItems({ [STORAGE_VERSION_KEY]: STORAGE_VERSION });
    return report;
  })
    .then(async (r) => {
      // Once: the keys are gone, so a later run finds none to report.
      if (r.prunedSettings.length) {
        await recordDeviceProblem({
          id: SETTINGS_PRUNED,
          kind: 'notice',
          message: prunedMessage(r.prunedSettings),
        });
      }
      return r;
    })
    .catch((err: unknown) => {
      console.warn('[Think Twice] bringing stored data up to date failed; trying again next time', err);
      return report;
    });
}

/** "Some of your saved settings ... were removed: a, b and 3 more.", in the language the worker speaks. */
function prunedMessage(keys: string[]): string {
  const names = keys
    .slice(0, 10)
    .map((k) => k.slice(0, 60))
    .join(', ');
  return t('devicePruned', keys.length > 10 ? t('devicePrunedMore', names, keys.length - 10) : names);
}
