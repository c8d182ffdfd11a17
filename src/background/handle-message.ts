/**
 * The worker's answers to messages from content scripts and the extension's pages: validated on
 * receipt (src/messages.ts), and only from this extension's own contexts.
 */
import { extensionId, extensionUrl, getLocalItems, isExtensionPageUrl, openOptionsPage, openTab, type Runtime } from '../platform/browser';
import { publishSnapshot } from './settings';
import { toBackgroundSchema } from '../messages';
import { clauseLink, POLICY_PAGE_PATH } from '../policy/links';
import { SNAPSHOT_KEY } from '../settings/snapshot';
import { captureActiveTab } from './evidence';
import { matchPupils } from './pupils';
import { addNote, clearNotes, clearDeviceProblem } from './storage';

/** The extension's own pages (popup, options), never a content script on a web page. */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return !sender.tab && isExtensionPageUrl(sender.url);
}

export async function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  // Only our own content scripts and pages may ask anything of the worker.
  if (sender.id !== extensionId()) return undefined;
  const parsed = toBackgroundSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'open-policy': {
      const got = await getLocalItems(SNAPSHOT_KEY);
      const policyUrl = (got[SNAPSHOT_KEY] as { settings?: { policyUrl?: unknown } } | undefined)?.settings?.policyUrl;
      const url = clauseLink(msg.clause || '1', typeof policyUrl === 'string' ? policyUrl : '', extensionUrl(POLICY_PAGE_PATH));
      await openTab(url);
      return true;
    }
    case 'refresh-lesson':
    case 'refresh-settings':
      await publishSnapshot();
      return true;
    case 'open-options':
      await openOptionsPage();
      return true;
    case 'record-evidence':
      if (!fromOwnPage(sender)) return { ok: false, error: 'Not allowed.' };
      return captureActiveTab(msg.note);
    case 'match-pupils':
      return matchPupils(msg.text);
    case 'add-note':
      await addNote(msg.note);
      return true;
    case 'clear-notes':
      if (!fromOwnPage(sender)) return false;
      await clearNotes();
      return true;
    case 'dismiss-device-problem':
      if (!fromOwnPage(sender)) return false;
      await clearDeviceProblem(msg.id);
      return true;
  }
}
