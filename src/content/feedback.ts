/**
 * "Not a concern" notes: kept only on this device (storage.local), so a staff member can export
 * them and send them to their school if they choose. Only the matched words are kept, never the post.
 */
import { readLocal, writeLocal } from '../platform/browser';
import type { Concern } from './concerns';

export const FEEDBACK_KEY = 'notConcern';
const MAX_NOTES = 500;

export interface FeedbackNote {
  at: string;
  site: string;
  ruleId: string;
  category: string;
  matched: string;
}

export async function recordNotConcern(c: Concern, site: string): Promise<void> {
  const notes = (await readLocal<FeedbackNote[]>(FEEDBACK_KEY)) ?? [];
  notes.push({ at: new Date().toISOString(), site, ruleId: c.ruleId, category: c.category, matched: c.snippet?.match ?? '' });
  await writeLocal(FEEDBACK_KEY, notes.slice(-MAX_NOTES));
}
