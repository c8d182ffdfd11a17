/**
 * Clause 5.2: content that "is in any other way unlawful": buying or selling drugs or weapons,
 * incitement to violence or disorder, and anything sexual involving children (always serious).
 */
import { anchored, gateOf, gateRare, gateWords, hitsOf, type Rule, type RuleDocs, lazy, withUses } from './rule';

const DRUGS =
  '(?:(?:homegrown|home grown)(?! [a-z])|ganja|wacky baccy|weed|coke|cocaine|mdma|molly|pills|ket|ketamine|xanax|xans|gear|cannabis|spice|heroin|smack|meth|crystal meth|acid|lsd|shrooms|magic mushrooms|oxy|oxycodone|zoot|zoots|skunk|bud|hash|pingers|nos|balloons|vapes? with thc|thc vapes?|edibles|bars|lean|percs|fentanyl|charlie)';
const WEAPONS =
  '(?:knife|knives|blade|blades|zombie knife|machete|machetes|gun|guns|firearm|firearms|pistol|rifle|shotgun|taser|tasers|pepper spray|knuckle ?dusters?|flick ?knife|butterfly knife|ammo|ammunition|crossbow)';

/**
 * The words a drug or a weapon pattern cannot match without (its anchors: see anchored()), written out
 * by hand: "vapes? with thc" needs "thc", "knuckle ?dusters?" needs "knuckle" or the joined forms.
 */
const DRUG_WORDS = [
  'homegrown',
  'grown',
  'ganja',
  'baccy',
  'weed',
  'coke',
  'cocaine',
  'mdma',
  'molly',
  'pills',
  'ket',
  'ketamine',
  'xanax',
  'xans',
  'gear',
  'cannabis',
  'spice',
  'heroin',
  'smack',
  'meth',
  'acid',
  'lsd',
  'shrooms',
  'mushrooms',
  'oxy',
  'oxycodone',
  'zoot',
  'zoots',
  'skunk',
  'bud',
  'hash',
  'pingers',
  'nos',
  'balloons',
  'thc',
  'edibles',
  'bars',
  'lean',
  'percs',
  'fentanyl',
  'charlie',
];
const WEAPON_WORDS = [
  'knife',
  'knives',
  'blade',
  'blades',
  'machete',
  'machetes',
  'gun',
  'guns',
  'firearm',
  'firearms',
  'pistol',
  'rifle',
  'shotgun',
  'taser',
  'tasers',
  'spray',
  'knuckle',
  'knuckleduster',
  'knuckledusters',
  'flickknife',
  'ammo',
  'ammunition',
  'crossbow',
];

