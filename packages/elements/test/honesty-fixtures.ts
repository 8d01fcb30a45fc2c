/** Shared fixtures for the honesty panel's browser tests: one realistic store, one realistic review slice. */
import type { CandorConfigInput, HonestyReviewFacts } from '@candor/core';
import '../src/honesty-panel.define.js';
import type { CandorHonestyPanel } from '../src/honesty-panel.js';
import { root, text } from './support/dom.js';

export const storeConfig = {
  version: 1,
  store: { name: 'Trail & Co', currency: 'EUR' },
  honesty: {
    categories: { shoes: { lifespanYears: 3, usesPerYear: 100, useUnit: 'wear' } },
  },
  products: {
    'boot-1': {
      name: 'Ridge trail boot',
      category: 'shoes',
      price: 129,
      returns: {
        rate: 0.22,
        reasons: [
          { label: 'runs small', share: 0.58 },
          { label: 'too stiff at first', share: 0.21 },
          { label: 'colour differs from the photos', share: 0.08 },
        ],
      },
      notFor: ['wide feet (it runs narrow)', 'summer city walks; it is a warm, heavy boot'],
      alternatives: [
        { kind: 'refurbished', label: 'Certified refurbished pair', url: '/refurbished/boot-1', price: 79 },
        { kind: 'rental', label: 'Rent a pair for a weekend', url: 'https://rent.example.com/boot-1', price: 18, partner: true },
        { kind: 'repair', label: 'Resole your old boots', url: '/repair' },
      ],
      disclosures: [{ kind: 'affiliate' }, { kind: 'gifted', text: 'Our testers received two pairs from the maker.' }],
    },
  },
} satisfies CandorConfigInput;

export const reviewFacts: HonestyReviewFacts = {
  cons: [
    { label: 'Runs small', mentions: 31, reviewIds: ['r1', 'r2'] },
    { label: 'Heavy on long hikes', mentions: 12 },
    { label: 'Laces fray', mentions: 4 },
    { label: 'One squeaky sole', mentions: 1 },
  ],
  totalTrusted: 212,
  longTermLifespanYears: [2, 2.5, 3, 4, 4],
};

export type Panel = CandorHonestyPanel;

/** Mounts a panel with attributes and properties, waits for its first render. */
export async function mount(
  attributes: Record<string, string> = {},
  properties: Partial<Panel> = {},
  parent: HTMLElement = document.body,
): Promise<Panel> {
  const el = document.createElement('candor-honesty-panel');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  parent.append(el);
  await el.updateComplete;
  return el;
}

export { root as shadow, text };
export const part = (el: Element, name: string): HTMLElement | null => root(el).querySelector(`[part~="${name}"]`);

/** The cooling-off sentence the shopper sees (the other states are stacked, hidden and inert). */
export const coolingText = (el: Element): string =>
  text(part(el, 'cooling-off')!.querySelector('.variant[data-active] .state-text[data-active]'));
/** A control of the visible cooling-off state. */
export const activePart = (el: Element, name: string): HTMLElement | null =>
  root(el).querySelector(`.variant[data-active] [part~="${name}"]:not([inert])`);
