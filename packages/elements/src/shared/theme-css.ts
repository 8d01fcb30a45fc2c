/**
 * The text of Candor's base styles and of a config theme, without Lit: theme.ts wraps it for the
 * Lit widgets, and the script-tag listing badge (which loads no Lit) adopts the same text.
 */
import type { CandorConfig } from '@candor/core';
import { contrastRatio, readableOn } from './color.js';
import { css } from './css-text.js';
import { DARK, LIGHT, type ColorToken } from './tokens.js';

type Theme = CandorConfig['theme'];

const declarations = (tokens: Partial<Record<ColorToken, string>>, scheme?: 'light' | 'dark'): string =>
  Object.entries(tokens)
    .map(([name, value]) => `--candor-${name}: ${value};`)
    .concat(scheme ? [`color-scheme: ${scheme};`] : [])
    .join(' ');

/** Token defaults plus the element basics every Candor widget shares, as CSS text. */
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
