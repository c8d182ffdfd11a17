/**
 * The languages Think Twice speaks, for the `language` setting and the locale wrapper (src/ui/i18n.ts).
 * No zod and no browser API here: the content script, the worker and the pages all import it.
 */

/** 'browser' follows the browser's own language; the others choose a locale the extension ships. */
export const LANGUAGE_CHOICES = ['browser', 'en', 'cy'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** A language the extension is written in. */
export type Language = Exclude<LanguageChoice, 'browser'>;

/** The `public/_locales` folder of each language. */
export const LOCALE_DIRS: Record<Language, string> = { en: 'en_GB', cy: 'cy' };

/** The BCP 47 tag of each language, for `<html lang>`. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/**
 * The language a choice comes to, given the browser's language (src/platform/i18n.ts
 * browserLanguage: "cy", "en", or a UI language such as "en-GB" or "fr"): a browser in Welsh gets
 * Welsh, any other English, as `default_locale` does.
 */
export function languageFor(choice: string | undefined, browserLanguage: string | undefined): Language {
  if (choice === 'en' || choice === 'cy') return choice;
  return (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0] === 'cy' ? 'cy' : 'en';
}
