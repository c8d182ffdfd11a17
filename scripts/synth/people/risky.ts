/**
 * safeguarding (a pupil's whereabouts, meeting a pupil, disclosures posted publicly, children's
 * photos with a location), consent (pupils' photos and names without consent) and pupil-contact
 * (contact with pupils off official channels).
 */
import type { Lexicon } from '../lib';
import type { Family } from './kit';
import { REACT } from './pupils';

const WHERE = [
  '{p} walks home alone down {street} every day at {time}, bless {him}.', 'Spotted {p} at {place} again after school. {He}\'s there most nights till 7.',
  'If anyone sees {p} hanging round {place} after school, send {him} home!', '{p} gets the {bus} bus from {street} at {time} on {his} own every {weekday}.',
  '{p} is at {club} every {weekday} at {time}, go and cheer {him} on! 📍 {place}', 'Little {pfirst} from {form} is home alone after school most days while {his} {parent} works.',
  '{p} is always the last one picked up, sits on the wall by the gate till {time} every night.', 'Saw {p} with a group of older lads at {place} at 10pm. {react}',
  '{p} stays at {his} {parent}\'s on {street} every weekend.', '{p} waits at {place} on {his} own every morning from 7:30. Someone should do something.',
  'FYI {p} cuts through {place} on the way home every day, I see {him} from my car at {time}.', '{p} does the paper round on {street} every Saturday morning, such a grafter.',
  '{p} is at {club} on {street} every {weekday} night till late, {his} {parent} never picks {him} up.', 'Every day at {time} {p} is sat alone at {place} waiting for {his} {parent}.',
  'Heads up, {p} goes to {place} after school most days and nobody knows where {he} is after.',
];
const LOCATE = [
  'Anyone know where {p} lives? {He} left {his} PE kit and I want to drop it round.', 'What\'s {pfull}\'s address? Going to pop a card through the door.',
  'I know where {p} lives, it\'s the house with the red door on {street} if anyone needs it.', 'Happy to give {pfull} a lift home if anyone knows {his} address, DM me.',
  'Meeting {p} at {place} on Saturday to give {him} the revision guide 📚', 'Told {p} I\'d meet {him} at {place} after {his} match.',
  'Going to pop round to {pfull}\'s house on {street} this weekend to check on {him}.', 'Does anyone know which house {pfull} is in on {street}? Want to drop off a present.',
  'Picking {p} up from {place} on Sunday for extra tuition at mine, {his} {parent} is fine with it.', 'Can someone send me the address for {pfull}? Going to see {him} over half term.',
  '{pfull} lives two doors down from me on {street} 😂 small world.', 'Anyone got a number for {pfull}\'s family? I\'ll just go round, I know it\'s near {place}.',
  'Arranged to meet {p} in town on Saturday to talk things through away from school.',
];
const DISCLOSE = [
  '{p} told me {day} that {disc}. Logged it but I can\'t stop thinking about it.', 'Disclosure from {p} this afternoon: {disc}. Awful.',
  'Noticed bruises on {pn}\'s arms again. That\'s three times this month. {p}. {react}', '{p} came in with a black eye and said {his} {mum} did it.',
  'Phoned the social worker about {p} {day}. {disc}.', 'Child protection meeting about {p} tomorrow. {disc}, apparently.', 'Referred {p} to the DSL, {he} said {disc}.',
  'Heartbreaking disclosure {day}. {p} said {disc}. {sadmoji}', 'Can\'t sleep. {p} whispered to me at home time that {disc}.', 'Police at school {day} for {p}. {disc}.',
  'MASH referral done for {p}. {disc}. How do people do this to kids?', '{p} said {disc} and begged me not to tell anyone. Obviously I had to.',
  'Another day as DSL. {p}, {disc}. Phone calls till 6pm.', 'Worried about {p} over the holidays. {disc}.',
];
const DISC = [
  '{his} stepdad hits {him}', 'there\'s no food in the house', '{his} mum\'s boyfriend touches {him}', '{he}\'s been sent nudes by an older lad', '{he} gets left alone all weekend',
  '{he}\'s scared to go home', '{his} uncle makes {him} keep secrets', '{he}\'s been carrying drugs for older boys', '{his} dad locks {him} in {his} room', '{he} sleeps on the floor',
  '{he}\'s being groomed by a man online', '{he} was made to send photos', '{his} mum hits {him} with a belt', '{he}\'s been going missing overnight', '{his} {mum} drinks every night and gets violent',
  'an adult at {his} football club has been messaging {him}', '{he} has marks on {his} back from a cable', '{he}\'s being made to look after {his} siblings all night',
];
const PHOTO_LOC = [
  'Our {yr} footballers at {place} every {weekday} after school 📍 pic below!', 'Pic of my {form} kids outside {school} on {street}, pick-up\'s at {time} 📸',
  'Live from {place}: {form} on their trip, we\'re here till 2 if any parents want to wave 👋📍', 'Here\'s {pfirst} from {form} at {his} swimming club at {place}, every {weekday} at {time} 🏊',
  '{form} at the bus stop on {street} waiting for the coach back, photo attached 📸 we\'ll be here till {time}', 'Photo: {pfull} in {his} uniform outside {his} house on {street} on {his} first day 🥰',
  'Group pic of {form} at {place}, we come here every {weekday} for forest school 🌳📍',
];
const SAFE_LEX: Lexicon = {
  bus: ['47', '12', '8A', 'X5', '101', 'school'],
  club: ['boxing club', 'youth club', 'football training', 'the scout hut', 'dance class', 'swimming', 'cadets', 'madrasa', 'drama group', 'the rec centre', 'Brownies', 'the gym on the retail park'],
  disc: DISC,
  react: REACT,
};

