/**
 * The school model: a small CNN over compressed pretrained word vectors (GloVe, PCA-reduced,
 * int8) with subword buckets for unknown words, one sigmoid per head (CNN_HEADS). Trained by
 * `npm run train` (scripts/cnn/), shipped as public/model/school-model.bin (format:
 * cnn-format.ts). Pure TypeScript, no DOM or browser API.
 *
 *   const model = loadCnn(bytes);            // throws CnnLoadError (typed, with a code) on bad bytes
 *   const r = tryLoadCnn(bytes);             // { ok: true, model } | { ok: false, error }
 *   const res = scoreCnn(model, text);       // never throws; at most MAX_SYNC_TOKENS tokens
 *   res.probs.bullying, res.top.bullying     // probability, and the words that weighed most
 *   // Long drafts, sliced across tasks (each step ~tokensPerStep tokens, a few ms):
 *   const steps = scoreCnnSteps(model, text); let s = steps.next();
 *   while (!s.done) { await nextTask(); s = steps.next(); }  const res = s.value;
 *
 * Forward pass (identical to scripts/cnn/train.py, which the parity test holds it to):
 *  - tokens: features.ts tokenize(); a token's vector is its vocabulary row (int8 * scale), or, for a
 *    word missing from the vocabulary, the mean of its subword bucket rows (cnn-format.ts
 *    subwordBuckets).
 *  - for each width w, a window starts at every s in [-(w-1), n-1] (tokens outside 0..n-1 are zero
 *    vectors): pre = bias + sum_k W[f, :, k] . x[s+k]; pooled[w, f] = max(0, max over windows).
 *    Global max-pool is exact over chunks: the chunked form visits windows by their last token.
 *  - hidden = relu(fc . pooled + b); logit = out . hidden + b; probability = logistic(logit).
 *  - explanation: the network is piecewise linear, so a head's logit is exactly
 *    sum_u pooled[u] * eff[head, u] + const, eff = out . diag(hidden > 0) . fc. Each pooled unit's
 *    share goes to the tokens of the window that won its max-pool; the tokens with the largest
 *    positive shares are the words that weighed most.
 */
import { tokenize, type Token } from './features';
import {
  CNN_FORMAT_VERSION,
  CNN_HEADS,
  CNN_MAGIC,
  CNN_TOKENIZER_VERSION,
  subwordBuckets,
  type CnnHead,
  type CnnHeader,
  type CnnTensorEntry,
  type SubwordConfig,
} from './cnn-format';
import defaultThresholdsJson from './cnn-thresholds.json';

export { CNN_HEADS, TONE_HEADS, SCHOOL_HEADS, type CnnHead } from './cnn-format';

/** Per-head thresholds chosen by the trainer on its calibration slice (never validation rows). */
export const DEFAULT_CNN_THRESHOLDS: Readonly<Record<CnnHead, number>> = Object.freeze({ ...(defaultThresholdsJson as Record<CnnHead, number>) });

/** The synchronous scorer reads at most this many tokens (about 2,500 characters, some 20 ms: no long task); the rules read the whole draft, and scoreCnnSteps reads all of a longer one in slices. */
export const MAX_SYNC_TOKENS = 512;
/** Characters the synchronous scorer tokenises at most (well over MAX_SYNC_TOKENS tokens of ordinary text), so a huge draft is not tokenised whole on the main thread. */
export const MAX_SYNC_CHARS = 8_000;
/** Default tokens per step of the chunked scorer (a few milliseconds each). */
export const DEFAULT_TOKENS_PER_STEP = 512;

export interface CnnModel {
  readonly dims: number;
  readonly widths: readonly number[];
  readonly filters: number;
  readonly hidden: number;
  readonly heads: readonly CnnHead[];
  /** Default thresholds recorded in the file (the same as DEFAULT_CNN_THRESHOLDS for the shipped file). */
  readonly thresholds: Readonly<Record<CnnHead, number>>;
  readonly vocabSize: number;
  readonly subword: SubwordConfig;
  readonly byteLength: number;
  /** Normalised word -> vocabulary row. */
  readonly vocab: ReadonlyMap<string, number>;
  /** int8 tables and their scales. */
  readonly emb: Int8Array;
  readonly embScale: number;
  readonly sub: Int8Array;
  readonly subScale: number;
  /** Per width index: weights laid out [k][f][d] (dequantised), bias [f]. */
  readonly conv: ReadonlyArray<{ w: number; weight: Float64Array; bias: Float64Array }>;
  /** All conv weights as one matrix [projRows][D], rows (width index, k, f); projBase[wi] = first row of width wi. */
  readonly projW: Float64Array;
  readonly projRows: number;
  readonly projBase: readonly number[];
  readonly maxWidth: number;
  /** fc [hidden][P] with P = filters * widths.length (width-major), out [heads][hidden]. */
  readonly fcW: Float64Array;
  readonly fcB: Float64Array;
  readonly outW: Float64Array;
  readonly outB: Float64Array;
}

