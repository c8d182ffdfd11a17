/**
 * The staff member's side of lesson time (clause 5.4): the timetable in force (read-only when the
 * school set it), importing one from an .ics file with a preview before saving, and marking free
 * periods (PPA) when the school allows it.
 */
import { activePack } from '../../policy/active';
import { clauseFor } from '../../policy/clauses';
import { useState } from 'preact/hooks';
import { parseIcs } from '../../schedule/ics';
import { WEEKDAYS, type Timetable, type FreePeriod } from '../../schedule';
import { isLocked, type ResolvedSettings } from '../../settings/resolve';
import { t } from '../i18n';
import { dayName } from '../lesson-status';

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
      setError(t('timetableTooLarge', file.name));
      return;
    }
    const r = parseIcs(await file.text());
    if (!r.ok) setError(t('timetableUnchanged', r.error));
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
      <h2 id="tt-h">{t('lessonHeading')}</h2>
      <p class="help">{t('timetableHelp', clauseFor(activePack(settings), 'lesson-time'))}</p>
      {tt && tt.weeks.length > 0 ? (
        <p data-testid="timetable-summary">
          {t(locked ? 'timetableSchool' : 'timetableOwn')}: {t(tt.weekCycle === 2 ? 'timetableTwoWeeks' : 'timetableOneWeek')},{' '}
          {t('timetableFacts', tt.terms.length, tt.closures.length, tt.timeZone)}
          {locked && <span class="locked-note"> {t('lockSetBySchool')}</span>}
        </p>
      ) : (
        <p>{t('timetableNone')}</p>
      )}
      {!locked && props.resolved.staffMayChange && (
        <div class="field">
          <label for="ics-file">{t('timetableImport')}</label>
          <p class="help" id="ics-help">
            {t('timetableImportHelp')}
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
          <h3>{t('timetableUnderstood', preview.file)}</h3>
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
              setStatus(t('timetableSaved'));
            }}
          >
            {t('timetableSave')}
          </button>{' '}
          <button type="button" onClick={() => setPreview(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      {tt?.staffMayMarkFreePeriods && lessons.length > 0 && (
        <fieldset data-testid="free-periods">
          <legend>{t('freePeriodsLegend')}</legend>
          <p class="help">{t('freePeriodsHelp')}</p>
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
                  {l.week !== 'any' ? t('freePeriodWeek', l.week, dayName(l.day), l.period, l.time) : t('freePeriod', dayName(l.day), l.period, l.time)}
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
