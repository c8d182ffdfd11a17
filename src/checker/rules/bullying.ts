/**
 * Clause 5.2: content that "amounts to bullying": insults and mockery aimed at a person. Two rules:
 * an insult addressed to or about a person ("you're pathetic", "@x is a waste of space", "my Year 9s
 * are animals"), and insulting names used on their own ("what an idiot"), which are milder.
 */
import type { Range } from '../doc';
import { anchored, gateRare, gateWords, hitsOf, words, wordRe, type Rule, type RuleDocs, lazy } from './rule';
import { regexOf } from '../pattern';
import { insideKnownName } from './refs';

/** Insulting nouns and noun phrases for a person. */
export const INSULT_NOUNS = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'loser', 'losers', 'dimwit', 'halfwit', 'nitwit',
  'numpty', 'numpties', 'pillock', 'plonker', 'muppet', 'muppets', 'scumbag', 'scumbags', 'lowlife', 'low life', 'degenerate', 'degenerates',
  'hypocrite', 'hypocrites', 'coward', 'cowards', 'clown', 'clowns', 'buffoon', 'buffoons', 'waste of space', 'waste of oxygen',
  'waste of skin', 'waste of air', 'piece of work', 'piece of trash', 'piece of garbage', 'piece of crap', 'piece of shit', 'pos',
  'disgrace', 'embarrassment', 'joke', 'laughing stock', 'failure', 'nobody', 'creep', 'creeps', 'weirdo', 'freak', 'psycho', 'nutjob',
  'nutcase', 'snake', 'rat', 'parasite', 'leech', 'slob', 'pig', 'fat pig', 'cow', 'fat cow', 'old cow', 'witch', 'old bag', 'dog',
  'animal', 'animals', 'savages', 'monsters', 'brats', 'little shits', 'gremlins', 'feral', 'thicko', 'div', 'spanner', 'sheep',
  'snowflake', 'snowflakes', 'fool', 'fools', 'liar', 'liars', 'fraud', 'traitor', 'traitors', 'bully', 'narcissist', 'sociopath',
  'troll', 'dunce', 'simpleton', 'nonentity', 'scum', 'trash', 'garbage', 'vermin', 'lunatic', 'lunatics', 'dumbass', 'jackass',
  'dickhead', 'prat', 'twit', 'tool', 'dope', 'airhead', 'bimbo', 'slag', 'skank', 'tramp',
  'madman', 'nut case', 'nut job', 'sicko', 'backstabber', 'turd', 'con man', 'con artist', 'shill', 'stooge', 'lapdog', 'bootlicker',
  'lackey', 'lackeys', 'lap dog', 'inbred', 'inbreds', 'weakling', 'weaklings', 'sickos',
  'pieces of trash', 'pieces of shit', 'pieces of garbage', 'pieces of crap', 'sellout', 'psychopath', 'psychopaths', 'maniac', 'maniacs', 'pervert', 'perverts', 'perv', 'half wit', 'half-wit', 'attention seeker', 'attention seekers', 'miscreant', 'miscreants', 'blight on', 'soy boy', 'cuck', 'crybaby', 'cry baby', 'whiner', 'bigot', 'bigots',
]

/** Insulting adjectives for a person. */
export const INSULT_ADJS = [
  'pathetic', 'stupid', 'dumb', 'thick', 'useless', 'worthless', 'disgusting', 'ugly', 'fat', 'vile', 'repulsive', 'hideous', 'brainless',
  'clueless', 'spineless', 'gutless', 'pitiful', 'ignorant', 'incompetent', 'delusional', 'deluded', 'unhinged', 'retarded',
  'psychotic', 'despicable', 'contemptible', 'gross', 'revolting', 'hopeless', 'a joke', 'an embarrassment', 'a disgrace', 'a failure',
  'a waste of space', 'thick as shit', 'thick as mince', 'braindead', 'brain dead', 'trash', 'garbage',
  'full of shit', 'full of it', 'a liar', 'fake', 'two faced', 'two-faced', 'spiteful', 'insufferable', 'creepy',
  'shameless', 'shameful', 'feral', 'animals', 'trashy', 'low iq', 'dumber than',
  'demented', 'deranged', 'sick in the head', 'mentally unstable', 'full of crap', 'full of bull', 'full of bs', 'a cancer on',
];

const DEGREE = "(?:(?:such|so|really|all|just|literally|basically|simply|seriously|clearly|obviously|real|one|very|absolutely|totally|utterly|completely|truly|a|an|the|most|biggest|complete|total|absolute|fucking|bloody|proper|right|little|massive|huge|fat|stupid|pathetic|ugly|lying|useless|dumb|sad|old|sick|nasty|vile|filthy|dirty|crazy|raging|an? absolute|an? complete|an? total|an? fucking) ){0,3}";
const INSULT = words([...INSULT_NOUNS, ...INSULT_ADJS]);

/** Extra words that are a put-down when said to someone ("you are ridiculous"); not "crazy" or "mad" (banter). */
const YOU_EXTRA = ['ridiculous', 'awful', 'terrible', 'horrible', 'rude', 'racist', 'a racist', 'sexist', 'a sexist', 'evil', 'a demon', 'vile', 'nasty', 'an embarrassment to', 'in embarrassment to', 'a backstabber', 'a fraud', 'a crook', 'corrupt', 'dishonest', 'a hypocrite', 'brainwashed', 'trippin', 'uncultured', 'a phony', 'phony', 'a prostitute', 'unattractive', 'a criminal', 'a war criminal', 'a blight on', 'as nasty as', 'as stupid as', 'as dumb as', 'as thick as'];

/** Second person: "you're pathetic", "you are such an idiot", "u r a loser", "you look like a clown". */
const YOU_ARE = lazy(() => new RegExp(
  `(?<![a-z])(?:you'?re|you are|you r|u r|ur|you were|you'?ve always been|you look like|you sound like|you act like|you'?re just|you are just|you'?re nothing but|you are nothing but) ${DEGREE}(?:${INSULT}|${words(YOU_EXTRA)})(?![a-z])`,
  'g',
));

/** "you are a terrible person", "he is a sick human being", "an embarrassing citizen": a bad word, then a person noun. */
const BAD_PERSON_ADJS = ['terrible', 'horrible', 'awful', 'vile', 'disgusting', 'despicable', 'sick', 'evil', 'nasty', 'crazy', 'deranged', 'demented', 'embarrassing', 'pathetic', 'miserable', 'rotten', 'bad', 'shitty', 'crappy', 'hateful', 'ugly', 'stupid', 'dumb', 'ignorant', 'dishonest', 'corrupt', 'crooked', 'lying', 'sad little', 'pathetic little', 'nasty little', 'vile little'];
const PERSON_NOUNS = ['person', 'people', 'human', 'human being', 'human beings', 'individual', 'citizen', 'man', 'woman', 'bloke', 'creature', 'excuse for a human', 'excuse for a man', 'excuse for a teacher', 'excuse for a parent'];
const BAD_PERSON = lazy(() => new RegExp(
  `(?<![a-z0-9_])(?:you'?re|you are|you r|u r|you were|@[a-z0-9_]{1,30} is|he is|he's|she is|she's|they are|they're|what an?) ${DEGREE}${words(BAD_PERSON_ADJS)} ${words(PERSON_NOUNS)}(?![a-z])`,
  'g',
));

