/**
 * The browser extension APIs only the background worker uses (through webextension-polyfill, as
 * ./browser.ts): its event listeners, alarms, the toolbar button, tabs, the context menu and
 * run-time content-script registration. src/background/ calls these named functions and never the
 * API itself (test/unit/platform/layers.test.ts).
 */
import browser from 'webextension-polyfill';
import type { Menus, Runtime, Tabs } from 'webextension-polyfill';

/**
 * The worker's events. Each must be registered synchronously at the worker's top level, so that a
 * sleeping worker is woken for it.
 */
export const workerEvents = {
  onInstalled: (fn: () => void) => browser.runtime.onInstalled.addListener(() => fn()),
  onStartup: (fn: () => void) => browser.runtime.onStartup.addListener(() => fn()),
  onPermissionsChanged: (fn: () => void) => {
    browser.permissions.onAdded.addListener(() => fn());
    browser.permissions.onRemoved.addListener(() => fn());
  },
  onMenuClicked: (fn: (info: Menus.OnClickData, tab: Tabs.Tab | undefined) => void) => browser.contextMenus.onClicked.addListener(fn),
  onAlarm: (fn: (name: string) => void) => browser.alarms.onAlarm.addListener((alarm) => fn(alarm.name)),
  onMessage: (fn: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>) =>
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => fn(message, sender)),
};

/** Sets (or replaces) the alarm `name` at `when` (epoch milliseconds) or every `periodInMinutes`. */
export function createAlarm(name: string, at: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): void {
  browser.alarms.create(name, at);
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

export async function hasAlarm(name: string): Promise<boolean> {
  return !!(await browser.alarms.get(name));
}

/** The toolbar button: its badge text (empty for none), badge colour and tooltip. */
export async function setToolbarButton(badge: { text: string; colour: string; title: string }): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.colour });
  await browser.action.setTitle({ title: badge.title });
}

/** The active tab of the window `windowId`, or of the current window. */
export async function activeTab(windowId?: number): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
  return tab;
}

/** A JPEG of what window `windowId` shows (needs activeTab for its tab); rejects as the browser does. */
export function captureVisibleTab(windowId: number): Promise<string> {
  return browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 80 });
}

/** Creates the context-menu item `id`, replacing one of the same id. Never throws (a failure is logged). */
export function replaceContextMenuItem(item: { id: string; title: string; contexts: Menus.ContextType[] }): void {
  browser.contextMenus
    .remove(item.id)
    .catch(() => undefined)
    .finally(() => {
      try {
        // Reading lastError in the callback keeps Chrome from logging "Unchecked runtime.lastError"
        // when the item already exists.
        browser.contextMenus.create(item, () => void (globalThis as { chrome?: typeof chrome }).chrome?.runtime?.lastError);
      } catch (err) {
        console.warn('[Think Twice] context menu:', err);
      }
    });
}

/**
 * Makes the content script registered at run time under `id` match `origins` exactly (none: not
 * registered), running `js` at document start and kept across browser restarts.
 */
export async function registerContentScript(id: string, origins: string[], js: string): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([{ id, matches: origins, js: [js], runAt: 'document_start', persistAcrossSessions: true }]);
}
