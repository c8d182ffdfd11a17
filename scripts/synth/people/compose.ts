/**
 * Compositional families: a post built from several independent slot lists (opening, action,
 * channel, reason; event, pupil, reaction), so word order and phrasing vary far more than in the
 * sentence-frame families. Each flagged family here has an ok twin that reuses its words with a
 * harmless meaning (adults, consent stated, official channels, no identifiable pupil).
 */
import { pick, type Lexicon, type Rng } from '../lib';
import type { Family } from './kit';
import { REACT } from './pupils';

const CONTACT_LEX: Lexicon = {
  cintro: ['{yr}: ', '{yr}, ', 'My {yr}s, ', 'Right {form}, ', 'To my {yr} tutor group: ', 'Any of my {yr}s reading this, ', 'Kids, ', '{form} ', 'Year {y2}s! ', 'Reminder {form}: ', 'Guys, '],
  caction: ['add me on', 'DM me on', 'message me on', 'follow me on', 'you can find me on', 'drop me a message on', 'ping me on', 'hit me up on', 'send me a snap on', 'come find me on'],
  capp: ['Snapchat', 'Snap', 'Insta', 'my Insta', 'TikTok', 'WhatsApp', 'my personal WhatsApp', 'Discord', 'Xbox', 'PlayStation', 'my private account', 'Facebook', 'BeReal'],
  creason: ['', '', ' if you need help with revision', ' for homework help', ' over the summer', ' and I\'ll send you the notes', ' so we can keep in touch', ' if you\'re worried about anything', ' to get the answers 😉', ' for match updates', ' if you can\'t get on Teams', ' and I\'ll add you to the group', ' before the mock'],
  cwho: ['{p}', 'one of my {yr}s', 'a few of my {yr} lads', 'my old {yr} form (they\'re only 15)', 'an ex-pupil who\'s in Year {y2} now', 'half my {form} class', 'two of my {yr} girls', 'a kid from my {yr} set', 'my {form} tutees', 'the {yr} footy lads'],
  cpast: ['Accepted a friend request from', 'Followed back', 'Been chatting to', 'Added', 'Swapped numbers with', 'Gave my number to', 'Messaged', 'Started a group chat with', 'Got a snap from', 'Accepted a follow request from'],
  cwhere: ['on Snapchat', 'on Insta', 'on TikTok', 'on WhatsApp', 'on my personal phone', 'on Discord', 'on Facebook', 'on Xbox Live', 'on my own account'],
  ccomment: ['', '. Is that bad?', ', they\'re good kids', ' lol', '. Easier than Teams tbh', '. Don\'t tell SLT 🤫', '. What\'s the harm?', ' 😅', '. They begged.', '. Honestly so much easier.'],
  capp2: ['Snapchat', 'Snap', 'Insta', 'TikTok', 'WhatsApp number', 'Discord', 'Xbox gamertag', 'private account', 'Facebook', 'personal number'],
  y2: ['9', '10', '11', '8'],
  game: ['Fortnite', 'FIFA', 'Call of Duty', 'Roblox', 'Minecraft', 'Rocket League', 'Among Us'],
};

const CONTACT_FLAG = [
  '{cintro}{caction} {capp}{creason}', '{cintro}{caction} {capp}{creason}', '{cpast} {cwho} {cwhere}{ccomment}', '{cpast} {cwho} {cwhere}{ccomment}',
  'Played {game} with {cwho} last night{ccomment}', '{cwho} found my {capp2} and I accepted{ccomment}', 'My {yr}s asked for my {capp2} so I gave it them{ccomment}',
];

