/**
 * Clause 5.3: staff "should not accept or invite 'friend' requests from pupils or ex-pupils under the
 * age of 18", and talk to parents about school only through the school's accounts. This flags inviting
 * pupils to connect or to message privately, and accepting their requests.
 */
import type { Range } from '../doc';
import { gateWords, nearOf, words, wordRe, type Rule, type RuleDocs } from './rule';
import { mayHavePupil, pupilRefs } from './refs';

/** An invitation to connect or message privately. */
const INVITE = wordRe(
  words([
    'add me', 'follow me', 'friend me', 'dm me', 'message me', 'pm me', 'inbox me', 'snap me', 'text me', 'whatsapp me', 'call me',
    'message me privately', 'add me on snap', 'add me on snapchat', 'add me on instagram', 'add me on insta', 'add me on facebook', 'add me on tiktok',
    'my snapchat is', 'my snap is', 'my insta is', 'my instagram is', 'my number is', 'my personal number', 'my whatsapp is', 'my tiktok is',
    'send me a friend request', 'send me a request', 'follow my account', 'follow my personal', 'slide into my dms', 'hit me up',
    'find me on', 'connect with me', 'drop me a message', 'private message', 'message privately', 'chat privately', 'keep in touch',
  ]),
);

const ACCEPTED = /(?<![a-z])(?:accepted|accept|accepting|got|had|getting|keep getting) (?:a |another |loads of |so many |their |his |her |the )?(?:friend|follow|snapchat|snap|instagram|insta|facebook) requests? from (?:a |one of my |my |an |two of my |some of my |loads of my |ex-?|former )?(?:pupils?|students?|year (?:[1-9]|1[0-3])s?|kids? in my|tutees?|ex-pupils?|ex pupils?|former pupils?)(?![a-z])/g;

const DIRECT = /(?<![a-z])(?:pupils?|students?|kids|year (?:[1-9]|1[0-3])s?|my (?:class|form|tutees|tutor group)),? (?:feel free to|you can|you're welcome to|just|please|don't forget to|make sure you) (?:add|follow|friend|dm|message|snap|text|whatsapp|inbox|pm) me(?![a-z])/g;

/** Addressing pupils directly: "Kids, whatsapp me ...". */
const VOCATIVE = /(?:^|[.!?\n]\s{0,3})(?:kids|pupils|students|class|(?:year|yr|y) ?(?:[1-9]|1[0-3])s?|ex-?pupils|leavers),? (?:add|follow|friend|dm|message|snap|text|whatsapp|inbox|pm|call) me(?![a-z])/g;

const INVITE_GATE = gateWords(['add follow friend dm message pm inbox snap text whatsapp call snapchat insta instagram number facebook tiktok request requests dms hit find connect drop private privately chat touch accepted accept accepting']);

export const invite: Rule = {
  id: 'pupil-contact/invite',
  category: 'pupil-contact',
  defaultClause: '5.3',
  severity: 'warning',
  reason: 'Staff should not invite or accept friend requests or private messages from pupils or ex-pupils under 18.',
  gate: (doc) => doc.hasAny(INVITE_GATE) && mayHavePupil(doc),
  run: (doc) => {
    const ranges: Range[] = [...doc.find(ACCEPTED), ...doc.find(DIRECT), ...doc.find(VOCATIVE)];
    const near = nearOf(doc, pupilRefs(doc), doc.find(INVITE), 80, false);
    ranges.push(...(near[0]?.ranges ?? []));
    return ranges.length ? [{ ranges }] : [];
  },
};

export const rules: Rule[] = [invite];

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'pupil-contact/invite': {
    description: 'Inviting pupils or ex-pupils to connect, follow or message privately, or accepting their friend requests.',
    flag: [
      'Year 11, feel free to add me on Snapchat after your exams',
      'Pupils can message me privately if they need help: my snap is mr_t_science',
      'Accepted a friend request from one of my Year 9s, is that ok?',
      'Students, just DM me if you want the answers',
      'My class: follow me on TikTok!',
    ],
    ok: [
      'Follow the school account for updates on sports day',
      'Parents, please message the school office with any questions',
      'DM me for the recipe!',
      'Add me to the staff WhatsApp group please',
      'Pupils can contact their teachers through Teams',
    ],
  },
};
