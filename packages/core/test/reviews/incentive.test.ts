import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput } from '../../src/index.js';

const review = (content: string, extra: Partial<ReviewInput> = {}): ReviewInput => ({
  id: 'r1',
  rating: 5,
  content,
  createdAt: '2025-01-10',
  ...extra,
});
const flagOf = (content: string, extra: Partial<ReviewInput> = {}) =>
  summarizeReviews([review(content, extra)]).reviewFlags.r1?.find((flag) => flag.check === 'incentivized');

describe('incentivized check: admitted incentives in the text', () => {
  const hits: Array<[string, string]> = [
    ['I received this for free in exchange for my honest review.', 'in exchange for my honest review'],
    ['I got it at a discount in exchange for my unbiased review.', 'in exchange for my unbiased review'],
    ['The brand gave me a discount in exchange for an honest review.', 'in exchange for an honest review'],
    ['I was sent this product free of charge by the brand.', 'free of charge by the brand'],
    ['I received a free sample to test.', 'free sample'],
    ['This product was provided to me by the manufacturer for testing.', 'provided to me by the manufacturer for testing'],
    ['#gifted but my opinions are my own.', '#gifted'],
    ['Ich habe die Jacke kostenlos zur Verfügung gestellt bekommen.', 'kostenlos zur verfügung gestellt'],
    ['Das Produkt wurde mir gratis zugeschickt.', 'gratis zugeschickt'],
    ['Im Austausch für eine ehrliche Bewertung erhalten.', 'im austausch für eine ehrliche bewertung'],
    ["J'ai reçu ce produit gratuitement en échange de mon avis.", 'en échange de mon avis'],
    ['Produit reçu gratuitement, merci à la marque.', 'gratuitement, merci à la marque'],
    ['Me lo regalaron a cambio de mi opinión sincera.', 'a cambio de mi opinión'],
    ['Recibí el producto gratis para probarlo.', 'gratis para probarlo'],
  ];
  it.each(hits)('flags %j', (text, span) => {
    const flag = flagOf(text);
    expect(flag).toBeDefined();
    expect(flag!.match!.toLowerCase()).toContain(span);
    expect(flag!.evidence).toContain(flag!.match!);
    expect(flag!.excludes).toBe(true);
  });

  const traps = [
    'I received it quickly and it was well packed.',
    'It arrived quickly, which was nice.',
    'I did not get this for free, I paid full price.',
    "I didn't receive it for free, I bought it myself.",
    'To be clear, I did not get this for free.',
    'Free shipping was a bonus.',
    'I got it with free delivery in two days.',
    'Got this with free returns, so I risked it.',
    'The headset is hands-free and works well.',
    'Feel free to ask me questions about sizing.',
    'I received it free of scratches and dents.',
    'I paid full price, no discount.',
    'Great honest product, I would review it again.',
    'Ich habe sie nicht kostenlos erhalten, sondern selbst gekauft.',
    "Je ne l'ai pas reçu gratuitement.",
    'No me lo regalaron, lo compré.',
    'Kostenloser Versand, schnelle Lieferung.',
    'Livraison gratuite et rapide.',
  ];
  it.each(traps)('does not flag %j', (text) => {
    expect(flagOf(text)).toBeUndefined();
  });

  it('uses the feed field and the incentive kind', () => {
    expect(flagOf('Nice.', { isIncentivized: true })?.evidence).toBe('marked as incentivized');
    expect(flagOf('Nice.', { incentive: 'free-product' })?.evidence).toBe('marked as incentivized (free-product)');
    expect(flagOf('Nice.', { isIncentivized: false })).toBeUndefined();
  });

  it('follows the config: text detection off, flag-only, off', () => {
    const text = 'I received this for free in exchange for my honest review.';
    expect(summarizeReviews([review(text)], { checks: { incentivized: { detectInText: false } } }).reviewFlags.r1).toBeUndefined();
    const flagged = summarizeReviews([review(text)], { checks: { incentivized: { mode: 'flag' } } });
    expect(flagged.reviewFlags.r1?.[0]?.excludes).toBe(false);
    expect(flagged.adjustedAverage).toBe(5);
    expect(summarizeReviews([review(text)], { checks: { incentivized: { mode: 'off' } } }).reviewFlags.r1).toBeUndefined();
  });
});
