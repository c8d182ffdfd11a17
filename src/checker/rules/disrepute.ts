/**
 * Clause 5.2: content that "brings the school/trust into disrepute": negative statements about the
 * school or trust (its names come from settings: CheckContext.schoolNames; also "my school", "our
 * head", "SLT", "the trust"), and complaints about work that identify the workplace. A school
 * reference and a negative word must share a sentence, so good news naming the school is never flagged.
 */
import type { Range } from '../doc';
import { anchored, gateWords, pairsOf, words, wordRe, type Rule, type RuleDocs, withUses } from './rule';
import { mayHaveSchool, schoolRefs, REFS_USES } from './refs';

/** Words that, next to the school, read as running it down. */
const NEGATIVE_LIST = [
  'shambles',
  'shambolic',
  'a joke',
  'joke of a',
  'disgrace',
  'disgraceful',
  'awful',
  'terrible',
  'appalling',
  'atrocious',
  'the worst',
  'worst school',
  'useless',
  'incompetent',
  'clueless',
  'toxic',
  'hell hole',
  'hellhole',
  'a nightmare',
  'a dump',
  'dump',
  'rubbish',
  'crap',
  'crappy',
  'shit',
  'shite',
  'shitty',
  'pathetic',
  'corrupt',
  'cover up',
  'covering up',
  'covered up',
  'fiddling',
  'fudging',
  'bullying culture',
  'bullies',
  'bully',
  'fuming',
  'furious',
  'a mess',
  'a circus',
  'clown show',
  'clowns',
  'cowboys',
  'sinking ship',
  'out of touch',
  "doesn't care",
  "don't care",
  'does not care',
  'do not care',
  "couldn't care less",
  "don't give a",
  "doesn't give a",
  'treat us like',
  'treats us like',
  'treat staff like',
  'treats staff like',
  'exploit',
  'exploits',
  'exploiting',
  'no support',
  'zero support',
  'sucks',
  'suck',
  'idiots',
  'morons',
  'liars',
  'lying',
  'lied',
  'hopeless',
  'failing',
  'a laughing stock',
  'an embarrassment',
  'embarrassing',
  'ridiculous',
  'bloody',
  'fucking',
  'dreadful',
  'horrendous',
  'horrible',
  'diabolical',
  'farce',
  'farcical',
  'chaos',
  'chaotic',
  'a zoo',
  'incompetence',
  'mismanaged',
  'mismanagement',
  'clueless',
  'spineless',
  'gutless',
  'sick of',
  'fed up with',
  'fed up of',
  'hate',
  'hates',
  'hated',
  'despise',
  "can't stand",
  'cannot stand',
  'loathe',
  'miserable',
  'stupid',
  'dumb',
  'bonkers',
  'madness',
  'insane',
  'scandal',
  'scandalous',
  'dodgy',
  'rotten',
  'a racket',
  'fraud',
  'fraudulent',
];
export const NEGATIVE = words(NEGATIVE_LIST);

const NEG_RE = anchored(wordRe(NEGATIVE), NEGATIVE_LIST);

/** Complaints about work with the workplace named: "hate my job", "can't wait to leave this place". */
const WORK_COMPLAINT_LIST = [
  'hate my job',
  'hate this job',
  'hate working here',
  'hate working at',
  'hate this place',
  'hate this school',
  'worst job',
  'worst place to work',
  "can't wait to leave",
  'cannot wait to leave',
  'counting down the days until i leave',
  'want to quit',
  'going to quit',
  'so done with this place',
  'done with this place',
  'this place is a joke',
  'this place is a shambles',
  'this place is a dump',
  'this place is a nightmare',
];
const WORK_COMPLAINT = anchored(wordRe(words(WORK_COMPLAINT_LIST)), WORK_COMPLAINT_LIST);

