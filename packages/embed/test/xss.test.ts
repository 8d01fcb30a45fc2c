/**
 * Filter-evasion payloads (support/xss-payloads.ts, after OWASP's cheat sheet) through every way
 * a page hands Candor text, on a plain page and under the strict CSP with Trusted Types:
 * - every documented attribute of every widget, set directly on the tag;
 * - every documented `data-*` of a `data-candor` host, plus `data-on*` and `data-style`;
 * - the text fields of raw reviews (title, content, pros, cons, reviewer) and of a precomputed
 *   summary (themes, quotes, excerpts, disclosure), fetched as the store serves them;
 * - config text (product names, not-for lines, return reasons, alternatives, disclosures,
 *   message overrides).
 * Nothing may run (alert/confirm/prompt are recorded, dialogs too), nothing may leave the page
 * (every request to another origin is recorded and refused), no style or on* attribute and no
 * active element (script, iframe, img, object, ...) may appear anywhere, shadow roots included.
 */
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_ATTRIBUTES } from '../../elements/src/widget-attributes.js';
import { LOADER, STRICT_CSP, TestSite, launchChromium, openPage, pause } from './support/harness.js';
import { XSS_PAYLOADS } from './support/xss-payloads.js';

const site = new TestSite({ '/strict/': { 'Content-Security-Policy': STRICT_CSP } });
let browser: Browser;

/** Escapes a value for a double-quoted HTML attribute, so the payload is exactly the attribute's value. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const WIDGETS = Object.keys(WIDGET_ATTRIBUTES) as (keyof typeof WIDGET_ATTRIBUTES)[];
/** Valid values, so an element with one payload attribute still renders its other parts. */
const VALID: Record<string, string> = {
  price: '89',
  currency: 'EUR',
  'lifespan-years': '3',
  'uses-per-year': '100',
  'use-unit': 'wear',
  rating: '4.2',
  count: '30',
};

function reviewsWith(payload: string) {
  return Array.from({ length: 12 }, (_, j) => ({
    id: `r${j}`,
    rating: 1 + (j % 5),
    createdAt: `2024-0${1 + (j % 9)}-1${j % 10}`,
    title: payload,
    content: `${payload} The zip broke after a week but the fabric is warm and the hood fits well. ${j}`,
    pros: [payload, 'warm'],
    cons: [payload],
    reviewer: { name: payload },
    helpfulVotes: j,
    isVerifiedPurchase: true,
  }));
}

function summaryWith(payload: string) {
  const theme = { label: payload, key: payload, mentions: 4, reviewIds: ['a'], quotes: [{ reviewId: 'a', text: payload }] };
  const excerpt = { id: payload, rating: 2, helpfulVotes: 3, title: payload, excerpt: payload };
  return {
    total: 20,
    rawAverage: 4.1,
    adjustedAverage: 3.9,
    trustedCount: 18,
    ratingScale: 5,
    excluded: [{ check: 'incentivized', count: 2, mode: 'exclude' }],
    reviewFlags: { [payload]: [{ check: 'incentivized', evidence: payload, excludes: true }] },
    flaggedRatings: { [payload]: 5 },
    histogram: { raw: [1, 1, 2, 6, 10], trusted: [1, 1, 2, 6, 8] },
    themes: { pros: [theme], cons: [theme], negativeSentenceShare: 0.2, complaintShare: 0.1 },
    mostHelpful: { critical: excerpt, positive: excerpt },
    disclosure: {
      verificationMethod: 'order-match',
      verificationDescription: payload,
      moderationMethod: payload,
      ordering: payload,
      incentivesOffered: true,
      incentiveKinds: [payload],
      reviewPolicyUrl: payload,
      fakeReviewPolicyUrl: payload,
      leftOut: [{ check: 'incentivized', count: 2, why: payload }],
    },
  };
}

