/**
 * The locale files (public/_locales/<lang>/messages.json) hold every word staff read, and every
 * locale holds the same messages: a key one lacks would show English in the middle of Welsh (or,
 * missing everywhere, the key itself), and a placeholder one lacks would drop a number or a name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { format, type Catalogue } from '../../../src/ui/i18n';
import { LOCALE_DIRS } from '../../../src/settings/language';
import { describeFields, type FieldInfo } from '../../../src/settings/fields';
import { fieldKey } from '../../../src/ui/options/SettingsForm';

const LOCALES = resolve(__dirname, '../../../public/_locales');
const read = (dir: string) => JSON.parse(readFileSync(resolve(LOCALES, dir, 'messages.json'), 'utf8')) as Catalogue;
const dirs = readdirSync(LOCALES).sort();
const catalogues = Object.fromEntries(dirs.map((d) => [d, read(d)]));
const english = catalogues.en_GB!;

/** The placeholders a message uses ($NAME$), and the substitutions ($1...) they stand for, as a comparable string. */
function placeholderShape(entry: Catalogue[string]): string[] {
  const used = [...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  const named = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const direct = [...entry.message.replace(/\$[a-zA-Z0-9_@]+\$/g, '').matchAll(/\$([1-9])/g)].map((m) => `$${m[1]}`);
  return [...new Set([...used.map((u) => `${u}=${named[u] ?? '(undefined)'}`), ...Object.keys(named).map((k) => `${k}=${named[k]}`), ...direct])].sort();
}

function localeProblems(cats: Record<string, Catalogue>, reference = 'en_GB'): string[] {
  const problems: string[] = [];
  const ref = cats[reference]!;
  for (const [lang, cat] of Object.entries(cats)) {
    for (const key of Object.keys(ref)) if (!(key in cat)) problems.push(`${lang} lacks "${key}"`);
    for (const key of Object.keys(cat)) if (!(key in ref)) problems.push(`${lang} has "${key}", which ${reference} lacks`);
    for (const [key, entry] of Object.entries(cat)) {
      if (typeof entry?.message !== 'string' || !entry.message.trim()) problems.push(`${lang} "${key}" is empty`);
      else if (!/^[a-zA-Z0-9_@]+$/.test(key)) problems.push(`${lang} "${key}" is not a key Chrome accepts (letters, digits, _ and @)`);
      else if (ref[key]?.message && placeholderShape(entry).join() !== placeholderShape(ref[key]!).join())
        problems.push(`${lang} "${key}" has placeholders ${placeholderShape(entry).join(' ')}, ${reference} has ${placeholderShape(ref[key]!).join(' ')}`);
      for (const name of [...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))
        if (!Object.keys(entry.placeholders ?? {}).some((p) => p.toLowerCase() === name))
          problems.push(`${lang} "${key}" uses $${name}$, which it does not define`);
    }
  }
  return problems;
}

describe('the locale files', () => {
  it('are the default locale (en_GB) and every language the setting offers (cy)', () => {
    expect(manifest.default_locale).toBe('en_GB');
    expect(dirs).toEqual(Object.values(LOCALE_DIRS).sort());
  });

  it('hold the same keys, none empty, with the same placeholders', () => {
    expect(localeProblems(catalogues)).toEqual([]);
  });

  it('the check finds a missing key, an extra key, an empty message and a changed placeholder', () => {
    const en: Catalogue = {
      a: { message: 'A' },
      b: { message: 'Read clause $CLAUSE$', placeholders: { clause: { content: '$1' } } },
    };
    expect(localeProblems({ en_GB: en, cy: { a: { message: 'A' } } })).toEqual(['cy lacks "b"']);
    expect(localeProblems({ en_GB: en, cy: { ...en, c: { message: 'C' } } })).toEqual(['cy has "c", which en_GB lacks']);
    expect(localeProblems({ en_GB: en, cy: { ...en, a: { message: ' ' } } })).toEqual(['cy "a" is empty']);
    expect(localeProblems({ en_GB: en, cy: { ...en, b: { message: 'Darllen cymal $CLAUSE$', placeholders: { clause: { content: '$2' } } } } })).toHaveLength(1);
    expect(localeProblems({ en_GB: en, cy: { ...en, b: { message: 'Darllen cymal', placeholders: {} } } })).toHaveLength(1);
  });

  it("name the manifest's __MSG_ keys", () => {
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(english, key).toHaveProperty(key);
  });

  it('fill in their placeholders as the browser does', () => {
    for (const [lang, cat] of Object.entries(catalogues)) {
      const filled = format(cat.readClause!, ['5.2']);
      expect(filled, lang).toContain('5.2');
      expect(filled, lang).not.toMatch(/\$/);
    }
    expect(format({ message: 'Costs $$$AMOUNT$', placeholders: { amount: { content: '$1' } } }, ['5'])).toBe('Costs $5');
  });

  it('hold the title and help of every setting the options page shows, the English as the schema says it', () => {
    const all = (fs: FieldInfo[]): FieldInfo[] => fs.flatMap((f) => [f, ...all(f.children ?? [])]);
    const shown = all(describeFields().filter((f) => f.kind !== 'data' && f.key !== 'freePeriods')).filter((f) => f.kind !== 'data');
    const missing: string[] = [];
    for (const f of shown) {
      if (f.path === 'language' || f.path === 'showIndicator') continue; // staff's own settings: their own words (settingLanguageTitle...)
      if (/^(categories|sites)\.[^.]+$/.test(f.path)) continue; // field_category_* and field_site_*, with the id filled in
      const key = fieldKey(f.path);
      for (const [lang, cat] of Object.entries(catalogues)) {
        if (!cat[`${key}_title`]?.message || !cat[`${key}_help`]?.message) missing.push(`${lang} ${f.path}`);
      }
      if (english[`${key}_title`]?.message !== f.title) missing.push(`en_GB ${key}_title is not the schema's "${f.title}"`);
      if (english[`${key}_help`]?.message !== f.description) missing.push(`en_GB ${key}_help is not the schema's description`);
    }
    expect(missing).toEqual([]);
  });
});
