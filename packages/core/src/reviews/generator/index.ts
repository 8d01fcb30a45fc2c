/**
 * A seeded generator of realistic review sets with known injected phenomena, for tests, the
 * benchmark and the demo store's data files. Same options and seed, same reviews, everywhere.
 *
 * Genuine reviews: verified (order and delivery dates), J-shaped ratings, 1-12 sentences whose
 * polarity follows the rating, neutral filler and false-positive traps. Injected, each labelled in
 * `truth`: incentivized reviews (marked, or admitted in EN/DE/FR/ES text) rated high; later near-
 * copies of genuine reviews; burst days of extreme ratings; unverified reviews with diverging
 * ratings; long-term genuine reviews (by dates or by words such as "after 6 months").
 */
import type { ReviewInput } from '../types.js';
import {
  ASPECT_SENTENCES,
  BURST_TEXTS,
  ASIDES,
  CAMPAIGN_SWAPS,
  DETAIL,
  FIRST_NAMES,
  INCENTIVE_SENTENCES,
  LAST_INITIALS,
  LONG_TERM_SENTENCES,
  NEUTRAL_SENTENCES,
  OPENERS,
  TITLES,
  TRAP_SENTENCES,
} from './phrases.js';
import { Random } from './random.js';

export { Random } from './random.js';

export interface GeneratorOptions {
  seed?: number;
  /** Genuine reviews (injected ones come on top). */
  count?: number;
  /** First day of the history (ISO date) and its length in days. */
  start?: string;
  days?: number;
  /** Weights of 1..5 stars for genuine reviews. */
  ratingWeights?: readonly number[];
  /** Injected phenomena, as shares of `count` or absolute numbers. */
  incentivizedShare?: number;
  duplicateShare?: number;
  unverifiedShare?: number;
  longTermShare?: number;
  /** Coordinated campaigns: this many, each of 3 to 15 copies of one template with word swaps. */
  campaigns?: number;
  /** Reviews shared from another retailer, the brand or another product of a group. */
  syndicatedShare?: number;
  /** Share of genuine reviewers with one review in all (honest first-time buyers). */
  oneReviewShare?: number;
  bursts?: { count: number; size?: number; polarity?: 'high' | 'low' };
  /** Rating of injected unverified reviews: 'low' (1 star, a competitor's attack) or 'high'. */
  unverifiedPolarity?: 'high' | 'low';
  /** Share of genuine reviews with a false-positive trap sentence. */
  trapShare?: number;
  productId?: string;
}

export interface GeneratedTruth {
  incentivized: string[];
  duplicate: string[];
  burst: string[];
  unverified: string[];
  longTerm: string[];
  syndicated: string[];
  /** Every review whose reviewer has one review in all. */
  newAccount: string[];
  /** Mean rating of the genuine reviews: what the adjusted average should find. */
  genuineAverage: number;
  genuineCount: number;
}

