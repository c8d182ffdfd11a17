/**
 * ok posts: the ordinary school-staff posts the checker must leave alone, and traps that share the
 * flagged families' words (class codes, SEN, EHCP, Snapchat, WhatsApp, Ofsted, pregnant, DBS,
 * address, photos) with a harmless meaning: no identifiable pupil, consent stated, published news,
 * one's own news, official channels, adults.
 */
import type { Lexicon } from '../lib';
import type { Family, Tpl } from './kit';

const sec = (t: string): Tpl => ({ t, phase: 'secondary' });
const pri = (t: string): Tpl => ({ t, phase: 'primary' });

const PRAISE: Array<string | Tpl> = [
  'Brilliant assembly from {form} today!', 'So proud of {form} this week, every single one of them worked so hard {happymoji}', 'What a lovely class {form} are. Best behaved on the trip by a mile.',
  '{form} absolutely smashed their {subject} assessment, well done all!', 'Shout out to {form} for the best class assembly I\'ve seen in years 👏', 'Massive well done to {yr} for their performance tonight 🎭',
  'My {form} lot made me laugh so much {day}. Love this class.', sec('{form} were a joy in {subject} {day}. Debating like pros.'), 'Whole class 100% attendance this week, well done {form}! 🎉',
  sec('Period 5 on a Friday and {form} were still brilliant. Who are these kids?'), 'Huge thanks to {yr} for raising £{money} for {charity} 💜', '{form} won the attendance cup again!',
  pri('Proud of every single child in {yr} who sat their SATs this week. You were all amazing.'), 'Fab trip with {form} today. Impeccable manners all day.', pri('Our {yr} choir were stunning at the carol service 🎄'),
  pri('{form} have written the most beautiful poems about autumn 🍂'), sec('{yr} Geography fieldwork done, and every sock stayed dry.'), sec('Tutor time quiz: {form} beat me again. Gracious winners, mostly.'),
  'Loved reading {form}\'s persuasive letters to the council about the park.', 'Honestly {form} are the funniest class I\'ve ever taught.',
];
const SPORTS: Array<string | Tpl> = [
  sec('Great result for our U{age2} {team} today, {score} against {school} ⚽'), sec('Fixture result: {school} {score} {school2}. Brilliant effort from the {yr} {team}.'),
  'Our {yr} netball team are county champions! 🏆', 'Cross-country season over. Proud of every runner from {yr} who finished in the mud.', 'U{age2} rugby lost {score2} but what a second half. Heads up, lads.',
  'Sports day done ☀️ House {house} took the trophy, {yr} egg and spoon was chaos.', 'Swimming gala results: 3 golds and a silver for {school}! 🏊', 'District athletics tomorrow. Good luck to everyone competing!',
  'Our Year 7 girls\' football team are through to the quarter finals 💪', sec('Cricket club starts next week for {yr}, sign up with Mr {sur} in PE.'), sec('Tag rugby festival with {yr} today, muddiest I\'ve ever been. Great fun.'),
];
const TRIPS: Array<string | Tpl> = [
  '{yr} trip to {trip} today. Coach sick count: one. Not bad.', sec('Back from residential with {yr}. Slept 4 hours in 3 nights. Worth every minute.'), 'Amazing day at {trip} with {form}, the kids asked the best questions.',
  pri('Forest school with {yr} this afternoon. Lots of mud, lots of joy 🌳'), '{yr} visit to the mosque today was so thoughtful, huge thanks to our hosts.', 'Museum trip done, {num} coaches, zero lost children. Winning.',
  sec('DofE bronze expedition this weekend with {yr}. Pray for dry weather.'), sec('Ski trip letters out to {yr} today. Yes, I\'m already excited.'), sec('Theatre trip to see {play} with {yr} tonight 🎭'),
  pri('Took {form} to the town library and they all signed up for cards 📚'), 'Beach trip with Reception, everyone came home with a bucket of shells and sand in their socks 🐚',
];
const STAFFROOM: Array<string | Tpl> = [
  'Somebody has nicked my lunch out of the staff kitchen. Again.', 'Photocopier jammed. The one time I was early.', 'That Sunday night planning feeling 😩', 'Marking {num}0 books this weekend. Who needs a social life.',
  'Whoever brought the cake in, I love you.', 'The kettle in the staffroom is finally fixed. Best news all term.', 'Wet play for the fourth day running. Send help.', 'Report writing season. My thesaurus is crying.',
  'INSET day and the coffee machine is broken. Is this a test?', 'Data drop due Friday. Spreadsheets everywhere.', 'Parents\' evening done. Voice gone. Bed.', 'Who else has a pile of laminating taller than their Year 1s?',
  'Lanyard has snapped, glasses are lost, it\'s only Tuesday.', 'Staff vs students netball on Friday. We\'re going to lose.', 'Mock marking with a glass of wine and Bake Off on. Balance.',
  'Fire alarm during the only lesson that was going well. Classic.', 'Does anyone else talk to their interactive whiteboard like it\'s a person?', 'Half term: finally got round to the dentist.',
  sec('Teaching {subject} to {form} while a wasp dive-bombs the room. Nobody learned anything.'), 'Forgot my lunch, was fed by the kitchen team. Heroes.', 'PPA in the car because every room was taken.',
  'Joined the union today. Should have done it years ago.', 'Supply work this week in three different schools. Love the variety.', 'Planning a whole unit on volcanoes and I\'m more excited than the kids.',
];
const RECRUIT = [
  'We\'re hiring! Teacher of {subject} at {school}, full time from September. Enhanced DBS check required. Link in bio.', 'Vacancy: Teaching Assistant (SEN), 32.5 hours term time. Safeguarding checks apply.',
  'Join our friendly team: Lunchtime supervisor needed at {school}. All posts subject to an enhanced DBS.', 'We\'re recruiting a SENCO to lead our inclusive provision. Closing date Friday.',
  '{school} is looking for a Designated Safeguarding Lead. Apply via the trust website.', 'Cover supervisor role available, ideal for someone thinking about teaching. DBS required.',
  'Know a brilliant Year 2 teacher? We\'re hiring. Please share!', 'Exams officer vacancy: attention to detail essential, confidentiality a must.', 'Our school office is hiring an attendance officer. Full details on our website.',
  'Vacancy for a PE coach for after-school clubs. Must have an enhanced DBS and safeguarding training.',
];
const RESOURCES = [
  'Anyone got good resources for teaching {topic} to {yr}?', 'Looking for ideas: {topic} for a mixed-ability {yr} class. What\'s worked for you?', 'Any recommendations for a scheme of work on {topic}? {yr}, 6 lessons.',
  'Teacher friends, best book for {topic} with {yr}?', 'Need a hook lesson for {topic} on {weekday}. Go!', 'Does anyone have a knowledge organiser for {topic} they\'d share? Happy to swap mine.',
  'Planning {topic} for {form}. Ideas please!', 'What\'s your favourite starter for {topic}?', 'PSHE lead asking: how do you teach {topic} to {yr} without it being cringe?',
];
const TOPICS = [
  'fractions', 'the water cycle', 'the Tudors', 'persuasive writing', 'photosynthesis', 'World War One poetry', 'coastal erosion', 'the Romans', 'algebra', 'Macbeth',
  'online safety', 'Snapchat and location sharing', 'healthy relationships', 'consent in RSE', 'cyberbullying', 'staying safe on WhatsApp', 'mental health awareness', 'grooming awareness',
  'puberty', 'the Holocaust', 'climate change', 'electricity', 'phonics phase 3', 'times tables', 'An Inspector Calls', 'the Industrial Revolution',
];
const NEWS_CONSENT = [
  'Our {yr} pupils at the county music festival (photos posted with consent from families) 🎶', 'Lovely to see {yr} performing today. All photos posted with permission from parents.',
  'From the school account: {yr} enjoyed their visit to {trip}. Photos used in line with our consent forms.', 'Thanks to all families who returned photo consent forms, our {yr} gallery is now on the website.',
  'Our new school council, pictured with their parents\' permission, met for the first time today.', 'Official: {school} {yr} won the regional maths challenge! Photo shared with consent 🏆',
  'All the children in these photos have consent on file. Just a reminder for anyone reposting, please don\'t tag names.', 'We only share photos of pupils whose parents have given consent. Here\'s {yr} at sports day ☀️',
  'Check the school Facebook page for the {yr} nativity photos, posted with parental permission.', 'Consent forms all in, so here\'s our {form} class photo on the school\'s page 📸 no names, as always.',
  'Photos from today\'s {yr} trip are on the school website (consent checked, no names).', 'Great to welcome parents to the {yr} showcase. Pictures on the school\'s page, shared with consent.',
];
const SEN_ADVOCACY = [
  'Brilliant CPD on ADHD today. So much to take back to the classroom.', 'Autistic children are not naughty. Adjust the environment, not the child.',
  'SEND funding is in crisis. Our schools need proper investment in EHCPs.', 'As a SENCO, the EHCP process is broken. Families wait far too long.',
  'Great training on dyslexia-friendly classrooms. Cream paper, clear fonts, patience.', 'Neurodivergent kids deserve teachers who understand them. Grateful for today\'s INSET.',
  'Anyone else find visual timetables help the whole class, not just pupils with SEN?', 'Reading about PDA this half term. Recommendations welcome.',
  'Pupil premium isn\'t a label, it\'s a responsibility. Great session from our trust today.', 'Self-harm awareness training today. Hard but necessary. Know the signs, tell your DSL.',
  'Mental health first aid course done ✅', 'Reminder that behaviour is communication. Every exclusion is a missed chance to understand.',
  'Our school\'s new sensory room opened today, thanks to the PTA\'s fundraising 💜', 'Looked-after children need stability. Proud to be our Virtual School link teacher.',
  'Free school meals should be universal. No child should learn hungry.', 'Fab webinar on supporting young carers in school. Worth your time.',
  'Inclusion isn\'t a bolt-on. It\'s the job.', 'World Autism Acceptance Week: our whole school focus is on kindness and difference.',
  'Spent INSET learning about attachment and trauma. Changed how I think about "difficult" behaviour.', 'The EHCP annual review template the LA sent is 30 pages. Who designs these?',
  'SEN support isn\'t a cost, it\'s an investment.', 'Did my NASENCo assessment today. Nearly there!', 'ADHD Awareness Month: so many adults, teachers included, are only now being diagnosed.',
];
const OWN_NEWS = [
  'I\'m pregnant! Baby due in {month}. Telling my {yr} class was the best bit 🥹', 'Personal news: I\'ve been diagnosed with ADHD at 38. So much makes sense now.',
  'Back at work after my operation. Thank you for all the lovely cards, {school} staff 💜', 'After 12 years at {school} I\'m leaving at Easter. I\'ve told my classes and I\'m heartbroken.',
  'I\'ve been off with stress and I\'m not ashamed to say it. Teachers, look after yourselves.', 'Starting maternity leave tomorrow! Going to miss my {form} so much.',
  'I\'m autistic, and I\'m a teacher. Happy to answer questions from anyone considering the job.', 'Finally got my DBS renewal through. Paperwork champion.',
  'My last day as a headteacher. Leaving after 31 years in the job. What a privilege.', 'Got the job! Head of {subject} from September 🎉', 'Passed my NPQSL! Worth every late night.',
  'I had a miscarriage last year and I\'m sharing because nobody talks about going back to teach after it.', 'Chemo round 4 done. Back in school soon, I miss the kids.',
  'New term, new me: I\'m job-sharing from September so I can be home with my little one.', 'Thrilled to announce I\'ve been appointed deputy head at {school}!',
  'Just handed in my resignation. Moving to a school nearer home. Exciting and scary.', 'My capability fears were unfounded, observation went well and I\'m actually proud of myself.',
];
const PUBLISHED = [
  'Delighted that our Ofsted report, published today, rates {school} as Good in all areas. Read it on our website.', 'Our Ofsted report is now live on the Ofsted website. Proud of our whole community.',
  'Results day! {pct}% of our Year 11s achieved 4+ in English and maths. Full results on the school website.', 'Congratulations to the class of {cyear} on their A level results, published today 🎓',
  'As announced to parents this week, {school} will join {trust} in September.', 'The consultation on our new admissions arrangements is now open, link on the school website.',
  'Our SIAMS report has been published and we\'re so proud of the outcome.', 'Following the letter to families today, our head will retire at the end of the year. Thank you for everything.',
  'Good luck to all our Year 11s sitting their maths paper tomorrow! You\'ve got this 💪', 'Exam season starts Monday. Rest, revise, drink water. We believe in you, Year 13.',
  'Ofsted visited last month; now that the report is public we can say a huge thanks to all staff.', 'Our budget statement for parents is available on the school website as always.',
];
const SAFE_TRAINING = [
  'Level 3 DSL refresher done ✅', 'Annual safeguarding training this morning. Always worth the reminder.', 'Reminder, staff: if a child discloses, never promise to keep it a secret. Listen, record, report to your DSL.',
  'Prevent training done. Know your DSL and deputy.', 'Keeping Children Safe in Education update read and signed. Have you done yours?', 'Safeguarding is everyone\'s responsibility. Log every concern on CPOMS, however small.',
  'Great session on online safety for parents tonight. Turn off Snapchat maps, everyone!', 'Spotted a pupil\'s post that worried you? Don\'t reply, screenshot and report to the DSL.',
  'Policy reminder: staff must not accept friend requests from pupils or ex-pupils under 18.', 'Our policy: never share a pupil\'s address, routine or whereabouts online. Simple.',
  'Safer recruitment course done. Interesting how much has changed.', 'Online safety week: our {yr} made posters about not sharing their location online.',
  'Staff training today on the new photo consent process. Check the list before you post!', 'Be careful what you post, colleagues. Parents and pupils can see more than you think.',
  'Reminder from the head: use the school\'s accounts to talk to parents, not your own.', 'Training on recognising signs of neglect today. Heavy, important stuff.',
  'Child protection training: nobody should be working out a child\'s home address from social media. Including us.',
];
const CHANNELS = [
  'The PTA runs a WhatsApp group for {yr} parents. Ask at the office to be added.', 'School updates go out on the official app and the school Facebook page only.',
  'Parents, please use the school email or app, not teachers\' personal accounts 😊', 'Our class WhatsApp for parents is run by the class reps, not staff.',
  'Staff WhatsApp group is for cover and cake announcements only 😂', 'Snapchat\'s new features explained for parents: our guide is on the school website.',
  'Set up the department WhatsApp for the {subject} team. Please keep pupil info off it.', 'Reminder: Teams is the only place to message pupils about homework.',
  'The school\'s Instagram account is now live! Follow for news, with all pupil photos shared with consent.', 'DM me if you\'re a {subject} teacher looking for the shared planning folder.',
  'Message me if you\'re a local teacher who wants to join our {subject} network. Adults only, obviously 😂', 'My TikTok is for teachers, by a teacher. No pupils, please.',
  'Year 11 revision resources are on Google Classroom, not my socials. See you there.', 'Our football club\'s parent WhatsApp is run by the club secretary. Any questions go to her.',
  'Just blocked a pupil who found my Instagram and reported it to the DSL, as per policy.', 'Declined a friend request from a Year 9 and told the safeguarding lead. Awkward but right.',
  'Tip for ECTs: set your socials to private and use a different name. Pupils will look.',
];
const ADULT_EX = [
  'Bumped into an ex-pupil in Tesco. Now 26 and a nurse. Proud doesn\'t cover it.', 'Accepted a LinkedIn request from a former student who\'s now 24 and teaching himself!',
  'A former pupil, now at university, emailed to say thanks. Made my year.', 'Taught her in Year 6, now she\'s a doctor. Ex-pupils are the best 😭', 'Got a wedding invite from a former student I taught 15 years ago 💒',
  'Ex-pupil, now 30, just joined our staff as a TA. Full circle.', 'Lovely message on Facebook from a former student who\'s now a dad himself. Makes you feel old.',
  'One of my first ever form group is now head of maths somewhere. I\'m ancient.', 'Former pupil (22) followed me on Insta to show me her graduation photos. Teary.',
];
const COLLEAGUE_NEWS = [
  'Congratulations to {staffname} on her retirement after 30 years at {school} 🎉', 'Welcome to {staffname} who joins our science department this week!',
  'Huge congratulations to our head on being made a National Leader of Education.', 'Well done to {staffname} on passing her NPQH!', 'Congratulations to {staffname}, who leads {subject} from next term, announced today.',
  'Our lovely {staffname} is off on maternity leave, she told the kids this morning and they cried 😭 good luck!', 'Thank you to {staffname} for running the best school disco ever.',
  'Proud of {staffname} who ran the marathon for the school\'s charity today 🏃', 'Farewell to {staffname}, who\'s leaving us for a deputy headship. We\'ll miss you!',
  'Massive thanks to our site team for clearing the snow at 6am ❄️', 'Our office team are unsung heroes. That\'s it. That\'s the post.', 'Shout out to the kitchen staff who made Christmas dinner for 400.',
];
const CURRICULUM: Array<string | Tpl> = [
  sec('Teaching Animal Farm to {form}. Great discussion about how Boxer is treated.'), sec('{yr} debating whether school exclusions work. Sharper arguments than most politicians.'),
  'RE with {yr}: what does forgiveness mean? Wonderful answers.', pri('Reading Wonder with {yr}. Auggie\'s story always gets them talking about kindness.'),
  'Year 10 sociology on the care system today. Really mature discussion.', 'PSHE: {yr} looking at how social media can put your location at risk.',
  pri('{yr} wrote diary entries as evacuees. One made me cry.'), sec('Teaching An Inspector Calls: Eva Smith\'s story never stops being relevant.'), sec('Lord of the Flies with {form}. They think Piggy deserved better. They\'re right.'),
  'A level psychology: ADHD and diagnosis debate, brilliant essays.', sec('Health and social care {yr} learning about safeguarding vulnerable adults. Proud of their maturity.'),
  sec('Citizenship: {yr} researching free school meals policy. They wrote to our MP!'), pri('Jacqueline Wilson\'s Tracy Beaker with {yr}. Foster care explained through stories.'),
];
const REFLECT = [
  'Some of our children carry so much. Be kind, always.', 'You never know what a child is going home to. Remember that on a hard day.', 'Teaching is 10% subject, 90% relationships.',
  'Every child who gets a sticker today might not get praise anywhere else. Give the sticker.', 'The kids who need love the most often ask for it in the most unloving ways.',
  'If a pupil tells you something worrying, report it. Every time. It\'s not gossip, it\'s protection.', 'Hungry children can\'t learn. Our breakfast club is full every day, and that says a lot.',
  'Ten years in and the kids still surprise me every single day.', 'Some days I\'m a teacher, a nurse, a counsellor and a detective before 9am.',
  'Behaviour is communication. It took me years to really understand that.', 'To every TA holding a class together: we see you.', 'A smile at the gate can change a child\'s whole day.',
  'Attendance isn\'t just a number. Behind every absence is a story we should listen to.', 'Schools are filling gaps that social services used to fill. Something has to give.',
];

