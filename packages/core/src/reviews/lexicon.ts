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
 * Kept as one space-separated string per list: about 400 words cost a few KB in the engine chunk.
 */
import type { ContextRule } from './aspects/scratch.js';

/** From the VADER lexicon (MIT): word:valence. */
const VADER_SUBSET =
  'adore:2.6 adored:1.8 amazing:2.8 angry:-2.3 annoy:-1.9 annoyed:-1.6 annoying:-1.7 appreciate:1.7 ' +
  'appreciated:2.3 awesome:3.1 awful:-2 awkward:-0.6 bad:-2.5 badly:-2.1 beautiful:2.9 beautifully:2.7 beauty:2.8 ' +
  'best:3.2 better:1.9 bonus:2.5 boring:-1.3 bothered:-1.3 bright:1.9 brilliant:2.8 broke:-1.8 broken:-2.1 ' +
  'charming:2.8 clean:1.7 clear:1.6 clever:2 comfortable:2.3 complain:-1.5 complained:-1.7 complaint:-1.2 ' +
  'confused:-1.3 confusing:-0.9 cool:1.3 crap:-1.6 crash:-1.7 cute:2 damage:-2.2 damaged:-1.9 dead:-3.3 ' +
  'defective:-1.9 delighted:2.3 died:-2.6 difficult:-1.5 dirty:-1.9 disappointed:-2.1 disappointing:-2.2 ' +
  'disappointingly:-1.9 disappointment:-2.3 disgusting:-2.4 dissatisfied:-1.6 dreadful:-1.9 easier:1.8 easily:1.4 ' +
  'easy:1.9 effective:2.1 effectively:1.9 efficient:1.8 elegant:2.1 enjoy:2.2 enjoyed:2.3 error:-1.7 errors:-1.4 ' +
  'excellent:2.7 excellently:3.1 excited:1.4 exciting:2.2 fabulous:2.4 fail:-2.5 failed:-2.3 fails:-1.8 ' +
  'failure:-2.3 fake:-2.1 fantastic:2.6 fault:-1.7 faulty:-1.3 favorite:2 fine:0.8 flawless:2.3 fraud:-2.8 ' +
  'fresh:1.3 frustrated:-2.4 frustrating:-1.9 fun:2.3 glad:2 gladly:1.4 good:1.9 gorgeous:3 grateful:2 great:3.1 ' +
  'gross:-2.1 happier:2.4 happily:2.6 happy:2.7 hard:-0.4 hate:-2.7 hated:-3.2 helpful:1.8 horrendous:-2.8 ' +
  'horrible:-2.5 horribly:-2.4 hurt:-2.4 hurts:-2.1 ideal:2.4 impressed:2.1 impressive:2.3 inadequate:-1.7 ' +
  'inferior:-1.7 irritated:-2 irritating:-2 joy:2.8 leak:-1.4 liked:1.8 limited:-0.9 lousy:-2.5 love:3.2 ' +
  'loved:2.9 lovely:2.8 loves:2.7 lucky:1.8 magnificent:2.9 marvelous:2.9 meh:-0.3 mess:-1.5 messy:-1.5 ' +
  'misleading:-1.7 miss:-0.6 missing:-1.2 mistake:-1.4 nasty:-2.6 neat:2 negative:-2.7 nice:1.8 nicely:1.9 ' +
  'noisy:-0.7 odd:-1.3 ok:1.6 okay:0.9 outstanding:3 pain:-2.3 painful:-1.9 pathetic:-2.7 perfect:2.7 ' +
  'perfectly:3.2 pleasant:2.3 pleased:1.9 pleasing:2.4 pleasure:2.7 poor:-2.1 positive:2.6 pretty:2.2 ' +
  'problem:-1.7 problems:-1.7 protect:1.6 protected:1.9 recommended:0.8 regret:-1.8 regretted:-1.6 relief:2.1 ' +
  'relieved:1.6 ridiculous:-1.5 robust:1.4 sad:-2.1 sadly:-1.8 safe:1.9 satisfaction:1.9 satisfied:1.8 ' +
  'satisfying:2 scam:-2.7 secure:1.4 smart:1.7 solid:0.6 splendid:2.8 stink:-1.7 stinks:-1 strange:-0.8 ' +
  'strong:2.3 stuck:-1 stunning:1.6 sucked:-2 sucks:-1.5 superb:3.1 superior:2.5 terrible:-2.1 terribly:-2.6 ' +
  'terrific:2.1 thank:1.5 thanks:1.9 thrilled:1.9 tired:-1.9 torn:-1 tough:-0.5 trouble:-1.7 ugh:-1.8 ugly:-2.3 ' +
  'unacceptable:-2 uncomfortable:-1.6 unfortunately:-1.4 unhappy:-1.8 unimpressed:-1.4 unsatisfied:-1.7 ' +
  'upset:-1.6 useful:1.9 useless:-1.8 warm:0.9 waste:-1.8 wasted:-2.2 weak:-1.9 weird:-0.7 wonderful:2.7 ' +
  'wonderfully:2.9 worried:-1.2 worse:-2.1 worst:-3.1 worth:0.9 worthless:-1.9 wow:2.8 wrong:-2.1 yay:2.4 ';