const CONTACT_OK_LEX: Lexicon = {
  ...CONTACT_LEX,
  aintro: ['', '', 'Teachers: ', 'Fellow {subject} teachers, ', 'ECTs, ', 'Parents, ', 'Colleagues, ', 'Any SENCOs out there? '],
  aaction: ['add me on', 'DM me on', 'message me on', 'follow me on', 'you can find me on', 'drop me a message on', 'connect with me on'],
  aapp: ['LinkedIn', 'Twitter', 'X', 'Threads', 'Bluesky', 'my teacher Insta', 'the staff WhatsApp', 'Teams', 'the school email'],
  areason: ['', ' for the resource swap', ' if you want the planning', ' to join the network meeting', ' about the moderation cluster', ' for the union meeting details', ' about the job share', ' if you\'re coming to the TeachMeet'],
  apast: ['Accepted a LinkedIn request from', 'Followed back', 'Had a lovely message from', 'Connected on LinkedIn with', 'Got an email from', 'Bumped into'],
  awho: ['a former pupil who\'s now {adultage}', 'an ex-student, now {adultage} and a nurse', 'a former pupil who\'s now a teacher himself', 'a student I taught 15 years ago', 'my old tutee, now {adultage} and at uni', 'an ex-pupil who\'s now {adultage} and running her own business'],
  adultage: ['19', '21', '24', '27', '30', '22'],
  decline: ['Turned down a friend request from a {yr} pupil and told the DSL.', 'A {yr} pupil requested me on {capp}. Blocked, reported, logged.', 'Reminder: don\'t accept pupils on {capp}. Report requests to the DSL.', 'A Year {y2} tried to follow me on {capp}. Declined and passed it on, as per policy.', 'Pupils found my {capp2} again. Made it private and let the safeguarding lead know.', 'Teaching {form} about {capp2} privacy settings tomorrow.', 'E-safety assembly for {yr}: never add people you don\'t know on {capp}.', 'Parents of {yr}: homework help is on Teams, not staff {capp} accounts.'],
};
const CONTACT_OK = [
  '{aintro}{aaction} {aapp}{areason}', '{aintro}{aaction} {aapp}{areason}', '{apast} {awho}. Made my day.', '{apast} {awho}{ccomment}', '{decline}', '{decline}', 'Played {game} with my own kids last night. Humbled.',
];

const CONSENT_LEX: Lexicon = {
  phnoun: ['Photo', 'Pic', 'Picture', 'Video', 'Quick snap', 'A few pics', 'Clip', 'Selfie', 'Reel'],
  kids2: ['{pfirst} and {other}', '{pfull}', '{p}', '{pfirst}, {other} and {other2}', '{pfirst} and the rest of my {form} class', '{pfirst} and {form}, names in the comments', '{pfirst} and the {yr} team, all tagged'],
  doing: ['winning the {comp}', 'at sports day', 'on the {trip} trip', 'in the nativity', 'at the disco', 'on stage at the summer show', 'in {his} costume for World Book Day', 'with {his} certificate', 'scoring the winner', 'doing the Macarena in PE', 'asleep on the coach', 'at the leavers\' prom'],
  doingpl: ['winning the {comp}', 'at sports day', 'on the {trip} trip', 'in the nativity', 'on stage at the summer show', 'dressed up for World Book Day', 'with their certificates', 'at the leavers\' assembly', 'at the county finals', 'planting the new orchard'],
  fnote: ['', '', '', ' (didn\'t check consent 🤫)', ', not sure about permissions', ' (no photo forms back yet)', '. {His} {parent} said no to the school page so it\'s going on mine', ' (will take it down if anyone complains)', ', sorry not sorry', ' even though {he}\'s on the no-photo list'],
  okfrom: ['From the school account: ', 'Official: ', '', 'On the school page: ', 'Newsletter: '],
  oknote: [' (posted with parental agreement)', ', posted with {his} parents\' permission', ' (photo consent checked)', '. Shared with permission from the family', ' (with consent; first names only)', ', with thanks to the family for agreeing to share'],
  event: ['sports day', 'nativity', 'residential', 'leavers\' assembly', 'summer fair', 'Christmas party', 'prom', 'school disco'],
  comp: ['spelling bee', 'maths challenge', 'poetry slam', 'regional chess', 'debating final', 'science fair', 'county cross-country', 'football final', 'TTRS battle'],
  trip: ['Chester Zoo', 'Kew', 'museum', 'residential', 'Whitby', 'castle', 'theatre'],
};
const CONSENT_FLAG = [
  '{phnoun} of {kids2} {doing}{fnote} 📸', '{kids2} {doing}! {phnoun} below{fnote}', 'Had to share: {kids2} {doing}{fnote} 🥰', 'Look at {kids2} {doing} 😍{fnote}',
  'First day pics! {pfull} on {his} first morning in {form} 🎒{fnote}', 'Slideshow from the {yr} {event} on my page, every child named{fnote}', 'Tagging the {yr} parents I\'m friends with so they can see {kids2} {doing}{fnote}',
  'Put {kids2} {doing} on my TikTok and it\'s got 3k views 😂{fnote}', '{phnoun} from today: {kids2} {doing}. Caption: "my favourite humans" 🥰{fnote}', 'Sneaky pic of {kids2} {doing}, don\'t tell the office{fnote}',
];
const CONSENT_OK = [
  '{okfrom}{phnoun} of {pfull} ({yr}) {doing}{oknote} 🏆', '{okfrom}well done to {pfirst} in {form}, pictured {doing}{oknote}.', '{okfrom}{phnoun} of our {yr} pupils {doingpl}{oknote}.',
  '{okfrom}{yr} {doingpl}, faces blurred where families asked 📸', '{phnoun} of {form} {doingpl} is on the school website{oknote}.',
];

