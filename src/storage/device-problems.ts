/**
 * Problems the worker meets on this device itself (not in the school's or the staff member's
 * settings), shown with the settings problems in the popup and on the options page
 * (src/ui/ProblemList.tsx): a settings snapshot that could not be saved, settings an upgrade removed.
 * Only the worker writes them (src/background/storage.ts); pages read them and ask it to dismiss one.
 *
 * Pure: no browser APIs, no zod.
 */
export const DEVICE_PROBLEMS_KEY = 'deviceProblems';

export interface DeviceProblem {
  /** One per kind of problem: recording it again replaces it. */
  id: string;
  /** 'problem': Think Twice is not working as it should; 'notice': something was done that staff should know. */
  kind: 'problem' | 'notice';
  /** A sentence for staff, in British English. */
  message: string;
  /** When it was recorded (epoch ms). */
  at: number;
}

/** The snapshot content scripts read could not be saved: posts may go unchecked. */
export const SNAPSHOT_WRITE_FAILED = 'snapshot-write-failed';
/** An upgrade removed saved settings this version does not have. */
export const SETTINGS_PRUNED = 'settings-pruned';

export function readDeviceProblems(value: unknown): DeviceProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (p): p is DeviceProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.id === 'string' &&
      (p.kind === 'problem' || p.kind === 'notice') &&
      typeof p.message === 'string' &&
      typeof p.at === 'number',
  );
}

/** The list with `problem` recorded (replacing one with the same id). */
export function withProblem(stored: unknown, problem: DeviceProblem): DeviceProblem[] {
  return [...readDeviceProblems(stored).filter((p) => p.id !== problem.id), problem];
}

/** The list without the problem `id`. */
export function withoutProblem(stored: unknown, id: string): DeviceProblem[] {
  return readDeviceProblems(stored).filter((p) => p.id !== id);
}
