/**
 * Lesson time (clause 5.4) in the worker: the toolbar badge, an alarm at the next boundary, and
 * the published status content scripts read. Alarms persist while the worker sleeps and across
 * restarts; every wake-up recomputes from the clock, so a missed alarm corrects itself.
 */
import { browser } from '../platform/browser';
import { statusAt, describeStatus, type Timetable } from '../schedule';
import { LESSON_KEY, type PublishedLesson } from '../schedule/published';
import type { Settings } from '../settings/schema';

export const LESSON_ALARM = 'lesson-time-boundary';

export function lessonFor(settings: Pick<Settings, 'timetable' | 'freePeriods'>, now: number): PublishedLesson {
  const tt: Timetable | undefined = settings.timetable;
  const status = statusAt(tt, now, { freePeriods: settings.freePeriods });
  const configured = status.kind !== 'unconfigured';
  return {
    configured,
    isLessonTime: status.isLessonTime,
    label: describeStatus(status, tt?.timeZone ?? 'Europe/London'),
    ...(status.period?.name ? { periodName: status.period.name } : {}),
    ...(status.until !== undefined ? { until: status.until } : {}),
    at: now,
  };
}

export async function refreshLesson(settings: Settings, now = Date.now()): Promise<PublishedLesson> {
  const lesson = lessonFor(settings, now);
  await browser.storage.local.set({ [LESSON_KEY]: lesson });
  await browser.action.setBadgeText({ text: lesson.isLessonTime ? 'LSN' : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#a4142b' });
  await browser.action.setTitle({ title: lesson.configured ? `Think Twice: ${lesson.label}` : 'Think Twice' });
  await browser.alarms.clear(LESSON_ALARM);
  if (lesson.until !== undefined) browser.alarms.create(LESSON_ALARM, { when: lesson.until });
  return lesson;
}
