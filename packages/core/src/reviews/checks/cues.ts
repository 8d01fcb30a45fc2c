/**
 * The cue bits the word scan sets per review: it has a trigger word of the incentive patterns, of
 * the long-term duration patterns ("after 6 months") or of the long-term cue words ("update:",
 * "still works"); and, from INCENTIVE_LANGUAGE_SHIFT up, one bit per language of the incentive
 * patterns whose trigger words occur in the text (see incentiveLanguagesOf).
 */
export const INCENTIVE_CUE = 1;
export const DURATION_CUE = 2;
export const LONG_TERM_CUE = 4;
/** The bits that say a text pattern may match (the language bits only choose among languages). */
export const TRIGGER_CUES = INCENTIVE_CUE | DURATION_CUE | LONG_TERM_CUE;
export const INCENTIVE_LANGUAGE_SHIFT = 3;
/**
 * Bits of a word only, never of a review: the word begins with a unit of the duration patterns
 * ("months", "an"), or it ends with an amount (a digit, or a number word: "6", "two", "a"). A
 * review gets DURATION_CUE for a unit word right after an amount word whose duration may reach
 * the long-term days, as the patterns need ("a month" never does).
 */
export const UNIT_START = 1 << 9;
export const AMOUNT_END = 1 << 10;
export const REVIEW_CUES = UNIT_START - 1;
