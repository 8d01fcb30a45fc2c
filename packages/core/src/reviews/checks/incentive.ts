/**
 * Admitted incentives in review text, read as a small grammar rather than a list of phrases: who
 * gave (the brand, the manufacturer, the seller), what (free, a sample, a discount, a refund, a
 * gift card) and why (to test, to review, for my honest opinion), in any order, within one
 * sentence or the next; and markers that stand alone ("#gifted", "in exchange for my honest
 * review", "Vine Voice", "PR sample"). English, German, French, Spanish, Italian and Dutch.
 * ReviewMeta found incentivized reviews average 4.74 stars against 4.36 for the rest, and UK, EU
 * and US rules want them labelled and weighed apart.
 *
 * A review is flagged when one of these holds in a sentence (or it and the next):
 * - a marker;
 * - something given (gift or deal) and a purpose ("a discount for my honest review");
 * - a notice ("Full disclosure:", "Disclaimer:") and something given;
 * - a giver and a gift ("free sample from the brand");
 * - a verb of receiving and a gift, in one sentence ("I received it for free");
 * - a giver, a verb of giving and a purpose ("the manufacturer sent it to me to test").
 * A deal (discount, refund, payment) never counts alone: refunds and discounts are everyday.
 *
 * Guards: a negation just before the span (after the last comma or contrast word) or inside it
 * ("I did not get this for free", "not a free sample"), and a gift word about something else
 * ("free shipping", "hands-free", "feel free", "livraison offerte", "Versand kostenlos").
 *
 * Cost: a cheap word scan looks for trigger words first; each language's pattern is compiled on
 * first use and only runs on text that has one of its words.
 */
import { NEGATORS } from '../lexicon.js';
import { execGuarded, guarded, WordTable, type GuardedPattern } from '../text/scan.js';

/** The parts of the grammar, in the order of the pattern's groups (the first that matches wins). */
const PARTS = ['marker', 'notice', 'gift', 'deal', 'giver', 'give', 'purpose'] as const;
type Part = (typeof PARTS)[number];

interface Language {
  /** Substrings without which none of the language's parts can match. */
  needs: string[];
  parts: Record<Part, string>;
}

