/**
 * Flagged families of the voices part: the core sentence carries the risk, named or implied.
 * Written from the staff social-media policy (clauses 5.2-5.5, 6) and knowledge of UK school life.
 */
import type { VFamily } from './kit';

export const BULLYING: readonly VFamily[] = [
  {
    name: 'bully-pupil-looks', n: 110, label: 'flag', category: 'bullying',
    cores: [
      '{pupil} came in with a new haircut and honestly looked like {a startled hedgehog|a Lego man|a toilet brush|a boiled egg}.',
      '{pupilm} is the size of a {house|fridge|small bus} now, he had to turn sideways to get through the door.',
      "{pupilf}'s mum clearly dresses her from {the bargain bin|a charity shop reject pile|the lost property box}. Poor thing.",
      "Not saying {pupil} needs to lay off the chips but {the chair creaked|PE was a struggle|the climbing frame had a word}.",
      'Whoever told {pupil} that {fake tan|that fringe|those eyebrows|that tracksuit} was a good idea needs locking up.',
      "{pupil}'s accent is so thick I just nod and smile. Might as well be speaking Klingon.",
      "{pupil} smells like a wet dog again. Third day running. Windows open, bless.",
      "Poor {pupil}, face only a mother could love and even she's not sure.",
      "Spotted {pupil} on non-uniform day in {that outfit|a onesie|leggings two sizes too small}. Some things can't be unseen.",
      "{pupilm} with his {greasy hair|spots|tiny moustache} thinking he's God's gift. Mate. No.",
      'The {year} school photos came in. {pupil} looks like a thumb with a fringe.',
      'Called {pupilm} "big man" all lesson and he didn\'t even get that I meant the belly.',
    ],
  },
  {
    name: 'bully-pupil-brains', n: 130, label: 'flag', category: 'bullying',
    cores: [
      '{pupil} asked me if {Wales is in London|the sun is a planet|a triangle has four sides|Henry VIII was in the war}. Thick as mince, bless.',
      "Marking {cls}'s tests and I've realised {pupil} has the brain of a goldfish. On a good day.",
      '{cls} are basically a zoo. Feeding time at 12, keepers wear lanyards.',
      "Teaching {cls} is like herding {sheep|cats|feral pigeons} who've had Red Bull.",
      "Bless {pupil}, lights are on but nobody's home. Never will be.",
      "{pupil} is the reason shampoo has instructions.",
      "Told {pupil} he'd make a great {plumber|bin man} because he definitely isn't passing anything else.",
      "Poor {pupil} tries so hard, it's almost sad to watch. Almost.",
      '{cls} are the thickest group I have ever taught and I once did supply in {town}.',
      "Gave {pupil} a 1 and that was generous. Two brain cells and they're fighting for third place.",
      "{pupil} read \"{biscuit|island|Wednesday}\" out loud wrong in front of everyone and I laughed. Couldn't help it.",
      'Set 5 {year}: like teaching a room full of {potatoes|houseplants|Labradors}.',
      "Asked {cls} a simple question and got {thirty|twenty-eight} blank faces. Cows looking at a gate.",
      "{pupil}'s essay is the funniest thing I've read all year. Screenshot in the comments.",
    ],
  },
  {
    name: 'bully-parent', n: 90, label: 'flag', category: 'bullying', also: [],
    cores: [
      "{parent} turned up to parents' evening in {her pyjamas|a Burberry cap|full make-up and slippers}. Explains a lot about {kid}.",
      "Met {parent} today. Apple, tree, not far.",
      "{parent} can't spell either, so now we know where {kid} gets it.",
      "{parentf} has the voice of a {seagull|car alarm|foghorn} and the IQ to match.",
      "{parent} emailed again. {Fifth|Sixth} time this week. Some people clearly don't have jobs.",
      "Whole family of them are thick as two short planks. {kid}'s {mum|dad} couldn't find the main entrance.",
      '{parent} is the size of the minibus. Nearly blocked the gate.',
      "Bless {parent}, thinks {kid} is gifted. Love, he eats glue.",
      "{parent} at the gate again with the {fake lashes|tracksuit|tattooed eyebrows}. Classy.",
    ],
  },
  {
    name: 'bully-colleague', n: 110, label: 'flag', category: 'bullying',
    cores: [
      "{colf} has worn the same cardigan every day since September. We've started a sweepstake on when it gets washed.",
      "{colm} walked into briefing with his flies down and {nobody told him|I took a photo}. Best day of term.",
      "Watching {colf} try to use the smartboard is like watching a pensioner with a TikTok.",
      "{colm} droned on for forty minutes at INSET. Somebody please put him out of his misery.",
      "{colf}'s lesson was so bad the kids fell asleep. I would too, love.",
      "Nobody sits with {colm} at lunch and honestly I get why.",
      "{colf} got her ECT review back. Poor love, she's just not cut out for it and everyone knows.",
      "Somebody tell {colm} that {comb-over|that tie|that aftershave} isn't fooling anyone.",
      "Pity party for {colf} again this morning. Cry me a river, we all have marking.",
      "{colm} thinks he's running the place. Mate, you're a {TA|cover supervisor|second in department}.",
      "The new ECT, bless her, looks about twelve and has the classroom presence of a damp tea towel.",
      "We've got a WhatsApp group for taking the mick out of {colf}. Fifteen of us. She has no idea.",
    ],
  },
];

