/**
 * Clause 5.3: staff "should not accept or invite 'friend' requests from pupils or ex-pupils under the
 * age of 18", and talk to parents about school only through the school's accounts. This flags inviting
 * pupils to connect or to message privately, and accepting their requests.
 */
import type { Range } from '../doc';
import { requireGate, withUses, wordList } from './rule';
import { anchored, gateWords, nearOf, words, wordRe, type Rule, type RuleDocs, type RuleHit } from './rule';
import { mayHavePupil, pupilRefs, REFS_USES } from './refs';

/** An invitation to connect or message privately. */
const INVITE = wordRe(
  words([
    'add me',
    'follow me',
    'friend me',
    'dm me',
    'message me',
    'pm me',
    'inbox me',
    'snap me',
    'text me',
    'whatsapp me',
    'call me',
    'message me privately',
    'add me on snap',
    'add me on snapchat',
    'add me on instagram',
    'add me on insta',
    'add me on facebook',
    'add me on tiktok',
    'my snapchat is',
    'my snap is',
    'my insta is',
    'my instagram is',
    'my number is',
    'my personal number',
    'my whatsapp is',
    'my tiktok is',
    'send me a friend request',
    'send me a request',
    'follow my account',
    'follow my personal',
    'slide into my dms',
    'hit me up',
    'find me on',
    'connect with me',
    'drop me a message',
    'private message',
    'message privately',
    'chat privately',
    'keep in touch',
  ]),
);

const ACCEPTED =
  /(?<![a-z])(?:accepted|accept|accepting|got|had|getting|keep getting) (?:a |another |loads of |so many |their |his |her |the )?(?:friend|follow|snapchat|snap|instagram|insta|facebook) requests? from (?:a |one of my |my |an |two of my |some of my |loads of my |ex-?|former )?(?:pupils?|students?|year (?:[1-9]|1[0-3])s?|kids? in my|tutees?|ex-pupils?|ex pupils?|former pupils?)(?![a-z])/g;

const DIRECT =
  /(?<![a-z])(?:pupils?|students?|kids|year (?:[1-9]|1[0-3])s?|my (?:class|form|tutees|tutor group)),? (?:feel free to|you can|you're welcome to|just|please|don't forget to|make sure you) (?:add|follow|friend|dm|message|snap|text|whatsapp|inbox|pm) me(?![a-z])/g;

/** Addressing pupils directly: "Kids, whatsapp me ...". */
const VOCATIVE =
  /(?:^|[.!?\n]\s{0,3})(?:kids|pupils|students|class|(?:year|yr|y) ?(?:[1-9]|1[0-3])s?|ex-?pupils|leavers),? (?:add|follow|friend|dm|message|snap|text|whatsapp|inbox|pm|call) me(?![a-z])/g;

const INVITE_GATE = gateWords([
  'add follow friend dm message pm inbox snap text whatsapp call snapchat insta instagram number facebook tiktok request requests dms hit find connect drop private privately chat touch accepted accept accepting',
]);

export const invite: Rule = {
  id: 'pupil-contact/invite',
  category: 'pupil-contact',
  severity: 'warning',
  reason: 'Staff should not invite or accept friend requests or private messages from pupils or ex-pupils under 18.',
  gate: (doc) => doc.hasAny(INVITE_GATE) && mayHavePupil(doc),
  run: (doc) => {
    const ranges: Range[] = [...doc.find(ACCEPTED), ...doc.find(DIRECT), ...doc.find(VOCATIVE)];
    const near = nearOf(doc, pupilRefs(doc), doc.find(INVITE), 80, false);
    ranges.push(...(near[0]?.ranges ?? []));
    // Pupils addressed, then the invitation a sentence or two later ("Year 11! ... add me on Snapchat").
    if (!ranges.length) ranges.push(...(closePairs(pupilRefs(doc), doc.find(PLATFORM_INVITE), 150)[0] ?? []));
    return ranges.length ? [{ ranges }] : [];
  },
};

/** Distance between two ranges (0 when they overlap). */
function gap(a: Range, b: Range): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}
function closePairs(a: Range[], b: Range[], max: number): Array<[Range, Range]> {
  const out: Array<[Range, Range]> = [];
  for (const y of b) {
    const x = a.find((r) => gap(r, y) <= max);
    if (x) out.push([x, y]);
  }
  return out;
}

