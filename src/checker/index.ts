/**
 * The policy checker: check(text, context) -> findings. Pure (no DOM, no browser API), synchronous,
 * and it never throws: each rule runs on its own, and a rule that fails is skipped.
 *
 *   import { check, flagged, RULES } from './checker';
 *   const findings = check(draft, { schoolNames: ['Oakfield Academy'], pupilNames: [...] });
 *
 * Context (all optional): schoolNames, pupilNames, extraTerms (per category; a match raises a finding
 * with rule id "<category>/admin-terms"), disabledRules, disabledCategories, severity (per-category
 * override), clauses (category -> clause from the policy pack), mediaAttached.
 */
import { Doc, tablesFor, type Range } from './doc';
import { RULES } from './rules';
import type { Rule, RuleHit } from './rules/rule';
import { BUILTIN_CLAUSES } from '../policy/builtin-clauses';
import { isCategoryId, SEVERITIES } from '../policy/ids';
import type { CategoryId, CheckContext, Finding, Severity, Span } from './types';

export { RULES, RULES_BY_CATEGORY } from './rules';
export type { Rule } from './rules/rule';
export type { CheckContext, Finding, Span, Severity, CategoryId } from './types';

/** The clause a finding of `category` falls under: the policy pack's in force (through ctx.clauses), else the built-in pack's. */
export function clauseFor(category: CategoryId, ctx: CheckContext): string {
  const c = ctx.clauses?.[category];
  return typeof c === 'string' && c ? c : BUILTIN_CLAUSES[category];
}

/** Reasons for admin-added terms, per category. */
const ADMIN_REASON = 'This contains a term your school has asked staff to think twice about.';

/** Longest text examined; beyond this, the rest is ignored (the prompt says so). Protects typing latency. */
export const MAX_CHECK_LENGTH = 1_000_000;

function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);
}

/** Spans sorted, de-duplicated and merged when they overlap. */
export function mergeSpans(spans: Span[]): Span[] {
  const s = spans.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}

function toFinding(doc: Doc, rule: Pick<Rule, 'id' | 'category' | 'severity' | 'reason'>, hits: RuleHit[], ctx: CheckContext, own?: Span): Finding | null {
  const spans: Span[] = [];
  let severity: Severity = rule.severity;
  let reason = rule.reason;
  let first = true;
  for (const h of hits) {
    if (own) {
      // A slice of a long draft keeps only the matches that start in the part it owns: a match in its
      // margins belongs to the neighbouring slice, which reads it with its full context.
      let kept = 0;
      for (const r of h.ranges) {
        const s = doc.span(r);
        if (s.start >= own.start && s.start < own.end) {
          spans.push(s);
          kept++;
        }
      }
      if (!kept) continue;
    } else for (const r of h.ranges) spans.push(doc.span(r));
    if (h.severity && (first || SEVERITIES.indexOf(h.severity) > SEVERITIES.indexOf(severity))) severity = h.severity;
    if (h.reason && first) reason = h.reason;
    first = false;
  }
  const merged = mergeSpans(spans);
  if (!merged.length) return null;
  const override = ctx.severity?.[rule.category];
  if (isSeverity(override)) severity = override;
  return {
    category: rule.category,
    clause: clauseFor(rule.category, ctx),
    ruleId: rule.id,
    severity,
    spans: merged,
    reason,
    source: 'rule',
  };
}

/** Makes any value a usable context: unknown keys ignored, wrong types dropped. */
function safeContext(context: unknown): CheckContext {
  if (!context || typeof context !== 'object') return {};
  const c = context as Record<string, unknown>;
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const out: CheckContext = {};
  const schoolNames = strings(c.schoolNames);
  if (schoolNames) out.schoolNames = schoolNames;
  const pupilNames = strings(c.pupilNames);
  if (pupilNames) out.pupilNames = pupilNames;
  const disabledRules = strings(c.disabledRules);
  if (disabledRules) out.disabledRules = disabledRules;
  const disabledCategories = strings(c.disabledCategories)?.filter(isCategoryId);
  if (disabledCategories) out.disabledCategories = disabledCategories;
  const rec = (v: unknown): Record<string, unknown> | undefined =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const extra = rec(c.extraTerms);
  if (extra) {
    const e: Partial<Record<CategoryId, string[]>> = {};
    for (const [k, v] of Object.entries(extra)) {
      const list = strings(v);
      if (isCategoryId(k) && list) e[k] = list;
    }
    out.extraTerms = e;
  }
  const sev = rec(c.severity);
  if (sev) {
    const s: Partial<Record<CategoryId, Severity>> = {};
    for (const [k, v] of Object.entries(sev)) if (isCategoryId(k) && isSeverity(v)) s[k] = v;
    out.severity = s;
  }
  const clauses = rec(c.clauses);
  if (clauses) {
    const s: Partial<Record<CategoryId, string>> = {};
    for (const [k, v] of Object.entries(clauses)) if (isCategoryId(k) && typeof v === 'string') s[k] = v;
    out.clauses = s;
  }
  if (c.mediaAttached === true) out.mediaAttached = true;
  return out;
}

