/** The panel also runs under the happy-dom shim that fast tests elsewhere use (and in Chromium). */
import { afterEach, expect, it } from 'vitest';
import { lowerSections } from '../src/honesty-panel.js';
import { setStoreConfig } from '../src/shared/store-config.js';
import { mount, part, reviewFacts, storeConfig, text } from './honesty-fixtures.js';
import { waitUntil } from './support/settle.js';

afterEach(() => document.body.replaceChildren());

it('renders cost per use and cooling off from attributes alone', async () => {
  localStorage.clear();
  const el = await mount({ 'product-id': 'mug-7', price: '24', currency: 'USD', 'expected-uses': '700' });
  expect(text(part(el, 'figure'))).toBe('About $0.04 per use');
  expect(part(el, 'cooling-off')).not.toBeNull();
  expect(el.hasAttribute('style')).toBe(false);
});

it("matches review complaints to the return reasons once the returns section's code, which holds the matcher, has loaded", async () => {
  setStoreConfig(storeConfig);
  // Nothing of the lower sections is loaded in this file yet: the first model has no themes matched.
  expect(lowerSections.loaded).toBeUndefined();
  const el = await mount({ 'product-id': 'boot-1', sections: 'returns cost-per-use' }, { reviewFacts });
  await waitUntil(() => part(el, 'returns'), 'the returns section never arrived');
  await el.updateComplete;
  const lists = part(el, 'returns')!.querySelectorAll('ul');
  expect([...lists[1]!.querySelectorAll('li')].map(text)).toEqual(['Runs small (31 of 212 reviews mention this)']);
});
