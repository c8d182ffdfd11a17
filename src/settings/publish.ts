/**
 * The snapshot the worker publishes for content scripts, from the resolved settings. Pure (the
 * worker's publishSnapshot writes it; tests build the very same one).
 */
import type { ResolvedSettings } from './resolve';
import { SNAPSHOT_SHAPE, type SettingsSnapshot } from './snapshot';
import { activePack } from '../policy/active';
import { localisePack } from '../policy/localise';
import { languageFor } from './language';
import { browserLanguage } from '../platform/i18n';

/**
 * Without pupils' names: content scripts ask the worker which names a draft contains. The pack's
 * words are in the language staff read (`browserLang`: the browser's, for the `language` setting's
 * "browser"), so the content script shows its categories' titles as they are.
 */
export function snapshotOf(resolved: ResolvedSettings, at: number, browserLang: string | undefined = browserLanguage()): SettingsSnapshot {
  return {
    ...resolved,
    settings: { ...resolved.settings, pupilNames: [] },
    shape: SNAPSHOT_SHAPE,
    pack: localisePack(activePack(resolved.settings), languageFor(resolved.settings.language, browserLang)),
    hasPupilNames: resolved.settings.pupilNames.length > 0,
    at,
  };
}
