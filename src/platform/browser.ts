/**
 * The one place that touches browser extension APIs (through webextension-polyfill, so the same
 * code runs in Chrome, Edge and Firefox). Everything else is pure and tested in Node; code that
 * needs the browser imports these small functions, and unit tests replace this module.
 */
import browser from 'webextension-polyfill';

export { browser };

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
