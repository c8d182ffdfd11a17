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
  readonly vocab: CnnVocab;
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
  /**
   * fc [hidden][P] with P = filters * widths.length (width-major), as the file's int8: real value =
   * int8 * fcScale, worked out where it is read (the same number as when kept dequantised, in an
   * eighth of the memory); out [heads][hidden].
   */
  readonly fcW: Int8Array;
  readonly fcScale: number;
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

/**
 * Puts `words` (decoded from the vocabulary's bytes starting at byte `at`, one "\n" after each but
 * the last) in the vocabulary from row `count` on; returns the next row. Words beyond the header's
 * count are counted, not kept, so that the count check reports them.
 */
function addWords(vocab: PackedVocab, words: readonly string[], count: number, at: number): number {
  let start = at;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const end = start + utf8Length(w);
    if (count + i < vocab.rows) vocab.add(w, count + i, start, end);
    start = end + 1;
  }
  return count + words.length;
}

/** UTF-8 byte length of a string of whole characters (as TextDecoder gives). */
function utf8Length(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** FNV-1a over a string's UTF-16 code units, then the murmur3 finaliser (so that linear probing spreads). */
function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Whether bytes[start, end) is the UTF-8 of `w`. A lone surrogate matches nothing: valid UTF-8, as every word is, cannot hold one. */
function sameWord(bytes: Uint8Array, start: number, end: number, w: string): boolean {
  let p = start;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end || bytes[p++] !== c) return false;
    } else if (c < 0x800) {
      if (p + 2 > end || bytes[p++] !== (0xc0 | (c >> 6)) || bytes[p++] !== (0x80 | (c & 0x3f))) return false;
    } else if (c < 0xd800 || c > 0xdfff) {
      if (p + 3 > end || bytes[p++] !== (0xe0 | (c >> 12)) || bytes[p++] !== (0x80 | ((c >> 6) & 0x3f)) || bytes[p++] !== (0x80 | (c & 0x3f))) return false;
    } else {
      const d = w.charCodeAt(i + 1);
      if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return false;
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
      if (
        p + 4 > end ||
        bytes[p++] !== (0xf0 | (c >> 18)) ||
        bytes[p++] !== (0x80 | ((c >> 12) & 0x3f)) ||
        bytes[p++] !== (0x80 | ((c >> 6) & 0x3f)) ||
        bytes[p++] !== (0x80 | (c & 0x3f))
      )
        return false;
    }
  }
  return p === end;
}

/** Normalised word -> vocabulary row: what a ReadonlyMap<string, number> gave, in a fraction of its memory. */
export interface CnnVocab {
  /** Distinct words. */
  readonly size: number;
  get(word: string): number | undefined;
}

/**
 * The vocabulary as the file's UTF-8 bytes, each word's start, and an open-addressing table (linear
 * probing, at most three quarters full) of rows: a lookup hashes the token's characters and compares
 * bytes, with no string kept per word. For the shipped model, 190 KB of words, 96 KB of starts and
 * 66 KB of table, against 1.7 MB of heap for the same words as a Map of strings.
 */
class PackedVocab implements CnnVocab {
  readonly rows: number;
  size = 0;
  /** Longest word in bytes: a token with more UTF-16 code units than this cannot be a word (UTF-8 never has fewer bytes than code units). */
  private longest = 0;
  private readonly bytes: Uint8Array;
  private readonly starts: Uint32Array;
  /** row + 1 per slot; 0 = empty. */
  private readonly table: Uint16Array | Uint32Array;
  private readonly mask: number;

  constructor(bytes: Uint8Array, rows: number) {
    this.rows = rows;
    this.bytes = bytes;
    // A word ends one byte before the next word starts (its "\n"); the last one's end is kept apart.
    this.starts = new Uint32Array(rows + 1);
    let slots = 2;
    while (slots * 3 < rows * 4 + 4) slots *= 2;
    this.table = rows < 0xffff ? new Uint16Array(slots) : new Uint32Array(slots);
    this.mask = slots - 1;
  }

  private endOf(row: number): number {
    return row + 1 < this.rows ? (this.starts[row + 1] as number) - 1 : (this.starts[this.rows] as number);
  }

