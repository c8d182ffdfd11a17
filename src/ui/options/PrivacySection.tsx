/** What Think Twice keeps, where, for how long, and that nothing is sent anywhere. */
import { useEffect, useState } from 'preact/hooks';
import { onLocalChanged, readLocal, sendToBackground } from '../../platform/browser';
import { FEEDBACK_KEY, NOTE_DAYS, MAX_NOTES, exportNotes as notesFile, liveNotes, type FeedbackNote } from '../../storage/notes';

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
      <h2 id="privacy-h">Your privacy</h2>
      <p>
        <strong>Nothing you type is sent anywhere.</strong> Think Twice checks your post on this device, as you type and when you post, and only on the sites it
        supports. It has no server, no analytics and no remote code; its tone model runs on your computer. Your school cannot see what you type or what Think
        Twice said about it.
      </p>
      <h3>What it keeps, on this device only</h3>
      <ul>
        <li>Your own settings, until you change them.</li>
        <li>Your school's settings, as your browser receives them from the school.</li>
        <li>
          "Not a concern" notes: the rule, its category and policy clause, the site and the date (never the words you wrote), for {NOTE_DAYS} days or until you
          clear them (at most the last {MAX_NOTES}).
        </li>
        <li>Evidence records you choose to make (screenshots, addresses, notes), until you delete them.</li>
        <li>
          Small working records: today's friend-request reminders (as scrambled codes, not names, for one day), whether you dismissed the lesson-time reminder,
          and the current lesson-time status.
        </li>
      </ul>
      <p>Removing the extension removes all of it.</p>
      <h3>"Not a concern" notes</h3>
      <p data-testid="notes-count">
        {notes.length === 0 ? 'You have no notes.' : `You have ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}.`} You can send them to your school if
        you want it to improve its settings.
      </p>
      <p>
        <button type="button" onClick={exportNotes} disabled={notes.length === 0}>
          Export my notes
        </button>{' '}
        <button
          type="button"
          onClick={async () => {
            // The worker makes every change to the notes, one at a time (a tab may be adding one now).
            if ((await sendToBackground({ type: 'clear-notes' })) === true) setNotes([]);
          }}
          disabled={notes.length === 0}
        >
          Clear my notes
        </button>
      </p>
    </section>
  );
}