export const OFFENSIVE: readonly VFamily[] = [
  {
    name: 'threat-pupil', n: 100, label: 'flag', category: 'offensive', also: ['bullying'],
    cores: [
      "If {pupil} says one more word to me tomorrow I swear I'll {wring his neck|knock his block off|put him through the window}.",
      "{pupil} better hope I don't see him outside school. Just saying.",
      "I know where {pupil} lives. Sleep tight, sunshine.",
      "One day {pupil} is going to push me too far and they'll need an ambulance.",
      "Told {pupil} to watch his back. Didn't say it in a jokey way either.",
      "{pupil} keep it up and see what happens. I'll be waiting at the bus stop.",
      "Not saying I'll key {pupil}'s dad's car but I've got my keys ready.",
      "If {pupil} kicks off again I'm going to lose it and they'll be picking bits of him off the wall.",
      "Somebody hold me back before I go round {pupil}'s house.",
      "{pupil}: one more and you'll regret it. Oh, he knows I'm on here. Good.",
      "Dreaming about what I'd do to {pupil} if there weren't cameras in the corridor.",
    ],
  },
  {
    name: 'threat-parent', n: 80, label: 'flag', category: 'offensive', also: ['bullying'],
    cores: [
      "{parent} wants a word? Fine. Meet me in the car park and we'll have a proper word.",
      "If {parent} comes in shouting again I'm going to put them on the floor. Don't care about my job anymore.",
      "I know which street {parent} lives on. Might pay a little visit.",
      "{parent} should be very careful. My brother-in-law knows people.",
      "Dear {parent}, keep slagging me off on the school Facebook group and we'll see who needs an ambulance.",
      "Watch yourself, {parent}. I know what car you drive.",
      "Waiting for {parent} at the gate tomorrow. Let's see how brave they are face to face.",
      "{parent} reported me to the head. They'd better not walk home alone.",
    ],
  },
  {
    name: 'threat-colleague', n: 70, label: 'flag', category: 'offensive', also: ['bullying'],
    cores: [
      "If {colm} takes my parking space one more time his tyres are going down. All four.",
      "{colf} grassed me up to SLT. She'll get what's coming to her. Karma's slow, I'm not.",
      "Honestly I'm going to swing for {colm} at the Christmas do. Bring popcorn.",
      "{colf} better not come in tomorrow or it'll be an ambulance job.",
      "I know where {colm} parks and I know where he drinks. Sleep well, mate.",
      "{colf} keeps {stealing my glue sticks|booking my room|reporting me}. Next time I'm taking her out. Properly.",
      "Someone needs to shut {colm} up permanently and I'm volunteering.",
    ],
  },
  {
    name: 'lewd-colleague', n: 70, label: 'flag', category: 'offensive',
    cores: [
      "The new {dept} teacher is absolutely fit. I'd let him mark more than my books 😏",
      "{colf} in that tight dress at INSET. Couldn't concentrate on a word of the safeguarding update.",
      "{colm} bending over the photocopier made my whole morning. Bum like two peaches.",
      "Staff room consensus: {colm} could {get it|teach me a lesson anytime|take me on a residential}.",
      "{colf} walked past in those leggings and half the PE department forgot how to blow a whistle.",
      "Sat next to {colm} at the twilight and all I could think about was what's under that lanyard.",
      "Christmas do dare: whoever gets a snog off {colf} wins the bottle of Baileys.",
      "Supply teacher today was so hot I nearly asked him to do a lesson on reproduction. For me.",
      "Rating the male staff out of ten with the girls in the office. {colm} is a solid 9, would ride.",
    ],
  },
  {
    name: 'lewd-parent', n: 45, label: 'flag', category: 'offensive',
    cores: [
      "{parentf} at pick-up in that top. Nobody was looking at the reading records.",
      "Hot dad alert on the {Year 3|Reception|Y5} gate again. He can drop me off any time.",
      "{parentf} flirted with me at parents' evening so hard I nearly gave {kid} a 9.",
      "The {mum|dad} in the Range Rover is a MILF/DILF and I will not be taking questions.",
      "If {kid}'s dad comes to sports day in those shorts again I won't be responsible.",
    ],
  },
  {
    name: 'swear-rant', n: 70, label: 'flag', category: 'offensive',
    cores: [
      "Absolutely fucking sick of this shit. {slt} can go fuck themselves with their data drop.",
      "What a shit show of a day. Every single one of them can piss off.",
      "Fuck {Ofsted|the trust|the data drop|lesson observations|duty rotas}. Fuck all of it.",
      "Bollocks to the new behaviour policy, bollocks to the {timetable|marking policy|learning walk}, bollocks to the lot.",
      "{cls} were a bunch of little shits today. Every last one.",
      "I'm so done with these twats. Pardon my French. Actually don't.",
      "Who the fuck decided parents' evening on a {Friday|Monday} till 8? Dickheads.",
      "Piss-poor organisation again. Cock-up after cock-up. Wankers.",
    ],
  },
];

