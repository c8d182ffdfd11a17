/**
 * The content script's checker and model cost the page no long task: the checker counts as ready
 * only once its first-use work (lexicon, word tables, compiled patterns) is done in short steps, the
 * model is read in steps after that, and a post sent before then is held and checked once they are
 * ready, never checked inside the click with that work still to do. In Node, with stand-ins for the
 * engine module, the prompt's frame and the page's UI.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Concern } from '../../../src/assess/concerns';
import type { Attempt } from '../../../src/content/intercept';
import type { Engine, Loaders } from '../../../src/content/loaders';
import type { PageSettings } from '../../../src/content/settings-state';
import { createLazy } from '../../../src/model/lazy';
import { SNAPSHOT_KEY } from '../../../src/settings/snapshot';

const FAKE_ENGINE = fileURLToPath(new URL('./fixtures/fake-engine.ts', import.meta.url));
const storageReads: string[] = [];
vi.mock('../../../src/platform/content', () => ({
  extensionUrl: (path: string) => (path.endsWith('engine.js') ? FAKE_ENGINE : `https://extension.invalid/${path}`),
  sendToBackground: async () => undefined,
  readLocal: async (key: string) => {
    storageReads.push(key);
    return undefined;
  },
  onLocalChanged: () => () => {},
}));
vi.stubGlobal('fetch', async () => ({ arrayBuffer: async () => new ArrayBuffer(12) }));
afterAll(() => {
  vi.unstubAllGlobals();
});

const { createLoaders } = await import('../../../src/content/loaders');
const { createPostHold } = await import('../../../src/content/post-hold');
const { createTypedFindings } = await import('../../../src/content/typing');
const { watchSettings } = await import('../../../src/content/settings-state');
const fake = await import('./fixtures/fake-engine');

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the checker and the model load without a long task', () => {
  it('the checker counts as ready only once its first-use work is done, and the model is read in steps after it', async () => {
    const loaders = createLoaders(() => {});
    expect(loaders.prepared.get()).toBeNull();
    const model = loaders.tone.ready();
    // The engine module is really imported (a file here): on a busy machine that takes a while.
    await vi.waitFor(() => expect(loaders.engine.status()).toBe('ready'), { timeout: 10_000 });
    await settle();
    expect(loaders.prepared.get()).toBeNull();
    // The model waits for the checker's preparation, so the two never share a task.
    expect(fake.calls).toEqual(['prepare: start']);
    fake.finishPreparing();
    expect(await model).toEqual({ name: 'fake model' });
    expect(loaders.prepared.get()).not.toBeNull();
    expect(fake.calls).toEqual(['prepare: start', 'prepare: done', 'model in steps: 12 bytes']);
  });
});

/** An engine whose every call is recorded. */
function recordingEngine(found: Concern[]) {
  const calls: string[] = [];
  const engine = {
    checksAtOnce: () => true,
    evaluateDraft: () => (calls.push('evaluateDraft'), found),
    evaluateDraftInSlices: async () => (calls.push('evaluateDraftInSlices'), found),
    defaultSnapshot: () => null,
  } as unknown as Engine;
  return { engine, calls };
}

function harness(engine: Engine, preparedNow: boolean, opts: { read?: boolean; sites?: Record<string, boolean> } = {}) {
  let release: (e: Engine) => void = () => {};
  const prepared = createLazy<Engine>(() => (preparedNow ? Promise.resolve(engine) : new Promise((resolve) => (release = resolve))));
  const loaders = { engine: createLazy(async () => engine), prepared, tone: createLazy(() => new Promise(() => {})) } as unknown as Loaders;
  if (preparedNow) prepared.get();
  const snapshot = {
    settings: { categories: {}, officialAccounts: [], requireConsentConfirmation: false, sites: opts.sites ?? {} },
    pack: { prompt: { heading: 'h', editLabel: 'e', postAnywayLabel: 'p' } },
    hasPupilNames: false,
  };
  const read = opts.read ?? true;
  const settings: PageSettings = {
    snapshot: (read ? snapshot : null) as never,
    read,
    staleShape: false,
    load: async () => {},
    ensure: async () => snapshot as never,
  };
  const shown: unknown[] = [];
  const layer = { isReady: true, open: false, ready: async () => true, show: (v: unknown) => shown.push(v), hide: () => {}, preload: () => {} };
  const hold = createPostHold({
    site: () => null,
    settings,
    lesson: () => null,
    model: () => null,
    pupils: { cached: () => [], lookup: async () => [] },
    typed: createTypedFindings(),
    loaders,
    ui: { update: () => {} } as never,
    layer: layer as never,
    gate: { awaiting: false },
    log: () => {},
  });
  const replays: number[] = [];
  const attempt = {
    composer: { site: { id: 'x', name: 'X' }, spec: { id: 'post', editor: '.e', submit: [] }, editor: {}, control: null },
    via: 'click',
    text: 'A draft with something in it',
    replay: () => (replays.push(1), true),
  } as unknown as Attempt;
  return { hold, attempt, shown, replays, release: () => release(engine), settle };
}

