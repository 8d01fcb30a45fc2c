/**
 * The summary's content below its ratings table (pros and cons, long-term owners, the most helpful
 * reviews, "how reviews work here"): one module the widget imports on demand, when the shopper
 * reaches for "Show the full summary" (or at once for an empty summary, which shows only "how
 * reviews work here"). In the script-tag bundle it is a chunk of its own.
 */
export { renderHelpful, renderLongTerm, renderThemes } from './review-summary.sections.js';
export { renderHow } from './review-summary.how.js';
