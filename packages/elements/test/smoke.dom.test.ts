import { fixture, html, expect } from '@open-wc/testing';
import { it } from 'vitest';

it('renders a light DOM fixture', async () => {
  const el = await fixture(html`<p>hello</p>`);
  expect(el.textContent).to.equal('hello');
});
