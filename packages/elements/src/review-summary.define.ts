/** Registers <candor-review-summary>. Importing `@candor/elements/review-summary.js` runs this. */
import { CandorReviewSummary } from './review-summary.js';
import { defineElement } from './shared/define.js';

defineElement('candor-review-summary', CandorReviewSummary);

declare global {
  interface HTMLElementTagNameMap {
    'candor-review-summary': CandorReviewSummary;
  }
}

export { CandorReviewSummary };
