/**
 * The parts of an admin policy file that install Think Twice, checked before the file goes out: a
 * wrong value here means the browser quietly installs nothing, and then no setting matters.
 *
 * What the browsers accept, as their own documentation says:
 *   - Chrome: ExtensionInstallForcelist, a list of "<extension ID>;<update URL>" strings (a bare ID
 *     installs from the Chrome Web Store, https://clients2.google.com/service/update2/crx), and
 *     ExtensionSettings, an object keyed by an extension ID (or several, separated by commas), "*"
 *     for every other extension, or "update_url:<address>". Its installation_mode is one of
 *     "allowed", "blocked", "force_installed", "normal_installed" or "removed"; force_installed and
 *     normal_installed need an update_url and a single extension, never "*"; toolbar_pin is
 *     "force_pinned" or "default_unpinned"; override_update_url is true or false. Sources: "Extension
 *     Settings Full Description" (chromium.org/administrators/policy-list-3/extension-settings-full)
 *     and Google's "Configure ExtensionSettings policy" (support.google.com/chrome/a/answer/9867568).
 *   - Edge: the same two policies and values (learn.microsoft.com/deployedge, "ExtensionSettings"
 *     and "Detailed guide to the ExtensionSettings policy"), its store's update URL
 *     https://edge.microsoft.com/extensionwebstorebase/v1/crx, and toolbar_state ("force_shown",
 *     "default_shown", "default_hidden") in place of toolbar_pin.
 *   - Firefox: policies.ExtensionSettings keyed by add-on ID or "*", installation_mode one of
 *     "allowed", "blocked", "force_installed", "normal_installed" (no "removed": "blocked" also
 *     removes it), install_url the package's address; and the older policies.Extensions with
 *     Install (addresses or paths of .xpi files), Uninstall and Locked (add-on IDs). Source:
 *     Mozilla's enterprise policy reference, "ExtensionSettings"
 *     (mozilla.github.io/enterprise-admin-reference/reference/policies/extensionsettings/).
 *     Firefox can install an add-on listed on addons.mozilla.org without install_url, but Think
 *     Twice is signed as an unlisted add-on, so its entry needs one.
 *
 * Problems stop the install and fail the check; warnings (another extension's ID, an address that
 * does not look like a package) are shown but do not; a file that installs nothing gets a note,
 * since schools often install through a second file or their console.
 */
import { hasOwn, isPlainObject, ownValue } from '../input/own';

/** The store that installs by default, and Edge's own. */
export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_ADDONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

export const CHROME_INSTALLATION_MODES = ['allowed', 'blocked', 'force_installed', 'normal_installed', 'removed'] as const;
export const FIREFOX_INSTALLATION_MODES = ['allowed', 'blocked', 'force_installed', 'normal_installed'] as const;
export const TOOLBAR_PIN = ['force_pinned', 'default_unpinned'] as const;
export const TOOLBAR_STATE = ['force_shown', 'default_shown', 'default_hidden'] as const;

/** The browser policies that install extensions: never Think Twice settings. */
export const INSTALL_POLICY_KEYS = ['ExtensionInstallForcelist', 'ExtensionSettings'] as const;
/** The fields of one ExtensionSettings entry that admins most often put among the settings by mistake. */
export const INSTALL_ENTRY_KEYS = ['installation_mode', 'update_url', 'install_url', 'toolbar_pin', 'toolbar_state'] as const;

const CHROME_ID = /^[a-p]{32}$/;
const INSTALLING = new Set(['force_installed', 'normal_installed']);

export interface InstallFinding {
  path: string;
  message: string;
}

export interface InstallCheck {
  problems: InstallFinding[];
  warnings: InstallFinding[];
  notes: string[];
}

export interface InstallContext {
  /** Which browser's policy file this is. */
  browser: 'chrome' | 'firefox';
  /** IDs that are Think Twice: the development or add-on ID, --id, and the entry holding its settings. */
  ids: readonly string[];
  /** The ID the settings were found under, when there were any. */
  settingsId?: string;
  /** The ID to show in examples (the development ID, or Firefox's add-on ID). */
  exampleId: string;
  /**
   * An ID no store lists: the development build's, fixed by the public key in manifest.json,
   * which the store build drops (the store gives the listing its own ID).
   */
  unlisted?: string;
}

