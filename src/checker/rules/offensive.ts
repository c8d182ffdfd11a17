/**
 * Clause 5.2: "lewd, sexually explicit, threatening or similarly inappropriate or offensive comments".
 * Swearing and crude terms come from the curated lexicon (src/checker/data/lexicon.ts); threats and
 * explicit phrases from patterns. Obfuscation (leetspeak, homoglyphs, zero-width characters, spacing,
 * repeated letters) is undone by normalise.ts and the lexicon matcher.
 */
import type { Doc, Range } from '../doc';
import type { LexCategory } from '../lexicon';
import type { Severity } from '../types';
import { anchored, gateWords, hitsOf, words, type Rule, type RuleHit, type RuleDocs } from './rule';
import { insideKnownName, insideQuotedTitle } from './refs';

/**
 * Word sequences in which a listed word is innocent (the school traps): lexicon hits inside these are
 * dropped. Bounded repeats only.
 */
const ALLOWED_CONTEXT = [
  /(?<![a-z])(?:spotted|moby)[- ]dick(?![a-z])/g,
  /(?<![a-z])dick (?:whittington|turpin|king[- ]smith|van dyke|grayson|francis|advocaat)(?![a-z])/g,
  /(?<![a-z])(?:great|blue|coal|marsh|willow|crested|long[- ]tailed|bearded) tits?(?![a-z])/g,
  /(?<![a-z])(?:magna |summa )?cum laude(?![a-z])/g,
  /(?<![a-z])homo (?:sapiens|erectus|habilis|neanderthalensis|floresiensis|naledi)(?![a-z])/g,
  /(?<![a-z])cock (?:robin|a doodle|a-doodle)(?![a-z])/g,
  /(?<![a-z])(?:garden|gardening|allotment|weeding|rake|spade|trowel|soil)(?![a-z])[^.!?\n]{0,40}(?<![a-z])hoes?(?![a-z])/g,
  /(?<![a-z])(?:a|the|my|with|new) hoes?(?![a-z])[^.!?\n]{0,40}(?<![a-z])(?:garden|gardening|allotment|weeding|rake|spade|trowel|soil|beds?)(?![a-z])/g,
  /(?<![a-z])(?:mary|joseph|donkey|nativity|bethlehem|balaam)(?![a-z])[^.!?\n]{0,60}(?<![a-z])ass(?![a-z])/g,
  // A typo of "how": "hoe our moon would feel", "hoe much", "hoe do you" (not after "a", "that", "you"...).
  /(?<![a-z])(?<!(?:a|the|that|this|your|ur|you|u|my|his|ya|yo|dat|some|stupid|dumb|lil|little|big|old|fat|ugly|dirty|ass) )hoe (?:our|much|many|long|far|come|comes|do|does|did|can|could|would|should|will|are|was|were|about)(?![a-z])/g,
  // Online-safety teaching: "sharing nudes and semi-nudes" (the UKCIS guidance), "talk to your child about nudes".
  /(?<![a-z])(?:nudes and semi[- ]?nudes|(?:online safety|e-?safety|safeguarding|pshe|rse|talk(?:ing)? (?:to|with) (?:your|their|our) (?:child|children|kids?|teens?|teenagers?))(?![a-z])[^.!?\n]{0,60}(?<![a-z])nudes)(?![a-z])/g,
];
// The words each pattern cannot match without (see anchored()).
[['dick'], ['dick'], ['tit', 'tits'], ['laude'], ['homo'], ['cock'], ['hoe', 'hoes'], ['hoe', 'hoes'], ['ass'], ['hoe'], ['nudes']].forEach((w, i) => anchored(ALLOWED_CONTEXT[i]!, w));

