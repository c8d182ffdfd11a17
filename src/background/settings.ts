import { setLocalItems } from '../platform/browser';
import { loadSettings } from '../settings/load';
import { SNAPSHOT_KEY, slimSnapshot, type SettingsSnapshot } from '../settings/snapshot';
import { snapshotOf } from '../settings/publish';
import { describeProblem } from '../settings/resolve';
import { refreshLesson } from './lesson';
import { setPupilNames } from './pupils';
import { registerEvidenceMenu } from './evidence';
import { loadLanguage, t } from '../ui/i18n';
import { clearDeviceProblem, recordDeviceProblem, serialise } from './storage';
import { SNAPSHOT_WRITE_FAILED } from '../storage/device-problems';

const warn = (msg: string, err?: unknown) => console.warn(`[Think Twice] ${msg}`, ...(err === undefined ? [] : [err]));

/** Whether a failed storage write failed for lack of room (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError). */
export function isQuotaError(err: unknown): boolean {
  const text = `${(err as { name?: unknown })?.name ?? ''} ${(err as { message?: unknown })?.message ?? err}`;
  return /quota|exceed|too large|no space|disk is full/i.test(text);
}

/** In the staff member's language, as the worker speaks it when the problem is met. */
const WRITE_FAILED = () => t('deviceWriteFailed');

/**
 * Saves the snapshot; when it does not fit, once more without what content scripts never read.
 * A failure is recorded for the popup (and cleared by the next success). Never rejects.
 */
export async function writeSnapshot(snapshot: SettingsSnapshot): Promise<boolean> {
  const set = (s: SettingsSnapshot) => serialise(() => setLocalItems({ [SNAPSHOT_KEY]: s }));
  try {
    await set(snapshot);
  } catch (err) {
    if (!isQuotaError(err)) {
      warn('the settings could not be saved for the sites', err);
      await recordDeviceProblem({ id: SNAPSHOT_WRITE_FAILED, kind: 'problem', message: WRITE_FAILED() });
      return false;
    }
    try {
      await set(slimSnapshot(snapshot));
      warn('the settings were too large to save whole; saved without the policy text and the timetable', err);
    } catch (again) {
      warn('the settings could not be saved for the sites, even made smaller', again);
      await recordDeviceProblem({ id: SNAPSHOT_WRITE_FAILED, kind: 'problem', message: WRITE_FAILED() });
      return false;
    }
  }
  await clearDeviceProblem(SNAPSHOT_WRITE_FAILED);
  return true;
}

/**
 * Resolves the settings and publishes the snapshot content scripts read (without pupils' names:
 * the worker keeps those, see ./pupils). Never rejects: every caller is fire-and-forget, and a
 * failure is logged and, for the snapshot, recorded for the popup. Null when it could not resolve.
 */
let menuLanguage: string | null = null;

export async function publishSnapshot(): Promise<SettingsSnapshot | null> {
  try {
    const resolved = await loadSettings();
    // The worker's words (the lesson-time status, the toolbar button, the menu item, evidence
    // messages) in the language the setting chooses; the menu item is made again when it changes.
    const language = await loadLanguage(resolved.settings.language);
    if (language !== menuLanguage) {
      menuLanguage = language;
      try {
        registerEvidenceMenu();
      } catch (err) {
        warn('the context-menu item could not be renamed', err);
      }
    }
    setPupilNames(resolved.settings.pupilNames);
    const snapshot = snapshotOf(resolved, Date.now());
    for (const p of resolved.problems) console.warn('[Think Twice]', describeProblem(p));
    await writeSnapshot(snapshot);
    try {
      await refreshLesson(resolved.settings);
    } catch (err) {
      warn('the lesson-time status could not be updated', err);
    }
    return snapshot;
  } catch (err) {
    warn('the settings could not be published', err);
    return null;
  }
}
