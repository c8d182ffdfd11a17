// Entry file names must differ across entries: @crxjs/vite-plugin 2.7 with Vite 8 gave the worker the
// content script's chunk when both were called index.ts (seen 2026-11-24).
/**
 * The background service worker: resolves settings (and re-resolves the moment the admin's
 * policy or the staff member's choices change), answers messages from content scripts, and
 * (lesson-time issue) keeps the toolbar badge in step with the timetable.
 *
 * Listeners are registered synchronously at the top level so a sleeping worker wakes for them.
 */
import { browser, onSettingsChanged } from '../platform/browser';
import { publishSnapshot } from './settings';
import { toBackgroundSchema } from '../messages';
import { clauseLink, POLICY_PAGE_PATH } from '../policy/links';
import { SNAPSHOT_KEY, type SettingsSnapshot } from '../settings/snapshot';
import { LESSON_ALARM } from './lesson';
import { syncGrantedSites } from './granted-sites';
import { captureActiveTab, onEvidenceMenuClick, registerEvidenceMenu } from './evidence';

browser.runtime.onInstalled.addListener(() => void publishSnapshot());
browser.permissions.onAdded.addListener(() => void syncGrantedSites().catch((e) => console.warn('[Think Twice]', e)));
browser.permissions.onRemoved.addListener(() => void syncGrantedSites().catch((e) => console.warn('[Think Twice]', e)));
browser.runtime.onStartup.addListener(() => void publishSnapshot());
// Evidence (8.2): the context-menu item, and what its click does.
browser.runtime.onInstalled.addListener(() => registerEvidenceMenu());
browser.runtime.onStartup.addListener(() => registerEvidenceMenu());
browser.contextMenus.onClicked.addListener((info, tab) => void onEvidenceMenuClick(info, tab));
onSettingsChanged(() => void publishSnapshot());
// At each lesson-time boundary: recompute the badge and schedule the next alarm.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === LESSON_ALARM) void publishSnapshot();
});

browser.runtime.onMessage.addListener(async (raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask anything of the worker.
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = toBackgroundSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'open-policy': {
      const got = await browser.storage.local.get(SNAPSHOT_KEY);
      const snap = got[SNAPSHOT_KEY] as SettingsSnapshot | undefined;
      const url = clauseLink(msg.clause || '1', snap?.settings.policyUrl ?? '', browser.runtime.getURL(POLICY_PAGE_PATH));
      await browser.tabs.create({ url });
      return true;
    }
    case 'refresh-lesson':
    case 'refresh-settings':
      await publishSnapshot();
      return true;
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return true;
    case 'record-evidence': {
      // Only the extension's own pages (the popup), never a content script on a web page.
      if (sender.tab || !sender.url?.startsWith(browser.runtime.getURL(''))) return { ok: false, error: 'Not allowed.' };
      return captureActiveTab(msg.note);
    }
  }
});

// A worker that starts for any other reason (e.g. after sleeping) refreshes the snapshot too.
void publishSnapshot();
