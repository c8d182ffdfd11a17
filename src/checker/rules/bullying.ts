/**
 * Clause 5.2: content that "amounts to bullying": insults and mockery aimed at a person. Two rules:
 * an insult addressed to or about a person ("you're pathetic", "@x is a waste of space", "my Year 9s
 * are animals"), and insulting names used on their own ("what an idiot"), which are milder.
 */
import { anchored, gateWords, hitsOf, words, type Rule, type RuleDocs } from './rule';
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
const YOU_ARE = new RegExp(
  `(?<![a-z])(?:you'?re|you are|you r|u r|ur|you were|you'?ve always been|you look like|you sound like|you act like|you'?re just|you are just|you'?re nothing but|you are nothing but) ${DEGREE}(?:${INSULT}|${words(YOU_EXTRA)})(?![a-z])`,
  'g',
);

/** "you are a terrible person", "he is a sick human being", "an embarrassing citizen": a bad word, then a person noun. */
const BAD_PERSON_ADJS = ['terrible', 'horrible', 'awful', 'vile', 'disgusting', 'despicable', 'sick', 'evil', 'nasty', 'crazy', 'deranged', 'demented', 'embarrassing', 'pathetic', 'miserable', 'rotten', 'bad', 'shitty', 'crappy', 'hateful', 'ugly', 'stupid', 'dumb', 'ignorant', 'dishonest', 'corrupt', 'crooked', 'lying', 'sad little', 'pathetic little', 'nasty little', 'vile little'];
const PERSON_NOUNS = ['person', 'people', 'human', 'human being', 'human beings', 'individual', 'citizen', 'man', 'woman', 'bloke', 'creature', 'excuse for a human', 'excuse for a man', 'excuse for a teacher', 'excuse for a parent'];
const BAD_PERSON = new RegExp(
  `(?<![a-z0-9_])(?:you'?re|you are|you r|u r|you were|@[a-z0-9_]{1,30} is|he is|he's|she is|she's|they are|they're|what an?) ${DEGREE}${words(BAD_PERSON_ADJS)} ${words(PERSON_NOUNS)}(?![a-z])`,
  'g',
);

/** "you idiot", "you absolute muppet": a bare "you" before an unambiguous insulting noun. */
const BARE_NOUNS = INSULT_NOUNS.filter((w) => !['joke', 'tool', 'dope', 'rat', 'snake', 'dog', 'cow', 'pig', 'sheep', 'animal', 'animals', 'nobody', 'bully', 'troll', 'failure', 'div', 'spanner', 'witch', 'feral', 'pos', 'trash', 'garbage', 'fraud', 'disgrace', 'embarrassment'].includes(w));
/** Unambiguous only after a bare "you": "you fraud", "you old bat", "you disgrace". */
const YOU_ONLY_NOUNS = ['fraud', 'frauds', 'hag', 'old hag', 'old bat', 'crazy bat', 'old cow', 'fat cow', 'disgrace'];
const YOU_NOUN = new RegExp(`(?<![a-z])(?:you|u|ya) ${DEGREE}${words([...BARE_NOUNS, ...YOU_ONLY_NOUNS])}(?![a-z])`, 'g');

/** Extra words that read as a put-down about someone in the third person (not used with "you": banter). */
const THIRD_PERSON_EXTRA = ['cruel', 'crazy', 'insane', 'evil', 'corrupt', 'crooked', 'phony', 'phoney', 'a phony', 'a phoney', 'dishonest', 'a racist', 'racist', 'sexist', 'a sexist', 'a bigot', 'bigoted', 'a misogynist', 'misogynistic', 'unfit', 'delirious', 'a dirtbag', 'dirtbag', 'sleazy', 'a sleaze', 'slimy', 'bitter', 'nasty', 'horrible', 'awful', 'a beast', 'a monster', 'a creep', 'a nutter', 'a psycho', 'mentally ill', 'sick in the head', 'a nightmare', 'vile', 'a hypocrite', 'a liar', 'a fraud', 'a bully', 'a thug', 'a criminal', 'a crook', 'a traitor', 'a terrorist', 'a disgrace', 'trash', 'garbage', 'a pig', 'a cow', 'a witch', 'a snake', 'a rat', 'a dog', 'a blight on', 'empty inside', 'as crazy as', 'as nasty as', 'as stupid as', 'as dumb as', 'a drunk', 'lunatics', 'a raging', 'losing his mind', 'losing her mind', 'losing their mind'];

