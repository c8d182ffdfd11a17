/** The prompt's props for a held post: the policy pack's wording, the concerns and the school's settings. Light: the content script imports it up front. */
import type { SettingsSnapshot } from '../settings/snapshot';
import { strictestAction, type Concern } from './concerns';
import type { PromptProps } from '../ui/content/Prompt';

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
