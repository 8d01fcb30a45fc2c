/**
 * Default design tokens, light and dark, as data: the CSS in theme.ts is built from these and a
 * test checks WCAG AA contrast for every text/background pair in both schemes from the same data.
 */
export const TOKEN_NAMES = [
  'text',
  'text-muted',
  'surface',
  'surface-raised',
  'border',
  'accent',
  'on-accent',
  'link',
  'focus-ring',
  'warning-text',
  'warning-surface',
] as const;
export type ColorToken = (typeof TOKEN_NAMES)[number];

export const LIGHT: Record<ColorToken, string> = {
  text: '#1f2328',
  'text-muted': '#555e68',
  surface: '#ffffff',
  'surface-raised': '#f5f7f8',
  border: '#6e7781',
  accent: '#1d6b47',
  'on-accent': '#ffffff',
  link: '#0a58a8',
  'focus-ring': '#0a58a8',
  'warning-text': '#7a3f00',
  'warning-surface': '#fff3e0',
};

export const DARK: Record<ColorToken, string> = {
  text: '#e9ebee',
  'text-muted': '#b4bcc5',
  surface: '#1b1c1f',
  'surface-raised': '#25272b',
  border: '#8b949e',
  accent: '#7dd3a8',
  'on-accent': '#0b2117',
  link: '#8fbcf7',
  'focus-ring': '#8fbcf7',
  'warning-text': '#f6c27a',
  'warning-surface': '#30240f',
};

/** Text/background pairs that must reach 4.5:1, and UI pairs that must reach 3:1. */
export const TEXT_PAIRS: readonly [ColorToken, ColorToken][] = [
  ['text', 'surface'],
  ['text', 'surface-raised'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-raised'],
  ['link', 'surface'],
  ['link', 'surface-raised'],
  ['on-accent', 'accent'],
  ['warning-text', 'warning-surface'],
  ['text', 'warning-surface'],
];
export const UI_PAIRS: readonly [ColorToken, ColorToken][] = [
  ['border', 'surface'],
  ['border', 'surface-raised'],
  ['focus-ring', 'surface'],
  ['focus-ring', 'surface-raised'],
  ['accent', 'surface'],
];