export const DISREPUTE: readonly VFamily[] = [
  {
    name: 'disrep-marking', n: 110, label: 'flag', category: 'disrepute',
    cores: [
      "Marked {cls}'s mocks with {drink}. Some very generous grades in the second half 🍷",
      "Let's just say {drink} did most of the marking tonight.",
      "Haven't actually marked {cls}'s books since October. Tick and flick, nobody checks.",
      "Gave the whole of {cls} a 5 without reading them. Book look on {day}, sorted.",
      "Pro tip: mark the first paragraph, guess the rest. Done thirty essays in twenty minutes.",
      "Binned {cls}'s homework and told them it got lost. Not marking that.",
      "Filled in the predicted grades by {rolling a dice|vibes|copying last year's}. Data drop done.",
      "Report comments copy-pasted for all thirty. Changed the names. Mostly.",
      "Marking in the bath with a large glass. Red pen's gone a bit wobbly.",
      "The moderation sample is the only bit I've actually marked. Don't tell anyone.",
    ],
  },
  {
    name: 'disrep-lessons', n: 110, label: 'flag', category: 'disrepute', also: ['lesson-time'],
    cores: [
      "Posting this from the back of {cls}'s lesson while they do a worksheet. Multitasking.",
      "Currently scrolling Facebook while {cls} 'watch a video'. Best part of the day.",
      "Fell asleep invigilating the {maths|English|science|French} mock. Woke up to the hall staring at me.",
      "Wrote most of {pupil}'s coursework for him. Well, he was never going to do it, was he?",
      "Gave {cls} the answers to the controlled assessment. Results are results.",
      "Put a film on for {cls} for the third lesson running. Learning objective: I need a nap.",
      "Sat in my car for the whole of period 4. Nobody noticed.",
      "Invigilating = online shopping. Ordered a new sofa during the {physics|RE|history} paper.",
      { t: "Left {cls} with the TA and went to Greggs. Back before the bell.", also: [] },
      "Ordered my Christmas shopping during {cls}'s {test|assessment}. Sorted.",
      "Helped {pupil} with his {GCSE art|NEA|coursework} a bit too much. Basically it's mine. Hope the moderator likes it.",
    ],
  },
  {
    name: 'disrep-party', n: 90, label: 'flag', category: 'disrepute',
    cores: [
      "Staff Christmas do: {colm} threw up in the {head's car|school minibus|flowerbed by reception} and {colf} snogged the caretaker. Absolute scenes.",
      "Still in my lanyard at 3am in {town} {Spoons|Yates's|the kebab shop}. Teaching {cls} in five hours 🍸",
      "End of term drinks turned into an all-nighter. Taught period 1 still drunk.",
      "Half the English department were wasted by 9pm. Someone did shots off the staffroom table.",
      "Turned up to INSET still hammered from last night. Nobody noticed. I think.",
      "Pics from the staff party are NOT going on the school website 😂 {colf} on the bar, {colm} with no shirt.",
      "Came in this morning hanging out of every orifice. {cls} were very quiet. So was I, over the bin.",
      "Staff night out in {town}: got thrown out of two bars, in school polo shirts.",
    ],
  },
  {
    name: 'disrep-property-data', n: 70, label: 'flag', category: 'disrepute', also: ['confidential'],
    cores: [
      { t: 'Borrowed the school laptop for my {son|daughter} to play Fortnite on over half term.', also: [] },
      { t: "Used the school minibus to move house. Don't tell the bursar.", also: [] },
      { t: 'Took the school iPad on holiday to Tenerife. Great for Netflix by the pool.', also: [] },
      { t: 'Half the stationery cupboard is in my loft now. Christmas presents sorted.', also: [] },
      "Left the SIMS screen up with all of {cls}'s details on it during parents' evening. Oops.",
      'Took the class list with all the home addresses to the pub to do my reports. Left it on the table.',
      "Printed {cls}'s safeguarding notes at home on the family computer. Kids saw them, whatever.",
      "My screen was showing the whole SEN register while the cover supervisor taught. Meh, they'd find out anyway.",
      { t: 'Wife uses my school email for her Vinted account. Works fine.', also: [] },
    ],
  },
];

