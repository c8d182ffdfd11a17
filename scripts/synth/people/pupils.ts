/**
 * confidential (pupils): an identifiable pupil together with something sensitive about them, and
 * pupils' data. Each detail list is a verb phrase after the pupil reference; {his}/{him}/{he}
 * agree with the pupil drawn for the post.
 */
import { pick, type Lexicon, type Rng } from '../lib';
import type { Family } from './kit';

export const SEN = [
  'has just had {his} EHCP finalised', 'finally got {his} EHCP through after a long battle with the LA', 'is on the SEN register now',
  'has been diagnosed with ADHD', 'got {his} autism diagnosis {day}', 'is being assessed for autism', 'is on the waiting list for an ASD assessment',
  'is dyslexic and still reading at about a Year 2 level', 'has dyspraxia and can barely hold a pencil', 'has an EHCP for SEMH and needs a 1:1 all day',
  'is on a reduced timetable because of {his} needs', 'has global developmental delay', 'is non-verbal and uses PECS', 'has PDA and refused every single task',
  'has Tourette\'s and the tics were really bad', 'is working on pre-key stage standards', 'reads at the level of a six-year-old', 'is on SEN support for speech and language',
  'has sensory processing disorder and melted down in assembly', 'has an EHCP and the council still haven\'t named a school', 'is waiting to see the ed psych',
  'is waiting on a CAMHS referral for ADHD', 'needs a reader and a scribe for {his} exams', 'has dyscalculia', 'has severe ADHD and wasn\'t medicated today',
  'is autistic and had a massive meltdown', 'got {his} dyslexia diagnosis back', 'has an EHCP with 25 hours of funding', 'is on the SEND register',
  'has ADHD and ODD', 'has suspected FASD', 'is on the autism pathway', 'has a statement — sorry, EHCP — for moderate learning difficulties',
  'has SLCN and a speech therapist coming in', 'is on an IEP for literacy', 'has a diagnosis of ASD and ADHD', 'is going through the EHCP process',
  'has just been moved onto the SEN register', 'has an EHC needs assessment going in this week', 'got refused an EHCP assessment again',
  'has a 1:1 TA who\'s off sick so it\'s been carnage', 'has an EHCP that says small group work and we\'ve got 32 in the room', 'just got the outcome of {his} autism assessment', 'is awaiting a diagnosis for dyslexia', 'has a diagnosis of ADHD and the meds have just been upped', 'is SEN K and {his} {parent} wants {him} off the register', 'has speech delay and nobody can understand {him}', 'has had {his} EHCP hours cut by the council', 'got turned down for an EHCP again', 'has been on the autism waiting list for three years', 'needs ear defenders and a movement break every 20 minutes', 'has hypermobility and can\'t write for long', 'is partially sighted and the resources never come enlarged', 'is in the SEN unit most of the day now', 'has selective mutism and hasn\'t spoken in school all year', 'was finally diagnosed ASD on {weekday}',
];

export const MED = [
  'is type 1 diabetic and had a hypo in PE', 'had another seizure in {subject}', 'has epilepsy and it\'s getting worse', 'has a severe nut allergy and nearly reacted at lunch',
  'is on Ritalin and forgot {his} meds', 'has leukaemia and starts chemo next week', 'has Crohn\'s and misses loads of school', 'is waiting for heart surgery',
  'has a new diabetes diagnosis', 'has cystic fibrosis', 'is still wetting {him}self most days', 'had an asthma attack on the field and needed the ambulance',
  'has a brain tumour', 'is on medication for {his} ADHD that makes {him} sick', 'has sickle cell and was in hospital all weekend', 'has juvenile arthritis',
  'came back from hospital with a feeding tube', 'has a colostomy bag', 'is deaf in one ear and won\'t wear {his} hearing aid', 'has just had an operation on {his} spine',
  'has a heart condition nobody in {his} class knows about', 'is off for chemo again', 'has an EpiPen and the spare one is out of date', 'was rushed to A&E after a seizure',
  'has been diagnosed with coeliac disease', 'is on steroids and it\'s making {him} so angry', 'has had {his} tonsils out and is off for two weeks', 'has a stoma and needs help in the toilets', 'has kidney failure and is on dialysis', 'has type 1 and {his} blood sugars were all over the place', 'has a shunt and we have to watch for headaches', 'fainted in assembly and it turns out {he}\'s anaemic', 'has alopecia and is getting picked on', 'has migraines that knock {him} out for days',
];

