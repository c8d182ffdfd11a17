/**
 * The Evidence page (policy 8.2, 9.3, 9.4): the records the staff member made, newest first, with
 * their notes and what happened next (reported to whom, removal requested and checked); export as
 * one self-contained HTML report for the senior manager; delete. Everything stays on this device.
 *
 * Opened at #record-<id> to show one record (after a capture), or with ?failed=<reason> when a
 * capture from the context menu failed.
 */
import '../pages.css';
import './evidence.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings } from '../../settings/load';
import { deleteAllRecords, deleteRecord, listRecords, onEvidenceChanged, updateRecord, type Listing } from '../../evidence/store';
import { dueForRemovalCheck, formatDateTime, removalCheckMessage, type EvidenceEdit, type EvidenceRecord } from '../../evidence/record';
import { buildReport, reportFileName } from '../../evidence/report';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as an <input type="datetime-local"> value, in the device's time zone. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An <input type="datetime-local"> value (device time) as an ISO instant; '' when empty, null when not a time. */
function fromLocalInput(value: string): string | null {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A stable ref callback (so it runs once, when the element appears): moves focus to the confirm button. */
const focusOnMount = (el: HTMLElement | null) => el?.focus();

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function download(html: string, name: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function RecordCard(props: { record: EvidenceRecord; due: boolean; onDeleted: (title: string) => void }) {
  const r = props.record;
  const key = `record-${r.id}`;
  const [note, setNote] = useState(r.note);
  const [reportedTo, setReportedTo] = useState(r.reportedTo ?? '');
  const [reportedOn, setReportedOn] = useState(r.reportedOn ?? '');
  const [requested, setRequested] = useState(toLocalInput(r.removalRequestedOn));
  const [checked, setChecked] = useState(r.removalCheckedOn ?? '');
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const title = r.title || r.url;

  async function save(e: Event) {
    e.preventDefault();
    const removalRequestedOn = fromLocalInput(requested);
    if (removalRequestedOn === null) {
      setStatus('"Removal requested on" is not a date and time. Please check it.');
      return;
    }
    const edit: EvidenceEdit = { note, reportedTo: reportedTo.trim(), reportedOn, removalRequestedOn, removalCheckedOn: checked };
    try {
      await updateRecord(r.id, edit);
      setStatus('Changes saved.');
    } catch (err) {
      setStatus(`Not saved: ${(err as Error).message || 'please check the dates.'}`);
    }
  }

  async function remove() {
    try {
      await deleteRecord(r.id);
      props.onDeleted(title);
    } catch {
      setStatus("This record couldn't be deleted. Please try again.");
    }
  }

  return (
    <article class="record" id={key} aria-labelledby={`${key}-h`} data-testid="evidence-record" data-id={r.id}>
      <h2 id={`${key}-h`} tabIndex={-1}>
        {title}
      </h2>
      {props.due && <p class="notice">Removal was requested more than 24 hours ago: was the content removed? If so, fill in "Removal checked on".</p>}
      <div class="record-body">
        <div>
          <img class="thumb" src={r.screenshot} alt={`Screenshot of ${title}`} />
          <details>
            <summary>Show full size</summary>
            <img class="full" src={r.screenshot} alt={`Screenshot of ${title}, full size`} />
          </details>
        </div>
        <div>
          <dl class="facts">
            <dt>Address</dt>
            <dd data-testid="evidence-url">
              {/^https?:\/\//i.test(r.url) ? (
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.url}
                </a>
              ) : (
                r.url
              )}
            </dd>
            <dt>Title</dt>
            <dd data-testid="evidence-title">{r.title || '(no title)'}</dd>
            <dt>Taken</dt>
            <dd data-testid="evidence-time">
              <time dateTime={r.capturedAt}>{formatDateTime(r.capturedAt)}</time>
            </dd>
          </dl>
          <form onSubmit={(e) => void save(e)} aria-label={`Details for ${title}`}>
            <div class="field">
              <label for={`${key}-note`}>Note</label>
              <textarea id={`${key}-note`} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
            </div>
            <div class="pair">
              <div class="field">
                <label for={`${key}-to`}>Reported to</label>
                <input
                  type="text"
                  id={`${key}-to`}
                  value={reportedTo}
                  placeholder="e.g. Mrs Patel, deputy head"
                  onInput={(e) => setReportedTo((e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="field">
                <label for={`${key}-on`}>Reported on</label>
                <input type="date" id={`${key}-on`} value={reportedOn} onInput={(e) => setReportedOn((e.target as HTMLInputElement).value)} />
              </div>
              <div class="field">
                <label for={`${key}-req`}>Removal requested on</label>
                <input type="datetime-local" id={`${key}-req`} value={requested} onInput={(e) => setRequested((e.target as HTMLInputElement).value)} />{' '}
                <button type="button" onClick={() => setRequested(toLocalInput(new Date().toISOString()))}>
                  Now
                </button>
              </div>
              <div class="field">
                <label for={`${key}-chk`}>Removal checked on</label>
                <input type="date" id={`${key}-chk`} value={checked} onInput={(e) => setChecked((e.target as HTMLInputElement).value)} />{' '}
                <button type="button" onClick={() => setChecked(today())}>
                  Today
                </button>
              </div>
            </div>
            <div class="actions">
              <button type="submit" class="primary">
                Save changes
              </button>
              {!confirming && (
                <button type="button" class="danger" onClick={() => setConfirming(true)}>
                  Delete
                </button>
              )}
              <span role="status">{status}</span>
            </div>
          </form>
          {confirming && (
            // biome-ignore lint/a11y/useSemanticElements: a row of buttons confirming one action, not a form section with a legend
            <div class="actions confirm" role="group" aria-label="Confirm deletion">
              <span>Delete this record? This can't be undone.</span>
              <button type="button" class="danger" onClick={() => void remove()} ref={focusOnMount}>
                Yes, delete it
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          )}
        </div>
      </div>
    </article>
  );
}

function EvidencePage() {
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const failed = new URLSearchParams(location.search).get('failed');

  const refresh = () =>
    void listRecords()
      .then((l) => {
        setListing(l);
        setError('');
      })
      .catch(() => setError("Your records couldn't be read on this device just now. Please reload the page."));

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only; refresh reads no state
  useEffect(() => {
    refresh();
    void loadSettings()
      .then((r) => setSchoolName(r.settings.schoolName))
      .catch(() => undefined);
    return onEvidenceChanged(refresh);
  }, []);

  useEffect(() => {
    // Opened at one record (after a capture): bring it into view and move focus to it.
    if (!listing || !location.hash.startsWith('#record-')) return;
    const h = document.getElementById(`${decodeURIComponent(location.hash.slice(1))}-h`);
    if (h && document.activeElement === document.body) {
      h.scrollIntoView();
      h.focus();
    }
  }, [listing]);

  function exportAll() {
    if (!listing?.records.length) return;
    const now = new Date();
    download(buildReport(listing.records, { schoolName, generatedAt: now }), reportFileName(now));
    setMessage(`Report saved to your downloads folder as ${reportFileName(now)}. Open it in your browser and print it to PDF for your senior manager.`);
  }

  async function removeAll() {
    try {
      await deleteAllRecords();
      setConfirmAll(false);
      setMessage('All records deleted.');
    } catch {
      setMessage("Your records couldn't be deleted. Please try again.");
    }
  }

  const records = listing?.records ?? [];
  const due = new Set(dueForRemovalCheck(records, new Date()).map((r) => r.id));

  return (
    <main>
      <h1 id="evidence-h" tabIndex={-1}>
        Your records of online abuse
      </h1>
      <p>
        Section 8.2 of the social media policy asks you to keep records of abuse you receive online: screenshots of the messages or pages with the time, date
        and address. Report it to a senior manager (8.1) and don't engage with it. They will ask for it to be removed, normally within 24 hours (9.3), and check
        that it was (9.4).
      </p>
      <p class="muted" data-testid="evidence-privacy">
        These records are kept only in this browser on this device until you delete them: Think Twice never sends them anywhere.
      </p>
      {failed && (
        <p class="problem" role="alert">
          The page was not recorded. {failed}
        </p>
      )}
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      {due.size > 0 && (
        <p class="notice" data-testid="evidence-due">
          {removalCheckMessage(due.size)}
        </p>
      )}
      {listing && listing.unreadable > 0 && (
        <p class="notice">
          {listing.unreadable === 1 ? '1 stored record' : `${listing.unreadable} stored records`} could not be read and{' '}
          {listing.unreadable === 1 ? 'is' : 'are'} not shown. "Delete all" removes {listing.unreadable === 1 ? 'it' : 'them'} too.
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="primary" disabled={!records.length} onClick={exportAll}>
          Export all as a report
        </button>
        {!confirmAll ? (
          <button type="button" class="danger" disabled={!records.length && !listing?.unreadable} onClick={() => setConfirmAll(true)}>
            Delete all
          </button>
        ) : (
          // biome-ignore lint/a11y/useSemanticElements: a row of buttons confirming one action, not a form section with a legend
          <span class="actions confirm" role="group" aria-label="Confirm deleting all records">
            <span>Delete all {records.length === 1 ? '1 record' : `${records.length} records`}? This can't be undone.</span>
            <button type="button" class="danger" onClick={() => void removeAll()} ref={focusOnMount}>
              Yes, delete all
            </button>
            <button type="button" onClick={() => setConfirmAll(false)}>
              Keep them
            </button>
          </span>
        )}
      </div>
      <p role="status" data-testid="evidence-message">
        {message}
      </p>
      {!listing && !error && <p>Loading your records…</p>}
      {listing && !records.length && (
        <p data-testid="evidence-empty">
          You have no records. To make one, open the page, click the Think Twice button in the toolbar and choose "Record this page", or right-click the page
          and choose "Record evidence of this page (Think Twice)".
        </p>
      )}
      {records.map((r) => (
        <RecordCard
          key={r.id}
          record={r}
          due={due.has(r.id)}
          onDeleted={(t) => {
            setMessage(`Deleted the record of "${t}".`);
            document.getElementById('evidence-h')?.focus();
          }}
        />
      ))}
    </main>
  );
}

render(<EvidencePage />, document.getElementById('app')!);