const BEN_LEX: Lexicon = {
  money: ['250', '1,200', '480', '3,000', '95', '620'],
  charity: ['Children in Need', 'the local food bank', 'Comic Relief', 'Macmillan', 'the hospice', 'Save the Children', 'Mind'],
  age2: ['11', '12', '13', '14', '15', '16', '9', '10'],
  team: ['boys', 'girls', 'footballers', 'netballers', 'hockey team', 'rugby squad', 'basketball team'],
  score: ['3-1', '2-0', '4-4', '5-2', '1-0', '21-14', '28-12'],
  score2: ['10-24', '0-3', '1-2', '7-31'],
  school2: ['Riverside', 'St Anne\'s', 'Castle View', 'Northgate', 'Holy Cross', 'Parkfield'],
  house: ['Red', 'Blue', 'Newton', 'Curie', 'Seacole', 'Turing', 'Brontë', 'Darwin', 'Hawking'],
  sur: ['Jones', 'Ahmed', 'Okafor', 'Nowak', 'Patel', 'Williams', 'Campbell'],
  trip: ['the Natural History Museum', 'Chester Zoo', 'the Houses of Parliament', 'Whitby', 'the Eden Project', 'Cadbury World', 'the Lake District', 'Kew Gardens', 'the Science Museum', 'Warwick Castle', 'the Black Country Museum'],
  play: ['Matilda', 'The Lion King', 'An Inspector Calls', 'Macbeth', 'Frozen', 'Blood Brothers', 'Wicked'],
  topic: TOPICS,
  month: ['March', 'May', 'August', 'January', 'October'],
  pct: ['68', '72', '81', '59', '77'],
  cyear: ['2025', '2026', '2024'],
  trust: ['the Harbour Trust', 'Elm Tree MAT', 'Kingfisher Learning Trust', 'the diocesan trust'],
  staffname: ['Mrs Evans', 'Miss Ahmed', 'Ms Kowalski', 'Mrs Okafor', 'Dr Patel', 'Mrs Campbell', 'Miss Byrne', 'Sarah', 'Nadia', 'Bev', 'Mrs Shah'],
};

