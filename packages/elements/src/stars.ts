/**
 * Star ratings drawn honestly: the fill is the displayed figure, which is cut, never rounded up
 * (4.76 shows as 4.7 and fills 4 stars and 70 % of the fifth star's width). SVG geometry, not
 * inline styles, so strict CSP pages draw it too. Always aria-hidden: the text next to it is what
 * screen readers read. The geometry and the CSS text live in stars-shape.ts (no Lit).
 */
import { html, svg, unsafeCSS, type TemplateResult } from 'lit';
import { onStarScale, STAR, STAR_CSS, starCount, starFill } from './stars-shape.js';

export { ratingText, starFill } from './stars-shape.js';

/** The stars' look, for every widget that draws them (`--candor-star` and `--candor-star-empty` colour them). */
export const starStyles = unsafeCSS(STAR_CSS);

export function stars(value: number, scale: number): TemplateResult {
  scale = starCount(scale);
  const width = scale * 24;
  const shapes = Array.from({ length: scale }, (_, i) => svg`<path transform="translate(${i * 24} 0)" d=${STAR}></path>`);
  return html`<svg part="stars" class="stars" viewBox="0 0 ${width} 24" aria-hidden="true" focusable="false"
    ><g class="star-empty">${shapes}</g><svg width=${starFill(value, scale)} height="24"><g class="star-full">${shapes}</g></svg></svg
  >`;
}

/** Stars for a figure on any stated scale: up to 10 stars as stated, a 100-point (or other long) scale as its share of 5. */
export function starsOnScale(value: number, scale: number): TemplateResult {
  return stars(...onStarScale(value, scale));
}
