/**
 * The theme finder as a module of its own ('@candor/core/reviews/themes'): importing it registers
 * it with summarizeReviews (see theme-registry.ts). The widgets load it beside the engine where
 * themes are computed in the browser; Node code imports it once before summarizing.
 */
import { registerThemeFinder } from './theme-registry.js';
import { summarizeThemes, themeWordInfo } from './themes.js';

registerThemeFinder({ wordInfo: themeWordInfo, summarize: summarizeThemes });

export { sentenceAspects, type SentenceAspect } from './themes.js';
export { lemma, nounLike } from './aspects/words.js';
