/**
 * Turns the checker's findings (and the composer's context) into the concerns the prompt shows:
 * each with its category's title and plain-English explanation from the policy pack, the clause,
 * the snippet to highlight and what the school wants done. Pure.
 */
import type { Finding, Span } from '../checker/types';
import type { PolicyPack } from '../policy/pack';
import type { Settings, CategoryAction } from '../settings/schema';
import { severityRank, type CategoryId, type Severity } from '../policy/ids';

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export interface Concern {
  key: string;
  category: CategoryId;
  ruleId: string;
  clause: string;
  title: string;
  explanation: string;
  reason: string;
  severity: Severity;
  action: CategoryAction;
  snippet: Snippet | null;
  source: Finding['source'] | 'context';
}

const CONTEXT = 28;

/** Up to CONTEXT characters either side of the first span, cut at word boundaries, on one line. */
export function snippetOf(text: string, spans: readonly Span[]): Snippet | null {
  const s = spans[0];
  if (!s || s.end <= s.start || s.start < 0 || s.end > text.length) return null;
  let from = Math.max(0, s.start - CONTEXT);
  let to = Math.min(text.length, s.end + CONTEXT);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > s.end ? text.lastIndexOf(' ', to) : to;
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, s.start)),
    match: flat(text.slice(s.start, s.end)).slice(0, 120),
    after: flat(text.slice(s.end, to)) + (to < text.length ? '…' : ''),
  };
}

export function concernsFromFindings(text: string, findings: readonly Finding[], settings: Settings | null, pack: PolicyPack | null): Concern[] {
  const seen = new Set<string>();
  const out: Concern[] = [];
  for (const f of findings) {
    const cat = pack?.categories.find((c) => c.id === f.category);
    const catSettings = settings?.categories[f.category];
    if (catSettings && !catSettings.enabled) continue;
    const key = `${f.ruleId}@${f.spans[0]?.start ?? 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      key,
      category: f.category,
      ruleId: f.ruleId,
      clause: f.clause || cat?.clauses[0] || '',
      title: cat?.title ?? f.category,
      explanation: cat?.explanation ?? '',
      reason: f.reason,
      severity: f.severity,
      action: catSettings?.action ?? 'nudge',
      snippet: snippetOf(text, f.spans),
      source: f.source,
    });
  }
  // Most serious first; stable otherwise.
  return out.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

/** A concern that comes from the situation rather than the words (lesson time, attached media). */
export function contextConcern(
  category: CategoryId,
  reason: string,
  settings: Settings | null,
  pack: PolicyPack | null,
  severity: Severity = 'advice',
): Concern {
  const cat = pack?.categories.find((c) => c.id === category);
  return {
    key: `context/${category}`,
    category,
    ruleId: `context/${category}`,
    clause: cat?.clauses[0] ?? '',
    title: cat?.title ?? category,
    explanation: cat?.explanation ?? '',
    reason,
    severity,
    action: settings?.categories[category]?.action ?? 'nudge',
    snippet: null,
    source: 'context',
  };
}

/** What the prompt allows: the strictest action among the concerns. */
export function strictestAction(concerns: readonly Concern[]): CategoryAction {
  if (concerns.some((c) => c.action === 'block')) return 'block';
  if (concerns.some((c) => c.action === 'reason')) return 'reason';
  return 'nudge';
}
