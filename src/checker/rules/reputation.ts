/**
 * Clause 5.2: content that "undermines the reputation of the school and/or individuals": running
 * down colleagues, parents or pupils as a group or one by one ("the parents here are so entitled",
 * "my TA is useless", "I can't stand my Year 10s"). Direct insults to a person are bullying; this
 * rule is about talking about them.
 */
import { anchored, gateWords, nearOf, words, wordRe, type Rule, type RuleDocs } from './rule';
import { adultRefs, mayHavePupil, pupilRefs } from './refs';

const COPULA_NEG_LIST = [
    'lazy', 'useless', 'incompetent', 'clueless', 'thick', 'stupid', 'idiots', 'idiot', 'morons', 'moron', 'vile', 'nightmare', 'nightmares',
    'feral', 'animals', 'brats', 'little shits', 'entitled', 'pathetic', 'a joke', 'hopeless', 'dumb', 'chavs', 'chavvy', 'scroungers',
    'ugly', 'smelly', 'rude', 'toxic', 'two-faced', 'two faced', 'backstabbing', 'snakes', 'snake', 'cow', 'witch', 'creep', 'weirdo',
    'the worst', 'creeps', 'weirdos', 'snakes', 'disgusting', 'an embarrassment', 'a waste of space', 'dimwits', 'gobby', 'mouthy', 'scum', 'trash', 'rubbish', 'awful',
    'horrible', 'dreadful', 'a pain', 'a pain in the arse', 'a pain in the ass', 'psycho', 'psychos', 'mental', 'nutters', 'nutter', 'dense',
    'braindead', 'brain dead', 'thick as mince', 'thick as shit', 'insufferable', 'unbearable', 'spoilt', 'spoiled', 'vermin', 'savages',
    'demons', 'a nightmare', 'the bane of my life', 'clowns', 'a shambles', 'liars', 'a liar', 'drunk', 'alcoholics', 'druggies',
];
const COPULA_NEG = anchored(
  new RegExp(
    `(?<![a-z])(?:is|are|was|were|'s|'re|r|being|have been|has been|look|looks|seem|seems) (?:(?:so|such|really|absolutely|absolute|totally|utterly|completely|a|an|the|bunch of|pack of|complete|bloody|fucking|right|little|proper|all|just|always|literally|the most|total|utter|actual) ){0,3}${words(COPULA_NEG_LIST)}(?![a-z])`,
    'g',
  ),
  COPULA_NEG_LIST,
);

const DISLIKE_LIST = [
    "can't stand", 'cannot stand', 'hate', 'despise', 'loathe', 'sick of', 'fed up with', 'fed up of', 'sick to death of', 'had enough of',
    'so done with', 'detest', 'hate teaching', "can't stand teaching", 'dread', 'dread teaching', 'dreading teaching', 'could strangle', 'want to strangle', 'could murder',
];
const DISLIKE = anchored(wordRe(words(DISLIKE_LIST)), DISLIKE_LIST);

const PARENT_DIG_LIST = [
    'typical parents', 'helicopter parents', 'pushy parents', 'pushy parent', 'parents from hell', 'parent from hell', 'mum from hell',
    'dad from hell', 'no wonder the kid', 'no wonder the child', 'no wonder he is', 'no wonder she is', 'apple does not fall far',
    "apple doesn't fall far", 'scrounging parents', 'feckless parents', 'dole scum', 'benefit scroungers', 'council estate kids',
];
const PARENT_DIG = anchored(wordRe(words(PARENT_DIG_LIST)), PARENT_DIG_LIST);

/** A class code such as 9X, 10B2 or 11set3 (only used after a dislike: "I hate teaching 9X"). */
const CLASS_CODE = /(?<![a-z0-9])(?:[1-9]|1[0-3])(?!am|pm|st|nd|rd|th|k|m|s)[a-z]{1,2}[0-9]?(?![a-z0-9])/g;

const ADULT_GATE = gateWords(['colleague colleagues coworker coworkers co worker workers staff staffroom room teachers ta tas senco parents parent mum dad mums dads nqt ect supply cover caretaker receptionist cleaner dinner ladies governor typical helicopter pushy hell wonder apple scrounging feckless dole benefit scroungers council estate']);

export const negativeAboutPeople: Rule = {
  id: 'reputation/negative-about-people',
  category: 'reputation',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This talks negatively about colleagues, parents or pupils, which could harm their reputation and the school\'s.',
  gate: (doc) => doc.hasAny(ADULT_GATE) || mayHavePupil(doc),
  run: (doc) => {
    const refs = [...adultRefs(doc), ...pupilRefs(doc)].sort((a, b) => a.from - b.from);
    // nearOf finds nothing when either list is empty: the second list is only searched when needed.
    const a = refs.length ? nearOf(doc, refs, doc.find(COPULA_NEG), 40, true) : [];
    const dislike = doc.find(DISLIKE);
    const b = dislike.length ? nearOf(doc, dislike, [...refs, ...doc.find(CLASS_CODE)].sort((x, y) => x.from - y.from), 20, true) : [];
    const c = doc.find(PARENT_DIG);
    const ranges = [...(a[0]?.ranges ?? []), ...(b[0]?.ranges ?? []), ...c];
    return ranges.length ? [{ ranges }] : [];
  },
};

export const rules: Rule[] = [negativeAboutPeople];

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
};
