/**
 * The school model's binary file (public/model/school-model.bin), written by the trainer
 * (scripts/cnn/train.py) and read by loadCnn() in cnn.ts. Little-endian:
 *
 *   offset  size  what
 *   0       4     magic "TTC1"
 *   4       2     format version (CNN_FORMAT_VERSION)
 *   6       2     tokeniser version (CNN_TOKENIZER_VERSION: features.ts tokenize + subword hashing below)
 *   8       4     J = byte length of the header
 *   12      J     header: UTF-8 JSON (CnnHeader below: dims, vocabulary size, subword buckets, conv
 *                 widths and filters, hidden units, head names, default thresholds, tensor table)
 *   12+J    ...   payload: the vocabulary (UTF-8 words joined by "\n", header.vocabBytes bytes), then
 *                 each tensor of header.tensors at its offset (relative to the payload start):
 *                 dtype "i8" = int8 values, real value = int8 * scale (one scale per tensor);
 *                 dtype "f32" = little-endian float32 (biases)
 *   end-4   4     uint32 FNV-1a checksum of every byte before it
 *
 * Tensors: "emb" [V, D] (word vectors: GloVe, PCA-reduced to D dims), "sub" [B, D] (subword
 * buckets: a word missing from the vocabulary gets the mean of the vectors of its hashed
 * character n-grams), "conv{w}.weight" [F, D, w] and "conv{w}.bias" [F] per width w,
 * "fc.weight" [Hd, P] / "fc.bias" [Hd] (P = F * widths), "out.weight" [heads, Hd] / "out.bias".
 */

export const CNN_MAGIC = 'TTC1';
export const CNN_FORMAT_VERSION = 1;
/** Bump when tokenize() (features.ts) or subwordBuckets() change the ids a text gets. */
export const CNN_TOKENIZER_VERSION = 1;

/** The model's outputs, one sigmoid each (multi-label). Order is the file's order. */
export const CNN_HEADS = [
  'offensive',
  'bullying',
  'discrimination',
  'threat',
  'lewd',
  'confidential',
  'safeguarding',
  'pupil-contact',
  'consent',
  'copyright',
  'disrepute',
  'reputation',
  'defamation',
  'unlawful',
] as const;
export type CnnHead = (typeof CNN_HEADS)[number];
/** Heads learned from the public tone corpora (plus school posts). */
export const TONE_HEADS: readonly CnnHead[] = ['offensive', 'bullying', 'discrimination', 'threat', 'lewd'];
/** Heads learned from school posts only (synthetic training posts and the project's examples). */
export const SCHOOL_HEADS: readonly CnnHead[] = CNN_HEADS.filter((h) => !TONE_HEADS.includes(h));

export interface SubwordConfig {
  /** Number of hashed n-gram buckets. */
  buckets: number;
  /** Shortest and longest character n-gram of "<" + word + ">". */
  minN: number;
  maxN: number;
}

export interface CnnTensorEntry {
  name: string;
  dtype: 'i8' | 'f32';
  shape: number[];
  /** i8 only: real value = int8 * scale. */
  scale?: number;
  /** Byte offset relative to the payload start (after the header). */
  offset: number;
  /** Byte length. */
  length: number;
}

export interface CnnHeader {
  dims: number;
  vocabSize: number;
  vocabBytes: number;
  subword: SubwordConfig;
  widths: number[];
  filters: number;
  hidden: number;
  heads: string[];
  thresholds: Record<string, number>;
  tensors: CnnTensorEntry[];
  [k: string]: unknown;
}

export function fnvBytes(bytes: Uint8Array, end = bytes.length): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

const SUB_SEED = 0x9747b28c;

/**
 * Hashed character n-gram buckets of a (normalised) word: n-grams minN..maxN of "<" + word + ">"
 * (UTF-16 code units), FNV-1a from SUB_SEED then the murmur3 finaliser, mod buckets. Shared by the
 * training preparation (scripts/cnn/prep.ts) and inference, so both give the same ids.
 */
export function subwordBuckets(word: string, cfg: SubwordConfig): number[] {
  const s = '<' + word + '>';
  const out: number[] = [];
  const L = s.length;
  for (let a = 0; a < L; a++) {
    let h = SUB_SEED;
    const lim = Math.min(L, a + cfg.maxN);
    for (let b = a; b < lim; b++) {
      h = Math.imul(h ^ s.charCodeAt(b), 0x01000193);
      if (b - a + 1 >= cfg.minN) {
        let x = h >>> 0;
        x ^= x >>> 16;
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        x = Math.imul(x, 0xc2b2ae35);
        x ^= x >>> 16;
        out.push((x >>> 0) % cfg.buckets);
      }
    }
  }
  // A word shorter than minN - 2 ("<a>" has 3 code units, so only with minN > 3): the whole padded word.
  if (out.length === 0) {
    let h = SUB_SEED;
    for (let b = 0; b < L; b++) h = Math.imul(h ^ s.charCodeAt(b), 0x01000193);
    out.push((h >>> 0) % cfg.buckets);
  }
  return out;
}
