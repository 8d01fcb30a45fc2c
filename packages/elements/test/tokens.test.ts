import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn } from '../src/shared/color.js';
import { themeCss } from '../src/shared/theme.js';
import { DARK, LIGHT, TEXT_PAIRS, UI_PAIRS } from '../src/shared/tokens.js';

describe('default tokens meet WCAG AA contrast', () => {
  for (const [scheme, tokens] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    it.each(TEXT_PAIRS)(`${scheme}: text %s on %s reaches 4.5:1`, (fg, bg) => {
      expect(contrastRatio(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(UI_PAIRS)(`${scheme}: UI %s on %s reaches 3:1`, (fg, bg) => {
      expect(contrastRatio(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('colour helpers', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777', '#ffffff', 4.48],
  ])('contrast of %s and %s is %s', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
  it.each([
    ['#ffd400', '#000000'],
    ['#1d6b47', '#ffffff'],
    ['#777777', '#000000'],
  ])('readable text on %s is %s', (bg, fg) => {
    expect(readableOn(bg)).toBe(fg);
  });
});

describe('themeCss', () => {
  it('is empty for the default theme', () => {
    expect(themeCss({ colorScheme: 'auto' })).toBe('');
  });
  it('derives text on a light accent and keeps the default link when the accent is too light for text', () => {
    const text = themeCss({ colorScheme: 'light', accent: '#ffd400' });
    expect(text).toContain('--candor-accent: #ffd400;');
    expect(text).toContain('--candor-on-accent: #000000;');
    expect(text).toContain(`--candor-link: ${LIGHT.link};`);
    expect(text).toContain('color-scheme: light;');
  });
  it('uses a dark enough accent for links in light mode, with a dark-scheme override in auto mode', () => {
    const text = themeCss({ colorScheme: 'auto', accent: '#7a1f5c' });
    expect(text).toContain('--candor-link: #7a1f5c;');
    expect(text).toContain('@media (prefers-color-scheme: dark)');
  });
  it('forces dark tokens for colorScheme dark', () => {
    expect(themeCss({ colorScheme: 'dark' })).toContain(`--candor-surface: ${DARK.surface};`);
  });
  it('drops values that could inject CSS even if validation was bypassed', () => {
    const text = themeCss({ colorScheme: 'auto', accent: 'red;} body{display:none', radius: '1px;}', fontFamily: 'x;}</style>' });
    expect(text).toBe('');
  });
});
