/**
 * Clause 5.2: "lewd, sexually explicit, threatening or similarly inappropriate or offensive comments".
 * Swearing and crude terms come from the curated lexicon (src/checker/data/lexicon.ts); threats and
 * explicit phrases from patterns. Obfuscation (leetspeak, homoglyphs, zero-width characters, spacing,
 * repeated letters) is undone by normalise.ts and the lexicon matcher.
 */
import type { Doc, Range } from '../doc';
import type { LexCategory } from '../lexicon';
import type { Severity } from '../types';
import { anchored, gateOf, gateRare, gateWords, hitsOf, words, wordRe, type Rule, type RuleHit, type RuleDocs, lazy, withUses, type Declared } from './rule';
import { insideKnownName, insideQuotedTitle, REFS_USES } from './refs';

/**
 * Word sequences in which a listed word is innocent (the school traps): lexicon hits inside these are
 * dropped. Bounded repeats only.
 */
const ALLOWED_CONTEXT = [
  anchored(/(?<![a-z])(?:spotted|moby)[- ]dick(?![a-z])/g, ['dick']),
  anchored(/(?<![a-z])dick (?:whittington|turpin|king[- ]smith|van dyke|grayson|francis|advocaat)(?![a-z])/g, ['dick']),
  anchored(/(?<![a-z])(?:great|blue|coal|marsh|willow|crested|long[- ]tailed|bearded) tits?(?![a-z])/g, ['tit', 'tits']),
  anchored(/(?<![a-z])(?:magna |summa )?cum laude(?![a-z])/g, ['laude']),
  anchored(/(?<![a-z])homo (?:sapiens|erectus|habilis|neanderthalensis|floresiensis|naledi)(?![a-z])/g, ['homo']),
  anchored(/(?<![a-z])cock (?:robin|a doodle|a-doodle)(?![a-z])/g, ['cock']),
  anchored(/(?<![a-z])(?:garden|gardening|allotment|weeding|rake|spade|trowel|soil)(?![a-z])[^.!?\n]{0,40}(?<![a-z])hoes?(?![a-z])/g, ['hoe', 'hoes']),
  anchored(
    /(?<![a-z])(?:a|the|my|with|new) hoes?(?![a-z])[^.!?\n]{0,40}(?<![a-z])(?:garden|gardening|allotment|weeding|rake|spade|trowel|soil|beds?)(?![a-z])/g,
    ['hoe', 'hoes'],
  ),
  anchored(/(?<![a-z])(?:mary|joseph|donkey|nativity|bethlehem|balaam)(?![a-z])[^.!?\n]{0,60}(?<![a-z])ass(?![a-z])/g, ['ass']),
  // A typo of "how": "hoe our moon would feel", "hoe much", "hoe do you" (not after "a", "that", "you"...).
  anchored(
    /(?<![a-z])(?<!(?:a|the|that|this|your|ur|you|u|my|his|ya|yo|dat|some|stupid|dumb|lil|little|big|old|fat|ugly|dirty|ass) )hoe (?:our|much|many|long|far|come|comes|do|does|did|can|could|would|should|will|are|was|were|about)(?![a-z])/g,
    ['hoe'],
  ),
  // Online-safety teaching: "sharing nudes and semi-nudes" (the UKCIS guidance), "what parents should know about nudes".
  anchored(
    /(?<![a-z])(?:nudes and semi[- ]?nudes|(?:online safety|e-?safety|safeguarding|pshe|rse|talk(?:ing)? (?:to|with) (?:your|their|our) (?:child|children|kids?|teens?|teenagers?))(?![a-z])[^.!?\n]{0,60}(?<![a-z])nudes)(?![a-z])/g,
    ['nudes'],
  ),
];

function allowedRanges(doc: Doc): Range[] {
  const out: Range[] = [];
  for (const re of ALLOWED_CONTEXT) out.push(...doc.find(re));
  return out;
}

/** The patterns and gates lexiconRuleHits uses, for the rules of other files that call it to name in their `uses`. */
export const LEXICON_USES: readonly Declared[] = [...ALLOWED_CONTEXT, ...REFS_USES];

