/**
 * The lesson-time status as the background worker publishes it (storage.local "lessonNow"),
 * so content scripts need neither the timetable code nor zod. Types and a staleness check only.
 */
export const LESSON_KEY = 'lessonNow';

export interface PublishedLesson {
  configured: boolean;
  isLessonTime: boolean;
  /** British English, e.g. "Lesson time: Period 3 until 11:40." */
  label: string;
  periodName?: string;
  /** Epoch ms of the next change; the status is stale from then. */
  until?: number;
  /** Epoch ms when published. */
  at: number;
}

/** The status, or null when it is stale (its boundary has passed and the worker has not yet refreshed it). */
export function currentLesson(p: PublishedLesson | null | undefined, now: number): PublishedLesson | null {
  if (!p) return null;
  if (p.until !== undefined && now >= p.until) return null;
  return p;
}
