/**
 * Badges on a listing page whose figures are in their attributes need nothing but the bundle: in
 * headless Chromium with the built bundle, 48 such badges make no request beyond the loader and
 * its chunks (no config, no data). The control is the same listing with one badge that reads a
 * summary file: the same count then sees its data request.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER, TestSite, launchChromium, openPage, pause, rendered } from './support/harness.js';

const site = new TestSite();
let browser: Browser;

const badges = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `<candor-rating-badge rating="${(3 + (i % 20) / 10).toFixed(2)}" count="${10 + i}"></candor-rating-badge>`,
  ).join('\n');
const SUMMARY = { total: 12, rawAverage: 4.25, adjustedAverage: 4.1, trustedCount: 10, ratingScale: 5 };

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  site.file('data/s.json', JSON.stringify(SUMMARY));
  site.page('figures.html', { head: `<script type="module" src="${LOADER}"></script>`, body: badges(48) });
  site.page('control.html', {
    head: `<script type="module" src="${LOADER}"></script>`,
    body: `${badges(47)}\n<candor-rating-badge summary-src="/data/s.json"></candor-rating-badge>`,
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

/** What a listing page asked for beyond its own HTML, once every badge shows its figures. */
async function requestsOf(page: string) {
  const { page: tab, context, paths, errors } = await openPage(browser, site, { viewport: { width: 1000, height: 6000 } });
  await tab.goto(`${site.url}/${page}`);
  await rendered(tab, 'candor-rating-badge', 30_000);
  await tab.waitForFunction(
    () => [...document.querySelectorAll('candor-rating-badge')].every((badge) => /\d/.test(badge.shadowRoot?.textContent ?? '')),
    undefined,
    { timeout: 30_000 },
  );
  await pause(500);
  const asked = paths().filter((path) => path !== `/${page}` && path !== '/favicon.ico');
  await context.close();
  return { asked, errors };
}

describe('rating badges with their figures in attributes', () => {
  it('48 badges ask for nothing but the bundle: no config, no data', async () => {
    const { asked, errors } = await requestsOf('figures.html');
    expect(errors).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((path) => !path.startsWith('/cdn/'))).toEqual([]);
  }, 60_000);

  it('control: one badge that reads a summary file shows up as one request beyond the bundle', async () => {
    const { asked } = await requestsOf('control.html');
    expect(asked.filter((path) => !path.startsWith('/cdn/'))).toEqual(['/data/s.json']);
  }, 60_000);
});
