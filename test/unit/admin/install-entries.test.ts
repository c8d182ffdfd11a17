/**
 * validate-config's checks of the entries that install Think Twice (src/cli/install-entries.ts):
 * Chrome/Edge ExtensionInstallForcelist and ExtensionSettings, Firefox ExtensionSettings and the
 * older Extensions policy, and install keys put where the browser never reads them. Each problem
 * by its path from the top of the file; another extension's ID a warning; no install entry a note.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  validateConfig,
  validateConfigText,
  formatResult,
  DEV_EXTENSION_ID as DEV,
  GECKO_ID as GECKO,
  type ValidateResult,
} from '../../../src/cli/validate-config-core';
import { CHROME_WEB_STORE_UPDATE_URL as CWS, EDGE_ADDONS_UPDATE_URL as EDGE, pathOf } from '../../../src/cli/install-entries';
import { builtinKey, hostileValue, prototypeChanges } from '../settings/hostile-input';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OTHER = 'aaaabbbbccccddddeeeeffffgggghhhh';
const STORE = 'ppppoooonnnnmmmmllllkkkkjjjjiiii';
const XPI = 'https://files.school.example/think-twice/think-twice-firefox.xpi';
/** Where a school hosts the development build itself (no store lists its ID). */
const SELF = 'https://updates.school.example/think-twice/updates.xml';
const settings = { schoolName: 'Ashbrook Academy' };

/** A Chrome/Edge policy file: the settings under the development ID, and `install` beside them. */
const chrome = (install: Record<string, unknown>, id = DEV) => ({ ...install, '3rdparty': { extensions: { [id]: settings } } });
/** A Firefox policies.json: the settings under the add-on ID, and `install` inside "policies". */
const firefox = (install: Record<string, unknown>) => ({ policies: { ...install, '3rdparty': { Extensions: { [GECKO]: settings } } } });
const ffEntry = (entry: unknown, id = GECKO) => firefox({ ExtensionSettings: { [id]: entry } });
const chEntry = (entry: unknown, id = DEV) => chrome({ ExtensionSettings: { [id]: entry } });

/** Problems as "path: message" lines, for readable failures. */
const lines = (r: ValidateResult) => r.problems.map((p) => `${p.path}: ${p.message}`);
const only = (r: ValidateResult) => {
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]!.area).toBe('install');
  return r.problems[0]!;
};
const clean = (r: ValidateResult) => {
  expect(lines(r)).toEqual([]);
  expect(r.warnings).toEqual([]);
  expect(r.notes).toEqual([]);
  expect(r.exitCode).toBe(0);
};

describe('paths', () => {
  it('quote keys that hold dots or an "@", so they do not read as nesting', () => {
    expect(pathOf(['policies', 'ExtensionSettings', GECKO, 'installation_mode'])).toBe(
      'policies.ExtensionSettings["think-twice@schools.example"].installation_mode',
    );
    expect(pathOf(['ExtensionInstallForcelist', 2])).toBe('ExtensionInstallForcelist.2');
    expect(pathOf(['ExtensionSettings', '*', 'installation_mode'])).toBe('ExtensionSettings.*.installation_mode');
    expect(pathOf(['ExtensionSettings', `update_url:${CWS}`])).toBe(`ExtensionSettings["update_url:${CWS}"]`);
  });
});

