/**
 * Sentence polarity lexicon: a compact, curated subset of the VADER lexicon (C.J. Hutto and
 * E. Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
 * Text", ICWSM 2014; the lexicon is released under the MIT License) limited to words that occur
 * in product reviews, with VADER's mean valences (-4 most negative to +4 most positive).
 *
 * VADER was built for social media and lacks many product words ("flimsy", "sturdy",
 * "overpriced") and every non-English word, so REVIEW_WORDS and OTHER_LANGUAGES are Candor's own
 * additions on the same scale, chosen by hand (MIT, like the rest of Candor). The AFINN list was
 * not used: its ODbL share-alike terms would bind this package.
 *
 * Kept as one string per list, words grouped by valence ("1.9 easy good|2.7 perfect"): about 500 words cost about 2 KB brotli in the theme finder chunk.
 */
import type { ContextRule } from './aspects/scratch.js';

/** From the VADER lexicon (MIT), grouped by valence: "valence word word ...", groups split by |. */
const VADER_SUBSET =
  '-3.4 horrific|-3.3 dead|-3.2 hated|-3.1 disaster worst|-2.9 disastrous torture|-2.8 fraud horrendous|-2.7 ' +
  'hate negative pathetic scam|-2.6 crappy died nasty terribly|-2.5 bad fail horrible horrid lousy|-2.4 ' +
  'disgusted disgusting frustrated horribly hurt|-2.3 angry disappointment failed failure pain ugly ' +
  'unprofessional|-2.2 arrogant damage disappointing insulting wasted|-2.1 badly broken disappointed fake ' +
  'frustration gross hurts poor sad terrible unfair unpleasant worse wrong|-2 awful forced helpless hopeless ' +
  'irritated irritating outrageous sucked unacceptable|-1.9 annoy damaged defective dirty disappointingly ' +
  'dreadful frustrating hates painful tired weak worthless|-1.8 annoys bitter broke disadvantage fails ' +
  'freaking lame regret sadly ugh unhappy useless waste|-1.7 annoying complained crash disappoint error fault ' +
  'inadequate inferior lose misleading problem problems stink trouble unsatisfied|-1.6 annoyed crap ' +
  'disappoints dislike dissatisfied hostile impolite losing regretted uncomfortable upset|-1.5 complain ' +
  'difficult inconvenience lags mess messy ridiculous sucks unfriendly unstable|-1.4 difficulty errors ' +
  'inconvenient leak mistake unfortunately unimpressed|-1.3 boring bothered confused faulty ignored loses odd ' +
  'shocked|-1.2 complaint disorganized missing obsolete refused refuses worried|-1.1 lagging|-1 stinks stuck ' +
  'torn|-0.9 confusing limited|-0.8 strange|-0.7 noisy weird|-0.6 awkward miss tricky|-0.5 tough|-0.4 ' +
  'hard|-0.3 meh|0.6 solid|0.7 cleaner|0.8 bargain fine flawlessly recommended|0.9 adequate okay surprised ' +
  'warm worth|1 advantage alright|1.1 well|1.2 stable|1.3 acceptable competent cool fair fresh ' +
  'improvements|1.4 easily excited flexibility gladly robust secure welcomed worthwhile|1.5 thank|1.6 brighter ' +
  'capable clear ok protect relieved stronger stunning|1.7 appreciate clean efficiently smart|1.8 adored ' +
  'easier easiest efficient helpful liked lucky nice satisfied saved|1.9 attractive better bright classy ' +
  'creative easy effectively enjoyable good nicely nicer pleased protected safe satisfaction thanks thrilled ' +
  'useful welcoming worthy|2 benefit clever cute favorite friendlier glad grateful neat satisfying sweet|2.1 ' +
  'effective elegant favorable impressed improved pleasantly relief terrific trusted|2.2 adorable enjoy ' +
  'exciting nicest pretty|2.3 appreciated comfortable delighted enjoyed flawless free fun heaven impressive ' +
  'pleasant strong talented|2.4 enjoying fabulous happier ideal pleasing yay|2.5 bonus cheerful superior|2.6 ' +
  'adore fantastic gracious happily positive remarkable sophisticated|2.7 beautifully excellent happy loves ' +
  'perfect pleasure wonderful|2.8 amazing beauty brilliant charming delightful joy lovely splendid winner ' +
  'wow|2.9 beautiful delectable loved loving magnificent marvelous wonderfully|3 gorgeous outstanding|3.1 ' +
  'awesome excellently great superb|3.2 best greatest love perfectly';

