/** The panel also runs under the happy-dom shim that fast tests elsewhere use (and in Chromium). */
import { afterEach, expect, it } from 'vitest';
import { mount, part, text } from './honesty-fixtures.js';

afterEach(() => document.body.replaceChildren());

it('renders cost per use and cooling off from attributes alone', async () => {
  localStorage.clear();
  const el = await mount({ 'product-id': 'mug-7', price: '24', currency: 'USD', 'expected-uses': '700' });
  expect(text(part(el, 'figure'))).toBe('About $0.04 per use');
  expect(part(el, 'cooling-off')).not.toBeNull();
  expect(el.hasAttribute('style')).toBe(false);
});