/** Lexicon hits of one category, minus those inside an allowed context. Shared with discrimination. */
export function lexiconRuleHits(doc: Doc, category: LexCategory): RuleHit[] {
  const hits = doc.lexiconHits().filter((h) => h.entry.category === category);
  if (!hits.length) return [];
  const allowed = allowedRanges(doc);
  // Not inside an allowed phrase, a UK place name or a title ("Bell End", "Cocks Moor Woods", "Kill Bill").
  const kept = hits.filter((h) => !allowed.some((a) => a.from <= h.from && h.to <= a.to) && !insideKnownName(doc, h));
  if (!kept.length) return [];
  let sev: Severity = 'advice';
  for (const h of kept) if (h.entry.severity === 'serious' || (h.entry.severity === 'warning' && sev === 'advice')) sev = h.entry.severity;
  return [{ ranges: kept.map((h) => ({ from: h.from, to: h.to })), severity: sev }];
}

/** Crude and sexual words the swearing list leaves out, and mild swearing. Not biology words (penis, sperm). */
const CRUDE_LIST = [
  'masturbate',
  'masturbates',
  'masturbated',
  'masturbating',
  'masturbation',
  'masterbate',
  'masterbates',
  'masterbating',
  'masterbation',
  'dildo',
  'dildos',
  'titty',
  'titties',
  'boobies',
  'hooker',
  'hookers',
  'stripper',
  'strippers',
  'call girl',
  'call girls',
  'sex robot',
  'sex robots',
  'sex toy',
  'sex toys',
  'butthurt',
  'butt hurt',
  'in the butt',
  'butt implant',
  'butt implants',
  'pie hole',
  'piehole',
];
const CRUDE = [
  anchored(
    lazy(() => new RegExp(`(?<![a-z])${words(CRUDE_LIST)}(?![a-z])`, 'g')),
    CRUDE_LIST,
  ),
  // "sit your butt down", "bet your butt", "kick some butt" (not a water butt or the butt of a joke).
  anchored(/(?<![a-z])(?:(?:my|your|ur|his|her|their|our|yo|some|dem|the) butts?|butts? (?:out|off|down|kicked))(?![a-z])(?<!(?:the|a|water|rain) butts?)/g, [
    'butt',
    'butts',
  ]),
  // "who the hell do you think you are", "what the hell".
  anchored(
    /(?<![a-z])(?:what|who|where|why|how) the hell (?:is|are|was|were|do|does|did|have|has|had|you|u|they|he|she|i|we|this|that|happened|going on|kind|sort)(?![a-z])/g,
    ['hell'],
  ),
];
const CRUDE_GATE = gateWords(CRUDE_LIST, ['butt butts hell']);
const CRUDE_REASON = 'This uses crude language that could look unprofessional to pupils and parents.';

export const profanity: Rule = {
  id: 'offensive/profanity',
  category: 'offensive',
  severity: 'warning',
  reason: 'This contains swearing or crude language that pupils and parents could see.',
  run: (doc) => {
    // Lexicon hits first: their severity wins; crude words alone are advice with their own reason.
    const hits = lexiconRuleHits(doc, 'offensive');
    if (doc.hasAny(CRUDE_GATE)) for (const h of hitsOf(doc, ...CRUDE)) hits.push({ ...h, severity: 'advice', reason: CRUDE_REASON });
    return hits;
  },
};

const OBJ =
  "(?:you|u|ya|yous|him|her|them|em|your|ur|his|their|y'all|you all|all of you|every one of you|@[a-z0-9_]{1,30}|(?:that|this|the|those|these) (?:man|woman|guy|girl|boy|kid|child|idiot|bitch|bastard|prick|cunt|twat|teacher|parent|student|pupil|mum|dad|kids|children|pupils|students|parents|people)s?|my (?:class|kids|pupils|students|boss|head|colleague|ex|neighbour|husband|wife))";
const VIOLENT =
  '(?:kill|murder|stab|shoot|strangle|choke|punch|slap|batter|beat|smash|hurt|knife|bash|deck|glass|behead|hang|lynch|rape|slit|strangle|throttle|shank|bury|gut|maim|torture)';
const INTENT =
  "(?:i'?ll|i will|i'?m (?:going to|gonna|gunna|about to)|im (?:going to|gonna)|i am (?:going to|gonna)|i'?d|i would|i wanna|i want to|i'?m gonna|we'?ll|we will|we'?re (?:going to|gonna)|let'?s|someone should|somebody should|someone needs to|i could|i swear i'?ll|gonna|going to)";

