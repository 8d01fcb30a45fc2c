#!/usr/bin/env node
/**
 * Writes the demo store's review data the way a real store would get it: the review engine's
 * SEEDED generator stands in for shoppers, and its reviews are kept as the store's review platform
 * would export them; `candor import` and `candor summarize` (the built @candor/cli) make the rest:
 *
 *   data/export/bazaarvoice-reviews.json  the platform export (Bazaarvoice Conversations API shape)
 *   data/export/orders.csv                the store's orders, which the export has no dates for
 *   data/reviews/<id>.json     `candor import --from bazaarvoice --orders` of the export ({ productId, reviews })
 *   data/summaries/<id>.json   `candor summarize --config candor.json` of those reviews
 *   data/summaries/ratings.json  the ratings index every badge on the home page reads in one request
 *   html-first/trail-jacket.html  the HTML-first page: `candor render` of the jacket, between its markers
 *   html-first/styles/*.css       the rendered widgets' styles (`candor render --stylesheets`)
 *   products/merino-beanie.html  the zero-config page: schema.org Product JSON-LD (with Review items);
 *                                its summary (for the listing badge) comes from the engine with Candor's defaults
 *
 * Run after `pnpm build` (it imports the BUILT @candor/core and @candor/cli):
 *   node examples/demo-store/scripts/generate-data.mjs          write the files
 *   node examples/demo-store/scripts/generate-data.mjs --check  exit 1 if a committed file differs
 * Same seeds, same bytes: test/e2e/demo-store-data.test.ts regenerates and compares.
 *
 * The generator writes about a jacket. For the other products this script swaps the generator's
 * sentences for the product's own, sentence for sentence (same aspect, same polarity, same index),
 * so ratings, dates, verification, incentives, copies and bursts stay exactly as generated and
 * copied reviews stay copies.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const site = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const dist = `${repo}packages/core/dist`;

if (!existsSync(`${dist}/reviews/index.js`) || !existsSync(`${repo}packages/cli/dist/index.js`)) {
  console.error(
    'packages/core/dist or packages/cli/dist is missing: run `pnpm build` first (this script uses the built @candor/core and @candor/cli).',
  );
  process.exit(1);
}
const core = await import(pathToFileURL(`${dist}/index.js`).href);
const engine = await import(pathToFileURL(`${dist}/reviews/index.js`).href);
// The theme finder registers itself with the engine, as the widgets load it beside the engine.
await import(pathToFileURL(`${dist}/reviews/theme-finder.js`).href);
const phrases = await import(pathToFileURL(`${dist}/reviews/generator/phrases.js`).href);
const cli = await import(pathToFileURL(`${repo}packages/cli/dist/index.js`).href);

// ---------------------------------------------------------------------------------------------
// What each product's reviews look like. Seeds are fixed: change one and the data changes.

/** @type {Record<string, { options: object, vocabulary?: string, storeSettings?: boolean, jsonLd?: boolean }>} */
const PRODUCTS = {
  // Apparel, frequently returned for sizing; the busiest product (300+ reviews).
  'trail-jacket': {
    vocabulary: 'jacket',
    options: {
      seed: 1101,
      count: 330,
      start: '2024-03-01',
      days: 600,
      ratingWeights: [0.08, 0.09, 0.14, 0.27, 0.42],
      incentivizedShare: 0.05,
      duplicateShare: 0.04,
      unverifiedShare: 0.06,
      longTermShare: 0.1,
      bursts: { count: 0 },
    },
  },
  // Electronics with a lifespan and many long-term owners.
  'aero-headphones': {
    vocabulary: 'headphones',
    options: {
      seed: 2202,
      count: 190,
      start: '2023-02-01',
      days: 960,
      ratingWeights: [0.07, 0.06, 0.1, 0.27, 0.5],
      incentivizedShare: 0.03,
      duplicateShare: 0.02,
      unverifiedShare: 0.04,
      longTermShare: 0.3,
      bursts: { count: 0 },
    },
  },
  // Incentivized launch reviews (free bottles) and a review burst.
  'summit-bottle': {
    vocabulary: 'bottle',
    options: {
      seed: 3303,
      count: 140,
      start: '2025-01-20',
      days: 300,
      ratingWeights: [0.1, 0.08, 0.14, 0.26, 0.42],
      incentivizedShare: 0.3,
      duplicateShare: 0.03,
      unverifiedShare: 0.04,
      longTermShare: 0.05,
      bursts: { count: 1, size: 34, polarity: 'high' },
    },
  },
  'canvas-daypack': {
    vocabulary: 'daypack',
    options: {
      seed: 4404,
      count: 64,
      start: '2024-06-01',
      days: 480,
      incentivizedShare: 0.03,
      duplicateShare: 0.02,
      unverifiedShare: 0.05,
      longTermShare: 0.12,
      bursts: { count: 0 },
    },
  },
  'camp-lantern': {
    vocabulary: 'lantern',
    options: {
      seed: 5505,
      count: 48,
      start: '2024-04-01',
      days: 520,
      ratingWeights: [0.06, 0.06, 0.12, 0.3, 0.46],
      incentivizedShare: 0.04,
      duplicateShare: 0,
      unverifiedShare: 0.04,
      longTermShare: 0.1,
      bursts: { count: 0 },
    },
  },
  // The zero-config page: its reviews live in the page's JSON-LD; the store config knows nothing of it.
  'merino-beanie': {
    vocabulary: 'beanie',
    jsonLd: true,
    options: {
      seed: 6606,
      count: 22,
      start: '2024-10-01',
      days: 420,
      ratingWeights: [0.05, 0.05, 0.1, 0.3, 0.5],
      incentivizedShare: 0,
      duplicateShare: 0,
      unverifiedShare: 0,
      longTermShare: 0.1,
      bursts: { count: 0 },
    },
  },
};

