/**
 * Shown when "Post anyway" could not send the post: the site changed its composer while the prompt
 * was open (it re-rendered, or the page moved on) and no control that sends it could be found. The
 * person's text is never lost: it is here to copy.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dialogKeyDown } from '../content/dialog';
import { t } from '../i18n';

export interface UnsentProps {
  siteName: string;
  text: string;
  onClose: () => void;
}

export function Unsent(p: UnsentProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  useEffect(() => {
    area.current?.focus();
    area.current?.select();
  }, []);
  const copy = () => {
    area.current?.select();
    const done = (ok: boolean) => setCopied(ok ? 'yes' : 'no');
    if (navigator.clipboard?.writeText)
      navigator.clipboard.writeText(p.text).then(
        () => done(true),
        () => done(false),
      );
    else done(false);
  };
  return (
    <div class="tt-backdrop">
      <div
        ref={dialog}
        class="tt-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="tt-unsent-h"
        aria-describedby="tt-unsent-d"
        data-testid="tt-unsent"
        onKeyDown={(e) => dialogKeyDown(e, dialog.current, p.onClose)}
      >
        <h2 id="tt-unsent-h" class="tt-heading">
          {t('unsentHeading')}
        </h2>
        <p id="tt-unsent-d">{t('unsentText', p.siteName)}</p>
        <p class="tt-reason-field">
          <label for="tt-unsent-text">{t('unsentLabel')}</label>
          <textarea id="tt-unsent-text" ref={area} readOnly value={p.text} />
        </p>
        <p role="status" class="tt-intro">
          {copied === 'yes' ? t('unsentCopied') : copied === 'no' ? t('unsentCopyFailed') : ''}
        </p>
        <div class="tt-buttons">
          <button type="button" class="tt-secondary" onClick={copy} data-testid="tt-unsent-copy">
            {t('unsentCopy')}
          </button>
          <button type="button" class="tt-primary" onClick={p.onClose} data-testid="tt-unsent-close">
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
