/** The options page: the staff member's own settings, with what the school set shown read-only. */
import '../pages.css';
import './options.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { watchSettings } from '../../settings/load';
import { extensionUrl, readStaff, writeStaff } from '../../platform/browser';
import { describeFields, setAt } from '../../settings/fields';
import type { ResolvedSettings } from '../../settings/resolve';
import { activePack } from '../../policy/active';
import { BUILTIN_PACK } from '../../policy/builtin';
import { ProblemList } from '../ProblemList';
import { t } from '../i18n';
import { useLanguage } from '../use-language';
import { localisePack } from '../../policy/localise';
import { TRY_PAGE_PATH } from '../try/path';
import { SettingsForm } from './SettingsForm';
import { ExtraSites } from './ExtraSites';
import { TimetableSection } from './TimetableSection';
import { PrivacySection } from './PrivacySection';

// The timetable and free periods have their own section (import, preview, PPA), not generic inputs.
const FIELDS = describeFields().filter((f) => f.kind !== 'data' && f.key !== 'freePeriods');
const STAFF_FIELDS = FIELDS.filter((f) => f.scope !== 'admin');
const SCHOOL_FIELDS = FIELDS.filter((f) => f.scope === 'admin');

function Options() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => watchSettings(setResolved), []);
  const ready = useLanguage(resolved?.settings.language);
  if (!resolved || !ready) return <p>{t('loading')}</p>;
  const pack = localisePack(activePack(resolved.settings), ready);
  document.title = t('optionsTitle');

  const onChange = async (path: string, value: unknown) => {
    const staff = (await readStaff()) as Record<string, unknown>;
    await writeStaff(setAt(typeof staff === 'object' && staff ? staff : {}, path, value));
    setStatus(t('saved'));
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{resolved.settings.schoolName || t('yourSchool')}</p>
      <ProblemList problems={resolved.problems} />
      <section class="panel" aria-labelledby="policy-h">
        <h2 id="policy-h">{t('policyInForce')}</h2>
        <p data-testid="pack-in-force">{t(pack.id === BUILTIN_PACK.id ? 'packBuiltin' : 'packSchool', pack.title, pack.version)}</p>
        <p>
          {t('tryOptionsLead')}{' '}
          <a href={extensionUrl(TRY_PAGE_PATH)} target="_blank" rel="noopener">
            {t('tryTitle')}
          </a>
        </p>
      </section>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      <section aria-labelledby="yours-h">
        <h2 id="yours-h">{t('yourSettings')}</h2>
        <SettingsForm fields={STAFF_FIELDS} resolved={resolved} onChange={(p, v) => void onChange(p, v)} />
      </section>
      <TimetableSection resolved={resolved} save={onChange} />
      <ExtraSites />
      <PrivacySection />
      <section aria-labelledby="school-h">
        <h2 id="school-h">{t('setBySchoolHeading')}</h2>
        <p class="muted">{t('setBySchoolLead')}</p>
        <details>
          <summary>{t('setBySchoolShow')}</summary>
          <SettingsForm fields={SCHOOL_FIELDS} resolved={resolved} onChange={(p, v) => void onChange(p, v)} />
        </details>
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
