/**
 * Sentences the generator writes reviews from: a jacket, described by aspect, each in a positive
 * and a negative voice, plus neutral filler and false-positive traps for the checks ("it arrived
 * quickly", "free shipping", "I did not get this for free").
 * Data: the entries share one shape by design.
 */
export const ASPECT_SENTENCES: ReadonlyArray<{ aspect: string; pos: readonly string[]; neg: readonly string[] }> = [
  {
    aspect: 'fit',
    pos: [
      'The fit is perfect across the shoulders.',
      'Sizing is great, I ordered my usual size and it fits well.',
      'It fits nicely, true to size.',
    ],
    neg: [
      'The fit is bad, far too tight around the chest.',
      'Sizing is wrong, the sleeves are too short and it fits poorly.',
      'Disappointed with the fit, it runs small.',
    ],
  },
  {
    aspect: 'quality',
    pos: [
      'The stitching is solid and the fabric feels durable.',
      'Great quality for a jacket at this level.',
      'Well made, the seams are neat and sturdy.',
    ],
    neg: [
      'The quality is poor, a seam ripped in the first week.',
      'The fabric feels cheap and flimsy.',
      'Terrible quality, the lining tore after a few wears.',
    ],
  },
  {
    aspect: 'comfort',
    pos: ['Very comfortable to wear all day.', 'The lining is soft and really comfy.', 'Comfortable even on long walks.'],
    neg: ['It is uncomfortable around the neck.', 'The material is itchy and rough on the skin.', 'Uncomfortable when I sit down, sadly.'],
  },
  {
    aspect: 'zipper',
    pos: ['The zipper runs smoothly every time.', 'I love the sturdy zipper.', 'Excellent zipper, no snags at all.'],
    neg: [
      'The zipper keeps getting stuck, which is annoying.',
      'The zipper is awful and snags constantly.',
      'The zipper broke, what a disappointment.',
    ],
  },
  {
    aspect: 'pockets',
    pos: ['The pockets are deep and handy.', 'Great pockets, my phone fits easily.', 'The inner pockets are a nice touch.'],
    neg: [
      'The pockets are too shallow, which is frustrating.',
      'Disappointed by the tiny pockets.',
      'My keys fell out of the useless pockets.',
    ],
  },
  {
    aspect: 'hood',
    pos: ['The hood is great and stays up in the wind.', 'Nice adjustable hood.', 'The hood is perfect in light rain.'],
    neg: ['The hood is useless in the rain.', 'The hood is badly cut and blocks my view.', 'Poor hood, it falls down all the time.'],
  },
  {
    aspect: 'value',
    pos: ['Worth every penny.', 'Excellent value for money.', 'Good price for what you get.'],
    neg: ['Overpriced for what you get.', 'Too expensive for this poor quality.', 'Not worth the money at all.'],
  },
  {
    aspect: 'shipping',
    pos: ['Delivery was fast and easy.', 'It arrived in perfect condition.', 'Great delivery service.'],
    neg: [
      'Shipping took forever and the box was damaged.',
      'The delivery was late, very frustrating.',
      'The package arrived dirty and damaged.',
    ],
  },
  {
    aspect: 'look',
    pos: ['The color is beautiful, exactly like the photos.', 'It looks stylish and elegant.', 'Lovely design, I get compliments.'],
    neg: ['The color looks faded and dull compared to the photos.', 'The design is ugly in person.', 'Disappointed, the color is wrong.'],
  },
];

export const NEUTRAL_SENTENCES = [
  'I bought this for my commute.',
  'I wear it mostly on weekends.',
  'My partner picked the color.',
  'I am 180 cm tall for reference.',
  'I ordered it in navy.',
  'We walk the dog twice a day.',
  'I usually wear a medium.',
  'This replaced my old jacket.',
  'I wore it on a trip to Scotland.',
  'It came in a plain bag.',
];

/** Pieces of a personal detail sentence: every review gets one, as real reviews differ in their details. */
export const DETAIL = {
  who: [
    'I',
    'My husband',
    'My wife',
    'My son',
    'My daughter',
    'My partner',
    'My dad',
    'My mum',
    'My friend',
    'My brother',
    'My sister',
    'My colleague',
  ],
  did: ['wore it', 'took it', 'used it', 'tried it', 'had it on', 'packed it'],
  where: [
    'in Leeds',
    'in Hamburg',
    'in Lyon',
    'in Seattle',
    'in Denver',
    'on a ferry',
    'in the Alps',
    'at a festival',
    'in Oslo',
    'in Porto',
    'at the coast',
    'in Dublin',
    'in Krakow',
    'on a hike',
    'at a wedding',
    'in Glasgow',
  ],
  when: [
    'last Monday',
    'on Tuesday',
    'in March',
    'over Easter',
    'in November',
    'during a storm',
    'on a cold morning',
    'at the weekend',
    'in October',
    'for a week',
    'after work',
    'in the snow',
  ],
  extra: [
    'with jeans',
    'over a hoodie',
    'with a scarf',
    'on the bike',
    'with the kids',
    'for the school run',
    'while camping',
    'on the train',
    'for a long walk',
    'in heavy wind',
    'with a backpack',
    'under a raincoat',
  ],
} as const;