const REVIEW_ADJ = String.raw`(?:honest |unbiased |fair |truthful |impartial |candid |genuine |5[- ]star |five[- ]star |positive )?`;
const LANGUAGES: Language[] = [
  {
    needs: ['free', 'discount', 'complimentary', 'sample', 'exchange', 'return for', 'vine', 'tester', 'reviewer', 'disclos', 'disclaim', 'gift', 'paid', 'compensat', 'refund', 'coupon', 'voucher', 'no cost', 'brand', 'manufacturer', 'sent to me', 'gratis', 'press', 'review unit', 'review copy', 'reimburs', 'credit', 'price', 'seller', 'vendor', 'company', 'maker', 'supplier', 'retailer', 'distributor'],
    parts: {
      marker: String.raw`sponsored (?:review|post)|vine (?:voice|customer review|program(?:me)?|member)|early reviewer(?: program(?:me)?| rewards)?|(?:free|complimentary|pr|press|review|media|tester) (?:sample|unit|copy)|product tester|as a tester|(?:(?:was|were) )?sent to me by (?:the )?(?:brand|manufacturer|maker|company)|in (?:exchange|return) for (?:my |an |a |this |(?:writing|leaving|posting) (?:a |an |my )?)?${REVIEW_ADJ}(?:review|opinion|feedback|evaluation|rating|thoughts)`,
      notice: String.raw`full disclosure|disclaimer|in the interest of (?:full )?(?:disclosure|transparency)|to be transparent`,
      gift: String.raw`free of charge|for free|free|at no (?:cost|charge)(?: to me)?|complimentary|without charge|gratis|sample|gifted`,
      deal: String.raw`discount(?:ed)?|(?:reduced|discounted|special) price|gift ?card|voucher|coupon|(?:full |partial )?refund(?:ed)?|(?:was|were|got|been|being|get) paid|compensat(?:ed|ion)|reimburs(?:ed|ement)|store credit`,
      giver: String.raw`brand|manufacturer|maker|seller|vendor|company|retailer|distributor|supplier`,
      give: String.raw`received|receive|got|get|given|gave|was sent|were sent|sent|provided|supplied|offered|send|sends`,
      purpose: String.raw`to (?:test|review|evaluate)(?: (?:and|&) review)?|for (?:my |an |a )?${REVIEW_ADJ}(?:review|opinion|feedback|evaluation)|for (?:testing|evaluation)(?: purposes)?|(?:after|for) (?:i |we )?(?:leaving|writing|posting|left|wrote|posted) (?:a |an |my )?${REVIEW_ADJ}review`,
    },
  },
  {
    needs: ['kosten', 'gratis', 'umsonst', 'unentgelt', 'vergünstigt', 'rabatt', 'gutschein', 'austausch', 'gegenleistung', 'produkttest', 'testprodukt', 'muster', 'rezension', 'hersteller', 'marke', 'bezahlt', 'testzweck', 'zum test'],
    parts: {
      marker: String.raw`(?:im austausch|als gegenleistung) (?:für|gegen) (?:eine |meine )?(?:ehrliche |unabhängige |neutrale )?(?:bewertung|meinung|rezension)|im rahmen (?:eines|des) produkttests|produkttester(?:in)?|testprodukt|produktmuster|rezensionsexemplar`,
      notice: String.raw`transparenzhinweis|offenlegung|disclaimer`,
      gift: String.raw`kostenlos|kostenfrei|gratis|umsonst|unentgeltlich|muster`,
      deal: String.raw`vergünstigt|rabatt|gutschein|zum vorzugspreis|reduzierten preis|rückerstattung|bezahlt`,
      giver: String.raw`hersteller|herstellers|verkäufer|verkäufers|marke|firma|unternehmen|anbieter|händler`,
      give: String.raw`zur verfügung gestellt|bereitgestellt|erhalten|bekommen|zugeschickt|geschickt|zugesandt|überlassen|gesendet`,
      purpose: String.raw`zum testen|zum test|zu testzwecken|zur (?:bewertung|rezension)|gegen (?:eine )?(?:ehrliche )?(?:bewertung|rezension)|für (?:eine |meine )?(?:ehrliche |unabhängige |neutrale )(?:bewertung|meinung|rezension)`,
    },
  },
  {
    needs: ['gratuit', 'gracieu', 'échange', 'offert', 'échantillon', 'réduction', 'remise', 'prix réduit', "bon d'achat", 'rembours', 'rémunér', 'transparence', 'marque', 'fabricant'],
    parts: {
      marker: String.raw`en échange d(?:e |')(?:mon |un |une )?(?:avis|test|commentaire|évaluation)`,
      notice: String.raw`en toute transparence|transparence|avertissement`,
      gift: String.raw`gratuitement|gratuite|gratuit|gracieusement|à titre gracieux|offerte?s?|échantillon`,
      deal: String.raw`réduction|remise|prix réduit|bon d'achat|code promo|remboursée?|remboursement|rémunérée?|payée?`,
      giver: String.raw`marque|fabricant|vendeur|vendeuse|société|entreprise|fournisseur`,
      give: String.raw`reçu|reçue|reçus|obtenue?|envoyée?|fournie?|mis à (?:ma )?disposition|prêtée?`,
      purpose: String.raw`pour (?:le |la )?tester|pour (?:mon |un )avis|contre (?:un |mon )avis|afin de (?:le |la )?tester`,
    },
  },
  {
    needs: ['gratis', 'gratuit', 'coste', 'costo', 'cargo', 'regal', 'muestra', 'descuento', 'rebajad', 'cupón', 'reembols', 'pagaron', 'cambio', 'marca', 'fabricante', 'recib', 'enviaron', 'mandaron', 'dieron', 'proporcionaron', 'cedi', 'facilit'],
    parts: {
      marker: String.raw`a cambio de (?:mi |una |un )?(?:opinión|reseña|valoración|evaluación|comentario)`,
      notice: String.raw`aviso|en aras de la transparencia|para ser transparente`,
      gift: String.raw`gratis|gratuitamente|gratuito|gratuita|sin (?:coste|costo|cargo)|de regalo|muestra`,
      deal: String.raw`descuento|precio reducido|rebajado|cupón|reembolso|reembolsaron|me pagaron`,
      giver: String.raw`marca|fabricante|vendedor|empresa`,
      give: String.raw`recibí|recibido|recibida|obtuve|conseguí|enviaron|mandaron|regalaron|regaló|dieron|proporcionaron|cedieron|cedido|facilitaron|facilitado`,
      purpose: String.raw`para (?:probar|reseñar|evaluar|testear|valorar)(?:lo|la)?|por (?:mi|una) (?:opinión|reseña)`,
    },
  },
  {
    needs: ['gratis', 'gratuit', 'omaggi', 'campione', 'sconto', 'scontat', 'prezzo ridotto', 'buono', 'rimbors', 'pagato', 'cambio', 'marca', 'marchio', 'produttore', 'ricevut', 'inviat', 'regalat', 'fornit', 'disposizione', 'trasparenza'],
    parts: {
      marker: String.raw`in cambio (?:di|della|delle) (?:una |mia |la mia )?(?:onesta |sincera )?(?:recensione|opinione|valutazione|feedback)`,
      notice: String.raw`per trasparenza|trasparenza`,
      gift: String.raw`gratis|gratuitamente|gratuito|gratuita|in omaggio|omaggio|omaggiato|a titolo gratuito|campione`,
      deal: String.raw`sconto|scontato|prezzo ridotto|buono (?:sconto|regalo)|coupon|rimborso|rimborsato|pagato`,
      giver: String.raw`marca|marchio|produttore|venditore|azienda|ditta`,
      give: String.raw`ricevut[oaie]|inviat[oaie]|mandat[oaie]|regalat[oaie]|fornit[oaie]|messo a (?:mia )?disposizione|spedit[oaie]`,
      purpose: String.raw`per (?:testar|provar|recensir|valutar)(?:lo|la|e)`,
    },
  },
  {
    needs: ['gratis', 'kostelo', 'proefexemplaar', 'testexemplaar', 'korting', 'tegoedbon', 'cadeaubon', 'betaald', 'ruil', 'gesponsord', 'merk', 'fabrikant', 'gekregen', 'ontvangen', 'gestuurd', 'beschikking', 'transparantie'],
    parts: {
      marker: String.raw`in ruil voor (?:een |mijn )?(?:eerlijke |oprechte )?(?:review|recensie|mening|beoordeling)|gesponsorde (?:review|post)|proefexemplaar|testexemplaar`,
      notice: String.raw`transparantie|disclaimer`,
      gift: String.raw`gratis|kosteloos|kosteloze`,
      deal: String.raw`korting|kortingscode|tegoedbon|cadeaubon|terugbetaald|betaald`,
      giver: String.raw`merk|fabrikant|verkoper|bedrijf|leverancier`,
      give: String.raw`gekregen|ontvangen|opgestuurd|toegestuurd|gestuurd|ter beschikking gesteld|aangeboden`,
      purpose: String.raw`om (?:het |dit |deze )?(?:te testen|uit te proberen|te reviewen|te beoordelen)|ter beoordeling|voor een (?:eerlijke )?review`,
    },
  },
];

