/**
 * React 19 in Chromium, with no wrapper: it must set Candor's object and number props as
 * properties (not "[object Object]" attributes) and deliver Candor's events to `on<event>` props,
 * as `@candor/elements/react`'s JSX types promise.
 */
import { createElement, act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { waitUntil } from './support/settle.js';
import { afterEach, expect, it } from 'vitest';
import '../src/review-summary.define.js';
import '../src/honesty-panel.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import type { CandorHonestyPanel } from '../src/honesty-panel.js';
import type { CandorEvent } from '../src/shared/events.js';
import { resetStoreConfig } from '../src/shared/store-config.js';
import { realisticSummary } from './support/review-fixtures.js';

// React checks this flag before warning that act() is used outside a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  resetStoreConfig();
});

function render(...children: ReturnType<typeof createElement>[]): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(createElement('main', null, ...children)));
  return host;
}

it('sets the summary as a property and hands the check-toggle event to oncandor-check-toggle', async () => {
  const summary = realisticSummary();
  const toggles: CandorEvent<'candor-check-toggle'>[] = [];
  const host = render(
    createElement('candor-review-summary', {
      productId: 'sku-react',
      summary,
      'oncandor-check-toggle': (event: CandorEvent<'candor-check-toggle'>) => toggles.push(event),
    }),
  );
  const element = host.querySelector('candor-review-summary') as CandorReviewSummary;
  expect(element.summary).toBe(summary);
  expect(element.hasAttribute('summary')).toBe(false);
  await waitUntil(() => element.shadowRoot?.querySelector('[aria-busy="false"]'), 'the summary did not render');
  expect(element.shadowRoot!.textContent).toContain(String(summary.total));

  const details = element.shadowRoot!.querySelector<HTMLDetailsElement>('[part="work"]')!;
  details.open = true;
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLInputElement>('[part="check"] input')!.click();
  await waitUntil(() => toggles.length > 0, 'no candor-check-toggle reached the React prop');
  expect(toggles).toHaveLength(1);
  expect(toggles[0]!.detail.productId).toBe('sku-react');
  expect(toggles[0]!.detail.applied).toBe(false);
});

it('sets the honesty panel’s price as a number and re-renders when React changes it', async () => {
  const panel = (price: number) =>
    createElement('candor-honesty-panel', { productId: 'sku-react', price, currency: 'EUR', expectedUses: 100, locale: 'en' });
  const host = render(panel(90));
  const element = host.querySelector('candor-honesty-panel') as CandorHonestyPanel;
  expect(element.price).toBe(90);
  await element.updateComplete;
  await waitUntil(() => /0\.90/.test(element.shadowRoot?.textContent ?? ''), 'cost per use 0.90 not shown');
  act(() => root!.render(createElement('main', null, panel(50))));
  expect(element.price).toBe(50);
  await waitUntil(() => /0\.50/.test(element.shadowRoot?.textContent ?? ''), 'cost per use did not follow the new price');
});