export const MH = [
  'has been self-harming again', 'has fresh cuts up {his} arms', 'is under CAMHS for anxiety', 'took an overdose at the weekend', 'has an eating disorder and barely eats at lunch',
  'is at 40% attendance with school refusal', 'has been having panic attacks in lessons', 'is on antidepressants', 'was sectioned over half term',
  'is seeing the counsellor for depression', 'told the school nurse {he}\'s been having suicidal thoughts', 'is on a CAMHS waiting list for an eating disorder',
  'has been scratching {his} wrists in lessons', 'is in a really dark place at the moment', 'has anorexia and has lost loads of weight', 'is struggling with {his} gender identity and isn\'t out at home',
  'has EBSA and hasn\'t been in for three weeks', 'has OCD and can\'t touch the door handles', 'wrote a note saying {he} wants to die', 'is on a safety plan after a suicide attempt',
  'came out to me as gay and says {his} family don\'t know', 'is burning {him}self', 'has been hearing voices', 'is under the crisis team',
  'has been hiding in the toilets crying every break', 'has stopped eating and is really thin', 'is self-harming and the CAMHS wait is 18 months', 'said {he} doesn\'t see the point in living', 'is waiting for the eating disorders team', 'is having a really bad time with anxiety and won\'t leave the house', 'is on a part-time timetable for {his} mental health', 'is on the crisis line list',
];

export const EXCL = [
  'got a fixed-term exclusion for fighting', 'has been suspended for three days', 'is on a managed move to {school}', 'is being permanently excluded',
  'got PEX\'d {day}', 'spent all week in isolation', 'is on a part-time timetable after {his} exclusion', 'is off to the PRU after Easter', 'is in the internal exclusion room again',
  'has had {his} fifth suspension this year', 'got excluded for bringing a vape in', 'is on a final warning before permanent exclusion', 'is getting a managed move to another school',
  'has been sent to alternative provision', 'was suspended for a week for swearing at the head', 'is on report to the head after {his} suspension',
  'was excluded for the rest of the week', 'is on {his} third fixed term this half term', 'has a reintegration meeting after {his} suspension',
  'has been off-rolled to home education', 'is at the PRU three days a week', 'got sent home for the rest of the week', 'is on a fixed-term and {his} {parent} is appealing it', 'is being considered for permanent exclusion by governors', 'had a governors\' exclusion panel {day}',
];

export const FSM = [
  'is on free school meals', 'is pupil premium', 'is PP and FSM', 'comes in hungry every day because the family relies on the food bank', 'has no proper uniform because mum can\'t afford it',
  'is a pupil premium kid so we have to show progress', 'is eligible for FSM but the parents never applied', 'gets the PP funding for {his} music lessons',
  'is disadvantaged, PP, the lot', 'had no coat all winter — family can\'t afford one', 'is FSM and didn\'t have breakfast again',
  'has just become eligible for free school meals since {his} {parent} lost {his} job', 'is on FSM and never brings a coat', 'is PP and we\'re paying for {his} trip', 'gets a free breakfast club place because the family are struggling', 'wore the same shirt all week because there\'s no washing machine at home', 'has been given a food parcel by the school', 'is pupil premium and still can\'t afford the residential', 'qualifies for free meals but is too embarrassed to use them', 'is FSM and lives off the toast at breakfast club',
];

export const CARE = [
  'is looked after', 'is in foster care', 'has just moved to {his} fourth foster placement', 'is a CLA kid and the PEP meeting was a mess', 'was taken into care over the summer',
  'is adopted and really struggling with attachment', 'is subject to child protection', 'has a social worker', 'is on a CIN plan', 'is known to social services',
  'is in kinship care with {his} nan', 'has just gone into a children\'s home', 'is LAC and the placement has broken down again', 'has supervised contact with {his} birth mum',
  'had {his} core group meeting {day}', 'is subject to a CP plan for neglect', 'is previously looked after', 'is being fostered by one of our TAs',
  'is going back to {his} birth family next month', 'has had {his} contact with {his} dad stopped by the court', 'is in a residential children\'s home miles away', 'has just been adopted by {his} foster carers', 'has a PEP target nobody understands', 'is an unaccompanied asylum-seeking child in care', 'has a new social worker again, the fifth this year', 'is on a child in need plan after the police were called',
];

