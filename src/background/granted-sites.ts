/**
 * Sites beyond the built-in list (Mastodon runs on thousands of hosts): when the staff member
 * grants Think Twice a host through the options page (an optional host permission), the worker
 * registers the content script there, the same self-contained script the manifest lists (see
 * src/bundle-paths.ts). The adapter recognises Mastodon by its markup.
 */
import { grantedOrigins } from '../platform/browser';
import { registerContentScript } from '../platform/worker';
import { CONTENT_SCRIPT } from '../bundle-paths';

const SCRIPT_ID = 'think-twice-granted-sites';

/** Makes the registered content scripts match the granted origins exactly. */
export async function syncGrantedSites(): Promise<void> {
  await registerContentScript(SCRIPT_ID, await grantedOrigins(), CONTENT_SCRIPT);
}
