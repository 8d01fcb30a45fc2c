import { defaultConfig } from '@candor/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { html, nothing } from 'lit';
import { CandorElement } from '../src/shared/candor-element.js';
import { defineElement } from '../src/shared/define.js';
import { emitCandorEvent } from '../src/shared/events.js';
import { createI18n, defineCatalogue, mergeCatalogues } from '../src/shared/i18n.js';
import { checkMessageOverrides, isKnownMessageKey } from '../src/shared/message-checks.js';
import { forgetPageJsonLd, pageFactsFor } from '../src/shared/json-ld.js';
import { closestLang, directionOf, resolveLocale } from '../src/shared/locale.js';
import { getStoreConfig, setStoreConfig, subscribeStoreConfig } from '../src/shared/store-config.js';
import { addJsonLd } from './support/dom.js';
import { resetCandor } from './support/reset.js';
import { commonMessages } from '../src/shared/common.messages.js';

const testMessages = defineCatalogue(
  { 'testWidget.hello': 'Hello {name}', 'testWidget.items.one': '{count} item', 'testWidget.items.other': '{count} items' },
  {
    de: { 'testWidget.hello': 'Hallo {name}', 'testWidget.items.one': '{count} Artikel', 'testWidget.items.other': '{count} Artikel' },
    fr: {},
    es: {},
    ar: {
      'testWidget.hello': 'مرحبا {name}',
      'testWidget.items.zero': 'لا عناصر',
      'testWidget.items.one': 'عنصر واحد',
      'testWidget.items.two': 'عنصران',
      'testWidget.items.few': '{count} عناصر',
      'testWidget.items.many': '{count} عنصرًا',
      'testWidget.items.other': '{count} عنصر',
    },
  },
);

let errors: ReturnType<typeof vi.spyOn>;
let warns: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetCandor();
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  warns = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

describe('locale resolution', () => {
  it('prefers the attribute, then the config, then the closest lang, then <html lang>, then en', () => {
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    document.documentElement.lang = 'es';
    expect(resolveLocale({ attribute: 'de-CH', config: 'ar', element: inner })).toBe('de-CH');
    expect(resolveLocale({ attribute: 'not a tag!', config: 'ar', element: inner })).toBe('ar');
    expect(resolveLocale({ element: inner })).toBe('fr');
    expect(resolveLocale({ element: document.body })).toBe('es');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale({ element: document.body })).toBe('en');
  });
  it('finds lang across a shadow boundary', () => {
    const host = document.createElement('div');
    host.lang = 'ar';
    const root = host.attachShadow({ mode: 'open' });
    const child = document.createElement('p');
    root.append(child);
    document.body.append(host);
    expect(closestLang(child)).toBe('ar');
  });
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['de-CH', 'ltr'],
  ])('%s is written %s', (locale, dir) => expect(directionOf(locale)).toBe(dir));
});