function ok(source: string, n: number, templates: Array<string | Tpl>, trap: boolean, formal = false): Family {
  return { source, n, label: 'ok', category: 'none', trap, templates, lex: BEN_LEX, formal };
}

const COMPOSED_LEX: Lexicon = {
  cpdopen: ['Brilliant CPD on', 'Really useful INSET on', 'Just finished a course on', 'Our SENCO led a session on', 'Webinar on', 'Staff meeting all about', 'Fab twilight training on',
    'Reading up on', 'Spent the morning learning about', 'Trust conference keynote on', 'Podcast recommendation for anyone interested in', 'Great book on', 'Half-day training on', 'Inspiring talk on'],
  cpdtopic: ['ADHD in girls', 'supporting autistic pupils in mainstream', 'writing good EHCP outcomes', 'dyslexia-friendly classrooms', 'self-harm awareness', 'trauma-informed practice',
    'attachment and looked-after children', 'PDA profiles', 'emotionally based school avoidance', 'speech and language needs', 'sensory processing', 'adaptive teaching for SEND',
    'the graduated approach', 'supporting young carers', 'pupil premium strategy', 'mental health first aid', 'Tourette\'s in the classroom', 'working with social workers',
    'reducing suspensions and exclusions', 'supporting children with a parent in prison', 'bereavement in schools', 'epilepsy awareness', 'diabetes care in school',
    'managing medicines in school', 'children missing education', 'the SEND Code of Practice', 'contextual safeguarding', 'online grooming', 'child criminal exploitation'],
  cpdtake: ['So much to take back to my classroom.', 'Highly recommend.', 'Every teacher should do this.', 'Changed how I think about behaviour.', 'Notes on my blog.', 'Thread below 👇',
    'Brain full.', 'Best CPD this year.', 'Worth every minute.', 'Grateful to work somewhere that invests in this.', 'Our kids deserve nothing less.', '', 'Anyone got further reading?',
    'Sharing the slides with my team tomorrow.', 'Lots to think about.'],
  advclaim: ['Autistic children are not naughty.', 'SEND funding is in crisis.', 'EHCP waits are a scandal.', 'Free school meals should be universal.', 'Behaviour is communication.',
    'ADHD is not bad parenting.', 'Dyslexia is not a lack of intelligence.', 'Every exclusion is a missed chance.', 'Young carers are invisible in too many schools.',
    'Children in care deserve stability.', 'CAMHS waiting lists are failing children.', 'Mental health support in schools is underfunded.', 'Neurodivergent kids deserve teachers who understand them.',
    'Pupil premium isn\'t a label, it\'s a responsibility.', 'Kids on the SEN register are not a data problem.', 'Self-harm is a cry for help, not attention seeking.', 'A diagnosis is a signpost, not a sentence.'],
  advend: ['Fund it properly.', 'Write to your MP.', 'Change my mind.', 'That\'s it. That\'s the post.', 'We can do better.', 'Schools can\'t fix this alone.', 'Adjust the environment, not the child.',
    '#SEND #inclusion', 'Proud to work in a school that gets it.', '', 'Twenty years in SEN and I\'ll die on this hill.', 'Say it louder.'],
  ownnews: ['I\'m pregnant! Due in {month}', 'Some personal news: I\'ve been diagnosed with {selfcond}', 'Back at work after my {op}', 'I\'m leaving {school} at {term} after {yrs} years',
    'I\'ve been off with stress and I\'m finally back', 'Starting maternity leave tomorrow', 'I\'m {selfid} and I\'m a teacher', 'Going on paternity leave on {weekday}', 'Finally told SLT I\'m expecting',
    'Just passed my {qual}', 'Starting a phased return after my {op}', 'I have {selfcond} and I teach {yr}', 'My DBS renewal came through', 'I\'ve handed in my notice', 'Two weeks post-op and I miss my class',
    'I\'ve been on a support plan this term and I passed it', 'Got the headship at {school}', 'Last day before my {op}'],
  ownend: ['Telling my {form} was the best bit.', 'Thanks for all the support.', 'Be kind to yourselves.', 'Teachers, look after yourselves.', 'New chapter!', 'Nervous and excited.',
    'Happy to answer questions.', 'Sharing because nobody talks about it.', '', 'Emotional day.', 'Cake in the staffroom on {weekday} 🎂', 'Still processing.'],
  selfcond: ['ADHD', 'autism', 'dyslexia', 'MS', 'endometriosis', 'type 1 diabetes', 'anxiety', 'long COVID', 'breast cancer', 'epilepsy', 'fibromyalgia'],
  selfid: ['autistic', 'dyslexic', 'an ADHDer', 'deaf', 'a wheelchair user', 'bipolar'],
  op: ['operation', 'knee op', 'surgery', 'hysterectomy', 'hip replacement', 'chemo'],
  term: ['Easter', 'Christmas', 'the end of the year', 'half term'],
  yrs: ['5', '8', '12', '20', '3'],
  qual: ['NPQH', 'NPQSL', 'NASENCo', 'masters', 'DSL training', 'driving test (finally)'],
  padj: ['Brilliant', 'Fantastic', 'Lovely', 'Amazing', 'Superb', 'Cracking', 'Gorgeous', 'Stunning', 'Wonderful', 'Top'],
  padjl: ['brilliant', 'fantastic', 'lovely', 'amazing', 'superb', 'cracking', 'wonderful', 'top-notch'],
  ownnewsl: ['I\'m pregnant, due in {month}', 'I\'ve been diagnosed with {selfcond}', 'I\'m back at work after my {op}', 'I\'m leaving {school} at {term}', 'I\'m {selfid}, and I teach', 'I\'ve passed my {qual}'],
  pnoun: ['assembly', 'effort', 'behaviour', 'singing', 'work', 'focus', 'attitude', 'debate', 'experiment', 'performance', 'teamwork', 'manners', 'writing', 'art'],
  pwhen: ['today', 'this morning', 'this afternoon', 'in {subject}', 'on the trip', 'at the concert', 'all week', 'during the mock', 'in assembly'],
  pend: ['', '', ' {happymoji}', '. So proud.', '. Best class.', '. Keep it up!', '. Made my day.', '. Head was impressed!', '. Star of the week all round.', '. Well done, everyone.'],
};

