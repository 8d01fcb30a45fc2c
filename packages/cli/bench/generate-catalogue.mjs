/**
 * A Judge.me-shaped CSV export of a big catalogue for the benchmark: N reviews over P products,
 * product sizes long-tailed (a Zipf law: a few products with thousands of reviews, most with a
 * handful), review lengths log-normal (median about 25 words, a tail past 300), day-first dates,
 * some spam and unmoderated rows. Seeded: the same arguments give the same bytes.
 *
 *   node generate-catalogue.mjs <out.csv> [reviews=1000000] [products=20000] [seed=7]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [out, reviewsArg = '1000000', productsArg = '20000', seedArg = '7'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node generate-catalogue.mjs <out.csv> [reviews] [products] [seed]');
  process.exit(2);
}
const REVIEWS = Number(reviewsArg);
const PRODUCTS = Number(productsArg);
let state = Number(seedArg) >>> 0 || 1;
const random = () => {
  // xorshift32
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 2 ** 32;
};
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const pick = (list) => list[Math.floor(random() * list.length)];

// Zipf weights (s = 0.8: the largest of 20,000 products gets about 3 % of the reviews, the median about 20) over products, shuffled so popular products are not the first ids.
const weights = Array.from({ length: PRODUCTS }, (_, i) => 1 / Math.pow(i + 1, 0.8));
const total = weights.reduce((a, b) => a + b, 0);
const counts = weights.map((w) => Math.max(1, Math.floor((w / total) * REVIEWS)));
let assigned = counts.reduce((a, b) => a + b, 0);
for (let i = 0; assigned < REVIEWS; i = (i + 1) % PRODUCTS, assigned++) counts[i]++;
for (let i = 0; assigned > REVIEWS; i = (i + 1) % PRODUCTS) {
  if (counts[i] > 1) {
    counts[i]--;
    assigned--;
  }
}
const order = counts.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
// Rows in export order: interleaved by date, not grouped by product (exports are sorted by date).
const rowsProduct = new Uint32Array(REVIEWS);
let k = 0;
for (let p = 0; p < PRODUCTS; p++) for (let c = 0; c < counts[p]; c++) rowsProduct[k++] = order[p];
for (let i = REVIEWS - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  const t = rowsProduct[i];
  rowsProduct[i] = rowsProduct[j];
  rowsProduct[j] = t;
}

const OPENERS = [
  'Bought this for my partner.',
  'Second one I have ordered.',
  'Arrived quickly and well packed.',
  'I was not sure at first.',
  'Used it every day for a month.',
  'Ordered after reading the reviews.',
  'Gift for my dad.',
  'Replaced an older one that wore out.',
];
const GOOD = [
  'The fit is true to size.',
  'Quality is excellent for the price.',
  'Very comfortable, even after a long day.',
  'Battery lasts longer than advertised.',
  'The colour is exactly as pictured.',
  'Sturdy and well made.',
  'Washes well and has not shrunk.',
  'Easy to set up in minutes.',
  'Keeps drinks cold all day.',
  'Customer service answered within an hour.',
];
const BAD = [
  'The zip broke after two weeks.',
  'It runs small, order a size up.',
  'Stitching came loose on the seam.',
  'Smaller than it looks in the photos.',
  'Delivery took almost three weeks.',
  'The lid leaks when it is full.',
  'Stopped charging after a month.',
  'The fabric pills after a few washes.',
  'Instructions were missing from the box.',
];
const CLOSERS = [
  'Would buy again.',
  'Recommended.',
  'Not worth the money.',
  'Happy overall.',
  'Returned it.',
  'Five stars from me.',
  'Could be better.',
  '',
];
const NAMES = [
  'Anna',
  'Ben',
  'Chloé',
  'Dmitri',
  'Emma',
  'Farah',
  'Georg',
  'Hana',
  'Ivan',
  'Júlia',
  'Kofi',
  'Lena',
  'Marco',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
];
const csvCell = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const stream = createWriteStream(out);
stream.write(
  'title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location\n',
);
let buffer = '';
for (let i = 0; i < REVIEWS; i++) {
  const product = rowsProduct[i];
  const rating = Math.min(5, Math.max(1, Math.round(4.1 + normal() * 1.1)));
  const words = Math.max(3, Math.round(Math.exp(3.2 + normal() * 0.8)));
  const parts = [pick(OPENERS)];
  let count = parts[0].split(' ').length;
  while (count < words) {
    const sentence = random() < (rating >= 4 ? 0.8 : 0.3) ? pick(GOOD) : pick(BAD);
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  parts.push(pick(CLOSERS));
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 1400) * 86400000);
  const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
  const curated = random() < 0.01 ? 'spam' : random() < 0.01 ? 'not-yet' : 'ok';
  const name = pick(NAMES);
  const row = [
    rating >= 4 ? 'Great' : rating === 3 ? 'Okay' : 'Disappointed',
    parts.join(' ').trim(),
    rating,
    date,
    random() < 0.9 ? 'email' : 'web',
    curated,
    `${name} ${String.fromCharCode(65 + Math.floor(random() * 26))}.`,
    `${name.toLowerCase()}.${i}@example.com`,
    String(7000000000 + product),
    `product-${product}`,
    '',
    '',
    '',
    '',
    '',
  ];
  buffer += row.map((cell) => csvCell(String(cell))).join(',') + '\n';
  if (buffer.length > 1 << 20) {
    if (!stream.write(buffer)) await once(stream, 'drain');
    buffer = '';
  }
}
stream.write(buffer);
stream.end();
await once(stream, 'finish');
console.error(
  `wrote ${REVIEWS} reviews over ${PRODUCTS} products to ${out} (largest product: ${Math.max(...counts)} reviews, median: ${[...counts].sort((a, b) => a - b)[PRODUCTS >> 1]})`,
);
