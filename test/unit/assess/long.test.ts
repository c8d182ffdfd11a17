/**
 * Long drafts (src/assess/long.ts): the sliced check finds what the whole-text check finds, with the
 * spans in the whole draft's offsets, without losing a match that straddles a slice boundary.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, type AssessContext } from '../../../src/assess';
import { assessInSlices, assessSteps, createTypingCheck, editEnd, typingWindow, SLICE_CHARS, SLICE_MARGIN, TYPING_MAX_CHARS } from '../../../src/assess/long';
import { evaluateDraft, evaluateDraftInSlices } from '../../../src/content/evaluate';
import { loadShippedModel, resolveCliSettings } from '../../../src/cli/check';
import type { SettingsSnapshot } from '../../../src/settings/snapshot';
import type { Finding } from '../../../src/checker/types';
import { longDraft, RISKY } from '../../../scripts/lib/long-draft';

// What the rules are given to read, slice by slice.
const sliceRead: number[] = [];
vi.mock('../../../src/checker', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/checker')>();
  return { ...real, checkSlice: (text: string, ...rest: [never, never]) => (sliceRead.push(text.length), real.checkSlice(text, ...rest)) };
});

const ROOT = join(__dirname, '../../..');
const { settings, pack } = resolveCliSettings({}, () => {});
const model = loadShippedModel(() => {});
const ctx: AssessContext = { settings, pack, model };
const rulesOnly: AssessContext = { settings, pack };
const snapshot = { settings, pack, at: 0 } as unknown as SettingsSnapshot;

const examples = readFileSync(join(ROOT, 'test/corpus/school-examples.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Runs the sliced check to the end, counting the times it gave the main thread back. */
async function sliced(text: string, c: AssessContext, opts: { sliceChars?: number; margin?: number } = {}) {
  let yields = 0;
  const r = await assessInSlices(text, c, { ...opts, budgetMs: 0, nextTask: async () => void yields++ });
  return { ...r, yields };
}

const spanTexts = (text: string, f: Finding | undefined) => (f?.spans ?? []).map((s) => text.slice(s.start, s.end));

