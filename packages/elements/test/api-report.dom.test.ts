/**
 * The API report: the runtime names each published entry point exports. Every export is a semver
 * promise, so a change to this surface must be a visible diff of test/api-report.json, made on
 * purpose (types are checked by the type tests and `pnpm typecheck`).
 *
 * To accept a deliberate change: `CANDOR_API_REPORT=write pnpm vitest run --project dom
 * packages/elements/test/api-report.dom.test.ts`, then review the diff of api-report.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests run from the repository root.
const REPORT = join(process.cwd(), 'packages/elements/test/api-report.json');

/** Each entry as a consumer imports it (vitest resolves the package names to the sources). */
const ENTRIES: Record<string, () => Promise<Record<string, unknown>>> = {
  '@candor/core': () => import('@candor/core'),
  '@candor/core/reviews': () => import('@candor/core/reviews'),
  '@candor/core/reviews/themes': () => import('@candor/core/reviews/themes'),
  '@candor/elements': () => import('@candor/elements'),
  '@candor/elements/react': () => import('../src/react.js'),
  '@candor/elements/honesty-panel.js': () => import('@candor/elements/honesty-panel.js'),
  '@candor/elements/review-summary.js': () => import('@candor/elements/review-summary.js'),
  '@candor/elements/rating-badge.js': () => import('@candor/elements/rating-badge.js'),
};

async function report(): Promise<Record<string, string[]>> {
  const names: Record<string, string[]> = {};
  for (const [entry, load] of Object.entries(ENTRIES)) names[entry] = Object.keys(await load()).sort();
  return names;
}

describe('API report', () => {
  it('each entry exports exactly the names recorded in api-report.json', async () => {
    const current = await report();
    if (process.env['CANDOR_API_REPORT'] === 'write') writeFileSync(REPORT, `${JSON.stringify(current, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(REPORT, 'utf8')) as Record<string, string[]>;
    expect(current, 'the public API changed: update api-report.json on purpose (see the comment at the top)').toEqual(recorded);
  });

  it('the elements root stays small: classes, store-config and dev helpers, events, catalogue helpers', async () => {
    const root = Object.keys(await ENTRIES['@candor/elements']!());
    expect(root.length).toBeLessThanOrEqual(25);
    for (const internal of ['resetLogOnce', 'ThemeAdopter', 'parseHex', 'TEXT_PAIRS', 'StoreConfigController', 'whenVisible', 'fetchOnce'])
      expect(root).not.toContain(internal);
  });
});
