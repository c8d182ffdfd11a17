/**
 * Clause 5.2: "unlawful discrimination, harassment or victimisation". Slurs come from the lexicon
 * (its discrimination entries); demeaning statements about a group sharing a protected characteristic
 * (Equality Act 2010: age, disability, gender reassignment, pregnancy and maternity, race, religion or
 * belief, sex, sexual orientation) from patterns: a group word followed by a demeaning predicate.
 */
import { anchored, gateWords, hitsOf, words, type Rule, type RuleDocs } from './rule';
import { lexiconRuleHits } from './offensive';

export const slur: Rule = {
  id: 'discrimination/slur',
  category: 'discrimination',
  defaultClause: '5.2',
  severity: 'serious',
  reason: 'This contains a slur about a group of people, which could be discriminatory.',
  run: (doc) => lexiconRuleHits(doc, 'discrimination'),
};

const GROUP_LIST = [
  'muslims', 'moslems', 'islam', 'jews', 'jewish people', 'the jews', 'blacks', 'black people', 'black men', 'black women', 'whites',
  'white people', 'asians', 'arabs', 'chinese', 'chinese people', 'indians', 'pakistanis', 'africans', 'mexicans', 'latinos', 'hispanics',
  'gypsies', 'travellers', 'roma', 'polish people', 'poles', 'romanians', 'eastern europeans', 'immigrants', 'migrants', 'refugees',
  'asylum seekers', 'illegals', 'illegal immigrants', 'illegal aliens', 'foreigners', 'gays', 'gay people', 'gay men', 'lesbians',
  'homosexuals', 'bisexuals', 'trans people', 'transgender people', 'trans women', 'trans men', 'transgenders', 'women', 'woman',
  'females', 'girls', 'feminists', 'men', 'males', 'disabled people', 'the disabled', 'autistic people', 'autistic kids', 'special needs kids',
  'sen kids', 'old people', 'pensioners', 'boomers', 'the elderly', 'pregnant women', 'pregnant teachers', 'single mums', 'single mothers',
  'christians', 'catholics', 'hindus', 'sikhs', 'atheists', 'dyslexics', 'wheelchair users',
];
const GROUPS = words(GROUP_LIST);

const DEMEANING_LIST = [
  'animals', 'vermin', 'scum', 'rats', 'parasites', 'criminals', 'rapists', 'terrorists', 'savages', 'subhuman', 'sub human', 'inferior',
  'disgusting', 'filth', 'filthy', 'dirty', 'stupid', 'thick', 'dumb', 'lazy', 'useless', 'worthless', 'evil', 'a disease', 'a cancer',
  'a plague', 'cockroaches', 'invaders', 'the problem', 'the enemy', 'not real', 'mentally ill', 'sick in the head', 'a joke', 'whores',
  'sluts', 'bitches', 'hoes', 'trash', 'garbage', 'pigs', 'dogs', 'monkeys', 'apes', 'beneath us', 'less intelligent', 'not as smart',
  'too emotional', 'so emotional', 'hysterical', 'a burden', 'a drain', 'freaks', 'perverts', 'paedos', 'paedophiles', 'pedophiles',
  'groomers', 'thieves', 'thugs', 'liars', 'beggars', 'unnatural', 'an abomination', 'abominations', 'degenerates', 'scroungers', 'spongers', 'leeches', 'ruining this country',
  'ruining everything', 'destroying this country', 'taking over', 'breeding like rabbits', 'good for nothing', 'only good for',
  'all the same', 'should be banned', 'should be deported', 'should go back', "don't belong here", 'do not belong here', 'need to go',
  "shouldn't be allowed", 'should not be allowed', "can't drive", 'cannot drive', "can't lead", "can't teach", 'belong in the kitchen',
];
const DEMEANING = words(DEMEANING_LIST);

const DEMEANING_STATEMENT = new RegExp(
  `(?<![a-z])(?:all |these |those |the |most |fucking |bloody |typical |filthy |stupid |dirty )?${GROUPS} (?:are|r|is|were) (?:all |just |nothing but |literally |basically |such |so |a bunch of |a pack of |fucking |bloody )?${DEMEANING}(?![a-z])`,
  'g',
);
anchored(DEMEANING_STATEMENT, GROUP_LIST, DEMEANING_LIST);

