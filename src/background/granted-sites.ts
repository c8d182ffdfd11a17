/**
 * Sites beyond the built-in list (Mastodon runs on thousands of hosts): when the staff member
 * grants Think Twice a host through the options page (an optional host permission), the worker
 * registers the content script there, the same self-contained script the manifest lists (see
 * src/content/bundle-paths.ts). The adapter recognises Mastodon by its markup.
 */
import { browser } from '../platform/browser';
import { CONTENT_SCRIPT } from '../content/bundle-paths';

const SCRIPT_ID = 'think-twice-granted-sites';

/** Origins granted at run time (not the manifest's own content-script matches). */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const builtIn = new Set(browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? []);
  return (all.origins ?? []).filter((o) => !builtIn.has(o) && o !== 'https://*/*');
}

/** Makes the registered content scripts match the granted origins exactly. */
export async function syncGrantedSites(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: origins, js: [CONTENT_SCRIPT], runAt: 'document_start', persistAcrossSessions: true },
  ]);
}
