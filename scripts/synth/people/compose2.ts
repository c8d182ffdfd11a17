/**
 * More compositional families: finding or meeting a pupil, sharing pupils' data, school business
 * before it is public; and their ok twins (one's own routine and address, marking talk about a
 * class with no pupil named, news once published).
 */
import { pick, type Lexicon } from '../lib';
import { BOYS, GIRLS } from './lex';
import type { Family } from './kit';

const LOCATE_LEX: Lexicon = {
  ask: [
    'Does anyone know where {p} lives?',
    'Anyone got an address for {pfull}?',
    'What road is {pfull} on?',
    "Which house is {pfull}'s on {street}?",
    "Can someone message me {pfull}'s address?",
    "Who knows where {pfull}'s family moved to?",
    'Is {pfull} still on {street}?',
    'Where does {p} hang out after school?',
  ],
  why: [
    'I want to drop {his} book round',
    'going to pop a card through the door',
    "I've got {his} PE kit",
    "want to check {he}'s ok",
    "I'll take {his} homework round",
    "I'd like to have a word with {his} {parent}",
    'need to return {his} phone',
    "thought I'd surprise {him} with {his} certificate",
  ],
  offer: [
    'I know where {p} lives',
    '{pfull} lives on {street}, number {house}',
    "{pfull}'s the house with the blue door on {street}",
    '{p} lives round the corner from me on {street}',
    '{pfull} moved to {street} last month',
  ],
  offerend: ['if anyone needs it', ', DM me', ', happy to share', ' if you want to drop anything off', '. Small world!', ' 😂'],
  meet: [
    'Meeting {p} at {place}',
    'Picking {p} up from {place}',
    "Said I'd meet {p} in town",
    'Taking {p} for a milkshake at {place}',
    'Giving {p} a lift home from {place}',
    'Going round to see {p} at home',
  ],
  meetwhen: ['on Saturday', 'after school', 'on Sunday morning', 'over half term', 'tomorrow night', 'this weekend'],
  meetwhy: [
    'to go over {his} revision',
    'to give {him} {his} revision guide',
    'to talk things through away from school',
    "because {he}'s had a rough week",
    'for a bit of extra tuition',
    'to sort out {his} coursework',
    '',
  ],
  house: ['14', '3', '27', '112', '41', '19', '8'],
};
const LOCATE = [
  '{ask} {why}.',
  '{ask} {why}, DM me.',
  "{ask} {His} {parent} isn't answering and {why}.",
  '{offer}{offerend}',
  '{meet} {meetwhen} {meetwhy}.',
  "{meet} {meetwhen} {meetwhy}. {His} {parent} doesn't know but it's fine.",
];

const OWN_ROUTINE = [
  'I walk to school every day along {street}. Best part of my morning.',
  'Moved house! Now ten minutes from school, no more M6.',
  'My commute is two buses and a train. Audiobook recommendations please.',
  'Went for a run round {place} after school. Needed it.',
  "Our school's new address for deliveries is on the website.",
  'Parents: the school office has moved to the {street} entrance.',
  'Meeting a friend at {place} after work, first time out in weeks.',
  'Picked my own kids up from {place} and we got chips. Friday done.',
  'Anyone know a good café near {place} for a department social?',
  'Reminder: our open evening is at {time} on {weekday}. Come and see us!',
  'Parking on {street} is a nightmare at pick-up. Please be considerate, neighbours are complaining.',
  'Lollipop lady on {street} retired today after 30 years. Legend.',
  "Staff social at {place} on Friday. Who's in?",
];