const PATTERNS = [
  anchored(
    lazy(
      () =>
        new RegExp(
          `(?<![a-z])(?:selling|sell|buy|buying|bought|got|anyone got|who'?s got|who has|need|plug for|dm (?:me )?for|hmu for|message me for|cheap|for sale|on offer|shotting|dealing|score some|pick up some|get some|get me some|some of my|any of my) (?:some |any |good |the |a |an |an ounce of |a gram of |a bag of |a few )?${DRUGS}(?![a-z])`,
          'g',
        ),
    ),
    DRUG_WORDS,
  ),
  anchored(
    lazy(() => new RegExp(`(?<![a-z])${DRUGS} (?:for sale|available|in stock|dm me|hmu|delivered|delivery|£\\d)`, 'g')),
    DRUG_WORDS,
  ),
  anchored(
    lazy(
      () =>
        new RegExp(
          `(?<![a-z])(?:selling|sell|buy|buying|for sale|anyone got|who'?s got|get me|looking for|need) (?:a |an |some |the |my |me a )?(?:[a-z]{1,12} )?${WEAPONS}(?: for sale| cheap| no questions| dm me| untraceable| off the books)(?![a-z])`,
          'g',
        ),
    ),
    WEAPON_WORDS,
  ),
  anchored(
    lazy(() => new RegExp(`(?<![a-z])${WEAPONS} for sale(?![a-z])`, 'g')),
    WEAPON_WORDS,
  ),
  anchored(/(?<![a-z])(?:untraceable|unregistered|illegal|ghost) (?:gun|guns|firearm|firearms|pistol)(?![a-z])/g, [
    'untraceable',
    'unregistered',
    'illegal',
    'ghost',
  ]),
  anchored(
    /(?<![a-z])(?:let'?s|we should|everyone should|someone should|time to|go and|we need to|get out and) (?:all )?(?:burn|bomb|torch|riot|attack|smash up|petrol bomb|firebomb|storm|loot|burn down|blow up|shoot up|kill all|attack all)(?: down)? (?:the|that|this|their|every|all|them|those|these|it|his|her)(?![a-z])/g,
    ['burn', 'bomb', 'torch', 'riot', 'attack', 'smash', 'petrol', 'firebomb', 'storm', 'loot', 'blow', 'shoot', 'kill'],
  ),
  anchored(
    /(?<![a-z])(?:burn (?:it|the [a-z]{1,20}|them|their [a-z]{1,20}) (?:all )?down|blow (?:it|the [a-z]{1,20}) up|hang (?:them|the [a-z]{1,20}) all|kill (?:them|all of them) all|death to (?:all )?(?:the )?[a-z]{2,20}|string (?:them|him|her) up)(?![a-z])/g,
    ['burn', 'blow', 'hang', 'kill', 'death', 'string'],
  ),
  anchored(/(?<![a-z])(?:riot|riots|rioting) (?:at|outside|in) (?:the |their )?(?:[a-z]{2,20} ){1,3}(?:tonight|tomorrow|today|at|on)(?![a-z])/g, [
    'riot',
    'riots',
    'rioting',
  ]),
];

const CHILD =
  '(?:child|children|kid|kids|kiddie|kiddy|underage|under-age|under age|minor|minors|teen|teens|teenage|schoolgirl|schoolgirls|schoolboy|schoolboys|year (?:[1-9]|1[0-3]) (?:girl|girls|boy|boys|pupil|pupils)|pupil|pupils|student|students|(?:1[0-7]|[4-9]) ?(?:yo|y\\/o|year old|years old|yr old|yrs old)(?: girl| boy)?|little (?:girl|girls|boy|boys)|preteen|pre-teen|jailbait|loli|lolita|shota)';
const SEXUAL =
  '(?:porn|porno|pornography|nudes|nude|naked|sexy|fuckable|shag|shagging|fuck|fucking|banging|rape|raping|cp|xxx|sexting|sext|nude pics|naked pics|tits|boobs|pussy|dick|cock|erotic|lewd|fap|wank|wanking)';
/** Girls and boys specifically: "hot" and "fit" about them read sexually, about "kids" on a sunny day they do not. */
const YOUNG_PERSON =
  '(?:schoolgirl|schoolgirls|schoolboy|schoolboys|year (?:[1-9]|1[0-3]) (?:girl|girls|boy|boys)|(?:1[0-7]|[4-9]) ?(?:yo|y\\/o|year old|years old|yr old|yrs old)(?: girl| boy)?|little (?:girl|girls)|teen girls?|underage girls?|young girls?|sixth form girls|(?:the |some of the |those )?(?:year (?:[7-9]|1[0-3]) )?girls in (?:my|year) )';

const CHILD_SEXUAL = [
  lazy(() => new RegExp(`(?<![a-z])${CHILD} ${SEXUAL}(?![a-z])`, 'g')),
  lazy(() => new RegExp(`(?<![a-z])(?:${SEXUAL}|sex) (?:of|with|from|for) (?:a |an |the |my |some |young |little |underage )?${CHILD}(?![a-z])`, 'g')),
  lazy(() => new RegExp(`(?<![a-z])(?:sexy|fuckable|bangable|gagging for it) (?:little |young |underage |year (?:[7-9]|1[0-3]) )?${CHILD}(?![a-z])`, 'g')),
  lazy(() => new RegExp(`(?<![a-z])(?:hot|fit|tight|developed|curvy|well developed) (?:little |young |underage )?${YOUNG_PERSON}(?![a-z])`, 'g')),
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])${CHILD} (?:is|are|looks?|look|was|were) (?:so |really |well |proper |very )?(?:sexy|fuckable|bangable|gagging for it)(?![a-z])`,
        'g',
      ),
  ),
  lazy(
    () =>
      new RegExp(
        `(?<![a-z])${YOUNG_PERSON}(?: [a-z]{1,10}){0,2} (?:is|are|looks?|look|was|were) (?:so |really |well |proper |very |getting )?(?:hot|fit|developed|curvy|sexy|fuckable)(?![a-z])`,
        'g',
      ),
  ),
  /(?<![a-z])(?:jailbait|lolicon|loli|shotacon|cp links?|child porn|childporn|kiddie porn|kiddy porn|pedo porn|paedo porn)(?![a-z])/g,
];

const words = (alt: string) => alt.replace(/\\[a-z]|[()?:\\]/g, ' ').split(/[| ]+/);
// Open when one of the rule's patterns may match (the union of their first anchors).
const DRUG_WEAPON_GATE = gateOf(...PATTERNS);
const CHILD_GATE = gateWords(words(CHILD));
const STANDALONE_GATE = gateWords(['jailbait lolicon loli shotacon cp childporn kiddie kiddy pedo paedo']);
const SEXUAL_GATE = gateWords(words(SEXUAL), ['sex hot fit tight developed curvy sexy fuckable bangable gagging porn childporn']);

export const drugsWeaponsIncitement: Rule = {
  id: 'unlawful/drugs-weapons-incitement',
  category: 'unlawful',
  severity: 'serious',
  reason: 'This appears to involve buying or selling drugs or weapons, or encouraging violence, which could be unlawful.',
  gate: (doc) => doc.hasAny(DRUG_WEAPON_GATE),
  run: (doc) => hitsOf(doc, ...PATTERNS),
};

export const childSexual: Rule = {
  id: 'unlawful/child-sexual',
  category: 'unlawful',
  severity: 'serious',
  reason: 'This appears to sexualise a child, which is unlawful and a safeguarding concern.',
  gate: (doc) => (doc.hasAny(CHILD_GATE) && doc.hasAny(SEXUAL_GATE)) || doc.hasAny(STANDALONE_GATE),
  run: (doc) => hitsOf(doc, ...CHILD_SEXUAL),
};

/**
 * Crimes a member of staff might confess or invite in a post: selling confiscated items or weapons
 * (pepper spray and knuckledusters are prohibited weapons in the UK), pocketing school or charity
 * money, burning down a building, naming or hinting at a child under reporting restrictions, and
 * commenting on a former pupil's trial (contempt of court).
 */
const CONFISCATED = anchored(
  /(?<![a-z])(?:confiscat(?:ed|ing|e)|seized|took (?:it |them |these )?off (?:a|him|her|them|the|one of)|taken off (?:a|him|her|them|the))(?![a-z])[^\n]{0,150}(?:(?<![a-z])(?:selling|sell|sold|flog(?:ging|ged)?|for sale|ono|going cheap|to the (?:kids|pupils|students|year \d+s?|sixth formers))(?![a-z])|£ ?\d|(?<![a-z])(?:\d+ quid|a fiver|a tenner)(?![a-z]))/g,
  ['confiscated', 'confiscating', 'confiscate', 'seized', 'took', 'taken'],
);
/** The weapons WEAPON_SALE names: every match of it contains one, and each opens the unlawful gate. */
const SALE_WEAPONS = [
  'pepper',
  'cs',
  'stun',
  'taser',
  'tasers',
  'knuckle',
  'duster',
  'dusters',
  'knuckleduster',
  'knuckledusters',
  'flick',
  'flickknife',
  'flickknives',
  'knives',
  'butterfly',
  'zombie',
  'machete',
  'machetes',
  'baton',
  'batons',
];
const WEAPON_SALE = anchored(
  /(?<![a-z])(?:pepper spray|cs gas|cs spray|stun guns?|tasers?|knuckle ?dusters?|flick ?knife|flick ?knives|butterfly knife|zombie knife|machetes?|extendable batons?|batons?)(?![a-z])(?:[^.!?\n]{0,80}(?:£ ?\d|(?<![a-z])(?:\d+ quid|a fiver|a tenner|ono|want one|for sale|going cheap|dm me|collection from|arrived|delivered|ordered|from amazon|from ebay)(?![a-z])))/g,
  SALE_WEAPONS,
);
const MONEY = anchored(
  /(?<![a-z])(?:pocket(?:ed|ing)?|skim(?:med|ming)?|nick(?:ed|ing)?|pinch(?:ed|ing)?|help(?:ed|ing) myself to|kept|keeping|borrowed|borrowing|took|used|using|spent|spending|dipped into|dipping into)(?: [a-z]+){0,3} (?:the )?(?:school|trust|pta|charity|trip|dinner|raffle|fundraising|tuck shop|non[- ]uniform|cake sale|bake sale|petty cash|comic relief|children in need|sponsorship|residential)(?:'s)? ?(?:money|funds|cash|card|credit card|fuel card|budget|float|takings|pot|tin|petty cash|account|donations)?(?![a-z])[^\n]{0,80}(?<![a-z])(?:for (?:my|me|myself)|on (?:my|me|myself|a takeaway|a night out|a holiday|drinks|wine|a new)|my own|personal|nobody (?:will |would )?(?:notice|know)|no one (?:will |would )?(?:notice|know)|perks|shh+|don'?t tell|towards my|into my (?:own )?(?:account|pocket))(?![a-z])/g,
  [
    'school',
    'trust',
    'pta',
    'charity',
    'trip',
    'dinner',
    'raffle',
    'fundraising',
    'tuck',
    'uniform',
    'cake',
    'bake',
    'petty',
    'comic',
    'need',
    'sponsorship',
    'residential',
  ],
  [
    'pocket',
    'pocketed',
    'pocketing',
    'skim',
    'skimmed',
    'skimming',
    'nick',
    'nicked',
    'nicking',
    'pinch',
    'pinched',
    'pinching',
    'helped',
    'helping',
    'kept',
    'keeping',
    'borrowed',
    'borrowing',
    'took',
    'used',
    'using',
    'spent',
    'spending',
    'dipped',
    'dipping',
  ],
);
const BURN_DOWN = anchored(
  /(?<![a-z])burn down (?:the|their|his|her|that|this|those) (?:[a-z]+ ){0,2}(?:offices?|building|buildings|school|headquarters|hq|block|site|town hall|council|academy)(?![a-z])/g,
  ['burn'],
);
/** Reporting restrictions with a hint at who the child is. */
const RESTRICTED = anchored(
  /(?<![a-z])(?:reporting restrictions?|(?:not allowed to|can'?t|cannot|unable to|not able to) name (?:him|her|them|the (?:boy|girl|lad|child|kid|pupil|teenager|youth|defendant|victim)))(?![a-z])/g,
  ['reporting', 'restriction', 'restrictions', 'name'],
);
const HINT =
  /(?<![a-z])(?:you'?ll know (?:exactly )?(?:which|who)|you know (?:exactly )?(?:which|who) i mean|iykyk|guess who|rhymes with|initials|starts with|first name|(?:his|her|their) (?:surname|name) (?:begins|starts)|which (?:boy|girl|lad|kid|child|pupil)|(?:in|from) (?:my class|my form|our school)|at our (?:place|school)|taught (?:him|her|them)|parents'? evening)(?![a-z])/;
/** A trial and what the poster knows of the defendant from school. */
const TRIAL = anchored(/(?<![a-z])(?:the jury|jurors?|jury|on trial|the trial|in court|court case|the defendant|charged with|the accused)(?![a-z])/g, [
  'jury',
  'jurors',
  'juror',
  'trial',
  'court',
  'defendant',
  'charged',
  'accused',
]);
const PRIOR =
  /(?<![a-z])(?:(?:i )?taught (?:him|her|them)|what (?:he|she|they) (?:was|were|is|are) (?:really )?like|(?:in|at) (?:my|our) (?:class|school|form|tutor group)|former pupil|ex[- ]pupil|the real (?:story|truth)|should know|the truth about|in school|at school)(?![a-z])/;
const UNLAWFUL_GATE = gateRare([
  'confiscated',
  'confiscating',
  'confiscate',
  'seized',
  'took',
  'taken',
  ...SALE_WEAPONS,
  'school',
  'trust',
  'pta',
  'charity',
  'trip',
  'dinner',
  'raffle',
  'fundraising',
  'tuck',
  'uniform',
  'cake',
  'bake',
  'petty',
  'comic',
  'need',
  'sponsorship',
  'residential',
  'burn',
  'reporting',
  'restriction',
  'restrictions',
  'name',
  'jury',
  'jurors',
  'juror',
  'trial',
  'court',
  'defendant',
  'charged',
  'accused',
]);

export const schoolCrime: Rule = {
  id: 'unlawful/school-crime',
  category: 'unlawful',
  severity: 'serious',
  reason:
    'This describes something unlawful: selling confiscated items or prohibited weapons, taking school money, identifying a child the courts protect, or prejudicing a trial.',
  gate: (doc) => doc.hasAny(UNLAWFUL_GATE),
  run: (doc) => {
    const t = doc.text;
    const ranges = [...doc.find(CONFISCATED), ...doc.find(WEAPON_SALE), ...doc.find(MONEY), ...doc.find(BURN_DOWN)];
    const restricted = doc.find(RESTRICTED);
    if (restricted.length && HINT.test(t)) ranges.push(...restricted);
    const trial = doc.find(TRIAL);
    if (trial.length && PRIOR.test(t) && !/(?<![a-z])(?:mock (?:trial|court|jury)|role ?play|drama|debate|court room drama)(?![a-z])/.test(t))
      ranges.push(...trial);
    return ranges.length ? [{ ranges }] : [];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [drugsWeaponsIncitement, childSexual, schoolCrime],
  [...PATTERNS, DRUG_WEAPON_GATE, CHILD_GATE, STANDALONE_GATE, SEXUAL_GATE, CONFISCATED, WEAPON_SALE, MONEY, BURN_DOWN, RESTRICTED, TRIAL, UNLAWFUL_GATE],
);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'unlawful/drugs-weapons-incitement': {
    description: 'Buying or selling drugs or weapons, and incitement to violence or disorder.',
    flag: [
      'Anyone got some weed for the weekend?',
      'Selling pills, dm me',
      'Zombie knife for sale, no questions',
      "Let's burn the place down",
      'Death to the council',
      'Who has coke tonight',
    ],
    ok: [
      'Knife crime awareness workshop for Year 9',
      'Our drugs education day went really well',
      'Year 5 pulled up the weeds in the garden',
      'Bake sale: buying some cakes for the PTA',
      'Learning about the Gunpowder Plot, they wanted to blow up Parliament',
    ],
  },
  'unlawful/child-sexual': {
    description: 'Anything sexual involving children (always serious; also a safeguarding concern to report).',
    flag: ['the year 10 girls are so fit', 'child porn', 'sexy schoolgirl', '15 year old nudes', 'jailbait'],
    ok: [
      'Our sex education lessons for Year 9 start this week',
      'Children in need day: wear something spotty!',
      'Pupils raised £300 for charity',
      'The kids were so hot on the field, please send water bottles',
      'Child protection training for all staff today',
    ],
  },
  'unlawful/school-crime': {
    description:
      "Crimes a member of staff might confess or invite: selling confiscated items or prohibited weapons (pepper spray, knuckledusters), pocketing school or charity money, burning down a building, hinting at a child under reporting restrictions, commenting on a former pupil's trial.",
    flag: [
      'Confiscated a load of energy drinks this week, selling them back to Year 10 at break for £1',
      'CS spray for sale, £15, ideal for the dark walk home',
      'Kept some of the raffle money for myself, nobody will notice',
      'The court says I cannot name the girl, but if you were at our school last year you know who I mean',
      'I taught him in Year 9 and the jury needs to hear what he was like',
      'Someone should burn down the council offices after this decision',
    ],
    ok: [
      'Confiscated phones will be returned at the end of the day',
      'Year 10 mock trial today: the jury found the wolf guilty!',
      'Cake sale raised £240 for the PTA, thank you all',
      'Reporting restrictions explained in our Year 12 media law lesson',
      'Year 8 used the school budget simulator in maths',
      'Homegrown tomatoes for sale at the summer fair',
    ],
  },
};
