/**
 * THE settings schema: the single source of truth for every setting.
 *
 * Types (z.infer), defaults (.default), runtime validation, the options page's labels and
 * help text, the admin documentation and public/managed_schema.json (scripts/gen-managed-schema.ts)
 * all come from here. Every field has a title and a description: admins read them in their
 * consoles. `scope` says who may set a field: 'admin' fields come only from managed policy;
 * 'both' fields may be set by staff unless the admin sets (and so locks) them.
 *
 * Chrome's managed-storage schema understands only a subset of JSON Schema, so fields use plain
 * objects, arrays, strings, numbers, booleans and enums: no unions, no nullables, no tuples.
 */
import { z } from 'zod';
import { CATEGORY_IDS, SEVERITIES, type CategoryId } from '../policy/ids';
import { policyPackSchema } from '../policy/pack';
import { timetableSchema, freePeriodSchema } from '../schedule/schema';
import modelThresholds from './model-thresholds.json';
import { ADAPTER_IDS } from '../sites/ids';
import { LANGUAGE_CHOICES } from './language';

// No generated validators: extension pages forbid eval-like code, and Firefox's linter flags zod's probe for it.
z.config({ jitless: true });

export type Scope = 'admin' | 'both';

declare module 'zod' {
  interface GlobalMeta {
    scope?: Scope;
  }
}

const text = (max = 200) => z.string().max(max, `must be at most ${max} characters`);
const list = (max: number, itemMax = 200) =>
  z.array(z.string().min(1, 'must not be empty').max(itemMax, `each entry must be at most ${itemMax} characters`)).max(max, `must have at most ${max} entries`);

/** An https (or http) address, or empty for "not set". */
const url = z
  .string()
  .max(2000)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'must be an address starting https:// (or left empty)');

export const CATEGORY_ACTIONS = ['nudge', 'reason', 'block'] as const;
export type CategoryAction = (typeof CATEGORY_ACTIONS)[number];

export const categorySettingsSchema = z
  .object({
    enabled: z.boolean().default(true).meta({ title: 'Check this category', description: 'Switch the whole category off with false.', scope: 'admin' }),
    action: z.enum(CATEGORY_ACTIONS).default('nudge').meta({
      title: 'What happens',
      description:
        '"nudge": the prompt explains and staff may post anyway. "reason": staff must type a reason before posting anyway. "block": the post cannot be sent from the prompt (staff can still edit it).',
      scope: 'admin',
    }),
    severity: z
      .enum(['default', ...SEVERITIES])
      .default('default')
      .meta({
        title: 'Severity',
        description: 'Raise or lower how serious findings in this category are shown: default, advice, warning or serious.',
        scope: 'admin',
      }),
    extraTerms: list(500, 100).default([]).meta({
      title: 'Extra terms',
      description: 'Words or phrases the school adds to this category (matched as whole words, ignoring case and accents).',
      scope: 'admin',
    }),
    disabledRules: list(100, 80)
      .default([])
      .meta({ title: 'Rules switched off', description: 'Rule ids to switch off in this category, e.g. "offensive/profanity".', scope: 'admin' }),
  })
  .meta({ title: 'Category', description: 'How this category is checked.' });

const categoriesShape = Object.fromEntries(
  CATEGORY_IDS.map((id) => [
    id,
    categorySettingsSchema.default(categorySettingsSchema.parse({})).meta({ title: `Category: ${id}`, description: `How the "${id}" category is checked.` }),
  ]),
) as Record<CategoryId, z.ZodDefault<typeof categorySettingsSchema>>;

export const safeguardingLeadSchema = z
  .object({
    name: text(120).default('').meta({ title: 'Name', description: 'The lead safeguarding officer (DSL).', scope: 'admin' }),
    role: text(120).default('Designated Safeguarding Lead').meta({ title: 'Role', description: 'Their role, as staff know it.', scope: 'admin' }),
    email: z
      .string()
      .max(254)
      .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'must be an email address (or left empty)')
      .default('')
      .meta({ title: 'Email', description: 'Email address for reporting a concern.', scope: 'admin' }),
    phone: z
      .string()
      .max(40)
      .refine((v) => v === '' || /^[+\d][\d\s()-]{5,}$/.test(v), 'must be a phone number (or left empty)')
      .default('')
      .meta({ title: 'Phone', description: 'Phone number for urgent concerns.', scope: 'admin' }),
    reportUrl: url
      .default('')
      .meta({ title: 'Reporting form', description: "The address of the school's online reporting form (e.g. CPOMS or MyConcern).", scope: 'admin' }),
  })
  .meta({ title: 'Safeguarding lead', description: 'Who staff report concerns to (policy section 7).' });

const threshold = (title: string, description: string, value: number) =>
  z.number().min(0.05, 'must be between 0.05 and 0.99').max(0.99, 'must be between 0.05 and 0.99').default(value).meta({ title, description, scope: 'admin' });

