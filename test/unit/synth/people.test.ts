import { describe, expect, it } from 'vitest';
import { rng, type SynthRow } from '../../../scripts/synth/lib';
import { generate } from '../../../scripts/synth/part-people';

const CATEGORIES = new Set(['confidential', 'safeguarding', 'consent', 'pupil-contact']);

describe('synthetic posts: people part', () => {
  const rows = generate(rng(20261204));

  it('is deterministic for a seed and differs for another', () => {
    expect(generate(rng(20261204))).toEqual(rows);
    expect(generate(rng(7)).slice(0, 50)).not.toEqual(rows.slice(0, 50));
  });

  it('writes about five thousand posts with enough of each category', () => {
    expect(rows.length).toBeGreaterThanOrEqual(4500);
    expect(rows.length).toBeLessThanOrEqual(5500);
    const n = (f: (r: SynthRow) => boolean) => rows.filter(f).length;
    expect(n((r) => r.category === 'confidential')).toBeGreaterThanOrEqual(1200);
    expect(n((r) => r.category === 'safeguarding')).toBeGreaterThanOrEqual(300);
    expect(n((r) => r.category === 'consent')).toBeGreaterThanOrEqual(200);
    expect(n((r) => r.category === 'pupil-contact')).toBeGreaterThanOrEqual(200);
    const ok = n((r) => r.label === 'ok');
    expect(ok / rows.length).toBeGreaterThanOrEqual(0.4);
    expect(n((r) => r.label === 'ok' && r.trap === true) / ok).toBeGreaterThanOrEqual(1 / 3);
  });

  it('gives every row a valid label, category and source', () => {
    for (const r of rows) {
      expect(r.text.trim()).toBe(r.text);
      expect(r.text.length).toBeGreaterThan(10);
      expect(r.text).not.toMatch(/[{}]/);
      expect(r.source).toMatch(/^people\//);
      if (r.label === 'flag') {
        expect(CATEGORIES.has(r.category)).toBe(true);
        for (const a of r.also ?? []) expect(CATEGORIES.has(a) && a !== r.category).toBe(true);
      } else {
        expect(r.label).toBe('ok');
        expect(r.category).toBe('none');
        expect(r.also).toBeUndefined();
      }
    }
  });

  it('has no duplicate texts and no family above 6% of the output', () => {
    const texts = rows.map((r) => r.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    const perSource = new Map<string, number>();
    for (const r of rows) perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
    for (const [, c] of perSource) expect(c / rows.length).toBeLessThanOrEqual(0.06);
  });
});
