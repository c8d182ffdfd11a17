/** What Think Twice keeps, where, for how long, and that nothing is sent anywhere. */
import { useEffect, useState } from 'preact/hooks';
import { onLocalChanged, readLocal, sendToBackground } from '../../platform/browser';
import { FEEDBACK_KEY, NOTE_DAYS, MAX_NOTES, exportNotes as notesFile, liveNotes, type FeedbackNote } from '../../storage/notes';
import { t } from '../i18n';

export function PrivacySection() {
  const [notes, setNotes] = useState<FeedbackNote[]>([]);
  useEffect(() => {
    // Expired notes (and any matched text an earlier version kept) are never shown or exported, even before the worker's daily tidy-up.
    void readLocal<unknown>(FEEDBACK_KEY).then((n) => setNotes(liveNotes(n, new Date())));
    return onLocalChanged<unknown>(FEEDBACK_KEY, (n) => setNotes(liveNotes(n, new Date())));
  }, []);
  const exportNotes = () => {
    const blob = new Blob([notesFile(notes, new Date())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'think-twice-not-a-concern-notes.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
  };
  return (
    <section aria-labelledby="privacy-h" data-testid="privacy">
      <h2 id="privacy-h">{t('privacyHeading')}</h2>
      <p>
        <strong>{t('privacyLeadStrong')}</strong> {t('privacyLead')}
      </p>
      <h3>{t('privacyKeepsHeading')}</h3>
      <ul>
        <li>{t('privacyKeepsOwn')}</li>
        <li>{t('privacyKeepsSchool')}</li>
        <li>{t('privacyKeepsNotes', NOTE_DAYS, MAX_NOTES)}</li>
        <li>{t('privacyKeepsEvidence')}</li>
        <li>{t('privacyKeepsWorking')}</li>
      </ul>
      <p>{t('privacyRemoving')}</p>
      <h3>{t('notesHeading')}</h3>
      <p data-testid="notes-count">
        {notes.length === 0 ? t('notesNone') : notes.length === 1 ? t('notesOne') : t('notesMany', notes.length)} {t('notesSend')}
      </p>
      <p>
        <button type="button" onClick={exportNotes} disabled={notes.length === 0}>
          {t('notesExport')}
        </button>{' '}
        <button
          type="button"
          onClick={async () => {
            // The worker makes every change to the notes, one at a time (a tab may be adding one now).
            if ((await sendToBackground({ type: 'clear-notes' })) === true) setNotes([]);
          }}
          disabled={notes.length === 0}
        >
          {t('notesClear')}
        </button>
      </p>
    </section>
  );
}
