/**
 * A snapshot of the default settings and the built-in policy, for a content script that finds the
 * stored snapshot unusable (an older shape after an upgrade, or damaged) while it waits for the
 * worker to publish a new one: posts are checked against the school's policy as shipped rather than
 * not at all. From generated JSON (npm run gen:schema), so content scripts carry no zod; unit tests
 * hold both files to the schema and the parsed pack.
 */
import type { Settings } from './schema';
import type { PolicyPack } from '../policy/pack';
import { SNAPSHOT_SHAPE, type SettingsSnapshot } from './snapshot';
import defaults from './defaults.json';
import builtinPack from '../policy/builtin-pack.json';

export function defaultSnapshot(): SettingsSnapshot {
  return {
    shape: SNAPSHOT_SHAPE,
    settings: structuredClone(defaults) as unknown as Settings,
    pack: structuredClone(builtinPack) as unknown as PolicyPack,
    locked: [],
    staffMayChange: true,
    problems: [],
    // Unknown until the worker publishes: ask it, so a draft naming a pupil is still caught.
    hasPupilNames: true,
    at: 0,
  };
}