/**
 * One review whose title, text and name carry markup, to prove the widgets render data as text.
 * It is the most helpful critical review of the jacket, so the summary shows it.
 */
const XSS_REVIEW = {
  id: 'trail-jacket-xss-000001',
  rating: 2,
  title: 'Runs small <img src=x onerror="window.__xss=1">',
  content:
    'Disappointed with the fit, it runs small. <img src=x onerror="window.__xss=1"><script>window.__xss=2</script> I ordered my usual medium and the sleeves stopped short of my wrists, so I sent it back for a large, which fits well.',
  createdAt: '2025-06-14T09:12:00Z',
  reviewer: { id: 'u-xss', name: '<b onmouseover="window.__xss=3">Mallory</b>', reviewCount: 4 },
  isVerifiedPurchase: true,
  orderedAt: '2025-05-30T10:00:00Z',
  deliveredAt: '2025-06-02T16:00:00Z',
  source: 'native',
  helpfulVotes: 97,
  locale: 'en',
};

// ---------------------------------------------------------------------------------------------
// Product vocabularies: the generator's jacket aspects (fit, quality, comfort, zipper, pockets,
// hood, value, shipping, look) re-told for each product. Each list has the generator's length
// (3 positive, 3 negative); an aspect not listed keeps the generator's own sentences.

