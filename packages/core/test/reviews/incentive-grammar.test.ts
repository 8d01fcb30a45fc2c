import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput } from '../../src/index.js';

/**
 * The incentive grammar (who gave, what, why; standalone markers) on disclosures written the way
 * real ones are: FTC endorsement-guide style wording, Vine and early-reviewer notes, brand-sent
 * units, #ad / #gifted markers; and the traps that must stay clean.
 */
const flagOf = (content: string, extra: Partial<ReviewInput> = {}) =>
  summarizeReviews([{ id: 'r1', rating: 5, content, createdAt: '2025-01-10', ...extra }]).reviewFlags.r1?.find(
    (flag) => flag.check === 'incentivized',
  );

describe('incentive grammar: disclosures in six languages', () => {
  const hits: Array<[string, string, string]> = [
    // English: who, what and why in any order, across one or two sentences.
    ['en', 'The manufacturer sent me this unit to test and review. It charges fast.', 'manufacturer sent me this unit to test and review'],
    ['en', 'Full disclosure: I got a free sample. The fabric is soft.', 'free sample'],
    ['en', 'I bought this at a reduced price in return for my feedback.', 'in return for my feedback'],
    ['en', 'Disclaimer - the company provided this jacket free of charge.', 'disclaimer'],
    ['en', 'The brand reached out to me. They sent it over for free so I could try it.', 'free'],
    ['en', 'I was offered a full refund after leaving a review.', 'refund after leaving a review'],
    ['en', 'They gave me a $20 gift card for a 5-star review.', 'gift card for a 5-star review'],
    ['en', 'Vine Voice member here, the item was provided for evaluation.', 'vine voice'],
    ['en', 'I got this through the Early Reviewer Program.', 'early reviewer'],
    ['en', 'PR sample, opinions are my own.', 'pr sample'],
    ['en', 'This was sent to me by the brand but my views are honest.', 'sent to me by the brand'],
    ['en', 'Love the colour! #ad #partner', '#ad'],
    ['en', 'Great serum #gifted', '#gifted'],
    ['en', 'I was not paid, but the brand sent me a free sample to try.', 'free sample'],
    ['en', 'Discounted for my honest review, which this is.', 'discounted for my honest review'],
    // German
    ['de', 'Der Hersteller hat mir das Gerät kostenlos zum Testen überlassen.', 'kostenlos zum testen'],
    ['de', 'Ich habe das Produkt vergünstigt für eine ehrliche Bewertung erhalten.', 'vergünstigt für eine ehrliche bewertung'],
    ['de', 'Als Produkttesterin durfte ich die Creme ausprobieren.', 'produkttesterin'],
    ['de', 'Tolle Farbe. #werbung', '#werbung'],
    // French
    ['fr', "La marque m'a envoyé cet aspirateur pour le tester.", "marque m'a envoyé cet aspirateur pour le tester"],
    ['fr', 'Produit offert par la marque, mon avis reste sincère.', 'offert par la marque'],
    ['fr', "J'ai eu une réduction contre mon avis.", 'réduction contre mon avis'],
    // Spanish
    ['es', 'La marca me envió una muestra gratis para probarla.', 'muestra gratis para probarla'],
    ['es', 'Me hicieron un descuento a cambio de mi reseña.', 'a cambio de mi reseña'],
    // Italian
    ['it', "Prodotto ricevuto gratuitamente dall'azienda per testarlo.", "gratuitamente dall'azienda per testarlo"],
    ['it', 'Ho avuto uno sconto in cambio della mia recensione.', 'in cambio della mia recensione'],
    ['it', 'Il produttore mi ha inviato un campione omaggio.', 'produttore mi ha inviato un campione'],
    // Dutch
    ['nl', 'Ik heb dit product gratis gekregen van het merk.', 'gratis gekregen van het merk'],
    ['nl', 'Ontvangen in ruil voor een eerlijke review.', 'in ruil voor een eerlijke review'],
    ['nl', 'De fabrikant heeft dit toegestuurd om te testen.', 'fabrikant heeft dit toegestuurd om te testen'],
  ];
  it.each(hits)('%s: flags %j with its evidence span', (_language, text, span) => {
    const flag = flagOf(text);
    expect(flag).toBeDefined();
    expect(flag!.match!.toLowerCase()).toContain(span);
    expect(text).toContain(flag!.match!);
    expect(flag!.evidence).toBe(`the review says "${flag!.match}"`);
  });

  const traps: Array<[string, string]> = [
    ['en', 'Thanks for the fast delivery, received it in two days.'],
    ['en', 'Free shipping and the seller sent a tracking number.'],
    ['en', 'I sent it back in exchange for a replacement and the new one works.'],
    ['en', 'The seller sent me a free replacement when the first one broke.'],
    ['en', 'I did not get this for free, I paid for it myself.'],
    ['en', 'This is not a free sample, I bought it with my own money.'],
    ['en', 'I was not paid or given anything for this review.'],
    ['en', 'Nobody sent me this for free, I bought it on sale.'],
    ['en', 'The company refunded me after it broke, good service.'],
    ['en', 'I got it with a discount code from the newsletter.'],
    ['en', 'My wife gifted it to me for my birthday.'],
    ['en', 'Feel free to message me with questions.'],
    ['en', 'BPA-free and dishwasher safe.'],
    ['en', 'I bought it to test in the rain and it held up.'],
    ['en', 'The brand is well known and the zip is sturdy.'],
    ['de', 'Für 49,99 € bekommen, der Preis ist fair und der Versand kostenlos.'],
    ['de', 'Kostenloser Versand, die Marke kannte ich vorher nicht.'],
    ['de', 'Ich habe das Gerät nicht kostenlos bekommen, sondern selbst bezahlt.'],
    ['fr', 'Livraison offerte et colis reçu en deux jours.'],
    ['fr', "Je ne l'ai pas reçu gratuitement, je l'ai acheté."],
    ['es', 'Envío gratis y lo recibí rápido.'],
    ['es', 'No me lo regalaron, lo compré con mi dinero.'],
    ['it', 'Spedizione gratuita, ricevuto in due giorni.'],
    ['it', 'Non mi è stato regalato, l’ho pagato io.'],
    ['nl', 'Gratis verzending en snel ontvangen.'],
    ['nl', 'Ik heb het niet gratis gekregen, gewoon zelf betaald.'],
  ];
  it.each(traps)('%s: does not flag %j', (_language, text) => {
    expect(flagOf(text)).toBeUndefined();
  });
});
