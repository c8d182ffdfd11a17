import { browser } from '../platform/browser';
import { loadSettings } from '../settings/load';
import { SNAPSHOT_KEY, type SettingsSnapshot } from '../settings/snapshot';
import { activePack } from '../policy/active';
import { describeProblem } from '../settings/resolve';
import { refreshLesson } from './lesson';

/** Resolves the settings and publishes the snapshot content scripts read. */
export async function publishSnapshot(): Promise<SettingsSnapshot> {
  const resolved = await loadSettings();
  const snapshot: SettingsSnapshot = { ...resolved, pack: activePack(resolved.settings), at: Date.now() };
  for (const p of resolved.problems) console.warn('[Think Twice]', describeProblem(p));
  await browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot });
  await refreshLesson(snapshot.settings);
  return snapshot;
}
