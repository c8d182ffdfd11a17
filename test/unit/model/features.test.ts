import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFeatures, tokenize, DEFAULT_FEATURE_CONFIG, TOKEN_MENTION, TOKEN_URL } from '../../../src/model/features';

describe('tone model features', () => {
  it('are deterministic', () => {
    const text = "@Bob You're SOOOO stüpid!! ｆｕｃｋ off https://x.co/abc #Muslims 😂";
    const a = extractFeatures(text);
    const first = Array.from(a.bucket.subarray(0, a.count));
    const b = extractFeatures(text);
    expect(Array.from(b.bucket.subarray(0, b.count))).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1 << DEFAULT_FEATURE_CONFIG.hashBits)).toBe(true);
  });

  it('normalises and keeps the original spans', () => {
    const text = "@Bob You're SOOOO stüpid!! ｆｕｃｋ off https://x.co/abc #Muslims";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['@user', 'youre', 'soo', 'stupid', 'fuck', 'off', 'url', 'muslims']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['@Bob', "You're", 'SOOOO', 'stüpid', 'ｆｕｃｋ', 'off', 'https://x.co/abc', 'Muslims']);
    expect(toks[0]?.kind).toBe(TOKEN_MENTION);
    expect(toks[6]?.kind).toBe(TOKEN_URL);
    expect(toks[7]?.identity).toBe(true);
  });

  it('maps every feature to a token whose span lies in the original text (any Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const f = extractFeatures(text);
        for (const t of f.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
        }
        for (let i = 0; i < f.count; i++) {
          const ti = f.token[i] as number;
          expect(ti).toBeLessThan(f.tokens.length - (f.pair[i] === 1 ? 1 : 0));
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

  it('a 280-character post takes well under a millisecond', () => {
    const text = "Honestly some of the parents at this school are an absolute disgrace, people like you shouldn't be allowed near children. @someone watch your back, I know where you live and what you drive. Disgusting behaviour from grown adults at the gate again today, vile vile people.".slice(0, 280);
    for (let i = 0; i < 200; i++) extractFeatures(text);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) extractFeatures(text);
    expect((performance.now() - t0) / 1000).toBeLessThan(0.5);
  });
});