/** Candor's additions for product reviews, English. */
const REVIEW_WORDS =
  '-2.3 garbage|-2.2 doa junk unusable|-2 deceptive rubbish shoddy trash|-1.9 flimsy|-1.8 bogus disintegrated ' +
  'malfunction malfunctioned unreliable|-1.7 overpriced poorly|-1.6 buggy flawed|-1.5 cheaply cracked ripped ' +
  'sloppy snapped|-1.4 leaking leaks tore|-1.3 flaw flaws hassle unraveled|-1.2 itchy lacking mediocre peeling ' +
  'pilling scratched unravel wobbly|-1.1 clunky stained|-1 faded issue issues lacks slow stain|-0.9 fragile|-0.8 ' +
  'cheap complicated pricey|-0.6 expensive refund sticky|0.6 quickly|0.8 fast faster quick quicker|0.9 soft|1 ' +
  'decent|1.2 affordable smooth|1.4 handy sleek versatile|1.5 convenient recommend|1.6 durable sturdy ' +
  'stylish|1.7 cozy reliable|1.8 comfy|2 favourite|2.3 incredible|2.4 exceptional|2.6 impeccable';

/** Opinion words of product and service reviews missing from the compact VADER subset (Candor's own, on VADER's scale). */
const MORE_OPINIONS =
  '-2.4 stupid|-2.2 filthy nightmare|-2 incompetent inept rude|-1.8 dies inattentive unhelpful ' +
  'unsatisfactory|-1.7 crashed crashes defect defects overheat overheated overheating overheats|-1.6 annoyance ' +
  'bummer subpar unresponsive|-1.5 burnt glitchy messed overcooked stale undercooked underwhelming ' +
  'unreasonable|-1.4 bland breaks freeze freezes froze glitch glitches laggy overrated quits sluggish soggy ' +
  'tarnished virus|-1.3 cracks downfall downfalls downside downsides drawback drawbacks|-1.2 bloated blurry bug ' +
  'bugs crack cramped cumbersome dull flickering flickers freezing greasy lack lag rattle rattles slowest ' +
  'unable|-1 antiquated bulky creak creaks outdated repaired replaced slower squeak squeaks wiped|-0.9 ' +
  'unnecessary|-0.8 crowded dim fuzzy hissing loose salty spongey spongy|0.6 works|0.8 compact worked|1 ' +
  'inexpensive portable reasonably upgradable|1.2 authentic exceeded exceeds fastest lightweight prompt ' +
  'reasonable roomy smoother streamlined|1.3 promptly|1.4 responsive snappy spacious speedy|1.5 crisp seamless ' +
  'seamlessly|1.6 generous intuitive knowledgable knowledgeable polite refreshing vibrant|1.7 powerful|1.8 ' +
  'accommodating attentive courteous memorable|2 flavorful tasty|2.2 amazed friendly yummy|2.3 divine|2.4 ' +
  'astonishing heavenly unbeatable|2.5 exquisite|2.7 delicious|2.8 phenomenal spectacular';

/**
 * Words whose valence depends on what they describe ("short battery life", "tiny viewfinder",
 * "loud fan", "runs small"): word:fallback, then head=valence for heads (lemmas) that differ.
 * Candor's own list, on VADER's scale.
 */
const CONTEXT =
  'short:-0.4 life=-1.5,battery=-1.5,cord=-1.2,cable=-1.2,warranty=-1.2,wait=1.2,line=1,time=0.6|' +
  'long:0 life=1.5,battery=1.5,wait=-1.5,line=-1.2,time=-0.6,boot=-1.5,startup=-1.5,delivery=-1.2,shipping=-1.2|' +
  'small:-0.3 price=1,portion=-1.5,screen=-1,display=-1,keyboard=-1,key=-1,button=-1,size=-0.8,fit=-0.8,font=-1,text=-1|' +
  'tiny:-0.8 price=1,portion=-1.5,viewfinder=-1.5,screen=-1.2,display=-1.2,keyboard=-1.2,key=-1.2,button=-1.2,font=-1.2,text=-1.2|' +
  'big:0.3 portion=1.5,screen=1.2,display=1.2,price=-1|large:0.3 portion=1.5,screen=1.2,display=1.2,price=-1,size=-0.8,fit=-0.8|' +
  'loud:-0.5 fan=-1.5,noise=-1.5,music=-1.2,speaker=1.2,sound=1,volume=1,ringer=1|' +
  'quiet:0.5 fan=1.5,keyboard=1.2,speaker=-1.2,sound=-1,volume=-1.2,ringer=-1.2|' +
  'hot:-0.6 food=1.2,water=0.8,coffee=0.8,soup=0.8|cold:-0.6 beer=1,drink=0.8,water=0.5|' +
  'high:0 price=-1.5,cost=-1.5,resolution=1.5,quality=1.5,speed=1|low:0 price=1.5,cost=1.2,resolution=-1.5,quality=-2,volume=-1,light=-1|' +
  'sharp:1.2 edge=-1.2,corner=-1.2,screen=1.2,display=1.2,picture=1.2,text=1.2,lens=1.2,knife=1.2,blade=1.2|heavy:-0.8|thin:0.3 wall=-1,material=-1,fabric=-1,sauce=-0.8|' +
  'drain:0 battery=-1.5|klein:-0.3|laut:-0.5|bruyant:-1|petit:-0.3|ruidoso:-1|pequeño:-0.3';

