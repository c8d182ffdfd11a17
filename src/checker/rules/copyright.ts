/**
 * Clause 5.2: content that "breaches copyright": sharing others' paid or protected material (free
 * PDFs of textbooks, leaked exam papers, links to full films, pasted "all rights reserved" text).
 */
import { requireGate, withUses } from './rule';
import { anchored, gateWords, hitsOf, nearPairs, words, wordRe, type Rule, type RuleDocs, type RuleHit } from './rule';

const COPYRIGHT_GATE = gateWords([
  'free pdf pdfs scan scans scanned photocopies photocopied ebook leaked leak stolen copy hold full whole entire complete watch stream download rights #copy #c torrent torrents pirated pirate cracked crack keygen warez megaupload putlocker 123movies movies fmovies libgen library zlibrary sci hub scihub without book',
]);

const PATTERNS = [
  anchored(
    /(?<![a-z])free (?:pdfs?|downloads?|e-?books?|copy|copies|scans?) (?:of )?(?:the |this |my |our |a |an )?(?:[a-z0-9'-]{1,20} ){0,4}(?:textbooks?|books?|workbooks?|revision guides?|novels?|schemes? of work|worksheets?|resources?|cgp|collins|pearson|oxford|hodder|twinkl)(?![a-z])/g,
    ['free'],
  ),
  anchored(
    /(?<![a-z])(?:pdfs?|scans?|scanned copy|photocopies|photocopied|ebook|e-book) of (?:the |this |my |our |a |an |every |all |each )?(?:whole |entire |full |complete )?(?:[a-z0-9'-]{1,20} ){0,3}(?:textbooks?|books?|workbooks?|revision guides?|novels?|schemes? of work|cgp|collins|pearson|oxford|hodder)(?![a-z])/g,
    ['pdf', 'pdfs', 'scan', 'scans', 'scanned', 'photocopies', 'photocopied', 'ebook', 'book'],
  ),
  anchored(
    /(?<![a-z])(?:textbook|workbook|revision guide|cgp|pearson|collins|hodder|oxford)[a-z ]{0,30}(?:free pdf|pdf free|pdf download|free download|full pdf|pdf link|pdf here)(?![a-z])/g,
    ['pdf', 'free', 'download', 'link', 'here'],
  ),
  anchored(
    /(?<![a-z])(?:leaked|leak of (?:the|this|next (?:week|year)'?s?)|stolen|early copy of the|advance copy of the|got hold of the|got a copy of the|copy of next (?:week|year)'?s?) (?:[a-z0-9'-]{1,15} ){0,3}(?:exam|exams|paper|papers|test|tests|questions|mark schemes?|sats?|gcses?|a-?levels?)(?![a-z])/g,
    ['leaked', 'leak', 'stolen', 'copy', 'hold'],
  ),
  anchored(/(?<![a-z])(?:exam|test|sats|gcse|a-?level) (?:paper|papers|questions|mark scheme)s? (?:have |has )?(?:been )?leaked(?![a-z])/g, ['leaked']),
  anchored(
    /(?<![a-z])(?:full|whole|entire|complete) (?:film|films|movie|movies|episode|episodes|season|series|album|match|concert)s? (?:link|links|free|online free|for free|here|download|stream|hd|in hd)(?![a-z])/g,
    ['full', 'whole', 'entire', 'complete'],
  ),
  // Anchored only on words that stand whole in any match: not "watch" ("watching" matches too), so on its ending.
  anchored(/(?<![a-z])(?:watch|stream|download)[a-z ]{0,40}(?:for free|free online|online free|free here|without paying)(?![a-z])/g, [
    'free',
    'online',
    'here',
    'paying',
  ]),
  anchored(/(?<![a-z])all rights reserved(?![a-z])/g, ['reserved']),
  // "(c) 2023", "© 2023": the copyright sign or a lone "c".
  requireGate(/(?:©|\(c\)) ?(?:19|20)\d\d(?![0-9])/g, gateWords(['#copy #c'])),
  anchored(
    /(?<![a-z])(?:torrent|torrents|pirated|pirate copy|cracked version|cracked copy|crack for|keygen|warez|megaupload|putlocker|123movies|fmovies|libgen|z-library|zlibrary|sci-hub|scihub)(?![a-z])/g,
    [
      'torrent',
      'torrents',
      'pirated',
      'pirate',
      'cracked',
      'crack',
      'keygen',
      'warez',
      'megaupload',
      'putlocker',
      'movies',
      'fmovies',
      'libgen',
      'library',
      'zlibrary',
      'hub',
      'scihub',
    ],
  ),
  anchored(/(?<![a-z])(?:reproduced|copied|shared|posted|uploaded) without (?:the )?(?:permission|a licence|a license|licence|license|paying)(?![a-z])/g, [
    'without',
  ]),
];

export const protectedMaterial: Rule = {
  id: 'copyright/protected-material',
  category: 'copyright',
  severity: 'warning',
  reason: 'This looks like sharing material someone else owns, which may breach copyright.',
  gate: (doc) => doc.hasAny(COPYRIGHT_GATE),
  run: (doc) => hitsOf(doc, ...PATTERNS),
};

/** What is shared, by kind: the reason names it. Each string lists phrases separated by "|". */
const WORK_KINDS: ReadonlyArray<readonly [string, string]> = [
  [
    'a book or published scheme',
    'textbook|textbooks|book|books|storybook|storybooks|reading books|workbook|workbooks|revision guide|revision guides|novel|novels|e-book|ebook|chapter|chapters|pages|' +
      'cgp|hodder|collins|pearson|oxford reading tree|read write inc|bug club|white rose|scheme of work|schemes of work|set text',
  ],
  ['an exam paper', 'exam paper|exam papers|paper 1|paper 2|paper 3|mark scheme|mark schemes|question paper|live paper|sats paper|sats papers|mock paper'],
  [
    'a paid resource',
    'tes|twinkl|resource pack|resource packs|premium resource|premium resources|paid resource|paid resources|unit pack|lesson pack|lesson packs|teachers pay teachers|subscription',
  ],
  [
    'a film, programme or music',
    'film|films|movie|movies|episode|episodes|series|documentary|dvd|album|albums|single|song|songs|track|tracks|soundtrack|backing track|playlist|concert',
  ],
  ['a photo or artwork', 'photo|shot|photograph|image|images|picture|illustration|illustrations|artwork|cartoon|photographer|artist'],
];
const WORK_KIND = new Map<string, string>();
for (const [k, list] of WORK_KINDS) for (const p of list.split('|')) WORK_KIND.set(p, k);
const WORK_LIST = [...WORK_KIND.keys()];
const WORK = anchored(wordRe(words(WORK_LIST)), WORK_LIST);
/** Copying the whole of it, or getting it before release. */
const COPY_LIST = (
  'scanned|scan|scans|scanning|photocopied|photocopy|photocopies|copied|pdf|pdfs|uploaded|upload|uploading|ripped|downloaded|screenshotted|whole|entire|full|complete|full set|' +
  "every page|all the pages|pages from|got hold of|before it's released|before it is released|before release|before they're released|unreleased|leaked|paid for|i paid|bought|purchased|" +
  "as the soundtrack|as our soundtrack|as the backing track|as background music|found on|taken from|off google|from google|from pinterest|off pinterest|from instagram|from a photographer's|from an artist's|photographer's website|artist's website|off the internet|from the internet|someone else's"
).split('|');
const COPY = anchored(wordRe(words(COPY_LIST)), COPY_LIST);
/** Passing it on: a link, a drive, "DM me", an offer to send it round, a class page. */
const OFFER_LIST = (
  'link|links|drive link|google drive|dropbox|padlet|in the comments|in comments|link in bio|dm me|message me|messages me|pm me|inbox me|happy to share|sharing|share|shared|' +
  'anyone who wants|if anyone wants|anyone want|free to download|download|here you go|for anyone|youtube|tiktok|class page|our website|prospectus|newsletter|website|poster|cover|' +
  'soundtrack|montage|uploaded|upload|uploading|posted|posting|popping it'
).split('|');
const OFFER = anchored(wordRe(words(OFFER_LIST)), OFFER_LIST);

export const sharedCopies: Rule = {
  id: 'copyright/shared-copies',
  category: 'copyright',
  severity: 'warning',
  reason: 'This looks like sharing a copy of something someone else owns, which may breach copyright.',
  gate: (doc) => doc.mayMatch(COPY) && doc.mayMatch(WORK) && doc.mayMatch(OFFER),
  run: (doc): RuleHit[] => {
    const copy = doc.find(COPY);
    if (!copy.length) return [];
    const work = doc.find(WORK);
    const pairs = nearPairs(copy, work, 60, { disjoint: true });
    if (!pairs.length) return [];
    const offers = doc.find(OFFER);
    // The copy of a work, and passing it on nearby (not the copy word itself).
    const hit = pairs.find(([c, w]) =>
      offers.some((o) => !(o.from < c.to && c.from < o.to) && !(o.from < w.to && w.from < o.to) && Math.abs(o.from - w.from) <= 200),
    );
    if (!hit) return [];
    const kind = WORK_KIND.get(doc.text.slice(hit[1].from, hit[1].to).replace(/\s+/g, ' '));
    return [{ ranges: hit, reason: kind ? `This looks like sharing a copy of ${kind} that someone else owns, which may breach copyright.` : undefined }];
  },
};

// The patterns and gates the rules use, for the engine's tables (see Rule.uses).
export const rules: Rule[] = withUses([protectedMaterial, sharedCopies], [COPYRIGHT_GATE, ...PATTERNS, WORK, COPY, OFFER]);

/** Each rule's description (for the docs) and its "must flag" and "must not flag" examples (run by test/unit/checker/rules.test.ts); kept out of the rule objects so the content script does not ship them. */
export const DOCS: Record<string, RuleDocs> = {
  'copyright/protected-material': {
    description: 'Sharing others\' paid or protected material: free PDFs of textbooks, leaked exam papers, full film links, "all rights reserved" text.',
    flag: [
      'Got an e-book of the textbook if anyone wants it',
      'Free pdf of the AQA biology textbook here, DM me',
      'Anyone got the leaked exam paper for tomorrow?',
      'Full film link in the comments',
      'Copyright 2023 Pearson Education Ltd. All rights reserved.',
      'Here is a scanned copy of the whole CGP revision guide',
      'Watch the new Pixar film for free online here',
      'Found a torrent for the new scheme of work',
      '© 2022 Twinkl',
    ],
    ok: [
      'Year 9 wrote their own book reviews',
      'Our library has new copies of the textbook',
      'Exam season starts Monday, good luck everyone!',
      'We watched a film about volcanoes in geography',
      'Free school meals registration is open',
      'Free breakfast club for all pupils this week',
    ],
  },
  'copyright/shared-copies': {
    description:
      "Passing on a copy of someone else's work: scanned or photocopied books and schemes, exam papers before release, paid resources (TES, Twinkl), whole films, programmes or albums, photos taken from the web, with a link, a drive or an offer to share. The reason names the kind of work.",
    flag: [
      'Photocopied every page of the Collins workbook, drive link below for anyone who wants it',
      'I paid for the Twinkl resource pack so happy to share it with anyone, just message me',
      'Uploaded the full film to the Year 5 class page so pupils can see it from home',
      'Scanned chapters from the set text, PDF in the comments',
      "Used a photo from Pinterest on the cover of this term's newsletter",
      'Got the Edexcel mark scheme before release, DM me for a copy',
    ],
    ok: [
      'Year 5 scanned their own artwork for the class book, have a look',
      'Bought a new set of reading books for the library with PTA money',
      'We watched the whole film in Year 6 as an end of term treat',
      'Please share our open day poster!',
      'Our full set of past papers is on the exam board website',
      'Twinkl has a free resource pack on the Romans, link here',
    ],
  },
};
