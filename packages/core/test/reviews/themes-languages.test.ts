/**
 * The theme rules in German, French and Spanish: the product's own words are no theme, a negated
 * complaint is no complaint, and a contrast word splits praise from criticism. Each case is a
 * small product page in one language, every text written by several reviews. The cases repeat one
 * shape per language by design: each language is held to the same rules.
 */
import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput, type Theme } from '../../src/index.js';
import '../../src/reviews/theme-finder.js';

const keys = (list: Theme[]) => list.map((t) => t.key);
function themesOf(locale: string, texts: ReadonlyArray<readonly [string, number]>) {
  const reviews: ReviewInput[] = [];
  for (const [content, times] of texts)
    for (let k = 0; k < times; k++) reviews.push({ id: `r${reviews.length}`, rating: 3, content, createdAt: '2026-01-01', locale });
  return summarizeReviews(reviews, { locale, checks: { duplicate: { mode: 'off' }, burst: { mode: 'off' } } }).themes;
}

const cases: ReadonlyArray<{
  locale: string;
  rule: string;
  texts: ReadonlyArray<readonly [string, number]>;
  pros?: string[];
  cons?: string[];
  never?: string[];
  notCons?: string[];
}> = [
  {
    locale: 'de',
    rule: 'words for the product, the purchase and the review are no theme',
    texts: [
      ['Das Gerät ist super, die Lieferung war schnell.', 4],
      ['Tolles Produkt, ich habe es gekauft und die Kapuze ist toll.', 4],
      ['Die Bestellung kam an, der Reißverschluss ist leider kaputt.', 4],
      ['Ich bin zufrieden, der Kragen ist toll.', 4],
    ],
    pros: ['kapuze', 'kragen'],
    cons: ['reißverschluss'],
    never: ['gerät', 'produkt', 'bestellung', 'gekauft', 'bin'],
  },
  {
    locale: 'de',
    rule: 'a negated complaint is no complaint; a contrast splits praise from criticism',
    texts: [
      ['Der Akku ist nicht schlecht.', 4],
      ['Die Kapuze ist toll, aber der Reißverschluss ist schlecht.', 4],
      ['Die Kapuze ist super, allerdings ist der Kragen enttäuschend.', 4],
    ],
    pros: ['kapuze'],
    cons: ['reißverschluss', 'kragen'],
    notCons: ['battery', 'kapuze'],
  },
  {
    locale: 'fr',
    rule: 'words for the product, the purchase and the review are no theme',
    texts: [
      ["L'appareil est génial et la capuche est parfaite.", 4],
      ['Bon achat, la commande est arrivée, la fermeture est cassée.', 4],
    ],
    pros: ['capuche'],
    cons: ['fermeture'],
    never: ['appareil', 'achat', 'commande'],
  },
  {
    locale: 'fr',
    rule: 'a negated complaint is no complaint; a contrast splits praise from criticism',
    texts: [
      ["La batterie n'est pas mauvaise.", 4],
      ['La capuche est parfaite, mais la fermeture est nulle.', 4],
      ['La capuche est géniale, cependant le col est décevant.', 4],
    ],
    pros: ['capuche'],
    cons: ['fermeture', 'col'],
    notCons: ['battery', 'capuche'],
  },
  {
    locale: 'es',
    rule: 'words for the product, the purchase and the review are no theme',
    texts: [
      ['El aparato es excelente y la capucha es perfecta.', 4],
      ['Buena compra, el pedido llegó, el cierre está roto.', 4],
    ],
    pros: ['capucha'],
    cons: ['cierre'],
    never: ['aparato', 'compra', 'pedido'],
  },
  {
    locale: 'es',
    rule: 'a negated complaint is no complaint; a contrast splits praise from criticism',
    texts: [
      ['La batería no es mala.', 4],
      ['La capucha es perfecta, pero el cierre es malo.', 4],
      ['La capucha es excelente, aunque el cuello es decepcionante.', 4],
    ],
    pros: ['capucha'],
    cons: ['cierre', 'cuello'],
    notCons: ['battery', 'capucha'],
  },
];

describe('German, French and Spanish theme rules, with their traps', () => {
  it.each(cases)('$locale: $rule', ({ locale, texts, pros = [], cons = [], never = [], notCons = [] }) => {
    const themes = themesOf(locale, texts);
    for (const key of pros) expect(keys(themes.pros), `pro ${key}`).toContain(key);
    for (const key of cons) expect(keys(themes.cons), `con ${key}`).toContain(key);
    const all = [...keys(themes.pros), ...keys(themes.cons)];
    for (const key of never) expect(all, `never ${key}`).not.toContain(key);
    for (const key of notCons) expect(keys(themes.cons), `not a con: ${key}`).not.toContain(key);
  });
});
