/**
 * A fake of the extension APIs the worker and pages use (through webextension-polyfill), for unit
 * tests in Node. storage.local answers asynchronously, after a (settable) delay, like the real one,
 * so two read-modify-writes can interleave as they do between tabs; it can be made to fail (a quota).
 *
 *   vi.mock('webextension-polyfill', async () => ({ default: (await import('../fake-browser')).fakeBrowser }));
 *
 * Everything stored is copied in and out (structuredClone), as the real storage serialises it.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
import type { Runtime } from 'webextension-polyfill';

type Sender = { id?: string; tab?: { id: number }; url?: string };
type Handler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>;

export const EXTENSION_ID = 'test-extension';

export interface FakeStorageOptions {
  /** Milliseconds each storage call takes (default 1). */
  delayMs?: number;
  /** Makes set() reject: return an Error to throw for these items, or undefined to store them. */
  failSet?: (items: Record<string, unknown>) => Error | undefined;
}

function createFake() {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const alarms = new Map<string, { name: string; periodInMinutes?: number }>();
  let opts: FakeStorageOptions = {};
  const wait = () => new Promise((r) => setTimeout(r, opts.delayMs ?? 1));
  const keysOf = (keys: unknown): string[] | null =>
    keys === null || keys === undefined ? null : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys as object);
  const fire = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length) for (const l of listeners) l(structuredClone(changes), 'local');
  };
  /** What runtime.sendMessage delivers to (the worker's onMessage listener), and as whom. */
  let onMessage: Handler | null = null;
  let sender: Sender = { id: EXTENSION_ID, tab: { id: 1 } };

  const fake = {
    storage: {
      local: {
        async get(keys?: unknown) {
          await wait();
          const want = keysOf(keys) ?? [...data.keys()];
          const out: Record<string, unknown> = {};
          for (const k of want) if (data.has(k)) out[k] = structuredClone(data.get(k));
          return out;
        },
        async set(items: Record<string, unknown>) {
          await wait();
          const err = opts.failSet?.(items);
          if (err) throw err;
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(items)) {
            changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
            data.set(k, structuredClone(v));
          }
          fire(changes);
        },
        async remove(keys: string | string[]) {
          await wait();
          const changes: Record<string, { oldValue?: unknown }> = {};
          for (const k of keysOf(keys) ?? []) {
            if (data.has(k)) changes[k] = { oldValue: data.get(k) };
            data.delete(k);
          }
          fire(changes);
        },
      },
      managed: { get: async () => ({}) },
      onChanged: {
        addListener: (l: Listener) => void listeners.add(l),
        removeListener: (l: Listener) => void listeners.delete(l),
      },
    },
    runtime: {
      id: EXTENSION_ID,
      getURL: (p: string) => `chrome-extension://${EXTENSION_ID}/${p}`,
      async sendMessage(message: unknown) {
        if (!onMessage) throw new Error('Could not establish connection. Receiving end does not exist.');
        // Messages are serialised on the way, as between real contexts.
        return structuredClone(await onMessage(structuredClone(message), sender as Runtime.MessageSender));
      },
      openOptionsPage: async () => undefined,
    },
    alarms: {
      get: async (name: string) => alarms.get(name),
      create: (name: string, info: { periodInMinutes?: number }) => void alarms.set(name, { name, ...info }),
      clear: async (name: string) => alarms.delete(name),
      onAlarm: { addListener: () => undefined },
    },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    tabs: { create: async () => ({}), query: async () => [] },
    contextMenus: {},

    // ---- test controls ----
    /** Empties storage and alarms, and sets the options (delay, failures). */
    reset(o: FakeStorageOptions = {}) {
      data.clear();
      alarms.clear();
      opts = o;
      onMessage = null;
      sender = { id: EXTENSION_ID, tab: { id: 1 } };
    },
    setOptions(o: FakeStorageOptions) {
      opts = o;
    },
    /** Stored values, directly (no delay, no events). */
    data,
    alarmsSet: alarms,
    /** Routes runtime.sendMessage to `handler` (the worker), as `from`. */
    deliverTo(handler: Handler, from: Sender = { id: EXTENSION_ID, tab: { id: 1 } }) {
      onMessage = handler;
      sender = from;
    },
    /** Sends as `from` for the duration of `fn` (another tab, the options page, another extension). */
    async as<T>(from: Sender, fn: () => Promise<T>): Promise<T> {
      const was = sender;
      sender = from;
      try {
        return await fn();
      } finally {
        sender = was;
      }
    },
  };
  return fake;
}

export const fakeBrowser = createFake();
