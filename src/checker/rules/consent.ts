/**
 * Clause 5.5: share positive moments "providing consent has been sought prior to being made public".
 * A post about pupils (names, "my class", "Year 6") that mentions photos or video, or has media
 * attached (CheckContext.mediaAttached, set by the composer adapter), gets a gentle reminder.
 */
import type { Range } from '../doc';
import { gateWords, wordRe, words, type Rule, type RuleDocs, withUses } from './rule';
import { mayHavePupil, pupilRefs, REFS_USES } from './refs';

const MEDIA_LIST = [
  'photo',
  'photos',
  'photograph',
  'photographs',
  'pic',
  'pics',
  'picture',
  'pictures',
  'video',
  'videos',
  'vid',
  'vids',
  'clip',
  'clips',
  'footage',
  'filmed',
  'filming',
  'selfie',
  'selfies',
  'snapshot',
  'snapshots',
  'snaps',
  'photo album',
  'livestream',
  'live stream',
  'recording',
  'recorded',
  'camera',
  'photographed',
  'group shot',
  'see below',
  'pictured',
  'tiktok',
];
const MEDIA = wordRe(words(MEDIA_LIST));
const MEDIA_GATE = gateWords(MEDIA_LIST, ['#camera']);

const EMOJI_MEDIA = /\u{1F4F8}|\u{1F4F7}|\u{1F3A5}|\u{1F4F9}|\u{1F39E}/gu;

const CONSENT_GIVEN =
  /(?<![a-z])(?:with (?:parental |parents'? |their |full )?(?:consent|permission)|consent (?:given|obtained|received|checked)|permission (?:given|obtained|received|checked)|photo consent)(?![a-z])/;

export const pupilMedia: Rule = {
  id: 'consent/pupil-media',
  category: 'consent',
  severity: 'advice',
  reason: 'Photos or videos of pupils should only be shared once consent has been checked.',
  gate: (doc) => mayHavePupil(doc) && (!!doc.ctx.mediaAttached || doc.hasAny(MEDIA_GATE)),
  run: (doc) => {
    const refs = pupilRefs(doc);
    if (!refs.length) return [];
    const media: Range[] = [...doc.find(MEDIA)];
    // The camera emoji are outside the normalised letters but survive normalisation unchanged.
    media.push(...doc.find(EMOJI_MEDIA));
    if (!media.length && !doc.ctx.mediaAttached) return [];
    if (CONSENT_GIVEN.test(doc.text)) return [];
    // "school photos are on Thursday" is an announcement, not a photo of pupils.
    if (
      !doc.ctx.mediaAttached &&
      /(?<![a-z])(?:school photos?|class photos?|photo day|photographer (?:is )?(?:coming|visiting|in))(?![a-z])[^.!?\n]{0,30}(?<![a-z])(?:on|are|is|next|this|order|forms?)(?![a-z])/.test(
        doc.text,
      ) &&
      !/(?<![a-z])(?:here (?:are|is)|look at|check out|see)(?![a-z])/.test(doc.text)
    )
      return [];
    const ranges = [refs[0]!, ...(media.length ? [media[0]!] : [])];
    return [{ ranges }];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses([pupilMedia], [MEDIA_GATE, ...REFS_USES]);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'consent/pupil-media': {
    description: 'A post about pupils that mentions or attaches photos or video: check consent first.',
    flag: [
      'Look at my Year 6 class in their sports day photos!',
      'Video of the pupils performing in the nativity',
      { text: 'So proud of our Year 6 at the county finals!', context: { mediaAttached: true } },
      { text: 'Great pics of Amelia and Josh at the science fair', context: { pupilNames: ['Amelia', 'Josh'] } },
      'Year 3 pictured with their rocket models \u{1F4F8}',
    ],
    ok: [
      'So proud of our Year 6 at the county finals!',
      'Photo of my lunch, do not judge',
      'Reminder: school photos are on Thursday, order forms went home today',
      'Year 6 with their rocket models, photos shared with parental consent',
    ],
  },
};
