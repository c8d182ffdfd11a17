/** The combination of the rules and the learned model (src/assess/combine.ts), on scores made up for each case. */
import { describe, expect, it } from 'vitest';
import { combine, HEAD_FINDINGS, type HeadScores } from '../../../src/assess/combine';
import type { Finding } from '../../../src/checker/types';
import { CNN_HEADS } from '../../../src/model/cnn-format';

const THR = { offensive: 0.6, bullying: 0.5, discrimination: 0.5, threat: 0.4, lewd: 0.5, confidential: 0.7, reputation: 0.4 };
const scores = (p: Record<string, number>, top: Record<string, Array<{ start: number; end: number }>> = {}): HeadScores => ({
  prob: (h) => p[h] ?? 0,
  top: (h) => top[h] ?? [],
});
const rule = (category: Finding['category'], severity: Finding['severity'], ruleId = `${category}/x`): Finding => ({
  category,
  severity,
  ruleId,
  clause: '5.2',
  spans: [{ start: 0, end: 4 }],
  reason: 'r',
  source: 'rule',
});
const MILD = { offensive: 0.6, hate: 0.5, threat: 0.4, agreement: 0.3, mildNeedsModel: true };

describe('combine', () => {
  it('keeps a mild tone finding only when the model agrees', () => {
    const text = 'shit, forgot my lanyard';
    expect(combine(text, scores({ offensive: 0.1 }), [rule('offensive', 'advice')], THR, MILD, {})).toEqual([]);
    expect(combine(text, scores({ offensive: 0.35 }), [rule('offensive', 'advice')], THR, MILD, {})).toHaveLength(1);
    // With the gate off every rule finding stands.
    expect(combine(text, scores({ offensive: 0.1 }), [rule('offensive', 'advice')], THR, { ...MILD, mildNeedsModel: false }, {})).toHaveLength(1);
    // Advice in a school category is never gated.
    expect(combine(text, scores({}), [rule('confidential', 'advice')], THR, MILD, {})).toHaveLength(1);
  });

  it('raises advice to warning where its head is sure', () => {
    const [f] = combine('x', scores({ offensive: 0.9 }), [rule('offensive', 'advice')], THR, MILD, {});
    expect(f!.severity).toBe('warning');
  });

  it('adds the model finding where the rules are silent, with the weighing words as spans', () => {
    const text = 'Our head is clueless and the school is falling apart';
    const out = combine(text, scores({ reputation: 0.9 }, { reputation: [{ start: 12, end: 20 }] }), [], THR, MILD, { clauses: { reputation: '9.9' } });
    expect(out).toEqual([
      expect.objectContaining({ category: 'reputation', ruleId: 'model/reputation', clause: '9.9', source: 'model', spans: [{ start: 12, end: 20 }] }),
    ]);
  });

  it('adds nothing in a category the rules already raised, a category switched off or a rule switched off', () => {
    const s = scores({ confidential: 0.95, reputation: 0.9 });
    expect(combine('text', s, [rule('confidential', 'serious')], THR, MILD, {}).map((f) => f.ruleId)).toEqual(['confidential/x', 'model/reputation']);
    expect(combine('text', s, [], THR, MILD, { disabledCategories: ['confidential'], disabledRules: ['model/reputation'] })).toEqual([]);
  });

  it('reads the offensive head on a post aimed at a person as bullying', () => {
    expect(combine('@sam you are dreadful', scores({ offensive: 0.9 }), [], THR, MILD, {})[0]!.ruleId).toBe('model/targeted-abuse');
    expect(combine('what a dreadful day', scores({ offensive: 0.9 }), [], THR, MILD, {})[0]!.ruleId).toBe('model/offensive-tone');
  });

  it("the school's tone thresholds override the model's", () => {
    const s = scores({ offensive: 0.7 });
    expect(combine('a', s, [], THR, MILD, {})).toHaveLength(1);
    expect(combine('a', s, [], THR, { ...MILD, offensive: 0.8 }, {})).toHaveLength(0);
  });

  it('knows every head the school model has', () => {
    for (const h of CNN_HEADS) expect(HEAD_FINDINGS[h], h).toBeDefined();
  });
});
