/**
 * A small part-of-speech heuristic for aspect candidates, without a tagger: closed-class word
 * lists (function words, pronouns, fillers, verbs of reviewing, common verbs and adjectives) and
 * suffix rules decide whether a word can be part of a noun phrase; lemma() merges inflections and
 * obvious variants (batteries / battery, photos / pictures, sizing / size).
 * English first; German, French and Spanish function words are in aspects.ts' STOPWORDS.
 */

/** Words that are never part of an aspect: function words, pronouns, fillers, reviewing verbs, time words. */
const CLOSED =
  "a an the and or nor so yet for of to in on at by as is am are was were be been being it its it's i me my mine we us our you your he him his she her they them their " +
  'this that these those there here who whom whose which what when where why how all any some each every few both either neither one ones own same such ' +
  'has have had do does did done can could will would shall should may might must get got gets getting gotten ' +
  'not no yes too also just only even still very much many more most less least lot lots bit way ' +
  'out off up down over under about above below into onto from with without within than then now ago ' +
  'anyone anybody anything anywhere someone somebody something somewhere everyone everybody everything nobody nothing ' +
  'true false forever around called call calls calling else etc via per like unlike besides despite though although unless whether while ' +
  'bought buy buying purchase purchased order ordered returned return review reviews reviewed star stars rating ' +
  'recommend recommended amazon seller thing things stuff item items product products purchase purchases ' +
  'day days week weeks month months year years hour hours minute minutes second seconds time times today yesterday ' +
  'people person friend friends husband wife son daughter kids kid family mom dad gift christmas birthday reason fact ' +
  'work works worked working use used uses using make makes made making take takes took taking give gives gave ' +
  'come comes came go goes went gone going see saw seen look looks looked seem seems seemed feel felt find found ' +
  'say says said tell told think thought know knew known want wanted need needed try tried trying keep kept start started ' +
  'put let lets help helped stop stopped turn turned run runs ran play plays played show shows showed hold held ' +
  'love loved hate hated like liked enjoy wish hope hoped expect expected eat ate eaten eating drank ' +
  'big bigger biggest small smaller smallest large larger new newer old older long longer short shorter high higher low lower ' +
  'little tiny huge light heavy thin thick hot cold warm loud quiet other another different whole full entire real main ' +
  'first second third last next previous original actual overall general regular normal standard basic simple extra free ' +
  'several enough sure able single double certain due likely possible whole total top bottom inside outside ' +
  'white black red blue green pink grey gray ' +
  'ok okay well yeah oh wow lol maybe perhaps probably actually definitely totally pretty quite rather almost ' +
  'far needs need built build set fix fixed replace replaced ask asked read learn learned suggest pay paid spend spent starts crashes ' +
  'machine machines device devices unit units model models brand brands piece tax coupon penny bucks dollars business plan myself sometimes between sorry complaints user users hands ' +
  'decision decisions sense expectation expectations lack self instead later past kind sort type point pro pros con cons idea opinion question answer example chance choice bunch couple number world ' +
  // Number words, irregular past forms and comparatives: counts, events and degrees, never parts.
  'two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred thousand half dozen once twice ' +
  'sent left lost brought caught chose drove fell forgot heard hit lent meant met sold sat shut slept spoke stood taught threw understood won wrote wore began broke bent ' +
  'faster slower cheaper easier harder quicker brighter darker thinner thicker louder quieter sharper clearer lighter heavier nicer ' +
  // Discourse nouns: they carry a review's reasoning, not a property of the product.
  'others thats worry worries mind difference summary mention deal money average plus minus overall anyways anyway experience part job investment ' +
  'away soon alot plenty ready important necessary common dark loose open save guess heck ' +
  'replacement market research change version story reputation information benefits condition ' +
  // Adverbs, prepositions and wh-words that read as nouns to the suffix rules.
  'thus often otherwise together elsewhere somehow anymore along against near beyond apart ahead upon thru till whatever whenever everytime alright kinda wanna theres ive aside alone earlier forward anytime therefore hence meanwhile indeed anyhow somewhat nowhere everywhere whoever whichever wherever across behind toward towards throughout among beside besides ' +
  // People by kinship, dates and times of day: who and when, never a part.
  'sister sisters brother brothers boyfriend girlfriend fiance fiancee parents children child boy girl father uncle aunt nephew nephews niece cousin buddy ' +
  'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday morning evening afternoon weekend future moment moments ' +
  // Where the product is used, reasons and exclamations: the scenery of a review.
  'lap desk bed country town luck matter nature purpose solution thoughts reasons whatnot goodness ouch damn hell ' +
  // Reflexive and possessive pronouns ("the OS itself"); participles, verbs, adjectives and amounts the suffix rules miss.
  'itself yourself themselves himself herself ourselves theirs ours hers ' +
  'taken given chosen driven forgotten hidden proven spoken stolen written shown grown thrown drawn believe allow meets similar late ' +
  'stay send move close watch present claim claims bother redo reload split helps causes turns sells rocks offers basics favor tons ton pile ' +
  // Verbs in the third person that follow the part they tell of ("the trackpad keeps failing", "the charge lasts").
  'keeps lasts feels holds stays tends allows comes goes ' +
  'der die das den dem des und ist ein mit von für auf sie wir ich bei aus war hat ihr uns man les une est pas que qui par sur avec son ses mes aux été très los las una con por del muy sin fue hay era ' +
  'sind wird wurde waren haben sont était étaient está están estaba estaban';