const THREATS = [
  anchored(
    lazy(
      () =>
        new RegExp(
          `(?<![a-z])${INTENT} (?:fucking |literally |actually |seriously |just |go )?${VIOLENT}(?: the (?:shit|crap|hell|living daylights) out of)? ${OBJ}(?![a-z])`,
          'g',
        ),
    ),
    VIOLENT.replace(/[()?:]/g, '').split('|'),
  ),
  anchored(/(?<![a-z])watch (?:your|ur|yo) back(?![a-z])/g, ['watch']),
  anchored(/(?<![a-z])(?:you'?re|you are|ur|your|you r) (?:so |fucking |gonna be |going to be )?dead(?: meat)?(?![a-z])/g, ['dead']),
  anchored(
    /(?<![a-z])(?:you|u|ya)(?:'ll| will| are going to| are gonna| gonna) (?:pay for (?:this|that)|regret (?:this|that|it)|die|get (?:hurt|what'?s coming|yours))(?![a-z])/g,
    ['pay', 'regret', 'die', 'get'],
  ),
  anchored(/(?<![a-z])i know where (?:you|u|he|she|they) (?:live|lives|work|works|sleep)s?(?![a-z])/g, ['know']),
  anchored(/(?<![a-z])(?:kill|hang|shoot|stab) (?:yourself|urself|yourselves|your self)(?![a-z])/g, ['yourself', 'urself', 'yourselves', 'self']),
  anchored(/(?<![a-z])(?:kys|go die|drop dead|die in a fire|die in a ditch)(?![a-z])/g, ['kys', 'die', 'dead']),
  anchored(
    /(?<![a-z])(?:i )?(?:hope|wish) (?:you|u|he|she|they|@[a-z0-9_]{1,30}) (?:die|dies|get cancer|gets cancer|gets? raped|rots? in hell|gets? hit by a (?:car|bus|truck)|gets? shot|burns?)(?![a-z])/g,
    ['hope', 'wish'],
  ),
  anchored(
    /(?<![a-z])(?:should|deserves? to|needs? to|ought to) be (?:shot|hanged|hung|killed|executed|lynched|gassed|burned|burnt|put down|beaten|raped|stabbed|strung up|lined up and shot|shot dead)(?![a-z])/g,
    ['shot', 'hanged', 'hung', 'killed', 'executed', 'lynched', 'gassed', 'burned', 'burnt', 'put', 'beaten', 'raped', 'stabbed', 'strung', 'lined'],
  ),
  anchored(/(?<![a-z])deserves? to (?:die|be raped|rot)(?![a-z])/g, ['deserve', 'deserves']),
  anchored(/(?<![a-z])(?:put|putting) a bullet (?:in|through)(?![a-z])/g, ['bullet']),
  anchored(/(?<![a-z])(?:break|snap|smash|punch|kick) (?:your|ur|his|her|their) (?:legs?|neck|face|head|teeth|jaw|skull)(?: in)?(?![a-z])/g, [
    'leg',
    'legs',
    'neck',
    'face',
    'head',
    'teeth',
    'jaw',
    'skull',
  ]),
  anchored(/(?<![a-z])(?:beat|kick|smash) (?:you|u|him|her|them) (?:up|in)(?![a-z])/g, ['beat', 'kick', 'smash']),
  anchored(/(?<![a-z])(?:slit|cut) (?:your|ur|his|her|their) (?:throat|throats)(?![a-z])/g, ['throat', 'throats']),
  anchored(/(?<![a-z])i'?ll find (?:you|u|him|her|them)(?![a-z])/g, ['find']),
];

/**
 * Typed out, not derived from the patterns (gateOf(...THREATS)): the list is narrower than the
 * patterns ("you will get yours", "needs to be put down" find nothing with it), and deriving it
 * would change findings; keep it until that change is wanted.
 */
const THREAT_GATE = gateWords(
  [
    VIOLENT.replace(/[()?:]/g, '')
      .split('|')
      .join(' '),
  ],
  [
    'watch back dead die dies regret pay live lives sleep yourself urself yourselves self kys hope wish shot hanged hung killed executed lynched gassed burned burnt beaten raped stabbed strung deserve deserves bullet break snap kick cut find',
  ],
);

export const threat: Rule = {
  id: 'offensive/threat',
  category: 'offensive',
  severity: 'serious',
  reason: 'This could be read as a threat of violence against someone.',
  gate: (doc) => doc.hasAny(THREAT_GATE),
  run: (doc) => {
    // A line quoted from a named book, play or film ("Lord of the Flies") is the author's, not a threat.
    const ranges = (hitsOf(doc, ...THREATS)[0]?.ranges ?? []).filter((r) => !insideKnownName(doc, r) && !insideQuotedTitle(doc, r));
    return ranges.length ? [{ ranges }] : [];
  },
};

const EXPLICIT = [
  anchored(
    /(?<![a-z])(?:send|sending|sent|share|swap|want|got|get) (?:me |us |you |some |your |ur |her |his )?(?:nudes|naked (?:pics|pictures|photos|selfies)|nude (?:pics|pictures|photos|selfies)|dick pics?|tit pics?)(?![a-z])/g,
    ['nudes', 'naked', 'nude', 'dick', 'tit'],
  ),
  anchored(/(?<![a-z])(?:have|had|having|want to have|wanna have|want|wanna) (?:sex|a shag|a quickie|a threesome) with(?![a-z])/g, [
    'sex',
    'shag',
    'quickie',
    'threesome',
  ]),
  anchored(
    /(?<![a-z])(?:shag|shagged|shagging|bang|banged|banging|screw|screwed|screwing|fuck|fucked|fucking) (?:her|him|his mum|her mum|your mum|ur mum|his wife|her husband|them both)(?: senseless| so hard| all night| raw)(?![a-z])/g,
    ['senseless', 'hard', 'night', 'raw'],
  ),
  anchored(/(?<![a-z])(?:nice|big|massive|huge|fit|lovely) (?:tits|boobs|arse|ass|rack|cock|dick)(?![a-z])/g, [
    'tits',
    'boobs',
    'arse',
    'ass',
    'rack',
    'cock',
    'dick',
  ]),
  anchored(/(?<![a-z])(?:sexting|sex tape|one night stand|booty call|friends with benefits|onlyfans|only fans)(?![a-z])/g, [
    'sexting',
    'tape',
    'stand',
    'booty',
    'benefits',
    'onlyfans',
    'fans',
  ]),
];

// Open when one of the rule's patterns may match (the union of their first anchors).
const SEXUAL_GATE = gateOf(...EXPLICIT);

export const sexual: Rule = {
  id: 'offensive/sexual',
  category: 'offensive',
  severity: 'warning',
  reason: 'This is sexually explicit, which is not suitable for a post parents and pupils could see.',
  gate: (doc) => doc.hasAny(SEXUAL_GATE),
  run: (doc) => hitsOf(doc, ...EXPLICIT),
};

/**
 * Veiled threats: no violent verb, but the meaning is plain (waiting outside someone's house, knowing
 * which gym they use, "it'll be your turn next", "they'll be leaving on a stretcher").
 */
const VEILED = [
  anchored(
    /(?<![a-z])(?:i'?ll|i will|we'?ll|we will|i'?m gonna|i am going to|i'?m going to|we'?re going to) be waiting (?:(?:for|outside|at|by|in|round) )?(?:him|her|them|you|u|that (?:kid|lad|boy|girl|dad|mum|parent|one)|the (?:kid|lad|boy|girl|dad|mum|parent)s? who|(?:(?:outside|at|by|round) )?(?:his|her|their|your|ur) (?:house|door|car|gate|work|school))(?![a-z])/g,
    ['waiting'],
  ),
  anchored(
    /(?<![a-z])see how (?:brave|hard|tough|big|clever|cocky|funny|mouthy|smart|gobby|confident|brave) (?:he|she|you|they|u|his dad|her dad|your dad)(?:'s| is|'re| are| feels?| feel| really is| really are)? (?:then|when|after|without)(?![a-z])/g,
    ['brave', 'hard', 'tough', 'big', 'clever', 'cocky', 'funny', 'mouthy', 'smart', 'gobby', 'confident'],
    ['see'],
  ),
  anchored(
    /(?<![a-z])(?:next time|one day|soon|eventually),? (?:it'?ll|it will|it'?s going to|it is going to|it could|it might|that'?ll|that will) be (?:you|him|her|them|yours|hers|(?:your|his|her|their) (?:face|car|house|head|tyres|windows|kids?|legs?|neck|family))(?![a-z])/g,
    ['next', 'day', 'soon', 'eventually'],
  ),
  anchored(
    /(?<![a-z])(?:will|'ll|gonna|going to|would|'d|could|might|shall) (?:be )?(?:leaving|leave|going home|go home|carried out|wheeled out|taken out|coming out|come out|end up|ending up) (?:in|on|with|inside) (?:an ambulance|a stretcher|a body bag|bodybags?|the morgue|a coffin|a box|pieces|a neck brace|a drip)(?![a-z])/g,
    ['ambulance', 'stretcher', 'bag', 'bodybag', 'bodybags', 'morgue', 'coffin', 'box', 'pieces', 'brace', 'drip'],
  ),
  anchored(
    /(?<![a-z])(?:i|we|they|everyone|people|i'?ve|we'?ve|half the staff) (?:all |still |also |now |do |definitely )?(?:know|knows|found out|know exactly|have found out|worked out|can find out|can easily find out) (?:exactly )?(?:where (?:you|u|they|he|she|you all|ya|(?:your|their|his|her) (?:kids?|children|family|wife|husband|partner|mum|mam|dad)) (?:all )?(?:live|lives|living|drink|drinks|park|parks|sleep|sleeps|work|works|walk|walks|train|trains|shop|shops|hang out|hangs out|go|goes|stay|stays|get off|go to school)|which (?:pub|gym|house|street|road|car|church|club|bar|school|estate|flat|door) (?:you|u|they|he|she|your|their|his|her))(?![a-z])/g,
    ['know', 'knows', 'found', 'worked'],
    ['where', 'which'],
  ),
  anchored(
    /(?<![a-z])(?:i|we|i'?ve|we'?ve) (?:still |also |now |have |conveniently |secretly |quietly )?(?:kept|saved|noted|took|taken|looked up|pulled|copied|got|have|still have|written down|wrote down|made a note of|screenshotted|photographed) (?:down )?(?:your|their|his|her|the (?:parent|dad|mum|family)'?s?) (?:home )?(?:address|addresses|postcode|phone number|mobile number|number plate|car reg|reg|registration|home phone)(?![a-z])/g,
    ['address', 'addresses', 'postcode', 'number', 'plate', 'reg', 'registration', 'phone'],
  ),
  anchored(
    /(?<![a-z])(?:one more|if (?:he|she|they|that|this|you|u|anyone|someone|another)|next time|i swear)(?:[^.!?\n]{0,80}) (?:i'?ll|i will|i'?m going to|i'?m gonna|i am going to|i might|i could|i'?d|i would)(?: [a-z]+){0,2} (?:end up|land up|wind up|be) (?:on the (?:six o'?clock |ten o'?clock |evening |local |national |front page of the )?news|in prison|in jail|in a cell|behind bars|on crimewatch|doing time|in a police cell|arrested|on a murder charge)(?![a-z])/g,
    ['news', 'prison', 'jail', 'cell', 'bars', 'crimewatch', 'time', 'arrested', 'charge'],
  ),
  anchored(
    /(?<![a-z])(?:won'?t|will not|can'?t|cannot|couldn'?t) be (?:held )?responsible for (?:my actions|what i do|what i'?ll do|what happens next|what happens to (?:him|her|them|you))(?![a-z])/g,
    ['responsible'],
  ),
  anchored(
    /(?<![a-z])(?:deserves?|needs?|needed|asking for|is getting|'s getting|will get|'ll get|gonna get|going to get|wants?) (?:a )?(?:good |proper |right |swift |short sharp )?(?:slap|smack|kicking|hiding|thump|clip round the ear|clip round the head|beating|battering|slapping|smacking|thumping|punch in the (?:face|mouth|head)|kick up the arse|kick up the backside)(?![a-z])/g,
    ['slap', 'smack', 'kicking', 'hiding', 'thump', 'clip', 'beating', 'battering', 'slapping', 'smacking', 'thumping', 'punch', 'kick'],
  ),
  anchored(
    /(?<![a-z])(?:we|i) know (?:exactly )?who (?:it was|did (?:it|this|that)|you are)(?![a-z])(?=[^\n]{0,120}(?<![a-z])(?:next time|watch|careful|warned|regret|sorry|consequences|coming for|sort (?:you|them|it) out)(?![a-z]))/g,
    ['know'],
    ['who'],
  ),
];
// Open when one of the patterns may match (the union of their first anchors).
const VEILED_GATE = gateOf(...VEILED);

export const veiledThreat: Rule = {
  id: 'offensive/veiled-threat',
  category: 'offensive',
  severity: 'serious',
  reason: 'This could be read as a threat, even if it is meant as a joke: it hints at harm or at knowing where someone lives.',
  gate: (doc) => doc.hasAny(VEILED_GATE) && VEILED.some((re) => doc.mayMatch(re)),
  run: (doc) => {
    const ranges = (hitsOf(doc, ...VEILED)[0]?.ranges ?? []).filter((r) => !insideKnownName(doc, r) && !insideQuotedTitle(doc, r));
    return ranges.length ? [{ ranges }] : [];
  },
};

/**
 * Lewd remarks about colleagues, parents or pupils: innuendo ("phwoar", "spank me"),
 * a body or clothes with a desire emoji, fancying the parents, and sixth-formers "looking older"
 * (a sexual remark about a pupil is also a safeguarding matter: serious).
 */
const LEWD_STRONG = [
  'bend me over',
  'bent me over',
  'bend him over',
  'bend her over',
  'phwoar',
  'phwoah',
  'phwor',
  'fwoar',
  'hubba hubba',
  'sex on legs',
  'sex on a stick',
  'milf',
  'milfs',
  'dilf',
  'dilfs',
  'yummy mummy',
  'yummy mummies',
  'yummy daddy',
  'hot dad',
  'hot dads',
  'hot mum',
  'hot mums',
  'fit dad',
  'fit dads',
  'fit mum',
  'fit mums',
  'fit teacher',
  'hot teacher',
  'fit new teacher',
  'hot new teacher',
  'fit pe teacher',
  'hot pe teacher',
  'fit supply teacher',
  'hot supply teacher',
  'fit ta',
  'fancy a shag',
  'fancy a quickie',
  'up for a shag',
  'up for a quickie',
  'climb him like a tree',
  'climb her like a tree',
  'spank me',
  'punish me',
  'put me in detention',
  'keep me behind',
  'handcuff me',
  'tie me up',
  'have me any day',
  'do me any day',
  "i'd do him",
  "i'd do her",
  'id do him',
  'id do her',
  'would do him',
  'would do her',
  "i'd smash",
  'would smash',
  'naughty teacher',
  'naughty schoolgirl',
  'sexy teacher',
  'sexy dad',
  'sexy mum',
  'lap dance',
  'lapdance',
  'twerking on',
  'twerked on',
  'grinding on',
  'sit on my face',
  'ride him',
  'ride her',
  'wife him up',
  'toyboy',
  'toy boy',
  'easy on the eye',
  'eye candy',
  'dtf',
];
const LEWD_WEAK = [
  'dry spell',
  'dms are open',
  'dms open',
  'my dms',
  'single dads',
  'single dad',
  'single mums',
  'single mum',
  'in my lingerie',
  'new lingerie',
  'in my underwear',
  'in my knickers',
  'gets me excited',
  'get me excited',
  'gets me going',
  'gets me hot',
  'hot and bothered',
  'snogging',
  'snogged',
  'got off with',
  'wink wink',
  'in those shorts',
  'in those leggings',
  'in that lycra',
  'those shorts',
  'those leggings',
  'the arms',
  'his arms',
  'her legs',
  'his legs',
  'his bum',
  'her bum',
  'fancies',
  'sexy',
  'frisky',
  'naughty',
  'lingerie',
  'thirsty',
];
const LEWD_BODY = [
  'shorts',
  'lycra',
  'leggings',
  'speedos',
  'trunks',
  'arms',
  'biceps',
  'abs',
  'six pack',
  'bum',
  'arse',
  'backside',
  'legs',
  'chest',
  'pecs',
  'muscles',
  'lingerie',
  'underwear',
  'knickers',
  'boxers',
  'stockings',
  'suspenders',
  'thighs',
  'cleavage',
  'boobs',
  'curves',
  'tight',
  'twerk',
  'twerking',
  'bed',
  'dad',
  'dads',
  'mum',
  'mums',
  'teacher',
  'ta',
  'caretaker',
  'colleague',
  'him',
  'her',
];
const STRONG_RE = anchored(wordRe(words(LEWD_STRONG)), LEWD_STRONG);
const WEAK_RE = anchored(wordRe(words(LEWD_WEAK)), LEWD_WEAK);
const BODY_RE = anchored(wordRe(words(LEWD_BODY)), LEWD_BODY);
/** Desire emoji: hot face, drooling, heart eyes, smirk, aubergine, peach, droplets, tongue, devil, biting lip, kiss mark. */
/** The ones that say desire on their own (hot face, drooling, aubergine, peach, droplets, tongue, biting lip); the others only count with words. */
const DESIRE_STRONG = /\u{1F975}|\u{1F924}|\u{1F346}|\u{1F351}|\u{1F4A6}|\u{1F445}|\u{1FAE6}/u;
const DESIRE = /\u{1F975}|\u{1F924}|\u{1F60D}|\u{1F60F}|\u{1F346}|\u{1F351}|\u{1F4A6}|\u{1F445}|\u{1F608}|\u{1FAE6}|\u{1F48B}/gu;
/** Sixth-formers said to look older ("the Year 12 girls could pass for 21"). */
const OLDER = anchored(
  /(?<![a-z])(?:sixth form|sixth-form|6th form|year 1[1-3]|yr ?1[1-3]|y1[1-3]|a level|a-level|prom|leavers|college|sixth formers)(?: [a-z]+){0,2} (?:girls|boys|lads|students|pupils|lot|ones)(?:[^.!?\n]{0,40}) (?:look|looks|looked|looking|could pass for|would pass for|pass for|passing for|don'?t look|do not look) (?:about |at least |easily |well over |over |older than |like they'?re |like |every bit )?(?:1[89]|2\d|3\d|twenty|thirty|older|legal|grown|adults?|women|men|their age|16|17|mature)(?![a-z0-9])/g,
  ['girls', 'boys', 'lads', 'students', 'pupils', 'lot', 'ones'],
  ['look', 'looks', 'looked', 'looking', 'pass', 'passing'],
);
const LEWD_GATE = gateRare(LEWD_STRONG, LEWD_WEAK);
const BODY_GATE = gateRare(LEWD_BODY);
/** Any of the strong desire emoji, as UTF-16 (a cheap test before the sentence pairing). */
const HAS_STRONG_EMOJI = /\uD83E[\uDD75\uDD24\uDEE6]|\uD83C[\uDF46\uDF51]|\uD83D[\uDCA6\uDC45]/;

export const lewd: Rule = {
  id: 'offensive/lewd',
  category: 'offensive',
  severity: 'warning',
  reason: 'This reads as a sexual remark about a colleague, parent or pupil, which the policy calls lewd.',
  gate: (doc) => doc.hasAny(LEWD_GATE) || doc.mayMatch(OLDER) || (doc.hasAny(BODY_GATE) && HAS_STRONG_EMOJI.test(doc.text)),
  run: (doc) => {
    const hits: RuleHit[] = [];
    const older = doc.find(OLDER);
    if (older.length)
      hits.push({
        ranges: older,
        severity: 'serious',
        reason: 'This comments on how old pupils look in a sexual way: a sexual remark about a pupil is a safeguarding concern.',
      });
    const t = doc.text;
    const ranges: Range[] = doc.find(STRONG_RE);
    // Hashtags ("#hot #sexy" under a product photo) are tags, not remarks about a person.
    const weak = doc.find(WEAK_RE).filter((r) => t.charCodeAt(r.from - 1) !== 35);
    const emoji = doc.find(DESIRE);
    const strongEmoji = emoji.filter((r) => DESIRE_STRONG.test(t.slice(r.from, r.to)));
    if (weak.length >= 2 && (emoji.length || weak.length >= 3 || doc.find(BODY_RE).length)) ranges.push(...weak);
    else if (strongEmoji.length) {
      // A strong desire emoji in the same sentence as a body word, clothes or a colleague or parent.
      for (const [b, e] of doc.together(
        doc.find(BODY_RE).filter((r) => t.charCodeAt(r.from - 1) !== 35),
        strongEmoji,
      ))
        ranges.push(b, e);
      if (weak.length) for (const [w, e] of doc.together(weak, strongEmoji)) ranges.push(w, e);
    }
    if (ranges.length) hits.push({ ranges });
    return hits;
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses(
  [profanity, threat, sexual, veiledThreat, lewd],
  [
    ...ALLOWED_CONTEXT,
    ...CRUDE,
    CRUDE_GATE,
    ...THREATS,
    THREAT_GATE,
    ...EXPLICIT,
    SEXUAL_GATE,
    ...VEILED,
    VEILED_GATE,
    STRONG_RE,
    WEAK_RE,
    BODY_RE,
    OLDER,
    LEWD_GATE,
    BODY_GATE,
    ...REFS_USES,
  ],
);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'offensive/profanity': {
    description:
      'Swearing and crude or sexual terms from a curated list, also when disguised (sh1t, f*ck, f u c k, fuuuck); milder crude words the list leaves out ("butthurt", "dildo", "who the hell") as advice.',
    flag: [
      'What a fucking day',
      'sh1t, forgot my lanyard again',
      'f u c k this marking',
      'f*ck Mondays',
      'fuuuuck the photocopier',
      'fuuckkkk this marking',
      'ƒuck Mondays',
      'ｆｕｃｋ this',
      'b\u200Bitch please',
      'that hoe do anything for money',
      'what a load of bollocks',
      'he is such a twat',
      'Sit your butt down!',
      'He is so butthurt about it',
      'What the hell is going on with the printer',
      'Who the hell does he think he is',
      'Look at those boobies',
      'shove it in your pie hole',
    ],
    ok: [
      'Scunthorpe away day for the Year 10 football team',
      'Trip to Penistone and Cockermouth next week',
      'Middlesex University open day',
      'Spotted Dick and custard for pudding today!',
      'Reading Moby Dick with Year 11',
      'Dick Whittington at the panto',
      'Our sex education unit starts Monday',
      'She graduated cum laude',
      'A great tit in the school garden this morning',
      'Blue tits nesting in the box',
      'Homo sapiens evolved in Africa',
      'It was so good to see everyone',
      'Mary rode on an ass to Bethlehem in our nativity',
      'Class 3 doing some weeding with a hoe in the garden',
      'I often wonder hoe our moon would feel',
      'hoe much is the trip?',
      'Grass, classic, assess, assure and passage',
      'Year 5 fixed the water butt in the school garden',
      'Butterflies hatched in Year 1 today',
      'Year 9 reading Dante: the circles of hell',
      'He was the butt of the joke in the play',
      'Cigarette butts collected on our litter pick',
      'What the heck is going on with the weather?',
      'Geography field trip to Shitterton in Dorset',
      'PSHE for Year 10: the law on sharing nudes and semi-nudes',
      'E-safety workshop helped parents talk with their teens about nudes and consent',
      'Cocks Moor Woods swimming gala for Year 5 on Saturday',
      'Farm visit near Bell End, Worcestershire',
      'Walked up Brown Willy on Bodmin Moor',
      'Minibus to Twatt in Orkney for the residential',
    ],
  },
  'offensive/threat': {
    description: 'Threats of violence ("I\'ll kill you", "watch your back", "should be shot").',
    flag: [
      "I'll kill you if you park there again",
      'Watch your back',
      "I'm going to punch him in the face",
      'He should be shot for that',
      "You're dead meat",
      'I hope you die',
      'Kill yourself',
      'I know where you live',
      'i will smash your face in',
    ],
    ok: [
      'Our team killed it at sports day!',
      'This maths test was brutal',
      'Learning about the assassin of Franz Ferdinand in history',
      'This heat is killing me',
      "I'm going to smash this marking tonight",
      'Kill two birds with one stone',
      'Year 8 shot some great footage for their film project',
      'Year 10 acted out the murder scene from Macbeth: "I will kill you, traitor!" they roared',
      'Movie night: Kill Bill for the staff, Mother Goose panto for the kids',
    ],
  },
  'offensive/veiled-threat': {
    description:
      "Veiled threats with no violent verb (waiting outside someone's house, knowing which gym they use, \"it'll be your turn next\", leaving on a stretcher, keeping someone's address from school forms).",
    flag: [
      "If that lad mouths off at me once more I'll be waiting outside his house",
      'Funny, we all know which gym you train at',
      'Whoever let my tyres down: next time it will be your face',
      'Carry on like that at the door and you will be leaving on a stretcher',
      'We have kept your mobile number from the residential paperwork. Sleep tight',
      'One more rude email from her and I swear I will end up in prison',
      'That child needs a good slap',
    ],
    ok: [
      "I'll be waiting at the gate with the medals, see you all at 3!",
      'Next time it will be your turn to run the raffle',
      'Year 9 first aid course: how to put someone in the recovery position while you wait for the ambulance',
      'Which entrance does the Year 5 coach leave from?',
      'The wait for our new library books is over!',
      'Whoever finished my hummus in the staff fridge faces a lifetime ban from biscuits',
    ],
  },
  'offensive/lewd': {
    description:
      'Lewd remarks about colleagues, parents or pupils: innuendo ("phwoar"), a body or clothes with a desire emoji, fancying the parents, and sixth-formers said to look older (serious: also safeguarding).',
    flag: [
      'Phwoar, the new geography teacher 🤤',
      'The dads at sports day in their running shorts 🥵🥵',
      'Yummy mummy alert at pick-up again',
      'Lonely Friday night, any single dads fancy a drink? My DMs are open 😉',
      'Not being funny but the Year 12 girls at the leavers do looked well over 20',
      'The new caretaker can keep me behind after class whenever he likes 😏',
    ],
    ok: [
      'Sports day: our dads won the relay in their shorts!',
      'Year 12 students looked so grown up at their interviews today, so proud',
      'The PE department are looking hot in the new kit, well it is 30 degrees',
      'After the dry spell the school garden finally got some rain',
      'Our new reading corner 😍 thank you to all the parents who donated books',
      'Arm day at the gym, my biceps are done for',
    ],
  },
  'offensive/sexual': {
    description: 'Sexually explicit phrases ("send nudes", "nice tits", "sex tape").',
    flag: ['send nudes lol', 'Nice tits', 'Check out my OnlyFans', 'I want to have sex with him'],
    ok: ['Sex education evening for parents on Thursday', 'Year 9 learning about the reproductive system', 'Sent home some photos from the trip'],
  },
};
