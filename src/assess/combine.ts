/**
 * How the learned model and the rules are combined into what staff see. Pure; never throws for any
 * string. Works on any model that gives a probability per head and, per head, the words that weighed
 * most (the school model in src/model/cnn.ts does).
 *
 *  1. Mild tone findings need the model (setting `toneModel.mildNeedsModel`): a rule finding of
 *     severity "advice" in offensive, bullying or discrimination (casual swearing, mild name-calling)
 *     is kept only when the model agrees: the offensive head at or above `agreement`, or the head of
 *     that category (or threat, lewd) at its own threshold. Everything else the rules find stands.
 *  2. A rule finding of severity "advice" is raised to "warning" where its category's head is at its threshold.
 *  3. The model's own findings are added in each category whose head is at its threshold and where
 *     the rules are silent, with the words that weighed most as the spans (the prompt highlights them).
 */
import type { CategoryId, CheckContext, Finding, Severity, Span } from '../checker/types';
import { clauseFor } from '../checker';
import type { ModelSettings } from './index';

/** What a model gives for one text. */
export interface HeadScores {
  /** Probability for a head (0 for a head the model lacks). */
  prob(head: string): number;
  /** The words that weighed most for a head, as spans of the original text (best first). */
  top(head: string): Span[];
}

/** Per-head thresholds, from the model file (its trained defaults); the school's settings override the tone ones. */
export type HeadThresholds = Readonly<Record<string, number>>;

/** A model head -> the category it raises, its rule id and the reason staff read. */
interface HeadFinding {
  category: CategoryId;
  ruleId: string;
  reason: string;
}

const WEIGH = 'the words that weigh most are highlighted.';

/** Every head the combination knows, in the order findings are added. A head absent from the model is skipped. */
export const HEAD_FINDINGS: Readonly<Record<string, HeadFinding>> = {
  discrimination: {
    category: 'discrimination',
    ruleId: 'model/group-hate',
    reason: `This could read as prejudice against people for who they are (a protected characteristic under the Equality Act 2010); ${WEIGH}`,
  },
  threat: { category: 'offensive', ruleId: 'model/threat', reason: `This could be read as a threat; ${WEIGH}` },
  lewd: { category: 'offensive', ruleId: 'model/lewd', reason: `This reads as sexual or lewd, which is not for a public post by school staff; ${WEIGH}` },
  bullying: { category: 'bullying', ruleId: 'model/bullying', reason: `This could read as mocking or belittling someone; ${WEIGH}` },
  offensive: { category: 'offensive', ruleId: 'model/offensive-tone', reason: `This reads as hostile or offensive in tone; ${WEIGH}` },
  confidential: {
    category: 'confidential',
    ruleId: 'model/confidential',
    reason: `This may share private information about a pupil, a colleague or the school; ${WEIGH}`,
  },
  safeguarding: {
    category: 'safeguarding',
    ruleId: 'model/safeguarding',
    reason: `This may say where a child is or can be found, or share a safeguarding matter; ${WEIGH}`,
  },
  'pupil-contact': {
    category: 'pupil-contact',
    ruleId: 'model/pupil-contact',
    reason: `This may be contact with pupils outside the school's official channels; ${WEIGH}`,
  },
  consent: { category: 'consent', ruleId: 'model/consent', reason: `This may share pupils' pictures or moments: check you have consent; ${WEIGH}` },
  copyright: { category: 'copyright', ruleId: 'model/copyright', reason: `This may share material that is under copyright; ${WEIGH}` },
  disrepute: { category: 'disrepute', ruleId: 'model/disrepute', reason: `This could bring the school or the profession into disrepute; ${WEIGH}` },
  reputation: { category: 'reputation', ruleId: 'model/reputation', reason: `This could undermine the school, its leaders or colleagues in public; ${WEIGH}` },
  defamation: {
    category: 'defamation',
    ruleId: 'model/defamation',
    reason: `This makes a claim about someone that could be defamatory if it cannot be proved; ${WEIGH}`,
  },
  unlawful: { category: 'unlawful', ruleId: 'model/unlawful', reason: `This could describe or encourage something unlawful; ${WEIGH}` },
};