/** The store config: one product per payload, its text in every text field a product has. */
function configWith(payloads: readonly string[]) {
  const text = (value: string, max: number) => value.slice(0, max);
  return {
    version: 1,
    store: { name: text(payloads[0]!, 120), locale: 'en', currency: 'EUR' },
    reviews: {
      verification: { method: 'order-match', description: text(payloads[1]!, 500) },
      moderation: { method: 'human', description: text(payloads[2]!, 500) },
    },
    products: Object.fromEntries(
      payloads.map((payload, i) => [
        `p${i}`,
        {
          name: text(payload, 200),
          price: 89,
          currency: 'EUR',
          lifespanYears: 3,
          usesPerYear: 100,
          useUnit: 'wear',
          returns: { rate: 0.3, reasons: [{ label: text(payload, 120), share: 0.5 }] },
          notFor: [text(payload, 200)],
          alternatives: [{ kind: 'repair', label: text(payload, 120), url: '/repairs' }],
          disclosures: [{ kind: 'other', text: text(payload, 300) }],
        },
      ]),
    ),
    messages: {
      en: { 'honesty.title': text(payloads[3]!, 500), 'summary.title': text(payloads[4]!, 500), 'badge.empty': text(payloads[5]!, 500) },
    },
  };
}

/** Recorders, first in <head> as an external classic script (inline ones are refused under the strict CSP). */
const RECORDER = `window.ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) window[name] = (...args) => { window.ran.push(name + '(' + args.join(',') + ')'); };
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.effectiveDirective + ' ' + event.blockedURI + ' ' + event.sample));`;

const CHANNELS = ['attributes', 'data-hosts', 'text-fields', 'config-text'] as const;
type Channel = (typeof CHANNELS)[number];

