/**
 * Every word staff or admins read comes from `public/_locales/<lang>/messages.json`, through `t()`.
 *
 * The browser's own `i18n.getMessage` always answers in the browser's UI language (falling back to
 * `default_locale`, en_GB, key by key), and an extension cannot change that. So when the staff
 * member or the school chooses a language (the `language` setting), the page loads that locale's
 * messages.json from the extension's own files with `useLanguage()` before it draws, and `t()`
 * answers from it; a key it lacks, or a catalogue that failed to load, still falls back to the
 * browser's answer, which falls back to English. A message that is missing everywhere comes back
 * as its key, never as an empty string: a prompt with an empty heading is worse than an odd one.
 *
 * The message keys are typed from the English file (a type-only import, so nothing is bundled):
 * a key that English lacks does not compile, and test/unit/ui/locales.test.ts keeps every other
 * locale to the same keys and placeholders.
 */
import type english from '../../public/_locales/en_GB/messages.json';
import { browserMessage, browserUiLanguage, ownFileUrl } from '../platform/i18n';

export type MessageKey = keyof typeof english;

/** What the `language` setting may hold: follow the browser, or a locale the extension ships. */
export type LanguageChoice = 'browser' | 'en' | 'cy';

/** The `_locales` folder of each language the setting can choose. */
export const LOCALE_DIRS: Record<Exclude<LanguageChoice, 'browser'>, string> = { en: 'en_GB', cy: 'cy' };

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

let chosen: Catalogue | null = null;
let chosenLang: string | null = null;

type Substitution = string | number;

/** The message for `key` in the chosen language, with `$1`...`$9` (or its named placeholders) filled in. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const subs = substitutions.map(String);
  const entry = chosen?.[key];
  if (entry?.message) return format(entry, subs);
  const native = browserMessage(key, subs);
  if (native) return native;
  return key;
}

/** The language the pages are drawn in now: the chosen locale's folder, or the browser's UI language. */
export function currentLanguage(): string {
  if (chosenLang) return chosenLang;
  const ui = (browserUiLanguage() ?? 'en').toLowerCase();
  return ui.startsWith('cy') ? 'cy' : 'en-GB';
}

/** The BCP 47 tag for `<html lang>`. */
export function htmlLang(): string {
  return currentLanguage() === 'cy' ? 'cy' : 'en-GB';
}

/**
 * Makes `t()` answer in `choice`: 'browser' (or anything unknown) follows the browser; 'en' or 'cy'
 * loads that locale's messages.json from the extension's files. Never throws: a catalogue that
 * cannot be loaded leaves the browser's language in place.
 */
export async function useLanguage(choice: LanguageChoice | string | undefined): Promise<void> {
  const dir = choice && choice in LOCALE_DIRS ? LOCALE_DIRS[choice as keyof typeof LOCALE_DIRS] : null;
  if (!dir) {
    setCatalogue(null, null);
    return;
  }
  try {
    const url = ownFileUrl(`_locales/${dir}/messages.json`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${res.status}`);
    setCatalogue((await res.json()) as Catalogue, dir === 'en_GB' ? 'en-GB' : dir);
  } catch {
    setCatalogue(null, null);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang();
}

/** For code that already holds a catalogue (tests, or a page handed one), and to go back to the browser's. */
export function setCatalogue(catalogue: Catalogue | null, lang: string | null = null): void {
  chosen = catalogue;
  chosenLang = catalogue ? lang : null;
}

/** Chrome's rules for a message: `$name$` names a placeholder whose content may hold `$1`; `$$` is a dollar. */
export function format(entry: CatalogueEntry, subs: readonly string[]): string {
  const named = entry.placeholders ?? {};
  const lower: Record<string, string> = {};
  for (const [name, p] of Object.entries(named)) lower[name.toLowerCase()] = p.content;
  const withNamed = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => lower[name.toLowerCase()] ?? whole);
  return withNamed.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}
