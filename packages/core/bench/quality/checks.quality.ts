/**
 * The review checks on real review text: the SemEval-2014 laptop and restaurant test reviews
 * (sentences grouped back into reviews by their ids, `<review>:<sentence>` for laptops and
 * `<review>#<part>#<sentence>` for restaurants) are the genuine reviews;
 * into them go disclosures of an incentive, coordinated campaigns, copied pairs and trap sentences
 * written for this benchmark (not the unit tests' phrasings). Prints precision and recall of the
 * incentivized and duplicate checks, the traps that were flagged, and the checked average against
 * the genuine one. Reads the data from ../shared/data; nothing of it is copied into the repository.
 *
 * Run: pnpm bench:quality checks
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random, summarizeReviews, type ReviewInput } from '../../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = [join(here, '../../../../../../shared/data/semeval2014-absa'), '/work/shared/data/semeval2014-absa'].find((dir) =>
  existsSync(dir),
);
if (!dataDir) throw new Error('SemEval-2014 data not found: expected ../shared/data/semeval2014-absa next to the repository');

const ENTITIES: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&apos;': "'", '&lt;': '<', '&gt;': '>' };
/** Review id to its sentences, in sentence order. */
function readReviews(file: string): string[] {
  const xml = readFileSync(join(dataDir!, file), 'utf8');
  const byReview = new Map<string, string[]>();
  for (const match of xml.matchAll(/<sentence id="([^"]+)[:#](\d+)">\s*<text>([\s\S]*?)<\/text>/g)) {
    const text = match[3]!.replace(/&(?:quot|amp|apos|lt|gt);/g, (e) => ENTITIES[e]!).trim();
    const list = byReview.get(match[1]!) ?? [];
    list[Number(match[2])] = text;
    byReview.set(match[1]!, list);
  }
  return [...byReview.values()].map((sentences) => sentences.filter(Boolean).join(' '));
}

// Disclosures of an incentive, in the many shapes real ones take (brand-sent units, Vine and
// early-reviewer notes, FTC-style "I received ... in exchange for ...", hashtags), six languages.
const DISCLOSURES = [
  'Disclosure: the brand sent me this laptop to review.',
  'I received this unit free from the manufacturer to test.',
  'Full disclosure, this was a free review unit.',
  'I got it at a steep discount in exchange for an unbiased review.',
  'The company provided this product at no cost to me for my honest opinion.',
  'Note that I was sent a sample by the maker so I could review it.',
  'I purchased this at a reduced price in return for honest feedback.',
  'Vine Voice review: item provided by the seller.',
  'Received through the early reviewer program.',
  'They offered me a gift card for posting a review.',
  'Disclaimer: I received a complimentary unit.',
  'I was provided this laptop by the manufacturer for evaluation purposes.',
  'Loving it so far #gifted',
  'Thanks to the brand for the free sample!',
  'This was a PR sample, but my opinion is my own.',
  'The vendor reimbursed me after I left a review.',
  'Ich habe das Notebook vom Hersteller kostenlos zum Testen bekommen.',
  'Das Gerät wurde mir gratis zur Verfügung gestellt.',
  'Im Austausch gegen eine ehrliche Rezension erhalten.',
  'Ordinateur reçu gratuitement de la part de la marque.',
  "La marque me l'a envoyé pour le tester, merci !",
  "Produit offert en échange d'un avis honnête.",
  'El fabricante me lo envió gratis para probarlo.',
  'Recibido con descuento a cambio de mi reseña.',
  'Prodotto ricevuto in omaggio dal produttore.',
  'Ho ricevuto il portatile gratuitamente per testarlo.',
  'Ik heb deze laptop gratis ontvangen van de fabrikant.',
  'Gekregen in ruil voor een eerlijke review.',
];