export const HOME = [
  'has parents going through a nasty divorce', 'just found out {his} dad\'s gone to prison', 'has a mum with terminal cancer', 'is a young carer for {his} mum who has MS',
  'is living in a hostel with {his} mum and two siblings', 'got evicted with {his} family last week', 'has a mum who\'s an alcoholic', 'has parents who are both using',
  'lost {his} dad to suicide in the summer', 'is an asylum seeker and the family\'s claim got refused', 'lives with {his} nan because mum\'s in rehab',
  'has a dad who\'s just been deported', 'hasn\'t seen {his} dad since the court case', 'has a brother who was stabbed last month', 'is in a refuge with {his} mum',
  'is sofa surfing between relatives', 'has a mum in a psychiatric unit', 'has a stepdad the police keep getting called about', 'lost {his} mum at Christmas',
  'is in temporary accommodation two buses away', 'has a dad who\'s just been made bankrupt', 'has parents who are splitting up and the dad has moved out',
  'has had the bailiffs round at home', 'has a mum who\'s been sectioned',
  'has a dad who\'s just come out of prison', 'has a baby brother who died last month', 'has a mum who\'s going through chemo', 'has a dad who works away and a mum who\'s struggling', 'is living with {his} grandparents since the house fire', 'has parents who are both unemployed and it shows', 'has a brother in a young offenders institute', 'has no electricity at home some weeks', 'has a mum who\'s just had another baby and can\'t cope', 'has a family who\'ve been threatened with eviction',
];

export const GRADE = [
  'got a 2 in the maths mock', 'is predicted a U in science', 'got 12% on the topic test', 'failed the phonics check again', 'is working below ARE in everything',
  'got a grade 3 and has to resit', 'got the lowest score in the year group', 'scored 31 out of 120 on the reading paper', 'is predicted 4s across the board, which is a joke',
  'got a 1 in English Language', 'got a U in the chemistry mock', 'is on track for an E at A level', 'got 9/50 in the spelling test', 'scored 2 on the times tables check',
  'got 98 on the maths SATs paper and is still working towards', 'is the only one in the set who failed the mock', 'dropped from a 6 to a 3', 'got an Ungraded in the practical',
  'got a 4 in the mock and cried', 'is the only one in {form} below the expected standard', 'is working at greater depth but {his} {parent} thinks it\'s not enough', 'got a U in the English mock and walked out', 'is predicted a 9 but got a 5', 'is bottom of the set on every test', 'failed the retake again', 'scored 100% and still got told off at home',
];

export const BEH = [
  'threw a chair at {his} TA', 'told me to f*** off in front of the whole class', 'bit a dinner lady', 'got found vaping behind the sports hall', 'kicked off and trashed the room',
  'had to be restrained twice', 'got caught selling vapes at break', 'punched a Year 7 at break', 'spat at the cover teacher', 'stole from another kid\'s bag',
  'was caught with weed in {his} blazer', 'set fire to a bin', 'climbed onto the roof again', 'called the supply teacher a racist name', 'smashed a window in the science block',
  'is on behaviour report for the fourth time', 'walked out of school at lunch and police were called', 'hit another child with a water bottle', 'was sexting another pupil',
  'ran out of class and hid in the toilets for an hour', 'tipped over every table in the room', 'got into a fight outside the gates',
  'got caught with a knife in {his} bag', 'was sent home for hitting a TA', 'is now on a behaviour contract', 'got arrested at the weekend', 'was caught shoplifting in town in uniform', 'has been stealing from the staffroom', 'swore at the head in front of the governors', 'has had 40 behaviour points this half term', 'ran out of school and over the main road',
];

