/**
 * The browser's i18n API and the extension's own file addresses, called natively: the API is the
 * same, synchronous and promise-free, in every context (pages, the worker and content scripts;
 * Firefox's `browser` and Chrome's `chrome`), and the content script loads no polyfill. Nothing
 * here throws: outside an extension (unit tests, the CLI) messages are empty and the UI language unknown.
 */
interface NativeI18n {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}
interface NativeRuntime {
  getURL(path: string): string;
}
type Namespace = { i18n?: NativeI18n; runtime?: NativeRuntime };

function ns(): Namespace | undefined {
  const g = globalThis as { browser?: Namespace; chrome?: Namespace };
  return g.browser?.i18n ? g.browser : g.chrome;
}

/** The browser's message for `key` in its UI language (falling back to default_locale), or '' when it has none. */
export function browserMessage(key: string, substitutions: readonly string[]): string {
  try {
    return ns()?.i18n?.getMessage(key, substitutions.length ? [...substitutions] : undefined) ?? '';
  } catch {
    return '';
  }
}

/** The browser's UI language, e.g. "en-GB" or "cy"; undefined outside an extension. */
export function browserUiLanguage(): string | undefined {
  try {
    return ns()?.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

/**
 * The language the browser chose for the extension's own words ("en" or "cy"), from the locale
 * files' `languageCode` message; else its UI language. Not simply the UI language: a browser can
 * prefer Welsh (and so give the extension Welsh) while its own menus stay in English.
 */
export function browserLanguage(): string | undefined {
  return browserMessage('languageCode', []) || browserUiLanguage();
}

/** The address of one of the extension's own files; throws outside an extension. */
export function ownFileUrl(path: string): string {
  const g = globalThis as { browser?: Namespace; chrome?: Namespace };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('no extension runtime');
  return runtime.getURL(path);
}