// Sentences that look like a disclosure and are not one.
const TRAPS = [
  'Thanks to the seller for the fast delivery.',
  'It came with free shipping and a free carrying case.',
  'I exchanged it for a replacement because of a dead pixel.',
  'I did not get this for free, I paid full price.',
  'This is not a free sample, I bought it myself.',
  'Nobody paid me to say this.',
  'The manufacturer sent a replacement charger under warranty.',
  'I got a student discount at the store.',
  'The company refunded the shipping cost after a delay.',
  'Feel free to ask questions.',
  'My brother gifted it to me for graduation.',
  'I bought it to test games and it runs them well.',
  'Für 899 € bekommen, ein fairer Preis, Versand kostenlos.',
  'Livraison offerte, reçu en deux jours.',
  'Envío gratis y llegó rápido.',
  'Spedizione gratuita, arrivato in tempo.',
  'Gratis verzending en snel ontvangen.',
  'Ich habe es nicht kostenlos bekommen.',
];

const WORD_SWAPS: Array<[RegExp, string]> = [
  [/\bgreat\b/i, 'excellent'],
  [/\bgood\b/i, 'fine'],
  [/\blaptop\b/i, 'notebook'],
  [/\bcomputer\b/i, 'machine'],
  [/\bvery\b/i, 'really'],
  [/\bthe\b/i, 'this'],
  [/\bis\b/i, 'was'],
  [/\band\b/i, 'plus'],
];

const rng = new Random(2014);
const base = [...readReviews('Laptops_Test_Data_phaseB.xml'), ...readReviews('Restaurants_Test_Data_phaseB.xml')];
const day0 = Date.UTC(2024, 0, 1);
const date = (day: number) => new Date(day0 + day * 86_400_000).toISOString().slice(0, 10);
const jShaped = () => rng.weighted([0.11, 0.07, 0.1, 0.22, 0.5]) + 1;

const reviews: ReviewInput[] = [];
const truth = { incentivized: new Set<string>(), duplicate: new Set<string>(), trap: new Set<string>() };
const genuineRatings: number[] = [];
let serial = 0;
const push = (content: string, rating: number, day: number, kind: string) => {
  const id = `${kind}-${++serial}`;
  reviews.push({ id, rating, createdAt: date(day), content });
  return id;
};
const withSentence = (text: string, sentence: string) => (rng.chance(0.5) ? `${text} ${sentence}` : `${sentence} ${text}`);
const swapped = (text: string, swaps: number) => {
  let out = text;
  for (let k = 0; k < swaps; k++) {
    const [pattern, word] = rng.pick(WORD_SWAPS);
    out = out.replace(pattern, word);
  }
  return out;
};

// Campaign templates: long reviews (a short one cannot be told from a common phrase).
const byLength = base.map((text, index) => ({ text, index, words: text.split(/\s+/).length })).sort((a, b) => b.words - a.words);
const templates = new Set(
  byLength
    .slice(0, 40)
    .filter((_, k) => k % 2 === 0)
    .slice(0, 12)
    .map((t) => t.index),
);
// Alike by design: the templates take the even ones of the longest reviews, the pair sources the odd ones.
const pairSources = new Set(
  byLength
    .slice(0, 60)
    .filter((_, k) => k % 2 === 1)
    .slice(0, 15)
    .map((t) => t.index),
);

let disclosureAt = 0;
let trapAt = 0;
base.forEach((text, index) => {
  const day = rng.int(0, 364);
  if (templates.has(index)) {
    // A campaign: 3 to 15 accounts post one text with small word swaps, all rating 5.
    const copies = rng.int(3, 15);
    for (let c = 0; c < copies; c++)
      truth.duplicate.add(push(c === 0 ? text : swapped(text, rng.int(1, 2)), 5, day + rng.int(0, 20), 'campaign'));
    return;
  }
  const rating = jShaped();
  const roll = rng.next();
  if (roll < 0.08) {
    truth.incentivized.add(push(withSentence(text, DISCLOSURES[disclosureAt++ % DISCLOSURES.length]!), 5, day, 'incentive'));
    return;
  }
  let content = text;
  let kind = 'genuine';
  if (roll < 0.16) {
    content = withSentence(text, TRAPS[trapAt++ % TRAPS.length]!);
    kind = 'trap';
  }
  const id = push(content, rating, day, kind);
  genuineRatings.push(rating);
  if (kind === 'trap') truth.trap.add(id);
  if (pairSources.has(index)) {
    // A later copy of one genuine review, lightly edited: the copy is flagged, the original kept.
    truth.duplicate.add(push(swapped(content, 1), rng.chance(0.5) ? 5 : 1, day + rng.int(5, 60), 'copy'));
  }
});

