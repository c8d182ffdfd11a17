/**
 * The settings that change what Think Twice says about a draft, as the check on this page used them
 * (the snapshot content scripts read): who the school is, the policy, the learned model and how sure
 * it must be, pupils' names, the consent box, official accounts, sites switched off, and per category
 * whether it is checked, what happens, its severity, extra terms and rules switched off.
 */
import type { SettingsSnapshot } from '../settings/snapshot';
import { CATEGORY_IDS } from '../policy/ids';
import type { CategoryAction } from '../settings/schema';
import { t, type MessageKey } from '../ui/i18n';

const ACTION: Record<CategoryAction, MessageKey> = { nudge: 'tryActionNudge', reason: 'tryActionReason', block: 'tryActionBlock' };
const SEVERITY: Record<string, MessageKey> = {
  default: 'trySeverityDefault',
  advice: 'trySeverityAdvice',
  warning: 'trySeverityWarning',
  serious: 'trySeveritySerious',
};

export function SettingsInForce(props: { snapshot: SettingsSnapshot }) {
  const { settings: s, pack } = props.snapshot;
  const sitesOff = Object.entries(s.sites as Record<string, boolean>)
    .filter(([, on]) => on === false)
    .map(([id]) => id);
  const rows: Array<[string, string]> = [
    [t('trySchool'), s.schoolName || t('tryNotSet')],
    [t('tryTrust'), s.trustName || t('tryNotSet')],
    [t('tryAliases'), s.schoolAliases.length ? s.schoolAliases.join(', ') : t('tryNotSet')],
    [t('tryPolicy'), t('tryPolicyVersion', pack.title, pack.version)],
    [t('tryPupils'), props.snapshot.hasPupilNames ? t('tryPupilsSet') : t('tryNotSet')],
    [
      t('tryModel'),
      s.toneModel.enabled
        ? `${t('tryModelOn')}. ${t('tryThresholds', s.toneModel.offensive, s.toneModel.hate, s.toneModel.threat)}.${s.toneModel.mildNeedsModel ? ` ${t('tryMildNeedsModel')}.` : ''}`
        : t('tryModelOff'),
    ],
    [t('tryConsent'), s.requireConsentConfirmation ? t('tryConsentRequired') : t('tryConsentAsked')],
    [t('tryOfficial'), s.officialAccounts.length ? s.officialAccounts.join(', ') : t('tryNone')],
    [t('trySitesOff'), sitesOff.length ? sitesOff.join(', ') : t('tryNone')],
  ];
  return (
    <section aria-labelledby="try-settings-h" class="panel try-settings" data-testid="try-settings">
      <h2 id="try-settings-h">{t('trySettingsHeading')}</h2>
      <p class="muted">{t('trySettingsLead')}</p>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term} class="try-setting">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t('tryCategories')}</summary>
        <div class="try-table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('tryCategoryCol')}</th>
                <th scope="col">{t('tryCheckedCol')}</th>
                <th scope="col">{t('tryActionCol')}</th>
                <th scope="col">{t('trySeverityCol')}</th>
                <th scope="col">{t('tryTermsCol')}</th>
                <th scope="col">{t('tryRulesOffCol')}</th>
              </tr>
            </thead>
            <tbody>
              {CATEGORY_IDS.map((id) => {
                const c = s.categories[id];
                const title = pack.categories.find((p) => p.id === id)?.title ?? id;
                return (
                  <tr key={id} data-category={id}>
                    <th scope="row">{title}</th>
                    <td>{c.enabled ? t('tryYes') : t('tryNo')}</td>
                    <td>{t(ACTION[c.action] ?? 'tryActionNudge')}</td>
                    <td>{t(SEVERITY[c.severity] ?? 'trySeverityDefault')}</td>
                    <td>{c.extraTerms.length}</td>
                    <td>{c.disabledRules.length}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