  /** Adds word `w` (bytes[start, end)) at `row`; a word seen again takes the later row, as Map.set did. */
  add(w: string, row: number, start: number, end: number): void {
    this.starts[row] = start;
    if (row === this.rows - 1) this.starts[this.rows] = end;
    if (end - start > this.longest) this.longest = end - start;
    const bytes = this.bytes;
    const table = this.table;
    for (let i = hashWord(w) & this.mask; ; i = (i + 1) & this.mask) {
      const r = table[i] as number;
      if (r === 0) {
        table[i] = row + 1;
        this.size++;
        return;
      }
      const s = this.starts[r - 1] as number;
      if (sameWord(bytes, s, this.endOf(r - 1), w)) {
        table[i] = row + 1;
        return;
      }
    }
  }

  get(word: string): number | undefined {
    if (typeof word !== 'string' || word.length > this.longest) return undefined;
    const bytes = this.bytes;
    const table = this.table;
    for (let i = hashWord(word) & this.mask; ; i = (i + 1) & this.mask) {
      const r = table[i] as number;
      if (r === 0) return undefined;
      if (sameWord(bytes, this.starts[r - 1] as number, this.endOf(r - 1), word)) return r - 1;
    }
  }
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
  // Each width's weights are then a view of projW, not a second copy of the same numbers.
  for (const c of conv) {
    projBase.push(row);
    projW.set(c.weight, row * D);
    c.weight = projW.subarray(row * D, (row + c.w * F) * D);
    row += c.w * F;
  }
  yield 'dense layers';
  const fc = tensor('fc.weight', 'i8', [Hd, P]);
  const fcB = tensor('fc.bias', 'f32', [Hd]).f as Float64Array;
  const outW = dequant(tensor('out.weight', 'i8', [nH, Hd]));
  const outB = tensor('out.bias', 'f32', [nH]).f as Float64Array;