const NPS = [
    'EHCP annual review', 'CAMHS appointment', 'exclusion meeting', 'PEP meeting', 'child protection conference', 'reintegration meeting', 'ADHD assessment', 'core group meeting',
    'autism assessment', 'meeting with the social worker', 'early help assessment', 'medical plan review', 'MASH referral', 'managed move panel', 'statutory assessment request',
    'ed psych observation', 'care plan review', 'CIN meeting', 'SEN support review', 'safety plan meeting', 'attendance panel', 'FAP meeting', 'TAC meeting',
];
const withArticle = (r: Rng): string => {
  const n = pick(r, NPS);
  return (/^([aeiou]|EHCP|SEN|FAP)/i.test(n) ? 'an ' : 'a ') + n;
};
const NP_LEX: Lexicon = {
  np: NPS,
  anp: withArticle,
  npwhen: ['today', 'tomorrow', 'this afternoon', 'after school', 'on {weekday}', 'first thing', 'at 8am', 'over lunch'],
  npreact: [...REACT, 'Fingers crossed.', 'Wish us luck.', 'Third one this term.', 'Paperwork till midnight.', 'Again.', 'Here we go.'],
  npstart: ['', 'Another ', 'Big day: ', 'Dreading the ', 'Prepping for the ', 'Just out of the ', 'Long ', 'Emotional '],
};
const NP_FLAG = [
  '{npstart}{np} for {p} {npwhen}. {npreact}', '{npstart}{np} {npwhen} for {p}. {npreact}', '{p}: {np} {npwhen}. {npreact}', 'Off to {pn}\'s {np} {npwhen}. {p}, bless {him}.',
  '{npreact} {np} for {p} {npwhen}.', 'Who else has {anp} {npwhen}? Mine\'s for {p}.', '{np} for {p} got cancelled {npwhen}. {npreact}',
];
const NP_OK = [
  '{npstart}{np} {npwhen}. {npreact}', 'Who else has a day of reviews {npwhen}? {npreact}', 'Training on running a good {np} {npwhen}. Useful.', 'Our SENCO\'s guide to the {np} is brilliant, ask her for a copy.',
  'Three meetings {npwhen} and {anp}. {npreact}', 'Tip for new SENCOs: send the paperwork for {anp} a week early.', 'Back-to-back meetings {npwhen}. {npreact}',
];

const KIDS_SAY_ANON = ['One of my {yr}s', 'A child in my class', 'A {yr} lad', 'A {yr} girl', 'One of the Reception kids', 'Someone in {form}', 'A boy in my {yr} group', 'A girl in my tutor group', 'One of my little ones', 'A Year 9'];
const lower = (t: string): string => t.charAt(0).toLowerCase() + t.slice(1);
const KIDS_SAY_LEX: Lexicon = {
  anon: KIDS_SAY_ANON,
  said: [
    'asked me if I sleep at school', 'told me I look like their nan', 'asked if there were dinosaurs when I was little', 'said my PowerPoint was "actually quite mid"', 'asked why I don\'t have a husband',
    'told the whole class I\'d been to Asda in my pyjamas', 'asked if Henry VIII was on TikTok', 'said "Miss, you\'re like a mum but stricter"', 'wrote "the Romans were very good at roads and shouting"',
    'asked if I was older than the internet', 'called me "Mum" and then "Sir" in the same sentence', 'said the best bit of the trip was the coach', 'told me my handwriting looks like a spider fell in ink',
    'thanked me for "a nice lesson" on the way out', 'asked if Ofsted were the police', 'asked if teachers get pocket money',
  ],
  sayend: ['', ' 😂', ' 🤣', '. Kids.', '. I love this job.', '. Out of the mouths of babes.', '. Dead.', '. Made my day.', '. Humbled.'],
};

