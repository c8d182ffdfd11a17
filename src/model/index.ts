/**
 * The on-device tone model: a linear model (three logistic heads: offensive tone, hate towards
 * a group, threat) over hashed word and character n-grams, trained by scripts/train.ts and
 * shipped as public/model/tone-model.bin. Pure TypeScript, no DOM or browser API: the same code
 * runs in Node tests and in the content script.
 *
 * Errors: loadModel() THROWS a ModelLoadError (a typed Error with a `code`) on anything that is
 * not a valid model file; it never throws anything else. tryLoadModel() is the non-throwing
 * form returning { ok, model } | { ok: false, error }. score() and modelFindings() never throw
 * for any string (and treat a non-string as the empty text).
 */
import type { CategoryId, CheckContext, Finding, Severity, Span } from '../checker/types';
import { FEATURE_VERSION, TOKEN_MENTION, extractFeatures, type FeatureConfig, type Token } from './features';
import { FORMAT_VERSION, HEADS, MAGIC, fnvBytes, headerSize, type Head } from './format';
import defaultThresholdsJson from './thresholds.json';

export { HEADS, type Head } from './format';

export interface Model {
  readonly config: FeatureConfig;
  readonly featureVersion: number;
  /** Per head: weights (int8, 2^hashBits), scale and bias. Order: HEADS. */
  readonly heads: ReadonlyArray<{ name: Head; weights: Int8Array; scale: number; bias: number }>;
  /** Size of the file it was loaded from, in bytes. */
  readonly byteLength: number;
}

export type ModelLoadErrorCode = 'not-bytes' | 'too-short' | 'bad-magic' | 'bad-version' | 'bad-feature-version' | 'bad-header' | 'bad-length' | 'bad-checksum';

export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
  constructor(
    readonly code: ModelLoadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Per-head probability thresholds (0..1). A head at or above its threshold raises a finding. */
export interface ModelThresholds {
  offensive: number;
  hate: number;
  threat: number;
}

/** Defaults chosen by scripts/train.ts on calibration rows (never the validation rows). */
export const DEFAULT_THRESHOLDS: ModelThresholds = {
  offensive: defaultThresholdsJson.offensive,
  hate: defaultThresholdsJson.hate,
  threat: defaultThresholdsJson.threat,
};

/**
 * How the model and the rules combine (see combineFindings). The thresholds, plus:
 *  - mildNeedsModel: a rule finding of the lowest severity ("advice") in a tone category
 *    (offensive, bullying, discrimination: e.g. casual swearing, mild name-calling) is shown
 *    only when the model agrees the post is hostile. Warning and serious findings always stand.
 *  - agreement: the offensive-head probability that counts as agreeing (usually below the
 *    offensive threshold: agreeing with a rule asks less than raising a finding alone).
 */
export interface CombineSettings extends ModelThresholds {
  mildNeedsModel: boolean;
  agreement: number;
}

/** Defaults chosen by scripts/train.ts on out-of-fold scores of training rows. */
export const DEFAULT_COMBINE: CombineSettings = {
  ...DEFAULT_THRESHOLDS,
  mildNeedsModel: true,
  agreement: defaultThresholdsJson.agreement,
};

/**
 * Parse and validate a model file. Throws ModelLoadError (never any other error) when the bytes
 * are not a model this code can use.
 */
export function loadModel(bytes: ArrayBuffer | Uint8Array): Model {
  let u8: Uint8Array;
  if (bytes instanceof Uint8Array) u8 = bytes;
  else if (bytes instanceof ArrayBuffer) u8 = new Uint8Array(bytes);
  else throw new ModelLoadError('not-bytes', 'The tone model must be given as an ArrayBuffer or Uint8Array.');
  if (u8.length < headerSize(1)) throw new ModelLoadError('too-short', `The tone model file is too short (${u8.length} bytes) to be a model.`);
  for (let i = 0; i < 4; i++) {
    if (u8[i] !== MAGIC.charCodeAt(i)) throw new ModelLoadError('bad-magic', 'This is not a tone model file (its header does not start with "TTM1").');
  }
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const version = dv.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw new ModelLoadError('bad-version', `The tone model file has format version ${version}; this extension reads version ${FORMAT_VERSION}.`);
  const featureVersion = dv.getUint16(6, true);
  if (featureVersion !== FEATURE_VERSION) {
    throw new ModelLoadError('bad-feature-version', `The tone model was trained with feature version ${featureVersion}; this extension extracts version ${FEATURE_VERSION}. Retrain it (npm run train).`);
  }
  const hashBits = dv.getUint8(8);
  const charMin = dv.getUint8(9);
  const charMax = dv.getUint8(10);
  const flags = dv.getUint8(11);
  const nHeads = dv.getUint8(12);
  if (hashBits < 10 || hashBits > 22 || charMin < 1 || charMax < charMin || charMax > 8 || nHeads !== HEADS.length || (flags & ~1) !== 0) {
    throw new ModelLoadError('bad-header', `The tone model header is not valid (hashBits ${hashBits}, char n-grams ${charMin}-${charMax}, ${nHeads} heads, flags ${flags}).`);
  }
  const size = 1 << hashBits;
  const hs = headerSize(nHeads);
  if (u8.length !== hs + nHeads * size) {
    throw new ModelLoadError('bad-length', `The tone model file is ${u8.length} bytes; its header says it should be ${hs + nHeads * size}.`);
  }
  const weightBytes = u8.subarray(hs);
  const checksum = dv.getUint32(16 + 8 * nHeads, true);
  if (fnvBytes(weightBytes) !== checksum) throw new ModelLoadError('bad-checksum', 'The tone model file is damaged (its checksum does not match).');
  // Copy so the model does not depend on the caller's buffer (and is aligned).
  const all = new Int8Array(weightBytes.length);
  all.set(new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.length));
  const heads = HEADS.map((name, i) => {
    const scale = dv.getFloat32(16 + 8 * i, true);
    const bias = dv.getFloat32(20 + 8 * i, true);
    if (!Number.isFinite(scale) || !Number.isFinite(bias)) throw new ModelLoadError('bad-header', `The tone model's ${name} head has a non-finite scale or bias.`);
    return { name, weights: all.subarray(i * size, (i + 1) * size), scale, bias };
  });
  return {
    config: { hashBits, charMin, charMax, identityMitigation: (flags & 1) === 1 },
    featureVersion,
    heads,
    byteLength: u8.length,
  };
}