const VOCABULARIES = {
  // The jacket keeps the generator's words, except that its fit is told the way this jacket fits: small.
  jacket: {
    noun: 'jacket',
    aspects: {
      fit: {
        pos: [
          'I sized up as the page suggests and the fit is perfect across the shoulders.',
          'Sizing is fine once you go one size up; it fits well.',
          'It fits nicely in the size above my usual.',
        ],
        neg: [
          'The fit is bad, far too tight around the chest in my usual size.',
          'Sizing is wrong, the sleeves are too short and it fits poorly.',
          'Disappointed with the fit, it runs small.',
        ],
      },
    },
    words: [],
    neutral: phrases.NEUTRAL_SENTENCES,
  },
  headphones: {
    noun: 'headphones',
    aspects: {
      fit: {
        pos: [
          'The fit is snug without pinching, even with glasses.',
          'They fit my large head well at the middle setting.',
          'The headband fits nicely and stays put.',
        ],
        neg: [
          'The fit is too tight, they squeeze after an hour.',
          'The headband size is wrong for a small head, they slide off.',
          'Disappointed with the fit, they press on my glasses.',
        ],
      },
      quality: {
        pos: [
          'The hinges feel sturdy and the build is solid.',
          'Great build quality for headphones at this price.',
          'Well made, nothing creaks or rattles.',
        ],
        neg: [
          'The quality is poor, a hinge cracked in the first month.',
          'The plastic feels cheap and flimsy.',
          'Terrible quality, the ear pad leather peeled after a few months.',
        ],
      },
      comfort: {
        pos: ['Very comfortable to wear all day.', 'The ear pads are soft and really comfy.', 'Comfortable even on long flights.'],
        neg: [
          'They get uncomfortable and warm after two hours.',
          'The ear pads are rough and make my ears sweat.',
          'Uncomfortable with glasses on, sadly.',
        ],
      },
      zipper: {
        pos: [
          'The battery easily lasts a week of commuting.',
          'Battery life is excellent, I charge them on Sundays.',
          'A ten-minute charge gets me through the day.',
        ],
        neg: [
          'The battery drains overnight even when switched off.',
          'Battery life is far below the 30 hours claimed.',
          'The charging port is loose, which is annoying.',
        ],
      },
      pockets: {
        pos: ['The sound is clear with a warm, tidy bass.', 'Great sound for podcasts and music alike.', 'Voices sound natural on calls.'],
        neg: ['The sound is muddy at high volume.', 'Disappointed by the flat, dull sound.', 'The bass is boomy and drowns out vocals.'],
      },
      hood: {
        pos: [
          'Noise cancelling is great on the train.',
          'The noise cancelling removes engine rumble completely.',
          'Noise cancelling makes the open-plan office bearable.',
        ],
        neg: [
          'Noise cancelling does little against voices.',
          'The noise cancelling hisses in quiet rooms.',
          'Poor noise cancelling, I still hear the whole office.',
        ],
      },
    },
    words: [
      [/\bjacket\b/gi, 'headphones'],
      [/\bwore it\b/g, 'used them'],
      [/\btook it\b/g, 'took them'],
      [/\bused it\b/g, 'used them'],
      [/\btried it\b/g, 'tried them'],
      [/\bhad it on\b/g, 'had them on'],
      [/\bpacked it\b/g, 'packed them'],
      [/\bit still looks new\b/g, 'they still work like new'],
      [/\bthe zipper still works\b/g, 'the battery still lasts'],
      [/\bit has held up well\b/g, 'they have held up well'],
      [/\bit is still going strong\b/g, 'they are still going strong'],
      [/, size (XS|S|M|L|XL) at \d+ cm\./g, '.'],
    ],
    neutral: [
      'I bought these for my commute.',
      'I use them mostly on weekends.',
      'My partner picked the colour.',
      'I wear glasses for reference.',
      'I ordered them in graphite.',
      'I work in an open-plan office.',
      'I listen mostly to podcasts.',
      'These replaced my old wired pair.',
      'I took them on a trip to Scotland.',
      'They came in a plain box.',
    ],
  },
  bottle: {
    noun: 'bottle',
    aspects: {
      fit: {
        pos: [
          'It fits my car cup holder perfectly.',
          'The size is great, it fits in my bike cage.',
          'It fits nicely in a rucksack side pocket.',
        ],
        neg: [
          'The fit is bad, too wide for any cup holder.',
          'The size is wrong for my bike cage, it rattles out.',
          'Disappointed with the size, it does not fit a side pocket.',
        ],
      },
      quality: {
        pos: [
          'The steel is solid and the coating feels durable.',
          'Great quality for a bottle at this price.',
          'Well made, the lid threads are neat and sturdy.',
        ],
        neg: [
          'The quality is poor, the coating chipped in the first week.',
          'The lid feels cheap and flimsy.',
          'Terrible quality, it dented after one small drop.',
        ],
      },
      comfort: {
        pos: [
          'The carry loop is very comfortable to hold.',
          'The spout is smooth and easy to drink from.',
          'Comfortable to carry even on long walks.',
        ],
        neg: ['The carry loop digs into my fingers.', 'The spout is rough on the lips.', 'Awkward and heavy to carry, sadly.'],
      },
      zipper: {
        pos: ['The lid seals perfectly, no leaks at all.', 'I love the leak-proof lid.', 'Excellent lid, it has never leaked in my bag.'],
        neg: [
          'The lid leaks when the bottle lies flat, which is annoying.',
          'The lid is awful and drips constantly.',
          'The lid seal broke, what a disappointment.',
        ],
      },
      pockets: {
        pos: [
          'Ice is still there the next morning.',
          'Great insulation, coffee stays hot until lunch.',
          'It keeps water cold all day in the car.',
        ],
        neg: [
          'It barely keeps tea warm for three hours.',
          'Disappointed by the insulation, the ice melts by noon.',
          'Drinks go lukewarm far sooner than promised.',
        ],
      },
      hood: {
        pos: [
          'It is easy to clean with a bottle brush.',
          'The wide mouth makes cleaning simple.',
          'No taste or smell after months of use.',
        ],
        neg: [
          'It is hard to clean and keeps a coffee smell.',
          'The lid has corners that trap grime.',
          'The water tastes metallic, poor finish.',
        ],
      },
    },
    words: [
      [/\bjacket\b/gi, 'bottle'],
      [/\bwore it\b/g, 'carried it'],
      [/\bhad it on\b/g, 'had it with me'],
      [/\bit still looks new\b/g, 'it still keeps ice overnight'],
      [/\bthe zipper still works\b/g, 'the lid still seals'],
      [/, size (XS|S|M|L|XL) at \d+ cm\./g, '.'],
    ],
    neutral: [
      'I bought this for my commute.',
      'I use it mostly on weekends.',
      'My partner picked the colour.',
      'I drink a lot of tea.',
      'I ordered it in lake blue.',
      'We walk the dog twice a day.',
      'I fill it with ice every morning.',
      'This replaced my old plastic bottle.',
      'I took it on a trip to Scotland.',
      'It came in a plain box.',
    ],
  },
  daypack: {
    noun: 'daypack',
    aspects: {
      fit: {
        pos: [
          'It fits my back well, even with a coat on.',
          'The size is right for a laptop and lunch.',
          'It fits nicely under a train seat.',
        ],
        neg: [
          'The fit is bad, it sits too low on my back.',
          'The size is wrong, smaller inside than it looks.',
          'Disappointed with the fit, it is too short for my back.',
        ],
      },
      quality: {
        pos: [
          'The stitching is solid and the canvas feels durable.',
          'Great quality for a bag at this price.',
          'Well made, the seams are neat and sturdy.',
        ],
        neg: [
          'The quality is poor, a strap seam ripped in the first week.',
          'The canvas feels thin and flimsy.',
          'Terrible quality, the base wore through after a few months.',
        ],
      },
      zipper: {
        pos: ['The buckles close easily with one hand.', 'I love the sturdy buckles.', 'Excellent closure, the flap stays shut.'],
        neg: [
          'The buckles keep slipping, which is annoying.',
          'The flap buckle is awful and jams constantly.',
          'A buckle broke, what a disappointment.',
        ],
      },
      hood: {
        pos: ['The straps are padded just enough.', 'Nice adjustable straps.', 'The straps are perfect on a long walk.'],
        neg: ['The straps dig into my shoulders.', 'The straps are badly placed and slide off.', 'Poor straps, they loosen all the time.'],
      },
    },
    words: [
      [/\bjacket\b/gi, 'bag'],
      [/\bwore it\b/g, 'carried it'],
      [/\bhad it on\b/g, 'carried it'],
      [/\bthe zipper still works\b/g, 'the buckles still work'],
      [/, size (XS|S|M|L|XL) at \d+ cm\./g, '.'],
    ],
    neutral: [
      'I bought this for my commute.',
      'I use it mostly on weekends.',
      'My partner picked the colour.',
      'I carry a 13-inch laptop in it.',
      'I ordered it in tan.',
      'We walk the dog twice a day.',
      'I cycle to work with it.',
      'This replaced my old nylon rucksack.',
      'I took it on a trip to Scotland.',
      'It came in a plain bag.',
    ],
  },
  lantern: {
    noun: 'lantern',
    aspects: {
      fit: {
        pos: ['It fits in the side pocket of my pack.', 'The size is right for a two-person tent.', 'It fits nicely in the glovebox.'],
        neg: [
          'The size is bad, too bulky for a rucksack.',
          'The size is wrong for backpacking, it is heavy.',
          'Disappointed with the size, it is larger than it looks.',
        ],
      },
      quality: {
        pos: [
          'The housing is solid and feels durable.',
          'Great build quality for a lantern at this price.',
          'Well made, it survived a fall onto rocks.',
        ],
        neg: [
          'The quality is poor, the switch failed in the first week.',
          'The plastic feels cheap and flimsy.',
          'Terrible quality, the handle snapped after a few trips.',
        ],
      },
      zipper: {
        pos: [
          'The battery lasts a whole weekend on low.',
          'It charges quickly from a power bank.',
          'Excellent battery, it tops up my phone too.',
        ],
        neg: [
          'The battery dies after one evening on high.',
          'The charging port is stiff and awkward.',
          'The battery stopped holding a charge, what a disappointment.',
        ],
      },
      pockets: {
        pos: ['The light is warm and bright enough to cook by.', 'Great light, soft and not glaring.', 'The dimmer is a nice touch.'],
        neg: [
          'The light is too dim for the campsite.',
          'Disappointed by the cold, harsh light on high.',
          'The dimmer flickers at low settings.',
        ],
      },
      hood: {
        pos: ['The handle is great for hanging in the tent.', 'Nice folding hook.', 'It hangs perfectly from the tent loop.'],
        neg: ['The handle is useless for hanging.', 'The hook is badly made and slips off.', 'Poor handle, it folds down all the time.'],
      },
    },
    words: [
      [/\bjacket\b/gi, 'lantern'],
      [/\bwore it\b/g, 'used it'],
      [/\bhad it on\b/g, 'had it lit'],
      [/\bdaily wear\b/g, 'regular use'],
      [/\bthe zipper still works\b/g, 'the battery still holds'],
      [/, size (XS|S|M|L|XL) at \d+ cm\./g, '.'],
    ],
    neutral: [
      'I bought this for camping.',
      'I use it mostly on weekends.',
      'My partner picked it.',
      'We camp about six times a year.',
      'I ordered two.',
      'We use it in the garden too.',
      'I keep it in the car.',
      'This replaced my old gas lantern.',
      'I took it on a trip to Scotland.',
      'It came in a plain box.',
    ],
  },
  beanie: {
    noun: 'beanie',
    aspects: {
      fit: {
        pos: ['The fit is perfect, it covers my ears.', 'Sizing is great, it stretches well.', 'It fits nicely without pressing.'],
        neg: [
          'The fit is bad, far too tight on my head.',
          'Sizing is wrong, it does not cover my ears.',
          'Disappointed with the fit, it runs small.',
        ],
      },
      quality: {
        pos: [
          'The knit is solid and the wool feels durable.',
          'Great quality for a hat at this level.',
          'Well made, the rib is neat and even.',
        ],
        neg: [
          'The quality is poor, it pilled in the first week.',
          'The wool feels thin and flimsy.',
          'Terrible quality, a hole opened after a few wears.',
        ],
      },
      comfort: {
        pos: ['Very comfortable to wear all day.', 'The merino is soft and really comfy.', 'Comfortable even on long walks.'],
        neg: ['It is itchy across the forehead.', 'The wool is rough on the skin.', 'Uncomfortable after an hour, sadly.'],
      },
      zipper: {
        pos: ['It is really warm in the wind.', 'I love how warm it is.', 'Excellent warmth, even in the snow.'],
        neg: [
          'It is not warm enough in real cold, which is annoying.',
          'The wind goes straight through it.',
          'Not warm at all, what a disappointment.',
        ],
      },
      pockets: {
        pos: ['The cuff folds neatly.', 'Great double layer over the ears.', 'The pompom is a nice touch.'],
        neg: [
          'The cuff will not stay folded, which is frustrating.',
          'Disappointed by the thin cuff.',
          'The pompom came off in the first week.',
        ],
      },
      hood: {
        pos: ['It washes well by hand.', 'Nice, it kept its shape after washing.', 'It dries overnight on a towel.'],
        neg: ['It shrank in a cool wash.', 'It stretched out of shape after washing.', 'Poor shape, it slips up all the time.'],
      },
    },
    words: [
      [/\bjacket\b/gi, 'hat'],
      [/\bthe zipper still works\b/g, 'it is still warm'],
      [/, size (XS|S|M|L|XL) at \d+ cm\./g, '.'],
    ],
    neutral: [
      'I bought this for my commute.',
      'I wear it mostly on weekends.',
      'My partner picked the colour.',
      'I have a large head for reference.',
      'I ordered it in charcoal.',
      'We walk the dog twice a day.',
      'I usually find hats too tight.',
      'This replaced my old acrylic beanie.',
      'I wore it on a trip to Scotland.',
      'It came in a paper bag.',
    ],
  },
};

