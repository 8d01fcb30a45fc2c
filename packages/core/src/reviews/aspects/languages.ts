/**
 * The theme finder's German, French and Spanish words beyond aspects.ts' stopwords: words for the
 * product, the purchase and the review (never a theme), function words and auxiliaries, negators
 * and contrast words, and common opinion words missing from lexicon.ts (Candor's own, on VADER's
 * scale). Only the theme finder reads them; the incentive check keeps negators.ts.
 */

/** Never a theme: the product, buying it, rating it; auxiliaries and function words. */
export const LANGUAGE_STOPWORDS = // German
  (
    'gerät geräte produkt produkte artikel ware kauf käufe gekauft bestellt bestellung bewertung bewertungen stern sterne ' +
    'war waren hat habe hatte ist sind sein wird wurde wurden kam kamen kommt sehr auch noch nur schon gibt alles ganz ' +
    // French
    'appareil appareils produit produits article articles achat achats acheté achetée commande commandé commandée étoile étoiles avis ' +
    'est était étaient sont suis été ont avait arrivé arrivée arrivés tout tous toute ' +
    // Spanish
    'aparato aparatos dispositivo producto productos artículo compra compras comprado comprada pedido pedidos estrella estrellas opinión reseña ' +
    'es son era eran fue fueron está están estaba estoy llegó llegaron tiene tienen todo toda'
  ).split(' ');

/** Negators the theme finder reads on top of negators.ts ("sin", "sans", "ohne" work like "without"). */
export const LANGUAGE_NEGATORS = "ohne nichts niemand sans rien aucun aucune n'est n'a n'ai ne sin nada nadie ninguno ninguna".split(' ');

/** Contrast words: what follows weighs more and is a clause of its own. */
export const LANGUAGE_CONTRASTS =
  'doch allerdings trotzdem obwohl dennoch cependant pourtant toutefois néanmoins quoique aunque sino embargo obstante'.split(' ');

/** Common opinion words of German, French and Spanish reviews missing from lexicon.ts. */
const OPINIONS =
  'tolle:2 toller:2 tolles:2 gute:1.9 guter:1.9 gutes:1.9 schlechte:-2.5 schlechter:-2.5 schlechtes:-2.5 wunderbar:2.7 ausgezeichnet:2.7 ' +
  'mies:-2.2 schwach:-1.5 unzufrieden:-1.8 gefällt:1.8 empfehlen:1.5 billige:-1 kaputte:-2 ' +
  'géniale:2.6 géniaux:2.6 excellent:2.7 excellente:2.7 décevante:-2 décevants:-2 mauvaises:-2.5 parfaits:2.7 parfaites:2.7 ' +
  'solide:1.4 bien:1.5 horrible:-2.5 fragile:-0.9 superbe:2.7 ' +
  'decepcionante:-2 decepcionantes:-2 excelentes:2.7 malos:-2.5 malas:-2.5 perfectos:2.7 perfectas:2.7 genial:2.6 ' +
  'fatal:-2.2 frágil:-1 buenos:1.9 buenas:1.9 estupendo:2.5 estupenda:2.5';

/** Subject pronouns: the noun-like word after one is a verb ("ich bin", "je trouve", "yo creo"). */
export const LANGUAGE_SUBJECTS = ['ich', 'wir', 'je', "j'ai", 'nous', 'yo', 'nosotros'];

export function languageValenceEntries(): Array<[string, number]> {
  return OPINIONS.split(' ').map((pair) => {
    const at = pair.lastIndexOf(':');
    return [pair.slice(0, at), Number(pair.slice(at + 1))];
  });
}
