/**
 * Turns the shipped model file's bytes into the AssessModel that assess() uses. The one loader for
 * every caller: the content script imports this module lazily (so the model's code and weights
 * stay out of the content script's first bundle) and the command-line tools import it directly.
 */
import { tryLoadModel, combineFindings } from '../model';
import type { AssessModel } from './index';

export type ModelLoad = { ok: true; model: AssessModel } | { ok: false; error: Error };

/** Never throws: bad bytes give { ok: false } with a clear error, and the caller checks with the rules only. */
export function loadAssessModel(bytes: unknown): ModelLoad {
  const loaded = tryLoadModel(bytes);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  const m = loaded.model;
  return { ok: true, model: { apply: (text, settings, ruleFindings, ctx) => combineFindings(m, text, ruleFindings, settings, ctx) } };
}
