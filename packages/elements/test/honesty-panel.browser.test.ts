import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { coolingOffKey } from '@candor/core';
import { forgetPageJsonLd } from '../src/shared/json-ld.js';
import { resetStoreConfig, setStoreConfig } from '../src/shared/store-config.js';
import { addJsonLd, eventDetails } from './support/dom.js';
import { resetCandor } from './support/reset.js';
import { activePart, coolingText, mount, part, reviewFacts, shadow, storeConfig, text, type Panel } from './honesty-fixtures.js';
import { SETTLE_TIMEOUT_MS, waitUntil } from './support/settle.js';
import { loadOnDemandParts } from './support/on-demand.js';

// This suite is about the content, not its loading (on-demand-parts.browser.test.ts).
beforeAll(loadOnDemandParts);

const HOUR = 3_600_000;
let errors: ReturnType<typeof vi.spyOn>;
let warns: ReturnType<typeof vi.spyOn>;
const stopNavigation = (event: Event) => {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
};

beforeEach(() => {
  resetCandor();
  localStorage.clear();
  errors = vi.spyOn(console, 'error');
  warns = vi.spyOn(console, 'warn');
  document.addEventListener('click', stopNavigation, true);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.removeEventListener('click', stopNavigation, true);
  document.body.replaceChildren();
  document.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove());
  forgetPageJsonLd();
  document.documentElement.removeAttribute('lang');
  resetStoreConfig();
});

const withStore = () => setStoreConfig(storeConfig);
const sectionParts = (el: Panel) =>
  [...shadow(el).querySelectorAll('[part~="section"]')].map((node) => node.getAttribute('part')!.replace('section ', ''));

async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const summary = result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

describe('defaults', () => {
  it('renders nothing, and logs nothing, without any data', async () => {
    const el = await mount();
    expect(shadow(el).querySelector('section')).toBeNull();
    expect(el.getBoundingClientRect().height).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('works from attributes alone, with no store config', async () => {
    const el = await mount({ 'product-id': 'mug-7', price: '24', currency: 'USD', 'expected-uses': '700', 'use-unit': 'use' });
    expect(sectionParts(el)).toEqual(['cost-per-use', 'cooling-off']);
    expect(text(part(el, 'figure'))).toBe('About $0.04 per use');
    expect(text(part(el, 'title'))).toBe('Do you really need this?');
    expect(errors).not.toHaveBeenCalled();
  });

  it('shows every section from the store config and review facts', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' }, { reviewFacts });
    expect(sectionParts(el)).toEqual(['cost-per-use', 'cooling-off', 'returns', 'not-for', 'alternatives', 'disclosure']);
    expect(shadow(el).querySelector('section')!.getAttribute('aria-labelledby')).toBe('candor-honesty-title');
    await expectNoAxeViolations(el);
  });
});

describe('cost per use', () => {
  it('says "about", rounds up, names the unit and the years, and shows its work', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1', price: '89' });
    expect(text(part(el, 'figure'))).toBe('About €0.30 per wear over 3 years');
    expect(text(part(el, 'cost-per-use')!.querySelector('.work'))).toBe(
      '€89.00 spread over 300 expected uses, rounded up so it never looks cheaper than it is.',
    );
  });
  it('is exact without "about" when it divides evenly', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' });
    expect(text(part(el, 'figure'))).toBe('€0.43 per wear over 3 years');
  });
  it('shows the range long-term owners imply beside the merchant figure', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' }, { reviewFacts });
    expect(text(part(el, 'cost-per-use')!.querySelector('.note'))).toBe(
      '5 long-term owners report 2 to 4 years of use: about €0.33 to €0.65 per wear.',
    );
  });
  it('formats other currencies with their own digits (JPY has none)', async () => {
    const el = await mount({ price: '12000', currency: 'JPY', 'expected-uses': '7' });
    expect(text(part(el, 'figure'))).toBe('About ¥1,715 per use');
  });
  it('says "less than" below the smallest unit', async () => {
    const el = await mount({ price: '1', currency: 'EUR', 'expected-uses': '1000' });
    expect(text(part(el, 'figure'))).toBe('Less than €0.01 per use');
  });
  it('takes the price from the page JSON-LD when neither attribute nor config has one', async () => {
    addJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      sku: 'lamp-2',
      offers: { '@type': 'Offer', price: '60.00', priceCurrency: 'GBP' },
    });
    forgetPageJsonLd();
    const el = await mount({ 'product-id': 'lamp-2', 'lifespan-years': '10', 'uses-per-year': '300', 'use-unit': 'night' });
    expect(text(part(el, 'figure'))).toBe('£0.02 per night over 10 years');
  });
  it('needs no product-id on a page that describes one product: the JSON-LD names it', async () => {
    addJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      sku: 'boot-1',
      name: 'Ridge trail boot',
      offers: { '@type': 'Offer', price: '139.00', priceCurrency: 'EUR' },
    });
    forgetPageJsonLd();
    withStore();
    const el = await mount();
    // The config's price (129) wins over the page's (139); the id found on the page keys the config and cooling off.
    expect(text(part(el, 'figure'))).toBe('€0.43 per wear over 3 years');
    expect(part(el, 'cooling-off')).not.toBeNull();
    expect(part(el, 'returns')).not.toBeNull();
  });
  it.each([
    ['no uses', { price: '50', currency: 'EUR' }],
    ['zero uses', { price: '50', currency: 'EUR', 'expected-uses': '0' }],
    ['free', { price: '0', currency: 'EUR', 'expected-uses': '10' }],
    ['no price', { currency: 'EUR', 'expected-uses': '10' }],
  ])('is absent with %s', async (_name, attributes) => {
    const el = await mount(attributes);
    expect(part(el, 'cost-per-use')).toBeNull();
  });
});

