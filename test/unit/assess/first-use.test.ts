/**
 * The assessment's first-use work without a long task (src/assess): the model loaded in steps with
 * the main thread given back between tasks gives the assessments loading at once gives; preparing
 * the checker ahead changes no finding; and the same draft assessed again with the same settings is
 * answered without checking it twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, forgetLastAssessment, type AssessModel } from '../../../src/assess';
import { loadAssessModel, loadAssessModelInSteps } from '../../../src/assess/model';
import { prepareAssessment } from '../../../src/assess/prepare';
import { runInSteps } from '../../../src/assess/steps';
import { resolveCliSettings } from '../../../src/cli/check';
import type { Finding } from '../../../src/checker/types';

const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../public/model/school-model.bin')));
const school = readFileSync(join(__dirname, '../../corpus/school-examples.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const { settings, pack } = resolveCliSettings({});

describe('runInSteps', () => {
  it('gives the main thread back once a task has used its budget, and returns what the steps return', async () => {
    let clock = 0;
    let given = 0;
    function* steps(): Generator<void, string, void> {
      for (let i = 0; i < 10; i++) {
        clock += 3;
        yield;
      }
      return 'done';
    }
    const out = await runInSteps(steps(), { budgetMs: 8, now: () => clock, nextTask: async () => void given++ });
    expect(out).toBe('done');
    expect(given).toBe(3);
  });
});

describe('loadAssessModelInSteps', () => {
  it('gives the assessments loadAssessModel gives, with the main thread given back along the way', async () => {
    let given = 0;
    const stepped = await loadAssessModelInSteps(bytes, { budgetMs: 0, nextTask: async () => void given++ });
    const once = loadAssessModel(bytes);
    expect(stepped.ok && once.ok).toBe(true);
    if (!stepped.ok || !once.ok) return;
    expect(given).toBeGreaterThan(10);
    for (const t of school) {
      forgetLastAssessment();
      const a = assess(t, { settings, pack, model: stepped.model });
      forgetLastAssessment();
      expect(a).toEqual(assess(t, { settings, pack, model: once.model }));
    }
  }, 60_000);

  it('refuses bad bytes as loadAssessModel does, without rejecting', async () => {
    const damaged = bytes.slice();
    damaged[damaged.length - 10] = (damaged[damaged.length - 10]! + 1) & 0xff;
    for (const b of ['not bytes', damaged, bytes.subarray(0, 100)]) {
      const stepped = await loadAssessModelInSteps(b);
      const once = loadAssessModel(b);
      expect(stepped.ok).toBe(false);
      expect(once.ok).toBe(false);
      if (!stepped.ok && !once.ok) expect(stepped.error.message).toBe(once.error.message);
    }
  });
});

describe('prepareAssessment', () => {
  it('changes no finding', async () => {
    const before = school.map((t) => (forgetLastAssessment(), assess(t, { settings, pack })));
    await prepareAssessment({ nextTask: async () => {} });
    expect(school.map((t) => (forgetLastAssessment(), assess(t, { settings, pack })))).toEqual(before);
  }, 120_000);
});

describe('the same draft assessed again', () => {
  /** A model that counts its uses and adds nothing. */
  function counting(): AssessModel & { uses: number } {
    const m = { uses: 0, apply: (_t: string, _s: unknown, f: Finding[]) => (m.uses++, f) };
    return m;
  }

  it('is answered without being checked twice, with the same settings only', () => {
    const model = counting();
    const draft = 'You are such an idiot, Mr Hughes';
    const ctx = () => ({ settings: structuredClone(settings), pack, model });
    forgetLastAssessment();
    const first = assess(draft, ctx());
    expect(model.uses).toBe(1);
    // The send check after the typing check: new objects, the same settings and draft.
    expect(assess(draft, ctx())).toEqual(first);
    expect(model.uses).toBe(1);
    // Anything different is assessed.
    assess(draft, { ...ctx(), mediaAttached: true });
    expect(model.uses).toBe(2);
    assess(draft + '!', ctx());
    expect(model.uses).toBe(3);
    const other = structuredClone(settings);
    other.categories.bullying.enabled = false;
    const off = assess(draft + '!', { settings: other, pack, model });
    expect(model.uses).toBe(4);
    expect(off.findings.some((f) => f.category === 'bullying')).toBe(false);
    assess(draft + '!', { settings: structuredClone(settings), pack, model: counting() });
    expect(model.uses).toBe(4);
  });

  it('hands out a list of its own each time', () => {
    forgetLastAssessment();
    const a = assess('You are such an idiot', { settings, pack });
    a.findings.length = 0;
    expect(assess('You are such an idiot', { settings, pack }).findings.length).toBeGreaterThan(0);
  });
});
