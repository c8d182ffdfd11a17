/**
 * The snapshot the worker publishes for content scripts, from the resolved settings. Pure (the
 * worker's publishSnapshot writes it; tests build the very same one).
 */
import type { ResolvedSettings } from './resolve';
import { SNAPSHOT_SHAPE, type SettingsSnapshot } from './snapshot';
import { activePack } from '../policy/active';

/** Without pupils' names: content scripts ask the worker which names a draft contains. */
export function snapshotOf(resolved: ResolvedSettings, at: number): SettingsSnapshot {
  return {
    ...resolved,
    settings: { ...resolved.settings, pupilNames: [] },
    shape: SNAPSHOT_SHAPE,
    pack: activePack(resolved.settings),
    hasPupilNames: resolved.settings.pupilNames.length > 0,
    at,
  };
}