export type CnnLoadErrorCode = 'not-bytes' | 'too-short' | 'bad-magic' | 'bad-version' | 'bad-tokenizer-version' | 'bad-header' | 'bad-length' | 'bad-checksum';

export class CnnLoadError extends Error {
  override readonly name = 'CnnLoadError';
  constructor(
    readonly code: CnnLoadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A word that weighed in a head's decision: its span in the ORIGINAL text and its share of the logit. */
export interface CnnWord {
  start: number;
  end: number;
  text: string;
  weight: number;
}

export interface CnnResult {
  /** Probability per head (0..1). */
  probs: Record<CnnHead, number>;
  /** Per head, the words that weighed most towards it (largest first, at most 3; empty when none pushed it up). */
  top: Record<CnnHead, CnnWord[]>;
  /** Number of tokens read, and whether the text was cut to MAX_SYNC_TOKENS (synchronous form only). */
  tokens: number;
  truncated: boolean;
  /** Set when scoring failed unexpectedly (probabilities are then 0): scoring never throws. */
  error?: string;
}

// ---------------------------------------------------------------------------------------------
// Loading

function readHeader(u8: Uint8Array): { header: CnnHeader; payloadStart: number } {
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const version = dv.getUint16(4, true);
  if (version !== CNN_FORMAT_VERSION)
    throw new CnnLoadError('bad-version', `The school model file has format version ${version}; this extension reads version ${CNN_FORMAT_VERSION}.`);
  const tv = dv.getUint16(6, true);
  if (tv !== CNN_TOKENIZER_VERSION) {
    throw new CnnLoadError(
      'bad-tokenizer-version',
      `The school model was trained with tokeniser version ${tv}; this extension tokenises with version ${CNN_TOKENIZER_VERSION}. Retrain it (npm run train).`,
    );
  }
  const j = dv.getUint32(8, true);
  if (12 + j + 4 > u8.length) throw new CnnLoadError('bad-length', `The school model header says ${j} header bytes, more than the file holds.`);
  let header: CnnHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(u8.subarray(12, 12 + j))) as CnnHeader;
  } catch {
    throw new CnnLoadError('bad-header', 'The school model header is not valid JSON.');
  }
  if (header === null || typeof header !== 'object') throw new CnnLoadError('bad-header', 'The school model header is not an object.');
  return { header, payloadStart: 12 + j };
}

function isInt(x: unknown, lo: number, hi: number): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= lo && x <= hi;
}

/**
 * Parse and validate a school model file. Throws CnnLoadError (never any other error) when the
 * bytes are not a model this code can use.
 */
export function loadCnn(bytes: ArrayBuffer | Uint8Array): CnnModel {
  // One block each: the fewest calls, when nothing is to be given back between steps.
  const steps = loadCnnSteps(bytes, { checksumBytes: Infinity, vocabWords: Infinity });
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

// (The loops of loading live in plain functions: V8 optimises a long loop inside a generator less well.)

/** FNV-1a of u8[from, to) continuing from `h` (see fnvBytes in cnn-format.ts). */
function fnvBlock(u8: Uint8Array, from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ (u8[i] as number), 0x01000193);
  return h;
}

/** Conv weights [f][d][k] laid out [k][f][d]. */
function transposeConv(wt: Float64Array, F: number, D: number, w: number): Float64Array {
  const weight = new Float64Array(w * F * D);
  for (let f = 0; f < F; f++) for (let d = 0; d < D; d++) for (let k = 0; k < w; k++) weight[(k * F + f) * D + d] = wt[(f * D + d) * w + k] as number;
  return weight;
}

/** Where the block of `words` words starting at `from` ends: its last newline, or `end`. */
function blockEnd(u8: Uint8Array, from: number, end: number, words: number): number {
  let lines = 0;
  let to = from;
  while (to < end && (u8[to] !== 0x0a || ++lines < words)) to++;
  return to;
}

