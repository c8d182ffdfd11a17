/**
 * The model without a long task (src/model/cnn.ts): loading in steps gives the same model and the
 * same errors as loading at once; scoring with the explanations worked out on demand, and with the
 * table of the commonest words' projections, gives the same numbers and words as scoreCnn().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CNN_HEADS, CnnLoadError, loadCnn, loadCnnSteps, scoreCnn, scoreCnnLazily, type CnnModel } from '../../../src/model/cnn';

const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../public/model/school-model.bin')));
const parity = JSON.parse(readFileSync(join(__dirname, 'cnn-parity.json'), 'utf8')) as { cases: Array<{ text: string }> };
const school = readFileSync(join(__dirname, '../../corpus/school-examples.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

function stepwise(b: unknown): { model: CnnModel; steps: string[] } {
  const it = loadCnnSteps(b as Uint8Array);
  const steps: string[] = [];
  for (;;) {
    const r = it.next();
    if (r.done) return { model: r.value, steps };
    steps.push(r.value);
  }
}

function codeOf(load: () => unknown): string {
  try {
    load();
    return 'loaded';
  } catch (e) {
    expect(e).toBeInstanceOf(CnnLoadError);
    return (e as CnnLoadError).code;
  }
}

describe('loadCnnSteps', () => {
  it('gives the model loadCnn gives, in steps (the checksum and the vocabulary in blocks)', () => {
    const once = loadCnn(bytes);
    const { model, steps } = stepwise(bytes);
    expect(steps.filter((s) => s === 'checksum').length).toBeGreaterThanOrEqual(5);
    expect(steps.filter((s) => s === 'vocabulary').length).toBeGreaterThanOrEqual(5);
    const { vocab: v1, conv: c1, ...rest1 } = once;
    const { vocab: v2, conv: c2, ...rest2 } = model;
    expect(rest2).toEqual(rest1);
    expect(c2).toEqual(c1);
    // The same lookups (memory.test.ts checks every word and many that are not words).
    expect(v2.size).toBe(v1.size);
    for (const w of ['the', 'school', 'ehcp', '', 'é', '😤']) expect(v2.get(w)).toBe(v1.get(w));
  });

  it('fails as loadCnn does on bad bytes', () => {
    const damaged = bytes.slice();
    damaged[damaged.length - 100] = (damaged[damaged.length - 100]! + 1) & 0xff;
    const early = bytes.slice();
    early[100] = (early[100]! + 7) & 0xff;
    for (const b of [
      'not bytes',
      new Uint8Array(3),
      bytes.subarray(0, 5000),
      damaged,
      early,
      new TextEncoder().encode('<html>404 Not Found</html> and more padding'),
    ]) {
      expect(codeOf(() => stepwise(b))).toBe(codeOf(() => loadCnn(b as Uint8Array)));
    }
  });
});

describe('scoreCnnLazily', () => {
  it("gives scoreCnn()'s probabilities and words, head by head, whether the table of common words is filled or not", () => {
    const warm = loadCnn(bytes);
    for (const t of [...parity.cases.map((c) => c.text), ...school.slice(0, 300)]) scoreCnnLazily(warm, t);
    for (const t of [...parity.cases.map((c) => c.text), ...school.slice(0, 200)]) {
      const cold = loadCnn(bytes);
      const want = scoreCnn(cold, t);
      for (const m of [cold, warm]) {
        const got = scoreCnnLazily(m, t);
        expect(got.error).toBeUndefined();
        expect(got.probs).toEqual(want.probs);
        for (const h of CNN_HEADS) expect(got.top(h)).toEqual(want.top[h]);
      }
    }
  }, 120_000);
});
