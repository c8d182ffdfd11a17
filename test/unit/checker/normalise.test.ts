/** The normaliser and its offset map: every span must index the original text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, normaliseFull, toOriginal } from '../../../src/checker/normalise';
import { check } from '../../../src/checker';
import { Doc } from '../../../src/checker/doc';

const terms = (t: string) => new Doc(t, {}).lexiconHits().map((h) => h.entry.term);

describe('normalise', () => {
  it.each([
    ['FUCK', 'fuck'],
    ['ｆｕｃｋ', 'fuck'],
    ['𝐟𝐮𝐜𝐤', 'fuck'],
    ['fück', 'fuck'],
    ['f\u200Buck', 'fuck'],
    ['f\u00ADu\u200Dc\uFEFFk', 'fuck'],
    ['fu\u0336ck', 'fuck'],
    ['fuсk', 'fuck'], // Cyrillic с
    ['ſhit', 'shit'],
    ['fuuuuuuck', 'fuuck'],
    ['f u c k', 'fuck'],
    ['s.h.i.t', 'shit'],
    ['f-u-c-k off', 'fuck off'],
    ['I a m fine', 'i a m fine'],
    ['don’t', "don't"],
    ['Zoë', 'zoe'],
    ['ﬁne', 'fine'],
  ])('%j -> %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('marks elongated runs so "fuuuck" matches "fuck" but "good" never matches "god"', () => {
    const n = normalise('fuuuck good');
    expect(n.text).toBe('fuuck good');
    expect(Array.from(n.elongated.slice(0, 5))).toEqual([0, 0, 1, 0, 0]);
    expect(terms('fuuuuck')).toContain('fuck');
    expect(terms('goooood')).toEqual([]);
  });

  it('keeps digits and punctuation as written (leetspeak is decoded per token by the lexicon)', () => {
    expect(normalise('Call 07700 900123, Year 6!').text).toBe('call 07700 900123, year 6!');
    expect(terms('sh1t')).toContain('shit');
    expect(terms('a$$hole')).toContain('asshole');
    expect(terms('f*ck')).toContain('fuck');
    expect(terms('f**k')).toContain('fuck');
    expect(terms('Year 6 on 1st June')).toEqual([]);
  });

  it('maps spans back to the original text, through emoji, zero-width characters and spacing', () => {
    const t = '😂😂 what a f\u200Bu\u200Bc\u200Bk-ing 👍🏽 day, s h i t';
    const f = check(t).find((x) => x.ruleId === 'offensive/profanity')!;
    const words = f.spans.map((s) => t.slice(s.start, s.end));
    expect(words[0]).toBe('f\u200Bu\u200Bc\u200Bk');
    expect(words).toContain('s h i t');
  });

  it('property: the offset map is monotone and within bounds for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const n = normalise(s);
        expect(n.start.length).toBe(n.text.length);
        expect(n.end.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.start[i]!).toBeGreaterThanOrEqual(0);
          expect(n.end[i]!).toBeLessThanOrEqual(s.length);
          expect(n.start[i]!).toBeLessThan(n.end[i]!);
          if (i > 0) expect(n.start[i]!).toBeGreaterThanOrEqual(n.start[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: any normalised range maps to a span of the original that does not split a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalise(s);
        if (!n.text.length) return;
        const from = a % n.text.length;
        const to = from + 1 + (b % (n.text.length - from));
        const sp = toOriginal(n, from, to);
        expect(sp.start).toBeGreaterThanOrEqual(0);
        expect(sp.end).toBeLessThanOrEqual(s.length);
        expect(sp.start).toBeLessThanOrEqual(sp.end);
        const lowSurrogate = (i: number) =>
          i > 0 && i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
        expect(lowSurrogate(sp.start)).toBe(false);
        expect(lowSurrogate(sp.end)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the ASCII fast path gives the same text and offsets as the general path', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aAbBfFuUcCkK ,.-_*/!@$01357`'\n".split('')), maxLength: 60 }), (s) => {
        const fast = normalise(s);
        const full = normaliseFull(s);
        expect(fast.text).toBe(full.text);
        expect(Array.from(fast.start)).toEqual(Array.from(full.start));
        expect(Array.from(fast.end)).toEqual(Array.from(full.end));
        expect(Array.from(fast.elongated)).toEqual(Array.from(full.elongated));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: ASCII text keeps its length and lower-cases in place (when no spacing trick or long run applies)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 ,.!?']{0,80}$/), (s) => {
        fc.pre(!/(.)\1\1/i.test(s) && !/(?:^|[^a-z0-9])[a-z][ .,]{1,2}[a-z][ .,]{1,2}[a-z][ .,]{1,2}[a-z](?![a-z0-9])/i.test(s));
        expect(normalise(s).text).toBe(s.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });
});
