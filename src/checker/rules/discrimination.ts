/**
 * Clause 5.2: "unlawful discrimination, harassment or victimisation". Slurs come from the lexicon
 * (its discrimination entries); demeaning statements about a group sharing a protected characteristic
 * (Equality Act 2010: age, disability, gender reassignment, pregnancy and maternity, race, religion or
 * belief, sex, sexual orientation) from patterns: a group word followed by a demeaning predicate.
 */
import type { Range } from '../doc';
import { anchored, gateOf, hitsOf, nearPairs, words, wordRe, type Rule, type RuleDocs, type RuleHit, lazy, withUses } from './rule';
import { LEXICON_USES, lexiconRuleHits } from './offensive';

export const slur: Rule = {
  id: 'discrimination/slur',
  category: 'discrimination',
  severity: 'serious',
  reason: 'This contains a slur about a group of people, which could be discriminatory.',
  run: (doc) => lexiconRuleHits(doc, 'discrimination'),
};

const GROUP_LIST = [
  'muslims',
  'moslems',
  'islam',
  'jews',
  'jewish people',
  'the jews',
  'blacks',
  'black people',
  'black men',
  'black women',
  'whites',
  'white people',
  'asians',
  'arabs',
  'chinese',
  'chinese people',
  'indians',
  'pakistanis',
  'africans',
  'mexicans',
  'latinos',
  'hispanics',
  'gypsies',
  'travellers',
  'roma',
  'polish people',
  'poles',
  'romanians',
  'eastern europeans',
  'immigrants',
  'migrants',
  'refugees',
  'asylum seekers',
  'illegals',
  'illegal immigrants',
  'illegal aliens',
  'foreigners',
  'gays',
  'gay people',
  'gay men',
  'lesbians',
  'homosexuals',
  'bisexuals',
  'trans people',
  'transgender people',
  'trans women',
  'trans men',
  'transgenders',
  'women',
  'woman',
  'females',
  'girls',
  'feminists',
  'men',
  'males',
  'disabled people',
  'the disabled',
  'autistic people',
  'autistic kids',
  'special needs kids',
  'sen kids',
  'old people',
  'pensioners',
  'boomers',
  'the elderly',
  'pregnant women',
  'pregnant teachers',
  'single mums',
  'single mothers',
  'christians',
  'catholics',
  'hindus',
  'sikhs',
  'atheists',
  'dyslexics',
  'wheelchair users',
];
const GROUPS = words(GROUP_LIST);

const DEMEANING_LIST = [
  'animals',
  'vermin',
  'scum',
  'rats',
  'parasites',
  'criminals',
  'rapists',
  'terrorists',
  'savages',
  'subhuman',
  'sub human',
  'inferior',
  'disgusting',
  'filth',
  'filthy',
  'dirty',
  'stupid',
  'thick',
  'dumb',
  'lazy',
  'useless',
  'worthless',
  'evil',
  'a disease',
  'a cancer',
  'a plague',
  'cockroaches',
  'invaders',
  'the problem',
  'the enemy',
  'not real',
  'mentally ill',
  'sick in the head',
  'a joke',
  'whores',
  'sluts',
  'bitches',
  'hoes',
  'trash',
  'garbage',
  'pigs',
  'dogs',
  'monkeys',
  'apes',
  'beneath us',
  'less intelligent',
  'not as smart',
  'too emotional',
  'so emotional',
  'hysterical',
  'a burden',
  'a drain',
  'freaks',
  'perverts',
  'paedos',
  'paedophiles',
  'pedophiles',
  'groomers',
  'thieves',
  'thugs',
  'liars',
  'beggars',
  'unnatural',
  'an abomination',
  'abominations',
  'degenerates',
  'scroungers',
  'spongers',
  'leeches',
  'ruining this country',
  'ruining everything',
  'destroying this country',
  'taking over',
  'breeding like rabbits',
  'good for nothing',
  'only good for',
  'all the same',
  'should be banned',
  'should be deported',
  'should go back',
  "don't belong here",
  'do not belong here',
  'need to go',
  "shouldn't be allowed",
  'should not be allowed',
  "can't drive",
  'cannot drive',
  "can't lead",
  "can't teach",
  'belong in the kitchen',
];
const DEMEANING = words(DEMEANING_LIST);