/** Puts `words` in the vocabulary from row `count` on; returns the next row. */
function addWords(vocab: Map<string, number>, words: readonly string[], count: number): number {
  for (let i = 0; i < words.length; i++) vocab.set(words[i] as string, count + i);
  return count + words.length;
}

/** How much loadCnnSteps does per step: bytes of the file checksummed, words put in the vocabulary's lookup table. */
export interface LoadStepSizes {
  checksumBytes: number;
  vocabWords: number;
}
/** A few milliseconds each on this project's 2-core machine (so under 50 ms on a laptop four times slower). */
export const LOAD_STEP_SIZES: LoadStepSizes = { checksumBytes: 128 * 1024, vocabWords: 2048 };

/**
 * loadCnn() in steps of a few milliseconds each (the checksum in blocks, the tensors, the vocabulary
 * in blocks), so that a page can be given its main thread back between them: loading the model in
 * one go was one task of 200-450 ms on a slow laptop. Each yield names the step that follows (for the
 * benchmark). The same checks, in the same order, and the same model as loadCnn(); throws CnnLoadError.
 */
export function* loadCnnSteps(bytes: ArrayBuffer | Uint8Array, sizes: LoadStepSizes = LOAD_STEP_SIZES): Generator<string, CnnModel, void> {
  let u8: Uint8Array;
  if (bytes instanceof Uint8Array) u8 = bytes;
  else if (bytes instanceof ArrayBuffer) u8 = new Uint8Array(bytes);
  else throw new CnnLoadError('not-bytes', 'The school model must be given as an ArrayBuffer or Uint8Array.');
  if (u8.length < 16) throw new CnnLoadError('too-short', `The school model file is too short (${u8.length} bytes) to be a model.`);
  for (let i = 0; i < 4; i++) {
    if (u8[i] !== CNN_MAGIC.charCodeAt(i))
      throw new CnnLoadError('bad-magic', `This is not a school model file (its header does not start with "${CNN_MAGIC}").`);
  }
  const { header: h, payloadStart } = readHeader(u8);
  const bad = (why: string): never => {
    throw new CnnLoadError('bad-header', `The school model header is not valid: ${why}.`);
  };
  if (!isInt(h.dims, 1, 1024)) bad('dims');
  if (!isInt(h.vocabSize, 0, 2_000_000) || !isInt(h.vocabBytes, 0, 64_000_000)) bad('vocabulary size');
  const sw = h.subword;
  if (!sw || !isInt(sw.buckets, 1, 1 << 22) || !isInt(sw.minN, 1, 16) || !isInt(sw.maxN, sw.minN, 16)) bad('subword configuration');
  if (!Array.isArray(h.widths) || h.widths.length === 0 || !h.widths.every((w) => isInt(w, 1, 16))) bad('conv widths');
  if (!isInt(h.filters, 1, 4096) || !isInt(h.hidden, 1, 4096)) bad('filters or hidden units');
  if (!Array.isArray(h.heads) || h.heads.length !== CNN_HEADS.length || h.heads.some((x, i) => x !== CNN_HEADS[i]))
    bad(`heads (expected ${CNN_HEADS.join(', ')})`);
  if (!Array.isArray(h.tensors)) bad('tensor table');
  const payloadEnd = u8.length - 4;
  if (payloadStart > payloadEnd) throw new CnnLoadError('bad-length', 'The school model file ends inside its header.');
  let need = h.vocabBytes;
  for (const t of h.tensors) need = Math.max(need, (t?.offset ?? 0) + (t?.length ?? 0));
  if (payloadStart + need !== payloadEnd) {
    throw new CnnLoadError('bad-length', `The school model file is ${u8.length} bytes; its header says it should be ${payloadStart + need + 4}.`);
  }
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  // The checksum (FNV-1a of every byte before it, see fnvBytes), a block per step.
  let sum = 0x811c9dc5;
  for (let from = 0; from < payloadEnd; from += sizes.checksumBytes) {
    yield 'checksum';
    sum = fnvBlock(u8, from, Math.min(payloadEnd, from + sizes.checksumBytes), sum);
  }
  if (sum >>> 0 !== dv.getUint32(payloadEnd, true)) throw new CnnLoadError('bad-checksum', 'The school model file is damaged (its checksum does not match).');
  yield 'tensors';
  const D = h.dims;
  const F = h.filters;
  const Hd = h.hidden;
  const nH = CNN_HEADS.length;
  const P = F * h.widths.length;
  const byName = new Map<string, CnnTensorEntry>();
  for (const t of h.tensors) byName.set(t.name, t);
  const tensor = (name: string, dtype: 'i8' | 'f32', shape: number[]): { i8?: Int8Array; f?: Float64Array; scale: number } => {
    const t = byName.get(name);
    if (!t) return bad(`tensor ${name} is missing`);
    const count = shape.reduce((a, b) => a * b, 1);
    if (t.dtype !== dtype || !Array.isArray(t.shape) || t.shape.join(',') !== shape.join(','))
      bad(`tensor ${name} has shape ${String(t.shape)} (${t.dtype}), expected ${shape.join('x')} (${dtype})`);
    const bytesPer = dtype === 'i8' ? 1 : 4;
    if (!isInt(t.offset, 0, need) || t.length !== count * bytesPer || t.offset + t.length > need) bad(`tensor ${name} offset or length`);
    const start = payloadStart + t.offset;
    if (dtype === 'i8') {
      const scale = t.scale;
      if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) bad(`tensor ${name} scale`);
      const i8 = new Int8Array(count);
      i8.set(new Int8Array(u8.buffer, u8.byteOffset + start, count));
      return { i8, scale: scale as number };
    }
    const f = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const v = dv.getFloat32(start + 4 * i, true);
      if (!Number.isFinite(v)) bad(`tensor ${name} holds a non-finite number`);
      f[i] = v;
    }
    return { f, scale: 1 };
  };
  const dequant = (x: { i8?: Int8Array; scale: number }): Float64Array => {
    const a = x.i8 as Int8Array;
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) * x.scale;
    return out;
  };
  const emb = tensor('emb', 'i8', [h.vocabSize, D]);
  const sub = tensor('sub', 'i8', [sw.buckets, D]);
  const conv: Array<{ w: number; weight: Float64Array; bias: Float64Array }> = [];
  for (const w of h.widths) {
    yield 'convolution';
    const wt = dequant(tensor(`conv${w}.weight`, 'i8', [F, D, w])); // [f][d][k]
    conv.push({ w, weight: transposeConv(wt, F, D, w), bias: tensor(`conv${w}.bias`, 'f32', [F]).f as Float64Array });
  }
  const projRows = conv.reduce((a, c) => a + c.w * F, 0);
  const projW = new Float64Array(projRows * D);
  const projBase: number[] = [];
  let row = 0;
  for (const c of conv) {
    projBase.push(row);
    projW.set(c.weight, row * D);
    row += c.w * F;
  }
  yield 'dense layers';
  const fcW = dequant(tensor('fc.weight', 'i8', [Hd, P]));
  const fcB = tensor('fc.bias', 'f32', [Hd]).f as Float64Array;
  const outW = dequant(tensor('out.weight', 'i8', [nH, Hd]));
  const outB = tensor('out.bias', 'f32', [nH]).f as Float64Array;

  // The vocabulary: UTF-8 words joined by "\n", decoded and put in the lookup table a block at a time
  // (a newline byte never occurs inside a multi-byte character, so a block ends on one). Only the
  // first block's byte order mark is dropped, as when the whole was decoded at once.
  const firstDecoder = new TextDecoder('utf-8', { fatal: true });
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const vocab = new Map<string, number>();
  let count = 0;
  let from = payloadStart;
  const vocabEnd = payloadStart + h.vocabBytes;
  while (h.vocabSize > 0 && from <= vocabEnd) {
    yield 'vocabulary';
    const to = sizes.vocabWords === Infinity ? vocabEnd : blockEnd(u8, from, vocabEnd, sizes.vocabWords);
    let words: string[];
    try {
      words = (from === payloadStart ? firstDecoder : decoder).decode(u8.subarray(from, to)).split('\n');
    } catch {
      return bad('the vocabulary is not UTF-8');
    }
    count = addWords(vocab, words, count);
    from = to + 1;
  }
  if (count !== h.vocabSize) bad(`the vocabulary has ${count} words, the header says ${h.vocabSize}`);
  const thresholds = {} as Record<CnnHead, number>;
  for (const name of CNN_HEADS) {
    const t = (h.thresholds as Record<string, unknown> | undefined)?.[name];
    thresholds[name] = typeof t === 'number' && t >= 0 && t <= 1 ? t : DEFAULT_CNN_THRESHOLDS[name];
  }
  return {
    dims: D,
    widths: [...h.widths],
    filters: F,
    hidden: Hd,
    heads: CNN_HEADS,
    thresholds,
    vocabSize: h.vocabSize,
    subword: { buckets: sw.buckets, minN: sw.minN, maxN: sw.maxN },
    byteLength: u8.length,
    vocab,
    emb: emb.i8 as Int8Array,
    embScale: emb.scale,
    sub: sub.i8 as Int8Array,
    subScale: sub.scale,
    conv,
    projW,
    projRows,
    projBase,
    maxWidth: Math.max(...h.widths),
    fcW,
    fcB,
    outW,
    outB,
  };
}

