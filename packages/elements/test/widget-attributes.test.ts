/**
 * The attribute table the loader copies `data-*` names from (src/widget-attributes.ts) is the one
 * the custom-elements manifest and the README API tables describe: a name documented in one and
 * missing in another would be either dropped by the loader or copied without documentation.
 * (The dom test holds the classes' observed attributes to the same table.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WIDGET_ATTRIBUTES, type WidgetName } from '../src/widget-attributes.js';

const file = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe('the documented attribute table', () => {
  it("is the custom-elements manifest's attribute list (pnpm build writes the manifest)", () => {
    const path = file('custom-elements.json');
    expect(existsSync(path), `${path} is missing: run pnpm build`).toBe(true);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const fromManifest: Record<string, string[]> = {};
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.tagName)
          fromManifest[declaration.tagName] = sorted((declaration.attributes ?? []).map((attribute) => attribute.name));
    for (const [widget, names] of Object.entries(WIDGET_ATTRIBUTES))
      expect(fromManifest[`candor-${widget}`], widget).toEqual(sorted(names));
  });

  it('is what the README API tables list', () => {
    const readme = readFileSync(file('README.md'), 'utf8');
    const fromReadme: Record<WidgetName, string[]> = { 'honesty-panel': [], 'review-summary': [], 'rating-badge': [] };
    const panel = readme.slice(readme.indexOf('## `<candor-honesty-panel>`'), readme.indexOf('## `<candor-review-summary>`'));
    const reviews = readme.slice(readme.indexOf('## `<candor-rating-badge>`'), readme.indexOf('## Shared infrastructure'));
    /** The attribute names in the first cell of each API table row ("`a`, `b`" or "`a` / `prop`"; "—" has none). */
    const rows = (section: string) =>
      section
        .slice(section.indexOf('### API'))
        .split('\n')
        .filter((line) => /^\| `[a-z-]+`/.test(line))
        .map((line) => {
          const cells = line.split('|').map((cell) => cell.trim());
          const names = cells[1]!
            .split(' / ')[0]!
            .split(', ')
            .map((name) => name.replace(/`/g, ''));
          return { names, element: cells[2]! };
        });
    for (const { names } of rows(panel)) fromReadme['honesty-panel'].push(...names);
    for (const { names, element } of rows(reviews)) {
      if (element === 'both' || element === 'summary') fromReadme['review-summary'].push(...names);
      if (element === 'both' || element === 'badge') fromReadme['rating-badge'].push(...names);
    }
    for (const [widget, names] of Object.entries(WIDGET_ATTRIBUTES))
      expect(sorted(fromReadme[widget as WidgetName]), widget).toEqual(sorted(names));
  });
});
