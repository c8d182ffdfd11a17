/**
 * For what Think Twice draws on a site (the content script's indicator, banner and live region,
 * and the prompt's frame): speak the language the `language` setting chooses, read from the
 * snapshot the worker publishes, and follow it when it changes. Until the chosen locale has loaded,
 * and if it cannot be, the browser's language is used: never an empty prompt.
 */
import { onLocalChanged, readLocal } from '../platform/content';
import { SNAPSHOT_KEY } from '../settings/snapshot';
import { loadLanguage } from './i18n';

function choiceIn(snapshot: unknown): string | undefined {
  const settings = (snapshot as { settings?: { language?: unknown } } | null | undefined)?.settings;
  return typeof settings?.language === 'string' ? settings.language : undefined;
}

/** Resolves once the language in force has loaded; `onChange` runs after each change of language (the first included). */
export function followLanguage(onChange?: () => void): Promise<void> {
  let current: string | undefined;
  const apply = async (snapshot: unknown) => {
    const choice = choiceIn(snapshot);
    if (choice === current) return;
    current = choice;
    await loadLanguage(choice);
    onChange?.();
  };
  try {
    onLocalChanged<unknown>(SNAPSHOT_KEY, (s) => void apply(s));
  } catch {
    // Outside an extension (tests): the browser's language, which is English there.
  }
  return readLocal<unknown>(SNAPSHOT_KEY)
    .then((s) => apply(s))
    .catch(() => undefined);
}