  // The vocabulary: UTF-8 words joined by "\n", checked as UTF-8 and put in the lookup table a block at
  // a time (a newline byte never occurs inside a multi-byte character, so a block ends on one). Only
  // the first block's byte order mark is dropped, as when the whole was decoded at once. The words are
  // kept as the file's bytes, not as strings: 24,000 strings in a Map were 1.7 MB of heap in every tab.
  const firstDecoder = new TextDecoder('utf-8', { fatal: true });
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const vocabEnd = payloadStart + h.vocabBytes;
  const vocab = new PackedVocab(u8.slice(payloadStart, vocabEnd), h.vocabSize);
  let count = 0;
  let from = payloadStart;
  while (h.vocabSize > 0 && from <= vocabEnd) {
    yield 'vocabulary';
    const to = sizes.vocabWords === Infinity ? vocabEnd : blockEnd(u8, from, vocabEnd, sizes.vocabWords);
    let words: string[];
    try {
      words = (from === payloadStart ? firstDecoder : decoder).decode(u8.subarray(from, to)).split('\n');
    } catch {
      return bad('the vocabulary is not UTF-8');
    }
    const bom = from === payloadStart && to - from >= 3 && u8[from] === 0xef && u8[from + 1] === 0xbb && u8[from + 2] === 0xbf ? 3 : 0;
    count = addWords(vocab, words, count, from - payloadStart + bom);
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
    fcW: fc.i8 as Int8Array,
    fcScale: fc.scale,
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
 * frequency, so its first words are a large share of the words of ordinary posts. A token's
 * projection is the same numbers whether it comes from here or is worked out again, so the scores are
 * identical; the table costs PROJECTED_WORDS * projRows * 8 bytes (3 KB a word for the shipped model)
 * once filled, in every tab that loads the model, so it is kept to the words that pay for it (see
 * src/model/README.md: memory).
 */
export const PROJECTED_WORDS = 32;
interface Projected {
  rows: Float64Array;
  done: Uint8Array;
  /** Scratch: one token's input vector, and the projections of the last maxWidth tokens not kept in `rows` (a ring, by token index). */
  x: Float64Array;
  ring: Float64Array;
  /** Per ring slot: the array holding that token's projection and where in it. */
  src: Float64Array[];
  off: Int32Array;
}
const projected = new WeakMap<CnnModel, Projected>();

function projectedOf(model: CnnModel): Projected {
  let p = projected.get(model);
  if (!p) {
    const k = Math.min(PROJECTED_WORDS, model.vocabSize);
    const ring = new Float64Array(model.maxWidth * model.projRows);
    p = {
      rows: new Float64Array(k * model.projRows),
      done: new Uint8Array(k),
      x: new Float64Array(model.dims),
      ring,
      src: new Array<Float64Array>(model.maxWidth).fill(ring),
      off: new Int32Array(model.maxWidth),
    };
    projected.set(model, p);
  }
  return p;
}

/** Puts token t's projection in ring slot t % maxWidth: from the table of common words, or worked out into the ring. */
function loadToken(model: CnnModel, p: Projected, tokens: readonly Token[], t: number): void {
  const R = model.projRows;
  const slot = t % model.maxWidth;
  const text = (tokens[t] as Token).text;
  const id = model.vocab.get(text);
  if (id !== undefined && id < p.done.length) {
    if (p.done[id] === 0) {
      tokenVector(model, text, id, p.x, 0);
      project(model, p.x, 0, p.rows, id * R);
      p.done[id] = 1;
    }
    p.src[slot] = p.rows;
    p.off[slot] = id * R;
  } else {
    tokenVector(model, text, id, p.x, 0);
    project(model, p.x, 0, p.ring, slot * R);
    p.src[slot] = p.ring;
    p.off[slot] = slot * R;
  }
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
 * that hang off the end), in order of e, using the token vectors of tokens [e0 - (maxW-1), min(e1, n)).
 * Each token is projected once (proj_t[r] = Wall[r] . x_t, one row r per width, offset k and filter
 * f) into a ring of the last maxW tokens, which is all a window reads: a unit's windows are visited in
 * the same order, with the same sums, as when every token's projection was kept, without memory that
 * grows with the text.
 */
function poolRange(model: CnnModel, tokens: readonly Token[], e0: number, e1: number, st: PoolState): void {
  const n = tokens.length;
  const F = model.filters;
  const maxW = model.maxWidth;
  const p = projectedOf(model);
  const src = p.src;
  const off = p.off;
  for (let t = Math.max(0, e0 - (maxW - 1)); t < Math.min(n, e0); t++) loadToken(model, p, tokens, t);
  const best = st.best;
  const bestEnd = st.bestEnd;
  const conv = model.conv;
  const eEnd = Math.min(e1, n + maxW - 1);
  for (let e = e0; e < eEnd; e++) {
    if (e < n) loadToken(model, p, tokens, e);
    for (let wi = 0; wi < conv.length; wi++) {
      const c = conv[wi] as { w: number; bias: Float64Array };
      const w = c.w;
      if (e >= n + w - 1) continue;
      const rowBase = model.projBase[wi] as number;
      const pBase = wi * F;
      const bias = c.bias;
      const s = e - w + 1;
      for (let f = 0; f < F; f++) {
        let acc = bias[f] as number;
        for (let k = 0; k < w; k++) {
          const t = s + k;
          if (t < 0 || t >= n) continue;
          const slot = t % maxW;
          acc += (src[slot] as Float64Array)[(off[slot] as number) + rowBase + k * F + f] as number;
        }
        if (acc > (best[pBase + f] as number)) {
          best[pBase + f] = acc;
          bestEnd[pBase + f] = e;
        }
      }
    }
  }
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
  const fcW = model.fcW;
  const fcScale = model.fcScale;
  for (let j = 0; j < Hd; j++) {
    let acc = model.fcB[j] as number;
    const o = j * P;
    // A unit at zero adds nothing (at most the sign of a zero, which the ReLU below makes 0 either way).
    for (let u = 0; u < P; u++) {
      const v = pooled[u] as number;
      if (v !== 0) acc += (fcW[o + u] as number) * fcScale * v;
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
  const fcW = model.fcW;
  const fcScale = model.fcScale;
  // Explanation: eff[u] = sum_j out[c, j] * [hidden_j > 0] * fc[j, u].
  if (n > 0) {
    for (let u = 0; u < P; u++) {
      const v = pooled[u] as number;
      const e = st.bestEnd[u] as number;
      if (v <= 0 || e < 0) continue;
      let eff = 0;
      for (let j = 0; j < Hd; j++) if ((hidden[j] as number) > 0) eff += (model.outW[c * Hd + j] as number) * ((fcW[j * P + u] as number) * fcScale);
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
