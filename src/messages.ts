/**
 * Every message between the extension's contexts, declared once, validated on receipt.
 * Named by direction: ToBackground messages come from content scripts and pages.
 */
import { z } from 'zod';
import { CATEGORY_IDS } from './policy/ids';

export const toBackgroundSchema = z.discriminatedUnion('type', [
  /** Open the policy page (or the school's policyUrl) at a clause. Content scripts cannot open extension pages themselves. */
  z.object({
    type: z.literal('open-policy'),
    clause: z
      .string()
      .max(20)
      .regex(/^[\d.]*$/),
  }),
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
  /**
   * Which of the school's pupil names occur in this draft (content scripts hold no pupil list).
   * Answered with MatchPupilsResult.
   */
  z.object({ type: z.literal('match-pupils'), text: z.string().max(1_000_000) }),
  /**
   * Keep a "Not a concern" note. Only what identifies the concern, never the words of the post:
   * the worker stores these fields and the date, nothing else (unknown fields are dropped here).
   */
  z.object({
    type: z.literal('add-note'),
    note: z.object({
      site: z
        .string()
        .min(1)
        .max(40)
        .regex(/^[a-z0-9.-]+$/),
      ruleId: z
        .string()
        .min(1)
        .max(100)
        .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
      category: z.enum(CATEGORY_IDS),
      clause: z
        .string()
        .max(20)
        .regex(/^[\d.]*$/),
      source: z.enum(['rule', 'model', 'context']),
    }),
  }),
  /** Delete every "Not a concern" note. Only from the extension's own pages (the options page). */
  z.object({ type: z.literal('clear-notes') }),
  /** Dismiss a problem the worker recorded on this device (see src/storage/device-problems.ts). Only from the extension's own pages. */
  z.object({ type: z.literal('dismiss-device-problem'), id: z.string().max(60) }),
]);

export type ToBackground = z.infer<typeof toBackgroundSchema>;

/** The worker's answer to 'match-pupils': the names as the school wrote them, in its list's order. */
export interface MatchPupilsResult {
  names: string[];
}

/** The worker's answer to 'record-evidence'. */
export type RecordEvidenceResult = { ok: true; id: string } | { ok: false; error: string };