export type LoadResult = { ok: true; model: Model } | { ok: false; error: ModelLoadError };

/** loadModel without throwing. */
export function tryLoadModel(bytes: unknown): LoadResult {
  try {
    return { ok: true, model: loadModel(bytes as ArrayBuffer | Uint8Array) };
  } catch (e) {
    const error = e instanceof ModelLoadError ? e : new ModelLoadError('bad-header', `The tone model could not be read: ${String(e)}`);
    return { ok: false, error };
  }
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
  /** Contribution to the head's margin (log-odds); larger means more to blame. */
  weight: number;
}

export interface ModelScore {
  offensive: number;
  hate: number;
  threat: number;
  /** Top contributing spans (for the head with the highest probability), in the original text. */
  top: ScoredSpan[];
}

interface Analysis {
  probs: number[];
  tokens: Token[];
  /** contrib[h][tokenIndex]: contribution of the token to head h's margin. */
  contrib: Float64Array[];
}

const MAX_TOP = 5;

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

function analyse(model: Model, text: string): Analysis {
  const f = extractFeatures(text, model.config);
  const n = f.count;
  const nt = f.tokens.length;
  const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
  const probs: number[] = [];
  const contrib: Float64Array[] = [];
  for (const head of model.heads) {
    const w = head.weights;
    const c = new Float64Array(nt);
    let sum = 0;
    const k = head.scale * inv;
    for (let i = 0; i < n; i++) {
      const wi = w[f.bucket[i] as number] as number;
      if (wi === 0) continue;
      sum += wi;
      const ti = f.token[i] as number;
      if (f.pair[i] === 1) {
        c[ti] = (c[ti] as number) + 0.5 * wi * k;
        c[ti + 1] = (c[ti + 1] as number) + 0.5 * wi * k;
      } else c[ti] = (c[ti] as number) + wi * k;
    }
    probs.push(sigmoid(head.bias + head.scale * sum * inv));
    contrib.push(c);
  }
  return { probs, tokens: f.tokens, contrib };
}

