/**
 * Theming: `--candor-*` custom properties on :host with light and dark defaults (through
 * prefers-color-scheme), and the store config's theme applied as one more constructable
 * stylesheet through Lit's `adoptStyles`, never as an inline style attribute, so the widgets work
 * on a page whose CSP forbids inline styles. Page CSS on the element still wins over both, since
 * outer styles beat :host rules.
 */
import type { CandorConfig } from '@candor/core';
import { adoptStyles, css, unsafeCSS, type CSSResult, type CSSResultOrNative, type LitElement } from 'lit';
import { contrastRatio, readableOn } from './color.js';
import { DARK, LIGHT, type ColorToken } from './tokens.js';

type Theme = CandorConfig['theme'];

const declarations = (tokens: Partial<Record<ColorToken, string>>, scheme?: 'light' | 'dark'): string =>
  Object.entries(tokens)
    .map(([name, value]) => `--candor-${name}: ${value};`)
    .concat(scheme ? [`color-scheme: ${scheme};`] : [])
    .join(' ');

/** Token defaults plus the element basics every Candor widget shares. */
export const baseStyles: CSSResult = css`
  :host {
    ${unsafeCSS(declarations(LIGHT))}
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
      ${unsafeCSS(declarations(DARK))}
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
  :focus-visible {
    outline: 3px solid var(--candor-focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
`;

// The config schema already restricts these; checking again keeps CSS injection impossible even
// if a config bypassed validation.
const SAFE = {
  accent: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
  radius: /^\d{1,2}(\.\d+)?(px|rem|em)$/,
  fontFamily: /^[\w\s,"'-]{1,120}$/,
};

/** Accent-derived tokens for one scheme: text on the accent, and the link colour if the accent reads as one. */
function accentTokens(accent: string, defaults: Record<ColorToken, string>): Partial<Record<ColorToken, string>> {
  const tokens: Partial<Record<ColorToken, string>> = { accent, 'on-accent': readableOn(accent) };
  if (contrastRatio(accent, defaults.surface) >= 4.5 && contrastRatio(accent, defaults['surface-raised']) >= 4.5) {
    tokens.link = accent;
    tokens['focus-ring'] = accent;
  }
  return tokens;
}

/** The CSS text for a config theme, or '' when the theme changes nothing. Exported for tests. */
export function themeCss(theme: Partial<Theme> | undefined): string {
  if (!theme) return '';
  const accent = theme.accent && SAFE.accent.test(theme.accent) ? theme.accent : undefined;
  const extra = [
    theme.radius && SAFE.radius.test(theme.radius) ? `--candor-radius: ${theme.radius};` : '',
    theme.fontFamily && SAFE.fontFamily.test(theme.fontFamily) ? `--candor-font-family: ${theme.fontFamily};` : '',
  ].join(' ');
  const light = { ...(theme.colorScheme === 'light' ? LIGHT : {}), ...(accent ? accentTokens(accent, LIGHT) : {}) };
  const dark = { ...(theme.colorScheme === 'dark' ? DARK : {}), ...(accent ? accentTokens(accent, DARK) : {}) };
  switch (theme.colorScheme) {
    case 'light':
      return `:host { ${declarations(light, 'light')} ${extra} }`;
    case 'dark':
      return `:host { ${declarations(dark, 'dark')} ${extra} }`;
    default: {
      const rules = [`:host { ${declarations(light)} ${extra} }`];
      if (accent) rules.push(`@media (prefers-color-scheme: dark) { :host { ${declarations(dark)} } }`);
      return extra.trim() || accent ? rules.join('\n') : '';
    }
  }
}

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

  apply(element: LitElement, theme: Partial<Theme> | undefined): void {
    const sheet = themeStyles(theme);
    if (sheet === this.applied || (sheet === undefined && this.applied === null)) {
      this.applied = sheet;
      return;
    }
    const root = element.renderRoot;
    if (!(typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot)) return;
    const statics = (element.constructor as typeof LitElement).elementStyles as CSSResultOrNative[];
    adoptStyles(root, sheet ? [...statics, sheet] : statics);
    this.applied = sheet;
  }
}