const DATA_LEX: Lexicon = {
  dataoffer: [
    'I can screenshot the SEN register for you',
    'happy to send you the {doc}',
    "I've got the {doc} on my phone",
    "I'll post the {doc} in the group",
    "DM me and I'll send the {doc}",
    'I can print off the {doc}',
  ],
  dataaud: [
    "Any parents wanting to know who's on the SEN list? ",
    'To the mums asking: ',
    'For the parents in our class WhatsApp: ',
    'Governors: ',
    'Friends outside teaching: ',
    'Ex-colleagues asking: ',
    '',
  ],
  dataend: ['', ' 🤫', ", just don't tell anyone where it came from", ' 😉', '. Names and everything.', ", it's got addresses on.", ' for {form}.'],
  doc: [
    'SEN register',
    'class list with DOBs',
    'medical list',
    'PP list',
    'safeguarding log',
    "list of who's on free school meals",
    'CP register',
    'seating plan with the SEN notes',
    'SATs results by name',
    'attendance list with reasons',
    'mock results spreadsheet',
    'list of looked-after kids',
  ],
  dataaction: [
    'Took a photo of',
    'Screenshotted',
    'Forwarded',
    'Printed',
    'Left a copy of',
    'Emailed myself',
    'Saved to my personal Google Drive',
    'Posted a pic of',
  ],
  datawhere: [
    'so I can work on it at home',
    'to my personal email',
    'on the bus',
    'in the pub',
    'for the group chat',
    "so I don't forget",
    'to show my partner',
    'on the train, oops',
  ],
};
const DATA = [
  '{dataaud}{dataoffer}{dataend}',
  '{dataaction} the {doc} {datawhere}{dataend}',
  '{dataaction} the {form} {doc} {datawhere}.',
  "Lol {dataaction} the {doc} {datawhere}. Don't tell the DPO.",
];

const SI_LEX: Lexicon = {
  siopen: [
    'Between us, ',
    'Not supposed to say but ',
    'Keep this quiet: ',
    "Don't repeat this, ",
    'Heard in SLT ',
    'Strictly between these four walls, ',
    'Off the record, ',
    "Mum's the word but ",
    "You didn't hear it from me but ",
    "Can't say much, but ",
    '',
  ],
  sifact: [
    'Ofsted are in tomorrow',
    'we got the Ofsted call at lunch',
    "the inspectors said we're going {grade}",
    "we're joining {trust} in September",
    'the school is merging with {school2}',
    '{num} TAs are being made redundant',
    'the {subject} department is being cut',
    "we're {deficit} in deficit",
    'the budget is being slashed again',
    'the head is leaving at Easter',
    'the deputy is off on suspension',
    "the Y11 results are in and they're awful",
    'our SATs results dropped massively',
    "tomorrow's {papertopic}",
    'the exam papers arrived early and someone opened them',
    'the sixth form is closing',
    'governors are suspending the head',
    "there's going to be a restructure of the office staff",
    'the trust wants to sell the field',
    "we're being rebrokered to another trust",
  ],
  siwhen: [
    '',
    '',
    ', announcement Friday',
    ", parents don't know yet",
    ', staff find out next week',
    ", it's not public till the report's out",
    ', embargoed till Thursday',
    ', the letter goes out after half term',
    ', nothing official yet',
  ],
  siend: ['', '', ' 🤐', ' 😱', '. Wish us luck.', '. Gutted.', '. Brace yourselves.', '. Keep it to yourselves.', ". Can't sleep.", ' 👀'],
  grade: ['Good', 'Outstanding', 'RI', 'Inadequate', 'special measures'],
  trust: ['the Harbour Trust', 'Elm Tree MAT', 'Kingfisher Learning Trust', 'a big MAT', 'the diocesan trust', 'Northern Star'],
  school2: ['Riverside', "St Anne's", 'Castle View', 'Northgate', 'Holy Cross', 'Parkfield'],
  deficit: ['£400k', '£250,000', '£1.2m', '£90k', '£600k'],
  papertopic: [
    'maths paper has a question on vectors',
    'Lit paper is Macbeth, the dagger scene',
    'chemistry paper has a massive electrolysis question',
    'history paper is all Cold War',
    'Paper 2 has a horrible probability tree',
    'English paper has Of Mice and Men',
    'physics paper is mostly circuits',
  ],
};
const SCHOOL_COMPOSED = [
  '{siopen}{sifact}{siwhen}{siend}',
  '{siopen}{sifact}{siwhen}{siend}',
  'So... {sifact}{siwhen}{siend}',
  "{sifact}. {siopen}that's all I can say{siend}",
];