describe('cooling off', () => {
  it('saves on click, says so, moves focus, fires one event and stores only times', async () => {
    withStore();
    const events = eventDetails('candor-cooling-off-saved');
    const el = await mount({ 'product-id': 'boot-1' });
    expect(text(part(el, 'cooling-off')!.querySelector('.heading'))).toBe('Still want it in 48 hours?');
    await userEvent.click(activePart(el, 'save-button')!);
    await el.updateComplete;
    expect(coolingText(el)).toBe('Saved just now. It will be waiting here; the cooling-off time ends in 48 hours.');
    expect(text(part(el, 'status'))).toBe('Saved on this device.');
    expect(shadow(el).activeElement).toBe(activePart(el, 'forget-button'));
    expect(events).toEqual([{ productId: 'boot-1' }]);
    expect(Object.keys(JSON.parse(localStorage.getItem(coolingOffKey('boot-1'))!)).sort()).toEqual([
      'expiresAt',
      'readyAt',
      'savedAt',
      'v',
    ]);
    expect(document.cookie).toBe('');
  });

  it('says how long ago on a later visit, and forgets', async () => {
    const now = Date.now();
    localStorage.setItem(
      coolingOffKey('boot-1'),
      JSON.stringify({ v: 1, savedAt: now - 3 * HOUR, readyAt: now + 45 * HOUR, expiresAt: now + 400 * HOUR }),
    );
    withStore();
    const cleared = eventDetails('candor-cooling-off-cleared');
    const el = await mount({ 'product-id': 'boot-1' });
    expect(coolingText(el)).toBe('Saved 3 hours ago. It will be waiting here; the cooling-off time ends in 45 hours.');
    await userEvent.click(activePart(el, 'forget-button')!);
    await el.updateComplete;
    expect(localStorage.getItem(coolingOffKey('boot-1'))).toBeNull();
    expect(text(part(el, 'status'))).toBe('Forgotten. Nothing about this product is kept on this device.');
    expect(shadow(el).activeElement).toBe(activePart(el, 'save-button'));
    expect(cleared).toEqual([{ productId: 'boot-1' }]);
  });

  it('says the time is over once it is', async () => {
    const now = Date.now();
    localStorage.setItem(
      coolingOffKey('boot-1'),
      JSON.stringify({ v: 1, savedAt: now - 50 * HOUR, readyAt: now - 2 * HOUR, expiresAt: now + 300 * HOUR }),
    );
    const el = await mount({ 'product-id': 'boot-1', price: '10', currency: 'EUR', 'expected-uses': '5' });
    expect(coolingText(el)).toBe('You saved this 2 days ago. The cooling-off time is over: if you still want it, it is right here.');
    expect(activePart(el, 'notify-button')).toBeNull();
  });

  it('drops an expired record', async () => {
    const now = Date.now();
    localStorage.setItem(
      coolingOffKey('boot-1'),
      JSON.stringify({ v: 1, savedAt: now - 900 * HOUR, readyAt: now - 852 * HOUR, expiresAt: now - HOUR }),
    );
    const el = await mount({ 'product-id': 'boot-1', price: '10', currency: 'EUR', 'expected-uses': '5' });
    expect(activePart(el, 'save-button')).not.toBeNull();
    expect(localStorage.getItem(coolingOffKey('boot-1'))).toBeNull();
  });

  it('uses the hours from the config', async () => {
    setStoreConfig({ ...storeConfig, honesty: { ...storeConfig.honesty, coolingOffHours: 72 } });
    const el = await mount({ 'product-id': 'boot-1' });
    expect(text(activePart(el, 'save-button'))).toBe('Save it for 3 days');
  });

  it('says so when storage is unavailable (private mode), without throwing', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    withStore();
    const el = await mount({ 'product-id': 'boot-1' });
    expect(coolingText(el)).toContain('This browser is not letting the page store anything');
    expect(errors).not.toHaveBeenCalled();
  });

  it('says so when saving fails because the storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const events = eventDetails('candor-cooling-off-saved');
    withStore();
    const el = await mount({ 'product-id': 'boot-1' });
    await userEvent.click(activePart(el, 'save-button')!);
    await el.updateComplete;
    expect(coolingText(el)).toContain('so it cannot keep this for you');
    // A full storage is said as such, not blamed on private browsing (issue 12, item 15).
    expect(coolingText(el)).toContain("This browser's storage for this site is full");
    expect(coolingText(el)).not.toContain('private browsing');
    expect(events).toEqual([]);
    // The button that had focus is gone: focus is on the note that replaced it, not lost to <body>.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent).toContain('so it cannot keep this for you');
  });

  it('needs a product id', async () => {
    const el = await mount({ price: '10', currency: 'EUR', 'expected-uses': '5' });
    expect(part(el, 'cooling-off')).toBeNull();
  });

  describe('notifications, only when asked', () => {
    const saved = async () => {
      withStore();
      const el = await mount({ 'product-id': 'boot-1' });
      await userEvent.click(activePart(el, 'save-button')!);
      await el.updateComplete;
      return el;
    };
    it('never asks for permission unless the shopper clicks', async () => {
      const request = vi.fn(async () => 'granted' as NotificationPermission);
      vi.stubGlobal(
        'Notification',
        Object.assign(function Notification() {}, { permission: 'default', requestPermission: request }),
      );
      await saved();
      expect(request).not.toHaveBeenCalled();
      vi.unstubAllGlobals();
    });
    it('asks on click and confirms when granted', async () => {
      const request = vi.fn(async () => 'granted' as NotificationPermission);
      vi.stubGlobal(
        'Notification',
        Object.assign(function Notification() {}, { permission: 'default', requestPermission: request }),
      );
      const el = await saved();
      await userEvent.click(activePart(el, 'notify-button')!);
      await vi.waitFor(() => expect(text(part(el, 'status'))).toContain('A notification will appear when the time is up'), {
        timeout: SETTLE_TIMEOUT_MS,
      });
      expect(request).toHaveBeenCalledTimes(1);
      expect(JSON.parse(localStorage.getItem(coolingOffKey('boot-1'))!).notify).toBe(true);
      vi.unstubAllGlobals();
    });
    it('says so when notifications are blocked', async () => {
      vi.stubGlobal(
        'Notification',
        Object.assign(function Notification() {}, { permission: 'denied', requestPermission: vi.fn() }),
      );
      const el = await saved();
      await userEvent.click(activePart(el, 'notify-button')!);
      await el.updateComplete;
      expect(text(part(el, 'status'))).toContain('Notifications are blocked in this browser');
      vi.unstubAllGlobals();
    });
    it('says so when the browser has no notifications', async () => {
      vi.stubGlobal('Notification', undefined);
      const el = await saved();
      await userEvent.click(activePart(el, 'notify-button')!);
      await el.updateComplete;
      expect(text(part(el, 'status'))).toContain('This browser cannot show notifications');
      vi.unstubAllGlobals();
    });
  });
});

