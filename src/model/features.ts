/**
 * The learned model's tokeniser, shared by training (scripts/cnn/prep.ts) and inference (cnn.ts).
 * Pure, deterministic, no DOM or browser API. Bump CNN_TOKENIZER_VERSION (cnn-format.ts) when it
 * changes the tokens a text gets.
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
 */

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
      tokens.push({ text: buf, start: bufStart, end: bufEnd, kind: TOKEN_WORD });
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
      tokens.push({ text: sp.kind === TOKEN_MENTION ? '@user' : 'url', start: sp.start, end: sp.end, kind: sp.kind });
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