/** Builds a sentence-for-sentence map from the generator's jacket phrases to a product's. */
function translator(vocabulary) {
  const map = new Map();
  for (const { aspect, pos, neg } of phrases.ASPECT_SENTENCES) {
    const own = vocabulary.aspects[aspect];
    if (!own) continue;
    pos.forEach((sentence, i) => map.set(sentence.toLowerCase(), own.pos[i % own.pos.length]));
    neg.forEach((sentence, i) => map.set(sentence.toLowerCase(), own.neg[i % own.neg.length]));
  }
  phrases.NEUTRAL_SENTENCES.forEach((sentence, i) => map.set(sentence.toLowerCase(), vocabulary.neutral[i % vocabulary.neutral.length]));
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const swapWords = (text) => vocabulary.words.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
  return (text) => {
    if (!text) return text;
    let out = text;
    // Whole sentences first (case-insensitive: the generator's copies upper-case a first word),
    // keeping the punctuation a copy may have changed.
    for (const key of keys) {
      const stem = key.replace(/[.!]$/, '');
      let index = out.toLowerCase().indexOf(stem);
      while (index !== -1) {
        const replacement = map.get(key).replace(/[.!]$/, '');
        out = out.slice(0, index) + replacement + out.slice(index + stem.length);
        index = out.toLowerCase().indexOf(stem, index + replacement.length);
      }
    }
    return swapWords(out);
  };
}

