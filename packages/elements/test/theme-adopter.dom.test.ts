// A widget's every update passes its config's theme to the ThemeAdopter; writing the theme's CSS
// (its contrast checks) costs time in the task of each shopper's press, so it is written again only
// for another theme. Counted through the theme's reads.
import type { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { ThemeAdopter } from '../src/shared/theme.js';

/** A theme that counts how often its fields are read. */
function countingTheme(fields: Record<string, string>): { theme: Record<string, string>; reads: () => number } {
  let reads = 0;
  const theme = new Proxy(fields, {
    get: (target, key) => {
      reads++;
      return Reflect.get(target, key);
    },
  });
  return { theme, reads: () => reads };
}

function widget(): LitElement {
  const host = document.createElement('div');
  return { renderRoot: host.attachShadow({ mode: 'open' }), constructor: { elementStyles: [] } } as unknown as LitElement;
}

describe('ThemeAdopter', () => {
  it('writes a theme’s CSS once, however many updates pass it, and again for another theme', () => {
    const adopter = new ThemeAdopter();
    const element = widget();
    const first = countingTheme({ accent: '#0a5c36', radius: '6px' });
    adopter.apply(element, first.theme);
    const once = first.reads();
    expect(once).toBeGreaterThan(0);
    adopter.apply(element, first.theme);
    adopter.apply(element, first.theme);
    expect(first.reads()).toBe(once);
    const second = countingTheme({ accent: '#0a5c36', radius: '6px' });
    adopter.apply(element, second.theme);
    expect(second.reads()).toBeGreaterThan(0);
    adopter.apply(element, first.theme); // back to the first: written again
    expect(first.reads()).toBeGreaterThan(once);
  });
});