export const OPENERS = [
  'Overall,',
  'Honestly,',
  'To be fair,',
  'For me,',
  'In my experience,',
  'As expected,',
  'Funnily enough,',
  'First of all,',
  'Also,',
  'On top of that,',
  'I must say',
  'I think',
  'I noticed that',
  'My impression is that',
  'Frankly,',
  'In short,',
  'After a few days,',
  'So far,',
];
export const ASIDES = [
  'at least for me',
  'in my opinion',
  'as far as I can tell',
  'which I noticed quickly',
  'for the record',
  'to my surprise',
  'as my wife said',
  'if that matters',
  'from what I saw',
  'on my second try',
  'compared to my last one',
  'in cold weather',
  'on the first day',
  'when it rains',
];

/** Genuine sentences that a careless check would flag. */
export const TRAP_SENTENCES = [
  'It arrived quickly, which was nice.',
  'Free shipping was a bonus.',
  'To be clear, I did not get this for free.',
  'I received it quickly and it was well packed.',
  'Feel free to ask me questions about sizing.',
  'I paid full price, no discount.',
  'I have had it for two weeks so far.',
  'Thanks for the fast delivery.',
  'I sent the first one back in exchange for a replacement.',
  'This is not a free sample, I bought it.',
  'Nobody paid me for this review.',
  'Für 89 € bekommen, Versand kostenlos.',
  'Livraison offerte, reçu en deux jours.',
];

export const LONG_TERM_SENTENCES = [
  'Update: after 6 months of daily wear it still looks new.',
  'Two years later it is still going strong.',
  'After 8 months of use the zipper still works.',
  'I have owned it for a year now and it has held up well.',
];

/** Disclosures in the grammar's many forms (who gave, what, why; markers), six languages. */
export const INCENTIVE_SENTENCES = [
  'I received this jacket for free in exchange for my honest review.',
  'I was sent this product free of charge by the brand.',
  'The brand gave me a discount in exchange for an honest review.',
  'The manufacturer sent me this jacket to test and review.',
  'Full disclosure: I got a free sample.',
  'I bought it at a reduced price in return for my feedback.',
  'Vine Voice review.',
  'This was sent to me by the brand.',
  'Love it! #gifted',
  'They offered me a gift card for posting a review.',
  'Ich habe die Jacke kostenlos zur Verfügung gestellt bekommen.',
  'Der Hersteller hat mir das Produkt zum Testen geschickt.',
  "J'ai reçu ce produit gratuitement en échange de mon avis.",
  'Produit offert par la marque.',
  'Me lo regalaron a cambio de mi opinión sincera.',
  'La marca me envió una muestra gratis.',
  "Prodotto ricevuto gratuitamente dall'azienda.",
  'Ho avuto uno sconto in cambio della mia recensione.',
  'Ik heb dit product gratis gekregen van het merk.',
  'Ontvangen in ruil voor een eerlijke review.',
];

/** Word swaps a campaign makes between copies of its template (no product nouns: the demo store swaps those per product). */
export const CAMPAIGN_SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['great', 'excellent'],
  ['really', 'truly'],
  ['happy', 'glad'],
  ['love', 'adore'],
  ['very', 'so'],
  ['good', 'fine'],
];

export const BURST_TEXTS = {
  high: [
    'Best jacket ever!',
    'Amazing, love it!',
    'Perfect jacket, highly recommend.',
    'Five stars, great buy!',
    'Awesome quality and fit!',
  ],
  low: ['Worst jacket ever!', 'Terrible, do not buy.', 'Awful quality, avoid.', 'One star, total waste.', 'Horrible fit and quality!'],
} as const;

export const TITLES = {
  pos: ['Great jacket', 'Love it', 'Very happy', 'Good buy', 'Excellent'],
  neg: ['Disappointed', 'Not good', 'Poor quality', 'Would not buy again', 'Returned it'],
  mixed: ['Okay', 'Mixed feelings', 'Decent but flawed', 'Could be better'],
} as const;

export const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Maria',
  'Chen',
  'Aisha',
  'Lukas',
  'Sofia',
  'Noah',
  'Emma',
  'Yuki',
  'Omar',
  'Lea',
  'Mateo',
  'Ines',
];
export const LAST_INITIALS = 'ABCDEFGHIJKLMNOPRSTVW'.split('');
