import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, tryLoadModel, score, modelFindings, reinforceRuleFindings, combineFindings, ModelLoadError, DEFAULT_THRESHOLDS, DEFAULT_COMBINE, type Model } from '../../../src/model/index';
import { check } from '../../../src/checker';
import type { Finding } from '../../../src/checker/types';
import { SCHOOL_TRAPS, CLEARLY_ABUSIVE } from '../../../scripts/eval-model';

const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../public/model/tone-model.bin')));
const model: Model = loadModel(bytes);
const T = DEFAULT_THRESHOLDS;
const flagged = (text: string): boolean => {
  const s = score(model, text);
  return s.offensive >= T.offensive || s.hate >= T.hate || s.threat >= T.threat;
};

function codeOf(input: unknown): string {
  try {
    loadModel(input as Uint8Array);
    return 'loaded';
  } catch (e) {
    expect(e).toBeInstanceOf(ModelLoadError);
    return (e as ModelLoadError).code;
  }
}

describe('loadModel', () => {
  it('loads the shipped model', () => {
    expect(model.heads.map((h) => h.name)).toEqual(['offensive', 'hate', 'threat']);
    expect(model.byteLength).toBe(bytes.length);
  });

  it('rejects garbage with a typed, clear error', () => {
    expect(codeOf(new Uint8Array(0))).toBe('too-short');
    expect(codeOf(new TextEncoder().encode('<html>404 Not Found</html> and more padding here'))).toBe('bad-magic');
    expect(codeOf('not bytes')).toBe('not-bytes');
    expect(codeOf(bytes.subarray(0, 5000))).toBe('bad-length');
    const damaged = bytes.slice();
    damaged[damaged.length - 10] = ((damaged[damaged.length - 10] as number) + 1) & 0xff;
    expect(codeOf(damaged)).toBe('bad-checksum');
    const v2 = bytes.slice();
    v2[4] = 9;
    expect(codeOf(v2)).toBe('bad-version');
    const r = tryLoadModel(new ArrayBuffer(3));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/too short/);
  });

  it('never throws anything but ModelLoadError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        const withMagic = new Uint8Array([0x54, 0x54, 0x4d, 0x31, ...b]);
        expect(tryLoadModel(b).ok).toBe(false);
        expect(tryLoadModel(withMagic).ok).toBe(false);
      }),
    );
  });
});

