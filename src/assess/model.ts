/**
 * Turns the shipped model file's bytes into the AssessModel that assess() uses. The one loader for
 * every caller: the content script imports this module lazily (so the model's code and weights stay
 * out of the content script's first bundle) and the command-line tools import it directly.
 */
import { tryLoadCnn, scoreCnn, scoreCnnCappedSteps, type CnnModel, type CnnResult } from '../model/cnn';
import { combine, type HeadScores, type HeadThresholds } from './combine';
import type { AssessModel } from './index';
import defaults from './defaults.json';

/** The combination's per-head thresholds, chosen by `npm run train` (scripts/cnn/calibrate.ts) for the combined decision. */
export const HEAD_THRESHOLDS: HeadThresholds = defaults.heads;

export type ModelLoad = { ok: true; model: AssessModel; cnn: CnnModel } | { ok: false; error: Error };

/** A scored text as the combination reads it. */
export function headScores(r: CnnResult): HeadScores {
  const probs = r.probs as Record<string, number>;
  const top = r.top as Record<string, Array<{ start: number; end: number }>>;
  return {
    prob: (h) => probs[h] ?? 0,
    top: (h) => (top[h] ?? []).map((w) => ({ start: w.start, end: w.end })),
  };
}

/** The AssessModel for a loaded school model: score the text, then combine with the rules (src/assess/combine.ts). */
export function assessModelOf(cnn: CnnModel, thresholds: HeadThresholds = HEAD_THRESHOLDS): AssessModel {
  return {
    apply: (text, settings, ruleFindings, ctx) => {
      const r = scoreCnn(cnn, text);
      if (r.error) throw new Error(`the school model could not score this post: ${r.error}`);
      return combine(text, headScores(r), ruleFindings, thresholds, settings, ctx);
    },
    // The same result as apply(), scored in steps of 128 tokens (about 4 ms each on a slow laptop core).
    *applySteps(text, settings, ruleFindings, ctx) {
      const r = yield* scoreCnnCappedSteps(cnn, text, 128);
      if (r.error) throw new Error(`the school model could not score this post: ${r.error}`);
      return combine(text, headScores(r), ruleFindings, thresholds, settings, ctx);
    },
  };
}

/** Never throws: bad bytes give { ok: false } with a clear error, and the caller checks with the rules only. */
export function loadAssessModel(bytes: unknown): ModelLoad {
  if (!(bytes instanceof ArrayBuffer) && !(bytes instanceof Uint8Array)) return { ok: false, error: new Error('The school model file did not arrive as bytes.') };
  const loaded = tryLoadCnn(bytes);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  return { ok: true, model: assessModelOf(loaded.model), cnn: loaded.model };
}
