/**
 * A policy pack in the language staff read: its title, summary, note, prompt wording and
 * categories' titles and explanations from `translations[language]` where the pack gives them,
 * otherwise as the pack gives them (a school's own words are never replaced by ours). The clauses
 * stay as written: they are the policy. No zod: the worker and the pages call it on a parsed pack.
 */
import type { PolicyPack } from './pack';

/** `language`: one the pack's translations may hold (src/settings/language.ts). */
export function localisePack(pack: PolicyPack, language: 'en' | 'cy'): PolicyPack {
  const words = pack.translations?.[language];
  if (!words) return pack;
  const pick = (own: string | undefined, fallback: string) => (own?.trim() ? own : fallback);
  return {
    ...pack,
    title: pick(words.title, pack.title),
    summary: pick(words.summary, pack.summary),
    note: pick(words.note, pack.note),
    prompt: {
      heading: pick(words.prompt?.heading, pack.prompt.heading),
      intro: pick(words.prompt?.intro, pack.prompt.intro),
      editLabel: pick(words.prompt?.editLabel, pack.prompt.editLabel),
      postAnywayLabel: pick(words.prompt?.postAnywayLabel, pack.prompt.postAnywayLabel),
    },
    categories: pack.categories.map((c) => {
      const w = words.categories?.[c.id];
      return w ? { ...c, title: pick(w.title, c.title), explanation: pick(w.explanation, c.explanation) } : c;
    }),
  };
}
