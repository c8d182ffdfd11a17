/**
 * The policy pack: the school's social media policy as data.
 *
 * The model policy will be replaced by a newer one (the text says so), so nothing in code may
 * depend on its wording or numbering: clause numbers, titles, text, the staff-facing explanation
 * of each category and the prompt's wording all live in a pack. The built-in pack is generated
 * from the customer's text (scripts/import-policy.ts); a school can supply a whole replacement
 * through the `policyPack` setting, and an invalid one is rejected path by path while the
 * built-in pack stays in force.
 */
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from './ids';
import { friendlyError } from '../input/friendly-error';
import { unknownKeyPaths } from '../input/own';

const clauseNumber = z
  .string()
  .regex(/^\d+(\.\d+)*$/, 'must be a clause number such as "5" or "5.2"')
  .meta({ title: 'Clause number', description: 'The number as printed in the policy, e.g. "5.2".' });

const anchor = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, starting with a letter')
  .meta({ title: 'Anchor', description: 'A stable id for links to this clause, e.g. "clause-5-2".' });

export const clauseSchema = z
  .object({
    number: clauseNumber,
    title: z.string().max(200).default('').meta({ title: 'Title', description: 'The heading of the section this clause belongs to.' }),
    text: z.string().min(1, 'must not be empty').max(20_000).meta({ title: 'Text', description: 'The clause as written in the policy.' }),
    anchor,
  })
  .meta({ title: 'Clause', description: 'One numbered clause or section of the policy.' });

export const packCategorySchema = z
  .object({
    id: z.enum(CATEGORY_IDS).meta({ title: 'Category id', description: `One of: ${CATEGORY_IDS.join(', ')}.` }),
    title: z.string().min(1).max(120).meta({ title: 'Title', description: 'A short name staff will see, e.g. "Bullying".' }),
    clauses: z
      .array(clauseNumber)
      .min(1, 'must name at least one clause')
      .meta({ title: 'Clauses', description: 'The clause numbers this category comes from.' }),
    explanation: z.string().min(1).max(300).meta({ title: 'Explanation', description: 'One plain-English line for staff: why this matters.' }),
  })
  .meta({ title: 'Category', description: 'A kind of concern, tied to the clauses it comes from.' });

// Every field may be left empty: the prompt then says what the locale files say (public/_locales),
// in the language staff read. A school's own wording, when it sets it, is shown as written.
export const promptWordingSchema = z
  .object({
    heading: z
      .string()
      .max(120)
      .default('')
      .meta({ title: 'Heading', description: "The prompt's heading; the policy's motto. Empty: Think Twice's own wording." }),
    intro: z.string().max(300).default('').meta({ title: 'Introduction', description: "One line under the heading. Empty: Think Twice's own wording." }),
    editLabel: z
      .string()
      .max(40)
      .default('')
      .meta({ title: 'Edit button', description: "Label of the button that returns to the post. Empty: Think Twice's own wording." }),
    postAnywayLabel: z
      .string()
      .max(40)
      .default('')
      .meta({ title: 'Post anyway button', description: "Label of the button that sends the post unchanged. Empty: Think Twice's own wording." }),
  })
  .meta({ title: 'Prompt wording', description: 'What the prompt says before a risky post goes.' });

const categoryTextSchema = z
  .object({
    title: z.string().max(120).optional().meta({ title: 'Title', description: "The category's title in this language." }),
    explanation: z.string().max(300).optional().meta({ title: 'Explanation', description: "The category's explanation in this language." }),
  })
  .meta({ title: 'Category', description: "One category's words in this language." });

/** The words of a pack in one more language; anything left out is shown as the pack gives it. */
export const packTextSchema = z
  .object({
    title: z.string().max(200).optional().meta({ title: 'Title', description: "The policy's title in this language." }),
    summary: z.string().max(2_000).optional().meta({ title: 'Summary', description: "The policy's opening paragraph in this language." }),
    note: z.string().max(500).optional().meta({ title: 'Note', description: 'The note shown under the policy, in this language.' }),
    prompt: z
      .object({
        heading: z.string().max(120).optional().meta({ title: 'Heading', description: "The prompt's heading in this language." }),
        intro: z.string().max(300).optional().meta({ title: 'Introduction', description: 'The line under the heading in this language.' }),
        editLabel: z.string().max(40).optional().meta({ title: 'Edit button', description: 'The edit button in this language.' }),
        postAnywayLabel: z.string().max(40).optional().meta({ title: 'Post anyway button', description: 'The post anyway button in this language.' }),
      })
      .optional()
      .meta({ title: 'Prompt wording', description: "The prompt's wording in this language." }),
    categories: z
      .object(Object.fromEntries(CATEGORY_IDS.map((id) => [id, categoryTextSchema.optional()])) as Record<CategoryId, z.ZodOptional<typeof categoryTextSchema>>)
      .optional()
      .meta({ title: 'Categories', description: "Categories' titles and explanations in this language, by category id." }),
  })
  .meta({
    title: 'Words in one language',
    description: "The pack's title, prompt wording and categories in this language; the clauses stay as the pack gives them.",
  });

