/**
 * Loads a locale's strings into every widget before it renders, so a server render (or the
 * hydration of one) shows the real text at once instead of the loading state that a widget shows
 * while its language arrives on demand; and the widgets' parts that load on demand in the browser
 * (lazyPart in shared/lazy-messages.ts), so the server's HTML holds every section.
 *
 *   await preloadLocale('de'); // then render on the server, or define the elements to hydrate
 */
import { CandorHonestyPanel } from './honesty-panel.js';
import { honestyLocales } from './honesty-panel.messages.js';
import { CandorRatingBadge } from './rating-badge.js';
import { badgeLocales } from './rating-badge.messages.js';
import { CandorReviewSummary } from './review-summary.js';
import { summaryLocales } from './review-summary.messages.js';
import { loadLocale } from './shared/lazy-messages.js';

export async function preloadLocale(locale: string): Promise<void> {
  await Promise.all([
    loadLocale(honestyLocales, locale).then(() => void (CandorHonestyPanel.catalogue = honestyLocales.catalogue)),
    loadLocale(summaryLocales, locale).then(() => void (CandorReviewSummary.catalogue = summaryLocales.catalogue)),
    loadLocale(badgeLocales, locale).then(() => void (CandorRatingBadge.catalogue = badgeLocales.catalogue)),
    ...[CandorHonestyPanel, CandorReviewSummary].flatMap((widget) => widget.lazyParts.map((part) => part.load())),
  ]);
}