describe('returns', () => {
  it('calls a high rate frequent, lists the top reasons and the matching review themes with counts', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' }, { reviewFacts });
    const returns = part(el, 'returns')!;
    expect(text(returns.querySelector('.warning'))).toBe('Frequently returned: 22% of buyers sent it back.');
    expect([...returns.querySelectorAll('ul')[0]!.querySelectorAll('li')].map(text)).toEqual([
      'runs small (58% of returns)',
      'too stiff at first (21% of returns)',
      'colour differs from the photos (8% of returns)',
    ]);
    expect([...returns.querySelectorAll('ul')[1]!.querySelectorAll('li')].map(text)).toEqual([
      'Runs small (31 of 212 reviews mention this)',
    ]);
    expect(text(returns.querySelector('.work'))).toBe('This store calls a product frequently returned from 15% of buyers.');
  });
  it('states a low rate plainly, without the warning', async () => {
    setStoreConfig({ version: 1, products: { 'mug-1': { price: 20, currency: 'EUR', returns: { rate: 0.04 } } } });
    const el = await mount({ 'product-id': 'mug-1' });
    expect(part(el, 'returns')!.querySelector('.warning')).toBeNull();
    expect(text(part(el, 'returns')!.querySelector('p'))).toBe('4% of buyers sent it back.');
  });
  it('follows the store threshold', async () => {
    setStoreConfig({ version: 1, honesty: { frequentReturnRate: 0.03 }, products: { 'mug-1': { returns: { rate: 0.04 } } } });
    const el = await mount({ 'product-id': 'mug-1' });
    expect(text(part(el, 'returns')!.querySelector('.warning'))).toBe('Frequently returned: 4% of buyers sent it back.');
  });
  it('is absent without a return rate', async () => {
    const el = await mount({ 'product-id': 'x-1', price: '10', currency: 'EUR', 'expected-uses': '3' }, { reviewFacts });
    expect(part(el, 'returns')).toBeNull();
  });
});

