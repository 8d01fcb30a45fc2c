import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath } from './scripts/chromium-path.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import workspace packages from source, so no build is needed first.
const alias = [
  { find: /^@candor\/core$/, replacement: here('./packages/core/src/index.ts') },
  // The engine's own entry, loaded lazily by the widgets only when raw reviews must be analysed.
  { find: /^@candor\/core\/reviews$/, replacement: here('./packages/core/src/reviews/index.ts') },
  // The theme finder, loaded beside the engine where themes are computed.
  { find: /^@candor\/core\/reviews\/themes$/, replacement: here('./packages/core/src/reviews/theme-finder.ts') },
  { find: /^@candor\/elements$/, replacement: here('./packages/elements/src/index.ts') },
  // `@candor/elements/honesty-panel.js` registers the tag: it is the element's define module.
  { find: /^@candor\/elements\/([a-z-]+)\.js$/, replacement: here('./packages/elements/src/$1.define.ts') },
  // @open-wc/testing in browser mode imports web-dev-server's socket; it is not there under vitest.
  { find: /^.*\/__web-dev-server__web-socket\.js$/, replacement: here('./test/support/wds-socket-stub.ts') },
];

// Polls wait for lazily loaded chunks and real servers, which take seconds on a loaded two-core CI
// machine; vitest's one-second default failed such tests while the code under test was merely slow.
const expectOptions = { poll: { timeout: 15_000 } };

// @esm-bundle/chai (used by @open-wc/testing) has a dead "main"; prefer module fields.
const resolve = { alias, mainFields: ['module', 'jsnext:main', 'jsnext', 'main'] };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'node',
          expect: expectOptions,
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts', '**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve,
        test: {
          name: 'dom',
          expect: expectOptions,
          environment: 'happy-dom',
          include: ['packages/*/test/**/*.dom.test.ts'],
          // Twice the widgets' settle wait (test/support/settle.ts), which loaded CI machines need.
          testTimeout: 30_000,
          server: { deps: { inline: [/@open-wc\//] } },
        },
      },
      {
        resolve,
        optimizeDeps: { include: ['@open-wc/testing', 'web-vitals', 'axe-core', 'react', 'react-dom/client'] },
        test: {
          name: 'browser',
          expect: expectOptions,
          testTimeout: 30_000,
          include: ['packages/*/test/**/*.dom.test.ts', 'packages/*/test/**/*.browser.test.ts'],
          // It reads the published entries' files with node:fs: a DOM is all it needs.
          exclude: ['packages/elements/test/api-report.dom.test.ts', '**/node_modules/**'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath(),
                args: ['--disable-gpu', '--disable-quic'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
