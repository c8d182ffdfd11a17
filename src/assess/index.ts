/**
 * THE assessment of a draft: rules, the learned model and the school's settings, combined exactly
 * as staff see it. The content script (src/content/evaluate.ts), `npm run check` (src/cli/check.ts),
 * `npm run eval` and training's combined figures all call this one function, so an admin's
 * command-line check and the prompt on a site cannot disagree (a unit test holds them together).
 *
 * Pure: no DOM, no browser API, no zod (the content script imports it). Never throws: an error in
 * the model leaves the rules' findings, an error in the rules leaves none (fail open).
 */
import { check, flagged } from '../checker';
import type { CheckContext, Finding } from '../checker/types';
import { toCheckContext } from '../settings/check-context';
import type { Settings } from '../settings/schema';
import type { PolicyPack } from '../policy/pack';

export { MODEL_PATH } from './model-path';

/** How the school tunes the learned model (the `toneModel` settings less `enabled`). */
export interface ModelSettings {
  offensive: number;
  hate: number;
  threat: number;
  agreement: number;
  mildNeedsModel: boolean;
}

/**
 * A loaded learned model as the assessment uses it: given the rules' findings, return the
 * findings to show (rules kept, raised or, for the mildest tone findings, left out; the model's
 * own added where the rules are silent). `settings` undefined: the model's trained defaults.
 */
export interface AssessModel {
  apply(text: string, settings: ModelSettings | undefined, ruleFindings: Finding[], ctx: CheckContext): Finding[];
  /**
   * apply()'s result, worked out in steps of a few milliseconds each (a yield between them), for the
   * sliced check of a long draft (./long.ts). Optional: without it, apply() runs as one step.
   */
  applySteps?(text: string, settings: ModelSettings | undefined, ruleFindings: Finding[], ctx: CheckContext): Generator<void, Finding[], void>;
}

export interface AssessContext {
  /** The resolved settings (defaults + staff + admin), or null before the worker's snapshot exists. */
  settings: Settings | null;
  /** The policy pack in force, or null with the settings. */
  pack: PolicyPack | null;
  /** The learned model once loaded; null or undefined: rules only. */
  model?: AssessModel | null;
  /** A photo or video is attached to the post (consent rules). */
  mediaAttached?: boolean;
  /** Told of anything that went wrong (the post still goes). */
  log?: (msg: string, err?: unknown) => void;
}

export interface Assessment {
  findings: Finding[];
  flagged: boolean;
  /** Whether the learned model took part (false: rules only, by setting, while loading, or on error). */
  modelUsed: boolean;
}

export const NONE: Assessment = { findings: [], flagged: false, modelUsed: false };

/** The checker's context for an assessment: the school's settings and pack, or none before they exist. */
export function checkContextOf(ctx: AssessContext): CheckContext {
  const { settings, pack } = ctx;
  return settings && pack ? toCheckContext(settings, pack, { mediaAttached: ctx.mediaAttached ?? false }) : { mediaAttached: ctx.mediaAttached ?? false };
}

/** The model to use (null: rules only, by setting or while it loads) and the school's tuning of it. */
export function modelOf(ctx: AssessContext): { model: AssessModel; settings: ModelSettings | undefined } | null {
  const tone = ctx.settings?.toneModel;
  if (!ctx.model || tone?.enabled === false) return null;
  return {
    model: ctx.model,
    settings: tone
      ? { offensive: tone.offensive, hate: tone.hate, threat: tone.threat, agreement: tone.agreement, mildNeedsModel: tone.mildNeedsModel }
      : undefined,
  };
}

/**
 * The last assessment, kept so that the same draft assessed again with the same settings (the send
 * check after the typing check has already seen it) is answered at once instead of checked twice.
 */
let last: { text: string; model: AssessModel | null; tone: ModelSettings | undefined; cc: CheckContext; result: Assessment } | null = null;

/** Deep equality of the plain data a CheckContext or ModelSettings holds (strings, numbers, booleans, arrays, objects). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** Forgets the last assessment (for the benchmark, which must not time answers it already had). */
export function forgetLastAssessment(): void {
  last = null;
}

export function assess(text: string, ctx: AssessContext): Assessment {
  try {
    if (typeof text !== 'string' || text.trim() === '') return NONE;
    const checkContext = checkContextOf(ctx);
    const use = modelOf(ctx);
    const model = use?.model ?? null;
    if (last !== null && last.text === text && last.model === model && same(last.tone, use?.settings) && same(last.cc, checkContext)) {
      return { ...last.result, findings: last.result.findings.slice() };
    }
    let findings = check(text, checkContext);
    let modelUsed = false;
    if (use) {
      try {
        // The rules stay the backbone: the model adds findings only where they are silent, can raise
        // their confidence, and (mildNeedsModel) decides whether their mildest tone findings are worth showing.
        findings = use.model.apply(text, use.settings, findings, checkContext);
        modelUsed = true;
      } catch (err) {
        ctx.log?.('the learned model failed on this post; rules only', err);
      }
    }
    const result = { findings, flagged: flagged(findings), modelUsed };
    last = { text, model, tone: use?.settings, cc: checkContext, result: { ...result, findings: findings.slice() } };
    return result;
  } catch (err) {
    ctx.log?.('the check failed; the post goes ahead as normal', err);
    return NONE;
  }
}