/** Candor's additions for German, French and Spanish reviews. */
const OTHER_LANGUAGES =
  '-2.6 furchtbar schrecklich|-2.5 mala malo mauvais mauvaise schlecht|-2.3 nul nulle|-2.2 mangelhaft|-2 cassé cassée ' +
  'defekt décevant enttäuschend kaputt rota roto|-1.9 decepcionada decepcionado déçu déçue enttäuscht|-1.7 inconfortable ' +
  'incómoda incómodo unbequem|-1.3 lamentablemente malheureusement|-1 billig dommage leider|-0.8 teuer|1 günstig|1.5 ' +
  'empfehle recomiendo recommande|1.6 bonita bonito joli jolie|1.8 bequem confortable contenta contento cómoda cómodo ' +
  'empfehlenswert satisfait satisfaite schön zufrieden|1.9 bon bonne buena bueno gut|2 prima toll|2.2 encantada encantado ' +
  'klasse|2.6 génial|2.7 excelente hervorragend magnifique parfait parfaite perfecta perfecto perfekt|2.9 super';

export { NEGATORS } from './negators.js';

/** VADER's intensifiers (+0.293) and dampeners (-0.293), plus their German, French and Spanish peers. */
export const BOOSTERS: ReadonlyArray<readonly [string, number]> = [
  ...'absolutely completely extremely especially exceptionally highly hugely incredibly really remarkably so totally truly utterly very super sehr wirklich total extrem absolut très vraiment trop muy realmente'
    .split(' ')
    .map((word) => [word, 0.293] as const),
  ...'almost barely hardly slightly somewhat marginally partly occasionally etwas kaum peu apenas'
    .split(' ')
    .map((word) => [word, -0.293] as const),
];

/** Words after which the rest of the sentence weighs more (VADER's "but" rule). */
export const CONTRASTS = [
  'but',
  'however',
  'although',
  'though',
  'except',
  'whereas',
  'aber',
  'jedoch',
  'außer',
  'mais',
  'sauf',
  'pero',
  'excepto',
  'sin embargo',
];

/** Words that open a conditional or wishful clause ("if it had a better remote"). */
export const CONDITIONS = ['if', 'unless', 'wenn', 'falls', 'si'];

/** Modifiers that are part of a product part's name when a noun follows ("hard drive", "main course"). */
export const COMPOUND_MODIFIERS = [
  'hard',
  'operating',
  'solid',
  'internal',
  'external',
  'optical',
  'wireless',
  'main',
  'front',
  'back',
  'rear',
  'side',
  'top',
  'bottom',
];

/** Words that open a wish, which names something the product lacks ("I wish the keys were backlit"). */
export const WISHES = ['wish', 'wished', 'wünschte', 'ojalá'];

function parse(list: string): Array<[string, number]> {
  return list.split('|').flatMap((group) => {
    const [valence, ...words] = group.trim().split(' ');
    return words.map((word) => [word, Number(valence)] as [string, number]);
  });
}

/** Every word with its valence. */
export function valenceEntries(): Array<[string, number]> {
  return [...parse(VADER_SUBSET), ...parse(REVIEW_WORDS), ...parse(MORE_OPINIONS), ...parse(OTHER_LANGUAGES)];
}

/** Other forms of the English context words: they say the same of the same heads ("shorter battery life", "lowest price", "the battery drains"). */
const COMPARED =
  'drain:drains,drained,draining|sharp:sharper,sharpest|short:shorter,shortest|long:longer,longest|small:smaller,smallest|tiny:tinier,tiniest|big:bigger,biggest|large:larger,largest|loud:louder,loudest|quiet:quieter,quietest|high:higher,highest|low:lower,lowest|heavy:heavier,heaviest|thin:thinner,thinnest';

/** The context rules by word. */
export function contextEntries(): Array<[string, ContextRule]> {
  const forms = new Map(COMPARED.split('|').map((entry) => [entry.split(':')[0]!, entry.split(':')[1]!.split(',')]));
  return CONTEXT.split('|').flatMap((entry) => {
    const [head, rest = ''] = entry.split(' ');
    const [word, fallback] = head!.split(':');
    const heads: Record<string, number> = {};
    for (const pair of rest.split(',')) if (pair) heads[pair.split('=')[0]!] = Number(pair.split('=')[1]);
    const rule = { fallback: Number(fallback), heads };
    return [word!, ...(forms.get(word!) ?? [])].map((form) => [form, rule] as [string, ContextRule]);
  });
}
