import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/synth/lib';
import { generate, FAMILIES, FAMILY_CAP } from '../../../scripts/synth/part-conduct';
import { CATEGORY_IDS } from '../../../src/policy/ids';

const CHARACTERISTICS = ['age', 'disability', 'gender-reassignment', 'marriage', 'pregnancy', 'race', 'religion', 'sex', 'sexual-orientation'];
const MINIMUM: Record<string, number> = {
  discrimination: 900,
  bullying: 300,
  offensive: 300,
  disrepute: 250,
  reputation: 250,
  defamation: 200,
  copyright: 250,
  unlawful: 250,
};

describe('synthetic posts: conduct part', () => {
  const rows = generate(rng(20261204));

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generate(rng(20261204))).toEqual(rows);
    expect(generate(rng(7)).map((r) => r.text)).not.toEqual(rows.map((r) => r.text));
  });

  it('writes 5,000-7,000 posts with valid labels, categories and fields', () => {
    expect(rows.length).toBeGreaterThanOrEqual(5000);
    expect(rows.length).toBeLessThanOrEqual(7000);
    const ids = new Set<string>([...CATEGORY_IDS, 'none']);
    for (const r of rows) {
      expect(['flag', 'ok']).toContain(r.label);
      expect(ids.has(r.category)).toBe(true);
      expect(r.label === 'ok').toBe(r.category === 'none');
      if (r.characteristic !== undefined) {
        expect(r.category).toBe('discrimination');
        expect(CHARACTERISTICS).toContain(r.characteristic);
      }
      if (r.category === 'discrimination') expect(r.characteristic).toBeDefined();
      if (r.trap) expect(r.label).toBe('ok');
      for (const a of r.also ?? []) {
        expect(ids.has(a)).toBe(true);
        expect(a).not.toBe(r.category);
      }
      expect(r.source).toMatch(/^conduct\/[a-z-]+$/);
      expect(r.text).not.toMatch(/[{}]|undefined/);
      expect(r.text.trim()).toBe(r.text);
      expect(r.text.length).toBeGreaterThan(10);
    }
  });

  it('has no duplicate texts (case-insensitive)', () => {
    const keys = rows.map((r) => r.text.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers every category and every protected characteristic', () => {
    const count = (p: (r: (typeof rows)[number]) => boolean) => rows.filter(p).length;
    for (const [cat, min] of Object.entries(MINIMUM))
      expect(
        count((r) => r.category === cat),
        cat,
      ).toBeGreaterThanOrEqual(min);
    for (const c of CHARACTERISTICS)
      expect(
        count((r) => r.characteristic === c),
        c,
      ).toBeGreaterThanOrEqual(100);
  });

  it('is at least 40% benign, and at least a third of the benign posts are traps', () => {
    const ok = rows.filter((r) => r.label === 'ok');
    expect(ok.length / rows.length).toBeGreaterThanOrEqual(0.4);
    expect(ok.filter((r) => r.trap).length / ok.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it('keeps every template family to a modest share', () => {
    const bySource = new Map<string, number>();
    for (const r of rows) bySource.set(r.source, (bySource.get(r.source) ?? 0) + 1);
    expect(bySource.size).toBe(new Set(FAMILIES.map((f) => f.name)).size);
    for (const [source, n] of bySource) {
      expect(n, source).toBeLessThanOrEqual(FAMILY_CAP);
      expect(n / rows.length, source).toBeLessThan(0.05);
    }
  });

  it('labels the traps ok: rude-looking place names, titles, RSE and history lessons, sport, inclusion', () => {
    for (const family of ['ok-place', 'ok-title-settext', 'ok-title-panto-film', 'ok-rse', 'ok-history', 'ok-sport', 'ok-inclusion']) {
      const fam = rows.filter((r) => r.source === `conduct/${family}`);
      expect(fam.length, family).toBeGreaterThanOrEqual(100);
      for (const r of fam) expect(r.label === 'ok' && r.category === 'none' && r.trap === true, r.text).toBe(true);
    }
    const places = new Set(
      rows.flatMap(
        (r) => /Scunthorpe|Penistone|Shitterton|Bell End|Cockermouth|Twatt|Wetwang|Brown Willy|Crapstone|Lickey End/i.exec(r.text)?.[0].toLowerCase() ?? [],
      ),
    );
    expect(places.size).toBeGreaterThanOrEqual(8);
  });
});