export const REACT = [
  'Heartbreaking.', 'I\'m done.', 'Poor kid.', 'How is this fair?', 'The system is broken.', 'I could cry.', 'Absolutely shattered.', 'Don\'t know how much more I can take.',
  'Makes you think.', 'Nobody tells you about this bit of the job.', 'Hug your kids tonight.', 'Am I wrong to be fuming?', 'Why do I bother.', 'What a world.',
  'Kids are so resilient.', 'Honestly at a loss.', 'And we\'re expected to teach 29 others at the same time.', 'No wonder {he} struggles.', 'Breaks my heart.',
  'Worst part of the job.', 'Unbelievable.', 'So angry on {his} behalf.', 'Not sure what else we can do.', 'Just needed to get that off my chest.', 'Day ruined.',
];

export const ACHIEVE = [
  'read aloud in assembly', 'got star of the week', 'made it to the county final', 'did the whole cross-country', 'stayed in class all morning', 'wrote a full page',
  'sang a solo in the carol concert', 'smashed {his} spelling test', 'scored twice in the match', 'did {his} first ever presentation', 'made a friend at lunch',
  'got a merit in {subject}', 'finished {his} DofE expedition', 'came to every lesson this week', 'ran for student council', 'played Joseph in the nativity',
];

export const EMOTION = ['exhausted', 'heartbroken', 'fuming', 'gutted', 'so worried', 'at the end of my rope', 'shaking', 'in bits', 'raging', 'devastated', 'done in', 'beyond stressed'];

function anyOf(...lists: string[][]): (r: Rng) => string {
  const all = lists.flat();
  return (r) => pick(r, all);
}

const PUPIL_LEX: Lexicon = {
  react: REACT,
  achieve: ACHIEVE,
  emotion: EMOTION,
  anyd: anyOf(SEN, MED, MH, EXCL, FSM, CARE, HOME, GRADE, BEH),
  softd: anyOf(SEN, MED, MH, CARE, HOME, FSM),
};

const GENERAL = [
  '{p} {d}.', '{p} {d}. {react}', 'So {p} {d} and I\'m {emotion}.', 'Found out {day} that {p} {d}. {react}', '{p} {d} {day}. {react}',
  'Prayers please for {p}. {He} {d}. {sadmoji}', 'Anyone else got a {kid} like {p}? {He} {d} and I\'ve no idea what to do.', 'Not to moan but {p} {d} and we\'ve had zero support.',
  'Can\'t stop thinking about {p}. {He} {d}.', 'Meeting about {p} after school — {he} {d}.', 'Just had a meeting with {pn}\'s {parent}. Turns out {p} {d}.',
  'Heads up if you teach {p} next year: {he} {d}.', 'Who else is dealing with this? {p} {d}. {react}', '{react} {p} {d}.', 'Guess who {d}? {p}. Again. {annoyedmoji}',
  'Note to self, {p} {d}, seat {him} near the door.', 'Quick vent: {p} {d} and SLT don\'t want to know.', 'Worried sick about {p} — {he} {d}.', 'Today {p} {d}. Tomorrow I go again.',
  'Told my partner tonight that {p} {d} and {he} just went quiet. {react}', 'Half my {form} lesson gone because {p} {d}.', '{p} {d}... and it\'s only {weekday}.',
  'Poor {kid}. {p} {d} and nobody seems to care.', 'In case anyone wonders why I look rough: {p} {d}.', 'This job. {p} {d}. {react}',
  'Apparently {p} {d}. Wish someone had told me before I shouted at {him}.', 'Me: plans a lovely lesson. {p}: {d}. {annoyedmoji}',
  'Not sure how to feel. {p} {d}.', 'Ok so {p} {d}. How is that fair on anyone?', 'Story of my week: {p} {d}.', 'It\'s {weekday} and {p} {d}. {react}', '{p}: {d}. {react}', 'And breathe. {p} {d}.', 'Someone tell me why {p} {d} and nobody told the class teacher?', '{react} Found out at the gate that {p} {d}.', 'Update on {p}: {he} {d}.', 'Remember the {kid} I mentioned? {p}. {He} {d}.', 'Guys, {p} {d}. {react}', 'Status: sad. {p} {d}.', 'Been sat in the car for 20 mins. {p} {d}.', 'So, {p} {d}. And people wonder why teachers are burnt out.', 'First thing I heard this morning: {p} {d}.', 'Day {num} of {p} refusing to engage. {He} {d}.', 'Can\'t say too much but {p} {d}.', 'Didn\'t see that coming. {p} {d}.', '{p} {d}. Off to the pub.', 'Keep thinking about {p} who {d}.', 'Pastoral lead life: {p} {d}. {react}', 'Long post, sorry. {p} {d}. I\'ve tried everything, the seating plan, the rewards, phone calls home. {react}', 'When {p} {d}, who\'s supposed to pick up the pieces? Us. Always us.', 'Honestly my heart. {p} {d}.',
];

