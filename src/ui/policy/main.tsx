/**
 * The policy page: the pack in force, one anchor per clause, so clause links work offline.
 * Opened at e.g. policy/index.html#clause-5-2.
 */
import '../pages.css';
import './policy.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings } from '../../settings/load';
import { activePack } from '../../policy/active';
import { BUILTIN_PACK } from '../../policy/builtin';
import type { PolicyPack } from '../../policy/pack';
import { localisePack } from '../../policy/localise';
import { loadLanguage, htmlLang, t } from '../i18n';

function PolicyPage() {
  const [pack, setPack] = useState<PolicyPack | null>(null);
  useEffect(() => {
    // The words in the chosen language first, so the page is drawn once, in it.
    loadSettings()
      .then(async (r) => setPack(localisePack(activePack(r.settings), await loadLanguage(r.settings.language))))
      .catch(async () => setPack(localisePack(BUILTIN_PACK, await loadLanguage(undefined))))
      .finally(() => {
        document.documentElement.lang = htmlLang();
      });
  }, []);
  useEffect(() => {
    // The page renders after load, so jump to the requested clause once it exists.
    if (!pack || !location.hash) return;
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el) {
      el.scrollIntoView();
      el.focus();
    }
  }, [pack]);
  if (!pack) return <p>{t('policyLoading')}</p>;
  document.title = `${pack.title} – ${t('extName')}`;
  let lastSection = '';
  return (
    <main>
      <h1>{pack.title}</h1>
      <p class="muted">
        {t(pack.id === BUILTIN_PACK.id ? 'policyBuiltin' : 'policySchool')} · {t('policyVersion', pack.version, pack.effectiveDate)}
      </p>
      {pack.summary && <p>{pack.summary}</p>}
      <p class="motto">{pack.prompt.heading || t('promptHeading')}</p>
      {pack.clauses.map((c) => {
        const section = c.number.split('.')[0] ?? c.number;
        const heading = section !== lastSection && c.title ? <h2 key={`h${section}`}>{`${section}. ${c.title}`}</h2> : null;
        lastSection = section;
        return [
          heading,
          <section key={c.anchor} id={c.anchor} tabIndex={-1} class="clause" aria-labelledby={`${c.anchor}-n`}>
            <p>
              <a class="clause-number" id={`${c.anchor}-n`} href={`#${c.anchor}`}>
                {c.number}
              </a>{' '}
              {c.text
                .split('\n')
                .map((line, n) => ({ line, id: `${c.anchor}-${n}` }))
                .map(({ line, id }) =>
                  line.startsWith('•') ? (
                    <span class="bullet" key={id}>
                      {line.slice(1).trim()}
                    </span>
                  ) : (
                    <span key={id}>{line} </span>
                  ),
                )}
            </p>
          </section>,
        ];
      })}
      {pack.note && <p class="notice">{pack.note}</p>}
    </main>
  );
}

render(<PolicyPage />, document.getElementById('app')!);
