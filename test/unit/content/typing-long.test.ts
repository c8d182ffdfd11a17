/**
 * The typing check (the indicator) on a long draft does a bounded amount of work: the rules and the
 * model read a bounded part of it at each check, whatever the draft's length, so a 1 MB paste cannot
 * hold the page's main thread at each keystroke. Counted, not timed: what the rules and the model are
 * given to read.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/checker/types';

const rulesRead: number[] = [];
vi.mock('../../../src/checker', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  const counted = (name: string) => {
    const fn = real[name] as ((text: string, ...rest: unknown[]) => unknown) | undefined;
    return fn ? (text: string, ...rest: unknown[]) => (rulesRead.push(typeof text === 'string' ? text.length : 0), fn(text, ...rest)) : undefined;
  };
  return { ...real, check: counted('check'), ...(real.checkSlice ? { checkSlice: counted('checkSlice') } : {}) };
});

const { evaluateDraft } = await import('../../../src/content/evaluate');
const { loadShippedModel, resolveCliSettings } = await import('../../../src/cli/check');
const { longDraft } = await import('../../../scripts/lib/long-draft');

const { settings, pack } = resolveCliSettings({}, () => {});
const real = loadShippedModel(() => {})!;
const snapshot = { settings, pack, at: 0 } as never;
const modelRead: number[] = [];
const model = {
  apply: (text: string, s: Parameters<typeof real.apply>[1], f: Finding[], c: Parameters<typeof real.apply>[3]) => {
    modelRead.push(text.length);
    return real.apply(text, s, f, c);
  },
};

/** Characters a check may read while typing, at any draft length. */
const BOUND = 2_000;

describe('the typing check on a 1 MB draft', () => {
  it('reads a bounded part of the draft at each check (the first after the paste, then keystrokes)', () => {
    const text = longDraft(1_000_000);
    const drafts = [text, text.slice(0, 400_000) + 'x' + text.slice(400_000), text + '!', text.slice(0, 10) + text.slice(11)];
    for (const d of drafts) {
      rulesRead.length = 0;
      modelRead.length = 0;
      const concerns = evaluateDraft(d, snapshot, { typing: true, model }, () => {});
      expect(Array.isArray(concerns)).toBe(true);
      expect(rulesRead.length).toBeGreaterThan(0);
      expect(Math.max(...rulesRead), 'characters the rules read').toBeLessThanOrEqual(BOUND);
      expect(Math.max(0, ...modelRead), 'characters the model was given').toBeLessThanOrEqual(BOUND);
    }
  });

  it('still shows the concerns near where the person is writing', () => {
    const text = longDraft(1_000_000);
    // An empty composer, then the paste: the caret is at its end, where the risky sentence is.
    evaluateDraft('', snapshot, { typing: true, model }, () => {});
    const concerns = evaluateDraft(text, snapshot, { typing: true, model }, () => {});
    expect(concerns.map((c) => c.ruleId)).toContain('confidential/personal-data');
    expect(concerns.find((c) => c.ruleId === 'confidential/personal-data')?.snippet?.match).toBe('14 Elm Road');
  });
});
