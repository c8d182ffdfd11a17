/**
 * Table-driven: every rule's own "must flag" / "must not flag" examples (ESLint RuleTester style),
 * plus conventions: every category file is registered, every rule has a description, examples, a clause and metadata.
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docsOf } from '../../../src/checker/rules/docs';
import { check, RULES, RULES_BY_CATEGORY } from '../../../src/checker';
import type { Example } from '../../../src/checker/rules/rule';
import { CATEGORY_IDS, SEVERITIES } from '../../../src/policy/ids';

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../src/checker/rules');
const textOf = (e: Example) => (typeof e === 'string' ? e : e.text);
const ctxOf = (e: Example) => (typeof e === 'string' ? {} : e.context);

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(docsOf(rule).flag.map((e) => [textOf(e), e] as const))('flags %j', (_t, e) => {
    const ids = check(textOf(e), ctxOf(e)).map((f) => f.ruleId);
    expect(ids).toContain(rule.id);
  });
  it.each(docsOf(rule).ok.map((e) => [textOf(e), e] as const))('does not flag %j', (_t, e) => {
    const ids = check(textOf(e), ctxOf(e)).map((f) => f.ruleId);
    expect(ids).not.toContain(rule.id);
  });
});

describe('rule conventions', () => {
  it('every category file in src/checker/rules is registered, and every registered category has a file', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    const categoryFiles = files.filter((f) => (CATEGORY_IDS as readonly string[]).includes(f));
    const helpers = files.filter((f) => !categoryFiles.includes(f));
    expect(helpers.sort()).toEqual(['docs', 'index', 'refs', 'rule']);
    expect(Object.keys(RULES_BY_CATEGORY).sort()).toEqual(categoryFiles.sort());
  });

  it('every rule file documents only its own registered rules', async () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const cat of Object.keys(RULES_BY_CATEGORY)) {
      const mod = (await import(`../../../src/checker/rules/${cat}.ts`)) as { DOCS?: Record<string, unknown> };
      for (const id of Object.keys(mod.DOCS ?? {})) {
        expect(ids.has(id), id).toBe(true);
        expect(id.startsWith(cat + '/'), id).toBe(true);
      }
    }
  });

  it('every rule has an id "<category>/<name>", metadata and examples both ways', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      expect(r.id.startsWith(r.category + '/'), r.id).toBe(true);
      expect(ids.has(r.id), `duplicate ${r.id}`).toBe(false);
      ids.add(r.id);
      expect(SEVERITIES, r.id).toContain(r.severity);
      expect(docsOf(r).description.length, r.id).toBeGreaterThan(10);
      expect(r.reason, r.id).toMatch(/^[A-Z].*\.$/);
      expect(docsOf(r).flag.length, r.id).toBeGreaterThanOrEqual(3);
      expect(docsOf(r).ok.length, r.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('a rule file exports only rules of its own category', () => {
    for (const [cat, rules] of Object.entries(RULES_BY_CATEGORY)) for (const r of rules ?? []) expect(r.category).toBe(cat);
  });

  it('lesson-time and reporting have no text rules (handled elsewhere)', () => {
    expect(RULES.some((r) => r.category === 'lesson-time' || r.category === 'reporting')).toBe(false);
  });
});