export function tryLoadCnn(bytes: ArrayBuffer | Uint8Array): { ok: true; model: CnnModel } | { ok: false; error: CnnLoadError } {
  try {
    return { ok: true, model: loadCnn(bytes) };
  } catch (e) {
    return { ok: false, error: e instanceof CnnLoadError ? e : new CnnLoadError('bad-header', String(e)) };
  }
}

// ---------------------------------------------------------------------------------------------
// Token ids and vectors

/** A token's id as the trainer sees it: its vocabulary row, or -1 (then `buckets` are its subword buckets). */
export interface CnnTokenId {
  id: number;
  buckets: number[];
}

export function cnnTokenIds(model: CnnModel, tokens: readonly Token[]): CnnTokenId[] {
  return tokens.map((t) => {
    const id = model.vocab.get(t.text);
    return id === undefined ? { id: -1, buckets: subwordBuckets(t.text, model.subword) } : { id, buckets: [] };
  });
}

/** Writes the input vector of a token (`id`: its vocabulary row, or undefined) into out[o..o+D). */
function tokenVector(model: CnnModel, text: string, id: number | undefined, out: Float64Array, o: number): void {
  const D = model.dims;
  if (id !== undefined) {
    const e = model.emb;
    const s = model.embScale;
    const base = id * D;
    for (let d = 0; d < D; d++) out[o + d] = (e[base + d] as number) * s;
    return;
  }
  const b = subwordBuckets(text, model.subword);
  const sub = model.sub;
  for (let d = 0; d < D; d++) out[o + d] = 0;
  for (const k of b) {
    const base = k * D;
    for (let d = 0; d < D; d++) out[o + d] = (out[o + d] as number) + (sub[base + d] as number);
  }
  const s = model.subScale / b.length;
  // Same arithmetic as the trainer: mean of dequantised rows (sum of int8 rows times scale / count
  // is equal up to rounding far below the parity tolerance).
  for (let d = 0; d < D; d++) out[o + d] = (out[o + d] as number) * s;
}

