/**
 * Clause 5.2: content that "amounts to bullying": insults and mockery aimed at a person. Two rules:
 * an insult addressed to or about a person ("you're pathetic", "@x is a waste of space", "my Year 9s
 * are animals"), and insulting names used on their own ("what an idiot"), which are milder.
 */
import { hitsOf, words, type Rule } from './rule';

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
];

/** Insulting adjectives for a person. */
export const INSULT_ADJS = [
  'pathetic', 'stupid', 'dumb', 'thick', 'useless', 'worthless', 'disgusting', 'ugly', 'fat', 'vile', 'repulsive', 'hideous', 'brainless',
  'clueless', 'spineless', 'gutless', 'pitiful', 'ignorant', 'incompetent', 'delusional', 'deluded', 'unhinged', 'retarded', 'mental',
  'psychotic', 'despicable', 'contemptible', 'gross', 'revolting', 'hopeless', 'a joke', 'an embarrassment', 'a disgrace', 'a failure',
  'a waste of space', 'thick as shit', 'thick as mince', 'braindead', 'brain dead', 'trash', 'garbage',
  'full of shit', 'full of it', 'a liar', 'fake', 'two faced', 'two-faced', 'spiteful', 'insufferable', 'creepy',
  'shameless', 'shameful', 'feral', 'animals',
];

const DEGREE = "(?:(?:such|so|really|very|absolutely|totally|utterly|completely|truly|a|an|the|most|biggest|complete|total|absolute|fucking|bloody|proper|right|little|massive|huge|fat|stupid|pathetic|ugly|lying|useless|dumb|sad|old|an? absolute|an? complete|an? total|an? fucking) ){0,3}";
const INSULT = words([...INSULT_NOUNS, ...INSULT_ADJS]);

/** Second person: "you're pathetic", "you are such an idiot", "u r a loser", "you look like a clown". */
const YOU_ARE = new RegExp(
  `(?<![a-z])(?:you'?re|you are|you r|u r|ur|you were|you'?ve always been|you look like|you sound like|you act like|you'?re just|you are just|you'?re nothing but|you are nothing but) ${DEGREE}${INSULT}(?![a-z])`,
  'g',
);

/** "you idiot", "you absolute muppet": a bare "you" before an unambiguous insulting noun. */
const BARE_NOUNS = INSULT_NOUNS.filter((w) => !['joke', 'tool', 'dope', 'rat', 'snake', 'dog', 'cow', 'pig', 'sheep', 'animal', 'animals', 'nobody', 'bully', 'troll', 'failure', 'div', 'spanner', 'witch', 'feral', 'pos', 'trash', 'garbage', 'fraud', 'disgrace', 'embarrassment'].includes(w));
const YOU_NOUN = new RegExp(`(?<![a-z])(?:you|u|ya) ${DEGREE}${words(BARE_NOUNS)}(?![a-z])`, 'g');

/** Third person, identifiable: "@x is a waste of space", "he's pathetic", "Mr Smith is an idiot". */
const THEY_ARE = new RegExp(
  `(?<![a-z0-9_])(?:@[a-z0-9_]{1,30}|he|she|they|him|her|this (?:guy|man|woman|girl|boy|kid|child|lad|teacher|parent|mum|dad|person|bloke|idiot)|that (?:guy|man|woman|girl|boy|kid|child|lad|teacher|parent|mum|dad|person|bloke)|(?:mr|mrs|ms|miss|dr)\\.? [a-z][a-z'-]{1,20}) (?:is|'s|are|'re|was|were|looks like|sounds like|acts like|is just|is nothing but|is literally|is basically) ${DEGREE}${INSULT}(?![a-z])`,
  'g',
);

/** About one's own pupils: "my Year 9s are animals", "my class are feral", "the kids in 8X are thick". */
const MY_PUPILS_ARE = new RegExp(
  `(?<![a-z])(?:my|our|the|these|those) (?:year ?(?:[1-9]|1[0-3])s?|y(?:[1-9]|1[0-3])s?|class|form|set|tutor group|kids|pupils|students|lot|bottom set|top set|little darlings|year group)(?: (?:in|from) [a-z0-9]{1,6})? (?:are|is|were|was|r) ${DEGREE}(?:${INSULT}|${words(['a nightmare', 'nightmares', 'a zoo', 'zoo animals', 'demons', 'hellspawn', 'thick as', 'vile', 'vermin', 'scum', 'brain dead', 'little shits', 'little sods', 'a bunch of idiots', 'wild animals', 'untrainable'])})(?![a-z])`,
  'g',
);