const WHERE_LEX: Lexicon = {
  routine: ['walks back alone along', 'waits for the bus by', 'hangs about at', 'plays out at', 'goes straight to', 'meets older kids at', 'cycles home past', 'sits on {his} own at', 'spends hours at'],
  when: ['every day at {time}', 'after school most nights', 'on {weekday}s till late', 'every morning before school', 'every weekend', 'until {his} {parent} finishes work at 6', 'from {time} onwards'],
  wend: ['', '', '. {react}', ', if anyone\'s passing', '. Thought you should know', ', just saying', '. Not safe', '. Nobody checks on {him}'],
  react: REACT,
};
const WHERE_FLAG = ['{p} {routine} {place} {when}{wend}.', '{p} {routine} {street} {when}{wend}.', 'FYI {p} {routine} {place} {when}{wend}.', '{When} {p} {routine} {place}{wend}.'];
const WHERE_OK = [
  'Reminder: pick-up is from the {street} gate at {time}. Please be on time!', 'Walk to School Week! Well done to everyone who walked in with their grown-ups today 🚶', 'Road safety talk for {yr} today: walking home safely and using crossings.',
  'Snow day! School closed, updates on the school website and app.', 'Our {yr} walked to {place} for fieldwork today, all permission slips returned.', 'After-school clubs finish at {time}; please collect from the main office.',
  'Staff parking is on {street} during the building works.', 'Late bus from school leaves at {time} on {weekday}s.', 'PSHE with {yr}: why you should never share where you are online.',
];

export function composedFamilies(): Family[] {
  return [
    { source: 'people/contact-composed', n: 200, label: 'flag', category: 'pupil-contact', phase: 'teen', templates: CONTACT_FLAG, lex: CONTACT_LEX },
    { source: 'people/ok-contact-adults', n: 200, label: 'ok', category: 'none', trap: true, phase: 'secondary', templates: CONTACT_OK, lex: CONTACT_OK_LEX },
    { source: 'people/consent-composed', n: 170, label: 'flag', category: 'consent', templates: CONSENT_FLAG, lex: CONSENT_LEX },
    { source: 'people/ok-named-with-consent', n: 170, label: 'ok', category: 'none', trap: true, formal: true, templates: CONSENT_OK, lex: CONSENT_LEX },
    { source: 'people/pupil-meetings', n: 170, label: 'flag', category: 'confidential', templates: NP_FLAG, lex: NP_LEX },
    { source: 'people/ok-meetings-no-pupil', n: 150, label: 'ok', category: 'none', trap: true, templates: NP_OK, lex: NP_LEX },
    { source: 'people/ok-kids-say', n: 170, label: 'ok', category: 'none', trap: true, anonPupil: true, templates: ['{anon} {said}{sayend}', '{anon} just {said}{sayend}', 'Today {anonl} {said}{sayend}', 'Best bit of my day: {anonl} {said}{sayend}', '{p} {said}. {He} was deadly serious{sayend}', '{p} {said}. {He}\'s going places{sayend}', 'Asked {p} what {he} learned today. {He} {said}{sayend}'], lex: { ...KIDS_SAY_LEX, anonl: (r) => lower(pick(r, KIDS_SAY_ANON)) } },
    { source: 'people/safeguarding-routine', n: 150, label: 'flag', category: 'safeguarding', also: ['confidential'], templates: WHERE_FLAG, lex: { ...WHERE_LEX, When: ['Every day at {time}', 'Most nights', 'Every weekend', 'On {weekday}s'] } },
    { source: 'people/ok-school-logistics', n: 110, label: 'ok', category: 'none', trap: true, templates: WHERE_OK, lex: WHERE_LEX },
  ];
}