/** Hashtags that disclose in any language. */
const HASHTAGS = '#(?:ad|adv|advert|gifted|sponsored|sponsor|partner|collab|werbung|anzeige|pub|publi|publicidad|partenariat|sponsorisé|gesponsord|spon|samenwerking|sponsorizzato|freebie)';

/** Words without which no pattern above can match; scanned for first. */
export const INCENTIVE_TRIGGERS = new WordTable(
  (
    'free gratis discount discounted sample exchange return sponsored gifted gift complimentary compensated compensation paid tester testers ' +
    'vine reviewer voucher coupon refund refunded reimbursed cost charge disclosure disclaimer brand manufacturer maker seller vendor company supplier press pr unit copy credit price ' +
    'kostenlos kostenfrei umsonst unentgeltlich vergünstigt austausch gegenleistung produkttest produkttests produkttester produkttesterin testprodukt ' +
    'verkäufer firma anbieter rabatt gutschein muster produktmuster rezensionsexemplar hersteller herstellers marke bezahlt vorzugspreis rückerstattung transparenzhinweis offenlegung preis ' +
    'gratuit gratuite gratuitement gracieusement gracieux échange offert offerte offerts offertes échantillon réduction remise réduit rembourse remboursé ' +
    'remboursée remboursement rémunéré rémunérée transparence marque fabricant vendeur société entreprise ' +
    'gratuitamente vendedor empresa gratuito gratuita coste costo cargo regalo regalaron regaló muestra descuento reducido rebajado cupón reembolso reembolsaron pagaron cambio marca fabricante ' +
    'azienda venditore ditta omaggio omaggiato campione sconto scontato ridotto buono rimborso rimborsato pagato marchio produttore trasparenza ' +
    'kosteloos kosteloze proefexemplaar testexemplaar korting kortingscode tegoedbon cadeaubon betaald terugbetaald ruil gesponsorde merk fabrikant verkoper bedrijf transparantie'
  )
    .split(' ')
    .map((word) => [word, true] as const),
);