const OFSTED_FIDDLE = anchored(
  /(?<![a-z])(?:hid(?:e|ing)|fiddl(?:e|ed|ing)|fudg(?:e|ed|ing)|massag(?:e|ed|ing)|cook(?:ed|ing)?|doctor(?:ed|ing)?|fak(?:e|ed|ing)) (?:the |our |all the )?(?:data|results|figures|numbers|attendance|grades|books|registers|marks)(?![a-z])/g,
  ['data', 'results', 'figures', 'numbers', 'attendance', 'grades', 'books', 'registers', 'marks'],
);

export const negativeAboutSchool: Rule = {
  id: 'disrepute/negative-about-school',
  category: 'disrepute',
  severity: 'warning',
  reason: 'This speaks negatively about your school or trust, which could bring it into disrepute.',
  gate: mayHaveSchool,
  run: (doc) => {
    // pairsOf finds nothing without a school reference: the negative words are only searched when there is one.
    const school = schoolRefs(doc);
    return school.length ? pairsOf(doc, school, doc.findShared('negative', NEG_RE)) : [];
  },
};

const WORK_GATE = gateWords([
  'hate wait leave quit done joke shambles dump nightmare worst days hid hide hiding fiddle fiddled fiddling fudge fudged fudging massage massaged massaging cook cooked cooking doctor doctored doctoring fake faked faking',
]);

export const workComplaint: Rule = {
  id: 'disrepute/work-complaint',
  category: 'disrepute',
  severity: 'advice',
  reason: 'Complaints about work in public can identify your workplace and reflect on the school.',
  gate: (doc) => doc.hasAny(WORK_GATE),
  run: (doc) => {
    const a = doc.find(WORK_COMPLAINT);
    const b = doc.find(OFSTED_FIDDLE);
    const hits = [...a, ...b];
    return hits.length ? [{ ranges: hits }] : [];
  },
};

/**
 * Confessions of professional misconduct, in the poster's own voice: marking drunk or not at all,
 * posting during lessons, doing pupils' coursework, giving answers to lift the data, sleeping on duty,
 * leaving pupil data open, ignoring the behaviour policy, binning pupils' work, using school property
 * or cards for oneself, wild staff-party stories, and not trusting one's own school with one's children.
 */