const PROUD = [
  'So proud of {p} today. {He} {d} and still {achieve}. {happymoji}', 'Shout out to {p} who {d} but {achieve} anyway 💪', 'Brave {kid}, {p}. {He} {d} and still {achieve}.',
  'Little moment that made my week: {p} {achieve}. Considering {he} {d}, that\'s huge. {happymoji}', '{p} {achieve} {day}! Not bad for a {kid} who {d} 😊',
  'Cried on the drive home because {p} {achieve}. {He} {d}, so this is massive.', 'Best bit of my week: {p}, who {d}, {achieve}. Love this job.',
  'Sending love to {p} who {d}. {He} still {achieve} today, what a star ⭐', 'Can we just take a moment for {p}? {He} {d} and {achieve}. Amazing.',
  'First week back for {p} since {he} {d}, and {he} {achieve} 🥹', 'Really proud of {pfirst} in {form}: {he} {d} but {achieve}.',
  'Happy birthday to {p}! Hope your first birthday since {he} {d} is a lovely one 💜', 'Good luck to {p} at {his} new school. {He} {d} but we\'ll miss {him} so much.', 'Get well soon {pfirst} in {form}, thinking of you. {He} {d} 💐', 'Welcome back {pfirst}! {He} {d} and it\'s so good to see {him} smiling.', 'Tiny victory: {p}, who {d}, put {his} hand up today.', 'Everyone was welling up when {p} {achieve}. {He} {d}, you see.', 'Love this {kid}. {p} {d} and still turns up every day with a smile.', 'Three cheers for {p}, who {d} and still {achieve} 🎉', '{p} {achieve}! For a {kid} who {d}, that\'s a mountain climbed.', 'Celebrating {pfirst} from {form} today. {He} {d}, and look at {him} go.',
];

const ADVICE = [
  'Any SENCOs about? {p} {d} — what would you put in place?', 'Advice please: {p} {d}. What strategies have worked for you?', 'ECT here. {p} {d}. How do I handle it?',
  'Asking for ideas: {p} {d} and the usual stuff isn\'t working.', 'Teacher friends, help. {p} {d}. Who do I even talk to?', 'What would you do? {p} {d} and {his} {parent} won\'t engage.',
  'Does anyone have a good visual timetable? Need one for {p}, {he} {d}.', 'Has anyone dealt with this before — {p} {d}? Any tips welcome.',
  'Bit of advice needed. {p} {d}. Do I call home or leave it to pastoral?', 'Anyone know a good charity to point the family of {p} to? {He} {d}.', 'Help! {p} {d} and I\'m on my own with the class tomorrow.', 'Thoughts on this? {p} {d}. SLT say it\'s fine.', 'Is it normal that nobody told me {p} {d}? Found out from another kid.',
];

const LINKEDIN = [
  'Reflecting on inclusion this week. One of our pupils, {pfull} in {yr}, {d}. It reminded me why relationships matter more than data.',
  'A lesson in resilience. {pfull} ({yr}) {d}, yet {he} {achieve}. Proud to be part of a school that never gives up on a child.',
  'Leadership is about the individual child. This term {pfull} in {form} {d}. Our team wrapped around {him} and the results speak for themselves.',
  'Why I do this job: {pfull}, {age}, {d}. Today {he} {achieve}. #Inclusion #Leadership #Education',
  'Sharing a case study from my SENCO practice: {pfull} in {yr} {d}. Here is what we put in place and what we learned.',
  'Proud moment as a DSL. {pfull} ({form}) {d}, and thanks to early help {he} is now thriving.',
];

