/**
 * The staff member's side of lesson time (clause 5.4): the timetable in force (read-only when the
 * school set it), importing one from an .ics file with a preview before saving, and marking free
 * periods (PPA) when the school allows it.
 */
import { useState } from 'preact/hooks';
import { parseIcs } from '../../schedule/ics';
import { WEEKDAYS, type Timetable, type FreePeriod } from '../../schedule';
import { isLocked, type ResolvedSettings } from '../../settings/resolve';

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function TimetableSection(props: { resolved: ResolvedSettings; save: (path: string, value: unknown) => Promise<void> }) {
  const { settings } = props.resolved;
  const tt = settings.timetable;
  const locked = isLocked(props.resolved, 'timetable');
  const [preview, setPreview] = useState<{ timetable: Timetable; summary: string[]; warnings: string[]; file: string } | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const onFile = async (e: Event) => {
    setError('');
    setPreview(null);
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) {
      setError(`"${file.name}" is too large to be a timetable (over 2 MB). Nothing was changed.`);
      return;
    }
    const r = parseIcs(await file.text());
    if (!r.ok) setError(`${r.error} Nothing was changed.`);
    else setPreview({ timetable: r.timetable, summary: r.summary, warnings: r.warnings, file: file.name });
  };

  const lessons = (tt?.weeks ?? []).flatMap((w, wi) =>
    WEEKDAYS.flatMap((day) =>
      w.days[day]
        .filter((p) => p.kind === 'lesson')
        .map((p) => ({ week: tt!.weekCycle === 2 ? (wi === 0 ? 'A' : 'B') : 'any', day, period: p.name, time: `${p.start}–${p.end}` })),
    ),
  );
  const isFree = (l: { week: string; day: string; period: string }) =>
    settings.freePeriods.some((f) => f.day === l.day && f.period === l.period && (f.week === 'any' || f.week === l.week));
  const toggleFree = async (l: { week: string; day: string; period: string }, on: boolean) => {
    const rest = settings.freePeriods.filter((f) => !(f.day === l.day && f.period === l.period && (f.week === 'any' || f.week === l.week)));
    const next: FreePeriod[] = on ? [...rest, { week: l.week as FreePeriod['week'], day: l.day as FreePeriod['day'], period: l.period }] : rest;
    await props.save('freePeriods', next);
  };

  return (
    <section aria-labelledby="tt-h" data-testid="timetable-section">
      <h2 id="tt-h">Lesson time</h2>
      <p class="help">Personal social media isn't permitted in lesson time (policy 5.4). Think Twice uses the timetable to remind you.</p>
      {tt && tt.weeks.length > 0 ? (
        <p data-testid="timetable-summary">
          {locked ? 'Your school has set the timetable' : 'Your timetable'}: {tt.weekCycle === 2 ? 'two weeks (A and B)' : 'one week'}, {tt.terms.length} terms,{' '}
          {tt.closures.length} holidays and closures, time zone {tt.timeZone}.{locked && <span class="locked-note"> Set by your school.</span>}
        </p>
      ) : (
        <p>No timetable is set up yet.</p>
      )}
      {!locked && props.resolved.staffMayChange && (
        <div class="field">
          <label for="ics-file">Import a timetable from a calendar file (.ics)</label>
          <p class="help" id="ics-help">
            Export your timetable from your school's system or calendar as an .ics file. You'll see what was understood before anything is saved.
          </p>
          <input id="ics-file" type="file" accept=".ics,text/calendar" aria-describedby="ics-help" onChange={(e) => void onFile(e)} />
        </div>
      )}
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div class="panel" data-testid="ics-preview">
          <h3>What Think Twice understood from {preview.file}</h3>
          <ul>
            {preview.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {preview.warnings.length > 0 && (
            <ul class="notice">
              {preview.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            class="primary"
            onClick={async () => {
              await props.save('timetable', preview.timetable);
              setPreview(null);
              setStatus('Timetable saved.');
            }}
          >
            Save this timetable
          </button>{' '}
          <button type="button" onClick={() => setPreview(null)}>
            Cancel
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      {tt?.staffMayMarkFreePeriods && lessons.length > 0 && (
        <fieldset data-testid="free-periods">
          <legend>My free periods (PPA)</legend>
          <p class="help">Tick the lessons you don't teach; they won't count as lesson time for you.</p>
          {lessons.map((l) => {
            const id = `free-${l.week}-${l.day}-${l.period}`.replace(/[^a-zA-Z0-9-]/g, '-');
            return (
              <div key={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={isFree(l)}
                  disabled={!props.resolved.staffMayChange}
                  onChange={(e) => void toggleFree(l, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                <label for={id}>
                  {l.week !== 'any' ? `Week ${l.week}, ` : ''}
                  {cap(l.day)}, {l.period} ({l.time})
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
