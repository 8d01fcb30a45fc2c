/** Registers <candor-rating-badge>. Importing `@candor/elements/rating-badge.js` runs this. */
import { CandorRatingBadge } from './rating-badge.js';
import { defineElement } from './shared/define.js';

defineElement('candor-rating-badge', CandorRatingBadge);

declare global {
  interface HTMLElementTagNameMap {
    'candor-rating-badge': CandorRatingBadge;
  }
}

export { CandorRatingBadge };
