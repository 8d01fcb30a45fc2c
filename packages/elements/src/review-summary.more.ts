/**
 * The summary's content below its ratings table (pros and cons, long-term owners, the most helpful
 * reviews, "how reviews work here"), with its English strings: one module the widget imports on
 * demand, when the shopper reaches for "Show the full summary" (or at once for an empty summary,
 * which shows only "how reviews work here"). In the script-tag bundle it is a chunk of its own.
 */
import { summaryLocales } from './review-summary.messages.js';
import { summaryMoreMessages } from './review-summary.more.messages.js';
import { addEnglish } from './shared/i18n.js';

export { renderHelpful, renderLongTerm, renderThemes } from './review-summary.sections.js';
export { renderHow } from './review-summary.how.js';

// In the catalogue as soon as this module runs, before anything it exports renders.
addEnglish(summaryLocales.catalogue, summaryMoreMessages.en);