/** An invitation naming a personal platform or number (stronger than "message me" alone). */
const PLATFORM_INVITE = anchored(
  wordRe(
    '(?:' +
      `(?:add|follow|friend|message|dm|snap|text|whatsapp|call|find) me (?:on|at|via) (?:snap|snapchat|insta|instagram|tiktok|facebook|fb|whatsapp|messenger|discord|my (?:personal|own) (?:account|number|phone|page))|my (?:snap|snapchat|insta|instagram|tiktok|whatsapp|personal number|personal account|own number) is|keep (?:your|ur) dms open|check (?:your|ur) dms|slide into (?:my|your) dms` +
      ')',
  ),
  ['snap', 'snapchat', 'insta', 'instagram', 'tiktok', 'facebook', 'fb', 'whatsapp', 'messenger', 'discord', 'personal', 'own', 'dms'],
);

/** A private group or chat (not the school's own channels). */
const PRIVATE_GROUP = anchored(
  /(?<![a-z])(?:whatsapp|snapchat|snap|messenger|telegram|discord|instagram|insta|facebook|fb|group) (?:group|chat|group chat|gc)|private (?:group|chat|account|page)|group chat(?![a-z])/g,
  ['whatsapp', 'snapchat', 'snap', 'messenger', 'telegram', 'discord', 'instagram', 'insta', 'facebook', 'fb', 'group', 'private', 'chat'],
);
/** Pupils as members: a year, a class code ("10X"), "my tutor group", "the kids". */
const PUPIL_MEMBERS = requireGate(
  /(?<![a-z0-9])(?:(?:the whole of |all of |my |our |the )?(?:(?:year|yr|y) ?(?:[1-9]|1[0-3])s?|(?:[1-9]|1[0-3])[a-z]{1,2}[1-9]?|tutor group|form group|my form|my class|my set|my tutees|the kids|my kids|pupils|students|my (?:year|yr|y) ?(?:[1-9]|1[0-3])s?))(?! (?:parents|mums|dads|staff|team|teachers|families)(?![a-z]))(?![a-z0-9])/g,
  gateWords(['year yr tutor form class set tutees kids pupils students #year #class #digit']),
);
const ADDED = wordRe(
  words(['added', 'adding', 'add', 'set up', 'made', 'created', 'started', 'invited', 'from my own phone', 'from my phone', 'on my personal', 'on my own']),
);

/** Contact with an under-18 former pupil, or accepting pupils' requests, on a personal account. */
const FRIENDED = wordList([
  'facebook friends',
  'fb friends',
  'friends on facebook',
  'friends on insta',
  'friends on snapchat',
  'friended',
  'friend request',
  'friend requests',
  'follow request',
  'follow requests',
  'adding me',
  'added me',
  'following me',
  'followed me',
  'follows me',
  'followed back',
  'follow them back',
  'follow her back',
  'follow him back',
  'accepted',
  'accepted a few',
  'accepted them',
  'keep in touch on',
  'message each other',
  'messaging each other',
  'we chat on',
]);
const UNDER_18 = anchored(
  wordRe(
    '(?:' +
      `(?:a |an |one of my |my |our )?(?:former|ex-?|old) ?(?:pupils?|students?|tutees?)|(?:year|yr|y) ?(?:[1-9]|1[0-3])s?(?! (?:parents|mums|dads|staff|team|teachers))|(?:my|our) (?:tutor group|form|class|tutees|kids|pupils|students)|in year (?:1[0-3]|[1-9]) at|at college now` +
      ')',
  ),
  ['pupil', 'pupils', 'student', 'students', 'tutee', 'tutees', 'year', 'yr', 'y', 'tutor', 'form', 'class', 'kids', 'college'],
);

