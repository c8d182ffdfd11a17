import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/synth/lib';
import { generate, FAMILIES } from '../../../scripts/synth/part-voices';
import { CATEGORY_IDS } from '../../../src/policy/ids';

const MINIMUM: Record<string, number> = {
  bullying: 350,
  offensive: 350,
  disrepute: 300,
  reputation: 150,
  defamation: 100,
  unlawful: 120,
  confidential: 20,
  safeguarding: 20,
  discrimination: 20,
  'pupil-contact': 20,
  consent: 15,
  copyright: 15,
};

describe('synthetic posts: voices part', () => {
  const rows = generate(rng(20261204));

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generate(rng(20261204))).toEqual(rows);
    expect(generate(rng(7)).map((r) => r.text)).not.toEqual(rows.map((r) => r.text));
  });

  it('writes 3,000-4,000 posts with valid labels, categories and fields', () => {
    expect(rows.length).toBeGreaterThanOrEqual(3000);
    expect(rows.length).toBeLessThanOrEqual(4000);
    const ids = new Set<string>([...CATEGORY_IDS, 'none']);
    for (const r of rows) {
      expect(['flag', 'ok']).toContain(r.label);
      expect(ids.has(r.category)).toBe(true);
      expect(r.label === 'ok').toBe(r.category === 'none');
      if (r.trap) expect(r.label).toBe('ok');
      if (r.category === 'discrimination') expect(r.characteristic).toBeDefined();
      for (const a of r.also ?? []) {
        expect(ids.has(a)).toBe(true);
        expect(a).not.toBe(r.category);
      }
      expect(r.source).toMatch(/^voices\/[a-z-]+$/);
      expect(r.text).not.toMatch(/[{}|]|undefined/);
      expect(r.text.trim()).toBe(r.text);
      expect(r.text.length).toBeGreaterThan(10);
    }
  });

  it('has no duplicate texts (case-insensitive)', () => {
    const keys = rows.map((r) => r.text.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers the categories, with threats and lewd remarks marked in the source', () => {
    const count = (p: (r: (typeof rows)[number]) => boolean) => rows.filter(p).length;
    for (const [cat, min] of Object.entries(MINIMUM))
      expect(
        count((r) => r.category === cat),
        cat,
      ).toBeGreaterThanOrEqual(min);
    expect(count((r) => r.category === 'offensive' && r.source.includes('threat'))).toBeGreaterThanOrEqual(150);
    expect(count((r) => r.category === 'offensive' && r.source.includes('lewd'))).toBeGreaterThanOrEqual(80);
  });

  it('is at least 45% ok, mostly ordinary posts rather than traps', () => {
    const ok = rows.filter((r) => r.label === 'ok');
    expect(ok.length / rows.length).toBeGreaterThanOrEqual(0.45);
    expect(ok.filter((r) => !r.trap).length).toBeGreaterThan(ok.length / 2);
  });

  it('has no family above 6% of the part, and every family writes', () => {
    const per = new Map<string, number>();
    for (const r of rows) per.set(r.source, (per.get(r.source) ?? 0) + 1);
    for (const [src, n] of per) expect(n / rows.length, src).toBeLessThanOrEqual(0.06);
    for (const f of FAMILIES) expect(per.get(`voices/${f.name}`) ?? 0, f.name).toBeGreaterThan(0);
  });

  it('uses every voice: long posts, replies, captions, text-speak and regional words', () => {
    const has = (re: RegExp) => rows.filter((r) => re.test(r.text)).length;
    expect(has(/^@\w/)).toBeGreaterThan(200);
    expect(has(/#\w+/)).toBeGreaterThan(200);
    expect(has(/\b(nowt|summat|mardy|bairns|our kid|mint|proper|wee)\b/i)).toBeGreaterThan(100);
    expect(rows.filter((r) => r.text.split(/[.!?]\s/).length >= 4).length).toBeGreaterThan(300);
    expect(has(/\b(u|ur|cos|tbh|ngl|2nite|lol|omg|ffs|smh|fml|lmao|gonna|ppl|istg)\b/)).toBeGreaterThan(150);
  });
});
