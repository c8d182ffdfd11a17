/**
 * Clause 5.2: content that "undermines the reputation of the school and/or individuals": running
 * down colleagues, parents or pupils as a group or one by one ("the parents here are so entitled",
 * "my TA is useless", "I can't stand my Year 10s"). Direct insults to a person are bullying; this
 * rule is about talking about them.
 */
import type { Range } from '../doc';
import { anchored, gateRare, gateWords, nearOf, words, wordRe, type Rule, type RuleDocs, lazy, withUses } from './rule';
import { adultRefs, mayHavePupil, pupilRefs, schoolRefs, REFS_USES } from './refs';

const COPULA_NEG_LIST = [
  'lazy',
  'useless',
  'incompetent',
  'clueless',
  'thick',
  'stupid',
  'idiots',
  'idiot',
  'morons',
  'moron',
  'vile',
  'nightmare',
  'nightmares',
  'feral',
  'animals',
  'brats',
  'little shits',
  'entitled',
  'pathetic',
  'a joke',
  'hopeless',
  'dumb',
  'chavs',
  'chavvy',
  'scroungers',
  'ugly',
  'smelly',
  'rude',
  'toxic',
  'two-faced',
  'two faced',
  'backstabbing',
  'snakes',
  'snake',
  'cow',
  'witch',
  'creep',
  'weirdo',
  'the worst',
  'creeps',
  'weirdos',
  'snakes',
  'disgusting',
  'an embarrassment',
  'a waste of space',
  'dimwits',
  'gobby',
  'mouthy',
  'scum',
  'trash',
  'rubbish',
  'awful',
  'horrible',
  'dreadful',
  'a pain',
  'a pain in the arse',
  'a pain in the ass',
  'psycho',
  'psychos',
  'mental',
  'nutters',
  'nutter',
  'dense',
  'braindead',
  'brain dead',
  'thick as mince',
  'thick as shit',
  'insufferable',
  'unbearable',
  'spoilt',
  'spoiled',
  'vermin',
  'savages',
  'demons',
  'a nightmare',
  'the bane of my life',
  'clowns',
  'a shambles',
  'liars',
  'a liar',
  'drunk',
  'alcoholics',
  'druggies',
];
const COPULA_NEG = anchored(
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])(?:is|are|was|were|'s|'re|r|being|have been|has been|look|looks|seem|seems) (?:(?:so|such|really|absolutely|absolute|totally|utterly|completely|a|an|the|bunch of|pack of|complete|bloody|fucking|right|little|proper|all|just|always|literally|the most|total|utter|actual) ){0,3}${words(COPULA_NEG_LIST)}(?![a-z])`,
        'g',
      ),
  ),
  COPULA_NEG_LIST,
);

const DISLIKE_LIST = [
  "can't stand",
  'cannot stand',
  'hate',
  'despise',
  'loathe',
  'sick of',
  'fed up with',
  'fed up of',
  'sick to death of',
  'had enough of',
  'so done with',
  'detest',
  'hate teaching',
  "can't stand teaching",
  'dread',
  'dread teaching',
  'dreading teaching',
  'could strangle',
  'want to strangle',
  'could murder',
];
const DISLIKE = anchored(wordRe(words(DISLIKE_LIST)), DISLIKE_LIST);

const PARENT_DIG_LIST = [
  'typical parents',
  'helicopter parents',
  'pushy parents',
  'pushy parent',
  'parents from hell',
  'parent from hell',
  'mum from hell',
  'dad from hell',
  'no wonder the kid',
  'no wonder the child',
  'no wonder he is',
  'no wonder she is',
  'apple does not fall far',
  "apple doesn't fall far",
  'scrounging parents',
  'feckless parents',
  'dole scum',
  'benefit scroungers',
  'council estate kids',
];
const PARENT_DIG = anchored(wordRe(words(PARENT_DIG_LIST)), PARENT_DIG_LIST);

/** A class code such as 9X, 10B2 or 11set3 (only used after a dislike: "I hate teaching 9X"). */
const CLASS_CODE = /(?<![a-z0-9])(?:[1-9]|1[0-3])(?!am|pm|st|nd|rd|th|k|m|s)[a-z]{1,2}[0-9]?(?![a-z0-9])/g;

const ADULT_GATE = gateWords([
  'colleague colleagues coworker coworkers co worker workers staff staffroom room teachers ta tas senco parents parent mum dad mums dads nqt ect supply cover caretaker receptionist cleaner dinner ladies governor typical helicopter pushy hell wonder apple scrounging feckless dole benefit scroungers council estate',
]);

export const negativeAboutPeople: Rule = {
  id: 'reputation/negative-about-people',
  category: 'reputation',
  severity: 'warning',
  reason: "This talks negatively about colleagues, parents or pupils, which could harm their reputation and the school's.",
  gate: (doc) => doc.hasAny(ADULT_GATE) || mayHavePupil(doc),
  run: (doc) => {
    const refs = [...adultRefs(doc), ...pupilRefs(doc)].sort((a, b) => a.from - b.from);
    // nearOf finds nothing when either list is empty: the second list is only searched when needed.
    const a = refs.length ? nearOf(doc, refs, doc.find(COPULA_NEG), 40, true) : [];
    const dislike = doc.find(DISLIKE);
    const b = dislike.length
      ? nearOf(
          doc,
          dislike,
          [...refs, ...doc.find(CLASS_CODE)].sort((x, y) => x.from - y.from),
          20,
          true,
        )
      : [];
    const c = doc.find(PARENT_DIG);
    const ranges = [...(a[0]?.ranges ?? []), ...(b[0]?.ranges ?? []), ...c];
    return ranges.length ? [{ ranges }] : [];
  },
};

/**
 * Undermining the school in public: warning prospective parents or applicants off ("work it out
 * for yourselves", "have a word with me before you apply"), setting failings against the school's image
 * ("the website says outstanding; meanwhile the roof leaks"), leaders who never do the basics, and
 * staff said to be unfit to teach.
 */
const CAUTION_LIST = [
  'draw your own',
  'read between the lines',
  'not everything is as it',
  'not all is as it',
  'ask better questions',
  'ask the right questions',
  'ask more questions',
  'ask some hard questions',
  'ask a few questions',
  'word with me first',
  'talk to me first',
  'message me first',
  'dm me first',
  'speak to me first',
  'ask me first',
  'steer clear',
  'stay well clear',
  'stay clear',
  'run a mile',
  'avoid like the plague',
  "don't send your",
  'do not send your',
  'think twice before',
  'think again before',
  'i could tell you stories',
  'if only parents knew',
  'if parents knew',
  'if only they knew',
  "what they don't tell you",
  "what they won't tell you",
  'smoke and mirrors',
  'paper over the cracks',
  'papering over the cracks',
  'held together with',
  'held together by',
  'be warned',
  'you have been warned',
  "don't believe the hype",
  "don't believe everything",
  'do your research',
  'do your homework before',
];
const CONTRAST_LIST = [
  'meanwhile',
  'in reality',
  'the reality is',
  'the truth is',
  'behind the scenes',
  'all for show',
  'window dressing',
  'so called',
  'so-called',
  'anyone who works',
  'anyone who has worked',
  'anyone who actually works',
  'but inside',
  'but actually',
  'just an observation',
  'if you look closer',
  'shiny',
  'glossy',
];
const AUDIENCE_LIST = [
  'prospective parents',
  'prospective families',
  'prospective staff',
  'prospective applicants',
  'thinking of applying',
  'thinking about applying',
  'considering applying',
  'before you apply',
  'before applying',
  'anyone looking at',
  'anyone considering',
  'thinking of sending',
  'thinking about sending',
  'before you send',
  'choosing a school',
  'choosing schools',
  'school place',
  'looking at schools',
  'open evening',
  'open day',
];
const FAILING_LIST = [
  'leaking',
  'leaks',
  'leak',
  'no heating',
  'heating broken',
  'mould',
  'mouldy',
  'damp',
  'rats',
  'mice',
  'asbestos',
  'crumbling',
  'falling apart',
  'sellotape',
  'gaffer tape',
  'duct tape',
  'no hot water',
  'no toilet roll',
  'no textbooks',
  'short staffed',
  'understaffed',
  'staff turnover',
  'bullying culture',
  'toxic culture',
  'off-rolling',
  'off rolling',
  'burnt out',
  'burned out',
  'goodwill',
  'changed four times',
  'changed three times',
  'changed five times',
  'revolving door',
  'buckets',
  'freezing',
  'no money',
  'cuts',
  'leaving in droves',
];
const IMAGE_LIST = [
  'ofsted',
  'outstanding',
  'good',
  'website',
  'insta',
  'instagram',
  'facebook',
  'twitter',
  'socials',
  'prospectus',
  'brochure',
  'newsletter',
  'league table',
  'league tables',
  'smiling faces',
  'photos',
  'open evening',
  'open day',
  'rated',
];
const CAUTION = anchored(wordRe(words(CAUTION_LIST)), CAUTION_LIST);
const CONTRAST = anchored(wordRe(words(CONTRAST_LIST)), CONTRAST_LIST);
const AUDIENCE = anchored(wordRe(words(AUDIENCE_LIST)), AUDIENCE_LIST);
const FAILING = anchored(wordRe(words(FAILING_LIST)), FAILING_LIST);
const IMAGE = anchored(wordRe(words(IMAGE_LIST)), IMAGE_LIST);
/** The school or its people: settings names and "our school" (refs.ts), a school's name, leaders and teams. */
const SCHOOLISH =
  /(?<![a-z])(?:school|schools|academy|primary|college|high|grammar|infants|juniors|trust|slt|smt|head|headteacher|deputy|senco|sencos|governors?|chair|department|dept|staff|teachers|eyfs|ofsted|leadership|management|ceo|team|place)(?![a-z])/;
/** A leader who never does the basics (reads the papers, visits classrooms, meets the children). */
const NEVER_DID = anchored(
  /(?<![a-z])(?:hasn'?t|has not|have not|haven'?t|has never|have never|never|didn'?t|doesn'?t|does not)(?: (?:even|actually|obviously|once|ever|bothered to|clearly|really))+ (?:read|opened|taught|set foot in|met|visited|stepped into|spoken to|looked at|been in)(?![a-z])|(?<![a-z])(?:hasn'?t|has not|haven'?t|has never|never) (?:read|opened|taught|met|visited|looked at|set foot in) (?:a single|a lesson in|in (?:years|\d+ years|ten years|twenty years|a decade|living memory))(?![a-z])/g,
  ['read', 'opened', 'taught', 'set', 'met', 'visited', 'stepped', 'spoken', 'looked', 'been'],
  ['hasn', 'hasnt', 'haven', 'havent', 'not', 'never', 'didn', 'didnt', 'doesn', 'doesnt', 'does'],
);
const LEADER =
  /(?<![a-z])(?:head|headteacher|head teacher|principal|deputy|slt|smt|leadership|senior leaders?|governors?|chair|trust|ceo|exec head|executive head|senco|sencos|head of (?:year|department|[a-z]{2,12})|hod|bursar|business manager|line manager|ours)(?![a-z])/;
/** Staff said to be unfit to teach ("not fit to teach", "should never be let near children"). */
const UNFIT = anchored(
  /(?<![a-z])(?:shouldn'?t|should not|should never) be (?:allowed )?(?:anywhere )?near (?:a |an |the |any )?(?:[a-z0-9]+ ){0,3}(?:class|classes|classroom|children|kids|pupils|students|group|school|exam|lesson|year \d+)(?![a-z])|(?<![a-z])not fit to (?:teach|lead|run|be a (?:teacher|head|leader))(?![a-z])|(?<![a-z])(?:shouldn'?t|should not) be (?:teaching|in teaching|allowed to teach|in charge of (?:children|kids|a class|pupils|anything))(?![a-z])/g,
  ['near', 'fit', 'teaching', 'teach', 'charge'],
  ['shouldn', 'shouldnt', 'should', 'not'],
);
const UNDERMINE_GATE = gateRare(CAUTION_LIST, CONTRAST_LIST, AUDIENCE_LIST);

export const undermining: Rule = {
  id: 'reputation/undermining',
  category: 'reputation',
  severity: 'warning',
  reason:
    'This undermines the school or its leaders in public (warning families or applicants off, or setting its failings against its image), which harms its reputation.',
  gate: (doc) => doc.hasAny(UNDERMINE_GATE) || doc.mayMatch(NEVER_DID) || doc.mayMatch(UNFIT),
  run: (doc) => {
    const t = doc.text;
    const ranges: Range[] = [...doc.find(UNFIT)];
    const caution = doc.find(CAUTION);
    const audience = doc.find(AUDIENCE);
    const contrastAny = caution.length || audience.length ? [] : doc.find(CONTRAST);
    const schoolish = (caution.length > 0 || audience.length > 0 || contrastAny.length > 0) && (SCHOOLISH.test(t) || schoolRefs(doc).length > 0);
    if (schoolish && caution.length) ranges.push(...caution);
    if (schoolish && audience.length && !caution.length) {
      const contrast = doc.find(CONTRAST);
      if (contrast.length || doc.find(FAILING).length) ranges.push(...audience, ...contrast);
    }
    if (schoolish && !caution.length && !audience.length) {
      const contrast = contrastAny;
      if (contrast.length) {
        const failing = doc.find(FAILING);
        if (failing.length && (doc.find(IMAGE).length || /so[- ]called/.test(t))) ranges.push(...contrast, ...failing);
        else if (doc.find(IMAGE).length && /(?<![a-z])(?:anyone who (?:actually )?(?:works|has worked)|so[- ]called)(?![a-z])/.test(t))
          ranges.push(...contrast);
      }
    }
    // A leader who never does the basics: the leader named in the 160 characters before.
    for (const r of doc.find(NEVER_DID)) if (LEADER.test(t.slice(Math.max(0, r.from - 160), r.from))) ranges.push(r);
    return ranges.length ? [{ ranges }] : [];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [negativeAboutPeople, undermining],
  [COPULA_NEG, DISLIKE, PARENT_DIG, ADULT_GATE, CAUTION, CONTRAST, AUDIENCE, FAILING, IMAGE, NEVER_DID, UNFIT, UNDERMINE_GATE, ...REFS_USES],
);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'reputation/negative-about-people': {
    description: 'Running down colleagues, parents or pupils ("the parents are so entitled", "I can\'t stand my Year 10s").',
    flag: [
      'The parents at this school are so entitled',
      'My colleagues are lazy',
      "I can't stand my Year 10s",
      'Some parents are absolute nightmares',
      'Typical parents, no wonder the kid is like that',
      'The supply teacher was useless',
      'Sick of the mums at the school gate',
    ],
    ok: [
      'The parents were so supportive at the fair',
      'My colleagues are amazing',
      'Year 10 were brilliant on their trip',
      'The kids had a great time at sports day',
      'Parents evening tonight, looking forward to it',
    ],
  },
  'reputation/undermining': {
    description:
      'Undermining the school in public: warning prospective families or applicants off ("work it out for yourselves", "speak to me before you apply"), failings set against the school\'s image, leaders who never do the basics, staff said to be unfit to teach.',
    flag: [
      'Parents choosing a school for September: the maths department has had six teachers in a year. Read between the lines',
      'Thinking of applying to work at Hillcrest Academy? Talk to me first',
      "Our school's prospectus is lovely and glossy. Meanwhile there are buckets in the sports hall catching the leaks",
      'Our CEO has never once set foot in a classroom at our school and it shows',
      'Honestly that man should not be anywhere near children',
      "The school's so-called 'outstanding' label hides staff turnover nobody talks about",
    ],
    ok: [
      'Thinking of applying to join our school? Come to our open evening on Thursday!',
      'Prospective parents are welcome to visit any morning this week',
      'Our new head has visited every classroom this week, what a start',
      'Meanwhile in Year 2 the sunflowers are taller than the children!',
      'Steer clear of the M6 tonight, the traffic is awful',
    ],
  },
};
