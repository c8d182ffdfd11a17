/**
 * The browser APIs the content script uses, called natively (Firefox's promise-based `browser`,
 * or Chrome's `chrome`, whose MV3 APIs return promises too) rather than through
 * webextension-polyfill: the content script runs on every page of every supported site, and the
 * polyfill's set-up (copying every API into a wrapper) was a measurable part of each page load.
 * The extension's pages and worker use src/platform/browser.ts. Same contracts as there: reads
 * resolve undefined and sends resolve undefined when they cannot be done; nothing throws.
 */
interface NativeApi {
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

function api(): NativeApi {
  const g = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  const found = g.browser?.runtime ? g.browser : g.chrome;
  if (!found?.runtime) throw new Error('Think Twice: no extension API in this context');
  return found;
}

export function extensionUrl(path: string): string {
  return api().runtime.getURL(path);
}

/** The origin the extension's own pages load at (see src/platform/browser.ts extensionOrigin). */
export function extensionOrigin(): string {
  return new URL(api().runtime.getURL('/')).origin;
}

export async function readLocal<T>(key: string): Promise<T | undefined> {
  try {
    const got = await api().storage.local.get(key);
    return got[key] as T | undefined;
  } catch {
    return undefined;
  }
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await api().storage.local.set({ [key]: value });
}

/** Calls `fn` with the new value whenever `key` in storage.local changes. */
export function onLocalChanged<T>(key: string, fn: (value: T | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) fn(changes[key]!.newValue as T | undefined);
  };
  api().storage.onChanged.addListener(listener);
  return () => api().storage.onChanged.removeListener(listener);
}

/** Sends a message to the background worker; resolves undefined if it cannot be delivered. */
export async function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return await api().runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
