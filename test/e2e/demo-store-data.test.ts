/**
 * The demo store's review data comes from the engine's seeded generator, kept as a Bazaarvoice
 * export plus the store's orders, and goes through `candor import` and `candor summarize`
 * (examples/demo-store/scripts/generate-data.mjs). Regenerating must give the committed files byte
 * for byte, so the export, the CLI and the engine's summaries cannot drift apart unnoticed.
 * The script imports the BUILT @candor/core and @candor/cli; `npm test` builds first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const site = fileURLToPath(new URL('../../examples/demo-store/', import.meta.url));
const built =
  existsSync(fileURLToPath(new URL('../../packages/core/dist/reviews/index.js', import.meta.url))) &&
  existsSync(fileURLToPath(new URL('../../packages/cli/dist/index.js', import.meta.url))) &&
  existsSync(fileURLToPath(new URL('../../packages/embed/dist', import.meta.url)));

describe('demo store data', () => {
  it('needs the built packages (run `pnpm build`; `npm test` does)', () => {
    expect(built, 'packages/core/dist, packages/cli/dist or packages/embed/dist is missing: run `pnpm build` first').toBe(true);
  });

  it.runIf(built)(
    'regenerates to the committed files, byte for byte',
    async () => {
      const { generateFiles } = await import('../../examples/demo-store/scripts/generate-data.mjs');
      const { files, counts } = await generateFiles();
      expect(Object.keys(files).length).toBeGreaterThanOrEqual(15);
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining(['data/export/bazaarvoice-reviews.json', 'data/export/orders.csv', 'data/summaries/ratings.json']),
      );
      for (const [path, content] of Object.entries(files)) {
        const committed = existsSync(`${site}${path}`) ? readFileSync(`${site}${path}`, 'utf8') : '';
        expect(
          committed === content,
          `examples/demo-store/${path} differs from the generator: run node examples/demo-store/scripts/generate-data.mjs`,
        ).toBe(true);
      }
      // The floor: at least 300 reviews on the busiest product.
      expect(Math.max(...Object.values(counts).map((c) => c.reviews))).toBeGreaterThanOrEqual(300);
    },
    60_000,
  );

  it.runIf(built)('pins every page to the built embed: versioned folder, integrity and crossorigin from manifest.json', async () => {
    const { pinnedPages } = await import('../../examples/demo-store/scripts/pin-embed.mjs');
    const pages = pinnedPages();
    expect(Object.keys(pages).length).toBeGreaterThanOrEqual(10);
    for (const [path, content] of Object.entries(pages)) {
      expect(
        readFileSync(`${site}${path}`, 'utf8') === content,
        `examples/demo-store/${path} is not pinned to this build: run node examples/demo-store/scripts/pin-embed.mjs`,
      ).toBe(true);
      expect(content).toMatch(/<script[^>]*integrity="sha384-[^"]+"[^>]*crossorigin="anonymous"/s);
    }
  });

  it.runIf(built)('holds the XSS review whose markup must stay text', () => {
    const jacket = JSON.parse(readFileSync(`${site}data/reviews/trail-jacket.json`, 'utf8')) as {
      reviews: { id: string; title?: string }[];
    };
    const xss = jacket.reviews.find((review) => review.id === 'trail-jacket-xss-000001');
    expect(xss?.title).toContain('<img src=x onerror=');
    const summary = JSON.parse(readFileSync(`${site}data/summaries/trail-jacket.json`, 'utf8')) as {
      mostHelpful: { critical: { id: string } | null };
    };
    expect(summary.mostHelpful.critical?.id).toBe('trail-jacket-xss-000001');
  });
});
