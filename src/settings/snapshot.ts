/**
 * The resolved settings as the background worker publishes them (storage.local key "resolved").
 *
 * The worker is the one place that validates and merges the layers; content scripts read this
 * plain snapshot instead, which keeps zod and the schema out of every page's content script.
 */
import type { ResolvedSettings } from './resolve';
import type { PolicyPack } from '../policy/pack';

export const SNAPSHOT_KEY = 'resolved';

export interface SettingsSnapshot extends ResolvedSettings {
  /** The policy pack in force (the school's replacement, or the built-in one). */
  pack: PolicyPack;
  /** When the worker resolved it (epoch ms). */
  at: number;
}