/**
 * A path as the admin would look for it: dots between keys, and a key that holds a dot, a space
 * or an "@" (Firefox add-on IDs, "update_url:https://...") in ["quotes"] so the dots in it do not
 * read as nesting.
 */
export function pathOf(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number' || /^[A-Za-z0-9_*-]+$/.test(s)) out += (out ? '.' : '') + String(s);
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** A value as an error message names it: "number 1", "a list", "\"text\"". */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? v.slice(0, 77) + '...' : v);
  if (typeof v === 'number') return `number ${v}`;
  return String(v);
}

const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** The address, parsed, or null when it is not one. */
function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

const STORE_URLS = `${CHROME_WEB_STORE_UPDATE_URL} (Chrome Web Store) or ${EDGE_ADDONS_UPDATE_URL} (Edge Add-ons)`;

/** Which store an update URL is, or null for any other address. */
function storeOf(url: string | null): string | null {
  const u = (url ?? CHROME_WEB_STORE_UPDATE_URL).trim().replace(/\/+$/, '').toLowerCase();
  if (u === CHROME_WEB_STORE_UPDATE_URL) return 'the Chrome Web Store';
  if (u === EDGE_ADDONS_UPDATE_URL) return 'Edge Add-ons';
  return null;
}

/** The warning for installing the development build's ID from a store, which never lists it. */
function unlistedWarning(id: string, url: string | null): string | null {
  const store = storeOf(url);
  if (!store) return null;
  return `installs the development build's ID ("${id}") from ${store}, which does not list it: for the store build use the ID on its store page (with the settings under that ID too); for the development build, host it yourself and give your own update URL`;
}

/** Why a Chrome/Edge update URL is wrong, or null when it is a usable https address. */
function updateUrlProblem(v: unknown): string | null {
  if (typeof v !== 'string') return `must be the update address as text, e.g. ${CHROME_WEB_STORE_UPDATE_URL} (found ${describeValue(v)})`;
  const url = parseUrl(v.trim());
  if (url?.protocol !== 'https:') return `must be an update address starting https://, such as ${STORE_URLS}, or your own server's (found ${describeValue(v)})`;
  return null;
}

