/**
 * Feature extraction for the tone model, shared by training (scripts/train.ts) and inference
 * (src/model/index.ts). Pure, deterministic, no DOM or browser API.
 *
 * Normalisation (per code point of the ORIGINAL text, so every normalised character keeps the
 * range of the original it came from):
 *  - ASCII letters are lower-cased; other code points go through NFKD (compatibility
 *    decomposition: full-width and styled letters become plain letters), combining marks are
 *    dropped (accents: "fück" -> "fuck") and the result is lower-cased. This is NFKC plus
 *    accent stripping, done per code point.
 *  - Runs of three or more identical letters collapse to two ("sooooo" -> "soo").
 *  - Apostrophes inside a word are dropped ("you're" -> "youre"), matching corpora that strip
 *    punctuation (HateXplain, Davidson).
 *  - @mentions become the token "@user"; URLs (http://, https://, www.) become "url".
 *  - Tokens are runs of letters and digits; everything else separates them ("#Maga" -> "maga").
 *
 * Features, each hashed with a fixed 32-bit hash (FNV-1a then the murmur3 finaliser) into
 * 2^hashBits buckets, each with a different seed so the families do not share a hash space:
 *  - word unigrams, word bigrams (adjacent tokens),
 *  - character n-grams (charMin..charMax) of each word padded with boundary marks, within
 *    word boundaries (fastText style).
 * With identity mitigation on, a word from identity-terms.ts contributes its unigram only (no
 * character n-grams); training clamps those unigram weights to <= 0.
 *
 * Every feature records the token it came from (bigrams: the first of the two), so a feature's
 * contribution maps back to a character span of the original text for highlighting.
 */
import { isIdentityTerm } from './identity-terms';

/** Bump when anything here changes the features a text produces; the model header records it. */
export const FEATURE_VERSION = 1;

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  hashBits: number;
  /** Shortest and longest character n-gram (within a padded word). */
  charMin: number;
  charMax: number;
  /** Identity words give no character n-grams (see identity-terms.ts). */
  identityMitigation: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  hashBits: 18,
  charMin: 3,
  charMax: 5,
  identityMitigation: true,
};

export const TOKEN_WORD = 0;
export const TOKEN_MENTION = 1;
export const TOKEN_URL = 2;
export type TokenKind = typeof TOKEN_WORD | typeof TOKEN_MENTION | typeof TOKEN_URL;

export interface Token {
  /** Normalised text ("@user" for a mention, "url" for a link). */
  text: string;
  /** Half-open range [start, end) of UTF-16 code units in the ORIGINAL text. */
  start: number;
  end: number;
  kind: TokenKind;
  identity: boolean;
}

export interface Features {
  /** Number of feature occurrences (entries in bucket/token are valid up to count). */
  count: number;
  /** Hash bucket of each feature occurrence. */
  bucket: Int32Array;
  /** Index into tokens of the token that produced it (bigrams: the first token). */
  token: Int32Array;
  /** 1 where the feature is a bigram (it also covers token+1), else 0. */
  pair: Uint8Array;
  tokens: Token[];
}

const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x5bd1e995;
const SEED_CHAR = 0x27d4eb2f;
const FNV_PRIME = 0x01000193;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over a string's UTF-16 code units from a given seed (not finalised). */
export function fnv(text: string, seed: number = SEED_WORD): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Normalisation and tokenisation

const MARK_RE = /\p{M}/gu;
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const normCache = new Map<number, string>();

/** Normalised form of one non-ASCII code point: letters/digits only ('' = separator, "'" = apostrophe). */
function normaliseCodePoint(cp: number): string {
  const cached = normCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (cp === 0x2019 || cp === 0x2018 || cp === 0x02bc || cp === 0xff07) {
    out = "'";
  } else {
    const decomposed = String.fromCodePoint(cp).normalize('NFKD').replace(MARK_RE, '').toLowerCase();
    out = '';
    for (const ch of decomposed) {
      if (LETTER_OR_DIGIT_RE.test(ch)) out += ch;
      else if (out !== '') break; // "½" -> "1": keep the leading letters/digits only
    }
  }
  if (normCache.size < 8192) normCache.set(cp, out);
  return out;
}

const SPECIAL_RE = /(?:https?:\/\/|www\.)[^\s]+|@[\p{L}\p{N}_]+/giu;