const MARK_LEX: Lexicon = {
  mopen: [
    "Marking {form}'s tests:",
    'Marking {yr} books:',
    'Moderating {yr} writing:',
    '{form} end of unit tests marked.',
    "Reading {yr}'s essays:",
    'Just marked {num}0 {subject} papers.',
  ],
  mbody: [
    'so many forgot to show their working',
    'class average up 12% on last time',
    'nobody used a single capital letter',
    'the common mistake is units',
    'loads of them confused weather and climate',
    'every single one spelled "definitely" wrong',
    'the quality of the analysis is miles better',
    'half the class ran out of time on question 6',
    'the retrieval practice is paying off',
    'the whole set improved',
  ],
  mend: ['', ' 😂', '. Reteach on {weekday}.', '. Proud of them.', '. Back to the drawing board.', '. Coffee.', ' 🙃', '. Feedback lesson tomorrow.'],
};
const MARKING = ['{mopen} {mbody}{mend}', '{mopen} {mbody}{mend}'];

const FAMILY_LEX: Lexicon = {
  kid: (r) => {
    const girl = r() < 0.5;
    const kin = girl
      ? pick(r, ['My daughter', 'My eldest', 'My youngest', 'My niece', 'My little girl', 'My goddaughter', 'My stepdaughter', 'My granddaughter'])
      : pick(r, ['My son', 'My eldest', 'My youngest', 'My nephew', 'My little boy', 'My stepson', 'My grandson', 'My godson']);
    const name = pick(r, girl ? GIRLS : BOYS);
    return r() < 0.6 ? `${kin} ${name}` : r() < 0.5 ? kin : `${name}, ${kin.toLowerCase()},`;
  },
  kevent: [
    'starts Year 7 tomorrow',
    'started Reception today',
    'got star of the week at school',
    'passed {their} driving test',
    'finished {their} GCSEs',
    'got into {their} first-choice uni',
    'scored in {their} first match',
    'lost {their} first tooth',
    'learned to ride a bike',
    'is off on {their} Year 6 residential',
    'got {their} A level results',
    'turns 18 today',
    'did {their} first school play',
  ],
  their: ['their'],
  kend: [
    '',
    ' 🥹',
    '. Where did the time go?',
    '. Proud mum moment.',
    '. Proud dad moment.',
    ". I'm not crying, you are.",
    ' 🥰',
    '. Now I know how the parents at my school feel!',
    '. Teacher by day, taxi by night.',
  ],
  famous: [
    'Marcus Rashford did more for free school meals than any minister.',
    'Watching Chris Packham talk about autism with my Year 10s. Brilliant.',
    "Greta Thunberg's Asperger's was her superpower, my Y9s said. Interesting debate.",
    'Love that Simone Biles talks about ADHD so openly.',
    'Jamie Oliver on dyslexia: our SEN display now has his quote.',
    'Stephen Fry on mental health for our PSHE lesson today.',
    'Lewis Hamilton was excluded from school and look at him now, said a Year 8 boy. Fair point.',
    "Reading Lemn Sissay's My Name Is Why with sixth form: his story of the care system is devastating.",
    "Tom Daley and his diving, the kids' PE hero.",
    "Harry Kane's penalty technique explained by my Year 6 football club. Experts.",
  ],
};
const OWN_FAMILY = ['{kid} {kevent}{kend}', '{kid} {kevent}{kend}', '{famous}'];

export function composedFamilies2(): Family[] {
  return [
    { source: 'people/safeguarding-locate-composed', n: 150, label: 'flag', category: 'safeguarding', templates: LOCATE, lex: LOCATE_LEX },
    { source: 'people/ok-own-routine', n: 110, label: 'ok', category: 'none', trap: true, templates: OWN_ROUTINE },
    { source: 'people/pupil-data-composed', n: 140, label: 'flag', category: 'confidential', templates: DATA, lex: DATA_LEX },
    { source: 'people/school-internal-composed', n: 170, label: 'flag', category: 'confidential', templates: SCHOOL_COMPOSED, lex: SI_LEX },
    { source: 'people/ok-own-family-and-famous', n: 150, label: 'ok', category: 'none', trap: true, templates: OWN_FAMILY, lex: FAMILY_LEX },
    { source: 'people/ok-marking', n: 130, label: 'ok', category: 'none', trap: true, templates: MARKING, lex: MARK_LEX },
  ];
}
