/**
 * Inline review data, parsed by a real HTML parser: Chromium reads a page that carries reviews in a
 * `<script type="application/json">` block, the way a server-rendered product page does (the
 * README's inline path, the Astro and Vue examples' data blocks). Review text is written by
 * strangers, so each payload below is put into a review and must stay data: no element is created,
 * no handler runs, the content after the block is still parsed as the page, and the JSON reads back
 * to the very same reviews. Each case has a control written with plain `JSON.stringify`, which shows
 * that the test sees the hole when it is there.
 */
import { toInlineJson, type ReviewInput } from '@candor/core';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/review-summary.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';

declare global {
  interface Window {
    __inlineXss?: number;
  }
}

const MARK = 'window.__inlineXss=(window.__inlineXss||0)+1';
const PAYLOADS = [
  `</script><img src=x onerror=${MARK}>`,
  `</SCRIPT ><img src=x onerror=${MARK}>`,
  // "<!--<script>" moves the parser into the double-escaped state: the block's own </script> no
  // longer ends it, and the rest of the page is swallowed into the script.
  '<!--<script>',
];

type Serialise = (value: unknown) => string;
const SAFE: Serialise = (value) => toInlineJson(value);
const PLAIN: Serialise = (value) => JSON.stringify(value);

function reviewsWith(text: string): ReviewInput[] {
  return [
    { id: 'r1', rating: 4, createdAt: '2025-03-01T10:00:00Z', content: `Warm and light. ${text}` },
    {
      id: 'r2',
      rating: 2,
      createdAt: '2025-03-04T10:00:00Z',
      title: text,
      content: 'The zip stuck after a week & the seam frayed > once.',
    },
    { id: 'r3', rating: 5, createdAt: '2025-03-09T10:00:00Z', content: 'Kept me dry on a wet ridge walk.' },
  ];
}

/** A product page's markup: the data block inside the widget, then more page after it. */
function productMarkup(reviews: ReviewInput[], serialise: Serialise): string {
  return [
    '<candor-review-summary product-id="trail-jacket">',
    `<script type="application/json" id="reviews">${serialise(reviews)}</script>`,
    '</candor-review-summary>',
    '<p id="after">Delivery and returns</p>',
  ].join('');
}

afterEach(() => {
  document.body.replaceChildren();
  delete window.__inlineXss;
});

/** The markup as a whole page in a frame; resolved after `load`, which waits for every image's load or error. */
async function parsePage(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>Trail jacket</title></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

interface Outcome {
  ran: number;
  injected: number;
  pageAfterIntact: boolean;
  readsBack: boolean;
}

async function outcome(text: string, serialise: Serialise): Promise<Outcome> {
  const reviews = reviewsWith(text);
  const page = await parsePage(productMarkup(reviews, serialise));
  const frameWindow = page.defaultView as Window;
  let readsBack: boolean;
  try {
    readsBack = JSON.stringify(JSON.parse(page.getElementById('reviews')?.textContent ?? '')) === JSON.stringify(reviews);
  } catch {
    readsBack = false;
  }
  return {
    ran: frameWindow.__inlineXss ?? 0,
    injected: page.querySelectorAll('img, candor-review-summary script ~ *').length,
    pageAfterIntact: page.getElementById('after')?.textContent === 'Delivery and returns',
    readsBack,
  };
}

describe('inline review data in a page parsed by Chromium', () => {
  it.each(PAYLOADS)('toInlineJson keeps %j as data', async (text) => {
    expect(await outcome(text, SAFE)).toEqual({ ran: 0, injected: 0, pageAfterIntact: true, readsBack: true });
  });

  it.each(PAYLOADS)('control: JSON.stringify lets %j out of the data block', async (text) => {
    const plain = await outcome(text, PLAIN);
    // Either the payload became markup (and its handler ran), or the page after the block was swallowed.
    expect(plain.readsBack).toBe(false);
    if (text.startsWith('<!--')) expect(plain.pageAfterIntact).toBe(false);
    else {
      // The payload is in two reviews (a body and a title): each one escapes.
      expect(plain.injected).toBe(2);
      expect(plain.ran).toBe(2);
    }
  });
});

describe('the review summary reading inline data written by toInlineJson', () => {
  it('summarises every review, shows the payload as text, and runs nothing', async () => {
    const host = document.createElement('div');
    host.append(document.createRange().createContextualFragment(productMarkup(reviewsWith(PAYLOADS[0]!), SAFE)));
    document.body.append(host);
    const summary = host.querySelector<CandorReviewSummary>('candor-review-summary')!;
    await expect.poll(() => summary.shadowRoot?.textContent ?? '').toMatch(/\b3 reviews\b/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.__inlineXss).toBeUndefined();
    expect(host.querySelectorAll('img')).toHaveLength(0);
    expect(summary.shadowRoot!.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('control: the same page written with JSON.stringify injects the image and runs its handler', async () => {
    const host = document.createElement('div');
    host.append(document.createRange().createContextualFragment(productMarkup(reviewsWith(PAYLOADS[0]!), PLAIN)));
    document.body.append(host);
    await expect.poll(() => window.__inlineXss ?? 0, { timeout: 5_000 }).toBe(2);
    expect(host.querySelectorAll('img')).toHaveLength(2);
  });
});