function allowedRanges(doc: Doc): Range[] {
  const out: Range[] = [];
  for (const re of ALLOWED_CONTEXT) out.push(...doc.find(re));
  return out;
}

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
  'masturbate', 'masturbates', 'masturbated', 'masturbating', 'masturbation', 'masterbate', 'masterbates', 'masterbating', 'masterbation',
  'dildo', 'dildos', 'titty', 'titties', 'boobies', 'hooker', 'hookers', 'stripper', 'strippers', 'call girl', 'call girls',
  'sex robot', 'sex robots', 'sex toy', 'sex toys', 'butthurt', 'butt hurt', 'in the butt', 'butt implant', 'butt implants', 'pie hole', 'piehole',
];
const CRUDE = [
  new RegExp(`(?<![a-z])${words(CRUDE_LIST)}(?![a-z])`, 'g'),
  // "sit your butt down", "bet your butt", "kick some butt" (not a water butt or the butt of a joke).
  /(?<![a-z])(?:(?:my|your|ur|his|her|their|our|yo|some|dem|the) butts?|butts? (?:out|off|down|kicked))(?![a-z])(?<!(?:the|a|water|rain) butts?)/g,
  // "who the hell do you think you are", "what the hell".
  /(?<![a-z])(?:what|who|where|why|how) the hell (?:is|are|was|were|do|does|did|have|has|had|you|u|they|he|she|i|we|this|that|happened|going on|kind|sort)(?![a-z])/g,
];
anchored(CRUDE[0]!, CRUDE_LIST);
anchored(CRUDE[1]!, ['butt', 'butts']);
anchored(CRUDE[2]!, ['hell']);
const CRUDE_GATE = gateWords(CRUDE_LIST, ['butt butts hell']);
const CRUDE_REASON = 'This uses crude language that could look unprofessional to pupils and parents.';

export const profanity: Rule = {
  id: 'offensive/profanity',
  category: 'offensive',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This contains swearing or crude language that pupils and parents could see.',
  run: (doc) => {
    // Lexicon hits first: their severity wins; crude words alone are advice with their own reason.
    const hits = lexiconRuleHits(doc, 'offensive');
    if (doc.hasAny(CRUDE_GATE)) for (const h of hitsOf(doc, ...CRUDE)) hits.push({ ...h, severity: 'advice', reason: CRUDE_REASON });
    return hits;
  },
};

const OBJ = "(?:you|u|ya|yous|him|her|them|em|your|ur|his|their|y'all|you all|all of you|every one of you|@[a-z0-9_]{1,30}|(?:that|this|the|those|these) (?:man|woman|guy|girl|boy|kid|child|idiot|bitch|bastard|prick|cunt|twat|teacher|parent|student|pupil|mum|dad|kids|children|pupils|students|parents|people)s?|my (?:class|kids|pupils|students|boss|head|colleague|ex|neighbour|husband|wife))";
const VIOLENT = '(?:kill|murder|stab|shoot|strangle|choke|punch|slap|batter|beat|smash|hurt|knife|bash|deck|glass|behead|hang|lynch|rape|slit|strangle|throttle|shank|bury|gut|maim|torture)';
const INTENT = "(?:i'?ll|i will|i'?m (?:going to|gonna|gunna|about to)|im (?:going to|gonna)|i am (?:going to|gonna)|i'?d|i would|i wanna|i want to|i'?m gonna|we'?ll|we will|we'?re (?:going to|gonna)|let'?s|someone should|somebody should|someone needs to|i could|i swear i'?ll|gonna|going to)";

