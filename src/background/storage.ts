/**
 * Every read-modify-write of the extension's shared stored data happens here, in the worker, one
 * at a time. storage.local has no transactions: two tabs that each read the notes, add one and
 * write them back would keep only one. Content scripts and pages send messages instead, and the
 * worker runs the changes through one promise queue (the worker is a single instance, so the
 * queue covers every context; navigator.locks is not available in every context we run in).
 */
import { getLocalItems, setLocalItems } from '../platform/browser';
import { createAlarm, hasAlarm } from '../platform/worker';
import { FEEDBACK_KEY, liveNotes, makeNote, type NoteInput } from '../storage/notes';
import { DEVICE_PROBLEMS_KEY, withProblem, withoutProblem, type DeviceProblem } from '../storage/device-problems';

let tail: Promise<unknown> = Promise.resolve();

/** Runs `fn` after every change queued before it has finished (whether that succeeded or not). */
export function serialise<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(fn, fn);
  tail = run.catch(() => undefined);
  return run;
}

const warn = (msg: string, err: unknown) => console.warn(`[Think Twice] ${msg}`, err);

async function get(key: string): Promise<unknown> {
  return (await getLocalItems(key))[key];
}

/** Adds a "Not a concern" note (expired notes and old notes' matched text dropped on the way). */
export function addNote(input: NoteInput, now = new Date()): Promise<void> {
  return serialise(async () => {
    const notes = liveNotes(await get(FEEDBACK_KEY), now);
    notes.push(makeNote(input, now));
    await setLocalItems({ [FEEDBACK_KEY]: liveNotes(notes, now) });
  });
}

export function clearNotes(): Promise<void> {
  return serialise(() => setLocalItems({ [FEEDBACK_KEY]: [] }));
}

/** Drops expired and unreadable notes (and any matched text left by an earlier version). Writes only when something changed. */
export function pruneNotes(now = new Date()): Promise<void> {
  return serialise(async () => {
    const stored = await get(FEEDBACK_KEY);
    if (stored === undefined) return;
    const live = liveNotes(stored, now);
    if (JSON.stringify(live) !== JSON.stringify(stored)) await setLocalItems({ [FEEDBACK_KEY]: live });
  });
}

/** Records a problem for the popup and options page. Never rejects (the problem is logged too). */
export function recordDeviceProblem(problem: Omit<DeviceProblem, 'at'>, now = Date.now()): Promise<void> {
  const p: DeviceProblem = { ...problem, at: now };
  (problem.kind === 'problem' ? console.warn : console.info)(`[Think Twice] ${problem.message}`);
  return serialise(async () => {
    await setLocalItems({ [DEVICE_PROBLEMS_KEY]: withProblem(await get(DEVICE_PROBLEMS_KEY), p) });
  }).catch((err) => warn('could not record a problem', err));
}

/** Removes a recorded problem (writes only when there was one). Never rejects. */
export function clearDeviceProblem(id: string): Promise<void> {
  return serialise(async () => {
    const stored = await get(DEVICE_PROBLEMS_KEY);
    const next = withoutProblem(stored, id);
    if (Array.isArray(stored) && next.length !== stored.length) await setLocalItems({ [DEVICE_PROBLEMS_KEY]: next });
  }).catch((err) => warn('could not clear a problem', err));
}

/** The daily alarm that prunes expired notes, even on a device where none are added. */
export const HOUSEKEEPING_ALARM = 'think-twice-housekeeping';

export async function scheduleHousekeeping(): Promise<void> {
  try {
    if (!(await hasAlarm(HOUSEKEEPING_ALARM))) createAlarm(HOUSEKEEPING_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  } catch (err) {
    warn('could not schedule the daily tidy-up', err);
  }
}
