/** The toolbar popup: is Think Twice on, is the school's configuration sound, where is the policy. */
import '../pages.css';
import './popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { watchSettings } from '../../settings/load';
import type { ResolvedSettings } from '../../settings/resolve';
import { activePack } from '../../policy/active';
import { clauseLink, POLICY_PAGE_PATH } from '../../policy/links';
import { extensionUrl, openOptionsPage, optionsPageUrl } from '../../platform/browser';
import { ProblemList } from '../ProblemList';
import { t } from '../i18n';
import { TRY_PAGE_PATH } from '../try/path';
import { LessonTime } from './LessonTime';
import { ReportConcern } from './ReportConcern';
import { Evidence } from './Evidence';

function Popup() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  useEffect(() => watchSettings(setResolved), []);
  if (!resolved) return <p>Loading…</p>;
  const { settings } = resolved;
  const pack = activePack(settings);
  const settingsHref = optionsPageUrl();
  const policyHref = (clause: string) => clauseLink(clause, settings.policyUrl, extensionUrl(POLICY_PAGE_PATH));
  return (
    <main>
      <header>
        <h1>Think Twice</h1>
        <p class="muted">{settings.schoolName || 'Your school'} · social media policy</p>
      </header>
      <ProblemList problems={resolved.problems} />
      <LessonTime
        timetable={settings.timetable}
        freePeriods={settings.freePeriods}
        clauseHref={policyHref('5.4')}
        broken={resolved.problems.some((p) => p.path.startsWith('timetable'))}
        settingsHref={settingsHref}
        onOpenSettings={() => void openOptionsPage()}
      />
      <p class="motto">{pack.prompt.heading}</p>
      <p>Think Twice checks your posts on this device before they go. Nothing you type is sent anywhere.</p>
      <ReportConcern lead={settings.safeguardingLead} clauseHref={policyHref} />
      <Evidence clauseHref={policyHref} />
      <nav aria-label="Think Twice">
        <ul>
          <li>
            <a href={policyHref('5.2')} target="_blank" rel="noopener">
              Read the policy
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
              Settings
            </a>
          </li>
        </ul>
      </nav>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
