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
import { dueForRemovalCheck, formatDateTime, type EvidenceEdit, type EvidenceRecord } from '../../evidence/record';
import { buildReport, reportFileName } from '../../evidence/report';
import { t } from '../i18n';
import { useLanguage } from '../use-language';
import { removalCheckText } from '../evidence-words';

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
      setStatus(t('evNotDate'));
      return;
    }
    const edit: EvidenceEdit = { note, reportedTo: reportedTo.trim(), reportedOn, removalRequestedOn, removalCheckedOn: checked };
    try {
      await updateRecord(r.id, edit);
      setStatus(t('evChangesSaved'));
    } catch (err) {
      setStatus(t('evNotSaved', (err as Error).message || t('evCheckDates')));
    }
  }

  async function remove() {
    try {
      await deleteRecord(r.id);
      props.onDeleted(title);
    } catch {
      setStatus(t('evDeleteFailed'));
    }
  }

  return (
    <article class="record" id={key} aria-labelledby={`${key}-h`} data-testid="evidence-record" data-id={r.id}>
      <h2 id={`${key}-h`} tabIndex={-1}>
        {title}
      </h2>
      {props.due && <p class="notice">{t('evDueNotice')}</p>}
      <div class="record-body">
        <div>
          <img class="thumb" src={r.screenshot} alt={t('evScreenshotAlt', title)} />
          <details>
            <summary>{t('evShowFull')}</summary>
            <img class="full" src={r.screenshot} alt={t('evScreenshotFullAlt', title)} />
          </details>
        </div>
        <div>
          <dl class="facts">
            <dt>{t('evAddress')}</dt>
            <dd data-testid="evidence-url">
              {/^https?:\/\//i.test(r.url) ? (
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.url}
                </a>
              ) : (
                r.url
              )}
            </dd>
            <dt>{t('evTitle')}</dt>
            <dd data-testid="evidence-title">{r.title || t('evNoTitle')}</dd>
            <dt>{t('evTaken')}</dt>
            <dd data-testid="evidence-time">
              <time dateTime={r.capturedAt}>{formatDateTime(r.capturedAt)}</time>
            </dd>
          </dl>
          <form onSubmit={(e) => void save(e)} aria-label={t('evDetailsFor', title)}>
            <div class="field">
              <label for={`${key}-note`}>{t('evNoteLabel')}</label>
              <textarea id={`${key}-note`} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
            </div>
            <div class="pair">
              <div class="field">
                <label for={`${key}-to`}>{t('evReportedTo')}</label>
                <input
                  type="text"
                  id={`${key}-to`}
                  value={reportedTo}
                  placeholder={t('evReportedToExample')}
                  onInput={(e) => setReportedTo((e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="field">
                <label for={`${key}-on`}>{t('evReportedOn')}</label>
                <input type="date" id={`${key}-on`} value={reportedOn} onInput={(e) => setReportedOn((e.target as HTMLInputElement).value)} />
              </div>
              <div class="field">
                <label for={`${key}-req`}>{t('evRemovalRequested')}</label>
                <input type="datetime-local" id={`${key}-req`} value={requested} onInput={(e) => setRequested((e.target as HTMLInputElement).value)} />{' '}
                <button type="button" onClick={() => setRequested(toLocalInput(new Date().toISOString()))}>
                  {t('evNow')}
                </button>
              </div>
              <div class="field">
                <label for={`${key}-chk`}>{t('evRemovalChecked')}</label>
                <input type="date" id={`${key}-chk`} value={checked} onInput={(e) => setChecked((e.target as HTMLInputElement).value)} />{' '}
                <button type="button" onClick={() => setChecked(today())}>
                  {t('evToday')}
                </button>
              </div>
            </div>
            <div class="actions">
              <button type="submit" class="primary">
                {t('evSave')}
              </button>
              {!confirming && (
                <button type="button" class="danger" onClick={() => setConfirming(true)}>
                  {t('evDelete')}
                </button>
              )}
              <span role="status">{status}</span>
            </div>
          </form>
          {confirming && (
            // biome-ignore lint/a11y/useSemanticElements: a row of buttons confirming one action, not a form section with a legend
            <div class="actions confirm" role="group" aria-label={t('evConfirmLabel')}>
              <span>{t('evConfirmOne')}</span>
              <button type="button" class="danger" onClick={() => void remove()} ref={focusOnMount}>
                {t('evYesDelete')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('evKeepIt')}
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
  const [language, setLanguage] = useState<string | undefined>(undefined);
  const ready = useLanguage(language);
  const failed = new URLSearchParams(location.search).get('failed');

  const refresh = () =>
    void listRecords()
      .then((l) => {
        setListing(l);
        setError('');
      })
      .catch(() => setError(t('evUnreadableList')));

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only; refresh reads no state
  useEffect(() => {
    refresh();
    void loadSettings()
      .then((r) => {
        setSchoolName(r.settings.schoolName);
        setLanguage(r.settings.language);
      })
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
    setMessage(t('evReportSaved', reportFileName(now)));
  }

  async function removeAll() {
    try {
      await deleteAllRecords();
      setConfirmAll(false);
      setMessage(t('evAllDeleted'));
    } catch {
      setMessage(t('evDeleteAllFailed'));
    }
  }

  const records = listing?.records ?? [];
  const due = new Set(dueForRemovalCheck(records, new Date()).map((r) => r.id));

  if (!ready) return <p>{t('loading')}</p>;
  document.title = `${t('evPageTitle')} – ${t('extName')}`;
  return (
    <main>
      <h1 id="evidence-h" tabIndex={-1}>
        {t('evPageTitle')}
      </h1>
      <p>{t('evPageLead')}</p>
      <p class="muted" data-testid="evidence-privacy">
        {t('evPagePrivacy')}
      </p>
      {failed && (
        <p class="problem" role="alert">
          {t('evNotRecorded', failed)}
        </p>
      )}
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      {due.size > 0 && (
        <p class="notice" data-testid="evidence-due">
          {removalCheckText(due.size)}
        </p>
      )}
      {listing && listing.unreadable > 0 && <p class="notice">{listing.unreadable === 1 ? t('evUnreadableOne') : t('evUnreadableMany', listing.unreadable)}</p>}
      <div class="toolbar">
        <button type="button" class="primary" disabled={!records.length} onClick={exportAll}>
          {t('evExportAll')}
        </button>
        {!confirmAll ? (
          <button type="button" class="danger" disabled={!records.length && !listing?.unreadable} onClick={() => setConfirmAll(true)}>
            {t('evDeleteAll')}
          </button>
        ) : (
          // biome-ignore lint/a11y/useSemanticElements: a row of buttons confirming one action, not a form section with a legend
          <span class="actions confirm" role="group" aria-label={t('evConfirmAllLabel')}>
            <span>{records.length === 1 ? t('evConfirmAllOne') : t('evConfirmAllMany', records.length)}</span>
            <button type="button" class="danger" onClick={() => void removeAll()} ref={focusOnMount}>
              {t('evYesDeleteAll')}
            </button>
            <button type="button" onClick={() => setConfirmAll(false)}>
              {t('evKeepThem')}
            </button>
          </span>
        )}
      </div>
      <p role="status" data-testid="evidence-message">
        {message}
      </p>
      {!listing && !error && <p>{t('evLoadingRecords')}</p>}
      {listing && !records.length && <p data-testid="evidence-empty">{t('evEmpty')}</p>}
      {records.map((r) => (
        <RecordCard
          key={r.id}
          record={r}
          due={due.has(r.id)}
          onDeleted={(deleted) => {
            setMessage(t('evDeleted', deleted));
            document.getElementById('evidence-h')?.focus();
          }}
        />
      ))}
    </main>
  );
}

render(<EvidencePage />, document.getElementById('app')!);
