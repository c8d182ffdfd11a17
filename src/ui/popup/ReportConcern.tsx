/** Who to tell, and how (policy sections 7, 8 and 9), from the school's settings. */
import type { Settings } from '../../settings/schema';

export function ReportConcern(props: { lead: Settings['safeguardingLead']; clauseHref: (clause: string) => string }) {
  const { lead } = props;
  const any = lead.name || lead.email || lead.phone || lead.reportUrl;
  return (
    <section class="panel" aria-labelledby="rc-h" data-testid="report-concern">
      <h2 id="rc-h">Report a concern</h2>
      {any ? (
        <div>
          <p>
            <strong>{lead.name || 'Your safeguarding lead'}</strong>
            {lead.role ? `, ${lead.role}` : ''}
          </p>
          <ul class="contact">
            {lead.email && (
              <li>
                Email: <a href={`mailto:${lead.email}`}>{lead.email}</a>
              </li>
            )}
            {lead.phone && (
              <li>
                Phone: <a href={`tel:${lead.phone.replace(/\s+/g, '')}`}>{lead.phone}</a>
              </li>
            )}
            {lead.reportUrl && (
              <li>
                <a href={lead.reportUrl} target="_blank" rel="noopener">
                  The school's reporting form
                </a>
              </li>
            )}
          </ul>
        </div>
      ) : (
        <p>Your school has not added its safeguarding lead's details. Report concerns to your Designated Safeguarding Lead in person.</p>
      )}
      <details>
        <summary>What to do</summary>
        <p>
          <strong>Something online worries you about a child</strong> (
          <a href={props.clauseHref('7.1')} target="_blank" rel="noopener">
            section 7
          </a>
          ): tell the lead safeguarding officer straight away. Don't wait: urgent steps may be needed to support the child.
        </p>
        <p>
          <strong>You are being abused or harassed online</strong> (
          <a href={props.clauseHref('8.1')} target="_blank" rel="noopener">
            sections 8 and 9
          </a>
          ): don't reply or engage. Keep records (screenshots with the time, date and web address) and report it to a senior manager. They will ask the site to
          remove it, normally within 24 hours, and, if it is threatening, with your consent, involve the police.
        </p>
      </details>
    </section>
  );
}