function body(dir: string, channel: Channel): string {
  const eager = 'data-load="eager"';
  return XSS_PAYLOADS.map((payload, i) => {
    const p = attr(payload);
    switch (channel) {
      case 'attributes':
        // Every documented attribute at once, then each one alone with valid others.
        return WIDGETS.map((widget) => {
          const names = WIDGET_ATTRIBUTES[widget];
          const all = names.map((name) => `${name}="${p}"`).join(' ');
          const one = names[i % names.length]!;
          const others = names
            .filter((name) => name !== one && VALID[name])
            .map((name) => `${name}="${VALID[name]}"`)
            .join(' ');
          return `<candor-${widget} ${eager} ${all}></candor-${widget}><candor-${widget} ${eager} ${others} ${one}="${p}"></candor-${widget}>`;
        }).join('\n');
      case 'data-hosts':
        return WIDGETS.map((widget) => {
          const names = [
            ...WIDGET_ATTRIBUTES[widget],
            'onfocus',
            'onmouseover',
            'onclick',
            'style',
            'tabindex',
            'autofocus',
            'href',
            'srcdoc',
          ];
          return `<div data-candor="${widget}" ${eager} ${names.map((name) => `data-${name}="${p}"`).join(' ')}></div>`;
        }).join('\n');
      case 'text-fields':
        return `<candor-review-summary ${eager} src="/${dir}/reviews/${i}.json"></candor-review-summary>
          <candor-review-summary ${eager} summary-src="/${dir}/summaries/${i}.json"></candor-review-summary>
          <candor-rating-badge ${eager} summary-src="/${dir}/summaries/${i}.json"></candor-rating-badge>`;
      case 'config-text':
        return `<candor-honesty-panel ${eager} product-id="p${i}"></candor-honesty-panel>`;
    }
  }).join('\n');
}

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  for (const dir of ['plain', 'strict']) {
    site.file(`${dir}/recorder.js`, RECORDER);
    site.file(`${dir}/candor.json`, JSON.stringify(configWith(XSS_PAYLOADS)));
    XSS_PAYLOADS.forEach((payload, i) => {
      site.file(`${dir}/reviews/${i}.json`, JSON.stringify(reviewsWith(payload)));
      site.file(`${dir}/summaries/${i}.json`, JSON.stringify(summaryWith(payload)));
    });
    for (const channel of CHANNELS) {
      site.page(`${dir}/${channel}.html`, {
        head: `<script src="/${dir}/recorder.js"></script>\n<script type="module" src="${LOADER}" data-config="/${dir}/candor.json" data-dev></script>`,
        body: body(dir, channel),
      });
    }
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

/** What is on the page now, shadow roots included. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const ACTIVE = ['script', 'iframe', 'frame', 'img', 'object', 'embed', 'link', 'meta', 'base', 'style', 'body', 'frameset'];
    const found = {
      styles: [] as string[],
      handlers: [] as string[],
      active: [] as string[],
      badLinks: [] as string[],
      rendered: 0,
      widgets: 0,
      showingPayloadText: 0,
    };
    const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.hasAttribute('style')) found.styles.push(`${element.localName}[style="${element.getAttribute('style')}"]`);
        for (const name of element.getAttributeNames()) if (name.startsWith('on')) found.handlers.push(`${element.localName}[${name}]`);
        if (inShadow && (ACTIVE.includes(element.localName) || (element.localName === 'input' && element.getAttribute('type') === 'image')))
          found.active.push(element.localName);
        if (inShadow && element.localName === 'a') {
          const href = (element as HTMLAnchorElement).href;
          const url = new URL(href);
          if (url.protocol !== 'https:' && url.origin !== location.origin) found.badLinks.push(href);
          if (url.hostname === 'evil.example') found.badLinks.push(href);
        }
        if (element.localName.startsWith('candor-')) {
          found.widgets++;
          if ((element.shadowRoot?.childNodes.length ?? 0) > 0) found.rendered++;
          // The payload arrived and is shown as text (proves the channel was exercised).
          if (/alert|evil\.example|XSS/i.test(element.shadowRoot?.textContent ?? '')) found.showingPayloadText++;
        }
        if (element.shadowRoot) walk(element.shadowRoot, true);
      }
    };
    walk(document, false);
    return {
      ...found,
      ran: (window as unknown as { ran: string[] }).ran,
      violations: (window as unknown as { violations: string[] }).violations,
    };
  });
}

describe(`${XSS_PAYLOADS.length} filter-evasion payloads`, () => {
  it('are at least 50', () => expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50));

  for (const dir of ['plain', 'strict'] as const) {
    describe(dir === 'plain' ? 'on a page without a CSP' : `under ${STRICT_CSP}`, () => {
      it.each(CHANNELS)(
        'through %s: nothing runs, nothing leaves the page, no style attribute',
        async (channel) => {
          const observed = await openPage(browser, site, { viewport: { width: 1200, height: 900 } });
          const { page, context, errors } = observed;
          const dialogs: string[] = [];
          page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
          });
          const left: string[] = [];
          await context.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith(site.url)) return route.continue();
            left.push(url);
            return route.abort();
          });
          await page.goto(`${site.url}/${dir}/${channel}.html`);
          // Every widget rendered something (its content, or its error state, not its loading state) before we look.
          await page.waitForFunction(
            () => {
              const all = [...document.querySelectorAll('candor-honesty-panel, candor-review-summary, candor-rating-badge')];
              return (
                all.length > 0 &&
                all.every(
                  (element) => (element.shadowRoot?.childNodes.length ?? 0) > 0 && !element.shadowRoot!.querySelector('[aria-busy="true"]'),
                )
              );
            },
            undefined,
            { timeout: 60_000 },
          );
          // Hover, focus and click through the widgets: handlers that need a shopper would fire now.
          for (const element of await page.locator('candor-honesty-panel, candor-review-summary, candor-rating-badge').all()) {
            await element.hover({ timeout: 2000, force: true }).catch(() => undefined);
          }
          await page.keyboard.press('Tab');
          await page.keyboard.press('Tab');
          await pause(500);
          const seen = await inspect(page);
          expect(seen.widgets).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
          expect(seen.rendered).toBe(seen.widgets);
          // Text channels reach the screen as text: every payload is shown by at least one widget.
          if (channel === 'text-fields' || channel === 'config-text')
            expect(seen.showingPayloadText).toBeGreaterThanOrEqual(XSS_PAYLOADS.length * 0.9);
          expect(seen.ran).toEqual([]);
          expect(dialogs).toEqual([]);
          expect(left).toEqual([]);
          expect(seen.styles).toEqual([]);
          expect(seen.handlers).toEqual([]);
          expect(seen.active).toEqual([]);
          expect(seen.badLinks).toEqual([]);
          expect(errors).toEqual([]);
          expect(seen.violations).toEqual([]);
          await context.close();
        },
        180_000,
      );
    });
  }
});
