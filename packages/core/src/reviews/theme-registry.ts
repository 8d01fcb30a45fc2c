/**
 * Where the theme finder (themes.ts and its aspect vocabulary, a chunk of its own) registers
 * itself: importing '@candor/core/reviews/themes' (theme-finder.ts) does it. The widgets load it
 * beside the engine whenever they analyse raw reviews, so the engine chunk stays within its byte
 * budget; Node code imports it once (the package root does not, so page bundles never carry it).
 * Until it is loaded, summarizeReviews finds no themes and says so (`themes.found: false`).
 */
import type { PreparedReview } from './prepare.js';
import type { ScannedWords, ThemeFacts, ThemeOptions, WordInfo } from './themes.js';
import type { ThemeSummary } from './types.js';

export interface ThemeFinder {
  wordInfo(word: string): WordInfo | undefined;
  summarize<Facts extends ThemeFacts>(
    reviews: PreparedReview[],
    trusted: number[],
    options: ThemeOptions,
    scanned: ScannedWords<Facts>,
  ): ThemeSummary;
}

const NOT_LOADED: ThemeFinder = {
  wordInfo: () => undefined,
  summarize: () => ({
    pros: [],
    cons: [],
    generated: true,
    found: false,
    negativeSentenceShare: null,
    complaintShare: null,
    sentences: { positive: 0, negative: 0, neutral: 0 },
  }),
};

let current = NOT_LOADED;

/**
 * The engine's facts of each word met (summarize.ts, describeWord), kept from call to call. Part
 * of them comes from the theme finder, so they are forgotten when one registers.
 */
export const WORD_FACTS = new Map<string, object>();

export function registerThemeFinder(finder: ThemeFinder): void {
  current = finder;
  WORD_FACTS.clear();
}

export const themeFinder = (): ThemeFinder => current;