/** Third person, identifiable: "@x is a waste of space", "he's pathetic" (contracted or not), "Mr Smith is an idiot". */
const THEY_ARE = new RegExp(
  `(?<![a-z0-9_])(?:(?:he|she)'s |they're |(?:@[a-z0-9_]{1,30}|he|she|they|him|her|this (?:guy|man|woman|girl|boy|kid|child|lad|teacher|parent|mum|dad|person|bloke|idiot)|that (?:guy|man|woman|girl|boy|kid|child|lad|teacher|parent|mum|dad|person|bloke)|(?:mr|mrs|ms|miss|dr)\\.? [a-z][a-z'-]{1,20}|(?:the|our|my|this|that) (?:new )?(?:nqt|ect|ta|head|headteacher|deputy|deputy head|senco|supply teacher|cover teacher|caretaker|bursar|hod|head of [a-z]{2,12}|line manager|boss|ceo)) (?:is|'s|are|'re|was|were|looks like|sounds like|acts like|is just|is nothing but|is literally|is basically) )${DEGREE}(?:${INSULT}|${words(THIRD_PERSON_EXTRA)})(?![a-z])`,
  'g',
);

/** About one's own pupils: "my Year 9s are animals", "my class are feral", "the kids in 8X are thick". */
const MY_PUPILS_EXTRA = ['a nightmare', 'nightmares', 'a zoo', 'zoo animals', 'demons', 'hellspawn', 'thick as', 'vile', 'vermin', 'scum', 'brain dead', 'little shits', 'little sods', 'a bunch of idiots', 'wild animals', 'untrainable'];
const MY_PUPILS_ARE = new RegExp(
  `(?<![a-z])(?:my|our|the|these|those) (?:year ?(?:[1-9]|1[0-3])s?|y(?:[1-9]|1[0-3])s?|class|form|set|tutor group|kids|pupils|students|lot|bottom set|top set|little darlings|year group)(?: (?:in|from) [a-z0-9]{1,6})? (?:are|is|were|was|r) ${DEGREE}(?:${INSULT}|${words(MY_PUPILS_EXTRA)})(?![a-z])`,
  'g',
);
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
const NAME_CALLING = new RegExp(`(?<![a-z0-9_])${words(NAME_CALLING_LIST)}(?![a-z0-9_])`, 'g');
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
const GROUP_PUT_DOWN = new RegExp(
  `(?<![a-z])(?:all |these |those |the |most |typical |bloody |fucking |you )?[a-z]{3,20}s (?:are|r) ${DEGREE}(?:${words([...INSULT_NOUNS.filter((w) => w.endsWith('s') || ['scum', 'trash', 'garbage', 'vermin', 'feral'].includes(w)), ...INSULT_ADJS.filter((w) => !w.startsWith('a ') && !w.startsWith('an ')), ...THIRD_PERSON_EXTRA.filter((w) => !w.startsWith('a ')), 'mentally ill', 'sick', 'brainwashed', 'hateful', 'violent', 'bad humans', 'terrible people', 'horrible people', 'awful people', 'evil people', 'the worst', 'a disease', 'a cancer', 'ruining everything', 'ruin everything', 'destroying'])})(?![a-z])`,
  'g',
);

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
  new RegExp(`(?<![a-z])${words(POLITICAL_SLURS_ADJ)} ${words(POLITICAL_GROUPS)}(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])${words(POLITICAL_GROUPS.filter((g) => g !== 'left' && g !== 'snowflakes'))} ${words(POLITICAL_NOUNS)}(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])${words(POLITICAL_NAMES)}(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])${words(POLITICAL_GROUPS.filter((g) => g !== 'left'))} ${words(POLITICAL_RUIN)}(?![a-z])`, 'g'),
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

export const rules: Rule[] = [insult, nameCalling, groupPutDown, politicalPutDown];

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
  'bullying/political-put-down': {
    description: 'Name-calling of political groups and their supporters ("crazy liberals", "lying Tories", "Demonrats", "libtards").',
    flag: ['Typical crazy liberals again', 'Those liberal nuts are at it again', 'Tory scum', 'The lying Tories have done it again', 'Demonrats will never learn', 'brainwashed lefties everywhere', 'Sick of the loony left', 'Liberals ruin everything!'],
    ok: ['Year 10 debated liberal and conservative ideas today', 'The Liberal Democrats won the council seat', 'Turn left at the crazy golf', 'Our mock election: Labour 40 votes, Conservatives 35', 'A sick day for the politics teacher', 'Conservative estimates put the crowd at 300', 'Liberal amounts of glitter were used'],
  },
};
