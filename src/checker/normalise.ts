/**
 * Normalisation for matching, with an offset map back to the original text.
 *
 * The rules never look at the original string directly: they match on `text` below, which is
 * - NFKC-folded per code point (fullwidth "ｆｕｃｋ", mathematical "𝐟𝐮𝐜𝐤", ligatures "ﬁ"),
 * - lower-cased, with combining marks stripped ("fück", "f̶u̶c̶k̶" and accents: "Zoë" -> "zoe"),
 * - free of zero-width and other invisible characters (U+200B..U+200F, U+2060..U+2064, U+FEFF, U+00AD, U+180E),
 * - with common homoglyphs mapped to Latin letters (Cyrillic "а", Greek "ο", ...) and curly quotes to straight,
 * - with runs of three or more of the same letter shortened to two ("fuuuuck" -> "fuuck"; the char is
 *   then marked `elongated` so the lexicon can accept "fuck", and "good" never turns into "god"),
 * - with spaced-out letters joined: four or more single letters separated by one or two of " .-_*,/"
 *   ("f u c k", "s.h.i.t") become one word.
 * Leetspeak ("sh1t", "@ss") is NOT decoded here, because digits matter to other rules (phone numbers,
 * "Year 6"); the lexicon matcher decodes it per token (see lexicon.ts).
 *
 * Every character of `text` records the half-open range [start[i], end[i]) of ORIGINAL UTF-16 code units
 * it came from, so any match on `text` maps back to a span of the original with toOriginal().
 * Work is linear in the input length; nothing here can throw on any string.
 */
import type { Span } from './types';

export interface Normalised {
  /** The normalised text rules match on. */
  readonly text: string;
  /** start[i]: index in the original text where text[i] came from. */
  readonly start: Int32Array;
  /** end[i]: index just after the original code units text[i] came from. */
  readonly end: Int32Array;
  /** elongated[i] = 1 when text[i] stands for a run of three or more of the same letter. */
  readonly elongated: Uint8Array;
  /** The original text. */
  readonly original: string;
  /** True when the fast path applied: plain ASCII, identity offsets, nothing elongated. */
  readonly plain?: boolean;
}

/** Characters removed outright: zero-width, joiners, direction marks, soft hyphen, BOM, variation selectors. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Look-alike characters (after NFKC and lower-casing) -> the Latin letter or ASCII mark they imitate. */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  п: 'n',
  г: 'r',
  ч: '4',
  з: '3',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  δ: 'd',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  σ: 'o',
  ς: 'c',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  // Latin look-alikes and IPA
  ı: 'i',
  ɡ: 'g',
  ɑ: 'a',
  ɩ: 'i',
  ʟ: 'l',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ł: 'l',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  // Latin letters with a hook, which do not decompose: "ƒuck"
  ƒ: 'f',
  ɓ: 'b',
  ɗ: 'd',
  ɠ: 'g',
  ɦ: 'h',
  ƙ: 'k',
  ɱ: 'm',
  ɲ: 'n',
  ƥ: 'p',
  ʠ: 'q',
  ʂ: 's',
  ƭ: 't',
  ʋ: 'v',
  ȥ: 'z',
  // punctuation
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
};

const cache = new Map<number, string>();
const MAX_CACHE = 4096;

/** What one (non-ASCII) code point becomes. */
function mapCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (isInvisible(cp)) out = '';
  else {
    try {
      const s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase().normalize('NFD');
      out = '';
      for (const ch of s) {
        const c = ch.codePointAt(0) ?? 0;
        // Strip combining marks (accents, strike-through and "Zalgo" overlays).
        if (
          (c >= 0x300 && c <= 0x36f) ||
          (c >= 0x1ab0 && c <= 0x1aff) ||
          (c >= 0x1dc0 && c <= 0x1dff) ||
          (c >= 0x20d0 && c <= 0x20ff) ||
          (c >= 0xfe20 && c <= 0xfe2f)
        )
          continue;
        if (c >= 0x80 && /\p{M}/u.test(ch)) continue;
        if (isInvisible(c)) continue;
        out += HOMOGLYPHS[ch] ?? ch;
      }
    } catch {
      out = '';
    }
  }
  if (cache.size < MAX_CACHE) cache.set(cp, out);
  return out;
}

const SPACING_SEPARATORS = ' .-_*,/';