const HANDOVER = [
  'Cover notes for {form} tomorrow: {pfirst} {d}, {other} {d2}, {other2} sits at the front.', 'For whoever has {form} period 3: {pfirst} {d} so go gently.',
  'Supply teacher in {form} tomorrow, things to know: {pfirst} {d} and {other} {d2}.', 'Posting my handover here so I don\'t lose it: {pfirst} in {form} {d}.',
  'Seating plan sorted for {form}. {pfirst} {d} so front row, {other} {d2} so by the door.', 'Class list for {form}: {pfirst} ({d}), {other} ({d2}), {other2} (FSM).',
];

const D2 = ['is on the SEN register', 'is PP', 'has an EHCP', 'is LAC', 'has ADHD', 'is on a CP plan', 'is FSM', 'is EAL and new to English', 'has a social worker', 'self-harms', 'is epileptic', 'has a diabetic plan'];

const DATA = [
  { t: 'Anyone got a copy of the {sen_doc} for {form}? Posting mine here: {pfirst} - EHCP, {other} - SEN support, {other2} - ADHD.' },
  { t: 'Photo of my markbook for {form} so I don\'t lose it 📸 predicted grades and PP column and all' },
  { t: 'Here\'s the {sen_doc} screenshot you asked for, don\'t share it further 🤫' },
  { t: 'Can someone DM me {pfull}\'s address? Need it for the {doc} letter.' },
  { t: '{pfull}, DOB {dob}, UPN {upn} — can someone check {his} file?' },
  { t: 'Took a pic of the register for {form} so I\'ve got everyone\'s names and medical notes on my phone.' },
  { t: 'Sharing my seating plan for {form} with the SEN and PP kids highlighted, feel free to steal the layout' },
  { t: 'Left the {sen_doc} on the printer, anyway here\'s the pic: {pfirst}, {other}, {other2} all on EHCPs' },
  { t: 'Lost my lanyard, my laptop and the printout of {form}\'s {sen_doc} 🙈 all in one day' },
  { t: 'Uploaded the {form} {sen_doc} to my Google Drive so I can work on it at home, link below 👇' },
  { t: 'Posting the Y{n11} mock results spreadsheet for the team: {pfirst} {g1}, {other} {g2}, {other2} {g3}.' },
  { t: '{pfull} lives at {house} {street}, if anyone\'s passing can they drop {his} reading book in?', category: 'confidential', also: ['safeguarding'] },
  { t: 'Attendance list for {form} this week, names and reasons: {pfirst} (counselling), {other} (hospital), {other2} (suspended)' },
  { t: 'Screenshot of the CPOMS log for {pfirst} in {form} — can anyone read what the DSL put? 🤔', also: ['safeguarding'] },
  { t: 'My desk right now: {form} reports, the SEN register and a cold coffee ☕ (pic)' },
  { t: 'Printed the {sen_doc} for the trip and left it on the coach 😬 pics of where we sat below' },
];

const DATA_LEX: Lexicon = {
  sen_doc: ['SEN register', 'SEND register', 'provision map', 'PP list', 'medical register', 'LAC list', 'CP list', 'EHCP summaries', 'one-page profiles', 'pupil passports', 'vulnerable pupils list'],
  doc: ['detention', 'exclusion', 'trip', 'attendance', 'EHCP review'],
  dob: ['12/03/2014', '04.09.2011', '21/06/2016', '30/11/2009', '15 Jan 2013', '08/08/2012', '27/02/2015', '3rd May 2010'],
  upn: ['A823401923004', 'K93320114501B', 'H820209118003', 'B22091183467C', 'M40102345678A', 'R77218300912X'],
  n11: ['11', '13', '10', '12', '9'],
  g1: ['3', '4', 'U', '2', '5', '7', '1'],
  g2: ['4', '5', 'U', '2', '6', '9', '3'],
  g3: ['U', '1', '4', '6', '3', '8'],
  house: ['14', '3', '27', '112', '8a', 'Flat 6,', '41', '19'],
  d2: D2,
};

