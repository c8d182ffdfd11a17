/** What the prompt shows for a held post (its buttons' handlers are the content script's): the policy pack's wording, the concerns and the school's settings. Light: the content script imports it up front. */
import type { SettingsSnapshot } from '../settings/snapshot';
import { strictestAction, type Concern } from '../assess/concerns';
import type { PromptData } from '../ui/frame/protocol';

export function promptFor(snapshot: SettingsSnapshot, siteName: string, concerns: Concern[]): PromptData {
  const pack = snapshot.pack;
  return {
    heading: pack.prompt.heading,
    // Empty wording is the locale's own, in the frame's language (src/ui/content/Prompt.tsx).
    intro: pack.prompt.intro,
    editLabel: pack.prompt.editLabel,
    postAnywayLabel: pack.prompt.postAnywayLabel,
    siteName,
    concerns,
    action: strictestAction(concerns),
    officialAccounts: snapshot.settings.officialAccounts,
    requireConsent: snapshot.settings.requireConsentConfirmation,
  };
}
