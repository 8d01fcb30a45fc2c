/**
 * The text of Candor's base styles, without Lit: theme.ts wraps it for the Lit widgets, and the
 * script-tag listing badge (which loads no Lit) adopts the same text. A config theme's text is in
 * config-theme-css.ts, a module of its own so that the listing badge loads it only for a store
 * config that sets a theme.
 */
import { css } from './css-text.js';
import { DARK, LIGHT, type ColorToken } from './tokens.js';

/** Tokens as custom property declarations, with a `color-scheme` when one is given. */
export const declarations = (tokens: Partial<Record<ColorToken, string>>, scheme?: 'light' | 'dark'): string =>
  Object.entries(tokens)
    .map(([name, value]) => `--candor-${name}: ${value};`)
    .concat(scheme ? [`color-scheme: ${scheme};`] : [])
    .join(' ');

/**
 * Token defaults plus the element basics every Candor widget shares, as CSS text. The rules for
 * focus rings and reduced motion are in theme.ts, for the Lit widgets: the listing badge, which
 * has neither a focusable element nor any motion, adopts this text alone.
 */
export const BASE_CSS: string = css`
  :host {
    ${declarations(LIGHT)}
    --candor-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --candor-font-size: 1rem;
    --candor-font-size-small: 0.875rem;
    --candor-line-height: 1.5;
    --candor-radius: 8px;
    --candor-space: 1rem;
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    color: var(--candor-text);
    font-family: var(--candor-font-family);
    font-size: var(--candor-font-size);
    line-height: var(--candor-line-height);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${declarations(DARK)}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
