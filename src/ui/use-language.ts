/**
 * For the extension's pages: draw in the language the `language` setting chooses. Returns the
 * language once its words are loaded (null while they load: a page shows "Loading…" for that
 * moment, as it does while the settings load), and sets the document's `lang` to match.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../settings/language';
import { htmlLang, loadLanguage } from './i18n';

export function useLanguage(choice: string | undefined): Language | null {
  const [loaded, setLoaded] = useState<{ choice: string | undefined; language: Language } | null>(null);
  useEffect(() => {
    let live = true;
    void loadLanguage(choice).then((language) => {
      if (!live) return;
      document.documentElement.lang = htmlLang();
      setLoaded({ choice, language });
    });
    return () => {
      live = false;
    };
  }, [choice]);
  return loaded && loaded.choice === choice ? loaded.language : null;
}