const OTHER_PATTERNS = [
  /(?<![a-z])go back to (?:your|their|his|her|where) (?:own )?(?:country|countries|where (?:you|they|he|she) came from|where (?:you|they) belong)(?![a-z])/g,
  /(?<![a-z])(?:send|ship|deport|kick) (?:them|em|'em|the lot of them|all of them|every one of them) (?:all )?(?:back|home)(?![a-z])/g,
  /(?<![a-z])deport (?:them|em|'em) all(?![a-z])/g,
  /(?<![a-z])(?:deport|ban|get rid of|kick out|round up) (?:all )?(?:the |these |those )?(?:muslims|immigrants|migrants|refugees|foreigners|illegals|jews|gays|blacks|asylum seekers)(?![a-z])/g,
  /(?<![a-z])(?:get back|go back|belongs?) (?:in|to) the kitchen(?![a-z])/g,
  /(?<![a-z])make me a (?:sandwich|sarnie|cup of tea)(?![a-z])/g,
  /(?<![a-z])(?:for|like) a (?:girl|woman|female)(?:,|\s)(?:she|that|you|this|it)(?![a-z])/g,
  /^(?:for|like) a (?:girl|woman|female)(?![a-z])/g,
  /(?<![a-z])(?:are you|is she|must be|she'?s|she is|you'?re) (?:on (?:your|her|the) )?(?:period|on her period|on the rag|time of the month|pmsing|hormonal)(?![a-z])/g,
  /(?<![a-z])(?:only got (?:the|her|his|this|that) (?:job|promotion|role|headship|post|position|place|contract|interview) because|diversity hire|token (?:woman|black|hire)|thank the quotas|because of (?:the )?quotas?)(?![a-z])/g,
  /(?<![a-z])(?:women|girls|females) (?:can'?t|cannot|shouldn'?t|should not|don'?t|do not) (?:drive|lead|be leaders|be in charge|do maths|do science|teach|manage|be trusted|handle)(?![a-z])/g,
  /(?<![a-z])(?:stop being such a girl|like a little girl|throws? like a girl|run like a girl)(?![a-z])/g,
  /(?<![a-z])(?:rapefugees?|#deportthemall|#sendthemback|#stopislam|#banislam|#womensuck|#noislam)(?![a-z])/g,
  /(?<![a-z])(?:that'?s|so|how|is so|you'?re so|ur so) gay(?![a-z])/g,
  /(?<![a-z])(?:too old to|past it|over the hill|dinosaur)(?![a-z])[^.!?\n]{0,30}(?<![a-z])(?:teach|work|job|staff|colleague)/g,
  // "illegals": a dehumanising name for migrants (not "illegal immigrants", "illegal aliens": legal terms).
  /(?<![a-z])illegals(?![a-z])/g,
];
/** Per pattern, the words it cannot match without (see anchored()). */
const OTHER_ANCHORS: string[][][] = [
  [['country', 'countries', 'came', 'belong']],
  [['send', 'ship', 'deport', 'kick'], ['back', 'home']],
  [['deport']],
  [['deport', 'ban', 'rid', 'kick', 'round'], ['muslims', 'immigrants', 'migrants', 'refugees', 'foreigners', 'illegals', 'jews', 'gays', 'blacks', 'asylum']],
  [['kitchen']],
  [['sandwich', 'sarnie', 'tea']],
  [['girl', 'woman', 'female']],
  [['girl', 'woman', 'female']],
  [['period', 'rag', 'month', 'pmsing', 'hormonal']],
  [['because', 'diversity', 'token', 'quotas', 'quota']],
  [['women', 'girls', 'females']],
  [['girl']],
  [['rapefugee', 'rapefugees', 'deportthemall', 'sendthemback', 'stopislam', 'banislam', 'womensuck', 'noislam']],
  [['gay']],
  [['old', 'past', 'hill', 'dinosaur']],
  [['illegals']],
];
OTHER_PATTERNS.forEach((re, i) => anchored(re, ...OTHER_ANCHORS[i]!));

const DEMEANING_GATE = gateWords(GROUP_LIST, [
  'back kitchen sandwich sarnie girl woman female period rag month pmsing hormonal quota quotas diversity token because drive lead',
  'illegals deport ship send kick ban rid round gay rapefugee rapefugees deportthemall sendthemback stopislam banislam womensuck noislam old past hill dinosaur',
]);

export const demeaning: Rule = {
  id: 'discrimination/demeaning',
  category: 'discrimination',
  defaultClause: '5.2',
  severity: 'serious',
  reason: 'This demeans people for who they are, which could be discriminatory.',
  gate: (doc) => doc.hasAny(DEMEANING_GATE),
  run: (doc) => hitsOf(doc, DEMEANING_STATEMENT, ...OTHER_PATTERNS),
};

export const rules: Rule[] = [slur, demeaning];

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'discrimination/slur': {
    description: 'Slurs about race, religion, disability, sexual orientation or gender identity, also when disguised.',
    flag: ['what a f@ggot', 'stop being such a retard', 'he called him a p4ki', 'those trannies', 'n1gger'],
    ok: ['Homo sapiens in Year 7 science', 'Pakistan won the cricket', 'Our LGBT+ history month display', 'Trans Day of Visibility assembly', 'Chinese New Year celebrations in reception'],
  },
  'discrimination/demeaning': {
    description: 'Demeaning statements about people for a protected characteristic (race, religion, sex, gender identity, sexual orientation, disability, age, pregnancy).',
    flag: ['Immigrants are all criminals', 'Women are too emotional to lead', 'Go back to your own country', 'Muslims are the problem', 'She only got the job because she is a woman', 'Get back in the kitchen', 'Are you on your period?', "That's so gay", 'Deport them all', 'women can\'t drive', 'Another boatload of illegals arrived'],
    ok: ['Women in science week: meet our amazing female engineers!', 'Our refugee week assembly was moving', 'Welcoming new families from Poland to our school', 'Black History Month display is up', 'Celebrating Eid with Year 4', 'PSHE: why illegal drugs are dangerous', 'Two illegal moves and the chess club champion still won'],
  },
};