/** Candor's additions for product reviews, English. */
const REVIEW_WORDS =
  'affordable:1.2 bogus:-1.8 buggy:-1.6 cheap:-0.8 cheaply:-1.5 clunky:-1.1 comfy:1.8 complicated:-0.8 ' +
  'convenient:1.5 cozy:1.7 cracked:-1.5 decent:1 deceptive:-2 disintegrated:-1.8 doa:-2.2 durable:1.6 ' +
  'exceptional:2.4 faded:-1 fast:0.8 favourite:2 flaw:-1.3 flawed:-1.6 flaws:-1.3 flimsy:-1.9 fragile:-0.9 ' +
  'garbage:-2.3 handy:1.4 hassle:-1.3 impeccable:2.6 incredible:2.3 issue:-1 issues:-1 itchy:-1.2 junk:-2.2 ' +
  'lacking:-1.2 lacks:-1 leaking:-1.4 leaks:-1.4 malfunction:-1.8 malfunctioned:-1.8 mediocre:-1.2 ' +
  'expensive:-0.6 overpriced:-1.7 peeling:-1.2 pilling:-1.2 poorly:-1.7 pricey:-0.8 quick:0.8 quickly:0.6 recommend:1.5 ' +
  'refund:-0.6 reliable:1.7 ripped:-1.5 rubbish:-2 scratched:-1.2 shoddy:-2 sleek:1.4 sloppy:-1.5 slow:-1 ' +
  'smooth:1.2 snapped:-1.5 soft:0.9 stain:-1 stained:-1.1 sticky:-0.6 sturdy:1.6 stylish:1.6 tore:-1.4 trash:-2 ' +
  'unravel:-1.2 unraveled:-1.3 unreliable:-1.8 unusable:-2.2 versatile:1.4 wobbly:-1.2 ';

