/**
 * What Think Twice has to say about a draft, and the prompt that says it. Pure apart from the
 * clock; never throws (an error means "no concerns", so the post goes: fail open).
 */
import { check } from '../checker';
import type { SettingsSnapshot } from '../settings/snapshot';
import { toCheckContext } from '../settings/check-context';
import { concernsFromFindings, contextConcern, strictestAction, type Concern } from './concerns';
import type { PublishedLesson } from '../schedule/published';
import type { Finding, CheckContext } from '../checker/types';
import type { PromptProps } from '../ui/content/Prompt';

/** The loaded tone model, as the content script uses it (the model's code is a lazily loaded chunk). */
export interface ToneModel {
  /** The rule findings (possibly raised by the model's agreement) plus the model's own where the rules are silent. */
  /** `settings` undefined: the model's own defaults (DEFAULT_COMBINE, from thresholds.json). */
  apply(text: string, settings: { offensive: number; hate: number; threat: number; agreement: number; mildNeedsModel: boolean } | undefined, ruleFindings: Finding[], ctx: CheckContext): Finding[];
}

export interface DraftContext {
  mediaAttached?: boolean;
  /** True while typing (the indicator), false when the post is being sent. */
  typing?: boolean;
  /** The current lesson-time status, when known and not stale. */
  lesson?: PublishedLesson | null;
  /** The tone model, once loaded (null until then: rules only). */
  model?: ToneModel | null;
}

export function evaluateDraft(text: string, snapshot: SettingsSnapshot | null, ctx: DraftContext, log: (msg: string, err?: unknown) => void): Concern[] {
  try {
    // Without the worker's snapshot (the first moments after install) the rules run with no school
    // context, only to decide whether to hold the post; content-script.ts then waits for the snapshot
    // and checks again with it before any prompt shows.
    const pack = snapshot?.pack ?? null;
    const settings = snapshot?.settings ?? null;
    const checkContext = settings && pack ? toCheckContext(settings, pack, { mediaAttached: ctx.mediaAttached ?? false }) : { mediaAttached: ctx.mediaAttached ?? false };
    let findings = text.trim() ? check(text, checkContext) : [];
    const tone = settings?.toneModel;
    if (ctx.model && text.trim() && tone?.enabled !== false) {
      try {
        const combine = tone ? { offensive: tone.offensive, hate: tone.hate, threat: tone.threat, agreement: tone.agreement, mildNeedsModel: tone.mildNeedsModel } : undefined;
        // The rules stay the backbone: the model adds findings only where they are silent, can raise their confidence,
        // and (mildNeedsModel) decides whether their mildest tone findings (casual swearing) are worth showing.
        findings = ctx.model.apply(text, combine, findings, checkContext);
      } catch (err) {
        log('the tone model failed on this post; rules only', err);
      }
    }
    const concerns = concernsFromFindings(text, findings, settings, pack);
    const lessonOn = settings?.categories['lesson-time']?.enabled !== false;
    if (!ctx.typing && lessonOn && ctx.lesson?.isLessonTime) {
      const period = ctx.lesson.periodName ? ` (${ctx.lesson.periodName})` : '';
      concerns.push(contextConcern('lesson-time', `It's lesson time${period}. Personal social media accounts aren't to be used during lessons.`, settings, pack, 'warning'));
    }
    return concerns;
  } catch (err) {
    log('the check failed; the post goes ahead as normal', err);
    return [];
  }
}

export type PromptHandlers = Pick<PromptProps, 'onEdit' | 'onPostAnyway' | 'onNotConcern' | 'onOpenClause'>;

export function promptFor(snapshot: SettingsSnapshot, siteName: string, concerns: Concern[], handlers: PromptHandlers): PromptProps {
  const pack = snapshot.pack;
  return {
    heading: pack.prompt.heading,
    intro: pack.prompt.intro || `Think Twice noticed something in this post that your school's social media policy covers.`,
    editLabel: pack.prompt.editLabel,
    postAnywayLabel: pack.prompt.postAnywayLabel,
    siteName,
    concerns,
    action: strictestAction(concerns),
    officialAccounts: snapshot.settings.officialAccounts,
    requireConsent: snapshot.settings.requireConsentConfirmation,
    ...handlers,
  };
}
