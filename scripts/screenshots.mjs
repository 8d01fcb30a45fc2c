#!/usr/bin/env node
// Screenshots of the running demo store for the README: a product page at desktop width (1280)
// and at phone width (390), taken with headless Chromium from a server started here.
//   pnpm build && node scripts/screenshots.mjs [page path] [output dir]
// Defaults: /products/trail-jacket.html into docs/screenshots/. Uses CHROMIUM_PATH like the tests.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumPath } from './chromium-path.mjs';
import { startStoreServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pagePath = process.argv[2] ?? '/products/trail-jacket.html';
const outDir = process.argv[3] ?? `${root}docs/screenshots`;

// The phone shot is taller than one screen (clip), so it reaches the honesty panel.
const SHOTS = [
  { name: 'demo-store-desktop.png', viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1, isMobile: false },
  { name: 'demo-store-phone.png', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, clipHeight: 1500 },
];

if (!existsSync(`${root}packages/embed/dist`)) {
  console.error('packages/embed/dist is missing: run `pnpm build` first.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const { server, url } = await startStoreServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.deviceScaleFactor,
      isMobile: shot.isMobile,
      hasTouch: shot.isMobile,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${url}${pagePath}`, { waitUntil: 'networkidle' });
    // The widgets load lazily (when visible): scroll through the page once, then back to the top.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const file = `${outDir}/${shot.name}`;
    await page.screenshot(
      shot.clipHeight
        ? { path: file, fullPage: true, clip: { x: 0, y: 0, width: shot.viewport.width, height: shot.clipHeight } }
        : { path: file },
    );
    console.log(`wrote ${file.replace(root, '')}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
