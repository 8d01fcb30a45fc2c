/**
 * For suites about a widget's content rather than its loading: the parts that load on demand in a
 * page (the summary's content behind "Show the full summary", the panel's lower sections) loaded
 * before the suite, as a server render or the hydration of one does. Their loading itself is
 * tested in on-demand-parts.browser.test.ts.
 */
import { CandorHonestyPanel } from '../../src/honesty-panel.js';
import { CandorReviewSummary } from '../../src/review-summary.js';

export const loadOnDemandParts = (): Promise<unknown> =>
  Promise.all([CandorHonestyPanel, CandorReviewSummary].flatMap((widget) => widget.lazyParts.map((part) => part.load())));