const THREATS = [
  new RegExp(`(?<![a-z])${INTENT} (?:fucking |literally |actually |seriously |just |go )?${VIOLENT}(?: the (?:shit|crap|hell|living daylights) out of)? ${OBJ}(?![a-z])`, 'g'),
  /(?<![a-z])watch (?:your|ur|yo) back(?![a-z])/g,
  /(?<![a-z])(?:you'?re|you are|ur|your|you r) (?:so |fucking |gonna be |going to be )?dead(?: meat)?(?![a-z])/g,
  /(?<![a-z])(?:you|u|ya)(?:'ll| will| are going to| are gonna| gonna) (?:pay for (?:this|that)|regret (?:this|that|it)|die|get (?:hurt|what'?s coming|yours))(?![a-z])/g,
  /(?<![a-z])i know where (?:you|u|he|she|they) (?:live|lives|work|works|sleep)s?(?![a-z])/g,
  /(?<![a-z])(?:kill|hang|shoot|stab) (?:yourself|urself|yourselves|your self)(?![a-z])/g,
  /(?<![a-z])(?:kys|go die|drop dead|die in a fire|die in a ditch)(?![a-z])/g,
  /(?<![a-z])(?:i )?(?:hope|wish) (?:you|u|he|she|they|@[a-z0-9_]{1,30}) (?:die|dies|get cancer|gets cancer|gets? raped|rots? in hell|gets? hit by a (?:car|bus|truck)|gets? shot|burns?)(?![a-z])/g,
  /(?<![a-z])(?:should|deserves? to|needs? to|ought to) be (?:shot|hanged|hung|killed|executed|lynched|gassed|burned|burnt|put down|beaten|raped|stabbed|strung up|lined up and shot|shot dead)(?![a-z])/g,
  /(?<![a-z])deserves? to (?:die|be raped|rot)(?![a-z])/g,
  /(?<![a-z])(?:put|putting) a bullet (?:in|through)(?![a-z])/g,
  /(?<![a-z])(?:break|snap|smash|punch|kick) (?:your|ur|his|her|their) (?:legs?|neck|face|head|teeth|jaw|skull)(?: in)?(?![a-z])/g,
  /(?<![a-z])(?:beat|kick|smash) (?:you|u|him|her|them) (?:up|in)(?![a-z])/g,
  /(?<![a-z])(?:slit|cut) (?:your|ur|his|her|their) (?:throat|throats)(?![a-z])/g,
  /(?<![a-z])i'?ll find (?:you|u|him|her|them)(?![a-z])/g,
];
[
  VIOLENT.replace(/[()?:]/g, '').split('|'),
  ['watch'],
  ['dead'],
  ['pay', 'regret', 'die', 'get'],
  ['know'],
  ['yourself', 'urself', 'yourselves', 'self'],
  ['kys', 'die', 'dead'],
  ['hope', 'wish'],
  ['shot', 'hanged', 'hung', 'killed', 'executed', 'lynched', 'gassed', 'burned', 'burnt', 'put', 'beaten', 'raped', 'stabbed', 'strung', 'lined'],
  ['deserve', 'deserves'],
  ['bullet'],
  ['leg', 'legs', 'neck', 'face', 'head', 'teeth', 'jaw', 'skull'],
  ['beat', 'kick', 'smash'],
  ['throat', 'throats'],
  ['find'],
].forEach((w, i) => anchored(THREATS[i]!, w));

const THREAT_GATE = gateWords(
  [VIOLENT.replace(/[()?:]/g, '').split('|').join(' ')],
  ['watch back dead die dies regret pay live lives sleep yourself urself yourselves self kys hope wish shot hanged hung killed executed lynched gassed burned burnt beaten raped stabbed strung deserve deserves bullet break snap kick cut find'],
);

export const threat: Rule = {
  id: 'offensive/threat',
  category: 'offensive',
  defaultClause: '5.2',
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
  /(?<![a-z])(?:send|sending|sent|share|swap|want|got|get) (?:me |us |you |some |your |ur |her |his )?(?:nudes|naked (?:pics|pictures|photos|selfies)|nude (?:pics|pictures|photos|selfies)|dick pics?|tit pics?)(?![a-z])/g,
  /(?<![a-z])(?:have|had|having|want to have|wanna have|want|wanna) (?:sex|a shag|a quickie|a threesome) with(?![a-z])/g,
  /(?<![a-z])(?:shag|shagged|shagging|bang|banged|banging|screw|screwed|screwing|fuck|fucked|fucking) (?:her|him|his mum|her mum|your mum|ur mum|his wife|her husband|them both)(?: senseless| so hard| all night| raw)(?![a-z])/g,
  /(?<![a-z])(?:nice|big|massive|huge|fit|lovely) (?:tits|boobs|arse|ass|rack|cock|dick)(?![a-z])/g,
  /(?<![a-z])(?:sexting|sex tape|one night stand|booty call|friends with benefits|onlyfans|only fans)(?![a-z])/g,
];
[
  ['nudes', 'naked', 'nude', 'dick', 'tit'],
  ['sex', 'shag', 'quickie', 'threesome'],
  ['senseless', 'hard', 'night', 'raw'],
  ['tits', 'boobs', 'arse', 'ass', 'rack', 'cock', 'dick'],
  ['sexting', 'tape', 'stand', 'booty', 'benefits', 'onlyfans', 'fans'],
].forEach((w, i) => anchored(EXPLICIT[i]!, w));