/** out[po + r] = projW[r] . x[xo..xo+D) for every row r (each width, offset and filter): a token's part of every window. */
function project(model: CnnModel, x: Float64Array, xo: number, out: Float64Array, po: number): void {
  const D = model.dims;
  const R = model.projRows;
  const W = model.projW;
  const D4 = D - (D % 4);
  for (let r = 0; r < R; r++) {
    const wo = r * D;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let d = 0;
    for (; d < D4; d += 4) {
      a0 += (W[wo + d] as number) * (x[xo + d] as number);
      a1 += (W[wo + d + 1] as number) * (x[xo + d + 1] as number);
      a2 += (W[wo + d + 2] as number) * (x[xo + d + 2] as number);
      a3 += (W[wo + d + 3] as number) * (x[xo + d + 3] as number);
    }
    for (; d < D; d++) a0 += (W[wo + d] as number) * (x[xo + d] as number);
    out[po + r] = a0 + a1 + a2 + a3;
  }
}

/**
 * The projections of the commonest words, kept once worked out: the vocabulary is in order of
 * frequency, and its first PROJECTED_WORDS words are some 40% of the words of ordinary posts. A
 * token's projection is the same numbers whether it comes from here or is worked out again, so the
 * scores are identical; the table costs PROJECTED_WORDS * projRows * 8 bytes (768 KB for the shipped
 * model) once filled.
 */
export const PROJECTED_WORDS = 256;
interface Projected {
  rows: Float64Array;
  done: Uint8Array;
  /** Scratch: one token's input vector, and the projections of the tokens not kept in `rows`. */
  x: Float64Array;
  scratch: Float64Array;
}
const projected = new WeakMap<CnnModel, Projected>();