const SEN_CPD = ['{cpdopen} {cpdtopic}. {cpdtake}', '{cpdopen} {cpdtopic} {day}. {cpdtake}', '{cpdtake} {cpdopen} {cpdtopic}.'];
const ADVOCACY = ['{advclaim} {advend}', '{advclaim} {advclaim} {advend}', 'Unpopular opinion? {advclaim} {advend}'];
const OWN_COMPOSED = ['{ownnews}. {ownend}', '{ownnews}! {ownend}', 'Personal post: {ownnewsl}. {ownend}', '{ownnews} 😊 {ownend}'];
const PRAISE_COMPOSED = ['{padj} {pnoun} from {form} {pwhen}{pend}', '{form}: {padj} {pnoun} {pwhen}{pend}', '{padj} {pnoun} from my {yr}s {pwhen}{pend}', 'Shout out to {form} for the {padjl} {pnoun} {pwhen}{pend}', 'Proud of {yr} and their {pnoun} {pwhen}{pend}'];

const KIND_LEX: Lexicon = {
  kindact: ['held the door for every single person in assembly', 'gave {his} last biscuit to a friend', 'read to the Reception class at lunch', 'picked up litter on the field without being asked',
    'said thank you at the end of every lesson this week', 'helped the new kid find the dining hall', 'asked if I was ok because I looked tired', 'wrote me a card on my last day',
    'spent break fixing the class pencil pot', 'explained fractions to {his} table better than I did', 'stayed behind to stack the chairs', 'made the whole class laugh with {his} impression of me',
    'brought me a daffodil from {his} garden', 'got the whole class singing on the coach', 'asked the best question I\'ve ever been asked about black holes', 'organised a cake sale for the hospice all by {him}self'],
  kindend: ['{He}\'s a gem.', '{He} made my day.', 'Faith in humanity restored.', 'Kids are brilliant.', 'Didn\'t even want a house point.', 'Some days this job is the best.', '{He} has no idea how much that meant.', '', 'Told {him} {he}\'s a star.', 'Love this job.'],
  cgood: ['brought in doughnuts for the whole staff', 'did my duty so I could get to the dentist', 'fixed the photocopier with a paperclip', 'ran the best INSET I\'ve been to', 'covered my lesson at no notice', 'organised the staff Christmas do',
    'left a chocolate on everyone\'s desk', 'got the Year 6 play looking West End', 'sorted the entire library in a week', 'has been teaching here 25 years and still loves it', 'won the staff bake off', 'made SLT do the staff dance'],
  cend: ['{Che}\'s a legend.', 'What a star.', 'Don\'t tell {chim} I said so.', 'Give {chim} a pay rise, SLT 😂', 'Best colleague ever.', 'We don\'t deserve {chim}.', '', 'Quiet hero.', 'Left me speechless.', 'Here\'s to {chim} 🥂'],
  ordinary: ['Left my phone in the staffroom all day. Didn\'t miss it once.', 'Door duty in the rain. Smiled at 400 kids anyway.', 'SLT did break duty today so we could have a cuppa. Nice touch.', 'Quiet day. Too quiet. Something\'s coming.',
    'Here\'s to the weekend.', 'Don\'t tell the kids but I actually enjoy marking essays.', 'The man who fixed our boiler deserves a medal.', 'A good teacher changes lives. Mine did.', 'Didn\'t sit down once today. Steps: 19,000.',
    'Had the nicest email from a parent. Framing it.', 'Keep going, it\'s nearly half term.', 'Going home at 4 for once. Don\'t judge.', 'Tell me you teach Year 9 without telling me you teach Year 9.', 'Found a note from last year\'s class in my drawer. Not crying.', 'My heart is full after the carol concert.', 'Nobody knows how hard our TAs work. Thank you.', 'Not sure who needs to hear this, but you\'re doing fine.', 'Sent the newsletter. Had a cup of tea. Peak Friday.', 'Thinking of all the Year 11s sitting English today. You\'ve got this.', 'Had the best day with my class. No notes.', 'Heart and soul went into that production. Worth it.', 'He who laughs last clearly hasn\'t done the photocopying.', 'She said yes! Got engaged at half term 💍', 'My partner knows more about Year 5 fractions than he ever wanted to.'],
};
const LONG_OK = [
  '{filler} {filler} And then {form} asked if we could do the quiz again. {ordinary}',
  'Long one, sorry. {filler} Then at lunch the kitchen team did a roast for the whole school. {filler} Bed by 9 tonight.',
  'What a week. Monday: {filler} Tuesday: {filler} Wednesday: cried in the car (happy tears, {form} sang to me). Thursday: {filler} Friday: wine.',
  'Right, I need to vent. The photocopier, the parking, the Wi-Fi, the printer in the SEN base, the data drop. {ordinary} Anyway, the kids were great, as ever.',
  'Today was one of those days. {filler} The fire alarm sounded halfway through {subject}. I went home and just sat there. Tomorrow I\'ll go back and do it all again because that\'s the job.',
  'Thread 🧵 1/ We asked for a new interactive whiteboard in October. 2/ Still nothing. 3/ I now teach {subject} with a torch and a dream.',
  '{advclaim} {filler} {advend} {ordinary}',
];
const ANON_KIND = ['{p} {kindact}. {kindend}', 'Today {p} {kindact}. {kindend}', 'Best bit of my day: {p} {kindact}. {kindend}', 'Small moment: {p} {kindact}.'];
const COLLEAGUE_GOOD = ['{c} {cgood}. {cend}', 'Shout out to {c} who {cgood}. {cend}', 'Can we talk about how {c} {cgood}? {cend}', '{ordinary}', '{ordinary}'];