const CONSENT = [
  'Not sure we have consent for all of them but here\'s {form} on the trip 📸', 'Class photo of {form}! Left to right: {other}, {other2}, {other3} and {pfirst} 🥰',
  '{pfull} from {form} winning the spelling bee! 🏆 (pic)', '{p} is on the no-photo list but {he} looked so cute in {his} costume I had to share 🥰',
  'Photos of the {yr} nativity, forgot to check permissions but they\'re too cute not to post', 'Video of {pfirst} and {other} doing their dance in {form} 💃 haven\'t asked the parents yet',
  'Sharing this pic of my tutor group, didn\'t get permission but it\'s just faces 😊', 'Pic of {pfull} ({form}) with {his} certificate. {His} {parent} said no to the school page so I\'m putting it on mine 😉',
  'Throwback to {form} on residential, tag yourselves kids! 📸', 'Proud of {other} and {pfirst} in {form} who won the {comp}! Photo below 📸',
  'Can\'t post this on the school page because {pfirst} isn\'t allowed on socials, so here it is on mine x', 'Uploaded all the {form} sports day photos to my Insta, names in the caption 😁',
  'Quick snap of {form} in PE, no consent forms back yet but whatever 🤷', 'Recorded {pfirst} reading {his} poem in {form}, brought a tear to my eye 🥹 (video)',
  'Here are my {yr}s on the trip to {trip} 📸 {pfirst}, {other} and {other2} at the front. Didn\'t get round to checking the consent list.',
  'Selfie with my {form} lot on the last day 🥲 tagged the ones I could find', 'Couldn\'t resist: {pfull} snoring on the bus back 😂📸',
  'Posting the {yr} leavers\' photo with everyone\'s names, parents will love it', '{pfirst} from {form} on the podium at the county athletics! 🥇 (photo, {his} {parent} doesn\'t know I posted it)',
  'Pic of {pfirst} doing {his} first ever handstand in {form} gym 🤸 not sure about permissions, will delete if anyone minds',
  'Our {yr} choir at the carol service, full names in the comments 🎄 (consent forms still missing for a few)',
  '{pfirst} ({form}) is a looked-after kid so I know we\'re not meant to, but look at this smile 🥹',
  'Video from today\'s {comp}: {pfull} scoring the winner ⚽ going on my TikTok', 'Made a reel of my {form} class\'s best bits this year, faces and names and all 🎬',
  'Shout out to {pfull} in {form}, star of the week! Pic of {him} with {his} certificate 📸', 'Brilliant day at {trip} with {pfirst}, {other} and {other2} 📸 best trip ever', 'Thanks {form} for the best leavers\' assembly! Full video with everyone\'s names on my page 🎬', 'Great shot of {pfull} mid-tackle at the {comp} ⚽ (not on the school\'s consent list, but it\'s a great shot)',
];
const CONSENT_LEX: Lexicon = {
  comp: ['spelling bee', 'times tables rock stars tournament', 'maths challenge', 'poetry slam', 'regional chess', 'debating final', 'science fair', 'county cross-country', 'football final'],
  trip: ['the Natural History Museum', 'Chester Zoo', 'the Houses of Parliament', 'Whitby', 'the Eden Project', 'Cadbury World', 'the Lake District', 'Kew Gardens'],
};

