/**
 * Long drafts without a long task. A 1 MB paste checked in one go holds a page's main thread for
 * hundreds of milliseconds on an ordinary laptop (the rules read all of it), so:
 *
 *  - while typing, a draft longer than TYPING_MAX_CHARS is checked only around the last edit
 *    (createTypingCheck): a few milliseconds at any length, and the indicator counts what is near
 *    where the person is writing;
 *  - when the post is sent, assessInSlices() checks all of it (up to MAX_CHECK_LENGTH, as assess()
 *    does) in slices of SLICE_CHARS, yielding to the event loop between tasks of about
 *    TASK_BUDGET_MS, and gives what assess() gives: the same rules over the same text, the model over
 *    the same first words, combined the same way.
 *
 * Each slice reads SLICE_MARGIN characters either side of the part it owns and keeps only the
 * matches that start in that part, so a match that straddles a boundary is found, whole and once, by
 * the slice that owns its start. Proximity and sentence rules look a few hundred characters at most;
 * a test that looks at the whole post (for instance "consent given" anywhere) looks within its slice.
 *
 * Pure: no DOM, no browser API apart from an optional `scheduler.yield`. Never throws or rejects.
 */
import { checkSlice, dropCovered, mergeSpans, flagged, MAX_CHECK_LENGTH, RULES } from '../checker';
import type { CheckContext, Finding, Span } from '../checker/types';
import { SEVERITIES } from '../policy/ids';
import { assess, checkContextOf, modelOf, NONE, type AssessContext, type Assessment } from './index';
import { runInSteps } from './steps';

export { nextTask } from './steps';

/** Characters each slice owns: about 2 ms of rules on a fast machine, under 10 ms with the CPU slowed four times. */
export const SLICE_CHARS = 16_000;
/** Characters a slice reads either side of what it owns, for context; longer than any match or proximity the rules use. */
export const SLICE_MARGIN = 1_000;
/** Work done in one task before yielding: a task stays well under the 50 ms of a long task. */
export const TASK_BUDGET_MS = 8;
/**
 * Longest draft checked whole while typing, and the length of the part checked around the last edit
 * in a longer one: the rules and the model on 1,000 characters take about 5 ms (some 140 words for
 * the model), so even a laptop four times slower stays clear of a 50 ms long task.
 */
export const TYPING_MAX_CHARS = 1_000;

export interface SliceOptions {
  /** Characters each slice owns (default SLICE_CHARS). */
  sliceChars?: number;
  /** Characters read either side of a slice (default SLICE_MARGIN). */
  margin?: number;
  /** Milliseconds of work per task before yielding (default TASK_BUDGET_MS; 0: yield after every step). */
  budgetMs?: number;
  /** How to yield to the event loop (default nextTask). */
  nextTask?: () => Promise<void>;
  /** The clock (default performance.now). */
  now?: () => number;
}

export interface LongAssessment extends Assessment {
  /** Characters the rules read (the whole draft, or its first MAX_CHECK_LENGTH). */
  checkedChars: number;
  /** Slices the rules read it in. */
  slices: number;
}

export interface TypingAssessment extends Assessment {
  /** The part of the draft that was checked, or null when it was checked whole. */
  window: Span | null;
}

/** The parts the slices own, as [start, end) of the text, covering [0, n). */
export function sliceBounds(n: number, sliceChars: number = SLICE_CHARS): Span[] {
  const size = Math.max(1, Math.floor(sliceChars));
  const out: Span[] = [];
  for (let start = 0; start < n; start += size) out.push({ start, end: Math.min(n, start + size) });
  return out;
}

const severityIndex = (f: Finding) => SEVERITIES.indexOf(f.severity);

/**
 * One finding per rule, as check() gives for the whole text: the spans of every slice merged, the
 * most severe severity, the first slice's reason; in check()'s order (the rules', then the admin's
 * terms by category), then dropCovered over the whole.
 */
function mergeFindings(perSlice: Finding[][], ctx: CheckContext): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const list of perSlice) {
    for (const f of list) {
      const had = byRule.get(f.ruleId);
      if (!had) byRule.set(f.ruleId, { ...f, spans: [...f.spans] });
      else {
        had.spans.push(...f.spans);
        if (severityIndex(f) > severityIndex(had)) had.severity = f.severity;
      }
    }
  }
  const ruleOrder = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
  const adminOrder = Object.keys(ctx.extraTerms ?? {});
  const rank = (id: string) => ruleOrder.get(id) ?? RULES.length + Math.max(0, adminOrder.indexOf(id.replace(/\/admin-terms$/, '')));
  const merged = [...byRule.values()].sort((a, b) => rank(a.ruleId) - rank(b.ruleId));
  for (const f of merged) f.spans = mergeSpans(f.spans);
  return dropCovered(merged);
}

/**
 * The sliced assessment as steps: each next() does one slice of the rules or one step of the model
 * (a few milliseconds), and the last returns what assess() returns for the same text and context.
 */