export function benignFamilies(): Family[] {
  return [
    ok('people/ok-class-praise', 130, PRAISE, true),
    { ...ok('people/ok-praise-composed', 150, PRAISE_COMPOSED, true), lex: { ...BEN_LEX, ...COMPOSED_LEX } },
    { ...ok('people/ok-sen-cpd', 150, SEN_CPD, true), lex: { ...BEN_LEX, ...COMPOSED_LEX } },
    { ...ok('people/ok-advocacy', 130, ADVOCACY, true), lex: { ...BEN_LEX, ...COMPOSED_LEX } },
    { ...ok('people/ok-own-news-composed', 140, OWN_COMPOSED, true), lex: { ...BEN_LEX, ...COMPOSED_LEX } },
    ok('people/ok-sports', 150, SPORTS, false),
    { ...ok('people/ok-anon-kind', 170, ANON_KIND, true), lex: { ...BEN_LEX, ...KIND_LEX }, anonPupil: true },
    { ...ok('people/ok-long-day', 120, LONG_OK, false), lex: { ...BEN_LEX, ...KIND_LEX, ...COMPOSED_LEX } },
    { ...ok('people/ok-colleague-kind', 170, COLLEAGUE_GOOD, true), lex: { ...BEN_LEX, ...KIND_LEX } },
    ok('people/ok-trips', 150, TRIPS, false),
    ok('people/ok-staffroom', 200, STAFFROOM, false),
    ok('people/ok-recruitment', 70, RECRUIT, true, true),
    { ...ok('people/ok-resources', 160, RESOURCES, false), lex: { ...BEN_LEX } },
    ok('people/ok-news-consent', 150, NEWS_CONSENT, true, true),
    ok('people/ok-sen-advocacy', 80, SEN_ADVOCACY, true),
    ok('people/ok-own-news', 80, OWN_NEWS, true),
    ok('people/ok-published', 90, PUBLISHED, true, true),
    ok('people/ok-safeguarding-training', 130, SAFE_TRAINING, true),
    ok('people/ok-channels', 120, CHANNELS, true),
    ok('people/ok-adult-ex-pupils', 50, ADULT_EX, true),
    ok('people/ok-colleague-news', 90, COLLEAGUE_NEWS, true),
    ok('people/ok-curriculum', 90, CURRICULUM, true),
    ok('people/ok-reflection', 90, REFLECT, true),
  ];
}
