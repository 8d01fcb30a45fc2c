/** The cue bits the word scan sets per review: it has a trigger word of the incentive or the long-term text patterns. */
export const INCENTIVE_CUE = 1;
export const LONG_TERM_CUE = 2;