const DEMEANING_STATEMENT = anchored(
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])(?:all |these |those |the |most |fucking |bloody |typical |filthy |stupid |dirty )?${GROUPS} (?:are|r|is|were) (?:all |just |nothing but |literally |basically |such |so |a bunch of |a pack of |fucking |bloody )?${DEMEANING}(?![a-z])`,
        'g',
      ),
  ),
  GROUP_LIST,
  DEMEANING_LIST,
);

const OTHER_PATTERNS = [
  anchored(
    /(?<![a-z])go back to (?:your|their|his|her|where) (?:own )?(?:country|countries|where (?:you|they|he|she) came from|where (?:you|they) belong)(?![a-z])/g,
    ['country', 'countries', 'came', 'belong'],
  ),
  anchored(
    /(?<![a-z])(?:send|ship|deport|kick) (?:them|em|'em|all of them|every one of them) (?:all )?(?:back|home)(?![a-z])/g,
    ['send', 'ship', 'deport', 'kick'],
    ['back', 'home'],
  ),
  anchored(/(?<![a-z])deport (?:them|em|'em) all(?![a-z])/g, ['deport']),
  anchored(
    /(?<![a-z])(?:deport|ban|get rid of|kick out|round up) (?:all )?(?:the |these |those )?(?:muslims|immigrants|migrants|refugees|foreigners|illegals|jews|gays|blacks|asylum seekers)(?![a-z])/g,
    ['deport', 'ban', 'rid', 'kick', 'round'],
    ['muslims', 'immigrants', 'migrants', 'refugees', 'foreigners', 'illegals', 'jews', 'gays', 'blacks', 'asylum'],
  ),
  anchored(/(?<![a-z])(?:get back|go back|belongs?) (?:in|to) the kitchen(?![a-z])/g, ['kitchen']),
  anchored(/(?<![a-z])make me a (?:sandwich|sarnie|cup of tea)(?![a-z])/g, ['sandwich', 'sarnie', 'tea']),
  anchored(/(?<![a-z])(?:for|like) a (?:girl|woman|female)(?:,|\s)(?:she|that|you|this|it)(?![a-z])/g, ['girl', 'woman', 'female']),
  anchored(/^(?:for|like) a (?:girl|woman|female)(?![a-z])/g, ['girl', 'woman', 'female']),
  anchored(
    /(?<![a-z])(?:are you|is she|must be|she'?s|she is|you'?re) (?:on (?:your|her|the) )?(?:period|on her period|on the rag|time of the month|pmsing|hormonal)(?![a-z])/g,
    ['period', 'rag', 'month', 'pmsing', 'hormonal'],
  ),
  anchored(
    /(?<![a-z])(?:only got (?:the|her|his|this|that) (?:job|promotion|role|headship|post|position|place|contract|interview) because|diversity hire|token (?:woman|black|hire)|thank the quotas|because of (?:the )?quotas?)(?![a-z])/g,
    ['because', 'diversity', 'token', 'quotas', 'quota'],
  ),
  anchored(
    /(?<![a-z])(?:women|girls|females) (?:can'?t|cannot|shouldn'?t|should not|don'?t|do not) (?:drive|lead|be leaders|be in charge|do maths|do science|teach|manage|be trusted|handle)(?![a-z])/g,
    ['women', 'girls', 'females'],
  ),
  anchored(/(?<![a-z])(?:stop being such a girl|like a little girl|throws? like a girl|run like a girl)(?![a-z])/g, ['girl']),
  anchored(/(?<![a-z])(?:rapefugees?|#deportthemall|#sendthemback|#stopislam|#banislam|#womensuck|#noislam)(?![a-z])/g, [
    'rapefugee',
    'rapefugees',
    'deportthemall',
    'sendthemback',
    'stopislam',
    'banislam',
    'womensuck',
    'noislam',
  ]),
  anchored(/(?<![a-z])(?:that'?s|so|how|is so|you'?re so|ur so) gay(?![a-z])/g, ['gay']),
  anchored(/(?<![a-z])(?:too old to|past it|over the hill|dinosaur)(?![a-z])[^.!?\n]{0,30}(?<![a-z])(?:teach|work|job|staff|colleague)/g, [
    'old',
    'past',
    'hill',
    'dinosaur',
  ]),
  // "illegals": a dehumanising name for migrants (not "illegal immigrants", "illegal aliens": legal terms).
  anchored(/(?<![a-z])illegals(?![a-z])/g, ['illegals']),
];

// Open when one of the rule's patterns may match (the union of their first anchors).
const DEMEANING_GATE = gateOf(DEMEANING_STATEMENT, ...OTHER_PATTERNS);

export const demeaning: Rule = {
  id: 'discrimination/demeaning',
  category: 'discrimination',
  severity: 'serious',
  reason: 'This demeans people for who they are, which could be discriminatory.',
  gate: (doc) => doc.hasAny(DEMEANING_GATE),
  run: (doc) => hitsOf(doc, DEMEANING_STATEMENT, ...OTHER_PATTERNS),
};

/**
 * The nine protected characteristics of the Equality Act 2010, each with words for the people who
 * share it. A group word next to a stance (a stereotype, exclusion, refusal to recognise, a hiring
 * preference) raises a finding whose reason names the characteristic. Each string lists phrases
 * separated by "|" (compact in the content script).
 */
const CHARACTERISTICS: ReadonlyArray<readonly [string, string]> = [
  [
    'age',
    'older|elderly|pensioner|pensioners|boomer|boomers|old fossil|fossil|fossils|dinosaur|dinosaurs|past it|over the hill|too old|too young|at that age|at her age|at his age|at their age|' +
      'young and dynamic|fresh blood|young blood|younger staff|younger teachers|younger candidate|younger candidates|someone young|someone younger|older staff|older teachers|older candidate|' +
      'older candidates|older colleagues|older tas|older women|older men|near retirement|nearing retirement|pension|millennials|gen z|over 50s|over 60s|in her 50s|in his 50s|in her 60s|in his 60s|in their 50s|in their 60s',
  ],
  [
    'disability',
    'disabled|disability|disabilities|in a wheelchair|wheelchair|wheelchair user|wheelchair users|autistic|autism|adhd|dyslexic|dyslexia|deaf|blind|special needs|sen kids|send kids|' +
      "down's|downs|down syndrome|learning disability|learning disabilities|mental health condition|epileptic|stammer|stutter|reasonable adjustments|mentally ill|neurodivergent|cerebral palsy",
  ],
  [
    'gender reassignment',
    'trans|transgender|transgendered|transitioning|transition|mid-transition|non-binary|nonbinary|man in a dress|men in dresses|new name|made-up name|made up name|' +
      'preferred name|pronouns|born a girl|born a boy|born a man|born a woman|born male|born female|biological male|biological female|biological man|biological woman|gender identity|gender reassignment|identifies as',
  ],
  [
    'marriage or civil partnership',
    "married|unmarried|not married|isn't married|spouse|civil partnership|civil partner|married women|married men|single candidate|single people",
  ],
  [
    'pregnancy or maternity',
    'pregnant|pregnancy|pregnancies|expecting|maternity|maternity leave|child-bearing age|childbearing age|child bearing age|starting a family|start a family|planning a family|' +
      'having a baby|new mums|new mum|young mums|mums with young kids|breastfeeding',
  ],
  [
    'race',
    'race|racial|black|white|asian|asians|chinese|indian|indians|pakistani|pakistanis|bangladeshi|african|africans|nigerian|nigerians|polish|poles|eastern european|eastern europeans|' +
      'romanian|romanians|roma|gypsy|gypsies|traveller|travellers|irish|arab|arabs|brown|mixed race|foreign|foreigner|foreigners|immigrant|immigrants|migrant|migrants|accent|accents|ethnic|ethnicity|bame|eal',
  ],
  [
    'religion or belief',
    'muslim|muslims|islam|islamic|ramadan|eid|hijab|hijabs|niqab|niqabs|burqa|burka|headscarf|jewish|jew|jews|shabbat|sabbath|kosher|halal|christian|christians|catholic|catholics|' +
      'hindu|hindus|sikh|sikhs|turban|atheist|atheists|religion|religions|religious|mosque|synagogue|prayer room|fasting',
  ],
  ['sex', 'women|woman|men|man|male|female|males|females|girls|boys|lads|ladies|blokes|bloke|mums|dads|mothers|fathers'],
  [
    'sexual orientation',
    'gay|gays|lesbian|lesbians|bisexual|homosexual|homosexuals|queer|lgbt|lgbtq|same-sex|same sex|her wife|his husband|his boyfriend|her girlfriend|two mums|two dads|straight',
  ],
];
const GROUP_OF = new Map<string, string>();
for (const [c, list] of CHARACTERISTICS) for (const p of list.split('|')) if (!GROUP_OF.has(p)) GROUP_OF.set(p, c);
const PC_GROUP_LIST = [...GROUP_OF.keys()];
const PC_GROUP = anchored(wordRe(words(PC_GROUP_LIST)), PC_GROUP_LIST);

/** Stances that treat a group worse: incapable, excluded, distrusted, not recognised, not hired. */
const STANCE_LIST = (
  "aren't built for|not built for|isn't built for|aren't cut out|not cut out|isn't cut out|aren't suited|not suited|isn't suited|aren't natural|not natural|aren't good at|" +
  "can't cope|cannot cope|won't cope|will struggle|she'll struggle|he'll struggle|they'll struggle|struggle to keep up|can't keep up|won't keep up|" +
  "won't respect|don't respect|will never respect|never respect|can't be trusted|cannot be trusted|how can i trust|can't trust|don't value|doesn't value|" +
  "belong in|belongs in|don't belong|doesn't belong|have no place|has no place|shouldn't be teaching|" +
  "should not be teaching|shouldn't teach|should not teach|shouldn't be allowed|should not be allowed|shouldn't be leading|shouldn't be working|not the right person|isn't the right person|" +
  'not the right fit|not a good fit|wrong person|keep it to themselves|' +
  "not a real|refuse to call|refuse to use|won't use her|won't use his|won't use their|" +
  'bend for|bends for|bending over backwards|ask at interview|' +
  "asked at interview|allowed to ask|won't hire|wouldn't hire|won't employ|wouldn't employ|never employ|never appoint|avoid hiring|won't appoint|wouldn't appoint|" +
  'need a male|need a female|want someone young|their culture|' +
  'real sports|real jobs|' +
  // Incapable, distrusted, hidden, outed, not for the job.
  "can't handle|can't do the job|couldn't do the job|not capable|incapable|not up to the job|past their best|past her best|past his best|" +
  "supposed to trust|expected to trust|wouldn't want a|shouldn't have a|" +
  "isn't the right time|behind closed doors|keep it private|keep it quiet|" +
  "should be told|ought to be told|deserve to know|need to be told|isn't for you|isn't for them|wrong job|wrong career|wrong profession|" +
  "find another career|not a proper|isn't a proper|hide your valuables|lock up your valuables|watch your valuables|count the spoons|things will go missing"
).split('|');
const STANCE = anchored(wordRe(words(STANCE_LIST)), STANCE_LIST);
/** A polite or hedged register ("just asking", "not racist but") that counts with a group word and a should/can't in its sentence. */
const HEDGE_LIST = (
  "just asking|only asking|genuine question|honest question|just a thought|just saying|just being honest|with respect|with the greatest respect|let's be honest|no offence|" +
  "not being funny|not racist but|i'm not racist|not sexist but|not homophobic but|nothing against|no problem with|surely"
).split('|');
const HEDGE = anchored(wordRe(words(HEDGE_LIST)), HEDGE_LIST);
const NEG =
  /(?<![a-z])(?:should|shouldn'?t|must|can'?t|cannot|don'?t|doesn'?t|won'?t|wouldn'?t|isn'?t|aren'?t|not|no|never|always|just|surely|really|right|fit|struggle|trust|allowed|belong|real|wrong)(?![a-z])/;
/** A negative trait or habit pinned on a whole group: "X are always the most difficult", "Y always end up leaving". */
const TRAITS =
  'pushy|aggressive|lazy|loud|rude|difficult|demanding|entitled|thieves|trouble|a nightmare|a problem|the problem|dodgy|untrustworthy|dishonest|emotional|hysterical|weak|bossy|useless|hopeless|slow|thick|backward|a liability|a risk|a drain|a burden|the worst|the most difficult'.split(
    '|',
  );
const HABITS =
  'end up|let you down|let us down|let the school down|let everyone down|go off|take time off|moan|complain|cause trouble|cause problems|play the|make a fuss|lie|steal|cheat|fail'.split(
    '|',
  );
/** The trait or habit; the group word must stand just before it (at most one word between). */
const GENERALISED = anchored(
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])(?:(?:are|is|r) (?:always |never |all |just |so |too |naturally |really )?(?:the )?${words(TRAITS)}|(?:always|never|all|just) ${words(HABITS)})(?![a-z])`,
        'g',
      ),
  ),
  [...TRAITS, ...HABITS],
);
/** Keeping someone from a role for who they are: "not have a Sikh teacher", "never hire a woman". */
const ROLE_WORDS = [
  'teacher',
  'teachers',
  'colleague',
  'colleagues',
  'ta',
  'head',
  'headteacher',
  'person',
  'people',
  'candidate',
  'candidates',
  'man',
  'woman',
  'member of staff',
  'leading',
  'teaching',
  'running',
  'in charge',
];
const EXCLUDE_ROLE = anchored(
  lazy(
    () =>
      new RegExp(
        `(?:(?<![a-z])(?:not|never)|n't) (?:have|want|let|put|appoint|hire|employ) (?:a|an|any) ${words(PC_GROUP_LIST)} ${words(ROLE_WORDS)}(?![a-z])`,
        'g',
      ),
  ),
  ['have', 'want', 'let', 'put', 'appoint', 'hire', 'employ'],
  PC_GROUP_LIST,
  ROLE_WORDS,
);

