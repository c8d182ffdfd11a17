/**
 * Several tabs write notes at once: storage.local has no transactions, so a read-modify-write in
 * each tab would keep only the last. Every write goes through the worker, one at a time.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser')).fakeBrowser }));

const { fakeBrowser, EXTENSION_ID } = await import('../fake-browser');
// The content script calls the browser's own API (src/platform/content.ts), not the polyfill.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { recordNotConcern } = await import('../../../src/content/feedback');
const { handleMessage } = await import('../../../src/background/handle-message');
const { FEEDBACK_KEY } = await import('../../../src/storage/notes');
type Concern = import('../../../src/assess/concerns').Concern;

const concern = (ruleId: string): Concern => ({
  key: `${ruleId}@0`,
  category: 'offensive',
  ruleId,
  clause: '5.1',
  title: 'Offensive',
  explanation: '',
  reason: '',
  severity: 'warning',
  action: 'nudge',
  snippet: null,
  source: 'rule',
});

beforeEach(() => {
  // Storage slow enough that every tab reads before any writes.
  fakeBrowser.reset({ delayMs: 5 });
  fakeBrowser.deliverTo(handleMessage);
});

describe('notes written from several tabs at once', () => {
  it('two tabs writing notes at once lose nothing', async () => {
    await Promise.all([recordNotConcern(concern('offensive/one'), 'x'), recordNotConcern(concern('offensive/two'), 'facebook')]);
    const notes = fakeBrowser.data.get(FEEDBACK_KEY) as Array<{ ruleId: string }>;
    expect(notes.map((n) => n.ruleId).sort()).toEqual(['offensive/one', 'offensive/two']);
  });

  it('twenty notes from many tabs at once are all kept', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordNotConcern(concern(`offensive/r${i}`), 'x')));
    expect((fakeBrowser.data.get(FEEDBACK_KEY) as unknown[]).length).toBe(20);
  });

  it('a failed write does not stop the writes queued after it', async () => {
    let fails = 1;
    fakeBrowser.setOptions({ delayMs: 5, failSet: () => (fails-- > 0 ? new Error('IO error') : undefined) });
    const results = await Promise.allSettled([
      handleMessage({ type: 'add-note', note: { site: 'x', ruleId: 'offensive/one', category: 'offensive', clause: '5.1', source: 'rule' } }, {
        id: EXTENSION_ID,
        tab: { id: 1 },
      } as never),
      handleMessage({ type: 'add-note', note: { site: 'x', ruleId: 'offensive/two', category: 'offensive', clause: '5.1', source: 'rule' } }, {
        id: EXTENSION_ID,
        tab: { id: 2 },
      } as never),
    ]);
    expect(results[0]!.status).toBe('rejected');
    expect(results[1]).toEqual({ status: 'fulfilled', value: true });
    expect((fakeBrowser.data.get(FEEDBACK_KEY) as Array<{ ruleId: string }>).map((n) => n.ruleId)).toEqual(['offensive/two']);
  });
});
