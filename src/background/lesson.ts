/**
 * Lesson time (clause 5.4) in the worker: the toolbar badge, an alarm at the next boundary, and
 * the published status content scripts read. Alarms persist while the worker sleeps and across
 * restarts; every wake-up recomputes from the clock, so a missed alarm corrects itself.
 */
import { setLocalItems } from '../platform/browser';
import { clearAlarm, createAlarm, setToolbarButton } from '../platform/worker';
import { statusAt, type Timetable } from '../schedule';
import { LESSON_KEY, type PublishedLesson } from '../schedule/published';
import type { Settings } from '../settings/schema';
import { t } from '../ui/i18n';
import { describeLessonStatus } from '../ui/lesson-status';

export const LESSON_ALARM = 'lesson-time-boundary';

export function lessonFor(settings: Pick<Settings, 'timetable' | 'freePeriods'>, now: number): PublishedLesson {
  const tt: Timetable | undefined = settings.timetable;
  const status = statusAt(tt, now, { freePeriods: settings.freePeriods });
  const configured = status.kind !== 'unconfigured';
  return {
    configured,
    isLessonTime: status.isLessonTime,
    // In the language staff read: the banner on sites shows it as it is.
    label: describeLessonStatus(status, tt?.timeZone ?? 'Europe/London'),
    ...(status.period?.name ? { periodName: status.period.name } : {}),
    ...(status.until !== undefined ? { until: status.until } : {}),
    at: now,
  };
}

export async function refreshLesson(settings: Settings, now = Date.now()): Promise<PublishedLesson> {
  const lesson = lessonFor(settings, now);
  await setLocalItems({ [LESSON_KEY]: lesson });
  await setToolbarButton({
    text: lesson.isLessonTime ? 'LSN' : '',
    colour: '#a4142b',
    title: lesson.configured ? t('badgeTitle', lesson.label) : t('extName'),
  });
  await clearAlarm(LESSON_ALARM);
  if (lesson.until !== undefined) createAlarm(LESSON_ALARM, { when: lesson.until });
  return lesson;
}