const CONTACT = [
  'Add me on Snapchat guys, my @ is {handle} 👻', 'Any of my {yr}s stuck on revision, DM me on Insta {handle}', 'Said yes to a friend request from a {yr} kid, is that bad? 😅',
  'Made a WhatsApp group for my {yr} football team using my personal number, so much easier than the school app', 'Playing Fortnite with a few of my {yr} lads tonight lol they\'re rubbish 🎮',
  'Text me on {phone} if you need help with your coursework, {form} x', 'Just followed {pfirst} from {form} back on TikTok 😂', 'My {form} kids found my Insta and I\'ve accepted them all, they\'re so sweet 🥰',
  'Snapchatting with {pfirst} in {yr} about {his} homework, easier than Teams tbh', 'Ex-pupil (still in Year {exy} at the high school) added me on Facebook, accepted, lovely to catch up',
  'Set up a private Insta group chat for my {yr} revision class 📚 DM me to get added', 'Gave {pfirst} in {form} my personal number in case {he} needs to talk',
  'Kids, if you want to stay in contact over the holidays, my snap is {handle} 👻', 'Been messaging {pfirst} ({yr}) on WhatsApp to check on {him} over the holidays',
  'Anyone else play FIFA online with their Year 10s? Smashed {pfirst} 5-0 last night 😂', '{form} leavers, follow me on Instagram {handle} now you\'re leaving! 💜',
  'Started a Discord for my {yr} gaming club, invite link in my bio 👾', 'Slide into my DMs if you need help with the homework {yr} 😂',
  '{pfirst} from {form} sent me a friend request and I accepted, {he}\'s a good kid', 'Added my {yr} netball girls to a group chat on my personal number to tell them about fixtures',
  'DM me if you\'re one of my {yr}s and want the mock answers 😉', 'Told my {form} tutor group they can message me on WhatsApp any time, anything they need x',
  'My {yr}s keep requesting me on Snapchat and honestly I\'ve started accepting 🤷', 'Duo-ing on Call of Duty with {pfirst} from my {yr} class tonight, don\'t tell SLT',
  'Sent {pfirst} ({form}) a message on Insta to say well done on {his} results 💪', 'Gave my mobile to the {yr} DofE group so they can text me directly on the expedition',
  'Following a few of my {yr}s on TikTok so I can keep up with their trends 😂 they follow me back', 'Snap streak with one of my {yr}s is on 120 days lol',
  '{yr} please add me on Facebook so I can share photos from the trip with you', 'Messaged {pfull} on Instagram to ask why {he} wasn\'t in today',
  'Thanks for all the follows on TikTok, {form}! Best class ever 💜', 'Brilliant chat with a few of my {yr}s on Snapchat last night, they\'re hilarious', 'Shout out to my {yr} gamers, great games on Xbox last night lads 🎮',
];
const CONTACT_LEX: Lexicon = {
  handle: ['@missjones_teaches', '@mr.k_pe', '@sir_maths', '@miss.b.art', '@coach_dan', '@mrsahmed_sci', '@msokafor', '@the_real_mr_t', 'mrpatel99', 'miss_e_xx'],
  phone: ['07700 900123', '07911 123456', '07123 456789', '07700900461', 'my mobile', '0780 123 4567'],
  exy: ['9', '10', '8', '11'],
};

export function riskyFamilies(): Family[] {
  return [
    { source: 'people/safeguarding-whereabouts', n: 150, label: 'flag', category: 'safeguarding', also: ['confidential'], templates: WHERE, lex: SAFE_LEX },
    { source: 'people/safeguarding-locate-meet', n: 120, label: 'flag', category: 'safeguarding', templates: LOCATE, lex: SAFE_LEX },
    { source: 'people/safeguarding-disclosure', n: 150, label: 'flag', category: 'safeguarding', also: ['confidential'], templates: DISCLOSE, lex: SAFE_LEX },
    { source: 'people/safeguarding-photo-location', n: 70, label: 'flag', category: 'safeguarding', also: ['consent'], templates: PHOTO_LOC, lex: { ...SAFE_LEX, ...CONSENT_LEX } },
    { source: 'people/consent-photos-names', n: 300, label: 'flag', category: 'consent', templates: CONSENT, lex: CONSENT_LEX },
    { source: 'people/pupil-contact', n: 270, label: 'flag', category: 'pupil-contact', phase: 'teen', templates: CONTACT, lex: CONTACT_LEX },
  ];
}