function fam(source: string, n: number, d: string[], templates: string[], extra: Partial<Family> = {}): Family {
  return { source, n, label: 'flag', category: 'confidential', templates, lex: { ...PUPIL_LEX, d }, ...extra };
}

const GOOD_NEWS_D = ['finally got {his} EHCP through', 'got {his} autism diagnosis, which means support at last', 'has been accepted at the special school {his} {parent} wanted', 'has a 1:1 starting Monday',
  'has been found a foster placement with {his} brother', 'has finally got a CAMHS appointment', 'is off the child protection plan', 'has come off the reduced timetable', 'got {his} ADHD meds sorted',
  'passed {his} EHCP annual review with more hours', 'is back after {his} suspension and doing brilliantly', 'has been discharged from the eating disorder clinic', 'got a place at the PRU that actually suits {him}',
  'is finally eligible for free school meals', 'has been adopted by {his} foster carers'];
const GOOD_NEWS = ['Brilliant news: {p} {d} 🎉', 'Best news of the week: {p} {d}.', 'Thanks to everyone who helped, {p} {d}!', 'Shout out to our SENCO: {p} {d} at last.', 'Great day. {p} {d}. Brilliant.', 'Yesss! {p} {d} 🙌', 'After all that fighting, {p} {d}. Best feeling.'];

const LONG = [
  '{filler} {filler} And then {p} {d}. {react} Honestly don\'t know how we\'re meant to do it all.',
  'Long one, sorry. {filler} Then at lunch I found out {p} {d}. {react} {filler} Bed by 9 tonight.',
  'What a week. Monday: {filler} Tuesday: {p} {d}. Wednesday: cried in the car. Thursday: {filler} Friday: wine.',
  'Right, I need to vent. I\'ve taught {p} since September. {He} {d}. Nobody in the office knew, nobody in SLT seemed to care, and {his} {parent} only told me at parents\' evening. {react}',
  'Today was one of those days. {filler} {p} {d}. I went home and just sat there. {react} Tomorrow I\'ll go back and do it all again because that\'s the job.',
  'Thread 🧵 1/ So {p} {d}. 2/ We asked for support in October. 3/ Still nothing. {react}',
];

export function pupilFamilies(): Family[] {
  return [
    fam('people/pupil-sen', 210, SEN, [...GENERAL, ...ADVICE]),
    fam('people/pupil-medical', 90, MED, GENERAL),
    fam('people/pupil-mental-health', 130, MH, GENERAL, { also: ['safeguarding'], phase: 'older' }),
    fam('people/pupil-exclusion', 100, EXCL, GENERAL, { phase: 'older' }),
    fam('people/pupil-fsm-pp', 60, FSM, GENERAL),
    fam('people/pupil-care-social', 85, CARE, GENERAL, { also: ['safeguarding'] }),
    fam('people/pupil-home-life', 110, HOME, GENERAL),
    fam('people/pupil-grades', 70, GRADE, GENERAL),
    fam('people/pupil-behaviour', 100, BEH, GENERAL),
    { ...fam('people/pupil-proud-disclosing', 130, [], PROUD), lex: { ...PUPIL_LEX, d: PUPIL_LEX.softd! } },
    { ...fam('people/pupil-long-vent', 120, [], LONG), lex: { ...PUPIL_LEX, d: PUPIL_LEX.anyd! } },
    fam('people/pupil-good-news', 110, GOOD_NEWS_D, GOOD_NEWS),
    { ...fam('people/pupil-advice', 70, [], ADVICE), lex: { ...PUPIL_LEX, d: PUPIL_LEX.anyd! } },
    { ...fam('people/pupil-linkedin', 55, [], LINKEDIN, { formal: true }), lex: { ...PUPIL_LEX, d: PUPIL_LEX.softd! } },
    { ...fam('people/pupil-handover', 60, [], HANDOVER), lex: { ...PUPIL_LEX, d: PUPIL_LEX.softd!, d2: D2 } },
    { source: 'people/pupil-data', n: 110, label: 'flag', category: 'confidential', templates: DATA, lex: DATA_LEX },
  ];
}