/** Parents moved off the school's channels: "text me directly, not the office", "in your DMs". */
const OFF_CHANNEL = anchored(
  wordRe(
    '(?:' +
      `(?:rather than|instead of|not|without) (?:emailing|going through|contacting|ringing|calling|phoning|messaging|using) (?:the )?(?:school|office|school office|official|school email|school account)|` +
      `(?:message|pm|dm|inbox|text|whatsapp) me (?:on here|directly|privately|on messenger|on facebook|on my personal|instead)|(?:replied|reply|answer|answered|responded) (?:to|in) your (?:dms|inbox|messages|pm)|` +
      `in your dms|(?:on|via) (?:my )?messenger|keep (?:it|this) between us|off the record|just pm me|just dm me|just message me` +
      ')',
  ),
  [
    'emailing',
    'going',
    'contacting',
    'ringing',
    'calling',
    'phoning',
    'messaging',
    'using',
    'message',
    'pm',
    'dm',
    'inbox',
    'text',
    'whatsapp',
    'replied',
    'reply',
    'answer',
    'answered',
    'responded',
    'dms',
    'messenger',
    'between',
    'record',
  ],
);
const PARENT_MATTER = wordRe(
  words([
    'parents',
    'parent',
    'mum',
    'dad',
    'mrs',
    'mr',
    'ms',
    'miss',
    'complaint',
    'detention',
    'behaviour',
    'report',
    'homework',
    'exclusion',
    'grades',
    'your child',
    'your son',
    'your daughter',
    'parents evening',
    'attendance',
    'absence',
    'uniform',
    'school office',
    'the office',
  ]),
);

export const privateChannel: Rule = {
  id: 'pupil-contact/private-channel',
  category: 'pupil-contact',
  severity: 'warning',
  reason:
    'Contact with pupils, and with parents about school matters, should go through the school\u2019s official channels, not personal accounts, numbers or private groups.',
  gate: (doc) => doc.mayMatch(PRIVATE_GROUP) || doc.mayMatch(FRIENDED) || doc.mayMatch(OFF_CHANNEL),
  run: (doc): RuleHit[] => {
    const out: RuleHit[] = [];
    const groups = doc.find(PRIVATE_GROUP);
    if (groups.length) {
      // Pupils added to a private group or chat ("put 8C in a Snapchat chat").
      const p = closePairs(doc.find(PUPIL_MEMBERS), groups, 60).filter(
        ([, g]) => !/staff|parents?|mums/.test(doc.text.slice(Math.max(0, g.from - 12), g.from)),
      );
      if (p.length && doc.find(ADDED).length)
        out.push({ ranges: p[0]!, reason: 'Pupils should not be added to personal messaging groups or chats; use the school\u2019s own platforms.' });
    }
    const friended = doc.find(FRIENDED);
    if (friended.length) {
      const p = closePairs(doc.find(UNDER_18), friended, 150);
      if (p.length) out.push({ ranges: p[0]!, reason: 'Staff should not accept or invite friend requests or follows from pupils or ex-pupils under 18.' });
    }
    const off = doc.find(OFF_CHANNEL);
    if (off.length) {
      const p = closePairs(doc.find(PARENT_MATTER), off, 200);
      if (p.length)
        out.push({ ranges: p[0]!, reason: 'Talk to parents about school matters through the school\u2019s official channels, not personal messages.' });
    }
    return out;
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [invite, privateChannel],
  [INVITE_GATE, PLATFORM_INVITE, PRIVATE_GROUP, PUPIL_MEMBERS, FRIENDED, UNDER_18, OFF_CHANNEL, ...REFS_USES],
);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'pupil-contact/invite': {
    description: 'Inviting pupils or ex-pupils to connect, follow or message privately, or accepting their friend requests.',
    flag: [
      'Year 11, feel free to add me on Snapchat after your exams',
      'Pupils can message me privately if they need help: my snap is mr_t_science',
      'Accepted a friend request from a Year 8 pupil of mine, is that ok?',
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
  'pupil-contact/private-channel': {
    description:
      "Contact off the official channels: pupils added to personal WhatsApp or Snapchat groups, friending or following pupils and under-18 ex-pupils (or accepting their requests), and moving parents' school matters to personal messages.",
    flag: [
      'Set up a Snapchat group chat for my Year 11s so they can ask me questions at night',
      'Put 10C in a WhatsApp group on my personal number, far quicker than Teams',
      "One of my old tutees, she's 16 now, sent me a friend request and I accepted",
      'My Year 7 form keep following me on Instagram, accepted them all',
      'Mrs Evans, no need to ring the office about the detention, just dm me instead',
      'Parents, I have replied to your complaints in your DMs',
    ],
    ok: [
      'Add me to the staff WhatsApp group please',
      'Year 3 parents WhatsApp group is buzzing about the trip',
      'Parents, please message the school office with any questions',
      'Our former pupils came back to talk to Year 11 about careers',
      'Accepted a place on the NPQ course, so excited',
      'Our Year 10 group chat in Teams is monitored by the school',
    ],
  },
};
