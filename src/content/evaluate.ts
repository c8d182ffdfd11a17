/**
 * What Think Twice has to say about a draft. Pure apart from the clock; never throws (an error means
 * "no concerns", so the post goes: fail open). The content script loads this module (and with it
 * the checker) lazily, when a composer is first used, so a page that nobody posts on never pays for it.
 */
import { assess, type AssessContext, type AssessModel } from '../assess';
import { assessInSlices, createTypingCheck, TYPING_MAX_CHARS } from '../assess/long';
import type { SettingsSnapshot } from '../settings/snapshot';
import { concernsFromFindings, contextConcern, type Concern } from '../assess/concerns';
import type { PublishedLesson } from '../schedule/published';
import type { Finding } from '../checker/types';
import { t } from '../ui/i18n';

// For a content script whose stored snapshot is unusable (see content-script.ts): here, in the lazily
// loaded part, so the defaults cost nothing on pages where nobody writes.
export { defaultSnapshot } from '../settings/default-snapshot';

export interface DraftContext {
  mediaAttached?: boolean;
  /** True while typing (the indicator), false when the post is being sent. */
  typing?: boolean;
  /** The current lesson-time status, when known and not stale. */
  lesson?: PublishedLesson | null;
  /** The learned model, once loaded (null until then: rules only). */
  model?: AssessModel | null;
  /**
   * The school's pupil names that occur in this draft, as the worker found them (the snapshot holds
   * none; see src/settings/snapshot.ts). The checker finds with these what it would with the whole list.
   */
  pupilNames?: readonly string[];
}

/**
 * The findings for a draft, through the one assessment every tool shares (src/assess). Without the
 * worker's snapshot (the first moments after install) the rules run with no school context, only to
 * decide whether to hold the post; content-script.ts then waits for the snapshot and checks again
 * with it before any prompt shows.
 */
export function assessDraft(text: string, snapshot: SettingsSnapshot | null, ctx: DraftContext, log: (msg: string, err?: unknown) => void): Finding[] {
  return (ctx.typing ? typingCheck : assess)(text, assessContext(snapshot, ctx, log)).findings;
}

/** What the assessment is given for a draft: the one place both the whole and the sliced check take it from. */
function assessContext(snapshot: SettingsSnapshot | null, ctx: DraftContext, log: (msg: string, err?: unknown) => void): AssessContext {
  const settings = snapshot ? { ...snapshot.settings, pupilNames: [...(ctx.pupilNames ?? [])] } : null;
  return { settings, pack: snapshot?.pack ?? null, model: ctx.model ?? null, mediaAttached: ctx.mediaAttached ?? false, log };
}

/**
 * While typing, a draft longer than TYPING_MAX_CHARS is checked only around the last edit, so no
 * keystroke's check costs more than a few milliseconds whatever the draft's length; the whole draft
 * is checked when it is sent.
 */
const typingCheck = createTypingCheck();

/**
 * Whether evaluateDraft() on this draft fits in one short task (no long task on the page even on a
 * slow machine); a longer draft is sent through evaluateDraftInSlices().
 */
export function checksAtOnce(text: string): boolean {
  return text.length <= SEND_AT_ONCE_MAX_CHARS;
}

/** Whether the typing check reads the whole of this draft (so its findings are the send check's too). */
export function typingChecksWhole(text: string): boolean {
  return text.length <= TYPING_MAX_CHARS;
}

/**
 * The longest draft checked at once when it is sent (most posts, so they are decided inside the
 * click and never held and replayed); longer drafts go in slices. Chosen, not measured in a browser:
 * `npm run bench:page` prints the click-to-prompt time it gives.
 */
export const SEND_AT_ONCE_MAX_CHARS = 4_000;

/**
 * evaluateDraft() for a draft being sent, of any length, without a long task: the assessment runs in
 * slices with the main thread given back between them (src/assess/long.ts). Never rejects: an error
 * means no concerns, so the post goes.
 */
export async function evaluateDraftInSlices(
  text: string,
  snapshot: SettingsSnapshot | null,
  ctx: DraftContext,
  log: (msg: string, err?: unknown) => void,
): Promise<Concern[]> {
  try {
    const assessed = await assessInSlices(text, assessContext(snapshot, { ...ctx, typing: false }, log));
    return evaluateDraft(text, snapshot, { ...ctx, typing: false }, log, assessed.findings);
  } catch (err) {
    log('the check failed; the post goes ahead as normal', err);
    return [];
  }
}

/**
 * The findings for a draft being sent, of any length, in slices as evaluateDraftInSlices() reads
 * it: for the check ahead of sending, while the person pauses, so that sending the same draft
 * reuses them. Never rejects: null when the check failed (the post is then checked when it is sent).
 */
export async function assessDraftInSlices(
  text: string,
  snapshot: SettingsSnapshot | null,
  ctx: DraftContext,
  log: (msg: string, err?: unknown) => void,
): Promise<Finding[] | null> {
  try {
    return (await assessInSlices(text, assessContext(snapshot, { ...ctx, typing: false }, log))).findings;
  } catch (err) {
    log('the check ahead of sending failed; the post is checked when it is sent', err);
    return null;
  }
}

/** `findings`: already assessed (evaluateDraftInSlices); otherwise assessed here. */
export function evaluateDraft(
  text: string,
  snapshot: SettingsSnapshot | null,
  ctx: DraftContext,
  log: (msg: string, err?: unknown) => void,
  findings?: Finding[],
): Concern[] {
  try {
    const pack = snapshot?.pack ?? null;
    const settings = snapshot?.settings ?? null;
    const concerns = concernsFromFindings(text, findings ?? assessDraft(text, snapshot, ctx, log), settings, pack);
    const lessonOn = settings?.categories['lesson-time']?.enabled !== false;
    if (!ctx.typing && lessonOn && ctx.lesson?.isLessonTime) {
      const period = ctx.lesson.periodName;
      const reason = period ? t('lessonTimeReasonPeriod', period) : t('lessonTimeReason');
      concerns.push(contextConcern('lesson-time', reason, settings, pack, 'warning'));
    }
    return concerns;
  } catch (err) {
    log('the check failed; the post goes ahead as normal', err);
    return [];
  }
}