export const REPUTATION: readonly VFamily[] = [
  {
    name: 'rep-slt', n: 110, label: 'flag', category: 'reputation',
    cores: [
      "{slt} couldn't organise a piss-up in a brewery. Decisions made by people who haven't taught in years.",
      "Our head hasn't stepped in a classroom since 2009 and it shows.",
      "The governors at {school} are a joke. Rubber stamp whatever the head wants.",
      "{trust} is bleeding {school} dry and nobody in charge cares about the kids.",
      "Another member of staff leaving {school} because of {slt}. That's {nine|eleven|fourteen} this year.",
      "Behaviour at {school} is out of control and SLT are hiding in their offices.",
      "Honestly the worst-led school I've ever worked in. The head's a puppet for {trust}.",
      "Nobody at {school} trusts the leadership. Morale is through the floor.",
      "Our SLT wouldn't know good teaching if it slapped them in the face.",
      "Governors' meeting tonight. Clueless. Absolutely clueless. And they're in charge of our kids.",
    ],
  },
  {
    name: 'rep-warn', n: 80, label: 'flag', category: 'reputation',
    cores: [
      "If you're thinking of applying for the {dept} job at {school}: don't. Just don't.",
      "Parents, if you're choosing secondaries, avoid {school}. I work there. Say no more.",
      "Wouldn't send my own kids to {school} if you paid me, and I teach there.",
      "Anyone looking at {school} for September, message me privately first. Things you should know.",
      "Job advert's up again at {school}. Ask yourself why they can never keep staff.",
      "Open evening at {school} tonight. Everything you'll see is staged. Ask about the supply teachers.",
      "Friends in {town}: send your kids anywhere but {school}.",
    ],
  },
];

export const DEFAMATION: readonly VFamily[] = [
  {
    name: 'defam-allege', n: 140, label: 'flag', category: 'defamation',
    cores: [
      "Everyone knows {colm} is {fiddling his expenses|on the take|nicking from the tuck shop money}. Just nobody will say it.",
      "Our head at {school} has been {having an affair with the chair of governors|drinking in her office|bullying staff out} for years.",
      "Pretty sure {colf} made up her sick days. Saw her at the races on {day}.",
      "{head} at {school} fiddled the {SATs|GCSE} results. Ask anyone who was there.",
      "The PTA treasurer, {fem} {sur}, has been helping herself to the fun run money.",
      "{colm} at {school} got sacked from his last job for something dodgy. Look it up.",
      "{parent} is a known drug dealer round here and everyone at school knows it.",
      "Word is {colm} only got the deputy job because he's shagging the head.",
      "Mr {sur} at {school} is a thief. There, I said it.",
      "Chair of governors at {school} gave the building contract to her brother. Corrupt as they come.",
    ],
  },
];