/** Split text into normalised tokens that keep their original ranges. Linear in text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Ranges of mentions and URLs in the original text.
  const specials: Array<{ start: number; end: number; kind: TokenKind }> = [];
  {
    SPECIAL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPECIAL_RE.exec(text)) !== null) {
      const s = m[0];
      specials.push({ start: m.index, end: m.index + s.length, kind: s.charCodeAt(0) === 64 ? TOKEN_MENTION : TOKEN_URL });
    }
  }
  let si = 0;
  let buf = '';
  let bufStart = -1;
  let bufEnd = -1;
  const flush = (): void => {
    if (buf !== '') {
      tokens.push({ text: buf, start: bufStart, end: bufEnd, kind: TOKEN_WORD, identity: isIdentityTerm(buf) });
    }
    buf = '';
    bufStart = -1;
  };
  const append = (ch: string, start: number, end: number): void => {
    const n = buf.length;
    // Collapse runs of 3+ identical characters to 2.
    if (n >= 2 && buf.charCodeAt(n - 1) === ch.charCodeAt(0) && buf.charCodeAt(n - 2) === ch.charCodeAt(0) && ch.length === 1) {
      bufEnd = end;
      return;
    }
    if (bufStart < 0) bufStart = start;
    buf += ch;
    bufEnd = end;
  };
  let i = 0;
  const len = text.length;
  while (i < len) {
    const sp = specials[si];
    if (sp !== undefined && i >= sp.start) {
      flush();
      tokens.push({ text: sp.kind === TOKEN_MENTION ? '@user' : 'url', start: sp.start, end: sp.end, kind: sp.kind, identity: false });
      i = sp.end;
      si++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) append(String.fromCharCode(c + 32), i, i + 1);
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) append(text[i] as string, i, i + 1);
      else if (c === 39) {
        if (buf !== '') bufEnd = i + 1; // apostrophe inside a word: dropped, word continues
      } else flush();
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const w = cp > 0xffff ? 2 : 1;
    const norm = normaliseCodePoint(cp);
    if (norm === '') flush();
    else if (norm === "'") {
      if (buf !== '') bufEnd = i + w;
    } else {
      for (let k = 0; k < norm.length; k++) append(norm[k] as string, i, i + w);
    }
    i += w;
  }
  flush();
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Hashed features

let capacity = 1024;
let bucketBuf = new Int32Array(capacity);
let tokenBuf = new Int32Array(capacity);
let pairBuf = new Uint8Array(capacity);

function grow(min: number): void {
  while (capacity < min) capacity *= 2;
  const b = new Int32Array(capacity);
  b.set(bucketBuf);
  const t = new Int32Array(capacity);
  t.set(tokenBuf);
  const p = new Uint8Array(capacity);
  p.set(pairBuf);
  bucketBuf = b;
  tokenBuf = t;
  pairBuf = p;
}

/**
 * Hashed features of a text. The arrays in the result are shared scratch buffers, valid until
 * the next call (copy them to keep them). Linear in the length of the text.
 */
export function extractFeatures(text: string, cfg: FeatureConfig = DEFAULT_FEATURE_CONFIG): Features {
  const tokens = tokenize(text);
  return featuresOfTokens(tokens, cfg);
}

export function featuresOfTokens(tokens: Token[], cfg: FeatureConfig): Features {
  const mask = (1 << cfg.hashBits) - 1;
  const { charMin, charMax } = cfg;
  // Upper bound on the number of features: per token 1 unigram + 1 bigram + char n-grams.
  let bound = 0;
  for (const t of tokens) bound += 2 + (t.text.length + 2) * (charMax - charMin + 1);
  if (bound > capacity) grow(bound);
  const bucket = bucketBuf;
  const token = tokenBuf;
  const pair = pairBuf;
  let n = 0;
  let prevHash = 0;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti] as Token;
    const s = t.text;
    const wh = fnv(s, SEED_WORD);
    bucket[n] = fmix32(wh) & mask;
    token[n] = ti;
    pair[n] = 0;
    n++;
    if (ti > 0) {
      bucket[n] = fmix32(Math.imul(prevHash, 0x9e3779b1) ^ wh ^ SEED_BIGRAM) & mask;
      token[n] = ti - 1;
      pair[n] = 1;
      n++;
    }
    prevHash = wh;
    if (t.kind !== TOKEN_WORD || (cfg.identityMitigation && t.identity)) continue;
    // Character n-grams of "\u0002" + s + "\u0003".
    const L = s.length + 2;
    for (let a = 0; a < L; a++) {
      let h = SEED_CHAR;
      const lim = Math.min(L, a + charMax);
      for (let b = a; b < lim; b++) {
        const c = b === 0 ? 2 : b === L - 1 ? 3 : s.charCodeAt(b - 1);
        h = Math.imul(h ^ c, FNV_PRIME);
        if (b - a + 1 >= charMin) {
          bucket[n] = fmix32(h) & mask;
          token[n] = ti;
          pair[n] = 0;
          n++;
        }
      }
    }
  }
  return { count: n, bucket, token, pair, tokens };
}
