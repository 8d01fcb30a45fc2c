/**
 * For the tests of server-rendered widgets: the demo store's widgets as `candor render` writes them
 * (the built CLI over the demo's own summaries, in en-GB), and a wait for their hydration.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { BUNDLE_DIR, EMBED_DIR } from './harness.js';

const repo = join(EMBED_DIR, '../..');
const bin = join(repo, 'packages/cli/dist/bin.js');
/** The demo store's folder: its `candor.json` and `data/summaries`. */
export const DEMO_STORE = join(repo, 'examples/demo-store');

/** Writes `<out>/en-GB/<product>/<widget>.html` with the demo's config, or `config`; `extra` adds CLI options. */
export function renderDemoStore(out: string, { config = join(DEMO_STORE, 'candor.json'), extra = [] as string[] } = {}): void {
  if (!existsSync(bin) || !existsSync(BUNDLE_DIR)) throw new Error('run `pnpm build` first: this test needs the built CLI and bundle');
  const args = [bin, 'render', join(DEMO_STORE, 'data/summaries'), '--config', config, '--out', out, '--locale', 'en-GB', ...extra];
  execFileSync(process.execPath, args, { stdio: 'pipe' });
}

/** Resolves once `element` (a selector) has hydrated: no `defer-hydration`, and Lit has updated it. */
export const hydrated = (page: Page, selector: string) =>
  page.waitForFunction(
    (query) => {
      const element = document.querySelector(query) as (HTMLElement & { hasUpdated?: boolean }) | null;
      return !!element && !element.hasAttribute('defer-hydration') && element.hasUpdated === true;
    },
    selector,
    { timeout: 30_000 },
  );
