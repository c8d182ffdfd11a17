/**
 * The store listings (store/listing.<lang>.md) against the manifest they describe: every permission
 * justified and no other, the content script's sites listed exactly, the name and short description
 * what the stores will show from the manifest, and privacy answers that stay true of the code.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LISTING_LANGS,
  SHORT_DESCRIPTION_MAX,
  contentScriptSites,
  listingProblems,
  manifestPermissions,
  manifestText,
  parseListing,
  readListing,
} from '../../../scripts/lib/listing';
import { firefoxManifest } from '../../../scripts/build-firefox';

const ROOT = resolve(__dirname, '../../..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, any>;
const LOCALES = join(ROOT, 'public/_locales');

describe.each(LISTING_LANGS)('store/listing.%s.md', (lang) => {
  const listing = readListing(ROOT, lang);

  it('matches manifest.json: every field, each permission justified and no other, the sites listed, the name and short description as the store shows them', () => {
    expect(listingProblems(listing, MANIFEST, LOCALES)).toEqual([]);
  });

  it('justifies exactly the manifest permissions and host permissions, required and optional', () => {
    const expected = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'].flatMap((k) => (MANIFEST[k] ?? []) as string[]);
    expect(expected.length).toBeGreaterThan(0);
    expect([...listing.permissions.keys()].sort()).toEqual([...new Set(expected)].sort());
    for (const [permission, why] of listing.permissions) expect(why.length, permission).toBeGreaterThan(40);
  });

  it('has a short description within the Chrome Web Store limit', () => {
    const short = listing.fields.get('Short description')!;
    expect([...short].length).toBeGreaterThan(20);
    expect([...short].length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
  });

  it('answers the privacy questions: nothing collected, sold or transferred, no remote code', () => {
    const privacy = listing.fields.get('Privacy practices')!;
    const answers = privacy.split('\n').filter((l) => l.startsWith('- '));
    // The five answers the Chrome Web Store form asks for, each a no.
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(answers[0]).toMatch(lang === 'en' ? /^- Data collected: none\./ : /^- Data a gesglir: dim\./);
    for (const a of answers.slice(1, 5)) expect(a).toMatch(lang === 'en' ? /: no\./ : /: na\./);
    expect(privacy).toContain('data_collection_permissions');
  });
});

describe('the listing check finds what is wrong', () => {
  const en = readListing(ROOT, 'en');

  it('a permission added to the manifest without a justification', () => {
    const problems = listingProblems(en, { ...MANIFEST, permissions: [...MANIFEST.permissions, 'tabs'] }, LOCALES);
    expect(problems).toEqual([expect.stringContaining('no justification for the permission "tabs"')]);
  });

  it('a host permission added, required or optional', () => {
    expect(listingProblems(en, { ...MANIFEST, host_permissions: ['https://example.org/*'] }, LOCALES)).toEqual([
      expect.stringContaining('no justification for the permission "https://example.org/*"'),
    ]);
    expect(listingProblems(en, { ...MANIFEST, optional_permissions: ['downloads'] }, LOCALES)).toEqual([
      expect.stringContaining('no justification for the permission "downloads"'),
    ]);
  });

  it('a permission the manifest no longer asks for', () => {
    const problems = listingProblems(en, { ...MANIFEST, permissions: MANIFEST.permissions.filter((p: string) => p !== 'alarms') }, LOCALES);
    expect(problems).toEqual([expect.stringContaining('justifies "alarms", which the manifest does not ask for')]);
  });

  it('a site added to the content script, or one gone', () => {
    const [first, ...rest] = MANIFEST.content_scripts as { matches: string[] }[];
    const more = { ...MANIFEST, content_scripts: [{ ...first, matches: [...first!.matches, 'https://www.pinterest.com/*'] }, ...rest] };
    expect(listingProblems(en, more, LOCALES)).toEqual([expect.stringContaining('lacks https://www.pinterest.com/*')]);
    const fewer = { ...MANIFEST, content_scripts: [{ ...first, matches: first!.matches.slice(1) }, ...rest] };
    expect(listingProblems(en, fewer, LOCALES)).toEqual([expect.stringContaining(`lists ${first!.matches[0]}, where the content script does not run`)]);
  });

  it('a short description that is not the manifest description, or too long for the Chrome Web Store', () => {
    const text = readFileSync(join(ROOT, 'store/listing.en.md'), 'utf8');
    const short = en.fields.get('Short description')!;
    const changed = parseListing('en', text.replace(short, `${short} Now in colour.`));
    expect(listingProblems(changed, MANIFEST, LOCALES)).toEqual([expect.stringContaining("the short description is not the manifest's description")]);
    const long = 'x'.repeat(SHORT_DESCRIPTION_MAX + 1);
    const tooLong = parseListing('en', text.replace(short, long));
    expect(listingProblems(tooLong, { ...MANIFEST, description: long }, LOCALES)).toEqual([
      expect.stringContaining(`the short description is ${SHORT_DESCRIPTION_MAX + 1} characters`),
    ]);
  });

  it('a missing field', () => {
    const text = readFileSync(join(ROOT, 'store/listing.cy.md'), 'utf8');
    const cut = parseListing('cy', text.replace(/## Single purpose\n[\s\S]*?(?=\n## )/, ''));
    expect(listingProblems(cut, MANIFEST, LOCALES)).toEqual([expect.stringContaining('the "Single purpose" section is missing or empty')]);
  });
});

describe('manifestText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-locales-'));
  for (const [locale, description] of [
    ['en_GB', 'In English'],
    ['cy', 'Yn Gymraeg'],
  ] as const) {
    mkdirSync(join(dir, locale));
    writeFileSync(join(dir, locale, 'messages.json'), JSON.stringify({ extName: { message: 'Think Twice' }, ExtDescription: { message: description } }));
  }

  it('reads a literal name or description as it is, in every language', () => {
    expect(manifestText({ description: 'Plain' }, 'description', 'cy', dir)).toEqual({ text: 'Plain', from: 'manifest' });
  });
  it('looks __MSG_key__ up in the language’s own locale (keys are case-insensitive), then in the default locale', () => {
    const m = { name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en_GB' };
    expect(manifestText(m, 'description', 'cy', dir)).toEqual({ text: 'Yn Gymraeg', from: 'own-locale' });
    expect(manifestText(m, 'description', 'en', dir)).toEqual({ text: 'In English', from: 'own-locale' });
    expect(manifestText({ ...m, name: '__MSG_other__' }, 'name', 'en', dir)).toBeUndefined();
    const noWelsh = mkdtempSync(join(tmpdir(), 'tt-locales-'));
    mkdirSync(join(noWelsh, 'en_GB'));
    writeFileSync(join(noWelsh, 'en_GB', 'messages.json'), JSON.stringify({ extDescription: { message: 'In English' } }));
    expect(manifestText(m, 'description', 'cy', noWelsh)).toEqual({ text: 'In English', from: 'default-locale' });
  });
});

describe('the privacy answers stay true', () => {
  it('the manifest asks for no permission that reads or sends data beyond the post box, and no host permission at install', () => {
    const all = manifestPermissions(MANIFEST);
    for (const p of [
      'webRequest',
      'webRequestBlocking',
      'declarativeNetRequest',
      'cookies',
      'history',
      'tabs',
      'identity',
      'identity.email',
      'downloads',
      'clipboardRead',
    ])
      expect(all).not.toContain(p);
    expect(MANIFEST.host_permissions ?? []).toEqual([]);
    expect(contentScriptSites(MANIFEST).every((s) => /^https:\/\/[a-z0-9.-]+\/\*$/.test(s))).toBe(true);
  });

  it("Firefox's manifest declares that no data is collected", () => {
    expect(firefoxManifest({ ...MANIFEST, background: { service_worker: 'sw.js' } }).browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('no code in src/ opens a connection: no XMLHttpRequest, WebSocket, EventSource, sendBeacon or WebRTC, and no fetch of a web address', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
      });
    const found: string[] = [];
    for (const file of files(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8');
      for (const re of [
        /\bXMLHttpRequest\b/,
        /\bnew WebSocket\b/,
        /\bnew EventSource\b/,
        /\bsendBeacon\b/,
        /\bRTCPeerConnection\b/,
        /\bfetch\(\s*['"`]https?:/,
        /\bimportScripts\(\s*['"`]https?:/,
      ])
        if (re.test(code)) found.push(`${file.slice(ROOT.length + 1)}: ${re.source}`);
    }
    expect(found).toEqual([]);
  });
});
