/**
 * The browser extension APIs the extension's pages (popup, options, policy, evidence) and its
 * worker share, through webextension-polyfill so the same code runs in Chrome, Edge and Firefox.
 * The worker's own APIs (alarms, badge, tabs, context menus, scripting) are in ./worker.ts, the
 * content script's in ./content.ts. Everything outside src/platform/ calls these named functions,
 * never `browser.*` or `chrome.*` (test/unit/platform/layers.test.ts), so the rest is plain code
 * tested in Node; unit tests replace the polyfill (test/unit/fake-browser.ts).
 */
import browser from 'webextension-polyfill';

/** The polyfill's types, for code that passes browser objects along without calling the API. */
export type { Menus, Runtime, Tabs } from 'webextension-polyfill';

export const STAFF_SETTINGS_KEY = 'settings';

/**
 * The admin's managed policy. Chrome returns {} when no policy is set; Firefox throws when the
 * extension has no managed storage manifest. Either way: no admin settings.
 */
export async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

/**
 * The staff member's own choices, in storage.local. Deliberately not storage.sync: sync copies
 * data to the browser vendor's servers, and nothing about a staff member should leave the device.
 */
export async function readStaff(): Promise<unknown> {
  try {
    const got = await browser.storage.local.get(STAFF_SETTINGS_KEY);
    return got[STAFF_SETTINGS_KEY] ?? {};
  } catch {
    return {};
  }
}

export async function writeStaff(value: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [STAFF_SETTINGS_KEY]: value });
}

/** Calls `fn` when the admin's policy or the staff member's settings change. Returns an unsubscribe. */
export function onSettingsChanged(fn: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && STAFF_SETTINGS_KEY in changes)) fn();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/**
 * The origin the extension's own pages load at. Not the origin of extensionUrl() for a
 * web-accessible resource behind a dynamic URL (Chromium serves the page at the extension's fixed
 * origin), so a message meant for one of its frames is addressed here.
 */
export function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

/** This extension's id (a message's sender.id is compared with it). */
export function extensionId(): string {
  return browser.runtime.id;
}

/** Whether `url` is one of the extension's own pages. */
export function isExtensionPageUrl(url: string | undefined): boolean {
  return !!url?.startsWith(browser.runtime.getURL(''));
}

/** The options page's address, from the manifest. */
export function optionsPageUrl(): string {
  return browser.runtime.getURL(browser.runtime.getManifest().options_ui?.page ?? 'src/ui/options/index.html');
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** Opens `url` in a new tab (at `index` in its window when given). */
export async function openTab(url: string, index?: number): Promise<void> {
  await browser.tabs.create({ url, ...(index !== undefined ? { index } : {}) });
}

/** Host origins granted at run time through the optional host permission (not the manifest's own content-script matches). */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const builtIn = new Set(browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? []);
  return (all.origins ?? []).filter((o) => !builtIn.has(o) && o !== 'https://*/*');
}

/** Asks the staff member for `origin` (the browser shows its own prompt). Resolves whether it was granted. */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] });
}

export async function removeOrigin(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [origin] });
}

/**
 * storage.local as it is: these reject when the browser cannot read or write (the worker's
 * read-modify-writes must see a failure; readLocal below, which reads undefined instead, is for
 * pages that fall back quietly).
 */
export async function getLocalItems(keys: string | string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get(keys);
}

export async function setLocalItems(items: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(items);
}

export async function removeLocalItems(keys: string | string[]): Promise<void> {
  await browser.storage.local.remove(keys);
}

export async function readLocal<T>(key: string): Promise<T | undefined> {
  try {
    const got = await browser.storage.local.get(key);
    return got[key] as T | undefined;
  } catch {
    return undefined;
  }
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

/** Calls `fn` with the new value whenever `key` in storage.local changes. */
export function onLocalChanged<T>(key: string, fn: (value: T | undefined) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && key in changes) fn(changes[key]!.newValue as T | undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Sends a message to the background worker; resolves undefined if it cannot be delivered. */
export async function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