/** "you idiot", "you absolute muppet": a bare "you" before an unambiguous insulting noun. */
const BARE_NOUNS = INSULT_NOUNS.filter((w) => !['joke', 'tool', 'dope', 'rat', 'snake', 'dog', 'cow', 'pig', 'sheep', 'animal', 'animals', 'nobody', 'bully', 'troll', 'failure', 'div', 'spanner', 'witch', 'feral', 'pos', 'trash', 'garbage', 'fraud', 'disgrace', 'embarrassment'].includes(w));
/** Unambiguous only after a bare "you": "you fraud", "you old bat", "you disgrace". */
const YOU_ONLY_NOUNS = ['fraud', 'frauds', 'hag', 'old hag', 'old bat', 'crazy bat', 'old cow', 'fat cow', 'disgrace'];
const YOU_NOUN = lazy(() => new RegExp(`(?<![a-z])(?:you|u|ya) ${DEGREE}${words([...BARE_NOUNS, ...YOU_ONLY_NOUNS])}(?![a-z])`, 'g'));

/** Extra words that read as a put-down about someone in the third person (not used with "you": banter). */
const THIRD_PERSON_EXTRA = ['cruel', 'crazy', 'insane', 'evil', 'corrupt', 'crooked', 'phony', 'phoney', 'a phony', 'a phoney', 'dishonest', 'a racist', 'racist', 'sexist', 'a sexist', 'a bigot', 'bigoted', 'a misogynist', 'misogynistic', 'unfit', 'delirious', 'a dirtbag', 'dirtbag', 'sleazy', 'a sleaze', 'slimy', 'bitter', 'nasty', 'horrible', 'awful', 'a beast', 'a monster', 'a creep', 'a nutter', 'a psycho', 'mentally ill', 'sick in the head', 'a nightmare', 'vile', 'a hypocrite', 'a liar', 'a fraud', 'a bully', 'a thug', 'a criminal', 'a crook', 'a traitor', 'a terrorist', 'a disgrace', 'trash', 'garbage', 'a pig', 'a cow', 'a witch', 'a snake', 'a rat', 'a dog', 'a blight on', 'empty inside', 'as crazy as', 'as nasty as', 'as stupid as', 'as dumb as', 'a drunk', 'lunatics', 'a raging', 'losing his mind', 'losing her mind', 'losing their mind'];

/** Third person, identifiable: "@x is a waste of space", "he's pathetic" (contracted or not), "Mr Smith is an idiot". */
const THEY_ARE = lazy(() => new RegExp(
  `(?<![a-z0-9_])(?:(?:he|she)'s |they're |(?:@[a-z0-9_]{1,30}|he|she|they|him|her|this (?:guy|man|woman|girl|boy|kid|child|lad|teacher|parent|mum|dad|person|bloke|idiot)|that (?:guy|man|woman|girl|boy|kid|child|lad|teacher|parent|mum|dad|person|bloke)|(?:mr|mrs|ms|miss|dr)\\.? [a-z][a-z'-]{1,20}|(?:the|our|my|this|that) (?:new )?(?:nqt|ect|ta|head|headteacher|deputy|deputy head|senco|supply teacher|cover teacher|caretaker|bursar|hod|head of [a-z]{2,12}|line manager|boss|ceo)) (?:is|'s|are|'re|was|were|looks like|sounds like|acts like|is just|is nothing but|is literally|is basically) )${DEGREE}(?:${INSULT}|${words(THIRD_PERSON_EXTRA)})(?![a-z])`,
  'g',
));

/** About one's own pupils: "my Year 9s are animals", "my class are feral", "the kids in 8X are thick". */
const MY_PUPILS_EXTRA = ['a nightmare', 'nightmares', 'a zoo', 'zoo animals', 'demons', 'hellspawn', 'thick as', 'vile', 'vermin', 'scum', 'brain dead', 'little shits', 'little sods', 'a bunch of idiots', 'wild animals', 'untrainable'];
const MY_PUPILS_ARE = lazy(() => new RegExp(
  `(?<![a-z])(?:my|our|the|these|those) (?:year ?(?:[1-9]|1[0-3])s?|y(?:[1-9]|1[0-3])s?|class|form|set|tutor group|kids|pupils|students|lot|bottom set|top set|little darlings|year group)(?: (?:in|from) [a-z0-9]{1,6})? (?:are|is|were|was|r) ${DEGREE}(?:${INSULT}|${words(MY_PUPILS_EXTRA)})(?![a-z])`,
  'g',
));
// The words each pattern cannot match without (see anchored()).
anchored(YOU_ARE, [...INSULT_NOUNS, ...INSULT_ADJS, ...YOU_EXTRA]);
anchored(BAD_PERSON, BAD_PERSON_ADJS, PERSON_NOUNS);
anchored(YOU_NOUN, [...BARE_NOUNS, ...YOU_ONLY_NOUNS]);
anchored(THEY_ARE, [...INSULT_NOUNS, ...INSULT_ADJS, ...THIRD_PERSON_EXTRA]);
anchored(MY_PUPILS_ARE, [...INSULT_NOUNS, ...INSULT_ADJS, ...MY_PUPILS_EXTRA], ['are', 'is', 'were', 'was', 'r']);