/** Top contributing spans: positive-contribution tokens, adjacent ones merged into phrases. */
function topSpans(text: string, tokens: Token[], c: Float64Array, limit = MAX_TOP): ScoredSpan[] {
  // Pick the best tokens (partial selection, linear-ish: keep a small sorted list).
  const best: number[] = [];
  for (let i = 0; i < c.length; i++) {
    const v = c[i] as number;
    if (!(v > 0)) continue;
    if (best.length < limit * 2 || v > (c[best[best.length - 1] as number] as number)) {
      let j = best.length;
      best.push(i);
      while (j > 0 && (c[best[j - 1] as number] as number) < v) {
        best[j] = best[j - 1] as number;
        j--;
      }
      best[j] = i;
      if (best.length > limit * 2) best.pop();
    }
  }
  if (best.length === 0) return [];
  // Keep tokens carrying a meaningful share of the strongest contribution.
  const maxV = c[best[0] as number] as number;
  const chosen = best.filter((i) => (c[i] as number) >= maxV * 0.25).sort((a, b) => a - b);
  const spans: ScoredSpan[] = [];
  for (const i of chosen) {
    const t = tokens[i] as Token;
    const last = spans[spans.length - 1];
    // Merge with the previous chosen token into a phrase when they are neighbours separated
    // only by spaces (not across punctuation or line breaks).
    const prevChosen = last !== undefined && chosen.includes(i - 1) && tokens[i - 1] !== undefined && (tokens[i - 1] as Token).end === last.end && /^ {1,2}$/.test(text.slice(last.end, t.start));
    if (last !== undefined && prevChosen) {
      last.end = t.end;
      last.weight += c[i] as number;
    } else spans.push({ start: t.start, end: t.end, text: '', weight: c[i] as number });
  }
  for (const s of spans) s.text = text.slice(s.start, s.end);
  spans.sort((a, b) => b.weight - a.weight || a.start - b.start);
  return spans.slice(0, limit);
}

function asText(text: unknown): string {
  return typeof text === 'string' ? text : '';
}

/** Probabilities for each head and the spans that weigh most. Never throws. */
export function score(model: Model, text: string): ModelScore {
  const t = asText(text);
  const a = analyse(model, t);
  let hi = 0;
  for (let h = 1; h < a.probs.length; h++) if ((a.probs[h] as number) > (a.probs[hi] as number)) hi = h;
  return {
    offensive: a.probs[0] as number,
    hate: a.probs[1] as number,
    threat: a.probs[2] as number,
    top: topSpans(t, a.tokens, a.contrib[hi] as Float64Array),
  };
}

/** The top contributing spans for one head (e.g. to explain a rule the model corroborates). */
export function explain(model: Model, text: string, head: Head): ScoredSpan[] {
  const t = asText(text);
  const a = analyse(model, t);
  return topSpans(t, a.tokens, a.contrib[HEADS.indexOf(head)] as Float64Array);
}

// ---------------------------------------------------------------------------------------------
// Findings

const SECOND_PERSON = new Set(['you', 'your', 'youre', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'youve', 'youll', 'youd']);

function isTargeted(tokens: Token[]): boolean {
  for (const t of tokens) if (t.kind === TOKEN_MENTION || SECOND_PERSON.has(t.text)) return true;
  return false;
}

function severityFor(p: number, threshold: number): Severity {
  return p >= threshold + 0.5 * (1 - threshold) ? 'warning' : 'advice';
}

export type ModelRuleId = 'model/offensive-tone' | 'model/targeted-abuse' | 'model/group-hate' | 'model/threat';

const REASONS: Record<ModelRuleId, string> = {
  'model/offensive-tone': 'This reads as hostile in tone; the words that weigh most are highlighted.',
  'model/targeted-abuse': 'This reads as hostile towards a person; the words that weigh most are highlighted.',
  'model/group-hate': 'This could read as hostile towards a group of people; the words that weigh most are highlighted.',
  'model/threat': 'This could be read as a threat; the words that weigh most are highlighted.',
};

/**
 * Findings from the model, only in categories the rules have not already raised (ruleFindings).
 *  - hate >= threshold            -> discrimination (model/group-hate)
 *  - threat >= threshold          -> offensive (model/threat)
 *  - offensive >= threshold, aimed at a person (an @mention or "you") -> bullying (model/targeted-abuse)
 *  - offensive >= threshold, otherwise -> offensive (model/offensive-tone)
 * Clause "5.2" unless ctx.clauses maps the category elsewhere; honours ctx.disabledCategories
 * and ctx.disabledRules. Spans are the top contributing words/phrases. Never throws.
 */
export function modelFindings(
  model: Model,
  text: string,
  thresholds: ModelThresholds = DEFAULT_THRESHOLDS,
  ruleFindings: readonly Finding[] = [],
  ctx: CheckContext = {},
): Finding[] {
  const t = asText(text);
  if (t.trim() === '') return [];
  return findingsOf(analyse(model, t), t, thresholds, ruleFindings, ctx);
}