const summary = summarizeReviews(reviews);
const flaggedBy = (check: string) =>
  new Set(
    Object.entries(summary.reviewFlags)
      .filter(([, flags]) => flags.some((f) => f.check === check))
      .map(([id]) => id),
  );
function score(found: Set<string>, expected: Set<string>) {
  const hits = [...found].filter((id) => expected.has(id)).length;
  return {
    found: found.size,
    expected: expected.size,
    precision: found.size ? hits / found.size : 1,
    recall: expected.size ? hits / expected.size : 1,
  };
}
const text = (id: string) => reviews.find((r) => r.id === id)!.content!;
const row = (name: string, s: ReturnType<typeof score>) =>
  `| ${name} | ${s.expected} | ${s.found} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`;

const incentive = score(flaggedBy('incentivized'), truth.incentivized);
const duplicate = score(flaggedBy('duplicate'), truth.duplicate);
const trapsFlagged = [...truth.trap].filter((id) => flaggedBy('incentivized').has(id) || flaggedBy('duplicate').has(id));
const genuineAverage = genuineRatings.reduce((a, b) => a + b, 0) / genuineRatings.length;

console.log(`${base.length} SemEval-2014 reviews (laptops and restaurants, test sets); ${reviews.length} reviews after injection.\n`);
console.log('| check | injected | flagged | precision | recall |\n|---|---:|---:|---:|---:|');
console.log(row('incentivized', incentive));
console.log(row('duplicate (campaigns and later copies)', duplicate));
console.log(`\nTrap sentences flagged: ${trapsFlagged.length} of ${truth.trap.size}.`);
console.log(
  `Average: genuine ${genuineAverage.toFixed(3)}, checked ${summary.adjustedAverage!.toFixed(3)}, raw ${summary.rawAverage!.toFixed(3)}.`,
);
const misses = [...truth.incentivized].filter((id) => !flaggedBy('incentivized').has(id));
const wrong = [...flaggedBy('incentivized')].filter((id) => !truth.incentivized.has(id));
if (misses.length) console.log(`\nMissed disclosures:\n${misses.map((id) => `- ${text(id)}`).join('\n')}`);
if (wrong.length)
  console.log(
    `\nFlagged without a disclosure:\n${wrong.map((id) => `- ${summary.reviewFlags[id]!.find((f) => f.check === 'incentivized')!.evidence}`).join('\n')}`,
  );
const dupMisses = [...truth.duplicate].filter((id) => !flaggedBy('duplicate').has(id));
const dupWrong = [...flaggedBy('duplicate')].filter((id) => !truth.duplicate.has(id));
if (dupMisses.length) console.log(`\nMissed copies: ${dupMisses.length} (${dupMisses.slice(0, 8).join(', ')})`);
if (dupWrong.length) console.log(`Flagged as copies without being one: ${dupWrong.join(', ')}`);

// False positives on untouched real text: every sentence of the two training sets is a review of
// its own. Nothing is injected, so every incentivized flag here is wrong. (Duplicates are not
// counted: one-sentence reviews are mostly below the check's eight-word minimum.)
const plain: ReviewInput[] = [];
for (const file of ['Laptop_Train_v2.xml', 'Restaurants_Train_v2.xml']) {
  const xml = readFileSync(join(dataDir, file), 'utf8');
  for (const match of xml.matchAll(/<text>([\s\S]*?)<\/text>/g)) {
    plain.push({
      id: `plain-${plain.length}`,
      rating: 3,
      createdAt: date(plain.length % 365),
      content: match[1]!.replace(/&(?:quot|amp|apos|lt|gt);/g, (e) => ENTITIES[e]!),
    });
  }
}
const plainSummary = summarizeReviews(plain, { checks: { duplicate: { mode: 'off' }, burst: { mode: 'off' } } });
const plainFlags = Object.values(plainSummary.reviewFlags).flatMap((flags) => flags.filter((f) => f.check === 'incentivized'));
console.log(`\nUntouched training sentences (${plain.length}): ${plainFlags.length} flagged as incentivized.`);
for (const flag of plainFlags) console.log(`- ${flag.evidence}`);