/** Opinion words of product and service reviews missing from the compact VADER subset (Candor's own, on VADER's scale). */
const MORE_OPINIONS =
  'freeze:-1.4 freezes:-1.4 froze:-1.4 freezing:-1.2 lag:-1.2 laggy:-1.4 glitch:-1.4 glitches:-1.4 glitchy:-1.5 crashed:-1.7 crashes:-1.7 ' +
  'responsive:1.4 unresponsive:-1.6 overheats:-1.7 overheating:-1.7 sluggish:-1.4 crisp:1.5 sharp:1.2 vibrant:1.6 dim:-0.8 blurry:-1.2 ' +
  'fuzzy:-0.8 seamless:1.5 seamlessly:1.5 snappy:1.4 speedy:1.4 powerful:1.7 lightweight:1.2 portable:1 compact:0.8 roomy:1.2 spacious:1.4 ' +
  'cramped:-1.2 friendly:2.2 rude:-2 attentive:1.8 knowledgeable:1.6 unhelpful:-1.8 incompetent:-2 prompt:1.2 delicious:2.7 tasty:2 ' +
  'yummy:2.2 bland:-1.4 stale:-1.5 soggy:-1.4 greasy:-1.2 overcooked:-1.5 undercooked:-1.5 burnt:-1.5 salty:-0.8 flavorful:2 authentic:1.2 ' +
  'generous:1.6 reasonable:1.2 reasonably:1 inexpensive:1 overrated:-1.4 underwhelming:-1.5 exquisite:2.5 heavenly:2.4 divine:2.3 courteous:1.8 ' +
  'crowded:-0.8 filthy:-2.2 outdated:-1 defect:-1.7 defects:-1.7 worked:0.8 works:0.6 dies:-1.8 ' +
  'creaks:-1 creak:-1 rattles:-1.2 rattle:-1.2 squeaks:-1 squeak:-1 dull:-1.2 stupid:-2.4 bummer:-1.6 exceeded:1.2 exceeds:1.2 breaks:-1.4 quits:-1.4 unnecessary:-0.9 annoyance:-1.6 drawback:-1.3 drawbacks:-1.3 downside:-1.3 ' +
  'replaced:-1 repaired:-1 unsatisfactory:-1.8 spongy:-0.8 spongey:-0.8 virus:-1.4 wiped:-1 ' +
  'nightmare:-2.2 messed:-1.5 crack:-1.2 cracks:-1.3 antiquated:-1 downfall:-1.3 unable:-1.2 bug:-1.2 bugs:-1.2 hissing:-0.8 ' +
  'flickers:-1.2 flickering:-1.2 overheat:-1.7 overheated:-1.7 subpar:-1.6 inept:-2 tarnished:-1.4 loose:-0.8 amazed:2.2 astonishing:2.4 ';

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
  'heavy:-0.8|thin:0.3 wall=-1,material=-1,fabric=-1,sauce=-0.8|' +
  'klein:-0.3|laut:-0.5|bruyant:-1|petit:-0.3|ruidoso:-1|pequeño:-0.3';

/** Candor's additions for German, French and Spanish reviews. */
const OTHER_LANGUAGES =
  'bequem:1.8 billig:-1 bon:1.9 bonita:1.6 bonito:1.6 bonne:1.9 buena:1.9 bueno:1.9 cassé:-2 cassée:-2 ' +
  'confortable:1.8 contenta:1.8 contento:1.8 cómoda:1.8 cómodo:1.8 decepcionada:-1.9 decepcionado:-1.9 defekt:-2 ' +
  'dommage:-1 décevant:-2 déçu:-1.9 déçue:-1.9 empfehle:1.5 empfehlenswert:1.8 encantada:2.2 encantado:2.2 ' +
  'enttäuschend:-2 enttäuscht:-1.9 excelente:2.7 furchtbar:-2.6 gut:1.9 génial:2.6 günstig:1 hervorragend:2.7 ' +
  'inconfortable:-1.7 incómoda:-1.7 incómodo:-1.7 joli:1.6 jolie:1.6 kaputt:-2 klasse:2.2 lamentablemente:-1.3 ' +
  'leider:-1 magnifique:2.7 mala:-2.5 malheureusement:-1.3 malo:-2.5 mangelhaft:-2.2 mauvais:-2.5 mauvaise:-2.5 ' +
  'nul:-2.3 nulle:-2.3 parfait:2.7 parfaite:2.7 perfecta:2.7 perfecto:2.7 perfekt:2.7 prima:2 recomiendo:1.5 ' +
  'recommande:1.5 rota:-2 roto:-2 satisfait:1.8 satisfaite:1.8 schlecht:-2.5 schrecklich:-2.6 schön:1.8 super:2.9 ' +
  'teuer:-0.8 toll:2 unbequem:-1.7 zufrieden:1.8 ';

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
  return list
    .trim()
    .split(' ')
    .map((pair) => {
      const at = pair.lastIndexOf(':');
      return [pair.slice(0, at), Number(pair.slice(at + 1))];
    });
}

/** Every word with its valence. */
export function valenceEntries(): Array<[string, number]> {
  return [...parse(VADER_SUBSET), ...parse(REVIEW_WORDS), ...parse(MORE_OPINIONS), ...parse(OTHER_LANGUAGES)];
}

/** The context rules by word. */
/** Comparative and superlative forms of the English context words: they say the same of the same heads ("shorter battery life", "lowest price"). */
const COMPARED =
  'short:shorter,shortest|long:longer,longest|small:smaller,smallest|tiny:tinier,tiniest|big:bigger,biggest|large:larger,largest|loud:louder,loudest|quiet:quieter,quietest|high:higher,highest|low:lower,lowest|heavy:heavier,heaviest|thin:thinner,thinnest';

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