const NO_STRINGS: ReadonlySet<string> = new Set<string>();

/** Checks a draft against the policy. Never throws; returns [] for anything that is not a string. */
export function check(text: string, context?: CheckContext): Finding[] {
  return dropCovered(checkSlice(text, context));
}

/**
 * The findings of one slice of a long draft (src/assess/long.ts), before dropCovered, which the
 * caller applies once to the merged findings of all slices. `own`, in the slice's own offsets: only
 * the matches that start inside it count. Without `own`, check() less dropCovered. Never throws.
 */
export function checkSlice(text: string, context?: CheckContext, own?: Span): Finding[] {
  let doc: Doc;
  let ctx: CheckContext;
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    ctx = safeContext(context);
    // The engine's word tables are those of the registered rules (made when a draft is first scanned).
    tablesFor(RULES);
    doc = new Doc(text.length > MAX_CHECK_LENGTH ? text.slice(0, MAX_CHECK_LENGTH) : text, ctx);
  } catch {
    return [];
  }
  const offCats: ReadonlySet<string> = ctx.disabledCategories?.length ? new Set<string>(ctx.disabledCategories) : NO_STRINGS;
  const offRules: ReadonlySet<string> = ctx.disabledRules?.length ? new Set<string>(ctx.disabledRules) : NO_STRINGS;
  const filtered = offCats !== NO_STRINGS || offRules !== NO_STRINGS;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (filtered && (offCats.has(rule.category) || offRules.has(rule.id))) continue;
    try {
      if (rule.gate && !rule.gate(doc)) continue;
      const hits = rule.run(doc);
      if (!hits.length) continue;
      const f = toFinding(doc, rule, hits, ctx, own);
      if (f) findings.push(f);
    } catch {
      // One failing rule is skipped, never fatal: the checker never throws, so a post is never lost to it.
    }
  }
  // Admin-added terms, per category.
  if (ctx.extraTerms)
    for (const [cat, terms] of Object.entries(ctx.extraTerms)) {
      try {
        if (!isCategoryId(cat) || !terms?.length || offCats.has(cat)) continue;
        const id = `${cat}/admin-terms`;
        if (offRules.has(id)) continue;
        const found: Range[] = doc.findPhrases(terms, 'extra:' + cat);
        if (!found.length) continue;
        const f = toFinding(doc, { id, category: cat, severity: 'warning', reason: ADMIN_REASON }, [{ ranges: found }], ctx, own);
        if (f) findings.push(f);
      } catch {
        // skipped
      }
    }
  return findings;
}

/**
 * Drops a finding whose spans all lie inside the spans of another finding of the same category with
 * at least its severity ("You're pathetic" is an insult; the milder name-calling finding adds nothing).
 */
export function dropCovered(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  const inside = (s: Span, f: Finding) => f.spans.some((o) => o.start <= s.start && s.end <= o.end);
  return findings.filter(
    (a) =>
      !findings.some(
        (b) =>
          b !== a &&
          b.category === a.category &&
          (rank(b) > rank(a) || (rank(b) === rank(a) && findings.indexOf(b) < findings.indexOf(a))) &&
          a.spans.every((s) => inside(s, b)),
      ),
  );
}

/** True when the findings should make the prompt appear (any finding at all). */
export function flagged(findings: readonly Finding[]): boolean {
  return Array.isArray(findings) && findings.length > 0;
}

/** The most severe finding's severity, or null. */
export function topSeverity(findings: readonly Finding[]): Severity | null {
  let best = -1;
  for (const f of findings) best = Math.max(best, SEVERITIES.indexOf(f.severity));
  return best >= 0 ? SEVERITIES[best]! : null;
}