describe('not for you if', () => {
  it('lists the merchant’s points and mined themes with their review counts', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' }, { reviewFacts });
    const lists = part(el, 'not-for')!.querySelectorAll('ul');
    expect([...lists[0]!.querySelectorAll('li')].map(text)).toEqual([
      'wide feet (it runs narrow)',
      'summer city walks; it is a warm, heavy boot',
    ]);
    expect([...lists[1]!.querySelectorAll('li')].map(text)).toEqual([
      'Runs small (31 of 212 reviews mention this)',
      'Heavy on long hikes (12 of 212 reviews mention this)',
      'Laces fray (4 of 212 reviews mention this)',
    ]);
    expect(text(part(el, 'not-for')!.querySelector('.note'))).toContain('picked out automatically');
  });
  it('shows mined themes alone when the merchant lists none', async () => {
    const el = await mount({ 'product-id': 'x-1' }, { reviewFacts });
    expect(part(el, 'not-for')!.querySelectorAll('ul')).toHaveLength(1);
  });
  it('reads a ReviewSummary from the review engine through the summary property', async () => {
    withStore();
    const summary = {
      trustedCount: 180,
      themes: { pros: [], cons: [{ label: 'Stiff for the first week', key: 'comfort', mentions: 22, reviewIds: ['a'], quotes: [] }] },
    };
    const el = await mount({ 'product-id': 'boot-1' }, { summary });
    expect([...part(el, 'not-for')!.querySelectorAll('ul')[1]!.querySelectorAll('li')].map(text)).toEqual([
      'Stiff for the first week (22 of 180 reviews mention this)',
    ]);
    expect(errors).not.toHaveBeenCalled();
  });
  it('is absent with neither', async () => {
    const el = await mount({ 'product-id': 'x-1' }, { reviewFacts: { cons: [], totalTrusted: 3 } });
    expect(part(el, 'not-for')).toBeNull();
  });
});

