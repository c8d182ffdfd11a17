/**
 * Before a friend or follow request is accepted or sent (policy 5.3): a short reminder with
 * Continue and Cancel. Shown at most once per person per day.
 */
import { useEffect, useRef } from 'preact/hooks';
import { dialogKeyDown } from './dialog';
import { t } from '../i18n';

export interface RequestReminderProps {
  action: string;
  siteName: string;
  /** Where the policy in force covers contact with pupils ('' when it does not say: the link opens the policy). */
  clause: string;
  onContinue: () => void;
  onCancel: () => void;
  onOpenClause: (clause: string) => void;
}

export function RequestReminder(p: RequestReminderProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="tt-backdrop">
      <div
        ref={dialog}
        class="tt-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="tt-req-h"
        aria-describedby="tt-req-d"
        data-testid="tt-request-reminder"
        onKeyDown={(e) => dialogKeyDown(e, dialog.current, p.onCancel)}
      >
        <h2 id="tt-req-h" class="tt-heading">
          {t('reminderHeading')}
        </h2>
        <p id="tt-req-d">{t('reminderText')}</p>
        <p>
          <button type="button" class="tt-link" onClick={() => p.onOpenClause(p.clause)}>
            {p.clause ? t('readClause', p.clause) : t('readPolicy')}
          </button>
        </p>
        <div class="tt-buttons">
          <button type="button" ref={cancel} class="tt-primary" onClick={p.onCancel} data-testid="tt-request-cancel">
            {t('reminderCancel')}
          </button>
          <button type="button" class="tt-secondary" onClick={p.onContinue} data-testid="tt-request-continue">
            {t('reminderContinue', p.action)}
          </button>
        </div>
      </div>
    </div>
  );
}
