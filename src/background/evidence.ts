/**
 * Recording evidence (policy 8.2) from the worker: a screenshot of the visible tab with its
 * address, title and the time, saved to IndexedDB on this device (src/evidence/store.ts).
 *
 * Permissions: `activeTab`, granted by the staff member's own click on the toolbar button or on
 * the context-menu item, allows tabs.captureVisibleTab for that tab and shows its url and title;
 * no host permissions are needed. `contextMenus` for "Record evidence of this page".
 */
import { extensionUrl, openTab, type Menus, type Tabs } from '../platform/browser';
import { activeTab, captureVisibleTab, replaceContextMenuItem } from '../platform/worker';
import { addRecord } from '../evidence/store';
import { evidenceRecordSchema, type EvidenceRecord } from '../evidence/record';
import type { RecordEvidenceResult } from '../messages';
import { EVIDENCE_PAGE_PATH } from '../evidence/page';
import { t } from '../ui/i18n';

export const EVIDENCE_MENU_ID = 'think-twice-record-evidence';
export type RecordResult = RecordEvidenceResult;

// Sentences for the staff member, in their language (src/ui/i18n.ts).
const NOT_A_WEB_PAGE = () => t('evErrNotWebPage');
const NO_ACCESS = () => t('evErrNoAccess');
const NOT_VISIBLE = () => t('evErrNotVisible');
const CAPTURE_FAILED = () => t('evErrCaptureFailed');
const SAVE_FAILED = () => t('evErrSaveFailed');

const fail = (error: () => string): RecordResult => ({ ok: false, error: error() });

/**
 * Takes a screenshot of `tab` (which must be the visible tab of its window) and saves a record.
 * Never throws: failures come back as a sentence for the staff member.
 */
export async function captureEvidence(tab: Tabs.Tab | undefined, note = ''): Promise<RecordResult> {
  try {
    if (!tab || tab.id === undefined || tab.windowId === undefined) return fail(NO_ACCESS);
    const url = tab.url ?? tab.pendingUrl ?? '';
    // Without activeTab for this tab, Chrome hides its address.
    if (!url) return fail(NO_ACCESS);
    if (!/^https?:\/\//i.test(url)) return fail(NOT_A_WEB_PAGE);
    // captureVisibleTab shoots whatever is on screen in the window: make sure that is this tab,
    // so a record never pairs one page's address with another page's picture.
    if (!(await isVisible(tab))) return fail(NOT_VISIBLE);
    let screenshot: string;
    try {
      screenshot = await captureVisibleTab(tab.windowId);
    } catch (err) {
      const message = String((err as Error)?.message ?? err);
      console.warn('[Think Twice] captureVisibleTab:', message);
      if (/activeTab|all_urls|permission/i.test(message)) return fail(NO_ACCESS);
      if (/chrome:|chrome-extension:|edge:|extensions gallery|web store/i.test(message)) return fail(NOT_A_WEB_PAGE);
      return fail(CAPTURE_FAILED);
    }
    if (!(await isVisible(tab))) return fail(NOT_VISIBLE);
    const record: EvidenceRecord = {
      id: crypto.randomUUID(),
      url,
      title: (tab.title ?? '').slice(0, 2000),
      capturedAt: new Date().toISOString(),
      note: note.trim().slice(0, 20_000),
      screenshot,
    };
    const valid = evidenceRecordSchema.safeParse(record);
    if (!valid.success) return fail(CAPTURE_FAILED);
    try {
      await addRecord(valid.data);
    } catch (err) {
      console.warn('[Think Twice] saving evidence:', err);
      return fail(SAVE_FAILED);
    }
    return { ok: true, id: record.id };
  } catch (err) {
    console.warn('[Think Twice] recording evidence:', err);
    return fail(CAPTURE_FAILED);
  }
}

async function isVisible(tab: Tabs.Tab): Promise<boolean> {
  return (await activeTab(tab.windowId))?.id === tab.id;
}

/** The popup's "Record this page": the active tab of the window the popup belongs to. */
export async function captureActiveTab(note?: string): Promise<RecordResult> {
  try {
    return await captureEvidence(await activeTab(), note);
  } catch (err) {
    console.warn('[Think Twice] recording evidence:', err);
    return fail(CAPTURE_FAILED);
  }
}

/** Creates the context-menu item (on install and update; a second create of the same id is harmless). */
export function registerEvidenceMenu(): void {
  replaceContextMenuItem({ id: EVIDENCE_MENU_ID, title: t('evMenuItem'), contexts: ['page', 'selection', 'image', 'link'] });
}

/** What was right-clicked, as the start of the note: the selected text, the link or the image address. */
export function noteFromClick(info: Menus.OnClickData): string {
  const lines: string[] = [];
  if (info.selectionText) lines.push(`Selected text: “${info.selectionText.slice(0, 5000)}”`);
  if (info.linkUrl) lines.push(`Link: ${info.linkUrl}`);
  if (info.srcUrl && info.mediaType === 'image') lines.push(`Image: ${info.srcUrl}`);
  return lines.join('\n');
}

/**
 * The context-menu click: record the tab it came from, then open the Evidence page at the new
 * record (or with the reason it failed), since the worker has no other way to show a result.
 */
export async function onEvidenceMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== EVIDENCE_MENU_ID) return;
  const result = await captureEvidence(tab, noteFromClick(info));
  const page = extensionUrl(EVIDENCE_PAGE_PATH);
  const url = result.ok ? `${page}#record-${encodeURIComponent(result.id)}` : `${page}?failed=${encodeURIComponent(result.error)}`;
  try {
    await openTab(url, tab?.index !== undefined ? tab.index + 1 : undefined);
  } catch (err) {
    console.warn('[Think Twice] opening the Evidence page:', err);
  }
}