describe('score on the shipped model', () => {
  it('leaves the school traps and naming a group below threshold', () => {
    for (const t of [...SCHOOL_TRAPS, 'Our Muslim and Jewish pupils led the interfaith assembly']) {
      expect(flagged(t), t).toBe(false);
      expect(modelFindings(model, t, T)).toEqual([]);
    }
  });

  it('flags clearly abusive sentences and highlights the words that weigh most', () => {
    for (const t of CLEARLY_ABUSIVE) {
      expect(flagged(t), t).toBe(true);
      const s = score(model, t);
      expect(s.top.length).toBeGreaterThan(0);
      for (const sp of s.top) expect(t.slice(sp.start, sp.end)).toBe(sp.text);
    }
    const s = score(model, 'What a disgusting piece of shit that man is.');
    expect(s.top.map((x) => x.text).join(' ')).toMatch(/shit|disgusting/);
  });

  it('produces model findings with the right category, clause and spans', () => {
    const targeted = '@parent_rep shut up you stupid cow, nobody cares what you think.';
    const f = modelFindings(model, targeted, T);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) {
      expect(x.source).toBe('model');
      expect(x.clause).toBe('5.2');
      expect(x.ruleId.startsWith('model/')).toBe(true);
      expect(['offensive', 'bullying', 'discrimination']).toContain(x.category);
      for (const sp of x.spans) {
        expect(sp.start).toBeGreaterThanOrEqual(0);
        expect(sp.end).toBeLessThanOrEqual(targeted.length);
        expect(sp.end).toBeGreaterThan(sp.start);
      }
    }
    expect(f.map((x) => x.category)).toContain('bullying');
    const untargeted = modelFindings(model, 'What a disgusting piece of shit that man is.', T);
    expect(untargeted.map((x) => x.category)).toContain('offensive');
  });

  it('stays silent where the rules have raised the category, and can raise a rule', () => {
    const text = 'What a disgusting piece of shit that man is.';
    const rule: Finding = { category: 'offensive', clause: '5.2', ruleId: 'offensive/profanity', severity: 'advice', spans: [{ start: 27, end: 31 }], reason: 'Swearing.', source: 'rule' };
    expect(modelFindings(model, text, T, [rule]).filter((f) => f.category === 'offensive')).toEqual([]);
    const s = score(model, text);
    expect(reinforceRuleFindings([rule], s, T)[0]?.severity).toBe('warning');
    expect(modelFindings(model, text, T, [], { disabledCategories: ['offensive'] }).filter((f) => f.category === 'offensive')).toEqual([]);
  });

  it('combineFindings: mild tone rule findings need the model to agree; warning and serious ones always stand', () => {
    const mild = (text: string, start: number, end: number): Finding => ({ category: 'offensive', clause: '5.2', ruleId: 'offensive/profanity', severity: 'advice', spans: [{ start, end }], reason: 'Swearing.', source: 'rule' });
    const friendly = 'Just bought tickets for the concert and I am so damn excited, best day ever';
    expect(score(model, friendly).offensive).toBeLessThan(DEFAULT_COMBINE.agreement);
    const f = mild(friendly, 45, 49);
    expect(combineFindings(model, friendly, [f], DEFAULT_COMBINE)).toEqual([]);
    // Off: every rule finding shows.
    expect(combineFindings(model, friendly, [f], { ...DEFAULT_COMBINE, mildNeedsModel: false })).toEqual([f]);
    // A warning stands whatever the model says; a mild finding outside the tone categories too.
    const warning: Finding = { ...f, severity: 'warning' };
    expect(combineFindings(model, friendly, [warning], DEFAULT_COMBINE)).toEqual([warning]);
    const consent: Finding = { ...f, category: 'consent', ruleId: 'consent/pupil-media' };
    expect(combineFindings(model, friendly, [consent], DEFAULT_COMBINE)).toEqual([consent]);
    // The model agrees with a hostile post: the mild finding stays (raised to a warning at the model's own threshold).
    const hostile = 'What a disgusting piece of shit that man is.';
    const kept = combineFindings(model, hostile, [mild(hostile, 27, 31)], DEFAULT_COMBINE);
    expect(kept.filter((x) => x.source === 'rule')).toHaveLength(1);
    // Empty text: the rules' findings unchanged.
    expect(combineFindings(model, '', [], DEFAULT_COMBINE)).toEqual([]);
  });

  it('combineFindings keeps the school traps and the interfaith assembly unflagged, with the real rules', () => {
    for (const t of [...SCHOOL_TRAPS, 'Our Muslim and Jewish pupils led the interfaith assembly']) expect(combineFindings(model, t, check(t), DEFAULT_COMBINE)).toEqual([]);
  });

  it('never throws on random Unicode and returns probabilities', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const s = score(model, text);
        for (const p of [s.offensive, s.hate, s.threat]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        modelFindings(model, text, T);
      }),
      { numRuns: 300 },
    );
    expect(score(model, undefined as unknown as string).offensive).toBeGreaterThan(0);
  });

  it('handles 1 MB input in linear time', () => {
    const unit = 'You are a useless idiot. Our pupils had a lovely day! déjà vu 😂 @x https://e.g/ ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const small = big.slice(0, 100_000);
    score(model, small);
    let t0 = performance.now();
    score(model, small);
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    const s = score(model, big);
    const tBig = performance.now() - t0;
    expect(s.top.length).toBeLessThanOrEqual(5);
    expect(tBig).toBeLessThan(Math.max(50, tSmall) * 25);
    expect(() => modelFindings(model, big, T)).not.toThrow();
  });
});

describe('createLazy (how the content script loads the model)', () => {
  it('loads in the background, tells waiters, and remembers a failure without throwing', async () => {
    const { createLazy } = await import('../../../src/model/lazy');
    const { tryLoadModel } = await import('../../../src/model');
    const loader = (fetchBytes: () => Promise<Uint8Array>) => async () => {
      const r = tryLoadModel(await fetchBytes());
      if (!r.ok) throw r.error;
      return r.model;
    };
    const lazy = createLazy(loader(async () => bytes));
    let told = 0;
    lazy.onReady(() => told++);
    expect(lazy.get()).toBeNull();
    expect(lazy.status()).toBe('loading');
    const m = await lazy.ready();
    expect(m).not.toBeNull();
    expect(lazy.get()).toBe(m);
    expect(told).toBe(1);
    lazy.onReady(() => told++);
    expect(told).toBe(2);
    const bad = createLazy(loader(async () => new Uint8Array(10)));
    expect(await bad.ready()).toBeNull();
    expect(bad.status()).toBe('failed');
    expect((bad.error() as { code?: string }).code).toBe('too-short');
    expect(bad.get()).toBeNull();
    const rejected = createLazy(loader(() => Promise.reject(new Error('offline'))));
    expect(await rejected.ready()).toBeNull();
    expect(String(rejected.error())).toMatch(/offline/);
    rejected.retry();
    expect(rejected.status()).toBe('idle');
  });
});
