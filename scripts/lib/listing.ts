/**
 * The store listings in store/listing.<lang>.md: read, and checked against the manifest they
 * describe. `npm run package` refuses to write a release whose listing disagrees with its manifest,
 * and test/unit/package/listing.test.ts checks the source files the same way, so a permission added
 * to manifest.json without a justification fails the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The listings kept, by language: English and Welsh (Cymraeg). */
export const LISTING_LANGS = ['en', 'cy'] as const;
export type ListingLang = (typeof LISTING_LANGS)[number];

/** The `_locales` folder that holds each listing language's manifest strings, when the default locale is not named. */
const LOCALE_DIR: Record<ListingLang, string> = { en: 'en_GB', cy: 'cy' };

/** Every field a listing has, as its `##` heading. */
export const LISTING_FIELDS = [
  'Name',
  'Short description',
  'Long description',
  'Single purpose',
  'Permission justifications',
  'Sites the content script runs on',
  'Privacy practices',
] as const;
export type ListingField = (typeof LISTING_FIELDS)[number];

/** The Chrome Web Store's limit for the short description (the manifest's description). */
export const SHORT_DESCRIPTION_MAX = 132;

export interface Listing {
  lang: ListingLang;
  /** Each `##` section's text, trimmed (the permission section's includes its `###` parts). */
  fields: Map<string, string>;
  /** Each `###` heading under "Permission justifications" (backticks dropped), with its text. */
  permissions: Map<string, string>;
  /** The URL patterns listed (`- pattern`) under "Sites the content script runs on". */
  sites: string[];
}

export function listingFile(root: string, lang: ListingLang): string {
  return join(root, 'store', `listing.${lang}.md`);
}

export function parseListing(lang: ListingLang, text: string): Listing {
  const fields = new Map<string, string>();
  const permissions = new Map<string, string>();
  let field: string | null = null;
  let permission: string | null = null;
  const add = (map: Map<string, string>, key: string, line: string) => map.set(key, map.has(key) ? `${map.get(key)}\n${line}` : line);
  for (const line of text.split(/\r?\n/)) {
    const h2 = /^## (.+?)\s*$/.exec(line);
    const h3 = /^### (.+?)\s*$/.exec(line);
    if (h2) {
      field = h2[1]!;
      permission = null;
      fields.set(field, '');
      continue;
    }
    if (field === null) continue;
    add(fields, field, line);
    if (field !== 'Permission justifications') continue;
    if (h3) {
      permission = h3[1]!.replace(/`/g, '');
      permissions.set(permission, '');
    } else if (permission !== null) add(permissions, permission, line);
  }
  for (const map of [fields, permissions]) for (const [k, v] of map) map.set(k, v.trim());
  const sites = (fields.get('Sites the content script runs on') ?? '')
    .split('\n')
    .map((l) => /^- (\S+)\s*$/.exec(l)?.[1])
    .filter((s): s is string => s !== undefined);
  return { lang, fields, permissions, sites };
}

export function readListing(root: string, lang: ListingLang): Listing {
  return parseListing(lang, readFileSync(listingFile(root, lang), 'utf8'));
}

type Manifest = Record<string, any>;

/** Every permission the manifest asks for or may ask for: API permissions and host permissions, required and optional. */
export function manifestPermissions(manifest: Manifest): string[] {
  const keys = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'];
  return [...new Set(keys.flatMap((k) => (Array.isArray(manifest[k]) ? (manifest[k] as string[]) : [])))];
}

/** Every URL pattern the manifest's content scripts run on. */
export function contentScriptSites(manifest: Manifest): string[] {
  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as { matches?: string[] }[]) : [];
  return [...new Set(scripts.flatMap((s) => s.matches ?? []))];
}

/**
 * A manifest string (name, description) as a browser shows it in `lang`: literal text, or a
 * `__MSG_key__` looked up in `<localesDir>/<locale>/messages.json` (keys are case-insensitive).
 * Returns where it came from too: the listing language's own locale, the default locale, or the
 * manifest itself; undefined when a message cannot be found.
 */
export function manifestText(
  manifest: Manifest,
  key: 'name' | 'description',
  lang: ListingLang,
  localesDir: string,
): { text: string; from: 'manifest' | 'own-locale' | 'default-locale' } | undefined {
  const value = manifest[key];
  if (typeof value !== 'string') return undefined;
  const msg = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!msg) return { text: value, from: 'manifest' };
  const lookup = (locale: string): string | undefined => {
    const file = join(localesDir, locale, 'messages.json');
    if (!existsSync(file)) return undefined;
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
    const found = Object.entries(messages).find(([k]) => k.toLowerCase() === msg.toLowerCase());
    return found?.[1].message;
  };
  const defaultLocale = typeof manifest.default_locale === 'string' ? (manifest.default_locale as string) : LOCALE_DIR.en;
  const ownLocale = lang === 'en' ? defaultLocale : LOCALE_DIR[lang];
  const own = lookup(ownLocale);
  if (own !== undefined) return { text: own, from: 'own-locale' };
  const fallback = lookup(defaultLocale);
  return fallback === undefined ? undefined : { text: fallback, from: 'default-locale' };
}

/**
 * What is wrong with a listing for this manifest (empty when nothing is): a missing field, a
 * permission without a justification or a justification for a permission the manifest does not
 * have, the content-script sites not listed exactly, and a name or short description that is not
 * what the store will show from the manifest (the Chrome Web Store takes the short description from
 * the manifest's description, in each language the package has it in).
 */
export function listingProblems(listing: Listing, manifest: Manifest, localesDir: string): string[] {
  const problems: string[] = [];
  const where = `store/listing.${listing.lang}.md`;
  for (const f of LISTING_FIELDS) if (!listing.fields.get(f)) problems.push(`${where}: the "${f}" section is missing or empty`);
  const wanted = manifestPermissions(manifest);
  for (const p of wanted) if (!listing.permissions.get(p)) problems.push(`${where}: no justification for the permission "${p}" (add a "### ${p}" section)`);
  for (const p of listing.permissions.keys())
    if (!wanted.includes(p)) problems.push(`${where}: justifies "${p}", which the manifest does not ask for (remove its section)`);
  const sites = contentScriptSites(manifest);
  const missing = sites.filter((s) => !listing.sites.includes(s));
  const extra = listing.sites.filter((s) => !sites.includes(s));
  if (missing.length) problems.push(`${where}: "Sites the content script runs on" lacks ${missing.join(', ')}`);
  if (extra.length) problems.push(`${where}: "Sites the content script runs on" lists ${extra.join(', ')}, where the content script does not run`);
  const short = listing.fields.get('Short description') ?? '';
  if ([...short].length > SHORT_DESCRIPTION_MAX)
    problems.push(`${where}: the short description is ${[...short].length} characters; the Chrome Web Store takes at most ${SHORT_DESCRIPTION_MAX}`);
  for (const [key, field] of [
    ['description', 'Short description'],
    ['name', 'Name'],
  ] as const) {
    const shown = manifestText(manifest, key, listing.lang, localesDir);
    if (shown === undefined) {
      problems.push(`manifest.json: its ${key} names a message that no messages.json holds`);
      continue;
    }
    // English is the manifest's own language; another language only when the package carries that language's text.
    const comparable = listing.lang === 'en' || shown.from === 'own-locale';
    if (comparable && shown.text !== listing.fields.get(field))
      problems.push(`${where}: the ${field.toLowerCase()} is not the manifest's ${key} in this language, which the store shows: "${shown.text}"`);
  }
  return problems;
}