describe('the sliced check (assessInSlices)', () => {
  it('finds the risky sentence near the end of a 1 MB draft, with its spans in the whole draft', async () => {
    const text = longDraft(1_000_000);
    expect(text.length).toBe(1_000_000);
    const at = text.indexOf(RISKY);
    expect(at).toBeGreaterThan(999_000);
    const r = await sliced(text, ctx);
    expect(r.slices).toBe(Math.ceil(1_000_000 / SLICE_CHARS));
    expect(r.yields).toBeGreaterThanOrEqual(r.slices);
    expect(r.checkedChars).toBe(1_000_000);
    expect(r.flagged).toBe(true);
    const where = r.findings.find((f) => f.ruleId === 'safeguarding/whereabouts');
    const address = r.findings.find((f) => f.ruleId === 'confidential/personal-data');
    expect(spanTexts(text, address)).toEqual(['14 Elm Road']);
    expect(spanTexts(text, where)).toContain('walks home alone');
    for (const f of [where!, address!]) for (const s of f.spans) expect(s.start).toBeGreaterThanOrEqual(at - 200);
    // The same draft without the sentence: nothing at all.
    const benign = await sliced(longDraft(1_000_000, false), ctx);
    expect(benign.findings).toEqual([]);
  });

  it('slice boundaries do not lose a match that straddles them', async () => {
    const filler = longDraft(3_000, false);
    const whole = assess(RISKY, rulesOnly).findings.map((f) => [f.ruleId, spanTexts(RISKY, f)]);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    const SLICE = 400;
    // The sentence placed across a boundary at every few characters of its length.
    for (let cut = 1; cut < RISKY.length; cut += 3) {
      const at = 2 * SLICE - cut;
      const text = filler.slice(0, at - 1) + ' ' + RISKY + ' ' + filler.slice(at + RISKY.length + 1, 2_000);
      const r = await sliced(text, rulesOnly, { sliceChars: SLICE, margin: 300 });
      expect(r.slices).toBe(5);
      const found = r.findings.map((f) => [f.ruleId, spanTexts(text, f)]);
      expect(found, `sentence across the boundary by ${cut} characters`).toEqual(whole);
    }
  });

  it('a slice that ends inside a word does not misread the cut word', async () => {
    const text = 'Lovely assembly from Year 4 this morning, thank you all for coming along. '.repeat(60);
    expect(assess(text, rulesOnly).findings).toEqual([]);
    // "Lovely ass|embly": read alone, the cut word is a rude one; the slice that owns it reads it whole.
    const cuts = [...text.matchAll(/assembly/g)].map((m) => m.index! + 3);
    for (const margin of [50, 120]) {
      // The first slice reads up to sliceChars + margin: make that the cut.
      for (const cut of cuts.filter((c) => c > 2 * margin).slice(0, 8)) {
        const r = await sliced(text, rulesOnly, { sliceChars: cut - margin, margin });
        expect(r.findings, `slices of ${cut - margin} characters`).toEqual([]);
      }
    }
  });

  it('gives exactly what assess() gives on every example post, however small the slices', async () => {
    for (const text of examples) {
      const expected = assess(text, ctx);
      // Slices that each read the whole post, so any difference is the slicing's own.
      const r = await sliced(text, ctx, { sliceChars: 25, margin: text.length });
      expect(r.findings, text).toEqual(expected.findings);
      expect(r.modelUsed).toBe(expected.modelUsed);
    }
  });

  it('is assess() itself for a draft of one slice, and for the concerns the prompt shows', async () => {
    const text = longDraft(12_000);
    const r = await sliced(text, ctx);
    expect(r.slices).toBe(1);
    expect(r.findings).toEqual(assess(text, ctx).findings);
    for (const t of examples.slice(0, 40))
      expect(await evaluateDraftInSlices(t, snapshot, { model }, () => {})).toEqual(evaluateDraft(t, snapshot, { model }, () => {}));
  });

  it('never rejects, and leaves the rules when the model fails', async () => {
    const broken = {
      apply: () => {
        throw new Error('boom');
      },
    };
    const logged: string[] = [];
    const r = await assessInSlices(longDraft(40_000), { settings, pack, model: broken, log: (m) => logged.push(m) });
    expect(r.modelUsed).toBe(false);
    expect(r.findings.map((f) => f.ruleId)).toContain('confidential/personal-data');
    expect(logged.length).toBe(1);
    expect((await assessInSlices(undefined as unknown as string, ctx)).findings).toEqual([]);
    expect((await assessInSlices('   ', ctx)).flagged).toBe(false);
  });

  it('gives the rules slices of bounded length, each step a bounded piece of work', () => {
    const text = longDraft(200_000);
    const modelRead: number[] = [];
    const counting = { apply: (t: string, _s: unknown, f: Finding[]) => (modelRead.push(t.length), f) };
    sliceRead.length = 0;
    const steps = assessSteps(text, { settings, pack, model: counting as AssessContext['model'] });
    let n = 0;
    while (!steps.next().done) n++;
    expect(sliceRead.length).toBe(Math.ceil(200_000 / SLICE_CHARS));
    expect(Math.max(...sliceRead)).toBeLessThanOrEqual(SLICE_CHARS + 2 * SLICE_MARGIN);
    expect(sliceRead.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(200_000 + 2 * SLICE_MARGIN * sliceRead.length);
    // A step after each slice; the model (here one without steps) is given the draft as assess() gives it.
    expect(n).toBe(sliceRead.length);
    expect(modelRead).toEqual([200_000]);
  });
});

describe('the typing check on a long draft (createTypingCheck)', () => {
  it('checks the whole of a short draft, and only the part around the last edit of a long one', () => {
    const check = createTypingCheck();
    const short = examples.find((t) => assess(t, ctx).flagged)!;
    expect(check(short, ctx)).toEqual({ ...assess(short, ctx), window: null });
    const text = longDraft(1_000_000);
    const pasted = check(text, ctx);
    expect(pasted.window!.end - pasted.window!.start).toBeLessThanOrEqual(TYPING_MAX_CHARS);
    // Pasted: the check reads the end, where the caret is, and finds the sentence there with its spans in the whole draft.
    expect(
      spanTexts(
        text,
        pasted.findings.find((f) => f.ruleId === 'confidential/personal-data'),
      ),
    ).toEqual(['14 Elm Road']);
    // A keystroke in the middle: the part around it.
    const edited = text.slice(0, 500_000) + 'x' + text.slice(500_000);
    const typed = check(edited, ctx);
    expect(typed.window!.start).toBeLessThan(500_000);
    expect(typed.window!.end).toBeGreaterThan(500_001);
    expect(typed.findings).toEqual([]);
  });

  it('finds the last edit and keeps whole words', () => {
    expect(editEnd(null, 'abc')).toBe(3);
    expect(editEnd('hello world', 'hello brave world')).toBe(12);
    expect(editEnd('aaaa', 'aaaaa')).toBe(5);
    const big = 'word '.repeat(5_000);
    expect(editEnd(big, big.slice(0, 9_000) + 'x' + big.slice(9_000))).toBe(9_001);
    const w = typingWindow(big, 10_000, 1_000);
    expect(w.end - w.start).toBeLessThanOrEqual(1_000);
    expect(w.start).toBeLessThan(10_000);
    expect(big[w.start - 1]).toBe(' ');
    expect(big[w.end]).toBe(' ');
  });
});
