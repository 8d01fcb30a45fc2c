/**
 * The theme rules on review sets written the way shoppers write: several sentences each, every
 * aspect in its own words across reviews (no copies), with the traps real text holds (the product
 * called by its name and brand, a negated complaint, "but" sentences, a question, a conditional,
 * context words that turn negative). Each set is small, like a product page with its first reviews.
 */
import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput, type SummaryOptions, type Theme } from '../../src/index.js';
import '../../src/reviews/theme-finder.js';

const themesOf = (texts: readonly string[], options: SummaryOptions = {}) =>
  summarizeReviews(
    texts.map((content, k): ReviewInput => ({ id: `r${k}`, rating: 3, content, createdAt: '2026-01-01' })),
    { checks: { duplicate: { mode: 'off' }, burst: { mode: 'off' } }, ...options },
  ).themes;
const keys = (list: Theme[]) => list.flatMap((t) => [t.key, ...(t.aspects ?? []).map((a) => a.key)]);

const CAMERA = [
  'I bought the Lumix TZ90 for a trip to Japan. The pictures are sharp and the colours are lovely, but the viewfinder is tiny. Battery life is short, so carry a spare.',
  'Great little Panasonic camera. The zoom is amazing. However, the viewfinder is too small for anyone who wears glasses.',
  'This camera is a joy to use. The zoom reaches far and the pictures are crisp. The viewfinder is hard to see in sunlight.',
  'Pictures are good in daylight. The lens cap is not bad at all, it stays put. Short battery life though.',
  'If the viewfinder were bigger, it would be perfect. The zoom is excellent. The menus are confusing.',
  'The Lumix arrived quickly. Pictures look great on my TV. The battery is weak, it barely lasts an afternoon.',
  'The menus are confusing and the manual is useless. The zoom is fantastic though.',
  'Would the Lumix work for sports? I am not sure yet. The pictures are lovely, the lens cap is not flimsy either.',
  'My old Canon was bigger. The battery drains fast, which is annoying. Lovely pictures though.',
];

const HEADPHONES = [
  'These replaced my old wired pair. The sound is rich and the bass is punchy, but the ear cushions get hot after an hour.',
  'Sound is great for the price. The ear cushions are too firm and the headband squeezes. Does the microphone work for calls? Yes, people hear me fine.',
  'Pairing was easy and the sound is clear. The headband is too tight for my head.',
  'Lovely sound, no complaints there. The ear cushions are not uncomfortable at all. The case is flimsy though.',
  'The noise cancelling is excellent on the train. The case feels cheap, and the headband creaks.',
  'If the case were sturdier, these would be perfect. The sound is superb.',
  'The app is buggy, it loses my settings. Sound quality is good though.',
  'The Aero headphones are great. The app is confusing and the noise cancelling is decent.',
];

describe('real-text review sets', () => {
  it('a camera: the product, its brand and its old rival are never themes; "but", context words and a conditional give the cons', () => {
    const themes = themesOf(CAMERA, { product: { name: 'Lumix TZ90', brand: 'Panasonic', category: 'Camera' } });
    const pros = keys(themes.pros);
    const cons = keys(themes.cons);
    expect(pros).toEqual(expect.arrayContaining(['picture', 'zoom']));
    expect(cons).toEqual(expect.arrayContaining(['viewfinder', 'battery']));
    for (const word of ['lumix', 'tz90', 'panasonic', 'camera', 'canon', 'trip', 'japan', 'sport']) {
      expect([...pros, ...cons], word).not.toContain(word);
    }
    // "not bad at all", "not flimsy either": the lens cap is no complaint.
    expect(cons).not.toContain('lens cap');
    const viewfinder = themes.cons.find((t) => t.key === 'viewfinder')!;
    expect(viewfinder.mentions).toBe(4);
    for (const quote of viewfinder.quotes) expect(quote.text.toLowerCase()).toContain('viewfinder');
  });

  it('headphones: the old pair they replaced, a question and a negated complaint stay out; "too" and "but" give the cons', () => {
    const themes = themesOf(HEADPHONES, { product: { name: 'Aero', category: 'Headphones' } });
    const pros = keys(themes.pros);
    const cons = keys(themes.cons);
    expect(pros).toContain('sound');
    expect(cons).toEqual(expect.arrayContaining(['ear cushion', 'case']));
    // Known limit: "the headband squeezes" reads as the phrase "headband squeeze" (no tagger tells
    // the verb), so the headband has two complaints, below the three-review floor of a found aspect.
    for (const word of ['aero', 'headphone', 'pair', 'wired pair', 'microphone', 'train', 'head'])
      expect([...pros, ...cons], word).not.toContain(word);
    // "not uncomfortable at all" is no complaint: the two against the cushions are "hot" and "too firm".
    expect(themes.cons.find((t) => t.key === 'ear cushion')!.mentions).toBe(2);
    expect(themes.pros.find((t) => t.key === 'sound')!.mentions).toBe(7);
  });

  it('gives the same themes whatever the order of the reviews', () => {
    const a = themesOf(CAMERA, { product: { name: 'Lumix TZ90', brand: 'Panasonic', category: 'Camera' } });
    const b = themesOf([...CAMERA].reverse(), { product: { name: 'Lumix TZ90', brand: 'Panasonic', category: 'Camera' } });
    const shape = (list: Theme[]) => list.map((t) => [t.key, t.mentions, [...t.reviewIds].sort()]).sort();
    const renumber = (list: Theme[]) =>
      list.map((t) => ({ ...t, reviewIds: t.reviewIds.map((id) => `r${CAMERA.length - 1 - Number(id.slice(1))}`) }));
    expect(shape(renumber(b.pros))).toEqual(shape(a.pros));
    expect(shape(renumber(b.cons))).toEqual(shape(a.cons));
  });
});
