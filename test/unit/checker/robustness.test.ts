/**
 * check() never throws, its spans always index the original text, and its time stays linear on
 * adversarial input up to 1 MB (no catastrophic regex backtracking).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker';

const CTX = {
  schoolNames: ['Oakfield Academy', 'Oakfield'],
  pupilNames: ['Zoë Smith', 'Grace', 'Mo'],
  extraTerms: { offensive: ['plonker'] },
  mediaAttached: true,
};

function validFindings(text: string, ctx = CTX): void {
  const fs = check(text, ctx);
  expect(Array.isArray(fs)).toBe(true);
  for (const f of fs) {
    expect(f.spans.length).toBeGreaterThan(0);
    for (const s of f.spans) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThan(s.end);
    }
  }
}

describe('robustness', () => {
  it('never throws and returns valid spans on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => validFindings(s)),
      { numRuns: 400 },
    );
  });

  it('never throws on random mixes of words the rules look for', () => {
    const words = [
      'fuck',
      'f u c k',
      'sh1t',
      'you',
      "you're",
      'pathetic',
      'year 6',
      'my class',
      'photo',
      'slt',
      'is a thief',
      'Mr Smith',
      '@x',
      '07700 900123',
      '14 acacia avenue',
      'dob 1/2/2013',
      'a@b.co',
      'G801200123008',
      'confidential',
      '\u200B',
      '😂',
      'é',
      '\u0301',
      ' ',
      '.',
      '\n',
      'ｆ',
      'Zoë',
      'grace',
      'kill',
      'I will',
      'add me',
      'snap',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => validFindings(ws.join(' '))),
      { numRuns: 400 },
    );
  });

  const adversarial: Array<[string, (n: number) => string]> = [
    ['one long letter run', (n) => 'a'.repeat(n)],
    ['one long word of mixed letters', (n) => 'abcdefghij'.repeat(n / 10)],
    ['spaced single letters', (n) => 'a '.repeat(n / 2)],
    ['digits', (n) => '0'.repeat(n)],
    ['digits and spaces', (n) => '07 '.repeat(n / 3)],
    ['at signs', (n) => '@'.repeat(n)],
    ['email-ish', (n) => 'a.'.repeat(n / 4) + '@' + 'b.'.repeat(n / 4)],
    ['asterisks', (n) => 'f*'.repeat(n / 2)],
    ['repeated phrase', (n) => 'you are so so so '.repeat(n / 17)],
    ['repeated insult', (n) => "you're pathetic ".repeat(n / 16)],
    ['school ref and negatives', (n) => 'slt my school hate '.repeat(n / 19)],
    ['capitalised names', (n) => 'Dave Wilson Sarah Jones '.repeat(n / 24)],
    ['house numbers', (n) => '12 '.repeat(n / 3)],
    ['numbers and words', (n) => '1 a b c '.repeat(n / 8)],
    ['emoji', (n) => '😂'.repeat(n / 2)],
    ['combining marks', (n) => 'a\u0301'.repeat(n / 2)],
    ['zero width', (n) => 'f\u200B'.repeat(n / 2)],
    ['leet soup', (n) => '$h1t@55'.repeat(n / 7)],
    ['year refs', (n) => 'year 6 '.repeat(n / 7)],
    ['hyphens', (n) => 'a-'.repeat(n / 2)],
  ];

  it.each(adversarial)('stays linear on 1 MB of %s', (_name, make) => {
    // The fastest of three runs: a shared machine's pauses (GC, other processes) only ever add time.
    const time = (n: number) => {
      const s = make(n);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        validFindings(s);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(10_000); // warm up
    const small = Math.max(time(100_000), 2);
    const big = time(1_000_000);
    // 10x the input: allow generous slack for GC and shared CI machines, but not quadratic (100x).
    expect(big, `100 kB: ${small.toFixed(1)} ms, 1 MB: ${big.toFixed(1)} ms`).toBeLessThan(small * 30 + 300);
    expect(big).toBeLessThan(5000);
  });
});