/**
 * Compiles a pattern with a Unicode-aware \\b: JavaScript's \\b only knows ASCII letters, so
 * "recibí\\b" or "envoyé\\b" would never match.
 */
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;
const grammar = (parts: Record<Part, string>) => guarded(`${BOUNDARY}(?:${PARTS.map((part) => `(${parts[part]})`).join('|')})(?=[^\\p{L}\\p{N}]|$)`, BOUNDARY);
const PATTERNS: Array<{ needs: string[]; pattern: GuardedPattern }> = LANGUAGES.map(({ needs, parts }) => ({ needs, pattern: grammar(parts) }));
const HASHTAG_PATTERN = guarded(`${HASHTAGS}(?![\\p{L}\\p{N}])`, BOUNDARY);

/** English "free" that is not about the product itself ("free shipping", "free of scratches"). */
const FREE_OBJECTS = new Set(['shipping', 'delivery', 'returns', 'return', 'postage', 'replacement', 'upgrade', 'upgrades', 'updates', 'trial', 'time', 'size', 'gift', 'of', 'from', 'to', 'and', 'app', 'software', 'repair', 'repairs']);
/** Next to a gift word in any language, these make it about shipping, returns or a replacement. */
const ABOUT_SHIPPING = new Set(
  'shipping delivery returns postage replacement versand lieferung rücksendung rückversand porto ersatz livraison port retour retours remplacement envío envio devolución devoluciones reemplazo spedizione consegna reso sostituzione verzending levering bezorging vervanging'.split(
    ' ',
  ),
);
const NEGATOR_SET = new Set([...NEGATORS, 'ne', 'nie', 'no', 'non', 'mai', 'né', 'niet', 'geen', 'nooit', 'nobody', 'niemand', 'personne', 'nadie', 'nessuno']);
const CONTRAST_WORDS = new Set(['but', 'however', 'although', 'though', 'aber', 'jedoch', 'mais', 'pero', 'ma', 'maar', 'sondern', 'sino']);