const MOCKERY = [
  /(?<![a-z])(?:nobody|no one|noone|no-one) (?:likes|loves|cares about|wants) (?:you|u|him|her|them)(?![a-z])/g,
  /(?<![a-z])(?:get a life|go away and die|crawl back under (?:your|a) rock|you disgust me|you make me sick|shut (?:up|your mouth|your face|your gob|it)|shut the fuck up|stfu|piss off|sod off|jog on|who asked you|cry me a river|cry more)(?![a-z])/g,
  /(?<![a-z])what an? (?:absolute |complete |total |fucking |utter |bloody )?(?:idiot|moron|loser|clown|joke|muppet|numpty|pillock|plonker|tool|prat|twit|cretin|imbecile|dumbass|dickhead|waste of space|embarrassment|disgrace|creep|weirdo|freak|hypocrite|coward|fool|liar)(?![a-z])/g,
  /(?<![a-z])(?:shame on (?:you|u|him|her|them|@[a-z0-9_]{1,30})|you suck|u suck|you are the worst|you're the worst|get stuffed)(?![a-z])/g,
  /(?<![a-z])(?:lol|lmao|haha|hahaha)[^.!?\n]{0,30}(?<![a-z])(?:fat|ugly|stupid|thick|loser|idiot)(?![a-z])/g,
  /(?<![a-z])(?:burn in hell|rot in hell|(?<!(?:may|might|could|would) )go to hell|(?:you'?re|you are|he'?s|she'?s|they'?re) going to hell|who the (?:hell|fuck) do (?:you|u|they|he|she) think|how dare (?:you|u)|crawl back under)(?![a-z])/g,
];
const MOCKERY_ANCHORS: string[][] = [
  ['likes', 'loves', 'cares', 'wants'],
  ['life', 'die', 'rock', 'disgust', 'sick', 'shut', 'stfu', 'piss', 'sod', 'jog', 'asked', 'river', 'cry'],
  ['idiot', 'moron', 'loser', 'clown', 'joke', 'muppet', 'numpty', 'pillock', 'plonker', 'tool', 'prat', 'twit', 'cretin', 'imbecile', 'dumbass', 'dickhead', 'waste', 'embarrassment', 'disgrace', 'creep', 'weirdo', 'freak', 'hypocrite', 'coward', 'fool', 'liar'],
  ['shame', 'suck', 'worst', 'stuffed'],
  ['fat', 'ugly', 'stupid', 'thick', 'loser', 'idiot'],
  ['hell', 'fuck', 'dare', 'crawl'],
];
MOCKERY.forEach((re, i) => anchored(re, MOCKERY_ANCHORS[i]!));

const INSULT_GATE = gateWords(INSULT_NOUNS, INSULT_ADJS, THIRD_PERSON_EXTRA, YOU_EXTRA, BAD_PERSON_ADJS, YOU_ONLY_NOUNS, [
  'likes loves cares wants life die rock disgust sick shut stfu piss sod jog asked river cry shame suck worst stuffed lol lmao haha hahaha hell fuck dare crawl',
  'nightmare nightmares zoo demons hellspawn vile vermin scum brain dead shits sods idiots wild untrainable',
]);

export const insult: Rule = {
  id: 'bullying/insult',
  category: 'bullying',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This reads as an insult aimed at a person, which could amount to bullying.',
  gate: (doc) => doc.hasAny(INSULT_GATE),
  run: (doc) => hitsOf(doc, YOU_ARE, YOU_NOUN, THEY_ARE, MY_PUPILS_ARE, BAD_PERSON, ...MOCKERY),
};

const NAME_CALLING_LIST = [
    'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'loser', 'losers', 'dimwit', 'halfwit', 'nitwit',
    'numpty', 'pillock', 'plonker', 'scumbag', 'scumbags', 'lowlife', 'degenerate', 'degenerates', 'hypocrite', 'hypocrites', 'coward',
    'cowards', 'buffoon', 'dumbass', 'jackass', 'dickhead', 'waste of space', 'waste of oxygen', 'piece of shit', 'piece of trash',
    'thicko', 'scum', 'bimbo', 'narcissist', 'sociopath', 'traitor', 'traitors', 'liar', 'liars', 'clown', 'clowns',
    'stupid', 'stupidity', 'pathetic', 'disgusting', 'ignorant', 'hypocritical', 'moronic', 'idiotic', 'brainless', 'dumb',
    'despicable', 'disgrace', 'deplorable', 'ugly',
    'fools', 'fool', 'sucks', 'suck', 'evil', 'creep', 'pos', 'shameful', 'shameless', 'fascist', 'fascists',
    'crook', 'crooks', 'thugs', 'bullies', 'brat', 'brats', 'lefties', 'libtard', 'libtards', 'commie', 'commies', 'dirtbag', 'dirtbags',
    'sleazebag', 'sleazy', 'scumbag', 'scumbags', 'cretin', 'cretins', 'imbecile',
    'pitiful bunch', 'sad bunch', 'pathetic bunch', 'sorry bunch', 'miserable bunch', 'vile bunch', 'nasty bunch', 'useless bunch', 'half wit', 'halfwit',
    'miscreants', 'pervert', 'perverts', 'trashy', 'dumber than', 'the dumbest', 'low iq', 'lackey', 'lackeys', 'inbred', 'inbreds',
    'weaklings', 'sicko', 'sickos',
];
const NAME_CALLING = lazy(() => new RegExp(`(?<![a-z0-9_])${words(NAME_CALLING_LIST)}(?![a-z0-9_])`, 'g'));
const NAME_CALLING_GATE = gateWords(NAME_CALLING_LIST);

/**
 * Titles and set phrases in which a listed word names no one: TV shows, songs and idioms ("Pretty Little
 * Liars", "April Fools", "Only Fools and Horses", "clown car", "clownfish"). Name-calling inside them is dropped.
 */
const NAME_CALLING_TITLES = /(?<![a-z])(?:pretty little liars|april fools?'?|only fools and horses|fools? rush in|fool'?s gold|fools gold|ship of fools|liar liar|clown (?:car|fish|shoes|costume|nose|school|act|makeup|make up|workshop)|#shameless|class clown|evil (?:queen|stepmother|twin|genius|eye|dead)|despicable me|the evil within|resident evil|stupid cupid|losers? weepers|finders keepers losers weepers)(?![a-z])/g;
anchored(NAME_CALLING_TITLES, ['liars', 'fool', 'fools', 'liar', 'clown', 'shameless', 'evil', 'despicable', 'stupid', 'loser', 'losers']);

/** "pervert" as a verb: "to pervert justice", "leftists who pervert the language". */
const PERVERT_VERB = /(?:^|[^a-z])(?:to|who|that|and|they|we|would|will|can|could|not|n't|cannot|might|may)(?: [a-z]{2,12})? $/;

/** "fool" as a verb: "trying to fool", "won't fool them", "fool you". */
const FOOL_VERB = /(?:(?:^|[^a-z])(?:to|not|n't|cannot|can|could|will|would|won't|didn't|don't|doesn't)(?: [a-z]{2,12})? $)|(?:^ (?:you|u|them|me|us|him|her|anyone|anybody|nobody|no one|people|voters|everyone|yourself|myself|themselves)(?![a-z]))/;

/** What comes just before a put-down word when it is about oneself or a thing, or a simile. */
const NOT_AIMED = /(?:(?:^|[^a-z])(?:i|i'm|im|i am|i was|i feel|i felt|i look|i looked|i sound|made me|makes me|make me|me|myself|it's|it is|its|that's|that is|thats|this is|was|sounds|seems|how) (?:so |really |very |a bit |kinda |pretty |such |totally |completely |an? |like an? )*|like an? )$/;

export const nameCalling: Rule = {
  id: 'bullying/name-calling',
  category: 'bullying',
  defaultClause: '5.2',
  severity: 'advice',
  reason: 'This uses an insulting word that could hurt or belittle someone.',
  gate: (doc) => doc.hasAny(NAME_CALLING_GATE),
  run: (doc) => {
    // Not about another person: "I felt dumb", "smiling like an (#)idiot", "it's really stupid"; "anti-fascist";
    // "fool" as a verb; a title ("Pretty Little Liars", "#Shameless").
    const found = doc.find(NAME_CALLING);
    if (!found.length) return [];
    const titles = doc.find(NAME_CALLING_TITLES);
    const t = doc.text;
    const ranges = found.filter((r) => {
      const before = t.slice(Math.max(0, r.from - 24), r.from);
      if (NOT_AIMED.test(before.replace(/[\s#]+$/, ' ')) || /anti[- ]?$/.test(before)) return false;
      // "winners and losers", "loser leaves town" (a match type): a contest, not a put-down.
      if (t.startsWith('loser', r.from) && (/^(?:s)? leaves/.test(t.slice(r.to - 1, r.to + 8)) || /(?<![a-z])(?:winners?|winning)(?![a-z])/.test(t.slice(Math.max(0, r.from - 60), r.to + 60)))) return false;
      if (t.startsWith('fool', r.from) && r.to - r.from === 4 && (FOOL_VERB.test(before) || FOOL_VERB.test(t.slice(r.to, r.to + 16)))) return false;
      if (t.startsWith('pervert', r.from) && (PERVERT_VERB.test(before) || /^ (?:the course|justice|the truth|the law|the language|the meaning|the system)/.test(t.slice(r.to, r.to + 20)))) return false;
      return !titles.some((a) => a.from <= r.from && r.to <= a.to) && !insideKnownName(doc, r);
    });
    return ranges.length ? [{ ranges }] : [];
  },
};

/** "liberals are idiots", "Tories are scum": a put-down of a whole group (protected groups: discrimination). */
const GROUP_PUT_DOWN = lazy(() => new RegExp(
  `(?<![a-z])(?:all |these |those |the |most |typical |bloody |fucking |you )?[a-z]{3,20}s (?:are|r) ${DEGREE}(?:${words([...INSULT_NOUNS.filter((w) => w.endsWith('s') || ['scum', 'trash', 'garbage', 'vermin', 'feral'].includes(w)), ...INSULT_ADJS.filter((w) => !w.startsWith('a ') && !w.startsWith('an ')), ...THIRD_PERSON_EXTRA.filter((w) => !w.startsWith('a ')), 'mentally ill', 'sick', 'brainwashed', 'hateful', 'violent', 'bad humans', 'terrible people', 'horrible people', 'awful people', 'evil people', 'the worst', 'a disease', 'a cancer', 'ruining everything', 'ruin everything', 'destroying'])})(?![a-z])`,
  'g',
));

anchored(GROUP_PUT_DOWN, ['are', 'r'], [...INSULT_NOUNS, ...INSULT_ADJS, ...THIRD_PERSON_EXTRA, 'mentally ill', 'sick', 'brainwashed', 'hateful', 'violent', 'bad humans', 'terrible people', 'horrible people', 'awful people', 'evil people', 'the worst', 'a disease', 'a cancer', 'ruining everything', 'ruin everything', 'destroying']);

export const groupPutDown: Rule = {
  id: 'bullying/group-put-down',
  category: 'bullying',
  defaultClause: '5.2',
  severity: 'advice',
  reason: 'This puts down a whole group of people, which could read as bullying or harassment.',
  gate: (doc) => doc.hasAny(INSULT_GATE),
  run: (doc) => hitsOf(doc, GROUP_PUT_DOWN),
};

/** Political groups and their supporters, as people name them in posts. */
const POLITICAL_GROUPS = [
  'liberal', 'liberals', 'libs', 'lefty', 'lefties', 'leftist', 'leftists', 'left', 'left wing', 'left wingers', 'dem', 'dems', 'democrat', 'democrats',
  'republican', 'republicans', 'repubs', 'gop', 'conservative', 'conservatives', 'tory', 'tories', 'labour', 'socialist', 'socialists',
  'communist', 'communists', 'progressive', 'progressives', 'right wing', 'right wingers', 'trump supporters', 'trumpers', 'maga',
  'brexiteers', 'remainers', 'leavers', 'feminists', 'politicians', 'politician', 'voters', 'snowflakes', 'antifa',
];
/** Put-down words in front of a political group: "crazy liberals", "lying Tories", "brainwashed lefties". */
const POLITICAL_SLURS_ADJ = [
  'crazy', 'insane', 'kooky', 'loony', 'looney', 'lunatic', 'deranged', 'demented', 'unhinged', 'hysterical', 'delusional', 'psycho',
  'psychotic', 'sick', 'vile', 'evil', 'godless', 'disgusting', 'dirty', 'filthy', 'sleazy', 'slimy', 'lying', 'dishonest', 'corrupt',
  'crooked', 'stupid', 'dumb', 'dumbass', 'idiot', 'idiotic', 'moronic', 'brainless', 'braindead', 'brain dead', 'brainwashed', 'gullible',
  'pathetic', 'whiny', 'whining', 'spineless', 'gutless', 'treasonous', 'traitorous', 'damn', 'damned', 'bloody', 'freaking', 'stinking',
  'rabid', 'sad little', 'feral',
];
/** Name-calling words for political groups ("Demonrats", "libtards", "moonbats"). */
const POLITICAL_NAMES = [
  'demonrat', 'demonrats', 'democrap', 'democraps', 'demoncrat', 'demoncrats', 'dumbocrat', 'dumbocrats', 'dimocrat', 'dimocrats',
  'democrook', 'democrooks', 'rethuglican', 'rethuglicans', 'repuke', 'repukes', 'repuglican', 'repuglicans', 'trumptard', 'trumptards',
  'trumpanzee', 'trumpanzees', 'libtard', 'libtards', 'leftard', 'leftards', 'libturd', 'libturds', 'fiberal', 'fiberals', 'moonbat',
  'moonbats', 'wingnut', 'wingnuts', 'sheeple', 'feminazi', 'feminazis', 'cuckservative', 'cuckservatives', 'remoaner', 'remoaners',
  'commie', 'commies', 'dumocrat', 'dumocrats', 'red tories', 'loony left', 'looney left', 'lunatic left', 'loser left', 'libtardia',
];
/** Insulting nouns after a political group: "liberal nuts", "leftist loons", "Tory scum". */
const POLITICAL_NOUNS = ['nuts', 'nut', 'nutjobs', 'nutjob', 'loons', 'loon', 'loonies', 'lunatics', 'idiots', 'morons', 'scum', 'trash', 'sheep', 'clowns', 'crybabies', 'cry babies', 'snowflakes', 'zealots', 'freaks', 'hacks', 'whiners', 'crazies', 'maniacs', 'thugs', 'traitors', 'filth', 'vermin'];
/** "liberals ruin everything", "Tories have no shame". */
const POLITICAL_RUIN = ['ruin everything', 'ruins everything', 'ruined everything', 'ruin this country', 'ruin the country', 'destroy everything', 'destroy this country', 'destroy the country', 'destroy america', 'are destroying', 'are ruining', 'have no shame', 'have no brains', 'have no morals', 'have no decency', 'have no soul', 'have no souls', 'are not very smart', 'are not smart', 'are so trashy', 'are brain dead', 'are braindead', 'are brainwashed', 'are seriously disturbed', 'are disturbed', 'have become lunatics', 'are a cult', 'are the enemy', 'are enemies of'];
const POLITICAL_PUT_DOWN = [
  lazy(() => new RegExp(`(?<![a-z])${words(POLITICAL_SLURS_ADJ)} ${words(POLITICAL_GROUPS)}(?![a-z])`, 'g')),
  lazy(() => new RegExp(`(?<![a-z])${words(POLITICAL_GROUPS.filter((g) => g !== 'left' && g !== 'snowflakes'))} ${words(POLITICAL_NOUNS)}(?![a-z])`, 'g')),
  lazy(() => new RegExp(`(?<![a-z])${words(POLITICAL_NAMES)}(?![a-z])`, 'g')),
  lazy(() => new RegExp(`(?<![a-z])${words(POLITICAL_GROUPS.filter((g) => g !== 'left'))} ${words(POLITICAL_RUIN)}(?![a-z])`, 'g')),
];
anchored(POLITICAL_PUT_DOWN[0]!, POLITICAL_SLURS_ADJ, POLITICAL_GROUPS);
anchored(POLITICAL_PUT_DOWN[1]!, POLITICAL_GROUPS, POLITICAL_NOUNS);
anchored(POLITICAL_PUT_DOWN[2]!, POLITICAL_NAMES);
anchored(POLITICAL_PUT_DOWN[3]!, POLITICAL_GROUPS, POLITICAL_RUIN);
const POLITICAL_GATE = gateWords(POLITICAL_NAMES, POLITICAL_GROUPS);

export const politicalPutDown: Rule = {
  id: 'bullying/political-put-down',
  category: 'bullying',
  defaultClause: '5.2',
  severity: 'advice',
  reason: 'This calls people names for their politics, which could read as bullying and sits badly with a teacher\'s professional neutrality.',
  gate: (doc) => doc.hasAny(POLITICAL_GATE),
  run: (doc) => hitsOf(doc, ...POLITICAL_PUT_DOWN),
};

/**
 * Mockery in ordinary words, with no insult from the lists above: belittling someone's intelligence
 * ("a few sandwiches short", "two brain cells"), their body or clothes ("the chubby kid", "her cardigan
 * is a crime"), likening pupils to animals ("my set are like a zoo"), sneering at what someone believes of themselves,
 * backhanded praise of a named colleague ("bless her, she means well"), gloating over a colleague's
 * failure ("Lidl are hiring"), ranking annoying parents, pointed call-outs ("naming no names") and
 * nicknames for pupils.
 */
const DIM_LIST = [
  'not the sharpest', 'not the brightest', 'sandwich short', 'sandwiches short', 'bricks short', 'slices short', 'lights are on but',
  'brain cell', 'brain cells', 'dumb as a', 'dumb as rocks', 'daft as a brush', 'thick as two', 'thick as a', 'thick as pig',
  'thick as mince', 'thick as shit', 'thick as custard', 'thick as muck', 'a bit dim', 'so dim', 'really dim', 'proper dim', 'bit dense',
  'so dense', 'really dense', 'dense as', 'two short planks', 'dimmer than', 'slow on the uptake',
  'pass a gcse', 'pass the gcse', 'pass their own', 'pass his own', 'pass her own', 'can barely read', 'can barely spell', 'can barely count',
  'can barely write', 'snivelling', 'sniveling', 'whingeing little', 'whiny little', 'wet lettuce',
  'gormless', 'stuck up cow', 'stuck up madam', 'stuck up mare', 'stuck up git', 'stuck up snob', 'so stuck up', 'bit stuck up', 'is stuck up', "'s stuck up", 'are stuck up', 'up herself', 'up himself', 'full of herself',
  'full of himself', 'mutton dressed as lamb', 'dressed in the dark', 'dressed like a', 'dresses like a', 'dressed by a', 'fashion disaster',
  'fashion crime', 'dragged through a hedge', 'face like a', 'face only a mother', 'minger', 'munter', 'fatso', 'lard arse', 'lardarse',
  'beached whale', 'little toerag', 'little madam', 'little horror', 'little sod', 'little git',
];
const DIM = anchored(wordRe(words(DIM_LIST)), DIM_LIST);

/** A body or looks word before a person word: "the chubby lad", "that spotty kid", "the fat one". */
const BODY_ADJ = ['fat', 'chubby', 'tubby', 'porky', 'podgy', 'lardy', 'obese', 'fatty', 'ugly', 'spotty', 'greasy', 'smelly', 'stinky', 'whiffy', 'minging', 'gormless', 'dopey', 'dozy', 'gobby', 'snotty', 'dim', 'thick', 'weird', 'creepy', 'hairy', 'sweaty', 'scruffy', 'frumpy', 'dumpy', 'ginger'];
const BODY_PERSON = ['lad', 'lads', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls', 'child', 'pupil', 'student', 'mum', 'mums', 'dad', 'dads', 'bloke', 'teacher', 'ta', 'colleague', 'cow', 'git', 'sod', 'lump', 'twins', 'new starter'];
const BODY = anchored(lazy(() => new RegExp(`(?<![a-z])(?:(?:the|that|this|one|a|some|my|our|his|her|little|big)(?: little| big)? )?${words(BODY_ADJ)} ${words(BODY_PERSON)}(?![a-z])(?! slim)`, 'g')), BODY_ADJ, BODY_PERSON);

/** A feature or garment judged harshly: "her fringe is a crime", "his ties are tragic". */
const LOOKS = ['outfit', 'outfits', 'clothes', 'eyebrows', 'hair', 'haircut', 'teeth', 'make up', 'makeup', 'fake tan', 'tan', 'shoes', 'trousers', 'tie', 'ties', 'cardigan', 'cardigans', 'jumper', 'jumpers', 'weight', 'belly', 'gut', 'nose', 'face', 'voice', 'laugh', 'breath', 'fringe', 'dress', 'dresses', 'skirt', 'wardrobe', 'beard', 'moustache', 'glasses', 'body', 'legs', 'bum', 'muffin top', 'double chin', 'chins', 'handbag', 'nails', 'lashes', 'lips'];
const LOOKS_BAD = ['a crime', 'criminal', 'a disaster', 'a joke', 'tragic', 'a tragedy', 'hideous', 'horrendous', 'offensive', 'awful', 'dreadful', 'ugly', 'disgusting', 'rank', 'minging', 'vile', 'atrocious', 'a war crime', 'a hate crime', 'an eyesore', 'a state', 'a mess', 'horrific', 'an abomination', 'a health hazard', 'hilarious', 'laughable', 'ridiculous', 'embarrassing', 'a sight', 'a fright', 'frightening', 'terrifying', 'grim', 'gross', 'revolting', 'huge', 'massive', 'enormous'];
const LOOKS_RE = anchored(
  lazy(() => new RegExp(`(?<![a-z])(?:your|ur|her|his|their) ${words(LOOKS)} (?:is|are|was|were|'s|'re) (?:(?:a|an|so|absolutely|genuinely|truly|honestly|actually|literally|frankly|just|quite|bloody|properly|an actual|an absolute|a total) ){0,2}${words(LOOKS_BAD)}(?![a-z])`, 'g')),
  LOOKS,
  LOOKS_BAD,
);

/** Pupils, a class or a set likened to animals or a zoo: "my set are like a farmyard", "calling them feral". */
const COHORT = "(?:(?:my|our|the|these|those|this|that|his|her|their) (?:(?:bottom|top|middle|lower|higher|foundation|year (?:[1-9]|1[0-3])|y(?:[1-9]|1[0-3])|[1-9]|1[0-3]) )?(?:set|sets|class|classes|form|group|lot|kids|pupils|students|children|boys|girls|lads|tutees|tutor group|year group)|(?:year|yr|y) ?(?:[1-9]|1[0-3])s|(?:[1-9]|1[0-3])[a-z]{1,2}[1-9]?|them|they|kids|pupils|students)";
const ZOO_LIST = ['the zoo', 'a zoo', 'zoo animals', 'a farmyard', 'the farmyard', 'a circus', 'the circus', 'a madhouse', 'a bear pit', 'feeding time', 'feral', 'animals', 'wild animals', 'monkeys', 'chimps', 'chimpanzees', 'apes', 'savages', 'gremlins', 'beasts', 'hyenas', 'a pack of', 'a herd of', 'cattle', 'pigs', 'zookeeper', 'zoo keeper', 'rabid', 'untamed', 'neanderthals', 'cavemen', 'goblins', 'vermin', 'rats'];
const ZOO_NEAR = anchored(
  lazy(() => new RegExp(`(?<![a-z])(?:call|calls|called|calling|nickname|nicknamed|like|likened|are|were|is|was|'re|'s|r|bunch of|pack of|little|absolute|total|complete|proper|right|real|more like|welcome to|basically|literally|actual|to|into) (?:(?:a|an|the|my|our|little|absolute|proper|real|right|total|complete|bunch of|pack of) ){0,2}['"]?${words(ZOO_LIST)}(?![a-z])`, 'g')),
  ZOO_LIST,
);
const COHORT_RE = lazy(() => new RegExp(`(?<![a-z0-9])${COHORT}(?![a-z0-9])`, 'g'));
/** Where "zoo" or "animals" is a place or a topic, not a name for people: "trip to the zoo", "the animals at the farm". */
const ZOO_BENIGN = /(?<![a-z])(?:trip|visit|visited|visiting|day|went|going|go|gone|to|at|from|around|round|keeper talk|about|farm|safari|habitats?|topic|project|science|learn(?:t|ed|ing)?|stud(?:y|ied|ying)|drew|draw|drawing|paint(?:ed|ing)?|feed(?:ing)? the|cared for|loved|meet|met|pet(?:ting)?|stroke|rescue|charity|adopt(?:ed)?|costume|dressed as|pretend(?:ed|ing)?|play(?:ed|ing)?|act(?:ed|ing)? out|film|book|story|song|sang) (?:(?:the|a|some|our|their|real|farm|baby|local|wild|zoo|all the|lots of) ){0,2}(?:zoo|animals|monkeys|apes|pigs|cattle|chimps|beasts|rats|hyenas|goblins|gremlins|circus)(?![a-z])/;

/** Sneering at what someone believes about themselves ("reckons he's the bee's knees"). */
const THINKS_LIST = ["god's gift", 'gods gift', 'all that', "the bee's knees", 'the bees knees', 'hard', 'so hard', 'clever', 'so clever', 'a comedian', 'an influencer', 'influencers', 'a gangster', 'gangsters', 'gangster', 'a model', 'a celebrity', 'a princess', 'the queen', 'the king', 'a big shot', 'the boss', 'better than everyone', 'so special', 'a genius', 'an expert', 'a superstar', 'a rapper', 'rappers', 'tough', 'hot stuff', 'hot property', 'a catch', 'irresistible', 'an ofsted inspector', 'so important', 'a footballer', 'a pop star', 'a popstar', 'a comedian'];
const THINKS = anchored(
  lazy(() => new RegExp(`(?<![a-z])(?:thinks|think|reckons|reckon|acts like|act like) (?:she'?s|he'?s|they'?re|she is|he is|they are|she was|he was|they were|you'?re|you are) (?:(?:so|some|kind of|sort of|really|basically|literally|actually|the next) ){0,2}${words(THINKS_LIST)}(?![a-z])`, 'g')),
  ['thinks', 'think', 'reckons', 'reckon', 'acts', 'act'],
  THINKS_LIST,
);

/** Backhanded praise: two markers, or one and a titled colleague ("Mrs X, bless her, means well"). */
const BACKHANDED_LIST = ['bless her', 'bless him', 'bless them', 'bless her heart', 'bless his heart', 'means well', 'mean well', "heart's in the right place", 'hearts in the right place', 'different talents', 'different strengths', 'not her strong point', 'not his strong point', 'not her forte', 'not his forte', 'tries so hard', 'trying so hard', 'tried so hard', 'tries her best', 'tries his best', 'not everyone can be', 'at least she tries', 'at least he tries', 'at least they try', 'a for effort', 'you have to admire', 'you have to give her', 'you have to give him', 'poor love', 'cotton socks', 'sweetheart', 'hun'];
const BACKHANDED = anchored(wordRe(words(BACKHANDED_LIST)), BACKHANDED_LIST);
const TITLED_ADULT = anchored(/(?<![a-z])(?:mr|mrs|ms|miss|mx|dr|sir)\.? [a-z][a-z'-]{0,20}(?![a-z])/g, ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir']);
const COLLEAGUE = "(?:colleague|colleagues|teacher|teachers|ta|tas|hlta|nqt|ect|trainee|deputy|head|senco|hod|head of [a-z]{2,12}|supply|cover supervisor|office|receptionist|bursar|caretaker|governor|governors|department|dept|team|staffroom|staff|business manager|line manager|mum|dad|mums|dads|parent|parents)";

/** Gloating over a colleague's failure: "Lidl are hiring", "her obs went so badly". */
const SHOP = ['aldi', 'lidl', 'tesco', 'asda', 'greggs', 'mcdonalds', "mcdonald's", 'maccies', 'primark', 'costa', 'starbucks', 'sainsburys', "sainsbury's", 'morrisons', 'wetherspoons', 'spoons', 'b&q', 'poundland', 'iceland', 'the job centre', 'jobcentre', 'burger king', 'kfc', 'subway'];
const HIRING = anchored(lazy(() => new RegExp(`(?<![a-z])${words(SHOP)} (?:are|is|'s|'re|are always|is always|are still|is still) (?:hiring|recruiting|looking for staff|taking on)(?![a-z])`, 'g')), SHOP);
const FLOPPED = anchored(
  lazy(() => new RegExp(`(?<![a-z])(?:(?:mr|mrs|ms|miss|mx|dr|sir)\\.? [a-z][a-z'-]{0,20}|her|his|their|the (?:new )?${COLLEAGUE}'?s?) (?:(?:lesson|first|last|formal|ofsted|mock|big) )?(?:observation|obs|interview|learning walk|deep dive|lesson obs|assembly|presentation|demo lesson|teach ?meet|inspection) (?:went|was|has gone|got graded|ended|got) (?:(?:so|really|truly|absolutely|spectacularly|hilariously|horribly|embarrassingly|a) ){0,2}(?:badly|terribly|horribly|awfully|disaster|car crash|trainwreck|train wreck|car-crash|shocking|dire|inadequate|catastrophic|embarrassing|wrong|pear shaped|pear-shaped|tits up)(?![a-z])`, 'g')),
  ['observation', 'obs', 'interview', 'walk', 'dive', 'assembly', 'presentation', 'demo', 'meet', 'inspection'],
  ['badly', 'terribly', 'horribly', 'awfully', 'disaster', 'crash', 'trainwreck', 'wreck', 'shocking', 'dire', 'inadequate', 'catastrophic', 'embarrassing', 'wrong', 'pear', 'shaped', 'tits'],
);
const CRY_PREDICT = anchored(/(?<![a-z])(?:you'?ll|she'?ll|he'?ll|they'?ll|you will|she will|he will|they will) (?:be )?(?:crying|sobbing|in tears|quitting|begging|broken)(?: (?:in|into|by|before) (?:the|her|his|their|your|a|half term|christmas|easter|october|november|december|the summer))(?![a-z])/g, ['crying', 'sobbing', 'tears', 'quitting', 'begging', 'broken']);

/** Ranking or listing parents, pupils or colleagues by how annoying they are. */
const ANNOYING = ['annoying', 'irritating', 'awful', 'worst', 'nightmare', 'entitled', 'needy', 'pushy', 'difficult', 'ridiculous', 'insufferable', 'unbearable', 'embarrassing', 'clueless', 'useless', 'smelly', 'stupid', 'thickest', 'dimmest', 'laziest', 'ugliest', 'weirdest', 'loudest', 'most annoying', 'most irritating', 'most entitled', 'most clueless', 'most useless'];
const RANKED = ['parents', 'parent', 'mums', 'mum', 'dads', 'dad', 'kids', 'kid', 'pupils', 'pupil', 'students', 'student', 'colleagues', 'colleague', 'staff', 'teachers', 'tas', 'members of staff', 'families', 'children', 'child', 'classes', 'class', 'people in my', 'people in our'];
const RANKING = anchored(
  lazy(() => new RegExp(`(?<![a-z])(?:ranking|ranked|rank|rate|rating|league table of|top (?:\\d{1,2}|three|five|ten)|tier list of|my list of|a list of|bingo of|awards? for|award for the|countdown of|power ranking of|hall of shame|shortlist for) (?:(?:the|my|our|this|year's|years|today's|most|all|of) ){0,3}${words(ANNOYING)} (?:[a-z0-9]+ ){0,2}${words(RANKED)}(?![a-z])`, 'g')),
  ['ranking', 'ranked', 'rank', 'rate', 'rating', 'league', 'top', 'tier', 'list', 'bingo', 'awards', 'award', 'countdown', 'shame', 'shortlist'],
  ANNOYING,
  RANKED,
);

/** A pointed call-out in public: one of these with a second marker, and no thanks in the post. */
const CALLOUT_LIST = ['you know who you are', 'you know full well', 'naming nobody', 'you know exactly who', 'naming no names', 'mentioning no names', 'no names mentioned', 'not naming names', 'not naming any names', "won't name names", 'will not name names', "knows it's you", "know it's you", 'knows it is you', 'especially someone', 'especially the one', 'especially you', 'certain members of', 'certain colleagues', 'certain people', 'certain individuals', 'certain parents', 'some people in this', 'some people round here', 'certain people in', 'one person in', 'a certain someone', 'a certain colleague', 'a certain parent', 'a certain member', 'the least capable', 'the least competent', 'the least intelligent', 'the least useful', 'the least talented', 'the most useless', 'the most incompetent'];
const CALLOUT = anchored(wordRe(words(CALLOUT_LIST)), CALLOUT_LIST);
const JIBE_LIST = ['gentle reminder', 'friendly reminder', 'just saying', 'just an observation', 'could learn', 'would do well to', 'some of us actually', 'some of us do', 'costs nothing', 'funny how', 'interesting how', 'amazing how', 'strange how', 'odd how', 'not bitter', "not that i'm bitter", 'no offence', 'everyone knows', 'we all know', 'the whole class knows', 'the whole school knows', 'to the parent who', 'to the colleague who', 'to the person who', 'to the member of staff who', 'to whoever', 'could the parent who', 'would the parent who', 'could the person who', 'would the person who', 'the one who', 'always the one', 'take the hint', 'sort it out', 'do better', 'be ashamed', 'sorrynotsorry', 'sorry not sorry', 'rant over', 'passive aggressive', 'sick of', 'fed up', 'rude', 'lazy', 'talks most', 'talks the most'];
const JIBE = anchored(wordRe(words(JIBE_LIST)), JIBE_LIST);
const THANKS = /(?<![a-z])(?:thank|thanks|thankyou|ty|grateful|appreciate|appreciated|kind|kindness|lovely gesture|legend|legends|hero|heroes|star|stars|angel|made my day|generous|hats off|shout ?out|well done|congratulations|congrats)(?![a-z])/;

/** Nicknames for pupils: "we call him 'the ...'", "our nickname for that boy". */
const NICKNAME = anchored(
  lazy(() => new RegExp(`(?<![a-z])(?:(?:i|we|i'?ve|we'?ve|i have|we have|staff|everyone|the staffroom|the department) (?:all |secretly |privately |just )?(?:call|calls|called|have called|nicknamed|have nicknamed|refer to|christened|dubbed) (?:him|her|them|(?:that|this|one) (?:kid|boy|girl|child|one|class|lot)|${COHORT})(?: [a-z0-9]+){0,3} (?:as )?(?:['"]|the |little |mr |miss )|(?:our|my|the staffroom'?s?|the staff) (?:secret )?nicknames? for)`, 'g')),
  ['call', 'calls', 'called', 'nicknamed', 'refer', 'christened', 'dubbed', 'nickname', 'nicknames'],
);
/** A person word anywhere nearby (for the marks that need one). */
const PERSONISH = lazy(() => new RegExp(`(?<![a-z0-9])(?:${COLLEAGUE}|${COHORT}|kid|child|boy|girl|lad|she|he|her|him|they|them|you|@[a-z0-9_]{2,30})(?![a-z0-9])`));

/** The patterns that flag on their own (their anchors make mayMatch exact); the gate covers the paired ones. */
const MOCK_SOLO = [DIM, BODY, LOOKS_RE, THINKS, HIRING, FLOPPED, CRY_PREDICT, RANKING, NICKNAME];
const MOCK_GATE = gateRare(ZOO_LIST, BACKHANDED_LIST, CALLOUT_LIST);

export const mockery: Rule = {
  id: 'bullying/mockery',
  category: 'bullying',
  defaultClause: '5.2',
  severity: 'warning',
  reason: 'This makes fun of someone: their looks, their intelligence or their failures. Mockery in public can amount to bullying.',
  gate: (doc) => MOCK_SOLO.some((re) => doc.mayMatch(re)) || doc.hasAny(MOCK_GATE),
  run: (doc) => {
    const t = doc.text;
    const ranges: Range[] = [];
    // Intelligence, looks, gloating and ranking: on their own.
    for (const re of MOCK_SOLO) ranges.push(...doc.find(re));
    // "man up" and "stuck up" are put-downs only about a person.
    // Animals and zoos: only with pupils or a class in the same sentence, and not a trip, a topic or a story.
    const zoo = doc.find(ZOO_NEAR);
    if (zoo.length) {
      const cohort = doc.find(COHORT_RE);
      for (const [, z] of doc.together(cohort, zoo)) {
        const s = doc.sentences().find((x) => x.from <= z.from && z.from < x.to)!;
        if (!ZOO_BENIGN.test(t.slice(s.from, s.to)) && !/(?<![a-z])feral (?:cats?|kittens?|pigeons?|dogs?|goats?|ponies|horses|parrots)/.test(t.slice(z.from, z.to + 12))) ranges.push(z);
      }
      // Cohorts after the zoo word too ("the zoo, also known as my Year 8s").
      if (!ranges.length) for (const [z, c] of doc.near(zoo, cohort, 40, true)) if (!ZOO_BENIGN.test(t.slice(Math.max(0, z.from - 40), c.to))) ranges.push(z, c);
    }
    // Backhanded praise and call-outs need a second marker; never in a thank-you.
    const back = doc.find(BACKHANDED);
    const strongBack = back.filter((r) => !/^(?:sweetheart|hun|poor love)$/.test(t.slice(r.from, r.to)));
    if (back.length && !THANKS.test(t)) {
      const titled = doc.find(TITLED_ADULT);
      if ((strongBack.length && (titled.length || back.length >= 2)) || (back.length >= 2 && strongBack.length)) ranges.push(...back);
    }
    const call = doc.find(CALLOUT);
    if (call.length && !THANKS.test(t)) {
      const jibe = doc.find(JIBE);
      if (jibe.length && regexOf(PERSONISH).test(t)) ranges.push(...call, ...jibe);
      else if (call.length >= 2) ranges.push(...call);
    }
    return ranges.length ? [{ ranges }] : [];
  },
};

export const rules: Rule[] = [insult, nameCalling, groupPutDown, politicalPutDown, mockery];

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'bullying/insult': {
    description: 'Insults or mockery aimed at a person ("you\'re pathetic", "@x is a waste of space", "my Year 9s are animals").',
    flag: ["You're pathetic", '@jenny_k is a waste of space', 'My Year 9s are animals', 'u r such a loser', 'Nobody likes you', 'Mr Hughes is an absolute idiot', 'What a muppet', 'she is so thick', 'Shut up', 'my class are feral today', 'You are ridiculous and need to retire', 'He is a terrible person', 'he is a sick pervert', 'she is an attention seeker', 'Sit down, you old bat', 'you fraud', 'She is a nut case', 'you are a phony', 'Burn in hell', 'Who the hell do you think you are', 'How dare you', 'HIRE LOCAL YOU PIECES OF TRASH', "he's pathetic", "She's a liar and a fraud", "they’re idiots"],
    ok: ["You're amazing, thank you for all your help", 'My Year 9s are brilliant', 'This maths test was brutal', 'The printer is useless today', 'Our kids killed it at sports day', 'What an idea!', 'Are you free for a coffee?', 'The class loved the science show', 'You are a wonderful person', "He is a terrific man and we'll miss him", "You're sick of marking? Me too", 'Dante wrote about the circles of hell', 'Year 6 read The Terrible Thing That Happened to Barnaby Brocket', "She's mad at me for being late", "He's nuts about football", "She's a brilliant teacher"],
  },
  'bullying/name-calling': {
    description: 'Insulting names and put-downs on their own ("idiots", "pathetic", "scum"), which often target someone.',
    flag: ['Absolute idiots on the road this morning', 'Such a hypocrite', 'what a pathetic excuse', 'scum', 'Pretty pathetic liars, the lot of them', 'Such fools, the lot of them', 'What a pitiful bunch', 'dumber than a box of rocks', 'low IQ trolls', 'the media and their lackeys'],
    ok: ['There are no losers at sports day, only winners', 'Pretty Little Liars is back tonight', 'Watching #Shameless with a cuppa', 'Trying to fool us with a fake fire drill', 'A bribe can pervert justice',  'April Fools in the staffroom', 'Always smiling like an #idiot', 'I felt so dumb', 'Smiling like an idiot all day', "It's really stupid, don't worry", 'What a brilliant assembly', 'Year 3 learning about the Stone Age', 'Great to see so many parents at the fair', 'A foolproof recipe for flapjacks', '@Sammy_Sicko thanks for the sweets'],
  },
  'bullying/group-put-down': {
    description: 'Put-downs of a whole group of people ("liberals are idiots", "Tories are scum").',
    flag: ['Liberals are idiots', 'Tories are scum', 'Referees are all useless', 'Politicians are pathetic'],
    ok: ['Teachers are amazing', 'Our governors are so supportive', 'Exams are over!', 'Mondays are hard work'],
  },
  'bullying/mockery': {
    description: 'Mockery in ordinary words: someone\'s intelligence ("two brain cells"), body or clothes ("the chubby kid"), pupils likened to animals or a zoo, sneering ("thinks he\'s all that"), backhanded praise of a named colleague, gloating over a colleague\'s failure ("Lidl are hiring"), ranking annoying parents, pointed call-outs and nicknames for pupils.',
    flag: [
      'Honestly the new lad in my form is not the sharpest tool in the box',
      'That chubby boy in Year 7 got stuck in the climbing frame again haha',
      "His ties are genuinely a war crime, someone buy the man a new one",
      'My lower set are basically a farmyard after lunch, I need a whip and a chair',
      "The Year 10 lads who think they're hard: you still bring a packed lunch from your nan",
      'Mr Ellis tried so hard with his assembly, bless him, we all have our gifts',
      "Heard Mrs Green's interview went spectacularly badly. Don't worry, Lidl are always hiring",
      'Countdown of the most irritating mums this term, number three will shock you',
      'Naming no names, but certain people in the English office could do their own photocopying. Just saying',
      "We've nicknamed that boy in 8C 'the goblin' in the staffroom",
      "Between them that form has about two brain cells",
    ],
    ok: [
      'Year 2 loved their trip to the zoo, especially the monkeys!',
      'Our topic this term is animals and their habitats',
      'The feral cats by the bike shed have been rehomed by the RSPCA',
      'To whoever left cake in the staffroom, you know who you are, thank you!',
      'Bless him, he was so proud of his certificate today',
      'Mrs Ahmed, thank you so much, you tried so hard to make the trip happen',
      'She thinks the trip to the museum will be the highlight of the year',
      'Thick fog on the drive in this morning, be careful out there',
      'Our Year 6 performed The Jungle Book and the animals stole the show',
      'My Year 9s were brilliant in their assessment today',
      'Her interview went really well, congratulations Miss Shah!',
    ],
  },
  'bullying/political-put-down': {
    description: 'Name-calling of political groups and their supporters ("crazy liberals", "lying Tories", "Demonrats", "libtards").',
    flag: ['Typical crazy liberals again', 'Those liberal nuts are at it again', 'Tory scum', 'The lying Tories have done it again', 'Demonrats will never learn', 'brainwashed lefties everywhere', 'Sick of the loony left', 'Liberals ruin everything!'],
    ok: ['Year 10 debated liberal and conservative ideas today', 'The Liberal Democrats won the council seat', 'Turn left at the crazy golf', 'Our mock election: Labour 40 votes, Conservatives 35', 'A sick day for the politics teacher', 'Conservative estimates put the crowd at 300', 'Liberal amounts of glitter were used'],
  },
};
