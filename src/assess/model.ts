/**
 * Turns the shipped model file's bytes into the AssessModel that assess() uses. The one loader for
 * every caller: the content script imports this module lazily (so the model's code and weights stay
 * out of the content script's first bundle) and the command-line tools import it directly.
 */
import {
  loadCnnSteps,
  scoreCnnLazily,
  scoreCnnCappedSteps,
  tryLoadCnn,
  CnnLoadError,
  type CnnHead,
  type CnnModel,
  type CnnResult,
  type CnnScores,
} from '../model/cnn';
import { runInSteps, type StepOptions } from './steps';
import { tokenize } from '../model/features';
import { combine, type HeadScores, type HeadThresholds } from './combine';
import type { AssessModel } from './index';
import defaults from '../settings/model-thresholds.json';

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

/** Lazily explained scores as the combination reads them (the words that weighed most, only for a head that asks). */
function lazyHeadScores(r: CnnScores): HeadScores {
  const probs = r.probs as Record<string, number>;
  return {
    prob: (h) => probs[h] ?? 0,
    top: (h) => (h in probs ? r.top(h as CnnHead).map((w) => ({ start: w.start, end: w.end })) : []),
  };
}

/** The AssessModel for a loaded school model: score the text, then combine with the rules (src/assess/combine.ts). */
export function assessModelOf(cnn: CnnModel, thresholds: HeadThresholds = HEAD_THRESHOLDS): AssessModel {
  return {
    apply: (text, settings, ruleFindings, ctx) => {
      const r = scoreCnnLazily(cnn, text);
      if (r.error) throw new Error(`the school model could not score this post: ${r.error}`);
      return combine(text, lazyHeadScores(r), ruleFindings, thresholds, settings, ctx);
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
  if (!(bytes instanceof ArrayBuffer) && !(bytes instanceof Uint8Array))
    return { ok: false, error: new Error('The school model file did not arrive as bytes.') };
  const loaded = tryLoadCnn(bytes);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  return { ok: true, model: assessModelOf(loaded.model), cnn: loaded.model };
}

/**
 * loadAssessModel() in steps of a few milliseconds (see loadCnnSteps: the checksum and the
 * vocabulary in blocks), then a first scoring of a word and of a short sentence, each its own step, so
 * that the scorer's code has run and the commonest words' projections are kept before the first
 * draft. Each yield names the step that follows. Never throws.
 */
export function* loadAssessModelSteps(bytes: unknown): Generator<string, ModelLoad, void> {
  if (!(bytes instanceof ArrayBuffer) && !(bytes instanceof Uint8Array))
    return { ok: false, error: new Error('The school model file did not arrive as bytes.') };
  let cnn: CnnModel;
  try {
    cnn = yield* loadCnnSteps(bytes);
  } catch (e) {
    return { ok: false, error: e instanceof CnnLoadError ? e : new CnnLoadError('bad-header', String(e)) };
  }
  yield 'first scoring: tokens';
  tokenize('Think twice');
  yield 'first scoring: no words';
  scoreCnnLazily(cnn, '');
  for (const words of WARM_TEXT) {
    yield 'first scoring: ' + words;
    scoreCnnLazily(cnn, words);
  }
  return { ok: true, model: assessModelOf(cnn), cnn };
}

/** Scored when the model loads (see loadAssessModelSteps), a few words a step: ordinary words, so the table of the commonest ones starts to fill. */
const WARM_TEXT = ['think', 'twice before you', 'post: is it kind,', 'is it true and would', 'you say it to the school?'];

/**
 * loadAssessModel() without a long task: the model is read in steps with the main thread given back
 * between tasks (see runInSteps). Never rejects: bad bytes give { ok: false }.
 */
export async function loadAssessModelInSteps(bytes: unknown, opts: StepOptions = {}): Promise<ModelLoad> {
  try {
    return await runInSteps(loadAssessModelSteps(bytes), opts);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e : new Error(String(e)) };
  }
}
