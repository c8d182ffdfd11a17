/**
 * "Keep a record of abuse you receive online (8.2)": one click saves a screenshot of the page with
 * its address, title, date and time, on this device only. Also reminds the staff member, 24 hours
 * after they asked for removal, to check that the content was taken down (9.3, 9.4).
 */
import { useEffect, useState } from 'preact/hooks';
import { extensionUrl, sendToBackground } from '../../platform/browser';
import { listRemovalRequests, onEvidenceChanged } from '../../evidence/store';
import { dueForRemovalCheck, removalCheckMessage } from '../../evidence/record';
import type { RecordEvidenceResult } from '../../messages';
import { EVIDENCE_PAGE_PATH } from '../../evidence/page';

type Status = { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string; id?: string };

export function Evidence(props: { clauseHref: (clause: string) => string }) {
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
    setStatus({ kind: 'busy', text: 'Taking a screenshot of this page…' });
    const res = (await sendToBackground({ type: 'record-evidence', ...(note.trim() ? { note } : {}) })) as RecordEvidenceResult | undefined;
    if (!res) setStatus({ kind: 'error', text: "Think Twice couldn't record this page just now. Please try again." });
    else if (res.ok) {
      setStatus({ kind: 'ok', text: 'Recorded: a screenshot of this page with its address, date and time, saved on this device.', id: res.id });
      setNote('');
    } else setStatus({ kind: 'error', text: res.error });
  }

  return (
    <section class="panel" aria-labelledby="ev-h" data-testid="evidence">
      <h2 id="ev-h">
        Keep a record of abuse you receive online (
        <a href={props.clauseHref('8.2')} target="_blank" rel="noopener">
          8.2
        </a>
        )
      </h2>
      {due > 0 && (
        <p class="notice" data-testid="evidence-due">
          <a href={page} target="_blank" rel="noopener">
            {removalCheckMessage(due)}
          </a>
        </p>
      )}
      <div class="field">
        <label for="ev-note">Note (optional)</label>
        <p class="help" id="ev-note-help">
          What happened, who posted it, anything the screenshot doesn't show.
        </p>
        <textarea id="ev-note" aria-describedby="ev-note-help" value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </div>
      <p>
        <button type="button" class="primary" disabled={status.kind === 'busy'} onClick={() => void record()}>
          Record this page
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
          See your records
        </a>
      </p>
    </section>
  );
}