export const policyPackSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')
      .meta({ title: 'Pack id', description: 'A stable id for this policy, e.g. "model-staff-social-media-2024".' }),
    title: z.string().min(1).max(200).meta({ title: 'Title', description: "The policy's title." }),
    version: z.string().min(1).max(40).meta({ title: 'Version', description: "The policy's version, as the school records it." }),
    effectiveDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .meta({ title: 'Effective date', description: 'The date the policy took effect, YYYY-MM-DD.' }),
    summary: z.string().max(2_000).default('').meta({ title: 'Summary', description: "The policy's opening paragraph." }),
    note: z.string().max(500).default('').meta({ title: 'Note', description: 'A note shown under the policy, e.g. when it will be replaced.' }),
    prompt: promptWordingSchema.default(() => promptWordingSchema.parse({})),
    translations: z.object({ cy: packTextSchema.optional(), en: packTextSchema.optional() }).optional().meta({
      title: 'Translations',
      description:
        'The pack\'s words in Welsh ("cy") or English ("en") when its own are in another language; staff who read Think Twice in that language see these.',
    }),
    clauses: z
      .array(clauseSchema)
      .min(1, 'must contain at least one clause')
      .max(500)
      .meta({ title: 'Clauses', description: 'Every numbered clause of the policy, in order.' }),
    categories: z
      .array(packCategorySchema)
      .min(1)
      .max(50)
      .meta({ title: 'Categories', description: 'Every category of concern, each tied to its clauses, with a plain-English explanation.' }),
  })
  .superRefine((pack, ctx) => {
    const numbers = new Set<string>();
    const anchors = new Set<string>();
    pack.clauses.forEach((c, i) => {
      if (numbers.has(c.number)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'number'], message: `clause ${c.number} appears twice` });
      if (anchors.has(c.anchor)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'anchor'], message: `anchor "${c.anchor}" appears twice` });
      numbers.add(c.number);
      anchors.add(c.anchor);
    });
    const seen = new Set<string>();
    pack.categories.forEach((cat, i) => {
      if (seen.has(cat.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `category "${cat.id}" appears twice` });
      seen.add(cat.id);
      cat.clauses.forEach((n, j) => {
        if (!numbers.has(n)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'clauses', j], message: `clause ${n} is not in this pack's clauses` });
      });
    });
    for (const id of CATEGORY_IDS) {
      if (!seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['categories'], message: `category "${id}" is missing (every category needs a clause and an explanation)` });
    }
  })
  .meta({
    title: 'Replacement policy pack',
    description:
      'A whole replacement for the built-in policy (clauses, categories and prompt wording), for when the school adopts a newer policy. Leave unset to use the built-in model policy. An invalid pack is ignored and reported; the built-in pack stays in force.',
  });

export type PolicyPack = z.infer<typeof policyPackSchema>;
export type Clause = z.infer<typeof clauseSchema>;

export interface PackProblem {
  path: string;
  message: string;
}

/** Formats a zod path as admins see it: "clauses.3.anchor". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

const UNKNOWN_KEY = 'is not part of a policy pack (check the spelling)';

/**
 * Validates a candidate pack. Never throws. Keys the pack format does not know (a misspelling, or
 * a name such as "constructor") are left out of the pack and listed in `ignored` (among the
 * problems when the pack is rejected); on their own they do not reject a pack.
 */
export function validatePack(candidate: unknown): { ok: true; pack: PolicyPack; ignored: PackProblem[] } | { ok: false; problems: PackProblem[] } {
  const ignored = unknownKeyPaths(policyPackSchema, candidate).map((path) => ({ path: formatPath(path), message: UNKNOWN_KEY }));
  const result = policyPackSchema.safeParse(candidate, { error: friendlyError });
  if (result.success) return { ok: true, pack: result.data, ignored };
  return {
    ok: false,
    problems: [...ignored, ...result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))],
  };
}

// Lookups over a validated pack live in clauses.ts, without zod, so the content script's engine
// (which needs them for every finding) does not carry the schema; re-exported here for callers
// that validate packs anyway.
export { anchorFor, categoryClauses } from './clauses';