const concern = {
  key: 'k',
  category: 'confidential',
  ruleId: 'r',
  clause: '5.2',
  title: 't',
  explanation: 'e',
  reason: 'r',
  severity: 'serious',
  action: 'nudge',
  source: 'rule',
} as unknown as Concern;

describe('a post sent before the checker is ready', () => {
  it('is held, and checked once the checker is ready, not inside the click', async () => {
    const { engine, calls } = recordingEngine([concern]);
    const h = harness(engine, false);
    await h.settle();
    expect(h.hold(h.attempt)).toBe(true);
    await h.settle();
    expect(calls).toEqual([]);
    expect(h.replays).toEqual([]);
    h.release();
    await h.settle();
    expect(calls).toEqual(['evaluateDraftInSlices']);
    expect(h.shown).toHaveLength(1);
    expect(h.replays).toEqual([]);
  });

  it('goes at once when the ready checker has nothing to say about it', async () => {
    const { engine, calls } = recordingEngine([]);
    const h = harness(engine, true);
    await h.settle();
    expect(h.hold(h.attempt)).toBe(false);
    expect(calls).toEqual(['evaluateDraft']);
  });

  it('is checked inside the click once the checker is ready', async () => {
    const { engine, calls } = recordingEngine([concern]);
    const h = harness(engine, true);
    await h.settle();
    expect(h.hold(h.attempt)).toBe(true);
    expect(calls).toEqual(['evaluateDraft']);
    expect(h.shown).toHaveLength(1);
  });
});

describe("a post sent before the school's settings are read (they are read at the first interaction, not at load)", () => {
  it('is held and checked with them, even when the ready checker finds nothing without them', async () => {
    const { engine, calls } = recordingEngine([]);
    const h = harness(engine, true, { read: false });
    await h.settle();
    expect(h.hold(h.attempt)).toBe(true);
    expect(calls).toEqual([]);
    await h.settle();
    expect(calls).toEqual(['evaluateDraftInSlices']);
    // Nothing to say with the settings either: the post goes, once.
    expect(h.replays).toEqual([1]);
  });

  it('goes unchecked, once, when the settings say the school switched the site off', async () => {
    const { engine, calls } = recordingEngine([concern]);
    const h = harness(engine, true, { read: false, sites: { x: false } });
    await h.settle();
    expect(h.hold(h.attempt)).toBe(true);
    await h.settle();
    expect(calls).toEqual([]);
    expect(h.shown).toEqual([]);
    expect(h.replays).toEqual([1]);
  });
});

describe("the school's settings on a page", () => {
  it('are not read from storage at load, and are read once when first needed', async () => {
    storageReads.length = 0;
    const settings = watchSettings(
      createLazy(() => new Promise<never>(() => {})),
      () => {},
    );
    await settle();
    expect(storageReads).toEqual([]);
    expect(settings.read).toBe(false);
    await Promise.all([settings.load(), settings.load()]);
    expect(storageReads).toEqual([SNAPSHOT_KEY]);
    expect(settings.read).toBe(true);
  });
});

describe("the typing check's findings", () => {
  const f = [{ ruleId: 'r' }] as never;
  it('are reused for the same draft, settings, model, names and media, and for nothing else', () => {
    const typed = createTypedFindings();
    const snap = {} as never;
    typed.remember('draft', snap, null, ['Ann'], false, f);
    expect(typed.reuse('draft', snap, null, ['Ann'], false)).toBe(f);
    expect(typed.reuse('draft!', snap, null, ['Ann'], false)).toBeUndefined();
    expect(typed.reuse('draft', {} as never, null, ['Ann'], false)).toBeUndefined();
    expect(typed.reuse('draft', snap, {} as never, ['Ann'], false)).toBeUndefined();
    expect(typed.reuse('draft', snap, null, ['Bo'], false)).toBeUndefined();
    expect(typed.reuse('draft', snap, null, ['Ann'], true)).toBeUndefined();
  });
});