/** A hiring or appointment decided by who people are: a hiring word, a group word and a choice. */
const HIRING_LIST =
  'candidate|candidates|interview|interviews|interviewing|shortlist|shortlisting|shortlisted|appoint|appointing|appointment|applicant|applicants|applications|hire|hiring|recruit|recruiting|recruitment|vacancy'.split(
    '|',
  );
const HIRING = anchored(wordRe(words(HIRING_LIST)), HIRING_LIST);
const CHOICE = wordRe(
  words(
    "leaning towards|rather have|prefer|preferring|went with|went for|chose|chosen|picked|not the right time|isn't the right time|need someone|want someone|looking for someone|won't shortlist|didn't shortlist|binned|rejected|turned down|ruled out|avoid|steer clear".split(
      '|',
    ),
  ),
);

/** Mockery that stands alone. */
const PC_DIRECT = anchored(
  /(?<![a-z])(?:man in a dress|men in dresses|(?:defo|definitely|def|proper|clearly|obviously|totally) (?:bent|a poof|camp)|camp as (?:christmas|a row of tents)|woke nonsense|trans ideology|gender ideology|alphabet people|made[- ]up (?:names?|pronouns))(?![a-z])/g,
  ['dress', 'dresses', 'bent', 'poof', 'camp', 'woke', 'ideology', 'alphabet', 'made'],
);
const DIRECT_OF = (m: string) =>
  /dress|ideology|name|pronoun/.test(m) ? 'gender reassignment' : /alphabet|bent|poof|camp/.test(m) ? 'sexual orientation' : undefined;