export interface GeneratedReviewSet {
  reviews: ReviewInput[];
  truth: GeneratedTruth;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export function generateReviewSet(options: GeneratorOptions = {}): GeneratedReviewSet {
  const rng = new Random(options.seed ?? 1);
  const count = options.count ?? 500;
  const startMs = Date.parse(`${options.start ?? '2024-01-01'}T00:00:00Z`);
  const days = options.days ?? 365;
  const weights = options.ratingWeights ?? [0.11, 0.07, 0.1, 0.22, 0.5];
  const productId = options.productId ?? 'jacket-1';
  const reviews: ReviewInput[] = [];
  const truth: GeneratedTruth = {
    incentivized: [],
    duplicate: [],
    burst: [],
    unverified: [],
    longTerm: [],
    syndicated: [],
    newAccount: [],
    genuineAverage: 0,
    genuineCount: 0,
  };
  let serial = 0;
  const nextId = (kind: string) => `${productId}-${kind}-${String(++serial).padStart(6, '0')}`;
  const reviewer = () => ({
    id: `u${rng.int(1, 10_000_000)}`,
    name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_INITIALS)}.`,
    reviewCount: rng.int(1, 30),
  });
  const trapShare = options.trapShare ?? 0.1;

  /** Text whose sentences lean positive or negative with the rating. */
  const writeText = (rating: number, extra: string[] = []) => {
    const sentences = Math.max(1, Math.min(12, Math.round(Math.exp(rng.next() * 1.8 + 0.3))));
    const negativeChance = (5 - rating) / 4;
    const out: string[] = [];
    const used = new Set<number>();
    for (let s = 0; s < sentences; s++) {
      if (rng.chance(0.25)) {
        out.push(rng.pick(NEUTRAL_SENTENCES));
        continue;
      }
      let a = rng.int(0, ASPECT_SENTENCES.length - 1);
      if (used.has(a)) a = rng.int(0, ASPECT_SENTENCES.length - 1);
      used.add(a);
      const aspect = ASPECT_SENTENCES[a]!;
      const negative = rng.chance(rating === 3 ? 0.5 : negativeChance * 0.9 + (rating >= 4 ? 0.05 : 0.1));
      let sentence = rng.pick(negative ? aspect.neg : aspect.pos);
      // People say the same thing in their own words: openers and asides vary the phrasing.
      if (rng.chance(0.5)) sentence = `${rng.pick(OPENERS)} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
      if (rng.chance(0.35)) sentence = sentence.replace(/[.!]$/, `, ${rng.pick(ASIDES)}.`);
      out.push(sentence);
    }
    out.splice(
      rng.int(0, out.length),
      0,
      `${rng.pick(DETAIL.who)} ${rng.pick(DETAIL.did)} ${rng.pick(DETAIL.where)} ${rng.pick(DETAIL.when)} ${rng.pick(DETAIL.extra)}, size ${rng.pick(['XS', 'S', 'M', 'L', 'XL'])} at ${rng.int(150, 200)} cm.`,
    );
    for (const sentence of extra) out.splice(rng.int(0, out.length), 0, sentence);
    return out.join(' ');
  };
  const title = (rating: number) => rng.pick(rating >= 4 ? TITLES.pos : rating <= 2 ? TITLES.neg : TITLES.mixed);

  // Genuine reviews.
  const genuine: ReviewInput[] = [];
  const longTermCount = Math.round(count * (options.longTermShare ?? 0.08));
  for (let i = 0; i < count; i++) {
    const rating = rng.weighted(weights) + 1;
    const created = startMs + Math.floor(rng.next() * days * DAY);
    const longTerm = i < longTermCount;
    const byText = longTerm && rng.chance(0.5);
    const deliveredDaysBefore = longTerm && !byText ? rng.int(95, 400) : rng.int(2, 40);
    const delivered = created - deliveredDaysBefore * DAY;
    const extra: string[] = [];
    if (byText) extra.push(rng.pick(LONG_TERM_SENTENCES));
    if (rng.chance(trapShare)) extra.push(rng.pick(TRAP_SENTENCES));
    const review: ReviewInput = {
      id: nextId('g'),
      rating,
      ...(rng.chance(0.7) ? { title: title(rating) } : {}),
      content: writeText(rating, extra),
      createdAt: iso(created),
      reviewer: rng.chance(options.oneReviewShare ?? 0.1)
        ? { ...reviewer(), reviewCount: 1 }
        : { ...reviewer(), reviewCount: rng.int(2, 30) },
      isVerifiedPurchase: true,
      orderedAt: iso(delivered - rng.int(1, 5) * DAY),
      deliveredAt: iso(delivered),
      source: 'native',
      helpfulVotes: rng.chance(0.3) ? rng.int(1, 60) : 0,
      locale: 'en',
    };
    genuine.push(review);
    if (longTerm) truth.longTerm.push(review.id);
  }
  reviews.push(...genuine);
  truth.genuineCount = genuine.length;
  truth.genuineAverage = genuine.reduce((sum, r) => sum + r.rating, 0) / Math.max(1, genuine.length);

  // Incentivized: marked in the data, or admitted in the text; rated high (4.74 vs 4.36 on average).
  const incentivized = Math.round(count * (options.incentivizedShare ?? 0.06));
  for (let i = 0; i < incentivized; i++) {
    const rating = rng.weighted([0, 0, 0.05, 0.2, 0.75]) + 1;
    const marked = rng.chance(0.4);
    const created = startMs + Math.floor(rng.next() * days * DAY);
    const review: ReviewInput = {
      id: nextId('i'),
      rating,
      content: writeText(rating, marked ? [] : [rng.pick(INCENTIVE_SENTENCES)]),
      createdAt: iso(created),
      reviewer: reviewer(),
      isVerifiedPurchase: true,
      orderedAt: iso(created - 10 * DAY),
      deliveredAt: iso(created - 7 * DAY),
      ...(marked ? { isIncentivized: true, incentive: 'free-product' } : {}),
      helpfulVotes: 0,
    };
    reviews.push(review);
    truth.incentivized.push(review.id);
  }

  /** An injected review that is a verified purchase, delivered `delivered` days before it was written (ordered 3 days earlier). */
  const pushVerified = (kind: string, rating: number, content: string, created: number, truthList: string[], delivered: number) => {
    const review: ReviewInput = {
      id: nextId(kind),
      rating,
      content,
      createdAt: iso(created),
      reviewer: reviewer(),
      isVerifiedPurchase: true,
      orderedAt: iso(created - (delivered + 3) * DAY),
      deliveredAt: iso(created - delivered * DAY),
    };
    reviews.push(review);
    truthList.push(review.id);
  };

  // Near-copies of genuine reviews long enough to judge, posted later, lightly edited.
  const duplicates = Math.round(count * (options.duplicateShare ?? 0.04));
  const copyable = genuine.filter((r) => (r.content ?? '').split(' ').length >= 14);
  // Each genuine review is copied at most once: a third copy would make a campaign.
  const copied = new Set<ReviewInput>();
  for (let i = 0; i < duplicates && copied.size < copyable.length; i++) {
    let source = rng.pick(copyable);
    while (copied.has(source)) source = rng.pick(copyable);
    copied.add(source);
    const created = Date.parse(source.createdAt ?? '') + rng.int(1, 30) * DAY;
    const edit = rng.int(0, 2);
    const content =
      edit === 0
        ? source.content!
        : edit === 1
          ? `${source.content!} Recommended.`
          : source.content!.replace(/\.$/, '!').replace(/^(\w+)/, (w) => w.toUpperCase());
    pushVerified('d', rng.chance(0.5) ? source.rating : rng.int(1, 5), content, created, truth.duplicate, 6);
  }

  // Campaigns: 3 to 15 accounts post one long template, each copy with one word swapped, all
  // within a few weeks and all rating alike. None of them is genuine.
  const campaigns = options.campaigns ?? Math.max(1, Math.round(count / 500));
  for (let c = 0; c < campaigns; c++) {
    const rating = rng.chance(0.5) ? 5 : 1;
    let template = writeText(rating);
    while (template.split(' ').length < 60) template += ` ${writeText(rating)}`;
    const start = startMs + Math.floor(rng.next() * (days - 30) * DAY);
    const copies = rng.int(3, 15);
    for (let k = 0; k < copies; k++) {
      const [from, to] = rng.pick(CAMPAIGN_SWAPS);
      const created = start + rng.int(0, 30 * DAY);
      pushVerified('c', rating, k === 0 ? template : template.replace(new RegExp(`\\b${from}\\b`), to), created, truth.duplicate, 6);
    }
  }

  // Syndicated reviews: from another retailer or the brand, or shared across a product group;
  // they rate higher and carry their own dates.
  const syndicated = Math.round(count * (options.syndicatedShare ?? 0.05));
  for (let i = 0; i < syndicated; i++) {
    const rating = rng.weighted([0.02, 0.03, 0.05, 0.2, 0.7]) + 1;
    const review: ReviewInput = {
      id: nextId('s'),
      rating,
      content: writeText(rating),
      createdAt: iso(startMs + Math.floor(rng.next() * days * DAY)),
      reviewer: reviewer(),
      source: 'syndicated',
      isVerifiedPurchase: true,
      orderedAt: iso(startMs - 30 * DAY),
    };
    reviews.push(review);
    truth.syndicated.push(review.id);
  }

  // Unverified reviews whose ratings diverge from the genuine ones.
  const unverified = Math.round(count * (options.unverifiedShare ?? 0.05));
  for (let i = 0; i < unverified; i++) {
    const rating =
      (options.unverifiedPolarity ?? 'low') === 'low'
        ? rng.weighted([0.8, 0.15, 0.05, 0, 0]) + 1
        : rng.weighted([0, 0, 0.05, 0.15, 0.8]) + 1;
    const created = startMs + Math.floor(rng.next() * days * DAY);
    const review: ReviewInput = {
      id: nextId('u'),
      rating,
      content: writeText(rating),
      createdAt: iso(created),
      reviewer: { name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_INITIALS)}.`, reviewCount: 1 },
      isVerifiedPurchase: false,
      source: 'native',
    };
    reviews.push(review);
    truth.unverified.push(review.id);
  }

  // Burst days: many extreme ratings on one day, verified and short, so only the burst check sees them.
  const burstCount = options.bursts?.count ?? 1;
  const lambda = (reviews.length / days) * 1;
  const size = options.bursts?.size ?? Math.max(25, Math.ceil(lambda * 12));
  for (let b = 0; b < burstCount; b++) {
    const day = startMs + (Math.floor(days * 0.3) + Math.floor((b * days * 0.5) / Math.max(1, burstCount))) * DAY;
    const high = (options.bursts?.polarity ?? 'high') === 'high';
    for (let i = 0; i < size; i++) {
      const created = day + rng.int(0, DAY - 1000);
      pushVerified('b', high ? 5 : 1, rng.pick(high ? BURST_TEXTS.high : BURST_TEXTS.low), created, truth.burst, 2);
    }
  }

  for (const review of reviews) if (review.reviewer?.reviewCount === 1) truth.newAccount.push(review.id);

  // Shuffle deterministically so injected reviews are not grouped at the end.
  for (let i = reviews.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [reviews[i], reviews[j]] = [reviews[j]!, reviews[i]!];
  }
  return { reviews, truth };
}