function retell(reviews, vocabularyName) {
  if (!vocabularyName) return reviews;
  const tell = translator(VOCABULARIES[vocabularyName]);
  return reviews.map((review) => ({
    ...review,
    ...(review.title !== undefined ? { title: tell(review.title) } : {}),
    ...(review.content !== undefined ? { content: tell(review.content) } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------
// Output

/** One review a line: compact, yet a diff shows which review changed. */
function reviewsFile(productId, reviews) {
  return `{"productId":${JSON.stringify(productId)},"reviews":[\n${reviews.map((review) => JSON.stringify(review)).join(',\n')}\n]}\n`;
}

const jsonFile = (value) => `${JSON.stringify(value, null, 1)}\n`;

function productJsonLd(productId, reviews) {
  const dateOnly = (iso) => iso.slice(0, 10);
  const ratings = reviews.map((review) => review.rating);
  const plain = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    sku: productId,
    name: 'Merino rib beanie',
    category: 'apparel',
    description: 'A double-layer rib beanie knitted in Scotland from non-mulesed merino.',
    image: '/assets/img/merino-beanie.svg',
    brand: { '@type': 'Brand', name: 'Halden Knitwear' },
    offers: {
      '@type': 'Offer',
      price: '28.00',
      priceCurrency: 'GBP',
      availability: 'https://schema.org/InStock',
      url: '/products/merino-beanie.html',
    },
    // The plain average of every review, as Google asks; never an adjusted figure.
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: Math.round(plain * 100) / 100,
      reviewCount: reviews.length,
      bestRating: 5,
      worstRating: 1,
    },
    review: reviews.map((review) => ({
      '@type': 'Review',
      '@id': `/products/merino-beanie.html#${review.id}`,
      ...(review.title ? { name: review.title } : {}),
      reviewBody: review.content,
      datePublished: dateOnly(review.createdAt),
      author: { '@type': 'Person', name: review.reviewer?.name ?? 'Anonymous' },
      reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 1 },
    })),
  };
}

const START = '<!-- candor-demo:jsonld:start';
const END = '<!-- candor-demo:jsonld:end -->';

function withJsonLd(html, jsonLd) {
  const from = html.indexOf(START);
  const to = html.indexOf(END);
  if (from === -1 || to === -1) throw new Error(`products/merino-beanie.html lacks the ${START} ... ${END} markers`);
  const head = html.slice(0, from);
  const indent = head.slice(head.lastIndexOf('\n') + 1);
  const block = [
    `${START} (written by scripts/generate-data.mjs from the seeded review generator) -->`,
    `<script type="application/ld+json">`,
    // Review text is written by strangers: core's toInlineJson escapes <, >, &, U+2028 and U+2029,
    // so neither "</script>" nor "<!--" in a review can end the block early.
    ...core
      .toInlineJson(jsonLd, 2)
      .split('\n')
      .map((line) => `  ${line}`),
    `</script>`,
    '',
  ].join(`\n${indent}`);
  return head + block + html.slice(to);
}

/** Every file this script writes, as path (relative to the demo store) to content. */
export async function generateFiles() {
  const parsed = core.parseConfig(readFileSync(`${site}candor.json`, 'utf8'));
  if (!parsed.ok) throw new Error(core.formatIssues(parsed.issues, 'candor.json'));
  // The zero-config page runs with Candor's defaults (no data-config), so its listing badge does too.
  const defaultOptions = engine.summaryOptionsFromConfig(core.defaultConfig());

  const files = {};
  const exported = [];
  for (const [productId, product] of Object.entries(PRODUCTS)) {
    const { reviews: generated } = core.generateReviewSet({ ...product.options, productId });
    const reviews = retell(generated, product.vocabulary);
    if (productId === 'trail-jacket') reviews.push(XSS_REVIEW);
    if (product.jsonLd) {
      const page = 'products/merino-beanie.html';
      files[page] = withJsonLd(readFileSync(`${site}${page}`, 'utf8'), productJsonLd(productId, reviews));
      files[`data/summaries/${productId}.json`] = jsonFile(engine.summarizeReviews(reviews, defaultOptions));
    } else {
      exported.push(...reviews.map((review) => ({ productId, review })));
    }
  }
  files['data/export/bazaarvoice-reviews.json'] = bazaarvoiceExport(exported);
  files['data/export/orders.csv'] = ordersCsv(exported);

  // The real path: candor import, then candor summarize, on the files above.
  const work = mkdtempSync(join(tmpdir(), 'candor-demo-data-'));
  try {
    for (const name of ['bazaarvoice-reviews.json', 'orders.csv']) writeFileSync(join(work, name), files[`data/export/${name}`]);
    const quiet = { quiet: true, log: () => {} };
    const { report } = await cli.runImport({
      input: join(work, 'bazaarvoice-reviews.json'),
      from: 'bazaarvoice',
      orders: join(work, 'orders.csv'),
      out: join(work, 'imported'),
      strict: true,
      ...quiet,
    });
    if (report.bad.total)
      throw new Error(`candor import could not read ${report.bad.total} exported reviews: ${JSON.stringify(report.bad.first.slice(0, 3))}`);
    await cli.runSummarize({
      input: join(work, 'imported/reviews.ndjson'),
      config: `${site}candor.json`,
      out: join(work, 'summaries'),
      workers: 0,
      ...quiet,
    });
    const byProduct = new Map();
    for (const line of readFileSync(join(work, 'imported/reviews.ndjson'), 'utf8').trim().split('\n').slice(1)) {
      const { productId, review } = JSON.parse(line);
      byProduct.set(productId, [...(byProduct.get(productId) ?? []), review]);
    }
    for (const [productId, reviews] of byProduct) {
      files[`data/reviews/${productId}.json`] = reviewsFile(productId, reviews);
      files[`data/summaries/${productId}.json`] = readFileSync(join(work, `summaries/${productId}.json`), 'utf8');
    }
    files['data/summaries/ratings.json'] = readFileSync(join(work, 'summaries/ratings.json'), 'utf8');
    Object.assign(files, await htmlFirstPage(join(work, 'summaries'), join(work, 'rendered')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const counts = {};
  for (const productId of Object.keys(PRODUCTS)) {
    const summary = JSON.parse(files[`data/summaries/${productId}.json`]);
    counts[productId] = {
      reviews: summary.received,
      raw: summary.rawAverage,
      adjusted: summary.adjustedAverage,
      trusted: summary.trustedCount,
    };
  }
  return { files, counts };
}

/**
 * The HTML-first page: `candor render` of the jacket's summary, with its styles as linked files
 * (the page is served with the strict CSP, which refuses inline styles), written between the
 * page's `<!-- candor render <widget> -->` markers, as a store's template includes the files.
 */
async function htmlFirstPage(summaries, out) {
  const page = 'html-first/trail-jacket.html';
  // The built command, as a store runs it: in a process of its own, the widgets' styles are those
  // of the built @candor/elements whoever imports this script (vitest resolves it to the sources).
  execFileSync(
    process.execPath,
    [
      `${repo}packages/cli/dist/bin.js`,
      'render',
      summaries,
      ...['--config', `${site}candor.json`, '--out', out, '--product', 'trail-jacket', '--stylesheets', '/html-first/styles/'],
    ],
    { stdio: 'pipe' },
  );
  const locale = readdirSync(out).find((name) => name !== 'styles');
  const files = {};
  for (const name of readdirSync(join(out, 'styles'))) files[`html-first/styles/${name}`] = readFileSync(join(out, 'styles', name), 'utf8');
  files[page] = readFileSync(`${site}${page}`, 'utf8').replace(
    /(<!-- candor render (\w+) -->)[^]*?(<!-- \/candor render -->)/g,
    (_, open, widget, close) => `${open}${readFileSync(join(out, locale, 'trail-jacket', `${widget}.html`), 'utf8').trim()}${close}`,
  );
  return files;
}

/** The reviews as Bazaarvoice's Conversations API answers them (reviews.json), one page holding all. */
function bazaarvoiceExport(entries) {
  const badge = (id) => ({ Id: id, BadgeType: 'Custom', ContentType: 'REVIEW' });
  const results = entries.map(({ productId, review }) => {
    const badges = {
      ...(review.isVerifiedPurchase ? { verifiedPurchaser: badge('verifiedPurchaser') } : {}),
      ...(review.isIncentivized ? { incentivizedReview: badge('incentivizedReview') } : {}),
      ...(review.isInsider ? { staff: badge('staff') } : {}),
    };
    return {
      Id: review.id,
      ProductId: productId,
      ...(review.reviewer?.id ? { AuthorId: review.reviewer.id } : {}),
      ...(review.reviewer?.name ? { UserNickname: review.reviewer.name } : {}),
      Rating: review.rating,
      RatingRange: 5,
      ...(review.title ? { Title: review.title } : {}),
      ...(review.content ? { ReviewText: review.content } : {}),
      SubmissionTime: review.createdAt,
      ModerationStatus: 'APPROVED',
      IsSyndicated: review.source === 'syndicated',
      ...(review.locale ? { ContentLocale: review.locale } : {}),
      TotalPositiveFeedbackCount: review.helpfulVotes ?? 0,
      Badges: badges,
      BadgesOrder: Object.keys(badges),
      ContextDataValues: review.isIncentivized
        ? {
            IncentivizedReview: {
              Id: 'IncentivizedReview',
              Value: 'True',
              ValueLabel: 'Yes',
              DimensionLabel: 'Received an incentive for this review',
            },
          }
        : {},
    };
  });
  // Compact as the API sends it, one review per line so a diff shows which review changed.
  const envelope = JSON.stringify({
    Limit: results.length,
    Offset: 0,
    TotalResults: results.length,
    Locale: 'en_GB',
    HasErrors: false,
    Errors: [],
    Includes: {},
  });
  return `${envelope.slice(0, -1)},"Results":[\n${results.map((result) => JSON.stringify(result)).join(',\n')}\n]}\n`;
}

/** The store's orders behind the reviews: Bazaarvoice's export has no order or delivery dates. */
function ordersCsv(entries) {
  const rows = entries
    .filter(({ review }) => review.orderedAt && review.reviewer?.id)
    .map(({ productId, review }, i) =>
      [`FF-${String(100001 + i)}`, review.reviewer.id, productId, review.orderedAt, review.deliveredAt ?? ''].join(','),
    );
  return `order_id,customer_id,product_id,ordered_at,delivered_at\n${rows.join('\n')}\n`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  const { files, counts } = await generateFiles();
  let stale = 0;
  for (const [path, content] of Object.entries(files)) {
    const file = `${site}${path}`;
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (check) {
      console.error(`stale: examples/demo-store/${path}`);
      stale++;
      continue;
    }
    mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote examples/demo-store/${path}`);
  }
  console.table(counts);
  if (stale) {
    console.error(`${stale} file(s) differ from the generator: run node examples/demo-store/scripts/generate-data.mjs`);
    process.exit(1);
  }
}
