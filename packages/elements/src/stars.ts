/**
 * Star ratings drawn honestly: the fill is the displayed figure, which is cut, never rounded up
 * (4.76 shows as 4.7 and fills 4 stars and 70 % of the fifth star's width). SVG geometry, not
 * inline styles, so strict CSP pages draw it too. Always aria-hidden: the text next to it is what
 * screen readers read.
 */
import { floorRating } from '@candor/core';
import { css, html, svg, type TemplateResult } from 'lit';
import type { I18n } from './shared/i18n.js';

const STAR = 'M12 2l2.94 6.95 7.52.64-5.7 4.94 1.7 7.35L12 17.98l-6.46 3.9 1.7-7.35-5.7-4.94 7.52-.64z';
// The star's drawn extent inside its 24-unit box: a half-filled star shows half of its shape.
const LEFT = 1.54;
const SPAN = 20.92;

/** A rating as the widgets write it: one decimal, cut and never rounded up (4.76 reads "4.7"). */
export function ratingText(i18n: I18n, value: number): string {
  return i18n.number(floorRating(value), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The stars' look, for every widget that draws them (`--candor-star` and `--candor-star-empty` colour them). */
export const starStyles = css`
  .stars {
    block-size: 1em;
    inline-size: auto;
    flex: none;
    overflow: hidden;
  }
  [dir='rtl'] .stars {
    transform: scaleX(-1);
  }
  .star-empty {
    fill: none;
    stroke: var(--candor-star-empty);
    stroke-width: 1.5;
  }
  .star-full {
    fill: var(--candor-star);
  }
`;

/** The width, in SVG units, that `value` fills on a row of `scale` stars. Exported for tests. */
export function starFill(value: number, scale: number): number {
  const shown = Math.max(0, Math.min(scale, floorRating(value)));
  const full = Math.floor(shown + 1e-9);
  const part = shown - full;
  return full * 24 + (part > 1e-9 ? LEFT + part * SPAN : 0);
}

export function stars(value: number, scale: number): TemplateResult {
  // One shape per unit of the scale: never more than the config allows (3 to 10), whatever arrives.
  scale = Number.isInteger(scale) && scale >= 1 && scale <= 10 ? scale : 5;
  const width = scale * 24;
  const shapes = Array.from({ length: scale }, (_, i) => svg`<path transform="translate(${i * 24} 0)" d=${STAR}></path>`);
  return html`<svg part="stars" class="stars" viewBox="0 0 ${width} 24" aria-hidden="true" focusable="false"
    ><g class="star-empty">${shapes}</g><svg width=${starFill(value, scale)} height="24"><g class="star-full">${shapes}</g></svg></svg
  >`;
}

/** Stars for a figure on any stated scale: up to 10 stars as stated, a 100-point (or other long) scale as its share of 5. */
export function starsOnScale(value: number, scale: number): TemplateResult {
  return scale <= 10 && Number.isInteger(scale) ? stars(value, scale) : stars((value / scale) * 5, 5);
}
