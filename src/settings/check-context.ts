/**
 * Settings + policy pack -> the checker's CheckContext. Imports types only (no zod), so the
 * content script can use it without carrying the schema.
 */
import type { Settings } from './schema';
import { categoryClauses } from '../policy/clauses';
import type { PolicyPack } from '../policy/pack';
import type { CheckContext } from '../checker/types';
import { CATEGORY_IDS, type CategoryId, type Severity } from '../policy/ids';

export function toCheckContext(settings: Settings, pack: PolicyPack, extra: Pick<CheckContext, 'mediaAttached'> = {}): CheckContext {
  const extraTerms: Partial<Record<CategoryId, string[]>> = {};
  const severity: Partial<Record<CategoryId, Severity>> = {};
  const disabledRules: string[] = [];
  const disabledCategories: CategoryId[] = [];
  for (const id of CATEGORY_IDS) {
    const c = settings.categories[id];
    if (!c) continue;
    if (!c.enabled) disabledCategories.push(id);
    if (c.extraTerms.length) extraTerms[id] = c.extraTerms;
    if (c.severity !== 'default') severity[id] = c.severity;
    disabledRules.push(...c.disabledRules);
  }
  return {
    schoolNames: [settings.schoolName, settings.trustName, ...settings.schoolAliases].filter((s) => s.trim() !== ''),
    pupilNames: settings.pupilNames,
    extraTerms,
    disabledRules,
    disabledCategories,
    severity,
    clauses: categoryClauses(pack),
    ...extra,
  };
}
