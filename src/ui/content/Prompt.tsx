/**
 * The prompt: "If in doubt, don't post it!" with one line per concern, each with the snippet
 * highlighted, the reason in plain English, and the clause. Edit post / Post anyway, and "Not a
 * concern" per finding. An alertdialog: focus moves in, Tab is trapped, Escape = Edit post.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Concern } from '../../assess/concerns';
import type { CategoryAction } from '../../settings/schema';
import { dialogKeyDown } from './dialog';
import { t } from '../i18n';

export interface PromptProps {
  /** The policy pack's wording, in the staff member's language; empty: the locale's own (public/_locales). */
  heading: string;
  intro: string;
  editLabel: string;
  postAnywayLabel: string;
  siteName: string;
  concerns: Concern[];
  action: CategoryAction;
  /** The school requires the consent box to be ticked before a post about pupils with media goes (5.5). */
  requireConsent: boolean;
  /** Pre-filled official account names; when given, staff may say they are posting for one. */
  officialAccounts: string[];
  onEdit: () => void;
  onPostAnyway: (note: { reason: string; officialAccount: boolean }) => void;
  onNotConcern: (c: Concern) => void;
  onOpenClause: (clause: string) => void;
  /**
   * Drawn in the flow of the "Try a draft" page rather than over a site: a labelled region that
   * neither takes focus when it appears (the person may still be typing) nor keeps Tab inside it.
   */
  preview?: boolean;
}

export function Prompt(p: PromptProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const editBtn = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [official, setOfficial] = useState(false);
  const [consented, setConsented] = useState(false);
  const [dismissed, setDismissed] = useState<string[]>([]);

  useEffect(() => {
    if (!p.preview) editBtn.current?.focus();
  }, [p.preview]);

  const shown = p.concerns.filter((c) => !dismissed.includes(c.key));
  const lessonOnly = shown.length > 0 && shown.every((c) => c.category === 'lesson-time');
  // Posting for the school's official account answers the lesson-time concern (the policy covers personal accounts).
  const action = official && lessonOnly ? 'nudge' : p.action;
  const needReason = action === 'reason' && reason.trim().length < 3;
  const askConsent = shown.some((c) => c.category === 'consent');
  const needConsent = askConsent && p.requireConsent && !consented;

  const onKeyDown = (e: KeyboardEvent) => dialogKeyDown(e, dialog.current, p.onEdit);

  // The role depends on where the prompt is drawn, so it and its ARIA attributes are spread in (Biome's a11y rules see only a role written out).
  return (
    <div class="tt-backdrop" data-testid="tt-prompt-backdrop">
      <div
        ref={dialog}
        class="tt-dialog"
        {...(p.preview ? { role: 'region' } : { role: 'alertdialog', 'aria-modal': 'true', onKeyDown })}
        {...{ 'aria-labelledby': 'tt-prompt-heading', 'aria-describedby': 'tt-prompt-intro' }}
        data-testid="tt-prompt"
      >
        <h2 id="tt-prompt-heading" class="tt-heading">
          {p.heading || t('promptHeading')}
        </h2>
        <p id="tt-prompt-intro" class="tt-intro">
          {p.intro || t('promptIntro')}
        </p>
        <ul class="tt-concerns" aria-label={t('promptConcernsLabel')}>
          {shown.map((c) => (
            <li class={`tt-concern tt-${c.severity}`} key={c.key} data-category={c.category} data-rule={c.ruleId}>
              <p class="tt-concern-title">
                <span class="tt-sev">{t(c.severity === 'serious' ? 'severitySerious' : c.severity === 'warning' ? 'severityWarning' : 'severityAdvice')}:</span>{' '}
                {c.title}
              </p>
              {c.snippet && (
                <p class="tt-snippet">
                  {c.snippet.before}
                  <mark>{c.snippet.match}</mark>
                  {c.snippet.after}
                </p>
              )}
              <p class="tt-reason">{c.reason}</p>
              {c.explanation && <p class="tt-explanation">{c.explanation}</p>}
              <p class="tt-concern-actions">
                {c.clause && (
                  <button type="button" class="tt-link" onClick={() => p.onOpenClause(c.clause)}>
                    {t('readClause', c.clause)}
                  </button>
                )}
                {c.source !== 'context' && (
                  <button
                    type="button"
                    class="tt-link"
                    aria-label={t('notConcernLabel', c.title)}
                    onClick={() => {
                      setDismissed([...dismissed, c.key]);
                      p.onNotConcern(c);
                      editBtn.current?.focus();
                    }}
                  >
                    {t('notConcern')}
                  </button>
                )}
              </p>
            </li>
          ))}
          {shown.length === 0 && <li class="tt-concern">{t('promptAllDismissed')}</li>}
        </ul>
        {p.officialAccounts.length > 0 && shown.some((c) => c.category === 'lesson-time') && (
          <p class="tt-official">
            <input id="tt-official" type="checkbox" checked={official} onChange={(e) => setOfficial((e.currentTarget as HTMLInputElement).checked)} />{' '}
            <label for="tt-official">{t('promptOfficial', p.officialAccounts.join(', '))}</label>
          </p>
        )}
        {askConsent && (
          <p class="tt-official" data-testid="tt-consent">
            <input id="tt-consent" type="checkbox" checked={consented} onChange={(e) => setConsented((e.currentTarget as HTMLInputElement).checked)} />{' '}
            <label for="tt-consent">{t(p.requireConsent ? 'promptConsentRequired' : 'promptConsent')}</label>
          </p>
        )}
        {action === 'reason' && (
          <p class="tt-reason-field">
            <label for="tt-reason-input">{t('promptReasonLabel')}</label>{' '}
            <span class="tt-intro" id="tt-reason-note">
              {t('promptReasonNote')}
            </span>
            <textarea
              id="tt-reason-input"
              aria-describedby="tt-reason-note"
              value={reason}
              onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </p>
        )}
        {action === 'block' && (
          <p class="tt-blocked" role="note">
            {t('promptBlocked')}
          </p>
        )}
        <div class="tt-buttons">
          <button type="button" ref={editBtn} class="tt-primary" onClick={p.onEdit} data-testid="tt-edit">
            {p.editLabel || t('promptEdit')}
          </button>
          {action !== 'block' && (
            <button
              type="button"
              class="tt-secondary"
              disabled={needReason || needConsent}
              onClick={() => p.onPostAnyway({ reason: reason.trim(), officialAccount: official })}
              data-testid="tt-post-anyway"
            >
              {p.postAnywayLabel || t('promptPostAnyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
