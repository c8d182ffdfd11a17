// Entry file names must differ across entries: @crxjs/vite-plugin 2.7 with Vite 8 gave the worker the
// content script's chunk when both were called index.ts (seen 2026-11-24).
/**
 * The background service worker: brings stored data up to date, resolves settings (and
 * re-resolves the moment the admin's policy or the staff member's choices change), answers
 * messages from content scripts (src/background/handle-message.ts), and keeps the toolbar badge in
 * step with the timetable.
 *
 * Listeners are registered synchronously at the top level so a sleeping worker wakes for them.
 */
import { onSettingsChanged } from '../platform/browser';
import { workerEvents } from '../platform/worker';
import { publishSnapshot } from './settings';
import { LESSON_ALARM } from './lesson';
import { syncGrantedSites } from './granted-sites';
import { onEvidenceMenuClick, registerEvidenceMenu } from './evidence';
import { handleMessage } from './handle-message';
import { migrateStorage } from './migrate';
import { HOUSEKEEPING_ALARM, pruneNotes, scheduleHousekeeping } from './storage';

const warn = (err: unknown) => console.warn('[Think Twice]', err);

/** Stored data brought up to date first, then the snapshot published from it. Never rejects. */
function startUp(): void {
  void migrateStorage()
    .then(() => publishSnapshot())
    .catch(warn);
  void scheduleHousekeeping();
}

workerEvents.onInstalled(() => startUp());
workerEvents.onPermissionsChanged(() => void syncGrantedSites().catch(warn));
workerEvents.onStartup(() => startUp());
// Evidence (8.2): the context-menu item, and what its click does.
workerEvents.onInstalled(() => registerEvidenceMenu());
workerEvents.onStartup(() => registerEvidenceMenu());
workerEvents.onMenuClicked((info, tab) => void onEvidenceMenuClick(info, tab));
onSettingsChanged(() => void publishSnapshot());
workerEvents.onAlarm((name) => {
  // At each lesson-time boundary: recompute the badge and schedule the next alarm.
  if (name === LESSON_ALARM) void publishSnapshot();
  // Once a day: expired "Not a concern" notes go.
  if (name === HOUSEKEEPING_ALARM) void pruneNotes().catch(warn);
});

workerEvents.onMessage((raw, sender) => handleMessage(raw, sender));

// A worker that starts for any other reason (e.g. after sleeping) does the same.
startUp();
