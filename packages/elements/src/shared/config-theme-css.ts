/**
 * The CSS text of a store config's theme (accent, colour scheme, radius, font), without Lit: the
 * Lit widgets adopt it through theme.ts, the listing badge loads this module only when the store
 * config sets a theme.
 */
import type { CandorConfig } from '@candor/core';
import { contrastRatio, readableOn } from './color.js';
import { declarations } from './theme-css.js';
import { DARK, LIGHT, type ColorToken } from './tokens.js';

type Theme = CandorConfig['theme'];

// The config schema already restricts these; checking again keeps CSS injection impossible even
// if a config bypassed validation.
const SAFE = {
  accent: /^#([0-9a-f]{3}|[0-9a-f]{6})$/i,
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
  const scheme = theme.colorScheme === 'light' || theme.colorScheme === 'dark' ? theme.colorScheme : undefined;
  const light = { ...(scheme === 'light' ? LIGHT : {}), ...(accent ? accentTokens(accent, LIGHT) : {}) };
  const dark = { ...(scheme === 'dark' ? DARK : {}), ...(accent ? accentTokens(accent, DARK) : {}) };
  // A set scheme is one rule with its colour-scheme; 'auto' follows the page, with the accent's dark tokens in a media rule.
  const host = `:host { ${declarations(scheme === 'dark' ? dark : light, scheme)} ${extra} }`;
  if (scheme) return host;
  if (accent) return `${host}\n@media (prefers-color-scheme: dark) { :host { ${declarations(dark)} } }`;
  return extra.trim() ? host : '';
}
