/**
 * Star ratings drawn honestly, without Lit (shared by stars.ts and the script-tag listing badge):
 * the fill is the displayed figure, which is cut, never rounded up (4.76 shows as 4.7 and fills 4
 * stars and 70 % of the fifth star's width).
 */
import { floorRating } from '@candor/core';
import { css } from './shared/css-text.js';
import type { I18n } from './shared/i18n.js';

/** One star's outline in its 24-unit box. */
export const STAR = 'M12 2l2.94 6.95 7.52.64-5.7 4.94 1.7 7.35L12 17.98l-6.46 3.9 1.7-7.35-5.7-4.94 7.52-.64z';
// The star's drawn extent inside its 24-unit box: a half-filled star shows half of its shape.
const LEFT = 1.54;
const SPAN = 20.92;

/** A rating as the widgets write it: one decimal, cut and never rounded up (4.76 reads "4.7"). */
export function ratingText(i18n: Pick<I18n, 'number'>, value: number): string {
  return i18n.number(floorRating(value), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The stars' look as CSS text, for every widget that draws them (`--candor-star` and `--candor-star-empty` colour them). */
export const STAR_CSS: string = css`
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

/** The number of stars drawn for `scale`: one per unit, never more than the config allows (3 to 10), whatever arrives. */
export const starCount = (scale: number): number => (Number.isInteger(scale) && scale >= 1 && scale <= 10 ? scale : 5);

/** Up to 10 stars as stated; a 100-point (or other long) scale as its share of 5: the [value, scale] the stars show. */
export const onStarScale = (value: number, scale: number): [number, number] =>
  scale <= 10 && Number.isInteger(scale) ? [value, scale] : [(value / scale) * 5, 5];