// Like the cooling-off tests, each test here mounts the panel and records its events in full (alike by design).
describe('alternatives', () => {
  it('links safely, marks paid partners, and reports the choice without personal data', async () => {
    withStore();
    const chosen = eventDetails('candor-alternative-chosen');
    const el = await mount({ 'product-id': 'boot-1' });
    const links = [...part(el, 'alternatives')!.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('rel'), link.getAttribute('target')])).toEqual([
      ['/refurbished/boot-1', 'noopener', null],
      ['https://rent.example.com/boot-1', 'noopener nofollow sponsored', null],
      ['/repair', 'noopener', null],
    ]);
    expect([...part(el, 'alternatives')!.querySelectorAll('li')].map(text)).toEqual([
      'Refurbished: Certified refurbished pair €79.00',
      'Rent: Rent a pair for a weekend €18.00paid partner',
      'Repair: Resole your old boots',
    ]);
    await userEvent.click(links[1]!);
    expect(chosen).toEqual([{ productId: 'boot-1', kind: 'rental', partner: true }]);
  });
  it('is absent without alternatives', async () => {
    const el = await mount({ 'product-id': 'x-1', price: '3', currency: 'EUR', 'expected-uses': '3' });
    expect(part(el, 'alternatives')).toBeNull();
  });
});

describe('disclosure', () => {
  it('states each connection plainly, in the store’s words where given, and the paid partner links', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' });
    expect([...part(el, 'disclosure')!.querySelectorAll('li')].map(text)).toEqual([
      'Affiliate links: The store earns a commission on some links here.',
      'Gifted: Our testers received two pairs from the maker.',
      'Some of the alternatives above are from paid partners and are marked as such.',
    ]);
  });
  it('is absent without disclosures or partners', async () => {
    setStoreConfig({ version: 1, products: { 'x-1': { alternatives: [{ kind: 'repair', label: 'Repair', url: '/repair' }] } } });
    const el = await mount({ 'product-id': 'x-1' });
    expect(part(el, 'disclosure')).toBeNull();
    expect(part(el, 'alternatives')).not.toBeNull();
  });
});

describe('sections switched off', () => {
  it('by the config', async () => {
    setStoreConfig({ ...storeConfig, honesty: { ...storeConfig.honesty, sections: { returns: false, coolingOff: false } } });
    const el = await mount({ 'product-id': 'boot-1' }, { reviewFacts });
    expect(sectionParts(el)).toEqual(['cost-per-use', 'not-for', 'alternatives', 'disclosure']);
  });
  it('by the sections attribute', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1', sections: 'cost-per-use returns' });
    expect(sectionParts(el)).toEqual(['cost-per-use', 'returns']);
  });
});

describe('shown event', () => {
  it('fires once when visible, with the product id and sections only', async () => {
    withStore();
    const shown = eventDetails('candor-honesty-shown');
    const el = await mount({ 'product-id': 'boot-1' });
    await vi.waitFor(() => expect(shown).toHaveLength(1), { timeout: SETTLE_TIMEOUT_MS });
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown).toEqual([
      { productId: 'boot-1', sections: ['costPerUse', 'coolingOff', 'returns', 'notFor', 'alternatives', 'disclosure'] },
    ]);
  });
  it('does not fire for an empty panel', async () => {
    const shown = eventDetails('candor-honesty-shown');
    await mount({ 'product-id': 'nothing-here' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown).toEqual([]);
  });
});

