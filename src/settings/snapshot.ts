/**
 * The resolved settings as the background worker publishes them (storage.local key "resolved").
 *
 * The worker is the one place that validates and merges the layers; content scripts read this
 * plain snapshot instead, which keeps zod and the schema out of every page's content script.
 *
 * Pupils' names are never in it: every social site's content script can read this key, so the
 * worker keeps the list and answers "which of these names does this draft contain?" instead
 * (message 'match-pupils'). `hasPupilNames` only says whether there is a list to ask about.
 *
 * No zod here (the content script imports it): isUsableSnapshot checks the shape by hand.
 */
import type { ResolvedSettings } from './resolve';
import type { PolicyPack } from '../policy/pack';
import { CATEGORY_IDS } from '../policy/ids';

export const SNAPSHOT_KEY = 'resolved';

/**
 * The snapshot's shape. Raise it whenever a field content scripts read is added, removed or changes
 * meaning: a content script that finds another shape (an upgrade before the worker republished)
 * asks the worker to publish again rather than reading fields that are not there.
 */
export const SNAPSHOT_SHAPE = 3;

export interface SettingsSnapshot extends ResolvedSettings {
  /** SNAPSHOT_SHAPE when published. */
  shape: number;
  /** The policy pack in force (the school's replacement, or the built-in one). */
  pack: PolicyPack;
  /** Whether the school set pupils' names (settings.pupilNames is always empty here: ask the worker). */
  hasPupilNames: boolean;
  /** When the worker resolved it (epoch ms). */
  at: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Whether `value` is a snapshot of the current shape with every field content scripts and the
 * checker read, of the right type (a stored value may be from an older version, or damaged).
 */
export function isUsableSnapshot(value: unknown): value is SettingsSnapshot {
  if (!isObject(value) || value.shape !== SNAPSHOT_SHAPE || typeof value.hasPupilNames !== 'boolean') return false;
  const { settings: s, pack: p } = value;
  if (!isObject(s) || !isObject(p)) return false;
  if (!isStringList(s.officialAccounts) || !isStringList(s.schoolAliases) || !isStringList(s.pupilNames)) return false;
  if (typeof s.schoolName !== 'string' || typeof s.trustName !== 'string' || typeof s.policyUrl !== 'string') return false;
  if (typeof s.showIndicator !== 'boolean' || typeof s.requireConsentConfirmation !== 'boolean' || typeof s.language !== 'string') return false;
  if (!isObject(s.sites) || !isObject(s.toneModel) || typeof s.toneModel.enabled !== 'boolean') return false;
  for (const k of ['offensive', 'hate', 'threat', 'agreement'] as const) if (typeof s.toneModel[k] !== 'number') return false;
  if (!isObject(s.categories)) return false;
  for (const id of CATEGORY_IDS) {
    const c = s.categories[id];
    if (!isObject(c)) return false;
    if (typeof c.enabled !== 'boolean' || typeof c.action !== 'string' || typeof c.severity !== 'string') return false;
    if (!isStringList(c.extraTerms) || !isStringList(c.disabledRules)) return false;
  }
  const prompt = p.prompt;
  if (!isObject(prompt) || typeof prompt.heading !== 'string' || typeof prompt.editLabel !== 'string' || typeof prompt.postAnywayLabel !== 'string')
    return false;
  if (!Array.isArray(p.categories)) return false;
  for (const c of p.categories) {
    if (!isObject(c) || typeof c.id !== 'string' || typeof c.title !== 'string' || typeof c.explanation !== 'string' || !isStringList(c.clauses)) return false;
  }
  return true;
}

/**
 * A smaller snapshot for when the whole one does not fit in storage: without what content scripts
 * never read (the school's pack twice over, the clauses' full text, the timetable, which the worker
 * turns into the lesson-time status itself) and with at most 20 problems.
 */
export function slimSnapshot(s: SettingsSnapshot): SettingsSnapshot {
  const { policyPack: _pack, timetable: _timetable, ...settings } = s.settings;
  return {
    ...s,
    settings: { ...settings, freePeriods: [] },
    pack: { ...s.pack, clauses: s.pack.clauses.map((c) => ({ ...c, text: '' })) },
    problems: s.problems.slice(0, 20),
  };
}
