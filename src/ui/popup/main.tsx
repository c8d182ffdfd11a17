/** The toolbar popup: is Think Twice on, is the school's configuration sound, where is the policy. */
import '../pages.css';
import './popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { watchSettings } from '../../settings/load';
import type { ResolvedSettings } from '../../settings/resolve';
import { activePack } from '../../policy/active';
import { clauseLink, POLICY_PAGE_PATH } from '../../policy/links';
import { clauseFor } from '../../policy/clauses';
import { extensionUrl, openOptionsPage, optionsPageUrl } from '../../platform/browser';
import { ProblemList } from '../ProblemList';
import { t } from '../i18n';
import { useLanguage } from '../use-language';
import { localisePack } from '../../policy/localise';
import { TRY_PAGE_PATH } from '../try/path';
import { LessonTime } from './LessonTime';
import { ReportConcern } from './ReportConcern';
import { Evidence } from './Evidence';

function Popup() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  useEffect(() => watchSettings(setResolved), []);
  const ready = useLanguage(resolved?.settings.language);
  if (!resolved || !ready) return <p>{t('loading')}</p>;
  const { settings } = resolved;
  const pack = localisePack(activePack(settings), ready);
  const settingsHref = optionsPageUrl();
  const policyHref = (clause: string) => clauseLink(clause, settings.policyUrl, extensionUrl(POLICY_PAGE_PATH));
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <p class="muted">{t('popupSchool', settings.schoolName || t('yourSchool'))}</p>
      </header>
      <ProblemList problems={resolved.problems} />
      <LessonTime
        timetable={settings.timetable}
        freePeriods={settings.freePeriods}
        clauseHref={policyHref(clauseFor(pack, 'lesson-time'))}
        broken={resolved.problems.some((p) => p.path.startsWith('timetable'))}
        settingsHref={settingsHref}
        onOpenSettings={() => void openOptionsPage()}
      />
      <p class="motto">{pack.prompt.heading || t('promptHeading')}</p>
      <p>{t('popupLead')}</p>
      <ReportConcern
        lead={settings.safeguardingLead}
        clauseHref={policyHref}
        childClause={clauseFor(pack, 'reporting', 0)}
        abuseClause={clauseFor(pack, 'reporting', 1)}
      />
      <Evidence clauseHref={policyHref} clause={clauseFor(pack, 'reporting', 2)} />
      <nav aria-label={t('extName')}>
        <ul>
          <li>
            <a href={policyHref('')} target="_blank" rel="noopener">
              {t('readPolicy')}
            </a>
          </li>
          <li>
            <a href={extensionUrl(TRY_PAGE_PATH)} target="_blank" rel="noopener">
              {t('tryTitle')}
            </a>
          </li>
          <li>
            <a
              href={settingsHref}
              onClick={(e) => {
                e.preventDefault();
                void openOptionsPage();
              }}
            >
              {t('settings')}
            </a>
          </li>
        </ul>
      </nav>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
