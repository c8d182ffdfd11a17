/** A finding's clause comes from a policy pack (the one in force, else the built-in one), never from code. */
import { describe, expect, it } from 'vitest';
import { check, clauseFor, RULES } from '../../../src/checker';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { BUILTIN_CLAUSES } from '../../../src/policy/builtin-clauses';
import { CATEGORY_IDS } from '../../../src/policy/ids';
import { docsOf } from '../../../src/checker/rules/docs';

const firstClause = (id: string) => BUILTIN_PACK.categories.find((c) => c.id === id)?.clauses[0];

describe('clauses', () => {
  it('the built-in clauses are the built-in pack’s first clause of each category', () => {
    for (const id of CATEGORY_IDS) {
      expect(firstClause(id), id).toMatch(/^\d+(\.\d+)*$/);
      expect(BUILTIN_CLAUSES[id], id).toBe(firstClause(id));
    }
  });

  it('a finding takes the built-in pack’s clause when no pack’s clauses are given, and the pack in force’s when they are', () => {
    for (const id of CATEGORY_IDS) {
      const extraTerms = { [id]: ['wibblesnatch'] };
      const [builtIn] = check('a wibblesnatch here', { extraTerms });
      expect(builtIn?.category, id).toBe(id);
      expect(builtIn?.clause, id).toBe(firstClause(id));
      const [school] = check('a wibblesnatch here', { extraTerms, clauses: { [id]: '12.7' } });
      expect(school?.clause, id).toBe('12.7');
      expect(clauseFor(id, {}), id).toBe(firstClause(id));
      expect(clauseFor(id, { clauses: { [id]: '3.1' } }), id).toBe('3.1');
    }
  });

  it('a rule’s finding takes its category’s clause from the pack', () => {
    let seen = 0;
    for (const r of RULES) {
      const example = docsOf(r).flag[0];
      if (!example) continue;
      const text = typeof example === 'string' ? example : example.text;
      const context = typeof example === 'string' ? {} : example.context;
      for (const f of check(text, context).filter((x) => x.source === 'rule')) {
        expect(f.clause, r.id).toBe(firstClause(f.category));
        seen++;
      }
      for (const f of check(text, { ...context, clauses: { [r.category]: '12.7' } }).filter((x) => x.category === r.category))
        expect(f.clause, r.id).toBe('12.7');
    }
    expect(seen).toBeGreaterThan(RULES.length / 2);
  });

  // A rule names its category, never a clause: which clause a category falls under is the pack's
  // to say (the built-in pack, or the school's).
  it('no rule declares a clause of its own', () => {
    for (const r of RULES) expect(Object.keys(r), r.id).not.toContain('defaultClause');
  });
});