/** Identity offset map for plain ASCII text, materialised only if asked for. */
class AsciiNormalised implements Normalised {
  readonly plain = true;
  private s: Int32Array | null = null;
  private e: Int32Array | null = null;
  private l: Uint8Array | null = null;
  constructor(
    readonly text: string,
    readonly original: string,
  ) {}
  get start(): Int32Array {
    if (!this.s) {
      this.s = new Int32Array(this.text.length);
      for (let i = 0; i < this.s.length; i++) this.s[i] = i;
    }
    return this.s;
  }
  get end(): Int32Array {
    if (!this.e) {
      this.e = new Int32Array(this.text.length);
      for (let i = 0; i < this.e.length; i++) this.e[i] = i + 1;
    }
    return this.e;
  }
  get elongated(): Uint8Array {
    if (!this.l) this.l = new Uint8Array(this.text.length);
    return this.l;
  }
}

/**
 * Fast path: ASCII text with no backtick, no run of three identical letters and no spaced-out
 * letters normalises to its lower-case form with an identity offset map (most posts).
 */
/**
 * ASCII classes for isPlainAscii: 1-26 a letter (either case; its place in the alphabet), 27 a digit or
 * a control character that "| 32" turns into one (0x10-0x19: the single-letter test has always looked
 * at neighbours that way), 255 the backtick (normalised to an apostrophe, so not plain), 0 the rest.
 */
const PLAIN_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  PLAIN_CLASS[c] = c >= 65 && c <= 90 ? c - 64 : c >= 97 && c <= 122 ? c - 96 : (c >= 48 && c <= 57) || (c >= 16 && c <= 25) ? 27 : c === 96 ? 255 : 0;

function isPlainAscii(src: string): boolean {
  const n = src.length;
  let prev = 0;
  let run = 0;
  let singles = 0;
  let lastSingleEnd = -10;
  // Was the previous character a letter or digit (see PLAIN_CLASS)?
  let prevAlnum = false;
  for (let i = 0; i < n; i++) {
    const raw = src.charCodeAt(i);
    if (raw >= 0x80) return false;
    const v = PLAIN_CLASS[raw]!;
    if (v === 0) {
      run = 0;
      prev = 0;
      prevAlnum = false;
      continue;
    }
    if (v <= 26) {
      run = v === prev ? run + 1 : 1;
      if (run >= 3) return false;
      // An isolated single letter: part of a possible "f u c k".
      if (!prevAlnum) {
        const next = i + 1 < n ? src.charCodeAt(i + 1) : 32;
        if (next >= 0x80 || PLAIN_CLASS[next] === 0 || PLAIN_CLASS[next] === 255) {
          singles = i - lastSingleEnd <= 3 ? singles + 1 : 1;
          lastSingleEnd = i + 1;
          if (singles >= 4) return false;
        }
      }
      prev = v;
      prevAlnum = true;
      continue;
    }
    if (v === 255) return false;
    run = 0;
    prev = 0;
    prevAlnum = true;
  }
  return true;
}

/** Normalises `original` for matching; see the module comment. Never throws. */
export function normalise(original: string): Normalised {
  const src = typeof original === 'string' ? original : '';
  if (isPlainAscii(src)) return new AsciiNormalised(src.toLowerCase(), src);
  return normaliseFull(src);
}

const SEPARATOR_CODES = new Set([...SPACING_SEPARATORS].map((ch) => ch.charCodeAt(0)));

/** The string of UTF-16 code units codes[0, len) (in chunks: argument lists are limited). */
function fromCodes(codes: Uint16Array, len: number): string {
  if (len <= 4096) return String.fromCharCode.apply(null, codes.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < len; k += 4096) parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(len, k + 4096)) as unknown as number[]));
  return parts.join('');
}

let codeBuffer = new Uint16Array(1024);

/** Start offsets, end offsets and elongation marks for `cap` characters, in one ArrayBuffer. */
function offsetArrays(cap: number): [Int32Array, Int32Array, Uint8Array] {
  const buf = new ArrayBuffer(cap * 9);
  return [new Int32Array(buf, 0, cap), new Int32Array(buf, cap * 4, cap), new Uint8Array(buf, cap * 8, cap)];
}