const CLOSED_WORDS = new Set(CLOSED.split(' '));

/** Two-letter words that name parts of products. */
const SHORT_NOUNS = new Set(['os', 'cd', 'tv', 'ui', 'ux', 'hd', 'wi', 'xp', 'ms']);

/** -ing words that are nouns in reviews. */
const ING_NOUNS = new Set(
  'browsing surfing typing multitasking setting settings packaging sizing shipping charging lighting seating dining wiring ceiling building clothing bedding filling icing topping toppings stuffing frosting housing casing padding lining stitching cooling heating gaming editing processing printing streaming booking pudding dressing seasoning'.split(
    ' ',
  ),
);

/** Nouns that end in -ly like adverbs. */
const LY_NOUNS = new Set(['supply', 'supplies', 'assembly', 'jelly', 'belly', 'anomaly']);

/** Variants that name the same aspect, lemma to lemma. */
const VARIANTS: Record<string, string> = {
  photo: 'picture',
  pic: 'picture',
  pics: 'picture',
  image: 'picture',
  sizing: 'size',
  colour: 'color',
  setup: 'set-up',
  keypad: 'keyboard',
};

/** Lemma of a noun: plural endings off, variants merged. */
export function lemma(word: string): string {
  let w = word;
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (n > 4 && (w.endsWith('sses') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes'))) w = w.slice(0, -2);
  else if (n > 3 && w.endsWith('s') && !/(ss|us|is|ous|ics|ws)$/.test(w) && w !== 'lens' && w !== 'series' && w !== 'news')
    w = w.slice(0, -1);
  return VARIANTS[w] ?? w;
}

/**
 * Whether a word (lower case, not in the sentiment lexicon) can be part of a noun phrase: not a
 * closed-class word, not a number, 3+ letters, and no adverb, participle or adjective suffix.
 */
export function nounLike(word: string): boolean {
  const n = word.length;
  if (n === 2) return SHORT_NOUNS.has(word);
  if (n < 3 || n > 24 || CLOSED_WORDS.has(word)) return false;
  const c0 = word.charCodeAt(0);
  if (c0 >= 0x30 && c0 <= 0x39) return false;
  if (word.includes("'")) return false;
  if (n > 4 && word.endsWith('ly') && !LY_NOUNS.has(word)) return false;
  if (n > 4 && word.endsWith('ed') && !word.endsWith('eed')) return false;
  if (word.endsWith('ing') || word.endsWith('ings')) return ING_NOUNS.has(word);
  if (n > 5 && /(ous|ful|less|ive|ish|able|ible)$/.test(word)) return false;
  // Superlatives ("the latest", "the cheapest"); a few nouns end alike.
  if (n > 5 && word.endsWith('est') && !/(inter|requ|for|harv|prot|cont)est$/.test(word)) return false;
  return true;
}