export const toneModelSchema = z
  .object({
    enabled: z.boolean().default(true).meta({
      title: 'Use the tone model',
      description: 'The on-device model adds concerns about hostile tone, group hate and threats that word lists miss. Nothing leaves the device.',
      scope: 'admin',
    }),
    offensive: threshold(
      'Threshold: hostile or offensive tone',
      'How sure the model must be (0.05 to 0.99) before it raises a concern about offensive tone or abuse aimed at a person (categories offensive and bullying). Higher means fewer concerns. The default was chosen on training data together with the agreement threshold below, for at most 2% false alarms on ordinary posts from the rules and the model combined.',
      modelThresholds.offensive,
    ),
    hate: threshold(
      'Threshold: hate towards a group',
      'How sure the model must be before it raises a discrimination concern about hate towards a group.',
      modelThresholds.hate,
    ),
    threat: threshold('Threshold: threats', 'How sure the model must be before it raises a concern about a threat.', modelThresholds.threat),
    mildNeedsModel: z.boolean().default(true).meta({
      title: 'Mild tone concerns need the model to agree',
      description:
        'When true, the mildest word-list concerns about tone (severity "advice" in offensive, bullying and discrimination: casual swearing such as "so excited" with a swear word, mild name-calling) are shown only when the tone model also reads the post as hostile (see the agreement threshold). Warning and serious concerns always show, and every concern shows while the model is off or still loading. False shows every mild concern (more false alarms on friendly posts).',
      scope: 'admin',
    }),
    agreement: threshold(
      'Threshold: model agrees with a mild concern',
      'How sure the model must be that the tone is hostile before a mild word-list concern is shown (used when "Mild tone concerns need the model to agree" is on). Lower shows more mild concerns.',
      modelThresholds.agreement,
    ),
  })
  .meta({ title: 'Tone model', description: 'The on-device learned model for tone (see the thresholds).' });

const sitesSchema = z
  .object(
    Object.fromEntries(
      ADAPTER_IDS.map((id) => [
        id,
        z
          .boolean()
          .default(true)
          .meta({ title: `Watch ${id}`, description: `Check posts on ${id} (false switches Think Twice off there).`, scope: 'admin' }),
      ]),
    ) as Record<(typeof ADAPTER_IDS)[number], z.ZodDefault<z.ZodBoolean>>,
  )
  .meta({ title: 'Sites', description: 'Which sites Think Twice watches. Every supported site is on unless set to false.' });

export const settingsSchema = z
  .object({
    schoolName: text()
      .default('')
      .meta({ title: 'School name', description: "The school's name, as staff and parents write it. Negative posts naming it are flagged.", scope: 'admin' }),
    trustName: text().default('').meta({ title: 'Trust name', description: "The trust's or local authority's name, if any.", scope: 'admin' }),
    schoolAliases: list(20)
      .default([])
      .meta({ title: 'Other names', description: 'Short names and nicknames of the school or trust (e.g. "Oakfield", "OHS").', scope: 'admin' }),
    officialAccounts: list(20, 100).default([]).meta({
      title: 'Official accounts',
      description: 'The school\'s official social media accounts (e.g. "@OakfieldAcademy"). Staff posting for these may say so in the prompt.',
      scope: 'admin',
    }),
    policyUrl: url.default('').meta({
      title: 'Policy address',
      description:
        'Link clause references to the school\'s own copy of the policy. "{anchor}" in the address is replaced by the clause\'s anchor (e.g. clause-5-2). Leave empty to use the copy inside the extension, which works offline.',
      scope: 'admin',
    }),
    policyPack: policyPackSchema.optional().meta({ scope: 'admin' }),
    pupilNames: list(5000, 100).default([]).meta({
      title: 'Pupil names',
      description: "Pupils' names to watch for in posts (confidential information). Kept on each staff machine; never sent anywhere.",
      scope: 'admin',
    }),
    categories: z
      .object(categoriesShape)
      .default(() => z.object(categoriesShape).parse({}))
      .meta({ title: 'Categories', description: 'How each category of concern is checked.' }),
    safeguardingLead: safeguardingLeadSchema.default(() => safeguardingLeadSchema.parse({})),
    toneModel: toneModelSchema.default(() => toneModelSchema.parse({})),
    requireConsentConfirmation: z.boolean().default(false).meta({
      title: 'Require the consent box to be ticked',
      description:
        'When a post about pupils has a photo or video attached, the prompt asks "Has consent been given for every pupil shown?" (5.5). When true, the post can only be sent once the box is ticked.',
      scope: 'admin',
    }),
    sites: sitesSchema.default(() => sitesSchema.parse({})),
    timetable: timetableSchema.optional().meta({
      title: 'Timetable',
      description:
        "The school's bell schedule, term dates and days without lessons: when it is lesson time (policy clause 5.4). Usually set by the school; a member of staff may import one from a calendar file when the school has not.",
      scope: 'both',
    }),
    freePeriods: z.array(freePeriodSchema).max(100).default([]).meta({
      title: 'My free periods',
      description: 'Lesson periods you do not teach (PPA, free periods), counted as not lesson time when your school allows it.',
      scope: 'both',
    }),
    staffMayChangeSettings: z.boolean().default(true).meta({
      title: 'Staff may change their own settings',
      description: 'When false, staff see every setting but cannot change any.',
      scope: 'admin',
    }),
    showIndicator: z.boolean().default(true).meta({
      title: 'Show the indicator while typing',
      description: 'A small badge near the post box shows that Think Twice is on and how many concerns it sees.',
      scope: 'both',
    }),
    language: z.enum(LANGUAGE_CHOICES).default('browser').meta({
      title: 'Language',
      description:
        'The language of the prompt, the reminders and the extension\'s pages: "browser" follows the browser\'s language (Welsh when the browser is in Cymraeg, otherwise English), "en" is English and "cy" is Welsh (Cymraeg). Set by the school, it applies to every member of staff.',
      scope: 'both',
    }),
  })
  .meta({ title: 'Think Twice settings', description: 'Settings for the Think Twice extension.' });

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