/** Targeted abuse: the offensive head on a post aimed at a person (an @mention or "you") is bullying. */
const TARGETED = /(?:^|[^\p{L}\p{N}_])(?:@[\p{L}\p{N}_]+|you|your|you're|youre|yours|yourself|u|ur)(?![\p{L}\p{N}_])/iu;

/** Categories whose mildest ("advice") rule findings the model may leave out (see mildNeedsModel). */
export const MILD_GATED: ReadonlySet<CategoryId> = new Set<CategoryId>(['offensive', 'bullying', 'discrimination']);

/** The thresholds in force: the model's own, with the school's tone settings over them. */
export function thresholdsFor(model: HeadThresholds, s: ModelSettings | undefined): HeadThresholds {
  if (!s) return model;
  return { ...model, offensive: s.offensive, discrimination: s.hate, threat: s.threat };
}

function severityFor(p: number, threshold: number): Severity {
  return p >= threshold + 0.5 * (1 - threshold) ? 'warning' : 'advice';
}

/** Does the model read a post of this category the way a rule did? */
function agrees(category: CategoryId, s: HeadScores, thr: HeadThresholds, agreement: number): boolean {
  if (s.prob('offensive') >= agreement) return true;
  const at = (h: string) => thr[h] !== undefined && s.prob(h) >= thr[h]!;
  if (category === 'discrimination') return at('discrimination');
  if (category === 'bullying') return at('bullying') || at('threat');
  return at('threat') || at('lewd') || at('bullying');
}

export function combine(
  text: string,
  scores: HeadScores,
  ruleFindings: readonly Finding[],
  modelThresholds: HeadThresholds,
  settings: ModelSettings | undefined,
  ctx: CheckContext,
): Finding[] {
  const thr = thresholdsFor(modelThresholds, settings);
  const agreement = settings?.agreement ?? thr.agreement ?? thr.offensive ?? 0.5;
  const mildNeedsModel = settings?.mildNeedsModel ?? true;
  const at = (h: string) => thr[h] !== undefined && scores.prob(h) >= thr[h]!;

  // 1 and 2: the rules' findings, the mildest tone ones only where the model agrees, advice raised where the model is sure.
  const kept: Finding[] = [];
  for (const f of ruleFindings) {
    if (f.source === 'rule' && f.severity === 'advice') {
      if (mildNeedsModel && MILD_GATED.has(f.category) && !agrees(f.category, scores, thr, agreement)) continue;
      const head = f.category === 'discrimination' ? 'discrimination' : f.category;
      const raised = at(head) || ((f.category === 'offensive' || f.category === 'bullying') && (at('offensive') || at('threat')));
      kept.push(raised ? { ...f, severity: 'warning' } : f);
    } else kept.push(f);
  }

  // 3: the model's own findings where the rules are silent.
  const raisedCats = new Set<CategoryId>(kept.map((f) => f.category));
  const disabledCats = new Set<CategoryId>(ctx.disabledCategories ?? []);
  const disabledRules = new Set<string>(ctx.disabledRules ?? []);
  const out = [...kept];
  for (const [head, hf] of Object.entries(HEAD_FINDINGS)) {
    if (!at(head)) continue;
    let { category, ruleId, reason } = hf;
    if (head === 'offensive' && TARGETED.test(text)) {
      category = 'bullying';
      ruleId = 'model/targeted-abuse';
      reason = `This reads as hostile towards a person; ${WEIGH}`;
    }
    if (raisedCats.has(category) || disabledCats.has(category) || disabledRules.has(ruleId)) continue;
    let spans = scores.top(head).filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
    if (!spans.length) spans = [{ start: 0, end: text.length }];
    out.push({
      category,
      clause: clauseFor(category, ctx),
      ruleId,
      severity: ctx.severity?.[category] ?? severityFor(scores.prob(head), thr[head]!),
      spans,
      reason,
      source: 'model',
    });
    raisedCats.add(category);
  }
  return out;
}