describe('locales', () => {
  it.each([
    ['de', 'Brauchen Sie das wirklich?', 'Etwa 0,30 € pro Tragen über 3 Jahre'],
    ['fr', 'En avez-vous vraiment besoin ?', 'Environ 0,30 € par port sur 3 ans'],
    ['es', '¿De verdad lo necesitas?', 'Unos 0,30 € por puesta durante 3 años'],
    ['ar', 'هل تحتاج هذا حقًا؟', 'نحو'],
  ])('%s', async (locale, title, figure) => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1', price: '89', locale }, { reviewFacts });
    expect(text(part(el, 'title'))).toBe(title);
    expect(text(part(el, 'figure')).replace(/\u00a0|\u202f/g, ' ')).toContain(figure);
    expect(part(el, 'base')!.getAttribute('lang')).toBe(locale);
    expect(part(el, 'base')!.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    if (locale === 'ar') expect(getComputedStyle(part(el, 'base')!).direction).toBe('rtl');
  });
  it("shows the engine's category themes in the page's language: a German page shows no English label", async () => {
    withStore();
    const summary = {
      trustedCount: 212,
      themes: {
        cons: [
          { label: 'Fit and size', key: 'fit', labelKey: 'aspect.fit', mentions: 31 },
          { label: 'Quality and durability', key: 'quality', labelKey: 'aspect.quality', mentions: 12 },
          { label: 'Schnürsenkel', key: 'schnürsenkel', mentions: 9 },
          { label: 'Other complaints', key: 'other', labelKey: 'other.complaints', mentions: 8 },
        ],
      },
    };
    const de = await mount({ 'product-id': 'boot-1', locale: 'de' }, { summary });
    const shownDe = text(shadow(de).querySelector('section'));
    for (const german of ['Passform und Größe', 'Qualität und Haltbarkeit', 'Schnürsenkel', 'Weitere Kritik'])
      expect(shownDe).toContain(german);
    for (const english of ['Fit and size', 'Quality and durability', 'Other complaints']) expect(shownDe).not.toContain(english);
    const en = await mount({ 'product-id': 'boot-1' }, { summary });
    expect(text(shadow(en).querySelector('section'))).toContain('Fit and size');
  });
  it.each([
    ['en', 'Fit and size (54 of 331 reviews mention this; reviews split: 90 like it, 54 do not)', '2 like it, 1 does not'],
    ['de', 'Passform und Größe (54 von 331 Bewertungen erwähnen das; geteilte Meinungen: 90 mögen es, 54 nicht)', '2 mögen es, 1 nicht'],
    [
      'fr',
      'Coupe et taille (54 avis sur 331 le mentionnent ; avis partagés : 90 apprécient, 54 n’apprécient pas)',
      '2 apprécient, 1 n’apprécie pas',
    ],
    ['es', 'Ajuste y talla (54 de 331 reseñas lo mencionan; opiniones divididas: a 90 les gusta, a 54 no)', 'a 2 les gusta, a 1 no'],
    ['ar', 'المقاس والملاءمة', 'الآراء منقسمة'],
  ])('%s: a complaint reviews split on says, in words, how many like it and how many do not', async (locale, fit, small) => {
    withStore();
    const summary = {
      trustedCount: 331,
      themes: {
        cons: [
          { label: 'Fit and size', key: 'fit', labelKey: 'aspect.fit', mentions: 54, split: { positive: 90, negative: 54 } },
          { label: 'Zip', key: 'zip', mentions: 12 },
          { label: 'Hood', key: 'hood', mentions: 2, split: { positive: 2, negative: 1 } },
        ],
      },
    };
    const el = await mount({ 'product-id': 'boot-1', locale }, { summary });
    const items = [...part(el, 'not-for')!.querySelectorAll('ul')[1]!.querySelectorAll('li')].map((li) =>
      text(li).replace(/\u00a0|\u202f/g, ' '),
    );
    expect(items).toHaveLength(3);
    expect(items[0]).toContain(fit);
    expect(items[2]).toContain(small);
    // A theme without a split keeps the plain form.
    expect(items[1]).toMatch(/^Zip \([^;؛]*\)$/);
    if (locale !== 'en') expect(items.join(' ')).not.toContain('like it');
    await expectNoAxeViolations(el);
  });
  it('falls back: config store.locale, then <html lang>, then English for a language Candor does not ship', async () => {
    document.documentElement.lang = 'fr';
    let el = await mount({ price: '10', currency: 'EUR', 'expected-uses': '4' });
    expect(text(part(el, 'title'))).toBe('En avez-vous vraiment besoin ?');
    setStoreConfig({ version: 1, store: { locale: 'de' } });
    await el.updateComplete;
    expect(text(part(el, 'title'))).toBe('Brauchen Sie das wirklich?');
    el = await mount({ price: '10', currency: 'EUR', 'expected-uses': '4', locale: 'ja' });
    expect(text(part(el, 'title'))).toBe('Do you really need this?');
    expect(part(el, 'base')!.getAttribute('lang')).toBe('en');
  });
  it('lets the config override any string per locale, and warns once about an unknown key', async () => {
    setStoreConfig({
      ...storeConfig,
      messages: { en: { 'honesty.title': 'Before you buy', 'honesty.titel': 'typo' }, de: { 'honesty.title': 'Bevor Sie kaufen' } },
    });
    const en = await mount({ 'product-id': 'boot-1' });
    const de = await mount({ 'product-id': 'boot-1', locale: 'de-AT' });
    expect(text(part(en, 'title'))).toBe('Before you buy');
    expect(text(part(de, 'title'))).toBe('Bevor Sie kaufen');
    // The check of override keys is dev-mode only and loads on demand, so its warning comes a moment later.
    const unknown = () => warns.mock.calls.filter((call: unknown[]) => String(call[0]).includes('honesty.titel'));
    await vi.waitFor(() => expect(unknown()).toHaveLength(1), { timeout: SETTLE_TIMEOUT_MS });
    await en.updateComplete;
    expect(unknown()).toHaveLength(1);
  });
});

