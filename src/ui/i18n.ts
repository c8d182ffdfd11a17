/**
 * Every word staff or admins read comes from `public/_locales/<lang>/messages.json`, through `t()`.
 *
 * The browser's own `i18n.getMessage` always answers in the browser's UI language (falling back to
 * `default_locale`, en_GB, key by key), and an extension cannot change that. So when the staff
 * member or the school chooses a language (the `language` setting), the page loads that locale's
 * messages.json from the extension's own files with `loadLanguage()` before it draws, and `t()`
 * answers from it; a key it lacks, or a catalogue that failed to load, still falls back to the
 * browser's answer, which falls back to English. A message missing everywhere comes back as its
 * key, never as an empty string: a prompt with an empty heading is worse than an odd one.
 *
 * The message keys are typed from the English file (a type-only import, so nothing is bundled):
 * a key that English lacks does not compile, and test/unit/ui/locales.test.ts holds every other
 * locale to the same keys and placeholders.
 */
import type english from '../../public/_locales/en_GB/messages.json';
import { browserLanguage, browserMessage, ownFileUrl } from '../platform/i18n';
import { LANGUAGE_TAGS, LOCALE_DIRS, languageFor, type Language } from '../settings/language';

export type MessageKey = keyof typeof english;

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

interface State {
  catalogue: Catalogue | null;
  language: Language | null;
  /** Where there is no browser i18n at all (unit tests in Node): the English catalogue, when given. */
  fallback: Catalogue | null;
}

// On globalThis: the content script and the engine it loads later are separate bundles, each with
// its own copy of this module, and both must speak the language the content script loaded.
const STATE_KEY = Symbol.for('think-twice.i18n');
function state(): State {
  const g = globalThis as { [STATE_KEY]?: State };
  g[STATE_KEY] ??= { catalogue: null, language: null, fallback: null };
  return g[STATE_KEY];
}

/** The message for `key` in the chosen language, with `$1`...`$9` (or its named placeholders) filled in. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const entry = state().catalogue?.[key];
  if (entry?.message) return format(entry, subs);
  const native = browserMessage(key, subs);
  if (native) return native;
  const english = state().fallback?.[key];
  return english?.message ? format(english, subs) : key;
}

/**
 * The message for a key made at run time (a setting's path, say), or null when no locale has it:
 * for words that have another source to fall back on. Keys written in code use t().
 */
export function tIfAny(key: string, ...substitutions: (string | number)[]): string | null {
  const found = t(key as MessageKey, ...substitutions);
  return found === key ? null : found;
}

/** The catalogue to answer from where the browser has none (Node: unit tests and scripts give the English file). */
export function setFallbackCatalogue(catalogue: Catalogue | null): void {
  state().fallback = catalogue;
}

/** The language the UI speaks now: the one loaded, or the browser's. */
export function currentLanguage(): Language {
  return state().language ?? languageFor('browser', browserLanguage());
}

/** The BCP 47 tag for `<html lang>`. */
export function htmlLang(): string {
  return LANGUAGE_TAGS[currentLanguage()];
}

/**
 * Makes `t()` answer in the language `choice` (a `language` setting) comes to: a choice of 'en' or
 * 'cy' loads that locale's messages.json from the extension's files; 'browser' (or anything else)
 * follows the browser. Never throws: a catalogue that cannot be loaded leaves the browser's language.
 * Resolves with the language in force.
 */
export async function loadLanguage(choice: string | undefined): Promise<Language> {
  if (choice !== 'en' && choice !== 'cy') {
    setCatalogue(null);
    return currentLanguage();
  }
  if (state().language === choice && state().catalogue) return choice;
  try {
    const res = await fetch(ownFileUrl(`_locales/${LOCALE_DIRS[choice]}/messages.json`));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    setCatalogue((await res.json()) as Catalogue, choice);
  } catch {
    setCatalogue(null);
  }
  return currentLanguage();
}

/** Answers from `catalogue` (null: the browser's language again). For tests, and for a page handed a catalogue. */
export function setCatalogue(catalogue: Catalogue | null, language: Language | null = null): void {
  const s = state();
  s.catalogue = catalogue;
  s.language = catalogue ? language : null;
}

/** Chrome's rules for a message: `$name$` names a placeholder whose content may hold `$1`; `$$` is a dollar. */
export function format(entry: CatalogueEntry, subs: readonly string[]): string {
  const named: Record<string, string> = {};
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) named[name.toLowerCase()] = p.content;
  const withNamed = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => named[name.toLowerCase()] ?? whole);
  return withNamed.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}
