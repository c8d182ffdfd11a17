/** The lesson-time panel: now, until when, today's timeline and the next change (clause 5.4). */
import { useEffect, useState } from 'preact/hooks';
import { statusAt, nextChange, dayPlan, localDate, formatTime, type Timetable, type FreePeriod } from '../../schedule';
import { t } from '../i18n';
import { describeLessonStatus, reasonText } from '../lesson-status';

export function LessonTime(props: {
  timetable: Timetable | undefined;
  freePeriods: FreePeriod[];
  clauseHref: string;
  broken: boolean;
  /** The options page's address (the link opens it through the browser, as its own tab). */
  settingsHref: string;
  onOpenSettings: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  const tt = props.timetable;
  const status = statusAt(tt, now, { freePeriods: props.freePeriods });
  useEffect(() => {
    // Re-render at the next boundary (and at least every 30 s) while the popup is open.
    const wait = Math.max(500, Math.min(30_000, (status.until ?? now + 30_000) - Date.now()));
    const t = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(t);
  }, [now, status.until]);

  if (status.kind === 'unconfigured' || !tt) {
    return (
      <section class="panel" aria-labelledby="lt-h" data-testid="lesson-time">
        <h2 id="lt-h">{t('lessonHeading')}</h2>
        {props.broken ? <p>{t('lessonBroken')}</p> : <p>{t('lessonNone')}</p>}
        <p class="muted">
          {t('lessonAddOne')}{' '}
          <a
            href={props.settingsHref}
            onClick={(e) => {
              e.preventDefault();
              props.onOpenSettings();
            }}
          >
            {t('lessonImportLink')}
          </a>
          .
        </p>
      </section>
    );
  }
  const tz = tt.timeZone;
  const label = describeLessonStatus(status, tz);
  const next = nextChange(tt, now, { freePeriods: props.freePeriods });
  const today = dayPlan(tt, localDate(now, tz), { freePeriods: props.freePeriods });
  return (
    <section
      class={`panel ${status.isLessonTime ? 'lesson-now' : ''}`}
      aria-labelledby="lt-h"
      data-testid="lesson-time"
      data-lesson={String(status.isLessonTime)}
    >
      <h2 id="lt-h">{t('lessonHeading')}</h2>
      <p class="lesson-status" role="status">
        <strong>{label}</strong>
        {status.isLessonTime && (
          <>
            {' '}
            {t('lessonNotPermitted')} (
            <a href={props.clauseHref} target="_blank" rel="noopener">
              5.4
            </a>
            ).
          </>
        )}
      </p>
      {next && (
        <p class="muted" data-testid="next-change">
          {localDate(next.at, tz) !== localDate(now, tz)
            ? t('lessonNextOn', describeLessonStatus(next.status, tz).replace(/\.$/, ''), formatTime(next.at, tz), localDate(next.at, tz))
            : t('lessonNext', describeLessonStatus(next.status, tz).replace(/\.$/, ''), formatTime(next.at, tz))}
        </p>
      )}
      {today.school ? (
        <ol class="timeline" aria-label={t('lessonToday')}>
          {today.segments
            .filter((s) => s.period)
            .map((s) => {
              const current = now >= s.startAt && now < s.endAt;
              return (
                <li key={s.startAt} class={`seg seg-${s.kind} ${current ? 'current' : ''}`} aria-current={current ? 'time' : undefined}>
                  <span class="seg-time">
                    {s.start}–{s.end}
                  </span>{' '}
                  <span class="seg-name">{s.period?.name}</span>
                  {s.kind === 'free' ? ` ${t('lessonFree')}` : ''}
                </li>
              );
            })}
        </ol>
      ) : (
        <p class="muted">{today.reason ? t('lessonNoLessonsWhy', reasonText(today.reason)) : t('lessonNoLessons')}</p>
      )}
    </section>
  );
}
