/**
 * Every message between the extension's contexts, declared once, validated on receipt.
 * Named by direction: ToBackground messages come from content scripts and pages.
 */
import { z } from 'zod';

export const toBackgroundSchema = z.discriminatedUnion('type', [
  /** Open the policy page (or the school's policyUrl) at a clause. Content scripts cannot open extension pages themselves. */
  z.object({ type: z.literal('open-policy'), clause: z.string().max(20).regex(/^[\d.]*$/) }),
  /** A content script found no resolved settings: resolve and publish them now. */
  z.object({ type: z.literal('refresh-settings') }),
  /** A content script found the lesson-time status stale: recompute it now. */
  z.object({ type: z.literal('refresh-lesson') }),
  /** Open the options page. */
  z.object({ type: z.literal('open-options') }),
  /**
   * Record evidence (8.2): a screenshot of the active tab of the current window, with its address,
   * title and the time, and the staff member's note. Only from the extension's own pages (the popup).
   * Answered with RecordEvidenceResult.
   */
  z.object({ type: z.literal('record-evidence'), note: z.string().max(20_000).optional() }),
]);

export type ToBackground = z.infer<typeof toBackgroundSchema>;

/** The worker's answer to 'record-evidence'. */
export type RecordEvidenceResult = { ok: true; id: string } | { ok: false; error: string };
