/**
 * Lesson time on this page: the status the worker publishes (from the school's timetable), for the
 * check of a post sent during a lesson, and the banner shown on a social site during lesson time,
 * dismissible for the rest of the period.
 */
import { clauseFor } from '../policy/clauses';
import { onLocalChanged, readLocal, sendToBackground, writeLocal } from '../platform/content';
import { currentLesson, LESSON_KEY, type PublishedLesson } from '../schedule/published';
import type { ContentUi } from '../ui/content/App';
import type { PageSettings } from './settings-state';

const BANNER_KEY = 'lessonBannerDismissedUntil';

export interface PageLesson {
  /** The lesson-time status if it is still current; asks the worker to refresh a stale one. */
  live(): PublishedLesson | null;
}

export function watchLesson(ui: ContentUi, settings: PageSettings): PageLesson {
  let lesson: PublishedLesson | null = null;
  let dismissedUntil: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const live = (): PublishedLesson | null => {
    const current = currentLesson(lesson, Date.now());
    if (lesson && !current) void sendToBackground({ type: 'refresh-lesson' });
    return current;
  };

  const draw = () => {
    const now = live();
    // During lesson time the banner needs the school's settings (lesson time may be switched off):
    // read them first, then draw.
    if (now?.isLessonTime && !settings.read) {
      void settings.load().then(draw);
      return;
    }
    const show = now?.isLessonTime && settings.snapshot?.settings.categories['lesson-time']?.enabled !== false && dismissedUntil !== now.until;
    ui.update({
      banner:
        show && now
          ? {
              label: now.label,
              clause: settings.snapshot ? clauseFor(settings.snapshot.pack, 'lesson-time') : '',
              onDismiss: () => {
                dismissedUntil = now.until;
                void writeLocal(BANNER_KEY, now.until ?? null);
                ui.update({ banner: null });
              },
            }
          : null,
    });
    // Redraw at the boundary; the worker publishes the new status then.
    if (timer) clearTimeout(timer);
    if (now?.until) timer = setTimeout(draw, Math.max(1000, now.until - Date.now() + 1000));
  };

  void Promise.all([readLocal<PublishedLesson>(LESSON_KEY), readLocal<number>(BANNER_KEY)]).then(([l, d]) => {
    lesson = l ?? null;
    dismissedUntil = d ?? undefined;
    draw();
  });
  onLocalChanged<PublishedLesson>(LESSON_KEY, (l) => {
    lesson = l ?? null;
    draw();
  });

  return { live };
}
