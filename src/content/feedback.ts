/**
 * "Not a concern" from the prompt: the worker keeps a note of which check was set aside, where and
 * when (src/storage/notes.ts), never the words of the post. The note is written by the worker, one
 * change at a time, so two tabs setting concerns aside together both keep theirs.
 */
import { sendToBackground } from '../platform/content';
import type { Concern } from '../assess/concerns';
import type { NoteInput } from '../storage/notes';

/** What is sent for a concern: identifiers only. */
export function noteFor(c: Pick<Concern, 'ruleId' | 'category' | 'clause' | 'source'>, site: string): NoteInput {
  return {
    site,
    ruleId: c.ruleId,
    category: c.category,
    clause: c.clause,
    source: c.source === 'model' ? 'model' : c.source === 'context' ? 'context' : 'rule',
  };
}

export async function recordNotConcern(c: Concern, site: string): Promise<void> {
  const ok = await sendToBackground({ type: 'add-note', note: noteFor(c, site) });
  if (ok !== true) console.info('[Think Twice] the "Not a concern" note could not be kept (the extension did not answer)');
}
