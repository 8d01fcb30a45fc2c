/**
 * A retailer's own front end using Candor from npm:
 * - the review summary comes from the class-only entry (`@candor/elements`) and is registered under
 *   the shop's own tag, `<shop-review-summary>`;
 * - the honesty panel comes from its define entry (`@candor/elements/honesty-panel.js`), which
 *   registers `<candor-honesty-panel>`;
 * - data goes in as properties (the store config, the review summary), and the widgets' events
 *   come back typed.
 */
import { assertConfig, summarizeReviews, summaryOptionsFromConfig, type ReviewInput } from '@candor/core';
// The theme finder registers itself with summarizeReviews (the package root leaves it out of page bundles).
import '@candor/core/reviews/themes';
import { CandorReviewSummary, setStoreConfig } from '@candor/elements';
import '@candor/elements/honesty-panel.js';
import storeJson from './candor.json';
import reviewsJson from './reviews.json';

/** The shop's tag for Candor's review summary; a subclass, because a class registers only once. */
export class ShopReviewSummary extends CandorReviewSummary {}
if (!customElements.get('shop-review-summary')) customElements.define('shop-review-summary', ShopReviewSummary);

declare global {
  interface HTMLElementTagNameMap {
    'shop-review-summary': ShopReviewSummary;
  }
}

// The config is bundled with the app, so check it here: a typo fails loudly in development,
// with the JSON path of every problem, instead of being ignored on the live page.
const config = assertConfig(storeJson, 'src/candor.json');
setStoreConfig(config);

// Summarised once in the app (it could as well run on the server) and shared by both widgets:
// the summary shows it, the honesty panel reads its complaint themes.
const summary = summarizeReviews(reviewsJson as ReviewInput[], summaryOptionsFromConfig(config));

const reviewSummary = document.querySelector('shop-review-summary')!;
reviewSummary.summary = summary;
reviewSummary.addEventListener('candor-check-toggle', (event) => {
  // Typed through HTMLElementEventMap: detail.check is a ReviewCheckId.
  console.info(`check ${event.detail.check} ${event.detail.applied ? 'on' : 'off'}: ${event.detail.adjustedAverage ?? 'no'} average`);
});

const panel = document.querySelector('candor-honesty-panel')!;
panel.price = 129;
panel.currency = 'GBP';
panel.summary = summary;
const saved = document.querySelector<HTMLElement>('.saved')!;
panel.addEventListener('candor-cooling-off-saved', (event) => {
  saved.textContent = `Saved ${event.detail.productId} to think about.`;
});
panel.addEventListener('candor-cooling-off-cleared', () => {
  saved.textContent = '';
});

// Both widgets rendered their first frame: tests (and a shop's own scripts) can rely on this.
Promise.all([reviewSummary.updateComplete, panel.updateComplete]).then(() => {
  document.documentElement.dataset['ready'] = 'true';
});
