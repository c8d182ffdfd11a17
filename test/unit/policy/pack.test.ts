import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validatePack, categoryClauses, anchorFor, type PolicyPack } from '../../../src/policy/pack';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { CATEGORY_IDS } from '../../../src/policy/ids';
import { clauseLink } from '../../../src/policy/links';
import { clauseFor } from '../../../src/policy/clauses';
import { parsePolicyText } from '../../../scripts/import-policy';

const POLICY_TEXT = resolve(__dirname, '../../../src/policy/source/social-media-policy.txt');

describe('the built-in policy pack', () => {
  it('passes validation', () => {
    const r = validatePack(BUILTIN_PACK);
    expect(r.ok).toBe(true);
  });

  it("holds every numbered clause of the customer's policy text, word for word", () => {
    const text = readFileSync(POLICY_TEXT, 'utf8');
    const numbers = [...text.matchAll(/^\s*(\d+\.\d+)\s/gm)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(30);
    for (const n of numbers) {
      const clause = BUILTIN_PACK.clauses.find((c) => c.number === n);
      expect(clause, `clause ${n}`).toBeDefined();
      expect(clause!.anchor).toBe(anchorFor(n!));
    }
    expect(BUILTIN_PACK.clauses.find((c) => c.number === '5.4')!.text).toBe(
      'Employees should note that the use of personal social media accounts during lesson time is not permitted.',
    );
    // Regenerating from the text gives the committed clauses (the pack is not edited by hand).
    expect(parsePolicyText(text).clauses).toEqual(BUILTIN_PACK.clauses);
  });

  it('ties every category to clauses that exist, with a plain explanation and the motto', () => {
    expect(BUILTIN_PACK.categories.map((c) => c.id).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(BUILTIN_PACK.prompt.heading).toBe("If in doubt, don't post it!");
    const map = categoryClauses(BUILTIN_PACK);
    expect(map['lesson-time']).toBe('5.4');
    expect(map['pupil-contact']).toBe('5.3');
    expect(map.consent).toBe('5.5');
    expect(map.safeguarding).toBe('6.1');
    expect(map.bullying).toBe('5.2');
  });
});

describe('a replacement pack', () => {
  const clone = (): PolicyPack => JSON.parse(JSON.stringify(BUILTIN_PACK));

  it('is accepted when valid, with renumbered clauses', () => {
    const pack = clone();
    pack.id = 'digi360-model-2025';
    pack.clauses = pack.clauses.map((c) => ({ ...c, number: `1${c.number}`, anchor: anchorFor(`1${c.number}`) }));
    pack.categories = pack.categories.map((c) => ({ ...c, clauses: c.clauses.map((n) => `1${n}`) }));
    const r = validatePack(pack);
    expect(r.ok).toBe(true);
    if (r.ok) expect(categoryClauses(r.pack).bullying).toBe('15.2');
  });

  it('is rejected with every bad path named', () => {
    const pack = clone() as unknown as Record<string, any>;
    pack.effectiveDate = '1 September 2025';
    pack.clauses[3].anchor = 'Clause 4!';
    pack.clauses[5].number = pack.clauses[4].number;
    pack.categories[1].clauses = ['99.9'];
    pack.prompt.heading = 'x'.repeat(121);
    pack.categories = pack.categories.filter((c: { id: string }) => c.id !== 'copyright');
    const r = validatePack(pack);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['effectiveDate', 'clauses.3.anchor', 'prompt.heading']));
    // Cross-field checks name their paths too (they run once the shape is right).
    const fixedShape = clone() as unknown as Record<string, any>;
    fixedShape.clauses[5].number = fixedShape.clauses[4].number;
    fixedShape.categories[1].clauses = ['99.9'];
    fixedShape.categories = fixedShape.categories.filter((c: { id: string }) => c.id !== 'copyright');
    const r2 = validatePack(fixedShape);
    expect(r2.ok).toBe(false);
    if (r2.ok) return;
    expect(r2.problems).toEqual(
      expect.arrayContaining([
        { path: 'clauses.5.number', message: expect.stringContaining('appears twice') },
        { path: 'categories.1.clauses.0', message: "clause 99.9 is not in this pack's clauses" },
        { path: 'categories', message: expect.stringContaining('"copyright" is missing') },
      ]),
    );
  });

  it('rejects things that are not packs at all without throwing', () => {
    for (const junk of [null, 42, 'policy', [], { clauses: 'x' }]) {
      const r = validatePack(junk);
      expect(r.ok).toBe(false);
    }
  });
});

describe('clause links', () => {
  it("point at the offline policy page by default, or at the school's copy", () => {
    expect(clauseLink('5.2', '', 'chrome-extension://abc/src/ui/policy/index.html')).toBe('chrome-extension://abc/src/ui/policy/index.html#clause-5-2');
    expect(clauseLink('5.2', 'https://school.example/policy', 'x')).toBe('https://school.example/policy');
    expect(clauseLink('5.2', 'https://school.example/policy#{anchor}', 'x')).toBe('https://school.example/policy#clause-5-2');
    expect(clauseLink('5.4', 'https://school.example/p?c={clause}', 'x')).toBe('https://school.example/p?c=5.4');
  });

  it('without a clause, open the policy at its start', () => {
    expect(clauseLink('', '', 'chrome-extension://abc/src/ui/policy/index.html')).toBe('chrome-extension://abc/src/ui/policy/index.html');
    expect(clauseLink('', 'https://school.example/policy#{anchor}', 'x')).toBe('https://school.example/policy');
    expect(clauseLink('', 'https://school.example/p?c={clause}', 'x')).toBe('https://school.example/p?c=');
  });
});

describe('clauseFor: which clause a category falls under comes from the pack in force', () => {
  it('the built-in pack', () => {
    expect(clauseFor(BUILTIN_PACK, 'lesson-time')).toBe('5.4');
    expect(clauseFor(BUILTIN_PACK, 'pupil-contact')).toBe('5.3');
    expect([0, 1, 2].map((n) => clauseFor(BUILTIN_PACK, 'reporting', n))).toEqual(['7.1', '8.1', '8.2']);
  });
  it("a school's pack that numbers its clauses differently, or lacks the category", () => {
    const pack = { categories: [{ id: 'lesson-time' as const, clauses: ['12.3'] }] };
    expect(clauseFor(pack as never, 'lesson-time')).toBe('12.3');
    expect(clauseFor(pack as never, 'reporting', 1)).toBe('');
  });
});