describe('messages', () => {
  const catalogue = mergeCatalogues(commonMessages, testMessages);
  it('fills placeholders and picks plural forms per locale', () => {
    const en = createI18n('en', catalogue);
    expect(en.t('testWidget.hello', { name: 'Ada' })).toBe('Hello Ada');
    expect(en.plural('testWidget.items', 1)).toBe('1 item');
    expect(en.plural('testWidget.items', 1200)).toBe('1,200 items');
    const ar = createI18n('ar', catalogue);
    expect(ar.dir).toBe('rtl');
    expect(ar.plural('testWidget.items', 2)).toBe('عنصران');
    expect(ar.plural('testWidget.items', 3)).toContain('عناصر');
  });
  it('falls back from a regional locale to its language, and from unknown languages to English', () => {
    expect(createI18n('de-AT', catalogue).t('testWidget.hello', { name: 'Ada' })).toBe('Hallo Ada');
    const ja = createI18n('ja', catalogue);
    expect(ja.locale).toBe('en');
    expect(ja.t('testWidget.hello', { name: 'Ada' })).toBe('Hello Ada');
    // fr has no translation in this test catalogue: English text, French formatting.
    const fr = createI18n('fr', catalogue);
    expect(fr.t('testWidget.hello', { name: 'Ada' })).toBe('Hello Ada');
    expect(fr.number(1234.5)).toMatch(/1\s?234,5/);
  });
  it('lets config messages override any string, most specific locale first', () => {
    const i18n = createI18n('de-CH', catalogue, { de: { 'testWidget.hello': 'Grüezi {name}' }, en: { 'testWidget.hello': 'Hi' } });
    expect(i18n.t('testWidget.hello', { name: 'Ada' })).toBe('Grüezi Ada');
  });
  it('formats currency with the currency own digits and relative time', () => {
    const en = createI18n('en', catalogue);
    expect(en.currency(1234, 'JPY')).toBe('¥1,234');
    expect(en.currency(0.3, 'EUR', 2)).toBe('€0.30');
    expect(en.relativeTime(-3 * 3_600_000 - 10)).toBe('3 hours ago');
    expect(en.relativeTime(44.2 * 3_600_000, 'up')).toBe('in 45 hours');
    expect(en.relativeTime(-5_000)).toBe('just now');
    expect(en.duration(48, 'hour')).toBe('48 hours');
    expect(en.date('2026-03-05T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).toBe('March 5, 2026');
    expect(createI18n('de', catalogue).date(Date.UTC(2026, 2, 5, 12), { dateStyle: 'long', timeZone: 'UTC' })).toBe('5. März 2026');
    expect(en.date('not a date')).toBe('');
    expect(createI18n('ar', catalogue).percent(0.22)).toMatch(/٢٢|22/);
  });
  it('warns once in dev mode about an override key no widget knows', async () => {
    await checkMessageOverrides({ en: { 'testWidget.helo': 'x', 'testWidget.hello': 'fine', 'testWidget.items.few': 'fine too' } });
    await checkMessageOverrides({ en: { 'testWidget.helo': 'x' } });
    expect(warns).toHaveBeenCalledTimes(1);
    expect(String(warns.mock.calls[0]![0])).toContain('testWidget.helo');
  });
  it('knows the keys of a widget part loaded on demand once it has loaded it, and warns only about the unknown one', async () => {
    await import('../src/review-summary.define.js');
    // The strings of "how reviews work here" come with the summary's content behind its expand button.
    expect(isKnownMessageKey('summary.how.title')).toBe(false);
    const overrides = { en: { 'summary.how.title': 'How we handle reviews', 'summary.how.titel': 'a typo' } };
    expect(await checkMessageOverrides(overrides)).toEqual(['en:summary.how.titel']);
    expect(isKnownMessageKey('summary.how.title')).toBe(true);
    expect(warns).toHaveBeenCalledTimes(1);
    expect(String(warns.mock.calls[0]![0])).toContain('summary.how.titel');
  });
});

describe('store config', () => {
  it('starts from the defaults, applies a valid config and notifies subscribers', () => {
    expect(getStoreConfig()).toEqual(defaultConfig());
    const seen: string[] = [];
    const unsubscribe = subscribeStoreConfig((config) => seen.push(config.store.name ?? ''));
    expect(setStoreConfig({ version: 1, store: { name: 'Shop' } }).ok).toBe(true);
    unsubscribe();
    setStoreConfig({ version: 1, store: { name: 'Other' } });
    expect(seen).toEqual(['Shop']);
    expect(getStoreConfig().store.name).toBe('Other');
  });
  it('keeps the previous config and logs one error for an invalid one', () => {
    setStoreConfig({ version: 1, store: { name: 'Shop' } });
    const result = setStoreConfig({ version: 1, honesty: { coolingOffHours: 'soon' } });
    expect(result.ok).toBe(false);
    expect(getStoreConfig().store.name).toBe('Shop');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('$.honesty.coolingOffHours');
  });
  it('drops a product entry with an unknown category, says so once, and applies the rest of the config', () => {
    const config = {
      version: 1,
      store: { name: 'Shop' },
      honesty: { categories: { apparel: { lifespanYears: 3, usesPerYear: 40, useUnit: 'wear' } } },
      products: { good: { category: 'apparel', price: 89 }, typo: { category: 'aparel', price: 20 } },
    };
    expect(setStoreConfig(config, '/candor.json').ok).toBe(true);
    setStoreConfig(config, '/candor.json');
    expect(getStoreConfig().store.name).toBe('Shop');
    expect(Object.keys(getStoreConfig().products)).toEqual(['good']);
    expect(errors).toHaveBeenCalledTimes(1);
    const message = String(errors.mock.calls[0]![0]);
    expect(message).toContain('$.products.typo.category: unknown category "aparel"; did you mean "apparel"?');
    expect(message).toContain('Left out: products typo; the rest of the store config applies.');
  });
});

describe('safe registration', () => {
  it('is a no-op for the same class and warns once for another class, never throwing', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    const tag = `candor-test-${Math.random().toString(36).slice(2)}`;
    expect(defineElement(tag, A)).toBe('defined');
    expect(defineElement(tag, A)).toBe('already-defined');
    expect(defineElement(tag, B)).toBe('conflict');
    expect(defineElement(tag, B)).toBe('conflict');
    expect(warns).toHaveBeenCalledTimes(1);
    expect(customElements.get(tag)).toBe(A);
  });
});

describe('events', () => {
  it('bubble out of shadow roots with a frozen detail', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const seen: unknown[] = [];
    document.addEventListener('candor-cooling-off-saved', (event) => seen.push(event.detail), { once: true });
    emitCandorEvent(inner, 'candor-cooling-off-saved', { productId: 'sku-1' });
    expect(seen).toEqual([{ productId: 'sku-1' }]);
    expect(Object.isFrozen(seen[0])).toBe(true);
  });
});

