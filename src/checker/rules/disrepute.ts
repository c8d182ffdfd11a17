/**
 * Clause 5.2: content that "brings the school/trust into disrepute": negative statements about the
 * school or trust (its names come from settings: CheckContext.schoolNames; also "my school", "our
 * head", "SLT", "the trust"), and complaints about work that identify the workplace. A school
 * reference and a negative word must share a sentence, so good news naming the school is never flagged.
 */
import { anchored, gateWords, pairsOf, words, wordRe, type Rule, type RuleDocs } from './rule';
import { mayHaveSchool, schoolRefs } from './refs';

/** Words that, next to the school, read as running it down. */
const NEGATIVE_LIST = [
  'shambles', 'shambolic', 'a joke', 'joke of a', 'disgrace', 'disgraceful', 'awful', 'terrible', 'appalling', 'atrocious', 'the worst',
  'worst school', 'useless', 'incompetent', 'clueless', 'toxic', 'hell hole', 'hellhole', 'a nightmare', 'a dump', 'dump', 'rubbish',
  'crap', 'crappy', 'shit', 'shite', 'shitty', 'pathetic', 'corrupt', 'cover up', 'covering up', 'covered up', 'fiddling', 'fudging',
  'bullying culture', 'bullies', 'bully', 'fuming', 'furious', 'a mess', 'a circus', 'clown show', 'clowns', 'cowboys', 'sinking ship',
  'out of touch', "doesn't care", "don't care", 'does not care', 'do not care', "couldn't care less", "don't give a", "doesn't give a",
  'treat us like', 'treats us like', 'treat staff like', 'treats staff like', 'exploit', 'exploits', 'exploiting', 'no support',
  'zero support', 'sucks', 'suck', 'idiots', 'morons', 'liars', 'lying', 'lied', 'hopeless', 'failing', 'a laughing stock',
  'an embarrassment', 'embarrassing', 'ridiculous', 'bloody', 'fucking', 'dreadful', 'horrendous', 'horrible', 'diabolical',
  'farce', 'farcical', 'chaos', 'chaotic', 'a zoo', 'incompetence', 'mismanaged', 'mismanagement', 'clueless', 'spineless', 'gutless',
  'sick of', 'fed up with', 'fed up of', 'hate', 'hates', 'hated', 'despise', "can't stand", 'cannot stand', 'loathe', 'miserable',
  'stupid', 'dumb', 'bonkers', 'madness', 'insane', 'scandal', 'scandalous', 'dodgy', 'rotten', 'a racket', 'fraud', 'fraudulent',
];
export const NEGATIVE = words(NEGATIVE_LIST);

const NEG_RE = anchored(wordRe(NEGATIVE), NEGATIVE_LIST);

/** Complaints about work with the workplace named: "hate my job", "can't wait to leave this place". */
const WORK_COMPLAINT_LIST = [
    'hate my job', 'hate this job', 'hate working here', 'hate working at', 'hate this place', 'hate this school', 'worst job', 'worst place to work',
    "can't wait to leave", 'cannot wait to leave', 'counting down the days until i leave', 'want to quit', 'going to quit', 'so done with this place',
    'done with this place', 'this place is a joke', 'this place is a shambles', 'this place is a dump', 'this place is a nightmare',
];
const WORK_COMPLAINT = anchored(wordRe(words(WORK_COMPLAINT_LIST)), WORK_COMPLAINT_LIST);

const OFSTED_FIDDLE = /(?<![a-z])(?:hid(?:e|ing)|fiddl(?:e|ed|ing)|fudg(?:e|ed|ing)|massag(?:e|ed|ing)|cook(?:ed|ing)?|doctor(?:ed|ing)?|fak(?:e|ed|ing)) (?:the |our |all the )?(?:data|results|figures|numbers|attendance|grades|books|registers|marks)(?![a-z])/g;
anchored(OFSTED_FIDDLE, ['data', 'results', 'figures', 'numbers', 'attendance', 'grades', 'books', 'registers', 'marks']);

export const negativeAboutSchool: Rule = {
  id: 'disrepute/negative-about-school',
  category: 'disrepute',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This speaks negatively about your school or trust, which could bring it into disrepute.',
  gate: mayHaveSchool,
  run: (doc) => {
    // pairsOf finds nothing without a school reference: the negative words are only searched when there is one.
    const school = schoolRefs(doc);
    return school.length ? pairsOf(doc, school, doc.findShared('negative', NEG_RE)) : [];
  },
};

const WORK_GATE = gateWords(['hate wait leave quit done joke shambles dump nightmare worst days hid hide hiding fiddle fiddled fiddling fudge fudged fudging massage massaged massaging cook cooked cooking doctor doctored doctoring fake faked faking']);

export const workComplaint: Rule = {
  id: 'disrepute/work-complaint',
  category: 'disrepute',
  defaultClause: '5.2',
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

export const rules: Rule[] = [negativeAboutSchool, workComplaint];

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
      'Another pointless meeting, SLT couldn\'t care less about staff',
    ],
    ok: [
      'So proud of our Year 6 at the county finals!',
      { text: 'Oakfield Academy choir sang beautifully tonight', context: { schoolNames: ['Oakfield Academy'] } },
      'Thank you to our head for the lovely staff breakfast',
      'Our school garden is looking wonderful',
      'This maths test was brutal',
    ],
  },
  'disrepute/work-complaint': {
    description: 'Complaints about work ("hate my job", "can\'t wait to leave this place"), and talk of fiddling data or results.',
    flag: ['I hate my job so much', "Can't wait to leave this place", 'We were told to fiddle the attendance figures before the inspection'],
    ok: ['I love my job!', 'Leaving do for Mrs Patel on Friday, we will miss her', 'Tidying the data room'],
  },
};
