import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { snippetOf, concernsFromFindings, contextConcern, strictestAction } from '../../../src/assess/concerns';
import { toCheckContext } from '../../../src/settings/check-context';
import { resolveSettings } from '../../../src/settings/resolve';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { check } from '../../../src/checker';
import type { Finding } from '../../../src/checker/types';

const finding = (over: Partial<Finding> = {}): Finding => ({
  category: 'bullying',
  clause: '5.2',
  ruleId: 'bullying/insult',
  severity: 'warning',
  spans: [{ start: 0, end: 4 }],
  reason: 'r',
  source: 'rule',
  ...over,
});

describe('snippets', () => {
  it('highlight the span with a little context, cut at words', () => {
    const text = 'Honestly, after today I think @sam you are a pathetic waste of space and I am done.';
    const start = text.indexOf('pathetic');
    const s = snippetOf(text, [{ start, end: start + 'pathetic waste of space'.length }])!;
    expect(s.match).toBe('pathetic waste of space');
    expect(s.before.endsWith('you are a ')).toBe(true);
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.startsWith(' and')).toBe(true);
  });

  it('never throw and stay inside the text for any span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: -5, max: 320 }), fc.integer({ min: -5, max: 320 }), (text, a, b) => {
        const s = snippetOf(text, [{ start: a, end: b }]);
        if (s) expect(text.replace(/\s+/g, ' ')).toContain(s.match.slice(0, 20));
      }),
    );
  });
});

describe('concerns', () => {
  const settings = resolveSettings({ categories: { confidential: { action: 'block' }, offensive: { enabled: false } } }, {}).settings;

  it('take titles and explanations from the policy pack, most serious first, and drop switched-off categories', () => {
    const cs = concernsFromFindings(
      'abcd efgh',
      [
        finding(),
        finding({ category: 'confidential', ruleId: 'confidential/phone', severity: 'serious' }),
        finding({ category: 'offensive', ruleId: 'offensive/profanity' }),
      ],
      settings,
      BUILTIN_PACK,
    );
    expect(cs.map((c) => c.category)).toEqual(['confidential', 'bullying']);
    expect(cs[0]!.title).toBe('Confidential information');
    expect(cs[0]!.action).toBe('block');
    expect(cs[1]!.explanation).toContain('bullying');
  });

  it('work without settings or a pack (before the worker has published them)', () => {
    const cs = concernsFromFindings('abcd', [finding()], null, null);
    expect(cs[0]!.title).toBe('bullying');
    expect(cs[0]!.action).toBe('nudge');
  });

  it('the strictest action wins', () => {
    const base = concernsFromFindings('abcd', [finding()], settings, BUILTIN_PACK);
    expect(strictestAction(base)).toBe('nudge');
    expect(strictestAction([...base, contextConcern('confidential', 'x', settings, BUILTIN_PACK)])).toBe('block');
    expect(contextConcern('lesson-time', 'It is lesson time', settings, BUILTIN_PACK).clause).toBe('5.4');
  });
});

describe('settings to the checker', () => {
  it('carries school names, pupil names, extra terms, switched-off rules and severities', () => {
    const { settings } = resolveSettings(
      {
        schoolName: 'Oakfield Academy',
        trustName: 'Northway Trust',
        schoolAliases: ['OHS'],
        pupilNames: ['Zebedee Quark'],
        categories: { offensive: { extraTerms: ['wazzock'], disabledRules: ['offensive/profanity'], severity: 'serious' }, copyright: { enabled: false } },
      },
      {},
    );
    const ctx = toCheckContext(settings, BUILTIN_PACK, { mediaAttached: true });
    expect(ctx.schoolNames).toEqual(['Oakfield Academy', 'Northway Trust', 'OHS']);
    expect(ctx.extraTerms).toEqual({ offensive: ['wazzock'] });
    expect(ctx.disabledRules).toContain('offensive/profanity');
    expect(ctx.disabledCategories).toEqual(['copyright']);
    expect(ctx.severity).toEqual({ offensive: 'serious' });
    expect(ctx.clauses?.['lesson-time']).toBe('5.4');
    expect(ctx.mediaAttached).toBe(true);
    const f = check('What a wazzock', ctx);
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['offensive/admin-terms', 'serious']]);
    expect(check('Zebedee Quark was brilliant in the play', ctx).some((x) => x.category === 'confidential')).toBe(true);
  });
});