const wordsOf = (text: string) => text.split(/[^\p{L}'’]+/u).filter(Boolean);

/** Whether a gift word at [start, end) is about something else. */
function excusedGift(lower: string, start: number, end: number): boolean {
  const text = lower.slice(start, end);
  if (lower.charCodeAt(start - 1) === 0x2d) return true; // hands-free, BPA-free, sans-gluten
  const previous = wordsOf(lower.slice(Math.max(0, start - 24), start)).pop();
  const next = /^\s+([\p{L}]+)/u.exec(lower.slice(end, end + 24))?.[1];
  if (text === 'free' && ((next !== undefined && FREE_OBJECTS.has(next)) || previous === 'feel')) return true;
  if (previous === 'to') return true; // a verb: "to sample", "to gift"
  return (previous !== undefined && ABOUT_SHIPPING.has(previous)) || (next !== undefined && ABOUT_SHIPPING.has(next));
}

/**
 * A negator among the three words before the span (counted from the last comma or contrast word,
 * so "I was not paid, but the brand sent me a free sample" is still read) or inside it, outside
 * the grammar's own phrases ("at no cost" is not a negation).
 */
function isNegated(lower: string, found: Found[], start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !'.!?\n,;'.includes(lower[from - 1]!)) from--;
  const before = wordsOf(lower.slice(from, start));
  let clause = before.length;
  while (clause > 0 && !CONTRAST_WORDS.has(before[clause - 1]!)) clause--;
  const near = before.slice(Math.max(clause, before.length - 3));
  let between = lower.slice(start, end);
  for (const f of found) if (f.start >= start && f.end <= end) between = between.slice(0, f.start - start) + ' '.repeat(f.end - f.start) + between.slice(f.end - start);
  const inside = wordsOf(between);
  return [...near, ...inside].some((word) => NEGATOR_SET.has(word.replace(/’/g, "'")));
}

export interface TextMatch {
  start: number;
  end: number;
}

interface Found extends TextMatch {
  part: Part;
  sentence: number;
}

/** Pairs of parts that admit an incentive together; a third part, when given, must join them. */
const RULES: ReadonlyArray<readonly [Part, Part, Part?]> = [
  ['gift', 'purpose'],
  ['deal', 'purpose'],
  ['notice', 'gift'],
  ['notice', 'deal'],
  ['giver', 'gift'],
  ['give', 'gift'],
  ['giver', 'give', 'purpose'],
];

/**
 * The first admitted incentive in `lower` (lower-cased review text), or null. `triggered`: whether
 * the text has a word of INCENTIVE_TRIGGERS (the caller's word scan knows).
 */
export function findIncentiveText(lower: string, triggered: boolean): TextMatch | null {
  const hashtag = lower.includes('#');
  if (!triggered && !hashtag) return null;
  const found = findParts(lower, hashtag);
  if (found.length === 0) return null;
  const sentenceCount = found[found.length - 1]!.sentence + 1;
  for (let s = 0; s < sentenceCount; s++) {
    const window = found.filter((f) => f.sentence === s || f.sentence === s + 1);
    const starting = window.filter((f) => f.sentence === s);
    for (const f of starting) if (f.part === 'marker' && !isNegated(lower, found, f.start, f.end)) return widened(found, f);
    for (const [first, second, third] of RULES) {
      const sameSentence = first === 'give';
      for (const a of starting) {
        if (a.part !== first) continue;
        const b = nearest(window, second, a, sameSentence);
        const c = third ? nearest(window, third, a, false) : a;
        if (!b || !c) continue;
        const span = { start: Math.min(a.start, b.start, c.start), end: Math.max(a.end, b.end, c.end) };
        if (!isNegated(lower, found, span.start, span.end)) return widened(found, span);
      }
    }
  }
  return null;
}

/** The span grown over every part of the grammar in the sentences it touches: the whole admission as evidence. */
function widened(found: Found[], span: TextMatch): TextMatch {
  const inside = found.filter((f) => f.start >= span.start && f.end <= span.end);
  const first = Math.min(...inside.map((f) => f.sentence));
  const last = Math.max(...inside.map((f) => f.sentence));
  let { start, end } = span;
  for (const f of found) {
    if (f.sentence < first || f.sentence > last) continue;
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
  }
  return { start, end };
}

function nearest(window: Found[], part: Part, to: Found, sameSentence: boolean): Found | undefined {
  let best: Found | undefined;
  for (const f of window) {
    if (f.part !== part || (sameSentence && f.sentence !== to.sentence)) continue;
    if (!best || Math.abs(f.start - to.start) < Math.abs(best.start - to.start)) best = f;
  }
  return best;
}

/** Every part of the grammar in the text, in text order, with its sentence number. */
function findParts(lower: string, hashtag: boolean): Found[] {
  const found: Found[] = [];
  const collect = (pattern: GuardedPattern, partOf: (match: RegExpExecArray) => Part) => {
    pattern.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = execGuarded(pattern, lower)) !== null) {
      const part = partOf(match);
      const start = match.index;
      const end = start + match[0].length;
      if (!((part === 'gift' || part === 'deal') && excusedGift(lower, start, end))) found.push({ part, start, end, sentence: 0 });
    }
  };
  if (hashtag) collect(HASHTAG_PATTERN, () => 'marker');
  for (const { needs, pattern } of PATTERNS) {
    if (needs.some((part) => lower.includes(part))) collect(pattern, (match) => PARTS[match.findIndex((group, k) => k > 0 && group !== undefined) - 1]!);
  }
  found.sort((a, b) => a.start - b.start);
  let sentence = 0;
  let at = 0;
  for (const f of found) {
    for (; at < f.start; at++) if ('.!?\n'.includes(lower[at]!)) sentence++;
    f.sentence = sentence;
  }
  return found;
}
