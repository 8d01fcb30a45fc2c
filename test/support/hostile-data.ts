/**
 * Hostile review data for the examples' inline-data paths: real reviews (the camp lantern's) whose
 * titles and texts carry a `</script><img src=x onerror=...>` payload, and what a page that
 * inlined them did in the browser. Shared by the framework-examples and next-app end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import type { ReviewInput } from '@candor/core/reviews';

/** Closes any script block it lands in; its image's handler counts its runs on window.__candorXss. */
export const PAYLOAD = '</script><img src=x onerror=window.__candorXss=(window.__candorXss||0)+1>';

/** What the payload looks like when a widget shows it as text. */
export const PAYLOAD_AS_TEXT = 'onerror=window.__candorXss';

const lanternReviews = fileURLToPath(new URL('../../examples/astro-site/src/data/camp-lantern.reviews.json', import.meta.url));

/** The camp lantern's real reviews, each with the payload in its title and at the end of its text. */
export function hostileReviews(): ReviewInput[] {
  const { reviews } = JSON.parse(readFileSync(lanternReviews, 'utf8')) as { reviews: ReviewInput[] };
  return reviews.map((review) => ({ ...review, title: PAYLOAD, content: `${review.content} ${PAYLOAD}` }));
}

export interface XssOutcome {
  /** How many times the payload's handler ran. */
  ran: number;
  /** `<img>` elements in the light DOM: the pages have none of their own. */
  images: number;
  /** The review summary's shadow text. */
  summaryText: string;
}

/** Reads what a loaded page did with its hostile data. */
export function xssOutcome(page: Page): Promise<XssOutcome> {
  return page.evaluate(() => ({
    ran: (window as unknown as { __candorXss?: number }).__candorXss ?? 0,
    images: document.querySelectorAll('img').length,
    summaryText: document.querySelector('candor-review-summary')?.shadowRoot?.textContent ?? '',
  }));
}
