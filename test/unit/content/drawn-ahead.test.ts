/**
 * The prompt is drawn ahead, hidden, from the check ahead of sending, so that sending that draft
 * only reveals it: what is drawn ahead is exactly what the click then shows (the frame reveals a
 * drawn prompt only when the shown one is identical), a draft changed since is checked again and
 * its own prompt shown, and nothing is drawn over a prompt that is showing. In Node, with stand-ins
 * for the engine, the prompt's frame and the page's UI.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Concern } from '../../../src/assess/concerns';
import type { Finding } from '../../../src/checker/types';
import type { Attempt } from '../../../src/content/intercept';
import type { Engine, Loaders } from '../../../src/content/loaders';
import type { PageSettings } from '../../../src/content/settings-state';
import { createLazy } from '../../../src/model/lazy';

vi.mock('../../../src/platform/content', () => ({
  extensionUrl: (path: string) => `https://extension.invalid/${path}`,
  sendToBackground: async () => undefined,
  readLocal: async () => undefined,
  onLocalChanged: () => () => {},
}));

const { createPostHold } = await import('../../../src/content/post-hold');
const { createTypedFindings } = await import('../../../src/content/typing');

const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A concern named after the draft it was found in, so a prompt shows which draft it is for. */
const concernFor = (text: string) =>
  ({
    key: `k:${text}`,
    category: 'confidential',
    ruleId: 'r',
    clause: '5.2',
    title: text,
    explanation: 'e',
    reason: 'r',
    severity: 'serious',
    action: 'nudge',
    source: 'rule',
  }) as unknown as Concern;

function harness() {
  /** Each evaluateDraft: the draft, and whether it was given findings already (not checked again). */
  const evaluated: Array<{ text: string; reused: boolean }> = [];
  const engine = {
    checksAtOnce: () => true,
    evaluateDraft: (text: string, _s: unknown, _c: unknown, _l: unknown, findings?: Finding[]) => {
      evaluated.push({ text, reused: findings !== undefined });
      return [concernFor(text)];
    },
    evaluateDraftInSlices: async (text: string) => [concernFor(text)],
    defaultSnapshot: () => null,
  } as unknown as Engine;
  const prepared = createLazy<Engine>(() => Promise.resolve(engine));
  prepared.get();
  const loaders = { engine: createLazy(async () => engine), prepared, tone: createLazy(() => new Promise(() => {})) } as unknown as Loaders;
  const snapshot = {
    settings: { categories: {}, officialAccounts: [], requireConsentConfirmation: false, sites: {} },
    pack: { prompt: { heading: 'h', editLabel: 'e', postAnywayLabel: 'p' } },
    hasPupilNames: false,
  };
  const settings = { snapshot: snapshot as never, read: true, staleShape: false, load: async () => {}, ensure: async () => snapshot as never } as PageSettings;
  const drawn: unknown[] = [];
  const shown: unknown[] = [];
  const layer = {
    isReady: true,
    open: false,
    ready: async () => true,
    draw: (v: unknown) => drawn.push(v),
    show: (v: unknown) => {
      shown.push(v);
      layer.open = true;
    },
    hide: () => {
      layer.open = false;
    },
    preload: () => {},
  };
  const typed = createTypedFindings();
  const site = { id: 'x', name: 'X' };
  const hold = createPostHold({
    site: () => site as never,
    settings,
    lesson: () => null,
    model: () => null,
    pupils: { cached: () => [], lookup: async () => [] },
    typed,
    loaders,
    ui: { update: () => {} } as never,
    layer: layer as never,
    gate: { awaiting: false },
    log: () => {},
  });
  const attempt = (text: string) =>
    ({
      composer: { site, spec: { id: 'post', editor: '.e', submit: [] }, editor: {}, control: null },
      via: 'click',
      text,
      replay: () => true,
    }) as unknown as Attempt;
  /** The check ahead of sending remembering its findings for `text`, as ./typing does. */
  const checkedAhead = (text: string) => typed.remember(text, snapshot as never, null, [], false, [{ ruleId: 'r' } as Finding]);
  return { hold, attempt, checkedAhead, drawn, shown, evaluated, layer, prepared };
}

// hasMedia looks at the composer's markup: none in Node.
vi.mock('../../../src/content/dom', async (importOriginal) => ({ ...(await importOriginal<object>()), hasMedia: () => false }));

describe('the prompt drawn ahead', () => {
  it('is the one the click shows, and the click does not check the draft again', async () => {
    const h = harness();
    await h.prepared.ready();
    const text = 'Meet at 14 Elm Road';
    h.checkedAhead(text);
    expect(h.drawn, 'drawn in idle time, not in the check’s own task').toEqual([]);
    await idle();
    expect(h.drawn).toHaveLength(1);
    h.evaluated.length = 0;
    expect(h.hold(h.attempt(text))).toBe(true);
    expect(h.shown).toEqual([h.drawn[0]]);
    expect(h.evaluated).toEqual([{ text, reused: true }]);
  });

  it('a draft changed after it was drawn is checked again, and its own prompt shown', async () => {
    const h = harness();
    await h.prepared.ready();
    h.checkedAhead('Meet at 14 Elm Road');
    await idle();
    h.evaluated.length = 0;
    expect(h.hold(h.attempt('Meet at 16 Elm Road'))).toBe(true);
    expect(h.evaluated).toEqual([{ text: 'Meet at 16 Elm Road', reused: false }]);
    expect(h.shown).toHaveLength(1);
    expect(h.shown[0]).not.toEqual(h.drawn[0]);
    expect(JSON.stringify(h.shown[0])).toContain('k:Meet at 16 Elm Road');
  });

  it('only the latest check is drawn (one superseded before the page is idle is not)', async () => {
    const h = harness();
    await h.prepared.ready();
    h.checkedAhead('first draft');
    h.checkedAhead('second draft');
    await idle();
    expect(h.drawn).toHaveLength(1);
    expect(JSON.stringify(h.drawn[0])).toContain('k:second draft');
  });

  it('nothing is drawn while a prompt is showing', async () => {
    const h = harness();
    await h.prepared.ready();
    h.layer.open = true;
    h.checkedAhead('a draft');
    await idle();
    expect(h.drawn).toEqual([]);
  });
});