const pcReason = (c: string) =>
  `This treats people worse because of their ${c}, a protected characteristic under the Equality Act 2010, which could be discriminatory.`;

export const protectedCharacteristic: Rule = {
  id: 'discrimination/protected-characteristic',
  category: 'discrimination',
  severity: 'serious',
  reason:
    'This treats people worse because of a protected characteristic under the Equality Act 2010 (such as age, disability, race, religion, sex or sexual orientation), which could be discriminatory.',
  // Exact: a group word and a stance, a hedge, a generalisation or a hiring word; or a stand-alone mockery.
  gate: (doc) =>
    doc.mayMatch(PC_DIRECT) ||
    (doc.mayMatch(PC_GROUP) &&
      (doc.mayMatch(STANCE) || doc.mayMatch(HEDGE) || doc.mayMatch(GENERALISED) || doc.mayMatch(HIRING) || doc.mayMatch(EXCLUDE_ROLE))),
  run: (doc): RuleHit[] => {
    const t = doc.text;
    const direct = doc.find(PC_DIRECT);
    const stances = doc.find(STANCE);
    const hedges = doc.find(HEDGE);
    const exclude = doc.find(EXCLUDE_ROLE);
    const pairs0: Array<[Range, Range]> = [];
    if (!direct.length && !stances.length && !hedges.length && !exclude.length && !doc.mayMatch(GENERALISED) && !doc.mayMatch(HIRING)) return [];
    const groups = doc.find(PC_GROUP);
    for (const r of exclude) {
      const g = groups.find((x) => r.from <= x.from && x.to <= r.to && x.from > r.from + 4);
      if (g) pairs0.push([g, r]);
    }
    const pairs = [...pairs0, ...nearPairs(groups, stances, 120)];
    for (const r of doc.find(GENERALISED)) {
      const g = groups.find((x) => x.to <= r.from && r.from - x.to <= 14 && !/[.!?,;\n]/.test(t.slice(x.to, r.from)));
      if (g) pairs.push([g, r]);
    }
    if (groups.length && doc.find(HIRING).length) pairs.push(...nearPairs(groups, doc.find(CHOICE), 150));
    if (hedges.length && groups.length) {
      // A hedge counts with a group word whose sentence takes a position (should, can't, surely, not...).
      const sents = doc.sentences();
      for (const [g, h] of nearPairs(groups, hedges, 200)) {
        const s = sents.find((x) => x.from <= g.from && g.from < x.to);
        if (s && NEG.test(t.slice(s.from, s.to))) pairs.push([g, h]);
      }
    }
    if (!pairs.length && !direct.length) return [];
    const ranges = [...direct, ...pairs.flat()];
    const first = pairs[0];
    const c = first ? GROUP_OF.get(t.slice(first[0].from, first[0].to).replace(/\s+/g, ' ')) : DIRECT_OF(t.slice(direct[0]!.from, direct[0]!.to));
    return [{ ranges, reason: c ? pcReason(c) : undefined }];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [slur, demeaning, protectedCharacteristic],
  [DEMEANING_STATEMENT, ...OTHER_PATTERNS, DEMEANING_GATE, PC_GROUP, STANCE, HEDGE, GENERALISED, EXCLUDE_ROLE, HIRING, PC_DIRECT, ...LEXICON_USES],
);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'discrimination/slur': {
    description: 'Slurs about race, religion, disability, sexual orientation or gender identity, also when disguised.',
    flag: ['what a f@ggot', 'stop being such a retard', 'he called him a p4ki', 'those trannies', 'n1gger'],
    ok: [
      'Homo sapiens in Year 7 science',
      'Pakistan won the cricket',
      'Our LGBT+ history month display',
      'Trans Day of Visibility assembly',
      'Chinese New Year celebrations in reception',
    ],
  },
  'discrimination/demeaning': {
    description:
      'Demeaning statements about people for a protected characteristic (race, religion, sex, gender identity, sexual orientation, disability, age, pregnancy).',
    flag: [
      'Immigrants are all criminals',
      'Women are too emotional to lead',
      'Go back to your own country',
      'Muslims are the problem',
      'She only got the job because she is a woman',
      'Get back in the kitchen',
      'Are you on your period?',
      "That's so gay",
      'Deport them all',
      "women can't drive",
      'Another boatload of illegals arrived',
    ],
    ok: [
      'Women in science week: meet our amazing female engineers!',
      'Our refugee week assembly was moving',
      'Welcoming new families from Poland to our school',
      'Black History Month display is up',
      'Celebrating Eid with Year 4',
      'PSHE: why illegal drugs are dangerous',
      'Two illegal moves and the chess club champion still won',
    ],
  },
  'discrimination/protected-characteristic': {
    description:
      'Treating people worse for one of the nine protected characteristics of the Equality Act 2010 (age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex, sexual orientation): stereotypes, exclusion from roles or places, hiring choices, distrust, outing, refusing a name, and the same said politely ("just asking", "no offence but"). The reason names the characteristic.',
    flag: [
      'Deaf children belong in a specialist unit, not in my mainstream class',
      'Honest question: should a teacher in her 60s really be leading the ski trip? Surely she will struggle',
      'I refuse to use their pronouns, a Year 9 is a Year 9',
      'Shortlisting today. Not the right time to appoint anyone who is pregnant, we need stability',
      'Romanian mums are always the most difficult at pick up',
      'Nothing against Sikhs but I do not think a turban is appropriate in a classroom',
      "Boys aren't cut out for primary teaching, it's a caring job",
      'Two dads at the school disco? Should keep that behind closed doors, away from the children',
      'Our new PE teacher is gay and parents should be told before their kids are in his class',
      "Men in dresses in the staff toilets, what's next",
      'Married teachers always end up leaving when the school needs them',
      "Our Muslim TA can't be trusted with the Christmas play",
      'We would never hire a Catholic head here, the governors would not wear it',
    ],
    ok: [
      'Our Year 6 girls won the county football final!',
      'Celebrating Eid with Year 4 today',
      'Ramadan Mubarak to all our families who are fasting',
      'Deaf awareness week: Year 3 learned to sign their names',
      'Interviewing for a new maths teacher tomorrow, wish us luck!',
      'Genuine question: what time does the Diwali assembly start?',
      'Congratulations to Miss Patel, who is expecting her first baby in the spring!',
      'Our older pupils read with reception every Friday',
    ],
  },
};