const CONFESS_LIST = [
  'tick and flick',
  'tick & flick',
  'tick n flick',
  'ticked and flicked',
  'nobody checks',
  'no one checks',
  'no-one checks',
  'nobody ever checks',
  'our little secret',
];
const CONFESS = anchored(wordRe(words(CONFESS_LIST)), CONFESS_LIST);
/** Marking or reports in the pub or drunk. */
const DRUNK_MARKING = anchored(
  /(?<![a-z])(?:marking|marked|mark|grading|graded|moderating|reports?|report writing|predicted grades|mocks|essays|books)(?![a-z])[^.!?\n]{0,60}(?<![a-z])(?:in the pub|at the pub|down the pub|in a bar|in the bar|in spoons|drunk|tipsy|pissed|hammered|wasted|sloshed|half cut|tiddly|merry|blame the (?:wine|gin|beer|prosecco|rose|vodka|cider)|(?:wine|gin|prosecco|beer)[- ]fuell?ed|fuell?ed by (?:wine|gin|prosecco|beer|cider)|bottle of (?:wine|rose|red|white|prosecco|gin|vodka)|bottles? of (?:wine|rose|red|white|prosecco))(?![a-z])/g,
  ['marking', 'marked', 'mark', 'grading', 'graded', 'moderating', 'report', 'reports', 'grades', 'mocks', 'essays', 'books'],
  [
    'pub',
    'bar',
    'spoons',
    'drunk',
    'tipsy',
    'pissed',
    'hammered',
    'wasted',
    'sloshed',
    'cut',
    'tiddly',
    'merry',
    'blame',
    'fuelled',
    'fueled',
    'bottle',
    'bottles',
  ],
);
/** Not marking at all: "haven't read a single book", "made up their grades". */
const NOT_MARKING = anchored(
  /(?<![a-z])(?:i |i've |ive |i have |i haven'?t |haven'?t |i never |never |not )(?:actually |even |really |properly |once )*(?:read|marked|opened|looked at|checked)(?: a single| any| one| their| the)(?: [a-z0-9]+){0,3} (?:books?|essays?|exercise books|homework|papers|scripts|assessments|coursework|mocks)|(?<![a-z])(?:made up|invented|guessed|plucked out of (?:thin )?air|pulled out of (?:thin air|my arse|my backside)) (?:the |their |all the |some |my |our )?(?:grades|marks|predicted grades|predictions|data|levels|scores|targets|reports?)(?![a-z])/g,
  ['read', 'marked', 'opened', 'looked', 'checked', 'made', 'invented', 'guessed', 'plucked', 'pulled'],
);
/** Posting from a lesson: tweeting mid-lesson while the class is busy. */
const LESSON_POST = anchored(
  /(?<![a-z])(?:posting|tweeting|typing|writing|scrolling|on (?:my )?(?:phone|insta|instagram|facebook|twitter|tiktok|snapchat|here))(?: this)? (?:from|in|during|at) (?:the (?:back|front) of )?(?:my |a |the |this |period [1-6] )?(?:[a-z0-9]+ ){0,3}(?:lesson|lessons|class|period|cover lesson|double)(?![a-z])/g,
  ['posting', 'tweeting', 'typing', 'writing', 'scrolling', 'phone', 'insta', 'instagram', 'facebook', 'twitter', 'tiktok', 'snapchat', 'here'],
  ['lesson', 'lessons', 'class', 'period', 'double'],
);
/** Doing pupils' coursework for them. */
const COURSEWORK = anchored(
  /(?<![a-z])(?:helped|help|helping|wrote|written|write|writing|did|done|doing|rewrote|rewritten|rewriting|tweaked|touched up|fixed|polished|improved|redid|redone|finished)(?: [a-z0-9']+){0,4} (?:nea|neas|coursework|controlled assessments?|portfolios?|practical write-?ups?|coursework essays?)(?![a-z])(?=[^\n]{0,80}(?<![a-z])(?:more than (?:i|we) (?:strictly |really |probably )?should|a bit too much|a bit more than|a little more than|slightly more than|shh+|don'?t tell|nobody (?:will |needs to |would )?know|our little secret|between (?:us|you and me)|for them|wink|not strictly|exam board|moderator|allowed)(?![a-z]))/g,
  ['nea', 'neas', 'coursework', 'assessment', 'assessments', 'portfolio', 'portfolios', 'write', 'writeup', 'writeups', 'ups', 'essay', 'essays'],
);
/** Giving answers to lift results or data. */
const ANSWERS = anchored(
  /(?<![a-z])(?:gave|give|giving|given|handed|told|showed|shown|leaked|slipped|passed|sent|emailed|shared)(?: [a-z0-9']+){0,3} (?:the )?(?:answers|answer sheet|mark scheme|questions|exam paper|test paper|paper)(?![a-z])(?=[^\n]{0,100}(?<![a-z])(?:so (?:our|the|my|their) (?:data|results|figures|numbers|progress|stats|scores|grades|value added|p8|progress 8)|boost (?:our|the|my) (?:data|results|figures|numbers)|before the (?:test|exam|mock|assessment|sats)|in advance|ahead of the|for the (?:trust|data|ofsted) (?:review|drop|deadline|visit))(?![a-z]))/g,
  ['answers', 'answer', 'scheme', 'questions', 'paper'],
);
/** Asleep on duty or invigilating. */
const ASLEEP = anchored(
  /(?<![a-z])(?:fell asleep|fall asleep|falling asleep|nodded off|nodding off|dozed off|dozing off|dozed|asleep|had a (?:nap|kip|snooze)|having a (?:nap|kip|snooze)|napping|snoozing)(?![a-z])[^.!?\n]{0,40}(?<![a-z])(?:invigilat[a-z]*|exam hall|mocks?|exams?|(?:my|the|a) (?:lesson|class)|on duty|on (?:[a-z]+ )?duty|in class)(?![a-z])|(?<![a-z])(?:invigilat[a-z]*|on (?:[a-z]+ )?duty)(?![a-z])[^.!?\n]{0,40}(?<![a-z])(?:fell asleep|nodded off|dozed off|asleep|napping)(?![a-z])/g,
  ['asleep', 'nodded', 'nodding', 'dozed', 'dozing', 'nap', 'kip', 'snooze', 'napping', 'snoozing'],
);
/** Pupil data left open: "left my laptop logged in with Arbor up", "shared my SIMS password". */
const DATA_OPEN = anchored(
  /(?<![a-z])(?:left|leave|leaving)(?: my| the)? (?:laptop|computer|pc|screen|sims|arbor|cpoms|bromcom|myconcern|desktop|ipad|tablet|login|account|emails?|email account|register|markbook|usb|memory stick)(?: [a-z]+){0,2} (?:unlocked|logged in|logged on|open|unattended|on the (?:bus|train|tube)|in the (?:pub|car|bar|taxi))(?![a-z])|(?<![a-z])(?:gave|give|told|lent|shared|share)(?: [a-z]+){0,3} my (?:password|login|log in|sims login|arbor login)(?![a-z])/g,
  [
    'laptop',
    'computer',
    'pc',
    'screen',
    'sims',
    'arbor',
    'cpoms',
    'bromcom',
    'myconcern',
    'desktop',
    'ipad',
    'tablet',
    'login',
    'account',
    'email',
    'emails',
    'register',
    'markbook',
    'usb',
    'stick',
    'password',
  ],
);
/** Not following the behaviour (or other) policy. */
const POLICY = anchored(
  /(?<![a-z])(?:stopped|stop|given up|gave up|not|don'?t|do not|never|no longer|ignore|ignoring|ignored|can'?t be bothered|cannot be bothered)(?: [a-z]+){0,2} (?:following|follow|using|bothering with|logging|recording|doing) (?:the |our |my )?(?:behaviour policy|behaviour system|sanctions policy|marking policy|safeguarding (?:policy|procedures?)|feedback policy|every incident|incidents|behaviour points|the consequences system)(?![a-z])/g,
  ['policy', 'system', 'procedure', 'procedures', 'incident', 'incidents', 'points'],
);
/** Pupils' work in the bin. */
const BINNED = anchored(
  /(?<![a-z])(?:binned|shredded|chucked|threw away|thrown away|skipped)(?: [a-z']+){0,3} (?:their|the|his|her|my|pupils'?|students'?|kids'?|year \d+'?s?) (?:[a-z']+ ){0,2}(?:books|essays|homework|work|coursework|papers|tests|assessments|mocks|projects|practice papers)(?![a-z])|(?<![a-z])(?:homework|essays|papers|practice papers|books|mocks|assessments|projects)(?![a-z])[^\n]{0,120}(?<![a-z])(?:straight in the bin|went in the bin|into the bin|in the recycling|recycling bin (?:enjoyed|ate|got|has)|the bin (?:enjoyed|ate|got)|the shredder)(?![a-z])/g,
  ['binned', 'shredded', 'chucked', 'threw', 'thrown', 'skipped', 'bin', 'recycling', 'shredder'],
);
/** School property or cards used for oneself. */
const PROPERTY = anchored(
  /(?<![a-z])(?:school|trust|work|the school'?s|the trust'?s) (?:minibus|van|car|fuel card|credit card|purchase card|card|laptop|ipad|printer|photocopier|petrol|diesel|budget|money|account)(?![a-z])[^.!?\n]{0,80}(?<![a-z])(?:for my (?:own |big |weekly |food |personal )?(?:shop|shopping|holiday|house|wedding|party|move|errands|kids|side hustle|business)|to (?:asda|tesco|aldi|lidl|sainsbury'?s|morrisons|ikea|costco|the tip|the airport)|perks of|on the (?:school|trust) (?:fuel card|card|account)|for personal use|nobody (?:will )?notice)(?![a-z])/g,
  ['minibus', 'van', 'car', 'card', 'laptop', 'ipad', 'printer', 'photocopier', 'petrol', 'diesel', 'budget', 'money', 'account'],
);
/** Staff parties with roles and wild behaviour. */
const PARTY = anchored(
  /(?<![a-z])(?:staff (?:christmas )?(?:do|party|night out|social|drinks|piss up)|christmas do|christmas party|leavers'? do|end of term do|end of year do|staff night out|inset social)(?![a-z])/g,
  ['do', 'party', 'out', 'social', 'drinks', 'piss'],
);
const WILD = anchored(
  /(?<![a-z])(?:sick in|sick on|threw up|vomit(?:ed|ing)?|puk(?:e|ed|ing)|snog(?:ged|ging)?|pulled|got off with|off (?:his|her|their|my) face|hammered|wasted|pissed|paralytic|wrecked|twerk(?:ed|ing)?|passed out|sambuca|tequila|jagerbombs?|jaegerbombs?|stripped|naked|lap ?dance|punch(?:ed)? up|fight|arrested|kicked out|thrown out)(?![a-z])/g,
  [
    'sick',
    'threw',
    'vomit',
    'vomited',
    'vomiting',
    'puke',
    'puked',
    'puking',
    'snog',
    'snogged',
    'snogging',
    'pulled',
    'got',
    'face',
    'hammered',
    'wasted',
    'pissed',
    'paralytic',
    'wrecked',
    'twerk',
    'twerked',
    'twerking',
    'passed',
    'sambuca',
    'tequila',
    'jagerbomb',
    'jagerbombs',
    'jaegerbomb',
    'jaegerbombs',
    'stripped',
    'naked',
    'lap',
    'lapdance',
    'punch',
    'punched',
    'fight',
    'arrested',
    'kicked',
    'thrown',
  ],
);
/** Not trusting one's own school with one's children. */
const OWN_KIDS = anchored(
  /(?<![a-z])(?:wouldn'?t|would not|would never|will never|won'?t|never|couldn'?t) (?:ever )?(?:send|put|let|enrol|enroll)(?: my| our) (?:own )?(?:kids|children|child|son|daughter|kid|boys|girls|little one)(?: (?:to|near|anywhere near|into|in|at))? (?:my school|this school|our school|where i work|where i teach|here|the place|the academy|my academy|our academy|the trust)(?![a-z])/g,
  ['send', 'put', 'let', 'enrol', 'enroll'],
  ['kids', 'children', 'child', 'son', 'daughter', 'kid', 'boys', 'girls', 'one'],
);
const MISCONDUCT = [CONFESS, DRUNK_MARKING, NOT_MARKING, LESSON_POST, COURSEWORK, ANSWERS, ASLEEP, DATA_OPEN, POLICY, BINNED, PROPERTY, OWN_KIDS];

export const misconduct: Rule = {
  id: 'disrepute/misconduct',
  category: 'disrepute',
  severity: 'warning',
  reason:
    'This describes conduct a school would treat as misconduct (marking, exams, data, policy or school property); posted publicly it can bring the school and you into disrepute.',
  gate: (doc) => MISCONDUCT.some((re) => doc.mayMatch(re)) || (doc.mayMatch(PARTY) && doc.mayMatch(WILD)),
  run: (doc) => {
    const ranges: Range[] = [];
    for (const re of MISCONDUCT) ranges.push(...doc.find(re));
    // A staff party with wild behaviour within the same few lines.
    const party = doc.find(PARTY);
    if (party.length) for (const [p, w] of doc.near(party, doc.find(WILD), 200, false)) ranges.push(p, w);
    return ranges.length ? [{ ranges }] : [];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [negativeAboutSchool, workComplaint, misconduct],
  [
    NEG_RE,
    WORK_COMPLAINT,
    OFSTED_FIDDLE,
    WORK_GATE,
    CONFESS,
    DRUNK_MARKING,
    NOT_MARKING,
    LESSON_POST,
    COURSEWORK,
    ANSWERS,
    ASLEEP,
    DATA_OPEN,
    POLICY,
    BINNED,
    PROPERTY,
    PARTY,
    WILD,
    OWN_KIDS,
    ...REFS_USES,
  ],
);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'disrepute/negative-about-school': {
    description: 'Negative statements about the school or trust (named in settings, or "my school", "SLT", "our head", "the trust").',
    flag: [
      'SLT are completely clueless',
      'My school is an absolute shambles',
      'The trust treats us like dirt',
      'Our head is useless',
      { text: 'Oakfield Academy is a joke, honestly', context: { schoolNames: ['Oakfield Academy'] } },
      { text: 'Fuming with Oakfield management again', context: { schoolNames: ['Oakfield'] } },
      "Another pointless meeting, SLT couldn't care less about staff",
    ],
    ok: [
      'So proud of our Year 6 at the county finals!',
      { text: 'Oakfield Academy choir sang beautifully tonight', context: { schoolNames: ['Oakfield Academy'] } },
      'Thank you to our head for the lovely staff breakfast',
      'Our school garden is looking wonderful',
      'This maths test was brutal',
    ],
  },
  'disrepute/misconduct': {
    description:
      "Confessions of professional misconduct: marking drunk or not at all (\"tick and flick\"), posting from a lesson, doing pupils' coursework, giving answers to lift the data, sleeping while invigilating, leaving pupil data open, ignoring the behaviour policy, binning pupils' work, using school cards or vehicles for oneself, wild staff-party stories, not sending one's own children to one's school.",
    flag: [
      'Did all my Year 9 reports down the pub last night, hope they make sense lol',
      "Honestly I haven't opened their exercise books since half term. Nobody checks anyway",
      'Scrolling on my phone during my Year 8 lesson, they think I am taking the register',
      "Rewrote half of Jamie's coursework essay for him, the exam board would not be impressed",
      'Handed 10B the mark scheme ahead of the assessment to boost our figures',
      'Dozed off twice while invigilating the GCSE maths paper',
      'Went to lunch and left my computer logged in with CPOMS open on the screen',
      "I've given up logging every incident on the behaviour system, no point",
      'The Year 7 homework went straight in the bin, not reading 30 of those',
      'Borrowed the school van for my house move this weekend, perks of the job',
      'Staff Christmas party: head of science was sick in the taxi and the deputy was hammered',
      "We'd never enrol our son at my academy, knowing what goes on",
    ],
    ok: [
      'Marking Year 11 mocks with a cup of tea tonight',
      'Friday pub quiz with the staff team, we came third!',
      'Helped Year 11 plan their NEA timelines today, deadlines are on the portal',
      'Half of Reception dozed off in the minibus on the way back from the beach',
      'Staff Christmas party was lovely, the mince pies were a triumph',
      'Our recycling bin project won the eco award',
      'Gave Year 9 the answers to check their own homework',
    ],
  },
  'disrepute/work-complaint': {
    description: 'Complaints about work ("hate my job", "can\'t wait to leave this place"), and talk of fiddling data or results.',
    flag: ['I hate my job so much', "Can't wait to leave this place", 'We were told to fiddle the attendance figures before the inspection'],
    ok: ['I love my job!', 'Leaving do for Mrs Patel on Friday, we will miss her', 'Tidying the data room'],
  },
};