function projectedOf(model: CnnModel): Projected {
  let p = projected.get(model);
  if (!p) {
    const k = Math.min(PROJECTED_WORDS, model.vocabSize);
    p = {
      rows: new Float64Array(k * model.projRows),
      done: new Uint8Array(k),
      x: new Float64Array(model.dims),
      scratch: new Float64Array(64 * model.projRows),
    };
    projected.set(model, p);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface PoolState {
  /** Per pooled unit (width-major): max pre-activation so far, and the last token of the winning window. */
  best: Float64Array;
  bestEnd: Int32Array;
}

function newPool(model: CnnModel): PoolState {
  const P = model.filters * model.widths.length;
  return { best: new Float64Array(P).fill(-Infinity), bestEnd: new Int32Array(P).fill(-1) };
}

/**
 * Visits every window whose LAST token index e is in [e0, e1) (e may run past n-1 for the windows
 * that hang off the end), using the token vectors of tokens [e0 - (maxW-1), min(e1, n)).
 */
function poolRange(model: CnnModel, tokens: readonly Token[], e0: number, e1: number, st: PoolState): void {
  const n = tokens.length;
  const F = model.filters;
  const maxW = model.maxWidth;
  const t0 = Math.max(0, e0 - (maxW - 1));
  const t1 = Math.min(n, e1);
  const m = Math.max(0, t1 - t0);
  const R = model.projRows;
  // proj_t[r] = Wall[r] . x_t, one row r per (width, offset k, filter f): each token once. A common
  // word's row is read from the table where it is kept (see PROJECTED_WORDS), any other's from a
  // scratch buffer reused from text to text (a longer range than it holds gets one of its own).
  const cache = projectedOf(model);
  const K = cache.done.length;
  const scratch = m * R <= cache.scratch.length ? cache.scratch : new Float64Array(m * R);
  const X = cache.x;
  const src: Float64Array[] = new Array<Float64Array>(m);
  const off = new Int32Array(Math.max(1, m));
  for (let t = t0; t < t1; t++) {
    const text = (tokens[t] as Token).text;
    const id = model.vocab.get(text);
    const i = t - t0;
    if (id !== undefined && id < K) {
      if (cache.done[id] === 0) {
        tokenVector(model, text, id, X, 0);
        project(model, X, 0, cache.rows, id * R);
        cache.done[id] = 1;
      }
      src[i] = cache.rows;
      off[i] = id * R;
    } else {
      tokenVector(model, text, id, X, 0);
      project(model, X, 0, scratch, i * R);
      src[i] = scratch;
      off[i] = i * R;
    }
  }
  const best = st.best;
  const bestEnd = st.bestEnd;
  model.conv.forEach((c, wi) => {
    const w = c.w;
    const rowBase = model.projBase[wi] as number;
    const pBase = wi * F;
    const eEnd = Math.min(e1, n + w - 1);
    const bias = c.bias;
    for (let e = e0; e < eEnd; e++) {
      const s = e - w + 1;
      for (let f = 0; f < F; f++) {
        let acc = bias[f] as number;
        for (let k = 0; k < w; k++) {
          const t = s + k;
          if (t < 0 || t >= n) continue;
          const i = t - t0;
          acc += (src[i] as Float64Array)[(off[i] as number) + rowBase + k * F + f] as number;
        }
        if (acc > (best[pBase + f] as number)) {
          best[pBase + f] = acc;
          bestEnd[pBase + f] = e;
        }
      }
    }
  });
}

/** The network after the max-pool: pooled units, hidden units and each head's probability. */
interface Forward {
  pooled: Float64Array;
  hidden: Float64Array;
  probs: Record<CnnHead, number>;
}

function forward(model: CnnModel, st: PoolState): Forward {
  const F = model.filters;
  const P = F * model.widths.length;
  const Hd = model.hidden;
  const nH = model.heads.length;
  const pooled = new Float64Array(P);
  for (let u = 0; u < P; u++) pooled[u] = Math.max(0, st.best[u] as number);
  const hidden = new Float64Array(Hd);
  for (let j = 0; j < Hd; j++) {
    let acc = model.fcB[j] as number;
    const o = j * P;
    // A unit at zero adds nothing (at most the sign of a zero, which the ReLU below makes 0 either way).
    for (let u = 0; u < P; u++) {
      const v = pooled[u] as number;
      if (v !== 0) acc += (model.fcW[o + u] as number) * v;
    }
    hidden[j] = Math.max(acc, 0);
  }
  const probs = {} as Record<CnnHead, number>;
  for (let c = 0; c < nH; c++) {
    let logit = model.outB[c] as number;
    for (let j = 0; j < Hd; j++) {
      const h = hidden[j] as number;
      if (h !== 0) logit += (model.outW[c * Hd + j] as number) * h;
    }
    probs[model.heads[c] as CnnHead] = 1 / (1 + Math.exp(-logit));
  }
  return { pooled, hidden, probs };
}

/** The words that weighed most towards head `c` (see the module comment: explanation). */
function explain(model: CnnModel, text: string, tokens: readonly Token[], st: PoolState, fw: Forward, c: number): CnnWord[] {
  const F = model.filters;
  const P = F * model.widths.length;
  const Hd = model.hidden;
  const n = tokens.length;
  const { pooled, hidden } = fw;
  const share = new Float64Array(n);
  // Explanation: eff[u] = sum_j out[c, j] * [hidden_j > 0] * fc[j, u].
  if (n > 0) {
    for (let u = 0; u < P; u++) {
      const v = pooled[u] as number;
      const e = st.bestEnd[u] as number;
      if (v <= 0 || e < 0) continue;
      let eff = 0;
      for (let j = 0; j < Hd; j++) if ((hidden[j] as number) > 0) eff += (model.outW[c * Hd + j] as number) * (model.fcW[j * P + u] as number);
      const contrib = v * eff;
      const w = model.widths[Math.floor(u / F)] as number;
      const lo = Math.max(0, e - w + 1);
      const hi = Math.min(n - 1, e);
      if (hi < lo) continue;
      const each = contrib / (hi - lo + 1);
      for (let t = lo; t <= hi; t++) share[t] = (share[t] as number) + each;
    }
  }
  const words: CnnWord[] = [];
  const order: number[] = [];
  for (let t = 0; t < n; t++) if ((share[t] as number) > 0) order.push(t);
  order.sort((a, b) => (share[b] as number) - (share[a] as number) || a - b);
  const best = order.length ? (share[order[0] as number] as number) : 0;
  for (const t of order.slice(0, 3)) {
    const v = share[t] as number;
    if (v < best * 0.25) break;
    const tok = tokens[t] as Token;
    words.push({ start: tok.start, end: tok.end, text: text.slice(tok.start, tok.end), weight: v });
  }
  return words;
}

function finish(model: CnnModel, text: string, tokens: readonly Token[], st: PoolState, truncated: boolean): CnnResult {
  const fw = forward(model, st);
  const top = {} as Record<CnnHead, CnnWord[]>;
  model.heads.forEach((head, c) => {
    top[head] = explain(model, text, tokens, st, fw, c);
  });
  return { probs: fw.probs, top, tokens: tokens.length, truncated };
}

/**
 * scoreCnn()'s probabilities, with each head's words that weighed most worked out only when asked
 * for (the assessment asks only for a head that adds a finding of its own): the same numbers and the
 * same words as scoreCnn(). Never throws; `error` is set when scoring failed (then every head is 0).
 */
export interface CnnScores {
  probs: Record<CnnHead, number>;
  top(head: CnnHead): CnnWord[];
  error?: string;
}

export function scoreCnnLazily(model: CnnModel, text: string): CnnScores {
  try {
    const s = typeof text === 'string' ? text : '';
    const { tokens } = syncTokens(s);
    const st = newPool(model);
    poolRange(model, tokens, 0, tokens.length + model.maxWidth - 1, st);
    const fw = forward(model, st);
    const tops = new Map<number, CnnWord[]>();
    return {
      probs: fw.probs,
      top(head) {
        const c = model.heads.indexOf(head);
        if (c < 0) return [];
        let t = tops.get(c);
        if (!t) tops.set(c, (t = explain(model, s, tokens, st, fw, c)));
        return t;
      },
    };
  } catch (e) {
    const r = emptyResult(model, String(e));
    return { probs: r.probs, top: () => [], error: r.error };
  }
}

function emptyResult(model: CnnModel | null, error?: string): CnnResult {
  const probs = {} as Record<CnnHead, number>;
  const top = {} as Record<CnnHead, CnnWord[]>;
  for (const h of model?.heads ?? CNN_HEADS) {
    probs[h] = 0;
    top[h] = [];
  }
  return error === undefined ? { probs, top, tokens: 0, truncated: false } : { probs, top, tokens: 0, truncated: false, error };
}

/**
 * Scores a text synchronously (at most MAX_SYNC_TOKENS tokens; the rest is ignored and
 * `truncated` is set). Never throws: a non-string is the empty text, an internal failure gives
 * zero probabilities with `error` set.
 */
export function scoreCnn(model: CnnModel, text: string): CnnResult {
  try {
    const s = typeof text === 'string' ? text : '';
    const { tokens, truncated } = syncTokens(s);
    const st = newPool(model);
    const maxW = model.maxWidth;
    poolRange(model, tokens, 0, tokens.length + maxW - 1, st);
    return finish(model, s, tokens, st, truncated);
  } catch (e) {
    return emptyResult(model, String(e));
  }
}

/** The tokens the synchronous scorer reads: at most MAX_SYNC_TOKENS, from a prefix of at most MAX_SYNC_CHARS. */
function syncTokens(s: string): { tokens: Token[]; truncated: boolean } {
  // Tokenise only a prefix that holds MAX_SYNC_TOKENS tokens with room to spare (spans keep their offsets).
  const cut = s.length > MAX_SYNC_CHARS;
  let tokens = tokenize(cut ? s.slice(0, MAX_SYNC_CHARS) : s);
  const truncated = cut || tokens.length > MAX_SYNC_TOKENS;
  if (truncated) tokens = tokens.slice(0, MAX_SYNC_TOKENS);
  return { tokens, truncated };
}

/**
 * scoreCnn's result (the same tokens, the same cap, the same numbers), computed in steps of about
 * `tokensPerStep` tokens (the first step tokenises), so a check that must not hold the main thread
 * for one long task can yield between them. Never throws.
 */
export function* scoreCnnCappedSteps(model: CnnModel, text: string, tokensPerStep: number = DEFAULT_TOKENS_PER_STEP): Generator<void, CnnResult, void> {
  const s = typeof text === 'string' ? text : '';
  let read: { tokens: Token[]; truncated: boolean };
  try {
    read = syncTokens(s);
  } catch (e) {
    return emptyResult(model, String(e));
  }
  return yield* poolSteps(model, s, read.tokens, tokensPerStep, read.truncated);
}

/** Max-pools `tokens` in steps of `tokensPerStep` (a yield before each), then finishes. Never throws. */
function* poolSteps(model: CnnModel, s: string, tokens: Token[], tokensPerStep: number, truncated: boolean): Generator<void, CnnResult, void> {
  const step = Math.max(16, Math.floor(tokensPerStep) || DEFAULT_TOKENS_PER_STEP);
  const st = newPool(model);
  const maxW = model.maxWidth;
  const endAll = tokens.length + maxW - 1;
  for (let e0 = 0; e0 < endAll; e0 += step) {
    yield;
    try {
      poolRange(model, tokens, e0, Math.min(endAll, e0 + step), st);
    } catch (e) {
      return emptyResult(model, String(e));
    }
  }
  try {
    return finish(model, s, tokens, st, truncated);
  } catch (e) {
    return emptyResult(model, String(e));
  }
}

/**
 * The chunked scorer for long drafts: a generator that does about `tokensPerStep` tokens of work
 * per next() (the first step tokenises) and returns the same result as scoreCnn would without its
 * cap (global max-pool is exact over chunks; neighbouring chunks re-read width-1 tokens). Drive it
 * with a task between steps so no step is a long task. Never throws.
 */
export function* scoreCnnSteps(model: CnnModel, text: string, tokensPerStep: number = DEFAULT_TOKENS_PER_STEP): Generator<void, CnnResult, void> {
  let tokens: Token[];
  const s = typeof text === 'string' ? text : '';
  try {
    tokens = tokenize(s);
  } catch (e) {
    return emptyResult(model, String(e));
  }
  return yield* poolSteps(model, s, tokens, tokensPerStep, false);
}

/** Runs the chunked scorer to the end in one go (tests, Node). */
export function scoreCnnChunked(model: CnnModel, text: string, tokensPerStep: number = DEFAULT_TOKENS_PER_STEP): CnnResult {
  const it = scoreCnnSteps(model, text, tokensPerStep);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/** Heads at or above their thresholds (defaults: the model's own). */
export function cnnFlags(result: CnnResult, thresholds: Partial<Record<CnnHead, number>> = {}, model?: CnnModel): CnnHead[] {
  const base = model?.thresholds ?? DEFAULT_CNN_THRESHOLDS;
  return CNN_HEADS.filter((h) => result.probs[h] >= (thresholds[h] ?? base[h]));
}