describe('Chrome/Edge ExtensionInstallForcelist', () => {
  it.each([
    ['the Chrome Web Store', `${STORE};${CWS}`, STORE],
    ['Edge Add-ons', `${STORE};${EDGE}`, STORE],
    ['Edge Add-ons, the address ending in a slash', `${STORE};${EDGE}/`, STORE],
    ["the school's own server (the development build)", `${DEV};${SELF}`, DEV],
    ['a bare ID (the Chrome Web Store)', STORE, STORE],
  ])('installs Think Twice from %s', (_, entry, id) => {
    // A store build's settings are picked with --id, as docs/admin.md says for a file with its own ID.
    clean(validateConfig(chrome({ ExtensionInstallForcelist: [entry] }, id), { id }));
  });

  it.each([
    ['the Chrome Web Store', `${DEV};${CWS}`],
    ['the Chrome Web Store, as a bare ID', DEV],
    ['Edge Add-ons', `${DEV};${EDGE}`],
  ])("the development build's ID from %s is a warning: no store lists it", (_, entry) => {
    const r = validateConfig(chrome({ ExtensionInstallForcelist: [entry] }));
    expect(r.exitCode).toBe(0);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([
      {
        path: 'ExtensionInstallForcelist.0',
        message: expect.stringMatching(
          new RegExp(
            `^installs the development build's ID \\("${DEV}"\\) from (the Chrome Web Store|Edge Add-ons), which does not list it: for the store build use the ID on its store page`,
          ),
        ),
      },
    ]);
  });

  it.each([
    [
      { ExtensionInstallForcelist: `${DEV};${CWS}` },
      'ExtensionInstallForcelist',
      /^must be a list of "<extension ID>;<update URL>" entries, e\.g\. .*\(found "jacn/,
    ],
    [{ ExtensionInstallForcelist: [42] }, 'ExtensionInstallForcelist.0', /^must be text, "<extension ID>;<update URL>" \(found number 42\)$/],
    [
      { ExtensionInstallForcelist: [`JACNBHBBAMOMIHBHGPADFHGDOHIGGEOB;${CWS}`] },
      'ExtensionInstallForcelist.0',
      /is not an extension ID: an ID is 32 letters from a to p/,
    ],
    [
      { ExtensionInstallForcelist: [`jacnbhbbamomihbhgpadfhgdohigge;${CWS}`] },
      'ExtensionInstallForcelist.0',
      /^"jacnbhbbamomihbhgpadfhgdohigge" is not an extension ID/,
    ],
    [{ ExtensionInstallForcelist: [CWS] }, 'ExtensionInstallForcelist.0', /is not an extension ID/],
    [{ ExtensionInstallForcelist: [`${DEV};`] }, 'ExtensionInstallForcelist.0', /^has nothing after the ";": add the update URL/],
    [
      { ExtensionInstallForcelist: [`${DEV};http://clients2.google.com/service/update2/crx`] },
      'ExtensionInstallForcelist.0',
      /^the update URL must be an update address starting https:\/\/, such as https:\/\/clients2\.google\.com\/service\/update2\/crx \(Chrome Web Store\) or https:\/\/edge\.microsoft\.com\/extensionwebstorebase\/v1\/crx \(Edge Add-ons\)/,
    ],
    [
      { ExtensionInstallForcelist: [`${DEV};clients2.google.com/service/update2/crx`] },
      'ExtensionInstallForcelist.0',
      /^the update URL must be an update address starting https:\/\//,
    ],
  ])('%j is reported at %s', (install, path, message) => {
    const r = validateConfig(chrome(install));
    expect(r.exitCode).toBe(1);
    const p = only(r);
    expect(p.path).toBe(path);
    expect(p.message).toMatch(message);
  });

  it('reports each bad entry by its own index and keeps the good ones', () => {
    const r = validateConfig(chrome({ ExtensionInstallForcelist: [`${DEV};${SELF}`, 7, `${OTHER};ftp://x.example/crx`] }));
    expect(r.problems.map((p) => p.path)).toEqual(['ExtensionInstallForcelist.1', 'ExtensionInstallForcelist.2']);
    expect(r.warnings).toEqual([]);
  });
});

describe('Chrome/Edge ExtensionSettings', () => {
  it('accepts a force-installed, pinned Think Twice beside other extensions, "*" and a store blocked by its update URL', () => {
    clean(
      validateConfig(
        chrome(
          {
            ExtensionSettings: {
              [STORE]: { installation_mode: 'force_installed', update_url: CWS, toolbar_pin: 'force_pinned', override_update_url: false },
              [OTHER]: { installation_mode: 'normal_installed', update_url: EDGE, toolbar_state: 'default_shown' },
              '*': { installation_mode: 'blocked', blocked_install_message: 'Ask IT.' },
              [`update_url:${CWS}`]: { installation_mode: 'allowed' },
            },
          },
          STORE,
        ),
        { id: STORE },
      ),
    );
  });

  it('accepts several IDs in one key, separated by commas', () => {
    clean(
      validateConfig(chrome({ ExtensionSettings: { [`${OTHER},${STORE}`]: { installation_mode: 'force_installed', update_url: CWS } } }, STORE), { id: STORE }),
    );
  });

  it("the development build's ID from a store is a warning on its update_url", () => {
    const r = validateConfig(chEntry({ installation_mode: 'force_installed', update_url: EDGE }));
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([
      {
        path: `ExtensionSettings.${DEV}.update_url`,
        message: expect.stringMatching(/^installs the development build's ID \("jacn.*"\) from Edge Add-ons, which does not list it/),
      },
    ]);
    clean(validateConfig(chEntry({ installation_mode: 'force_installed', update_url: SELF })));
  });

  it('ExtensionSettings written as text holding JSON (the Group Policy form) says to take the quotes away', () => {
    const r = validateConfig(chrome({ ExtensionSettings: JSON.stringify({ [DEV]: { installation_mode: 'force_installed', update_url: SELF } }) }));
    expect(only(r).path).toBe('ExtensionSettings');
    expect(r.problems[0]!.message).toMatch(/^must be an object here, not text holding JSON: Group Policy takes ExtensionSettings as one line of text/);
  });

  const modes = '"allowed", "blocked", "force_installed", "normal_installed", "removed"';
  it.each([
    [{ installation_mode: 1, update_url: CWS }, 'installation_mode', `must be one of: ${modes} (found number 1)`],
    [{ installation_mode: 'force_install', update_url: CWS }, 'installation_mode', `must be one of: ${modes} (found "force_install")`],
    [{ installation_mode: ['force_installed'] }, 'installation_mode', `must be one of: ${modes} (found a list)`],
    [
      { installation_mode: 'force_installed' },
      'update_url',
      `is required when installation_mode is "force_installed": add "update_url": "${CWS}" (Chrome Web Store) or "${EDGE}" (Edge Add-ons)`,
    ],
    [{ installation_mode: 'normal_installed' }, 'update_url', /^is required when installation_mode is "normal_installed"/],
    [{ installation_mode: 'force_installed', update_url: 'http://updates.school.example/crx' }, 'update_url', /^must be an update address starting https:\/\//],
    [{ installation_mode: 'force_installed', update_url: true }, 'update_url', /^must be the update address as text, .*\(found true\)$/],
    [
      { installation_mode: 'force_installed', update_url: CWS, toolbar_pin: 'pinned' },
      'toolbar_pin',
      'must be one of: "force_pinned", "default_unpinned" (found "pinned")',
    ],
    [
      { installation_mode: 'force_installed', update_url: EDGE, toolbar_state: 'shown' },
      'toolbar_state',
      'must be one of: "force_shown", "default_shown", "default_hidden" (Edge only) (found "shown")',
    ],
    [{ installation_mode: 'force_installed', update_url: CWS, override_update_url: 'yes' }, 'override_update_url', 'must be true or false, not "yes"'],
    [{ installation_mode: 'blocked' }, 'installation_mode', /^"blocked" stops Think Twice being installed: use "force_installed"/],
    [{ installation_mode: 'removed' }, 'installation_mode', /^"removed" stops Think Twice being installed and takes it off machines that have it/],
  ])('Think Twice entry %j: reported at its %s', (entry, field, message) => {
    const r = validateConfig(chEntry(entry));
    expect(r.exitCode).toBe(1);
    const p = only(r);
    expect(p.path).toBe(`ExtensionSettings.${DEV}.${field}`);
    if (typeof message === 'string') expect(p.message).toBe(message);
    else expect(p.message).toMatch(message);
  });

  it('an entry that is not an object, or under a key that is no ID, is reported by its key', () => {
    const r = validateConfig(
      chrome({ ExtensionSettings: { [DEV]: 'force_installed', 'think-twice': { installation_mode: 'force_installed', update_url: CWS } } }),
    );
    expect(lines(r)).toEqual([
      expect.stringMatching(
        new RegExp(`^ExtensionSettings\\.${DEV}: must be an object such as \\{"installation_mode": "force_installed", .*\\(found "force_installed"\\)$`),
      ),
      expect.stringMatching(/^ExtensionSettings\.think-twice: is not an extension ID, "\*" or "update_url:<address>": the browser ignores this entry/),
    ]);
  });

  it('ExtensionSettings that is not an object is reported', () => {
    const r = validateConfig(chrome({ ExtensionSettings: [DEV] }));
    expect(only(r).path).toBe('ExtensionSettings');
    expect(r.problems[0]!.message).toMatch(/^must be an object keyed by extension ID, .*\(found a list\)$/);
  });

  it('"*" or an update address cannot be force-installed: the browser cannot tell what to install', () => {
    const r = validateConfig(
      chrome({
        ExtensionInstallForcelist: [DEV],
        ExtensionSettings: { '*': { installation_mode: 'force_installed', update_url: CWS }, [`update_url:${CWS}`]: { installation_mode: 'normal_installed' } },
      }),
    );
    expect(r.problems.map((p) => p.path)).toEqual(['ExtensionSettings.*.installation_mode', `ExtensionSettings["update_url:${CWS}"].installation_mode`]);
    expect(r.problems[0]!.message).toMatch(/^"force_installed" needs one extension's ID as the key: with "\*" \(every extension\)/);
    expect(r.problems[1]!.message).toMatch(/with an update address the browser cannot tell what to install/);
  });

  it('blocking every extension with "*" while force-installing Think Twice is fine', () => {
    clean(validateConfig(chrome({ ExtensionInstallForcelist: [`${DEV};${SELF}`], ExtensionSettings: { '*': { installation_mode: 'blocked' } } })));
  });
});

describe('Chrome/Edge: which extension is installed', () => {
  it('an entry installing only another extension is a warning, not an error', () => {
    const r = validateConfig(chrome({ ExtensionInstallForcelist: [`${OTHER};${CWS}`] }));
    expect(r.exitCode).toBe(0);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([
      {
        path: 'ExtensionInstallForcelist.0',
        message: `this entry installs a different extension ("${OTHER}"): the Think Twice settings in this file are under "${DEV}", and the two IDs must match for staff to get them`,
      },
    ]);
    expect(r.notes).toEqual([]);
  });

  it('warns on the ExtensionSettings entry too', () => {
    const r = validateConfig(chrome({ ExtensionSettings: { [OTHER]: { installation_mode: 'force_installed', update_url: CWS } } }));
    expect(r.exitCode).toBe(0);
    expect(r.warnings.map((w) => w.path)).toEqual([`ExtensionSettings.${OTHER}`]);
    expect(r.warnings[0]!.message).toMatch(/^this entry installs a different extension/);
  });

  it('a file that only installs, under an unknown ID, suggests --id for a store build', () => {
    const r = validateConfig({ ExtensionInstallForcelist: [`${STORE};${CWS}`] });
    expect(r.format).toBe('chrome');
    expect(r.exitCode).toBe(0);
    expect(r.warnings[0]!.message).toBe(
      `this entry installs a different extension ("${STORE}"), not Think Twice (${DEV}); if "${STORE}" is your store's ID for Think Twice, run the check with --id ${STORE}`,
    );
  });

  it('no warning once the store ID is named with --id, or holds the settings', () => {
    const named = validateConfig(chrome({ ExtensionInstallForcelist: [`${STORE};${CWS}`] }), { id: DEV });
    expect(named.warnings).toHaveLength(1);
    const store = validateConfig({ ExtensionInstallForcelist: [`${STORE};${CWS}`] }, { id: STORE });
    expect(store.problems).toEqual([]);
    expect(store.warnings).toEqual([]);
    const both = validateConfig({ ExtensionInstallForcelist: [`${STORE};${CWS}`], '3rdparty': { extensions: { [STORE]: settings } } });
    expect(both.problems).toEqual([]);
    expect(both.warnings).toEqual([]);
    expect(both.extensionId).toBe(STORE);
  });

  it('other extensions installed beside Think Twice are no concern', () => {
    clean(validateConfig(chrome({ ExtensionInstallForcelist: [`${OTHER};${CWS}`, `${DEV};${SELF}`] })));
  });

  it('a file with no install entry gets a note, not a problem, and it says what to add', () => {
    const r = validateConfig(chrome({}));
    expect(r.exitCode).toBe(0);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual([
      `This file sets Think Twice's settings but does not install it (no ExtensionInstallForcelist or ExtensionSettings). That is fine if it is installed another way (a second policy file, or your console's force-install list); otherwise add "ExtensionInstallForcelist": ["<ID>;<update URL>"] at the top of the file, with the ID your settings are under ("${DEV}") and its store's update URL (${CWS} for the Chrome Web Store).`,
    ]);
  });

  it('an ExtensionSettings entry that only allows Think Twice installs nothing: a note', () => {
    const r = validateConfig(chEntry({ installation_mode: 'allowed' }));
    expect(r.exitCode).toBe(0);
    expect(r.notes).toEqual([expect.stringMatching(/^Nothing in this file installs Think Twice\. That is fine if it is installed another way/)]);
  });

  it('a file with only the install entries (the second Linux file) is a Chrome policy file with no settings', () => {
    const r = validateConfig({ ExtensionInstallForcelist: [`${DEV};${SELF}`] });
    expect(r.format).toBe('chrome');
    expect(r.warnings).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.applied).toEqual([]);
    expect(r.notes).toEqual([
      expect.stringMatching(/^This file holds no Think Twice settings \(no "3rdparty\.extensions"\): fine if they are in another policy file/),
    ]);
    const bad = validateConfig({ ExtensionSettings: { [DEV]: { installation_mode: 'force' } } });
    expect(bad.format).toBe('chrome');
    expect(bad.exitCode).toBe(1);
    expect(bad.problems.map((p) => p.path)).toEqual([`ExtensionSettings.${DEV}.installation_mode`]);
  });
});

describe('Firefox ExtensionSettings', () => {
  it("the issue's example: installation_mode set to a number is reported by its path", () => {
    const r = validateConfig(ffEntry({ installation_mode: 1, install_url: XPI }));
    expect(r.exitCode).toBe(1);
    expect(only(r)).toEqual({
      path: 'policies.ExtensionSettings["think-twice@schools.example"].installation_mode',
      message: 'must be one of: "allowed", "blocked", "force_installed", "normal_installed" (found number 1)',
      area: 'install',
    });
  });

  it.each([
    ['an https address', { installation_mode: 'force_installed', install_url: XPI }],
    ['a file on the machine', { installation_mode: 'normal_installed', install_url: 'file:///opt/school/think-twice-firefox.xpi' }],
    ['a Windows share as a file address', { installation_mode: 'force_installed', install_url: 'file://///fileserver/apps/think-twice-firefox.xpi' }],
  ])('installs Think Twice from %s', (_, entry) => {
    clean(validateConfig(ffEntry(entry)));
  });

  const at = (field: string) => `policies.ExtensionSettings["${GECKO}"].${field}`;
  it.each([
    [{ installation_mode: 'force_install', install_url: XPI }, 'installation_mode', /^must be one of: .* \(found "force_install"\)$/],
    [{ installation_mode: 'removed' }, 'installation_mode', /\(found "removed"\); Firefox has no "removed": "blocked" also removes it$/],
    [{ installation_mode: null, install_url: XPI }, 'installation_mode', /\(found null\)$/],
    [
      { installation_mode: 'force_installed' },
      'install_url',
      'is required when installation_mode is "force_installed": Think Twice is not listed on addons.mozilla.org, so give the address of its signed .xpi, starting https:// or file:///',
    ],
    [{ installation_mode: 'normal_installed' }, 'install_url', /^is required when installation_mode is "normal_installed"/],
    [
      { installation_mode: 'force_installed', install_url: 'http://files.school.example/tt.xpi' },
      'install_url',
      /^must be the address of the \.xpi, starting https:\/\/ or file:\/\/\/ \(found "http:/,
    ],
    [
      { installation_mode: 'force_installed', install_url: '/opt/school/tt.xpi' },
      'install_url',
      /^must be the address of the \.xpi, starting https:\/\/ or file:\/\/\//,
    ],
    [{ installation_mode: 'force_installed', install_url: 3 }, 'install_url', "must be the package's address as text (found number 3)"],
    [{ installation_mode: 'blocked' }, 'installation_mode', /^"blocked" stops Think Twice being installed and removes it/],
  ])('Think Twice entry %j: reported at its %s', (entry, field, message) => {
    const r = validateConfig(ffEntry(entry));
    expect(r.exitCode).toBe(1);
    const p = only(r);
    expect(p.path).toBe(at(field));
    if (typeof message === 'string') expect(p.message).toBe(message);
    else expect(p.message).toMatch(message);
  });

  it('an install_url that is not an .xpi is a warning', () => {
    const r = validateConfig(ffEntry({ installation_mode: 'force_installed', install_url: 'https://files.school.example/think-twice/' }));
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([
      { path: at('install_url'), message: expect.stringMatching(/^does not end in \.xpi: check that it is the address of the signed Firefox package/) },
    ]);
  });

  it('another add-on may leave out install_url (Firefox finds listed add-ons on addons.mozilla.org)', () => {
    clean(
      validateConfig(
        firefox({
          ExtensionSettings: {
            [GECKO]: { installation_mode: 'force_installed', install_url: XPI },
            'uBlock0@raymondhill.net': { installation_mode: 'force_installed' },
            '*': { installation_mode: 'blocked' },
          },
        }),
      ),
    );
  });

  it('"*" cannot be force-installed; an entry or the policy that is not an object is reported', () => {
    const star = validateConfig(
      firefox({ ExtensionSettings: { [GECKO]: { installation_mode: 'force_installed', install_url: XPI }, '*': { installation_mode: 'force_installed' } } }),
    );
    expect(lines(star)).toEqual([
      expect.stringMatching(/^policies\.ExtensionSettings\.\*\.installation_mode: "force_installed" needs one add-on's ID as the key/),
    ]);
    const notObject = validateConfig(ffEntry('force_installed'));
    expect(only(notObject).path).toBe(`policies.ExtensionSettings["${GECKO}"]`);
    const policy = validateConfig(firefox({ ExtensionSettings: [GECKO] }));
    expect(only(policy).path).toBe('policies.ExtensionSettings');
  });

  it('installing only another add-on (a Chrome ID, say) is a warning', () => {
    const r = validateConfig(ffEntry({ installation_mode: 'force_installed', install_url: XPI }, DEV));
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([
      {
        path: `policies.ExtensionSettings.${DEV}`,
        message: `this entry installs a different add-on ("${DEV}"): the Think Twice settings in this file are under "${GECKO}", and the two IDs must match for staff to get them`,
      },
    ]);
  });

  it('no install entry: a note that says what to add', () => {
    const r = validateConfig(firefox({}));
    expect(r.exitCode).toBe(0);
    expect(r.notes).toEqual([
      expect.stringMatching(
        /^This file sets Think Twice's settings but does not install it \(no policies\.ExtensionSettings\)\. .*"ExtensionSettings": \{"think-twice@schools\.example": \{"installation_mode": "force_installed"/,
      ),
    ]);
  });

  it('a policies.json that only installs is a Firefox file with no settings', () => {
    const r = validateConfig({ policies: { ExtensionSettings: { [GECKO]: { installation_mode: 'force_installed', install_url: XPI } } } });
    expect(r.format).toBe('firefox');
    expect(r.exitCode).toBe(0);
    expect(r.notes).toEqual([expect.stringMatching(/^This file holds no Think Twice settings \(no "policies\.3rdparty\.Extensions"\)/)]);
  });
});

describe('Firefox: the older Extensions policy', () => {
  it('Install with https, file addresses and paths counts as installing: no note, no warning', () => {
    clean(validateConfig(firefox({ Extensions: { Install: [XPI, 'file:///opt/tt.xpi', '/opt/school/tt.xpi', 'C:\\Apps\\tt.xpi'], Locked: [GECKO] } })));
  });

  it('reports each wrong entry by its path', () => {
    const r = validateConfig(firefox({ Extensions: { Install: ['http://files.school.example/tt.xpi', 5], Uninstall: [GECKO], Locked: 'all' } }));
    expect(r.exitCode).toBe(1);
    expect(lines(r)).toEqual([
      'policies.Extensions.Install.0: must be an address starting https:// or file:///, or a path on the machine (found "http://files.school.example/tt.xpi")',
      'policies.Extensions.Install.1: must be the address or path of a .xpi file (found number 5)',
      `policies.Extensions.Uninstall.0: removes Think Twice from every machine: take "${GECKO}" out of this list`,
      'policies.Extensions.Locked: must be a list of add-on IDs (found "all")',
    ]);
  });

  it('Extensions that is not an object, or an Install that is not a list, is reported', () => {
    expect(only(validateConfig(firefox({ Extensions: [XPI] }))).path).toBe('policies.Extensions');
    expect(only(validateConfig(firefox({ Extensions: { Install: XPI } }))).path).toBe('policies.Extensions.Install');
  });
});

describe('install keys where the browser never reads them', () => {
  it('Google Admin console JSON: the console installs from the app page, so such a key is reported as not a setting, with where it goes', () => {
    const r = validateConfig({
      schoolName: { Value: 'Ashbrook' },
      ExtensionInstallForcelist: { Value: [`${DEV};${CWS}`] },
      installation_mode: { Value: 'force_installed' },
    });
    expect(r.format).toBe('google-admin');
    expect(lines(r)).toEqual([
      `ExtensionInstallForcelist: is a browser policy that installs extensions, not a Think Twice setting: the Google Admin console installs Think Twice from the app's own page (Installation policy: Force install), so leave it out of "Policy for extensions"`,
      `installation_mode: is part of an install entry, not a Think Twice setting: the Google Admin console sets installation on the app's own page (Installation policy), so leave it out of "Policy for extensions"`,
    ]);
    // Nothing there can install Think Twice, so there is no note that it is not installed.
    expect(r.notes).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('a settings object holding ExtensionInstallForcelist: the settings are still checked, and the key is said to belong in the policy file', () => {
    const r = validateConfig({ schoolName: 'Ashbrook', showIndicator: 'yes', ExtensionInstallForcelist: [DEV] });
    expect(r.format).toBe('settings');
    expect(lines(r)).toEqual([
      'showIndicator: must be true or false, not "yes"',
      `ExtensionInstallForcelist: is a browser policy that installs extensions, not a Think Twice setting: it belongs in the browser's policy file (see docs/admin.md), not in the settings`,
    ]);
  });

  it('install fields inside the Think Twice settings of a Chrome or Firefox file', () => {
    const c = validateConfig({ ExtensionInstallForcelist: [DEV], '3rdparty': { extensions: { [DEV]: { ...settings, update_url: CWS } } } });
    expect(lines(c)).toEqual([
      `update_url: is part of an install entry, not a Think Twice setting: it belongs in Think Twice's entry of the browser's "ExtensionSettings" policy`,
    ]);
    const f = validateConfig({
      policies: {
        ExtensionSettings: { [GECKO]: { installation_mode: 'force_installed', install_url: XPI } },
        '3rdparty': { Extensions: { [GECKO]: { ...settings, ExtensionSettings: {} } } },
      },
    });
    expect(lines(f)).toEqual([
      `ExtensionSettings: is a browser policy that installs extensions, not a Think Twice setting: move it into "policies", beside "3rdparty"`,
    ]);
  });
});

describe('hostile input in the install entries', () => {
  it('keys named like built-in object properties are entries like any other, never inherited ones', () => {
    const text = `{"policies": {"ExtensionSettings": {"__proto__": {"installation_mode": 1}, "constructor": {"installation_mode": "force_installed"}}}}`;
    const r = validateConfigText(text);
    expect(r.format).toBe('firefox');
    expect(lines(r)).toEqual([
      'policies.ExtensionSettings.__proto__.installation_mode: must be one of: "allowed", "blocked", "force_installed", "normal_installed" (found number 1)',
    ]);
    // "constructor" installs some add-on that is not Think Twice.
    expect(r.warnings.map((w) => w.path)).toEqual(['policies.ExtensionSettings.constructor']);
    const chromeText = `{"ExtensionSettings": {"toString": {"installation_mode": "force_installed", "update_url": "${CWS}"}}}`;
    expect(lines(validateConfigText(chromeText))).toEqual([expect.stringMatching(/^ExtensionSettings\.toString: is not an extension ID/)]);
    expect(prototypeChanges()).toEqual([]);
  });

  it('property: any JSON in any install entry is checked without throwing, each finding with a path, and no prototype changes', () => {
    const KEYS = ['installation_mode', 'update_url', 'install_url', 'toolbar_pin', 'Install', 'Uninstall', 'Locked', '*', DEV, GECKO];
    const value = fc.oneof(hostileValue(KEYS), fc.constantFrom(DEV, GECKO, `${DEV};${CWS}`, 'force_installed', 1));
    const install = fc.record(
      {
        ExtensionInstallForcelist: fc.oneof(value, fc.array(value, { maxLength: 4 })),
        ExtensionSettings: fc.oneof(value, fc.dictionary(fc.oneof(builtinKey, fc.constantFrom(...KEYS)), value, { maxKeys: 4 })),
        Extensions: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(install, fc.constantFrom('chrome', 'firefox', 'chrome-only', 'firefox-only'), fc.boolean(), (entries, shape, asText) => {
        const file =
          shape === 'chrome'
            ? chrome(entries)
            : shape === 'firefox'
              ? firefox(entries)
              : shape === 'chrome-only'
                ? { ...entries }
                : { policies: { ...entries } };
        const r = asText ? validateConfigText(JSON.stringify(file) ?? 'null') : validateConfig(file);
        expect([0, 1, 2]).toContain(r.exitCode);
        if (r.exitCode !== 2) for (const f of [...r.problems, ...r.warnings]) expect([typeof f.path, typeof f.message]).toEqual(['string', 'string']);
        formatResult(r, 'file.json');
        expect(prototypeChanges()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what the command prints', () => {
  it('install problems alone: each by path, and a summary that says the browser may not install Think Twice', () => {
    const out = formatResult(validateConfig(ffEntry({ installation_mode: 1, install_url: XPI })), 'policies.json').stdout;
    expect(out).toEqual([
      'policies.ExtensionSettings["think-twice@schools.example"].installation_mode: must be one of: "allowed", "blocked", "force_installed", "normal_installed" (found number 1)',
      '1 problem in policies.json (Firefox policies.json, entry "think-twice@schools.example"), all in the entries that install Think Twice. Until the install entries are right, the browser may not install Think Twice at all. The 1 setting set is valid.',
    ]);
  });

  it('settings and install problems together: counted apart', () => {
    const withBad = validateConfig({
      ExtensionInstallForcelist: [`${DEV};http://x.example/crx`],
      '3rdparty': { extensions: { [DEV]: { schoolName: 5, trustName: 'Riverside' } } },
    });
    expect(withBad.exitCode).toBe(1);
    expect(withBad.problems.map((p) => [p.path, p.area])).toEqual([
      ['schoolName', undefined],
      ['ExtensionInstallForcelist.0', 'install'],
    ]);
    const last = formatResult(withBad, 'chrome.json').stdout.at(-1);
    expect(last).toMatch(
      /^2 problems in chrome\.json \(.*\): 1 in the settings, 1 in the entries that install Think Twice\. Until the install entries are right, the browser may not install Think Twice at all\. On staff machines each setting with a problem falls back to its default/,
    );
  });

  it('warnings and notes are printed, and the file still passes', () => {
    const out = formatResult(validateConfig(chrome({ ExtensionInstallForcelist: [`${OTHER};${CWS}`] })), 'chrome.json').stdout;
    expect(out[0]).toBe(
      `Warning: ExtensionInstallForcelist.0: this entry installs a different extension ("${OTHER}"): the Think Twice settings in this file are under "${DEV}", and the two IDs must match for staff to get them`,
    );
    expect(out.at(-1)).toMatch(/^OK: chrome\.json is a valid Think Twice configuration \(.*\)\. 1 warning above to look at\.$/);
    const noted = formatResult(validateConfig(chrome({})), 'chrome.json').stdout;
    expect(noted[0]).toMatch(/^Note: This file sets Think Twice's settings but does not install it/);
    expect(noted.at(-1)).toMatch(/^OK: /);
  });

  it('docs/admin.md\'s "Check before you deploy" example is what the command prints for its file', () => {
    const doc = readFileSync(join(ROOT, 'docs/admin.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Check before you deploy'));
    const example = /```text\n([\s\S]*?)\n```/.exec(section)?.[1];
    const file = {
      policies: {
        ExtensionSettings: { [GECKO]: { installation_mode: 1, install_url: 'http://files.your-school.example/think-twice/think-twice-firefox.xpi' } },
        '3rdparty': { Extensions: { [GECKO]: { schoolName: 'Ashbrook Academy', categories: { offensive: { action: 'zap' } } } } },
      },
    };
    expect(example?.split('\n')).toEqual(formatResult(validateConfig(file), 'policies.json').stdout);
  });

  it('through the prebuilt command: the Firefox example of a number for installation_mode exits 1 with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-install-'));
    try {
      const file = join(dir, 'policies.json');
      writeFileSync(file, JSON.stringify(ffEntry({ installation_mode: 1, install_url: XPI }), null, 2));
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/cli-run.mjs'), 'validate-config', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(r.stdout.split('\n')[0]).toBe(
        'policies.ExtensionSettings["think-twice@schools.example"].installation_mode: must be one of: "allowed", "blocked", "force_installed", "normal_installed" (found number 1)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