/** The general path (exported for the test that checks the fast path agrees with it). */
export function normaliseFull(src: string): Normalised {
  const n = src.length;
  // Sized for the common case (one unit per unit); grown when a character maps to more. The codes
  // only build the string, so their buffer is shared between calls.
  if (codeBuffer.length < n + 16) codeBuffer = new Uint16Array(n + 1024);
  let codes = codeBuffer;
  // start, end and elong share one buffer: one allocation instead of three.
  let [start, end, elong] = offsetArrays(n + 16);
  let len = 0;

  let i = 0;
  while (i < n) {
    const code = src.charCodeAt(i);
    // A non-ASCII character maps to zero or more units, each recording the whole original code point
    // (both halves of a surrogate pair), so indices into `text` and into the offset arrays agree.
    let mapped: string | null = null;
    let w = 1;
    if (code >= 0x80) {
      const cp = src.codePointAt(i) ?? code;
      w = cp > 0xffff ? 2 : 1;
      mapped = mapCodePoint(cp);
    }
    const units = mapped === null ? 1 : mapped.length;
    for (let k = 0; k < units; k++) {
      const c = mapped !== null ? mapped.charCodeAt(k) : code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 /* ' */ : code;
      // Runs of 3+ identical letters become 2, the second marked elongated.
      if (len >= 2 && c >= 97 && c <= 122 && codes[len - 1] === c && codes[len - 2] === c) {
        end[len - 1] = i + w;
        elong[len - 1] = 1;
        continue;
      }
      if (len >= start.length) {
        const cap = start.length * 2 + 16;
        if (codes.length < cap) {
          const nc = new Uint16Array(cap);
          nc.set(codes);
          codes = codeBuffer = nc;
        }
        const [ns, ne, nl] = offsetArrays(cap);
        ns.set(start);
        ne.set(end);
        nl.set(elong);
        start = ns;
        end = ne;
        elong = nl;
      }
      codes[len] = c;
      start[len] = i;
      end[len] = i + w;
      elong[len] = 0;
      len++;
    }
    i += w;
  }

  // Pass 2: join spaced-out letters ("f u c k", "s.h.i.t"). A run needs 4+ single letters.
  let keep: Uint8Array | null = null;
  let p = 0;
  while (p < len) {
    if (isSingleLetterAt(codes, len, p)) {
      // Try to extend a run starting here.
      const letters = [p];
      let q = p + 1;
      while (q < len) {
        let r = q;
        let seps = 0;
        while (r < len && seps < 3 && SEPARATOR_CODES.has(codes[r]!)) {
          r++;
          seps++;
        }
        if (seps < 1 || seps > 2 || r >= len || !isSingleLetterAt(codes, len, r)) break;
        letters.push(r);
        q = r + 1;
      }
      if (letters.length >= 4) {
        if (!keep) keep = new Uint8Array(len).fill(1);
        const first = letters[0]!;
        const last = letters[letters.length - 1]!;
        for (let k = first; k <= last; k++) keep[k] = 0;
        for (const l of letters) keep[l] = 1;
        p = last + 1;
        continue;
      }
      p = q;
      continue;
    }
    p++;
  }

  if (!keep) {
    return { text: fromCodes(codes, len), start: start.subarray(0, len), end: end.subarray(0, len), elongated: elong.subarray(0, len), original: src };
  }
  let m = 0;
  for (let k = 0; k < len; k++) {
    if (!keep[k]) continue;
    codes[m] = codes[k]!;
    start[m] = start[k]!;
    end[m] = end[k]!;
    elong[m] = elong[k]!;
    m++;
  }
  return { text: fromCodes(codes, m), start: start.subarray(0, m), end: end.subarray(0, m), elongated: elong.subarray(0, m), original: src };
}

/** A single ASCII letter not touching another letter or digit on either side. */
function isSingleLetterAt(codes: Uint16Array, len: number, i: number): boolean {
  const c = codes[i]!;
  if (c < 97 || c > 122) return false;
  const before = i > 0 ? codes[i - 1]! : 32;
  const after = i + 1 < len ? codes[i + 1]! : 32;
  return !isWordCode(before) && !isWordCode(after);
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** Letters (any script) and digits. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Maps a half-open range of the normalised text to a span of the original text. */
export function toOriginal(norm: Normalised, from: number, to: number): Span {
  const n = norm.text.length;
  if (n === 0) return { start: 0, end: 0 };
  if (norm.plain) {
    // Identity map: no need to materialise the offset arrays.
    const a = Math.max(0, Math.min(from, n - 1));
    return { start: a, end: Math.max(a + 1, Math.min(to, n)) };
  }
  const a = Math.max(0, Math.min(from, n - 1));
  const b = Math.max(a + 1, Math.min(to, n));
  const s = norm.start[a]!;
  const e = Math.max(s, norm.end[b - 1]!);
  return { start: s, end: Math.min(e, norm.original.length) };
}

/** Normalises a short admin-supplied term (name, extra term) for comparison with `text`. */
export function normaliseTerm(term: string): string {
  return normalise(term).text.replace(/\s+/g, ' ').trim();
}
