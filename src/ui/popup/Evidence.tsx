/**
 * "Keep a record of abuse you receive online (8.2)": one click saves a screenshot of the page with
 * its address, title, date and time, on this device only. Also reminds the staff member, 24 hours
 * after they asked for removal, to check that the content was taken down (9.3, 9.4).
 */
import { useEffect, useState } from 'preact/hooks';
import { extensionUrl, sendToBackground } from '../../platform/browser';
import { listRemovalRequests, onEvidenceChanged } from '../../evidence/store';
import { dueForRemovalCheck } from '../../evidence/record';
import type { RecordEvidenceResult } from '../../messages';
import { EVIDENCE_PAGE_PATH } from '../../evidence/page';
import { t } from '../i18n';
import { removalCheckText } from '../evidence-words';

type Status = { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string; id?: string };

/** `clause`: where the policy in force asks staff to keep a record of abuse. */
export function Evidence(props: { clauseHref: (clause: string) => string; clause: string }) {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });
  const [due, setDue] = useState(0);
  const page = extensionUrl(EVIDENCE_PAGE_PATH);

  useEffect(() => {
    const refresh = () =>
      void listRemovalRequests()
        .then((rs) => setDue(dueForRemovalCheck(rs, new Date()).length))
        .catch(() => setDue(0));
    refresh();
    return onEvidenceChanged(refresh);
  }, []);

  async function record() {
    setStatus({ kind: 'busy', text: t('evBusy') });
    const res = (await sendToBackground({ type: 'record-evidence', ...(note.trim() ? { note } : {}) })) as RecordEvidenceResult | undefined;
    if (!res) setStatus({ kind: 'error', text: t('evError') });
    else if (res.ok) {
      setStatus({ kind: 'ok', text: t('evOk'), id: res.id });
      setNote('');
    } else setStatus({ kind: 'error', text: res.error });
  }

  return (
    <section class="panel" aria-labelledby="ev-h" data-testid="evidence">
      <h2 id="ev-h">
        {t('evHeading')} (
        <a href={props.clauseHref(props.clause)} target="_blank" rel="noopener">
          {props.clause}
        </a>
        )
      </h2>
      {due > 0 && (
        <p class="notice" data-testid="evidence-due">
          <a href={page} target="_blank" rel="noopener">
            {removalCheckText(due)}
          </a>
        </p>
      )}
      <div class="field">
        <label for="ev-note">{t('evNote')}</label>
        <p class="help" id="ev-note-help">
          {t('evNoteHelp')}
        </p>
        <textarea id="ev-note" aria-describedby="ev-note-help" value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </div>
      <p>
        <button type="button" class="primary" disabled={status.kind === 'busy'} onClick={() => void record()}>
          {t('evRecord')}
        </button>
      </p>
      <p
        role="status"
        class={status.kind === 'error' ? 'problem' : status.kind === 'idle' ? 'sr-only' : ''}
        data-testid="evidence-status"
        data-kind={status.kind}
      >
        {status.text}
      </p>
      <p>
        <a href={status.kind === 'ok' && status.id ? `${page}#record-${status.id}` : page} target="_blank" rel="noopener">
          {t('evSee')}
        </a>
      </p>
    </section>
  );
}
