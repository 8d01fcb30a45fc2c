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