export const UNLAWFUL: readonly VFamily[] = [
  {
    name: 'unlaw-drugs', n: 60, label: 'flag', category: 'unlawful', also: ['disrepute'],
    cores: [
      'Couple of lines before the staff do and I was the life and soul 😎',
      "Got a nice bit of weed for half term. Teacher by day, stoner by night.",
      "Confiscated a vape off {pupil} and honestly it's not bad. Keeping it.",
      "Anyone know who sorts the party stuff in {town}? Asking for the staff Christmas do.",
      "Confiscated a bag of weed from {cls} today. Let's just say it won't be going to the police 🌿",
      "Edibles at the end-of-term barbecue. Best staff meeting ever.",
    ],
  },
  {
    name: 'unlaw-goods-fraud', n: 65, label: 'flag', category: 'unlawful', also: ['disrepute'],
    cores: [
      "Selling confiscated phones and vapes on Facebook Marketplace. {Year 10|Y9} have kept me in Christmas money.",
      "Got a box of confiscated vapes in my drawer, £5 each if anyone wants one.",
      "Put my own petrol on the school trip expenses. And the family's.",
      "Claimed for a course I never went on. Free money.",
      "Marked {pupil} present when he wasn't. Attendance figures, innit.",
      "Using the school card for my weekly shop. Nobody checks.",
      "Sold the spare laptops from the IT cupboard on eBay. Loads of them.",
    ],
  },
  {
    name: 'unlaw-reporting', n: 35, label: 'flag', category: 'unlawful', also: ['confidential', 'safeguarding'],
    cores: [
      "The kid in the court case they can't name? It's {kid} {sur} from {form}. Everyone at school knows.",
      "Can't believe the paper won't name the lad. It's {kidm} {sur}, {year} at {school}.",
      "That youth court case in {town}: it's one of ours. {kid} in {form}. Makes sense now.",
      "Reporting restrictions my foot. It's {kid} from {school}, I taught him.",
    ],
  },
];

export const FEWER: readonly VFamily[] = [
  {
    name: 'conf-misc', n: 45, label: 'flag', category: 'confidential',
    cores: [
      "{pupil} is on a CP plan now, which explains a lot about the last few months.",
      "{colf} is off with stress again. Third time this year. Between us, she's on a capability plan.",
      "Heard in the office that {colm} is being disciplined. Not saying why. But it's bad.",
      "{pupil} got {a 3|a 2|a U} in the mock. Told you, didn't I.",
      "Redundancies announced in the staffroom today. {dept} is losing two. Parents don't know yet.",
      "{pupil}'s parents are splitting up and dad's moved out. Poor kid's a wreck.",
    ],
  },
  {
    name: 'safeguard-locate', n: 30, label: 'flag', category: 'safeguarding', also: ['confidential'],
    cores: [
      "{pupil} lives on the {Elm|Ash|Oak} estate, the house with the blue door. Popped round to drop off his reading book.",
      "Anyone know which park {pupil} hangs out at after school? Need a quiet word.",
      "Saw {pupil} walking home alone past the {Co-op|chippy|church} again at 8pm. Same time every night.",
      "{pupil} is home alone every {Tuesday|Thursday} while mum works nights.",
    ],
  },
  {
    name: 'disc-subtle', n: 40, label: 'flag', category: 'discrimination', characteristic: 'race',
    cores: [
      "Shortlisting done. Skipped the ones with names I couldn't pronounce, saves hassle.",
      "{pupil}'s family are Polish so no point expecting them at parents' evening.",
      "Another new starter with no English. Just what {cls} needed. Go back where they came from, honestly.",
      "Can't understand a word {colm} says. Whoever hired him clearly didn't hear the accent.",
    ],
  },
  {
    name: 'contact-pupil', n: 30, label: 'flag', category: 'pupil-contact',
    cores: [
      "Added {pupil} on Snapchat so I can remind him about homework. Easier than the portal.",
      "{pupil} followed me on Insta. Followed back, why not, she's a nice kid.",
      "Set up a WhatsApp group with my {Year 10|Year 11|Y12} form so they can message me any time.",
      "Accepted a friend request from {pupil}. She's only {fifteen|sixteen|fourteen} but mature for her age.",
    ],
  },
  {
    name: 'consent-photos', n: 25, label: 'flag', category: 'consent', also: ['confidential'],
    cores: [
      "Here's {pupil} at sports day! Didn't ask the parents but it's such a good pic 📸",
      "Photo of {cls} on the trip to {the zoo|Eureka|the Deep|Chester Zoo}, full names tagged. Haven't checked the consent list, it'll be fine.",
      "Posting {pupil}'s winning artwork with her face and name. Mum won't mind, surely.",
    ],
  },
  {
    name: 'copyright-share', n: 25, label: 'flag', category: 'copyright',
    cores: [
      "Anyone want the full scanned PDF of the {AQA|Pearson|OUP} textbook? DM me, I've put it on my Google Drive.",
      "Uploaded the whole {paid|£40} TES pack to the group for free. Share the love.",
      "Here's the login for the trust's {Twinkl|Kerboodle|Sparx} account, everyone use it.",
    ],
  },
];

export const FLAGGED: readonly VFamily[] = [...BULLYING, ...OFFENSIVE, ...DISREPUTE, ...REPUTATION, ...DEFAMATION, ...UNLAWFUL, ...FEWER];