describe('XSS: config text is rendered as text only', () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=2</script>',
    '"><svg onload="window.__xss=3">',
    '\'><iframe src="javascript:window.__xss=4"></iframe>',
    '{{constructor.constructor("window.__xss=5")()}}',
  ];
  it.each(payloads)('%s', async (payload) => {
    (window as { __xss?: unknown }).__xss = undefined;
    setStoreConfig({
      version: 1,
      store: { currency: 'EUR' },
      products: {
        'evil-1': {
          name: payload,
          price: 10,
          expectedUses: 5,
          returns: { rate: 0.5, reasons: [{ label: payload, share: 0.5 }] },
          notFor: [payload],
          alternatives: [{ kind: 'care', label: payload, url: '/care', partner: true }],
          disclosures: [{ kind: 'other', text: payload }],
        },
      },
      messages: { en: { 'honesty.title': payload, 'honesty.returns.reasonShare': `${payload} {reason}` } },
    });
    const el = await mount({ 'product-id': 'evil-1' }, { reviewFacts: { cons: [{ label: payload, mentions: 9 }], totalTrusted: 20 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
    expect(shadow(el).querySelectorAll('img, script, svg, iframe, object, embed')).toHaveLength(0);
    expect(text(part(el, 'title'))).toBe(payload);
    expect(text(part(el, 'not-for'))).toContain(payload);
    expect(text(part(el, 'alternatives'))).toContain(payload);
    expect(text(part(el, 'disclosure'))).toContain(payload);
  });
  it('a javascript: URL never becomes a link (its product entry is left out, with one message)', async () => {
    const result = setStoreConfig({
      version: 1,
      products: { 'evil-1': { alternatives: [{ kind: 'care', label: 'x', url: 'javascript:window.__xss=6' }] } },
    });
    expect(result.ok && Object.keys(result.config.products)).toEqual([]);
    const el = await mount({ 'product-id': 'evil-1' });
    expect(shadow(el).querySelector('a')).toBeNull();
    expect(errors).toHaveBeenCalledTimes(1);
  });
});

describe('warnings: invalid input', () => {
  it('logs exactly one console message for several bad attributes, throws nothing, and renders what it can', async () => {
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    window.addEventListener('error', onError);
    const el = await mount({
      'product-id': 'mug 7!',
      price: '12,50',
      currency: 'euro',
      'expected-uses': '-3',
      'use-unit': 'sip',
      sections: 'costs',
      'heading-level': '9',
    });
    el.requestUpdate();
    await el.updateComplete;
    window.removeEventListener('error', onError);
    expect(thrown).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(1);
    const message = String(errors.mock.calls[0]![0]);
    for (const fragment of [
      '7 problems',
      'price="12,50"',
      'currency="euro"',
      'expected-uses="-3"',
      'use-unit="sip"',
      'product-id="mug 7!"',
      'sections="costs"',
      'heading-level="9"',
    ]) {
      expect(message).toContain(fragment);
    }
  });
  it('an invalid config property logs one message and falls back to the store config', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' }, { config: { version: 1, honesty: { coolingOffHours: 'soon' } } });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('$.honesty.coolingOffHours');
    expect(part(el, 'cost-per-use')).not.toBeNull();
  });
  it('malformed reviewFacts are ignored with one message', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' }, { reviewFacts: { nope: true } as never });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(part(el, 'returns')).not.toBeNull();
  });
});

describe('registration', () => {
  it('defining the tag again is a no-op; another class under it warns once and never throws', async () => {
    const { defineElement } = await import('../src/shared/define.js');
    const { CandorHonestyPanel } = await import('../src/honesty-panel.js');
    await import('../src/honesty-panel.define.js');
    expect(defineElement('candor-honesty-panel', CandorHonestyPanel)).toBe('already-defined');
    expect(defineElement('candor-honesty-panel', class Other extends CandorHonestyPanel {})).toBe('conflict');
    expect(defineElement('candor-honesty-panel', class Another extends CandorHonestyPanel {})).toBe('conflict');
    expect(warns).toHaveBeenCalledTimes(1);
    expect(customElements.get('candor-honesty-panel')).toBe(CandorHonestyPanel);
  });
});

