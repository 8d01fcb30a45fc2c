/** Negation words, shared by the incentive check and the theme finder's lexicon. */

/** Words that flip the polarity of the next three words (VADER's negation window). */
export const NEGATORS = (
  "not no never nothing nowhere none neither nor without cannot can't cant don't dont doesn't doesnt didn't didnt " +
  "isn't isnt wasn't wasnt aren't arent weren't werent won't wont wouldn't wouldnt couldn't couldnt shouldn't " +
  "shouldnt hasn't hasnt haven't havent hadn't hadnt ain't aint " +
  'nicht kein keine keinen keinem nie niemals pas jamais ni nunca tampoco'
).split(' ');
