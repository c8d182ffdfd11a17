/** Who to tell, and how (policy sections 7, 8 and 9), from the school's settings. */
import type { Settings } from '../../settings/schema';
import { t } from '../i18n';

/** `childClause`, `abuseClause`: where the policy in force says to report a concern about a child, and abuse received. */
export function ReportConcern(props: { lead: Settings['safeguardingLead']; clauseHref: (clause: string) => string; childClause: string; abuseClause: string }) {
  const { lead } = props;
  const any = lead.name || lead.email || lead.phone || lead.reportUrl;
  return (
    <section class="panel" aria-labelledby="rc-h" data-testid="report-concern">
      <h2 id="rc-h">{t('reportHeading')}</h2>
      {any ? (
        <div>
          <p>
            <strong>{lead.name || t('reportLeadFallback')}</strong>
            {lead.role ? `, ${lead.role}` : ''}
          </p>
          <ul class="contact">
            {lead.email && (
              <li>
                {t('reportEmail')} <a href={`mailto:${lead.email}`}>{lead.email}</a>
              </li>
            )}
            {lead.phone && (
              <li>
                {t('reportPhone')} <a href={`tel:${lead.phone.replace(/\s+/g, '')}`}>{lead.phone}</a>
              </li>
            )}
            {lead.reportUrl && (
              <li>
                <a href={lead.reportUrl} target="_blank" rel="noopener">
                  {t('reportForm')}
                </a>
              </li>
            )}
          </ul>
        </div>
      ) : (
        <p>{t('reportNoLead')}</p>
      )}
      <details>
        <summary>{t('reportWhat')}</summary>
        <p>
          <strong>{t('reportChildHeading')}</strong> (
          <a href={props.clauseHref(props.childClause)} target="_blank" rel="noopener">
            {t('reportChildSection', props.childClause)}
          </a>
          ): {t('reportChildText')}
        </p>
        <p>
          <strong>{t('reportAbuseHeading')}</strong> (
          <a href={props.clauseHref(props.abuseClause)} target="_blank" rel="noopener">
            {t('reportChildSection', props.abuseClause)}
          </a>
          ): {t('reportAbuseText')}
        </p>
      </details>
    </section>
  );
}