describe('keyboard', () => {
  it('reaches and operates every control with Tab, Enter and Space', async () => {
    withStore();
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await mount({ 'product-id': 'boot-1' });
    before.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(activePart(el, 'save-button'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(activePart(el, 'forget-button'));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(activePart(el, 'save-button'));
    const focusable: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      await userEvent.tab();
      focusable.push(text(shadow(el).activeElement as Element));
    }
    expect(focusable).toEqual(['Certified refurbished pair', 'Rent a pair for a weekend', 'Resole your old boots', '']);
  });
  it('shows a visible focus ring', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' });
    document.body.prepend(Object.assign(document.createElement('button'), { textContent: 'before' }));
    (document.body.firstElementChild as HTMLElement).focus();
    await userEvent.tab();
    const style = getComputedStyle(activePart(el, 'save-button')!);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('motion', () => {
  it('drops the one transition under prefers-reduced-motion', async () => {
    withStore();
    const el = await mount({ 'product-id': 'boot-1' });
    expect(getComputedStyle(activePart(el, 'save-button')!).transitionDuration).toBe('0.12s');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      expect(getComputedStyle(activePart(el, 'save-button')!).transitionDuration).toBe('0s');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    }
  });
});

describe('storage hygiene', () => {
  it('removes other products’ expired records when saving, and leaves other keys alone', async () => {
    const now = Date.now();
    localStorage.setItem(
      'candor:cooling-off:old-1',
      JSON.stringify({ v: 1, savedAt: now - 900 * HOUR, readyAt: now - 852 * HOUR, expiresAt: now - HOUR }),
    );
    localStorage.setItem(
      'candor:cooling-off:live-1',
      JSON.stringify({ v: 1, savedAt: now - HOUR, readyAt: now + HOUR, expiresAt: now + 300 * HOUR }),
    );
    localStorage.setItem('unrelated', 'keep');
    withStore();
    const el = await mount({ 'product-id': 'boot-1' });
    await userEvent.click(activePart(el, 'save-button')!);
    // When the browser is idle after the click (interaction-cost.browser.test.ts: not in its task).
    await waitUntil(() => !localStorage.getItem('candor:cooling-off:old-1'), 'the expired record was never swept');
    expect(Object.keys(localStorage).sort()).toEqual(['candor:cooling-off:boot-1', 'candor:cooling-off:live-1', 'unrelated']);
  });
});

describe('accessibility (axe-core)', () => {
  const saveState = async (el: Panel) => {
    await userEvent.click(activePart(el, 'save-button')!);
    await el.updateComplete;
  };
  it.each([
    ['en, light', { locale: 'en' }, 'light'],
    ['ar (RTL), light', { locale: 'ar' }, 'light'],
    ['en, dark via prefers-color-scheme', { locale: 'en' }, 'dark'],
    ['ar (RTL), dark via prefers-color-scheme', { locale: 'ar' }, 'dark'],
  ] as const)('no violations: %s, every section, before and after saving', async (_name, attributes, scheme) => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    try {
      document.body.style.background = scheme === 'dark' ? '#000' : '#fff';
      withStore();
      const el = await mount({ 'product-id': 'boot-1', ...attributes }, { reviewFacts });
      if (scheme === 'dark') expect(getComputedStyle(part(el, 'base')!).backgroundColor).toBe('rgb(27, 28, 31)');
      await expectNoAxeViolations(el);
      await saveState(el);
      await expectNoAxeViolations(el);
    } finally {
      document.body.style.background = '';
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    }
  });
  it.each(['light', 'dark'] as const)('no violations with the config forcing %s and a store accent', async (colorScheme) => {
    setStoreConfig({ ...storeConfig, theme: { colorScheme, accent: '#ffd400' } });
    const el = await mount({ 'product-id': 'boot-1' }, { reviewFacts });
    expect(el.hasAttribute('style')).toBe(false);
    expect(getComputedStyle(activePart(el, 'save-button')!).color).toBe('rgb(0, 0, 0)');
    await expectNoAxeViolations(el);
  });
  it('no violations in the unavailable-storage state', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    withStore();
    await expectNoAxeViolations(await mount({ 'product-id': 'boot-1' }));
  });
});