export function* assessSteps(text: string, ctx: AssessContext, opts: SliceOptions = {}): Generator<void, LongAssessment, void> {
  try {
    if (typeof text !== 'string' || text.trim() === '') return { ...NONE, checkedChars: 0, slices: 0 };
    const checkContext = checkContextOf(ctx);
    const n = Math.min(text.length, MAX_CHECK_LENGTH);
    const margin = Math.max(0, Math.floor(opts.margin ?? SLICE_MARGIN));
    const bounds = sliceBounds(n, opts.sliceChars ?? SLICE_CHARS);
    const perSlice: Finding[][] = [];
    if (bounds.length === 1) perSlice.push(checkSlice(text.slice(0, n), checkContext));
    else {
      for (const own of bounds) {
        const from = Math.max(0, own.start - margin);
        const to = Math.min(n, own.end + margin);
        const found = checkSlice(text.slice(from, to), checkContext, { start: own.start - from, end: own.end - from });
        perSlice.push(found.map((f) => (from ? { ...f, spans: f.spans.map((s) => ({ start: s.start + from, end: s.end + from })) } : f)));
        yield;
      }
    }
    let findings = mergeFindings(perSlice, checkContext);
    let modelUsed = false;
    const use = modelOf(ctx);
    if (use) {
      try {
        findings = use.model.applySteps
          ? yield* use.model.applySteps(text, use.settings, findings, checkContext)
          : use.model.apply(text, use.settings, findings, checkContext);
        modelUsed = true;
      } catch (err) {
        ctx.log?.('the learned model failed on this post; rules only', err);
      }
    }
    return { findings, flagged: flagged(findings), modelUsed, checkedChars: n, slices: bounds.length };
  } catch (err) {
    ctx.log?.('the check failed; the post goes ahead as normal', err);
    return { ...NONE, checkedChars: 0, slices: 0 };
  }
}

/**
 * assess() for a draft of any length without a long task: the work is done in steps, and after
 * `budgetMs` of them the main thread is given back (nextTask) before the next. Never rejects: an
 * error gives no findings (the post goes ahead).
 */
export async function assessInSlices(text: string, ctx: AssessContext, opts: SliceOptions = {}): Promise<LongAssessment> {
  try {
    return await runInSteps(assessSteps(text, ctx, opts), { now: opts.now, budgetMs: opts.budgetMs ?? TASK_BUDGET_MS, nextTask: opts.nextTask });
  } catch (err) {
    ctx.log?.('the check failed; the post goes ahead as normal', err);
    return { ...NONE, checkedChars: 0, slices: 0 };
  }
}

/** Where the last edit ends in `text`, given the text at the previous check (null: none; then the end). */
export function editEnd(prev: string | null, text: string): number {
  if (prev === null) return text.length;
  const n = Math.min(prev.length, text.length);
  // Whole blocks are compared by the engine (a 1 MB draft in well under a millisecond), then the
  // block that differs character by character.
  const BLOCK = 4096;
  let p = 0;
  while (p + BLOCK <= n && prev.slice(p, p + BLOCK) === text.slice(p, p + BLOCK)) p += BLOCK;
  while (p < n && prev.charCodeAt(p) === text.charCodeAt(p)) p++;
  const a = prev.length;
  const b = text.length;
  let q = 0;
  while (q + BLOCK <= n - p && prev.slice(a - q - BLOCK, a - q) === text.slice(b - q - BLOCK, b - q)) q += BLOCK;
  while (q < n - p && prev.charCodeAt(a - 1 - q) === text.charCodeAt(b - 1 - q)) q++;
  return b - q;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;

/**
 * The part of a long draft to check while typing: `max` characters ending a little after `at` (where
 * the last edit ended: the caret, usually), trimmed to whole words so a cut word is not misread.
 */
export function typingWindow(text: string, at: number, max: number = TYPING_MAX_CHARS): Span {
  const n = text.length;
  if (n <= max) return { start: 0, end: n };
  const anchor = Math.max(0, Math.min(n, at));
  let end = Math.min(n, anchor + Math.floor(max / 4));
  let start = Math.max(0, end - max);
  end = Math.min(n, start + max);
  const SNAP = 64;
  if (start > 0 && !isSpace(text.charCodeAt(start - 1))) {
    for (let i = start; i < Math.min(end, start + SNAP); i++) {
      if (isSpace(text.charCodeAt(i))) {
        start = i + 1;
        break;
      }
    }
  }
  if (end < n && !isSpace(text.charCodeAt(end))) {
    for (let i = end - 1; i > Math.max(start, end - SNAP); i--) {
      if (isSpace(text.charCodeAt(i))) {
        end = i;
        break;
      }
    }
  }
  return { start, end };
}

/**
 * The typing check (the indicator): assess() for a draft of up to `max` characters, and for a longer
 * one assess() of the `max` characters around the last edit (its findings' spans in the whole
 * draft's offsets), so no check reads more than `max` characters whatever the draft's length. It
 * remembers the text it last saw to find the last edit. Never throws.
 */
export function createTypingCheck(max: number = TYPING_MAX_CHARS): (text: string, ctx: AssessContext) => TypingAssessment {
  let prev: string | null = null;
  let lastAt = -1;
  return (text, ctx) => {
    try {
      if (typeof text !== 'string' || text.length <= max) {
        prev = typeof text === 'string' ? text : null;
        return { ...assess(text, ctx), window: null };
      }
      const at = prev === text && lastAt >= 0 ? lastAt : editEnd(prev, text);
      prev = text;
      lastAt = at;
      const w = typingWindow(text, at, max);
      const a = assess(text.slice(w.start, w.end), ctx);
      const shift = (s: Span) => ({ start: s.start + w.start, end: s.end + w.start });
      return { ...a, findings: a.findings.map((f) => ({ ...f, spans: f.spans.map(shift) })), window: w };
    } catch (err) {
      ctx.log?.('the typing check failed; posting is unaffected', err);
      return { ...NONE, window: null };
    }
  };
}