describe('page JSON-LD', () => {
  it('reads the Product once per document and skips broken blocks', () => {
    const bad = addJsonLd('{ not json');
    const good = addJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      sku: 'sku-9',
      name: 'Boot',
      offers: { '@type': 'Offer', price: '89.00', priceCurrency: 'EUR' },
    });
    forgetPageJsonLd();
    expect(pageFactsFor('sku-9')).toMatchObject({ name: 'Boot', price: 89, currency: 'EUR' });
    good.remove();
    expect(pageFactsFor('sku-9')?.price).toBe(89); // cached: parsed once per page
    forgetPageJsonLd();
    expect(pageFactsFor('sku-9')).toBeUndefined();
    bad.remove();
    forgetPageJsonLd();
  });
});

class TestWidget extends CandorElement {
  static override catalogue = mergeCatalogues(commonMessages, testMessages);
  name = 'Ada';
  explode = false;
  protected override prepare(_changed: unknown, problems: string[]): void {
    if (this.name === '') problems.push('name is empty');
    if (this.explode) throw new Error('boom');
  }
  protected override renderContent() {
    return this.name
      ? html`<p lang=${this.i18n.locale} dir=${this.i18n.dir}>${this.i18n.t('testWidget.hello', { name: this.name })}</p>`
      : nothing;
  }
}
defineElement('candor-test-widget', TestWidget);

describe('CandorElement', () => {
  const mount = async (attrs = '') => {
    document.body.insertAdjacentHTML('beforeend', `<candor-test-widget ${attrs}></candor-test-widget>`);
    const el = document.body.lastElementChild as TestWidget;
    await el.updateComplete;
    return el;
  };
  const text = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '';

  it('renders in the resolved locale and follows the store config set later', async () => {
    const el = await mount();
    expect(text(el)).toBe('Hello Ada');
    setStoreConfig({ version: 1, store: { locale: 'ar' } });
    await el.updateComplete;
    expect(text(el)).toBe('مرحبا Ada');
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('dir')).toBe('rtl');
    el.locale = 'de';
    await el.updateComplete;
    expect(text(el)).toBe('Hallo Ada');
  });
  it('catches up with a store config set while it was detached (quick-view modals move elements out and back)', async () => {
    const el = await mount();
    expect(text(el)).toBe('Hello Ada');
    el.remove();
    setStoreConfig({ version: 1, store: { locale: 'de' } });
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).toBe('Hallo Ada');
  });
  it('logs one message for problems and never throws', async () => {
    const el = document.createElement('candor-test-widget') as TestWidget;
    el.name = '';
    el.locale = '!!';
    document.body.append(el);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/2 problems[\s\S]*locale="!!"[\s\S]*name is empty/);
    el.explode = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')).toBeNull();
    expect(errors).toHaveBeenCalledTimes(2);
  });
  it('adopts the config theme as a stylesheet, not a style attribute', async () => {
    const el = await mount();
    el.config = { version: 1, theme: { accent: '#7a1f5c' } };
    await el.updateComplete;
    expect(el.hasAttribute('style')).toBe(false);
    const sheets = el.shadowRoot!.adoptedStyleSheets ?? [];
    const cssText = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(cssText).toContain('#7a1f5c');
  });
});
