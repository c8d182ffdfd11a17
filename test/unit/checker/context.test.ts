/** Admin settings arriving through CheckContext, and the shape of findings. */
import { describe, expect, it } from 'vitest';
import { docsOf } from '../../../src/checker/rules/docs';
import { check, flagged, RULES, topSeverity } from '../../../src/checker';

describe('findings', () => {
  it('carry category, clause, rule id, severity, spans in the original text, reason and source', () => {
    const text = 'Honestly, what a fucking day.';
    const [f] = check(text);
    expect(f).toMatchObject({ category: 'offensive', clause: '5.2', ruleId: 'offensive/profanity', severity: 'warning', source: 'rule' });
    expect(text.slice(f!.spans[0]!.start, f!.spans[0]!.end)).toBe('fucking');
    expect(f!.reason).toMatch(/^[A-Z].*\.$/);
    expect(flagged([f!])).toBe(true);
    expect(flagged([])).toBe(false);
    expect(topSeverity(check('I will kill you, shit'))).toBe('serious');
  });

  it('returns [] for empty or non-string input and never throws on odd contexts', () => {
    expect(check('')).toEqual([]);
    expect(check(undefined as unknown as string)).toEqual([]);
    expect(check(42 as unknown as string)).toEqual([]);
    expect(() => check('fuck', { extraTerms: 'nope', severity: 7, pupilNames: [1, null, 'Ann'], disabledRules: 'x' } as never)).not.toThrow();
    expect(check('fuck', null as never).length).toBe(1);
  });
});

describe('admin settings', () => {
  it('pupilNames: case- and accent-insensitive, on word boundaries', () => {
    const ctx = { pupilNames: ['Zoë Smith', 'Anne'] };
    const t = 'Well done ZOE SMITH and annE! Joanne and Annette too.';
    const f = check(t, ctx).find((x) => x.ruleId === 'confidential/pupil-name');
    expect(f?.spans.map((s) => t.slice(s.start, s.end))).toEqual(['ZOE SMITH', 'annE']);
    expect(check('Joanne and Annette', ctx)).toEqual([]);
  });

  it('pupil names that are everyday words match only when capitalised', () => {
    expect(check('amazing grace', { pupilNames: ['Grace'] })).toEqual([]);
    expect(check('Grace did well', { pupilNames: ['Grace'] }).map((f) => f.ruleId)).toContain('confidential/pupil-name');
  });

  it('schoolNames make negative statements about the named school disrepute', () => {
    expect(check('Oakfield is a shambles')).toEqual([]);
    expect(check('Oakfield is a shambles', { schoolNames: ['Oakfield'] }).map((f) => f.ruleId)).toEqual(['disrepute/negative-about-school']);
    expect(check('Oakfield choir was wonderful', { schoolNames: ['Oakfield'] })).toEqual([]);
  });

  it('extraTerms add terms to a category, with rule id "<category>/admin-terms"', () => {
    const ctx = { extraTerms: { offensive: ['plonkers'], confidential: ['Project Phoenix'] } };
    const t = 'Update on project phoenix for the plonkers';
    const f = check(t, ctx);
    expect(f.map((x) => x.ruleId).sort()).toEqual(['confidential/admin-terms', 'offensive/admin-terms']);
    const c = f.find((x) => x.category === 'confidential')!;
    expect(t.slice(c.spans[0]!.start, c.spans[0]!.end)).toBe('project phoenix');
    expect(c.clause).toBe('5.2');
  });

  it('disabledRules switch a rule off by id; disabledCategories switch a category off', () => {
    expect(check('what a fucking day', { disabledRules: ['offensive/profanity'] })).toEqual([]);
    expect(check('what a fucking day', { disabledCategories: ['offensive'] })).toEqual([]);
    expect(check('plonkers', { extraTerms: { offensive: ['plonkers'] }, disabledRules: ['offensive/admin-terms'] })).toEqual([]);
    expect(check("I'll kill you", { disabledRules: ['offensive/profanity'] }).map((f) => f.ruleId)).toEqual(['offensive/threat']);
  });

  it('severity overrides raise or lower a whole category', () => {
    expect(check('shit', { severity: { offensive: 'serious' } })[0]!.severity).toBe('serious');
    expect(check("I'll kill you", { severity: { offensive: 'advice' } })[0]!.severity).toBe('advice');
  });

  it('clauses from the policy pack replace the default clause', () => {
    expect(check('shit', { clauses: { offensive: '4.7(b)' } })[0]!.clause).toBe('4.7(b)');
    expect(check('Add me on snapchat, Year 9', {})[0]!.clause).toBe('5.3');
  });

  it('mediaAttached turns a post about pupils into a consent reminder', () => {
    const t = 'So proud of our Year 6 at the county finals!';
    expect(check(t)).toEqual([]);
    expect(check(t, { mediaAttached: true }).map((f) => f.ruleId)).toEqual(['consent/pupil-media']);
  });

  it('every rule can be switched off by its id', () => {
    for (const r of RULES) {
      const ex = docsOf(r).flag[0]!;
      const text = typeof ex === 'string' ? ex : ex.text;
      const ctx = typeof ex === 'string' ? {} : ex.context;
      expect(
        check(text, { ...ctx, disabledRules: [r.id] }).map((f) => f.ruleId),
        r.id,
      ).not.toContain(r.id);
    }
  });

  it('one failing rule is skipped, not fatal', () => {
    const victim = RULES.find((r) => r.id === 'offensive/threat')! as { run: (d: unknown) => unknown };
    const original = victim.run;
    victim.run = () => {
      throw new Error('boom');
    };
    try {
      expect(check("I'll kill you, fuck").map((f) => f.ruleId)).toEqual(['offensive/profanity']);
    } finally {
      victim.run = original;
    }
  });
});
