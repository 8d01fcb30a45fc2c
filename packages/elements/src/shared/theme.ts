/**
 * Theming: `--candor-*` custom properties on :host with light and dark defaults (through
 * prefers-color-scheme), and the store config's theme applied as one more constructable
 * stylesheet through Lit's `adoptStyles`, never as an inline style attribute, so the widgets work
 * on a page whose CSP forbids inline styles. Page CSS on the element still wins over both, since
 * outer styles beat :host rules.
 */
import type { CandorConfig } from '@candor/core';
import { adoptStyles, unsafeCSS, type CSSResult, type CSSResultOrNative, type LitElement } from 'lit';
import { themeCss } from './config-theme-css.js';
import { css } from './css-text.js';
import { BASE_CSS } from './theme-css.js';

export { themeCss };

type Theme = CandorConfig['theme'];

/**
 * Token defaults plus the element basics every Candor widget shares, with the focus ring and the
 * reduced-motion rules of widgets that have focusable controls or motion.
 */
export const baseStyles: CSSResult = unsafeCSS(
  BASE_CSS +
    css`
  :focus-visible {
    outline: 3px solid var(--candor-focus-ring);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  `,
);

const sheets = new Map<string, CSSResult>();

/** One shared stylesheet per distinct theme, so a page with 50 badges builds it once. */
export function themeStyles(theme: Partial<Theme> | undefined): CSSResult | undefined {
  const text = themeCss(theme);
  if (!text) return undefined;
  let sheet = sheets.get(text);
  if (!sheet) sheets.set(text, (sheet = unsafeCSS(text)));
  return sheet;
}

/**
 * Adopts the element's static styles plus the theme sheet into its shadow root. Call it when the
 * theme changes; it does nothing when the sheet is the same as last time.
 */
export class ThemeAdopter {
  private applied: CSSResult | undefined | null = null;
  /**
   * The theme `applied` was made from. Every update of a widget passes its config's theme, almost
   * always the same object: its CSS (contrast checks included) is written again only for another.
   */
  private from: unknown = this;

  apply(element: LitElement, theme: Partial<Theme> | undefined): void {
    if (theme === this.from) return;
    const sheet = themeStyles(theme);
    if (sheet === this.applied || (sheet === undefined && this.applied === null)) {
      this.applied = sheet;
      this.from = theme;
      return;
    }
    const root = element.renderRoot;
    if (!(typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot)) return;
    const statics = (element.constructor as typeof LitElement).elementStyles as CSSResultOrNative[];
    adoptStyles(root, sheet ? [...statics, sheet] : statics);
    this.applied = sheet;
    this.from = theme;
  }
}