function findingsOf(a: Analysis, t: string, thresholds: ModelThresholds, ruleFindings: readonly Finding[], ctx: CheckContext): Finding[] {
  const [pOff, pHate, pThreat] = a.probs as [number, number, number];
  const raised = new Set<CategoryId>(ruleFindings.map((f) => f.category));
  const disabledCats = new Set<CategoryId>(ctx.disabledCategories ?? []);
  const disabledRules = new Set<string>(ctx.disabledRules ?? []);
  const out: Finding[] = [];
  const add = (category: CategoryId, ruleId: ModelRuleId, head: number, p: number, thr: number): void => {
    if (raised.has(category) || disabledCats.has(category) || disabledRules.has(ruleId)) return;
    let spans: Span[] = topSpans(t, a.tokens, a.contrib[head] as Float64Array).map((s) => ({ start: s.start, end: s.end }));
    if (spans.length === 0) spans = [{ start: 0, end: t.length }];
    out.push({
      category,
      clause: ctx.clauses?.[category] ?? '5.2',
      ruleId,
      severity: ctx.severity?.[category] ?? severityFor(p, thr),
      spans,
      reason: REASONS[ruleId],
      source: 'model',
    });
    raised.add(category);
  };
  if (pHate >= thresholds.hate) add('discrimination', 'model/group-hate', 1, pHate, thresholds.hate);
  if (pThreat >= thresholds.threat) add('offensive', 'model/threat', 2, pThreat, thresholds.threat);
  if (pOff >= thresholds.offensive) {
    if (isTargeted(a.tokens)) add('bullying', 'model/targeted-abuse', 0, pOff, thresholds.offensive);
    else add('offensive', 'model/offensive-tone', 0, pOff, thresholds.offensive);
  }
  return out;
}

/**
 * The model raising a rule's confidence: returns the rule findings with severity "advice"
 * lifted to "warning" where the model agrees (offensive/bullying: offensive or threat head at
 * or above threshold; discrimination: hate head). Other findings are returned unchanged.
 */
export function reinforceRuleFindings(ruleFindings: readonly Finding[], s: Pick<ModelScore, 'offensive' | 'hate' | 'threat'>, thresholds: ModelThresholds = DEFAULT_THRESHOLDS): Finding[] {
  const offensive = s.offensive >= thresholds.offensive || s.threat >= thresholds.threat;
  const hate = s.hate >= thresholds.hate;
  return ruleFindings.map((f) => {
    if (f.source !== 'rule' || f.severity !== 'advice') return f;
    const agrees = ((f.category === 'offensive' || f.category === 'bullying') && offensive) || (f.category === 'discrimination' && hate);
    return agrees ? { ...f, severity: 'warning' } : f;
  });
}

/** Categories whose mildest ("advice") rule findings the model may silence (see CombineSettings). */
export const MILD_GATED_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>(['offensive', 'bullying', 'discrimination']);

/** Does the model agree with a rule finding of this category? */
function modelAgrees(category: CategoryId, s: Pick<ModelScore, 'offensive' | 'hate' | 'threat'>, c: CombineSettings): boolean {
  if (category === 'discrimination') return s.hate >= c.hate || s.offensive >= c.agreement;
  return s.offensive >= c.agreement || s.threat >= c.threat;
}

/**
 * THE combination of rules and model, as the extension ships it (the content script and
 * scripts/eval.ts both call this). Given the rules' findings for `text`:
 *  1. with c.mildNeedsModel, a rule finding of severity "advice" in a tone category
 *     (MILD_GATED_CATEGORIES) is dropped unless the model agrees (offensive head >= c.agreement,
 *     or the hate / threat head at its threshold); every other rule finding stands;
 *  2. rule findings of severity "advice" are lifted to "warning" where the model is at or above
 *     its own threshold (reinforceRuleFindings);
 *  3. the model's own findings are added where the remaining rules are silent (modelFindings).
 * Never throws for any string.
 */
export function combineFindings(model: Model, text: string, ruleFindings: readonly Finding[], c: CombineSettings = DEFAULT_COMBINE, ctx: CheckContext = {}): Finding[] {
  const t = asText(text);
  if (t.trim() === '') return [...ruleFindings];
  const a = analyse(model, t);
  const s = { offensive: a.probs[0] as number, hate: a.probs[1] as number, threat: a.probs[2] as number };
  const kept = c.mildNeedsModel ? ruleFindings.filter((f) => f.source !== 'rule' || f.severity !== 'advice' || !MILD_GATED_CATEGORIES.has(f.category) || modelAgrees(f.category, s, c)) : [...ruleFindings];
  return [...reinforceRuleFindings(kept, s, c), ...findingsOf(a, t, c, kept, ctx)];
}

/** True when any head is at or above its threshold (the "model only" decision). */
export function modelFlags(model: Model, text: string, thresholds: ModelThresholds = DEFAULT_THRESHOLDS): boolean {
  const a = analyse(model, asText(text));
  return (a.probs[0] as number) >= thresholds.offensive || (a.probs[1] as number) >= thresholds.hate || (a.probs[2] as number) >= thresholds.threat;
}