const MOCKERY = [
  /(?<![a-z])(?:nobody|no one|noone|no-one) (?:likes|loves|cares about|wants) (?:you|u|him|her|them)(?![a-z])/g,
  /(?<![a-z])(?:get a life|go away and die|crawl back under (?:your|a) rock|you disgust me|you make me sick|shut (?:up|your mouth|your face|your gob|it)|shut the fuck up|stfu|piss off|sod off|get lost|do one|jog on|who asked you|cry me a river|cry more|ratio|l ?\+ ?ratio)(?![a-z])/g,
  /(?<![a-z])what an? (?:absolute |complete |total |fucking |utter |bloody )?(?:idiot|moron|loser|clown|joke|muppet|numpty|pillock|plonker|tool|prat|twit|cretin|imbecile|dumbass|dickhead|waste of space|embarrassment|disgrace|creep|weirdo|freak|hypocrite|coward|fool|liar)(?![a-z])/g,
  /(?<![a-z])(?:lol|lmao|haha|hahaha)[^.!?\n]{0,30}(?<![a-z])(?:fat|ugly|stupid|thick|loser|idiot)(?![a-z])/g,
];

export const insult: Rule = {
  id: 'bullying/insult',
  category: 'bullying',
  defaultClause: '5.2',
  severity: 'warning',
  description: 'Insults or mockery aimed at a person ("you\'re pathetic", "@x is a waste of space", "my Year 9s are animals").',
  reason: 'This reads as an insult aimed at a person, which could amount to bullying.',
  examples: {
    flag: ["You're pathetic", '@jenny_k is a waste of space', 'My Year 9s are animals', 'u r such a loser', 'Nobody likes you', 'Mr Hughes is an absolute idiot', 'What a muppet', 'she is so thick', 'Shut up', 'my class are feral today'],
    ok: ["You're amazing, thank you for all your help", 'My Year 9s are brilliant', 'This maths test was brutal', 'The printer is useless today', 'Our kids killed it at sports day', 'What an idea!', 'Are you free for a coffee?', 'The class loved the science show'],
  },
  run: (doc) => hitsOf(doc, YOU_ARE, YOU_NOUN, THEY_ARE, MY_PUPILS_ARE, ...MOCKERY),
};

const NAME_CALLING = new RegExp(
  `(?<![a-z])${words([
    'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'loser', 'losers', 'dimwit', 'halfwit', 'nitwit',
    'numpty', 'pillock', 'plonker', 'scumbag', 'scumbags', 'lowlife', 'degenerate', 'degenerates', 'hypocrite', 'hypocrites', 'coward',
    'cowards', 'buffoon', 'dumbass', 'jackass', 'dickhead', 'waste of space', 'waste of oxygen', 'piece of shit', 'piece of trash',
    'thicko', 'scum', 'vermin', 'bimbo', 'narcissist', 'sociopath', 'psychopath', 'traitor', 'traitors', 'liar', 'liars', 'clown', 'clowns',
    'stupid', 'stupidity', 'pathetic', 'disgusting', 'ignorant', 'hypocritical', 'moronic', 'idiotic', 'brainless', 'dumb', 'delusional',
    'despicable', 'disgrace', 'deplorable', 'deplorables', 'snowflake', 'snowflakes', 'lunatic', 'lunatics', 'ugly', 'trash', 'garbage',
    'fools', 'fool', 'sucks', 'creep', 'pos', 'shameful', 'shameless', 'fascist', 'fascists', 'nazi', 'nazis', 'thug', 'thugs',
  ])}(?![a-z])`,
  'g',
);

export const nameCalling: Rule = {
  id: 'bullying/name-calling',
  category: 'bullying',
  defaultClause: '5.2',
  severity: 'advice',
  description: 'Insulting names and put-downs on their own ("idiots", "pathetic", "scum"), which often target someone.',
  reason: 'This uses an insulting word that could hurt or belittle someone.',
  examples: {
    flag: ['Absolute idiots on the road this morning', 'Such a hypocrite', 'what a pathetic excuse', 'scum'],
    ok: ['What a brilliant assembly', 'Year 3 learning about the Stone Age', 'Great to see so many parents at the fair', 'A foolproof recipe for flapjacks'],
  },
  run: (doc) => hitsOf(doc, NAME_CALLING),
};

export const rules: Rule[] = [insult, nameCalling];
