/**
 * Clause 6.1: "You should not use any information in an attempt to locate or meet a child", and the
 * grooming risks listed there (secrets, private meetings). Always serious.
 */
import type { Doc, Range } from '../doc';
import { anchored, gateWords, hitsOf, words, wordRe, type Rule, type RuleDocs, type RuleHit, lazy, withUses } from './rule';
import { mayHaveChild, mayHavePupil, namedPupilRefs, pupilRefs, REFS_USES } from './refs';

const SECRET_GATE = gateWords(['secret tell delete between round pop']);
const LOCATE_GATE = gateWords([
  'lives live stays goes hangs plays address meet meeting pick picking collect lift drive driving track tracked locate located find found where looking',
]);

const CHILD =
  '(?:pupil|student|child|kid|boy|girl|lad|lass|year (?:[1-9]|1[0-3]) (?:boy|girl|pupil|student|kid)|(?:[4-9]|1[0-7]) ?(?:year old|yo)(?: boy| girl)?)';

const PATTERNS = [
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])(?:does anyone know|anyone know|who knows|does anybody know|can anyone tell me|trying to find out|find out) (?:where|which (?:house|street|road|address)|the address of|what street) (?:this|that|the|a|one of my|my|our)? ?${CHILD}s?(?: [a-z0-9']{1,15}){0,5} (?:lives?|stays?|goes|hangs? out|is at weekends|plays)(?![a-z])`,
        'g',
      ),
  ),
  lazy(() => new RegExp(`(?<![a-z])(?:the )?(?:home )?address of (?:this|that|the|a|one of my|my|our) ${CHILD}(?![a-z])`, 'g')),
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])(?:meet|meeting|meet up with|see|pick up|picking up|collect|give a lift to|giving a lift to|gave a lift to|drive|driving) (?:a |one of my |this |that |my |the |our )${CHILD}s? (?:after school|at the weekend|on (?:saturday|sunday|the weekend)|on (?:saturday|sunday|the weekend), just us|outside school|in private|alone|on (?:my|their|his|her) own|in town|at (?:my|their|his|her) (?:house|place|flat)|tonight)(?![a-z])`,
        'g',
      ),
  ),
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])(?:where (?:does|do)|find where|find out where|track down|locate|tracked down|located|found out where) (?:this|that|the|a|one of my|my|our) ${CHILD}s?(?: (?:lives?|is|goes))?(?![a-z])`,
        'g',
      ),
  ),
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])(?:looking for|trying to find|find|track down|locate) (?:the|this|that|a) (?:${CHILD}) (?:in|from|at) (?:this|the|that) (?:photo|picture|pic|video)(?![a-z])`,
        'g',
      ),
  ),
  /(?<![a-z])(?:our little secret|don'?t tell (?:your|ur) (?:mum|mom|dad|parents|teacher|teachers|anyone)|do not tell (?:your|ur) (?:mum|mom|dad|parents|teacher|teachers|anyone)|delete (?:these|our|my|the) messages|keep this between (?:us|you and me))(?![a-z])/g,
  /(?<![a-z])(?:come|pop) (?:round|over) to (?:my|mine|my house|my place)(?: after school| at the weekend| on your own| alone)(?![a-z])/g,
];

export const locateOrMeet: Rule = {
  id: 'safeguarding/locate-or-meet',
  category: 'safeguarding',
  severity: 'serious',
  reason: 'Staff must never use information to locate or meet a child, or ask a child to keep secrets.',
  gate: (doc) => doc.hasAny(SECRET_GATE) || (doc.hasAny(LOCATE_GATE) && mayHavePupil(doc)),
  run: (doc) => hitsOf(doc, ...PATTERNS),
};

/** Distance between two ranges (0 when they overlap). */
function gap(a: Range, b: Range): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}
function pair(a: Range[], b: Range[], max: number): [Range, Range] | undefined {
  for (const y of b) {
    const x = a.find((r) => gap(r, y) <= max);
    if (x) return [x, y];
  }
  return undefined;
}

/** A child: a pupil reference, a pupil named with a class, "my old class", "little Sophie", "an ex-pupil". */
const CHILD_EXTRA = anchored(
  wordRe(
    () =>
      '(?:' +
      words([
        'little one',
        'my old class',
        'my old year',
        'from my class',
        'from my old class',
        'ex-pupil',
        'ex-pupils',
        'ex pupil',
        'former pupil',
        'former pupils',
        'his mum',
        'her mum',
        'his dad',
        'her dad',
        'superstar',
        'little star',
      ]) +
      '|little [a-z]{3,12}|(?:under|u) ?1[0-8]s?' +
      ')',
  ),
  ['little', 'class', 'year', 'pupil', 'pupils', 'mum', 'dad', 'superstar', 'star', 'under', 'u'],
);
function children(doc: Doc): Range[] {
  return [...pupilRefs(doc), ...namedPupilRefs(doc), ...doc.find(CHILD_EXTRA)].sort((a, b) => a.from - b.from);
}

/** Asking where a child lives, goes or can be found. */
const ASK_WHERE = anchored(
  lazy(
    () =>
      new RegExp(
        "(?<![a-z])(?:know|tell me|find out|remember|any idea|help me find|point me to)(?: [a-z']{1,12}){0,3} (?:where(?: [a-z'-]{1,14}){0,6} (?:lives?|living|moved|moved to|goes|go|trains?|plays?|stays?|hangs? out|ended up|is now|are now)|which (?:school|secondary|club|dance school|team|street|road|house|estate|flat|village|park|gym)|what (?:school|club|street|road|address|team|estate))(?![a-z])" +
          "|(?<![a-z])who(?:'s| is) the (?:girl|boy|lad|kid|child|little one) (?:who|that|in|at|with|from)(?![a-z])",
        'g',
      ),
  ),
  ['know', 'tell', 'find', 'remember', 'idea', 'help', 'point', 'who'],
);

/** A child's routine, route or home shared: where and when they can be found. */
const WHEREABOUTS = anchored(
  lazy(
    () =>
      new RegExp(
        '(?<![a-z])(?:walks? (?:home|to school|back|to the bus)(?: on (?:his|her|their) own| alone| by (?:himself|herself))?|' +
          "(?:trains|swims|dances|plays|practises|goes|attends|is) (?:at|to) (?:the )?[a-z][a-z' ]{2,30} (?:on|every) (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|day|morning|evening|night)|" +
          'lives (?:above|on|near|at|next to|opposite|round the corner from|down the road from|in the flats|on the estate)|' +
          "(?:his|her|their) (?:home )?address(?:es)?|address(?:es)? (?:on|from) (?:sims|arbor|bromcom|the system|the register)|looked up (?:his|her|their|one of my)[a-z0-9' ]{0,30} address(?:es)?|" +
          '(?:drive|drove|driving|walk|walked) (?:past|by) (?:his|her|their) (?:house|home|flat|place)|snap ?map|live location|location sharing on)(?![a-z])',
        'g',
      ),
  ),
  [
    'walk',
    'walks',
    'monday',
    'mondays',
    'tuesday',
    'tuesdays',
    'wednesday',
    'wednesdays',
    'thursday',
    'thursdays',
    'friday',
    'fridays',
    'saturday',
    'saturdays',
    'sunday',
    'sundays',
    'weekend',
    'weekends',
    'day',
    'morning',
    'evening',
    'night',
    'lives',
    'address',
    'addresses',
    'house',
    'home',
    'flat',
    'place',
    'snap',
    'snapmap',
    'map',
    'location',
  ],
);

/** Going to see a child outside school. */
const MEET = anchored(
  lazy(
    () =>
      new RegExp(
        '(?<![a-z])(?:(?:pop|go|come|drop|head|nip|swing|call) (?:down|round|over|along|by|in|up)(?: [a-z]{1,10}){0,2} (?:and )?(?:surprise|see|say hi|visit|watch)|' +
          'surprise (?:him|her|them) (?:at|after|outside)|introduce myself (?:to (?:him|her|them) )?(?:after|at|before)|come (?:and|to) (?:see|cheer|watch) (?:her|his|him|them)|' +
          'bring (?:her|him|them) a (?:gift|present|little)|drop (?:a|the|her|his|their) (?:present|gift|card)[a-z ]{0,20} round|(?:meet|meeting) (?:him|her|them) (?:at|after|outside|in town))(?![a-z])',
        'g',
      ),
  ),
  ['surprise', 'see', 'cheer', 'say', 'visit', 'watch', 'introduce', 'bring', 'drop', 'meet', 'meeting'],
);

/** Secrecy and image requests, the grooming signs of 6.1. */
const SECRECY = anchored(
  /(?<![a-z])(?:delete (?:this|these|it|our (?:chat|messages)) (?:after|afterwards|once|when)|(?:don'?t|do not) tell (?:anyone|anybody|your (?:mum|dad|parents|friends))|our (?:little )?secret|just between (?:us|you and me))(?![a-z])/g,
  ['delete', 'tell', 'secret', 'between'],
);
const IMAGE_REQUEST = anchored(/(?<![a-z])send me (?:a |some )?(?:pic|pics|photo|photos|picture|pictures|selfie|selfies|snap)(?![a-z])/g, ['send']);

export const whereabouts: Rule = {
  id: 'safeguarding/whereabouts',
  category: 'safeguarding',
  severity: 'serious',
  reason: 'This shares or looks for where a child can be found, which could put them at risk; staff must never use information to locate or meet a child.',
  gate: (doc) =>
    (doc.mayMatch(IMAGE_REQUEST) && doc.mayMatch(SECRECY)) ||
    ((doc.mayMatch(ASK_WHERE) || doc.mayMatch(WHEREABOUTS) || doc.mayMatch(MEET)) && (mayHaveChild(doc) || doc.mayMatch(CHILD_EXTRA))),
  run: (doc): RuleHit[] => {
    const secrecy = doc.find(SECRECY);
    const images = doc.find(IMAGE_REQUEST);
    if (images.length && secrecy.length)
      return [
        {
          ranges: [images[0]!, secrecy[0]!],
          reason: 'Asking for photos and for messages to be kept secret or deleted are signs of grooming; staff must never ask this of a child.',
        },
      ];
    const ask = doc.find(ASK_WHERE);
    const where = doc.find(WHEREABOUTS);
    const meet = doc.find(MEET);
    if (!ask.length && !where.length && !meet.length) return [];
    const kids = children(doc);
    if (!kids.length) return [];
    const p = pair(kids, ask, 150);
    if (p) return [{ ranges: p, reason: 'This asks where a child lives, goes or can be found; staff must never use information to locate or meet a child.' }];
    const m = pair(kids, meet, 200);
    if (m) return [{ ranges: m, reason: 'This plans to see a child outside school; staff must never use information to locate or meet a child.' }];
    const w = pair(kids, where, 150);
    if (w) return [{ ranges: w, reason: 'This shares where a child can be found (their home, route or routine), which could put them at risk.' }];
    return [];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [locateOrMeet, whereabouts],
  [SECRET_GATE, LOCATE_GATE, CHILD_EXTRA, ASK_WHERE, WHEREABOUTS, MEET, SECRECY, IMAGE_REQUEST, ...REFS_USES],
);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'safeguarding/locate-or-meet': {
    description: 'Trying to locate or meet a child, or asking a child to keep secrets.',
    flag: [
      'Does anyone know where this girl lives?',
      'Going to meet one of my pupils after school at the park',
      'Keep this between us, nobody at home needs to hear about it',
      'Trying to track down the boy in this photo',
      'Anyone know which house that Year 7 boy lives in?',
    ],
    ok: [
      'Meet the teacher evening for reception parents on Tuesday',
      "Lost property: a girl's blue coat, ask at the office",
      'Our Year 6 pupils will meet their new secondary teachers next week',
      'Parents, please collect your child from the main gate at 3:15',
    ],
  },
  'safeguarding/whereabouts': {
    description:
      "A child's whereabouts: asking where a pupil lives, which school or club they go to or who a child in a photo is; sharing a pupil's home, route or routine; planning to see a pupil outside school; asking for photos with secrecy.",
    flag: [
      'Anyone know which estate Lacey from my old class moved to? Want to drop her a card',
      'Freya in 4T walks home alone past the park every day, bless her',
      'A Year 8 girl was upset today so I found her home address on the register to check on her tonight',
      'Half my Year 9s are at the retail park according to Snap Map, might go down and surprise them',
      "Which club does the Year 6 boy with the red boots play for? I'll come and watch him",
      'Send me a selfie later, and delete this after x',
    ],
    ok: [
      'Which nearby high school runs the best robotics club, any ideas?',
      'Year 6 swim at the leisure centre every Monday',
      'Parents, please collect your child from the main gate at 3:15',
      'Come and watch our Year 3 assembly on Friday!',
      'Our address for deliveries is on the website',
      'Lovely to bump into an ex-pupil at the supermarket, now a nurse!',
    ],
  },
};