/** Checks ExtensionInstallForcelist and ExtensionSettings at the top of a Chrome/Edge policy file. */
export function checkChromeInstall(file: Record<string, unknown>, ctx: InstallContext): InstallCheck {
  const out: InstallCheck = { problems: [], warnings: [], notes: [] };
  const isThinkTwice = (id: string) => ctx.ids.includes(id);
  /** Entries that install some extension: [path, id]. */
  const installs: [string, string][] = [];
  const problem = (segs: (string | number)[], message: string) => out.problems.push({ path: pathOf(segs), message });

  const hasList = hasOwn(file, 'ExtensionInstallForcelist');
  if (hasList) {
    const list = file.ExtensionInstallForcelist;
    const example = `["${ctx.exampleId};${CHROME_WEB_STORE_UPDATE_URL}"]`;
    if (!Array.isArray(list)) {
      problem(['ExtensionInstallForcelist'], `must be a list of "<extension ID>;<update URL>" entries, e.g. ${example} (found ${describeValue(list)})`);
    } else {
      list.forEach((entry, i) => {
        const at = ['ExtensionInstallForcelist', i];
        if (typeof entry !== 'string') {
          problem(at, `must be text, "<extension ID>;<update URL>" (found ${describeValue(entry)})`);
          return;
        }
        const cut = entry.indexOf(';');
        const id = (cut < 0 ? entry : entry.slice(0, cut)).trim();
        const url = cut < 0 ? null : entry.slice(cut + 1).trim();
        if (!CHROME_ID.test(id)) {
          problem(
            at,
            `${describeValue(id)} is not an extension ID: an ID is 32 letters from a to p, e.g. ${ctx.exampleId}; write the entry as "<extension ID>;<update URL>"`,
          );
          return;
        }
        if (url !== null) {
          if (url === '') {
            problem(at, `has nothing after the ";": add the update URL (${CHROME_WEB_STORE_UPDATE_URL} for the Chrome Web Store), or leave out the ";"`);
            return;
          }
          const why = updateUrlProblem(url);
          if (why) {
            problem(at, `the update URL ${why}`);
            return;
          }
        }
        installs.push([pathOf(at), id]);
        const unlisted = id === ctx.unlisted ? unlistedWarning(id, url) : null;
        if (unlisted) out.warnings.push({ path: pathOf(at), message: unlisted });
      });
    }
  }

  const hasSettings = hasOwn(file, 'ExtensionSettings');
  if (hasSettings) {
    const all = file.ExtensionSettings;
    if (typeof all === 'string' && /^\s*\{/.test(all)) {
      problem(
        ['ExtensionSettings'],
        'must be an object here, not text holding JSON: Group Policy takes ExtensionSettings as one line of text, but a JSON policy file takes the object itself (remove the quotes around it and the \\ before each ")',
      );
    } else if (!isPlainObject(all)) {
      problem(
        ['ExtensionSettings'],
        `must be an object keyed by extension ID, e.g. {"${ctx.exampleId}": {"installation_mode": "force_installed", "update_url": "${CHROME_WEB_STORE_UPDATE_URL}"}} (found ${describeValue(all)})`,
      );
    } else {
      for (const key of Object.keys(all)) {
        const entry = ownValue(all, key);
        const at = ['ExtensionSettings', key];
        const ids = key.split(',').map((s) => s.trim());
        const single = key !== '*' && !key.startsWith('update_url:');
        if (single && !ids.every((id) => CHROME_ID.test(id))) {
          problem(
            at,
            `is not an extension ID, "*" or "update_url:<address>": the browser ignores this entry. An ID is 32 letters from a to p, e.g. ${ctx.exampleId}`,
          );
          continue;
        }
        if (!isPlainObject(entry)) {
          problem(
            at,
            `must be an object such as {"installation_mode": "force_installed", "update_url": "${CHROME_WEB_STORE_UPDATE_URL}"} (found ${describeValue(entry)})`,
          );
          continue;
        }
        const mode = ownValue(entry, 'installation_mode');
        const hasMode = hasOwn(entry, 'installation_mode');
        if (hasMode && (typeof mode !== 'string' || !(CHROME_INSTALLATION_MODES as readonly string[]).includes(mode))) {
          problem([...at, 'installation_mode'], `must be one of: ${oneOf(CHROME_INSTALLATION_MODES)} (found ${describeValue(mode)})`);
        } else if (typeof mode === 'string' && INSTALLING.has(mode)) {
          if (!single) {
            problem(
              [...at, 'installation_mode'],
              `"${mode}" needs one extension's ID as the key: with ${key === '*' ? '"*" (every extension)' : 'an update address'} the browser cannot tell what to install`,
            );
          } else if (!hasOwn(entry, 'update_url')) {
            problem(
              [...at, 'update_url'],
              `is required when installation_mode is "${mode}": add "update_url": "${CHROME_WEB_STORE_UPDATE_URL}" (Chrome Web Store) or "${EDGE_ADDONS_UPDATE_URL}" (Edge Add-ons)`,
            );
          } else {
            for (const id of ids) installs.push([pathOf(at), id]);
            const updateUrl = typeof entry.update_url === 'string' ? entry.update_url : '';
            const unlisted = ctx.unlisted && ids.includes(ctx.unlisted) ? unlistedWarning(ctx.unlisted, updateUrl) : null;
            if (unlisted) out.warnings.push({ path: pathOf([...at, 'update_url']), message: unlisted });
          }
        } else if (typeof mode === 'string' && (mode === 'blocked' || mode === 'removed') && ids.some(isThinkTwice)) {
          problem(
            [...at, 'installation_mode'],
            `"${mode}" stops Think Twice being installed${mode === 'removed' ? ' and takes it off machines that have it' : ''}: use "force_installed" (with an update_url) to install it on every staff machine`,
          );
        }
        if (hasOwn(entry, 'update_url')) {
          const why = updateUrlProblem(entry.update_url);
          if (why) problem([...at, 'update_url'], why);
        }
        if (hasOwn(entry, 'toolbar_pin')) {
          const pin = entry.toolbar_pin;
          if (typeof pin !== 'string' || !(TOOLBAR_PIN as readonly string[]).includes(pin))
            problem([...at, 'toolbar_pin'], `must be one of: ${oneOf(TOOLBAR_PIN)} (found ${describeValue(pin)})`);
        }
        if (hasOwn(entry, 'toolbar_state')) {
          const state = entry.toolbar_state;
          if (typeof state !== 'string' || !(TOOLBAR_STATE as readonly string[]).includes(state))
            problem([...at, 'toolbar_state'], `must be one of: ${oneOf(TOOLBAR_STATE)} (Edge only) (found ${describeValue(state)})`);
        }
        if (hasOwn(entry, 'override_update_url') && typeof entry.override_update_url !== 'boolean')
          problem([...at, 'override_update_url'], `must be true or false, not ${describeValue(entry.override_update_url)}`);
      }
    }
  }

  whoIsInstalled(
    out,
    installs,
    ctx,
    hasList || hasSettings,
    'ExtensionInstallForcelist or ExtensionSettings',
    `"ExtensionInstallForcelist": ["<ID>;<update URL>"] at the top of the file, with ${ctx.settingsId ? `the ID your settings are under ("${ctx.settingsId}")` : "Think Twice's ID"} and its store's update URL (${CHROME_WEB_STORE_UPDATE_URL} for the Chrome Web Store)`,
  );
  return out;
}

/** Checks policies.ExtensionSettings and the older policies.Extensions of a Firefox policies.json. */
export function checkFirefoxInstall(policies: Record<string, unknown>, ctx: InstallContext): InstallCheck {
  const out: InstallCheck = { problems: [], warnings: [], notes: [] };
  const isThinkTwice = (id: string) => ctx.ids.includes(id);
  const installs: [string, string][] = [];
  const problem = (segs: (string | number)[], message: string) => out.problems.push({ path: pathOf(segs), message });
  const warning = (segs: (string | number)[], message: string) => out.warnings.push({ path: pathOf(segs), message });
  let installsByFile = false;

  const hasSettings = hasOwn(policies, 'ExtensionSettings');
  if (hasSettings) {
    const all = policies.ExtensionSettings;
    const base = ['policies', 'ExtensionSettings'];
    if (!isPlainObject(all)) {
      problem(
        base,
        `must be an object keyed by add-on ID, e.g. {"${ctx.exampleId}": {"installation_mode": "force_installed", "install_url": "https://.../think-twice-firefox.xpi"}} (found ${describeValue(all)})`,
      );
    } else {
      for (const key of Object.keys(all)) {
        const entry = ownValue(all, key);
        const at = [...base, key];
        if (!isPlainObject(entry)) {
          problem(
            at,
            `must be an object such as {"installation_mode": "force_installed", "install_url": "https://.../think-twice-firefox.xpi"} (found ${describeValue(entry)})`,
          );
          continue;
        }
        const mode = ownValue(entry, 'installation_mode');
        if (hasOwn(entry, 'installation_mode') && (typeof mode !== 'string' || !(FIREFOX_INSTALLATION_MODES as readonly string[]).includes(mode))) {
          const hint = mode === 'removed' ? '; Firefox has no "removed": "blocked" also removes it' : '';
          problem([...at, 'installation_mode'], `must be one of: ${oneOf(FIREFOX_INSTALLATION_MODES)} (found ${describeValue(mode)})${hint}`);
        } else if (typeof mode === 'string' && INSTALLING.has(mode)) {
          if (key === '*') {
            problem([...at, 'installation_mode'], `"${mode}" needs one add-on's ID as the key: with "*" (every add-on) Firefox cannot tell what to install`);
          } else if (!hasOwn(entry, 'install_url') && isThinkTwice(key)) {
            problem(
              [...at, 'install_url'],
              `is required when installation_mode is "${mode}": Think Twice is not listed on addons.mozilla.org, so give the address of its signed .xpi, starting https:// or file:///`,
            );
          } else {
            installs.push([pathOf(at), key]);
          }
        } else if (mode === 'blocked' && isThinkTwice(key)) {
          problem(
            [...at, 'installation_mode'],
            `"blocked" stops Think Twice being installed and removes it: use "force_installed" (with an install_url) to install it on every staff machine`,
          );
        }
        if (hasOwn(entry, 'install_url')) {
          const v = entry.install_url;
          const url = typeof v === 'string' ? parseUrl(v.trim()) : null;
          if (typeof v !== 'string') problem([...at, 'install_url'], `must be the package's address as text (found ${describeValue(v)})`);
          else if (!url || (url.protocol !== 'https:' && url.protocol !== 'file:'))
            problem([...at, 'install_url'], `must be the address of the .xpi, starting https:// or file:/// (found ${describeValue(v)})`);
          else if (!url.pathname.toLowerCase().endsWith('.xpi'))
            warning([...at, 'install_url'], `does not end in .xpi: check that it is the address of the signed Firefox package itself, not a page about it`);
        }
      }
    }
  }

  // The older policy: Install takes addresses or paths, so it names no add-on ID to match.
  const hasLegacy = hasOwn(policies, 'Extensions');
  if (hasLegacy) {
    const legacy = policies.Extensions;
    const base = ['policies', 'Extensions'];
    if (!isPlainObject(legacy)) {
      problem(base, `must be an object with "Install", "Uninstall" or "Locked" lists (found ${describeValue(legacy)})`);
    } else {
      if (hasOwn(legacy, 'Install')) {
        const list = legacy.Install;
        if (!Array.isArray(list)) problem([...base, 'Install'], `must be a list of .xpi addresses or paths (found ${describeValue(list)})`);
        else
          list.forEach((item, i) => {
            const at = [...base, 'Install', i];
            if (typeof item !== 'string' || item.trim() === '') {
              problem(at, `must be the address or path of a .xpi file (found ${describeValue(item)})`);
              return;
            }
            const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(item) ? parseUrl(item.trim()) : null;
            if (url && url.protocol !== 'https:' && url.protocol !== 'file:')
              problem(at, `must be an address starting https:// or file:///, or a path on the machine (found ${describeValue(item)})`);
            else installsByFile = true;
          });
      }
      if (hasOwn(legacy, 'Uninstall')) {
        const list = legacy.Uninstall;
        if (!Array.isArray(list)) problem([...base, 'Uninstall'], `must be a list of add-on IDs (found ${describeValue(list)})`);
        else
          list.forEach((item, i) => {
            if (typeof item !== 'string') problem([...base, 'Uninstall', i], `must be an add-on ID as text (found ${describeValue(item)})`);
            else if (isThinkTwice(item)) problem([...base, 'Uninstall', i], `removes Think Twice from every machine: take "${item}" out of this list`);
          });
      }
      if (hasOwn(legacy, 'Locked')) {
        const list = legacy.Locked;
        if (!Array.isArray(list)) problem([...base, 'Locked'], `must be a list of add-on IDs (found ${describeValue(list)})`);
        else
          list.forEach((item, i) => {
            if (typeof item !== 'string') problem([...base, 'Locked', i], `must be an add-on ID as text (found ${describeValue(item)})`);
          });
      }
    }
  }

  // An .xpi named in Extensions.Install may well be Think Twice: nothing to say about the IDs then.
  if (!installsByFile || installs.some(([, id]) => isThinkTwice(id)))
    whoIsInstalled(
      out,
      installs,
      ctx,
      hasSettings || hasLegacy,
      'policies.ExtensionSettings',
      `"ExtensionSettings": {"${ctx.exampleId}": {"installation_mode": "force_installed", "install_url": "https://.../think-twice-firefox.xpi"}} inside "policies"`,
    );
  return out;
}

/**
 * Whether some entry installs Think Twice. When entries install only other extensions, each gets a
 * warning (a store ID typed wrongly, or the settings under one ID and the install under another,
 * leave staff without Think Twice); when nothing installs anything, a note.
 */
function whoIsInstalled(out: InstallCheck, installs: [string, string][], ctx: InstallContext, hadEntries: boolean, where: string, example: string): void {
  if (installs.some(([, id]) => ctx.ids.includes(id))) return;
  if (installs.length === 0) {
    // Entries that failed the checks above have said so already.
    if (out.problems.length) return;
    out.notes.push(
      `${hadEntries ? 'Nothing in this file installs Think Twice' : `This file sets Think Twice's settings but does not install it (no ${where})`}. That is fine if it is installed another way (a second policy file, or your console's force-install list); otherwise add ${example}.`,
    );
    return;
  }
  const kind = ctx.browser === 'firefox' ? 'add-on' : 'extension';
  for (const [path, id] of installs) {
    const message = ctx.settingsId
      ? `this entry installs a different ${kind} ("${id}"): the Think Twice settings in this file are under "${ctx.settingsId}", and the two IDs must match for staff to get them`
      : `this entry installs a different ${kind} ("${id}"), not Think Twice (${ctx.exampleId}); if "${id}" is your store's ID for Think Twice, run the check with --id ${id}`;
    out.warnings.push({ path, message });
  }
}