const SEXUAL_GATE = gateWords(['nudes naked nude dick tit tits sex shag quickie threesome shagged shagging bang banged banging screw screwed screwing fuck fucked fucking boobs arse ass rack cock sexting tape stand booty benefits onlyfans fans pics']);

export const sexual: Rule = {
  id: 'offensive/sexual',
  category: 'offensive',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This is sexually explicit, which is not suitable for a post parents and pupils could see.',
  gate: (doc) => doc.hasAny(SEXUAL_GATE),
  run: (doc) => hitsOf(doc, ...EXPLICIT),
};

export const rules: Rule[] = [profanity, threat, sexual];

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'offensive/profanity': {
    description: 'Swearing and crude or sexual terms from a curated list, also when disguised (sh1t, f*ck, f u c k, fuuuck); milder crude words the list leaves out ("butthurt", "dildo", "who the hell") as advice.',
    flag: ['What a fucking day', 'sh1t, forgot my lanyard again', 'f u c k this marking', 'f*ck Mondays', 'fuuuuck the photocopier', 'fuuckkkk this marking', 'ƒuck Mondays', 'ｆｕｃｋ this', 'b\u200Bitch please', 'that hoe do anything for money', 'what a load of bollocks', 'he is such a twat', 'Sit your butt down!', 'He is so butthurt about it', 'What the hell is going on with the printer', 'Who the hell does he think he is', 'Look at those boobies', 'shove it in your pie hole'],
    ok: ['Scunthorpe away day for the Year 10 football team', 'Trip to Penistone and Cockermouth next week', 'Middlesex University open day', 'Spotted Dick and custard for pudding today!', 'Reading Moby Dick with Year 11', 'Dick Whittington at the panto', 'Our sex education unit starts Monday', 'She graduated cum laude', 'A great tit in the school garden this morning', 'Blue tits nesting in the box', 'Homo sapiens evolved in Africa', 'It was so good to see everyone', 'Mary rode on an ass to Bethlehem in our nativity', 'Class 3 doing some weeding with a hoe in the garden', 'I often wonder hoe our moon would feel', 'hoe much is the trip?', 'Grass, classic, assess, assure and passage', 'Year 5 fixed the water butt in the school garden', 'Butterflies hatched in Year 1 today', 'Year 9 reading Dante: the circles of hell', 'He was the butt of the joke in the play', 'Cigarette butts collected on our litter pick', 'What the heck is going on with the weather?', 'Geography field trip to Shitterton in Dorset', 'PSHE for Year 10: the law on sharing nudes and semi-nudes', 'E-safety workshop helped parents talk with their teens about nudes and consent', 'Netball tournament at Cocks Moor Woods leisure centre', 'Farm visit near Bell End, Worcestershire', 'Walked up Brown Willy on Bodmin Moor', 'Minibus to Twatt in Orkney for the residential'],
  },
  'offensive/threat': {
    description: 'Threats of violence ("I\'ll kill you", "watch your back", "should be shot").',
    flag: ["I'll kill you if you park there again", 'Watch your back', "I'm going to punch him in the face", 'He should be shot for that', "You're dead meat", 'I hope you die', 'Kill yourself', 'I know where you live', 'i will smash your face in'],
    ok: ['Our team killed it at sports day!', 'This maths test was brutal', 'Learning about the assassin of Franz Ferdinand in history', 'This heat is killing me', "I'm going to smash this marking tonight", 'Kill two birds with one stone', 'Year 8 shot some great footage for their film project', 'Year 10 acted out the murder scene from Macbeth: "I will kill you, traitor!" they roared', 'Movie night: Kill Bill for the staff, Mother Goose panto for the kids'],
  },
  'offensive/sexual': {
    description: 'Sexually explicit phrases ("send nudes", "nice tits", "sex tape").',
    flag: ['send nudes lol', 'Nice tits', 'Check out my OnlyFans', 'I want to have sex with him'],
    ok: ['Sex education evening for parents on Thursday', 'Year 9 learning about the reproductive system', 'Sent home some photos from the trip'],
  },
};
