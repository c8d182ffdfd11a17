import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, TOKEN_MENTION, TOKEN_URL } from '../../../src/model/features';

describe("the learned model's tokeniser", () => {
  it('is deterministic', () => {
    const text = "@Bob You're SOOOO stüpid!! ｆｕｃｋ off https://x.co/abc #Muslims 😂";
    expect(tokenize(text)).toEqual(tokenize(text));
  });

  it('normalises and keeps the original spans', () => {
    const text = "@Bob You're SOOOO stüpid!! ｆｕｃｋ off https://x.co/abc #Muslims";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['@user', 'youre', 'soo', 'stupid', 'fuck', 'off', 'url', 'muslims']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['@Bob', "You're", 'SOOOO', 'stüpid', 'ｆｕｃｋ', 'off', 'https://x.co/abc', 'Muslims']);
    expect(toks[0]?.kind).toBe(TOKEN_MENTION);
    expect(toks[6]?.kind).toBe(TOKEN_URL);
  });

  it('every token spans a non-empty range of the original text, in order (any Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.text.length).toBeGreaterThan(0);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ASCII words map back to themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 20 }), (words) => {
        const text = words.join(' , ');
        expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(words);
      }),
    );
  });
});
