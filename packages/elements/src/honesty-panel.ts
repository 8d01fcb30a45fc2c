import {
  buildHonestyModel,
  cleanReviewFacts,
  findSchemaOrgProducts,
  productIdsOf,
  honestyFactsFromSummary,
  forgetCoolingOff,
  HONESTY_SECTIONS,
  PRODUCT_ID_PATTERN,
  readCoolingOff,
  resolveProductFacts,
  safeLink,
  saveCoolingOff,
  setCoolingOffNotify,
  sweepExpiredCoolingOff,
  USE_UNITS,
  type CoolingOffState,
  type HonestyAlternative,
  type HonestyDisclosure,
  type HonestyModel,
  type HonestyReviewFacts,
  type HonestySection,
  type HonestyTheme,
  type ProductFacts,
  type StorageLike,
  type SummaryForHonesty,
} from '@candor/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { serverRender } from './shared/server.js';
import { honestyLocales } from './honesty-panel.messages.js';
import { honestyPanelStyles } from './honesty-panel.styles.js';
import { CandorElement } from './shared/candor-element.js';
import { emitCandorEvent } from './shared/events.js';
import { pageFactsFor, pageJsonLd } from './shared/json-ld.js';

/** Reads a numeric attribute; anything unparsable becomes NaN so `prepare` can say what was wrong. */
const numberAttribute = {
  fromAttribute: (value: string | null): number | undefined => (value === null || value.trim() === '' ? undefined : Number(value.trim())),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

const MAX_TIMER = 2_147_483_647;
const HOUR = 3_600_000;
const camel = (kebab: string): string => kebab.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
/** Message key of a disclosure kind ("other" would read as a plural category, so it is "material"). */
const DISCLOSURE_KEYS: Record<HonestyDisclosure['kind'], string> = {
  sponsored: 'sponsored',
  affiliate: 'affiliate',
  gifted: 'gifted',
  'own-brand': 'ownBrand',
  partner: 'partner',
  other: 'material',
};

function onlyPageProductId(): string | undefined {
  const products = findSchemaOrgProducts(pageJsonLd());
  const id = products.length === 1 ? productIdsOf(products[0]!)[0] : undefined;
  return id !== undefined && PRODUCT_ID_PATTERN.test(id) ? id : undefined;
}

let swept = false;
/** Once per page, removes expired cooling-off records of any product, so nothing lingers in storage. */
/**
 * Once per page, after the first render and when the browser is idle: a storage of 20,000 keys
 * took 636 ms to sweep inside the first render. At most 2,000 keys are looked at.
 */
function sweepOnce(storage: StorageLike | undefined): void {
  if (swept || !storage) return;
  swept = true;
  const sweep = () => sweepExpiredCoolingOff(storage, Date.now, 2000);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(sweep, { timeout: 10_000 });
  else setTimeout(sweep, 2000);
}

function localStorageOrUndefined(): StorageLike | undefined {
  try {
    // Reading the property itself throws where storage is disabled.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Do you really need this?": a calm panel on the product page that helps a shopper decide
 * whether to buy at all. Cost per use, a cooling-off option, the return rate and its top reasons,
 * who the product is not for, second-hand / refurbished / rental / repair alternatives, and
 * sponsorship or affiliate disclosures. Each section appears only when it has real data, and
 * nothing here blocks or delays buying.
 *
 * Data comes from the element's attributes, else the store config's product entry (by
 * `product-id`), else the page's schema.org Product JSON-LD, else the config's category defaults.
 * Complaint themes and long-term lifespans come from the optional `reviewFacts` property.
 *
 * @customElement candor-honesty-panel
 * @summary Honest facts before buying: cost per use, cooling off, returns, not-for, alternatives, disclosure.
 *
 * @csspart base - The panel box (a labelled region).
 * @csspart title - The panel heading.
 * @csspart section - Every section; each also has its own part: `cost-per-use`, `cooling-off`, `returns`, `not-for`, `alternatives`, `disclosure`.
 * @csspart section-title - Every section heading.
 * @csspart figure - The cost-per-use figure.
 * @csspart button - Every button; also `save-button`, `forget-button`, `notify-button`.
 * @csspart link - Every alternative's link.
 * @csspart status - The polite live region that confirms saving and forgetting.
 *
 * @cssprop --candor-honesty-min-block-size - Space reserved for the panel (default 0); set it to the rendered height to keep layout still while it loads.
 * @cssprop --candor-text - Text colour.
 * @cssprop --candor-text-muted - Secondary text colour.
 * @cssprop --candor-surface - Panel background.
 * @cssprop --candor-border - Panel and secondary button border.
 * @cssprop --candor-accent - Primary button background.
 * @cssprop --candor-on-accent - Primary button text.
 * @cssprop --candor-link - Link colour.
 * @cssprop --candor-focus-ring - Focus outline colour.
 * @cssprop --candor-warning-text - Accent of the "frequently returned" note.
 * @cssprop --candor-warning-surface - Background of the "frequently returned" note.
 * @cssprop --candor-radius - Corner radius.
 * @cssprop --candor-space - Padding and gaps.
 * @cssprop --candor-font-family - Font.
 *
 * @fires candor-honesty-shown - The panel became visible with at least one section. Detail: `{ productId, sections }`.
 * @fires candor-cooling-off-saved - The shopper saved the product for later. Detail: `{ productId }`.
 * @fires candor-cooling-off-cleared - The shopper forgot a saved product. Detail: `{ productId }`.
 * @fires candor-alternative-chosen - The shopper followed an alternative's link. Detail: `{ productId, kind, partner }`.
 *
 * @example
 * ```html
 * <candor-honesty-panel product-id="boot-1" price="129" currency="EUR" lifespan-years="3" uses-per-year="100" use-unit="wear"></candor-honesty-panel>
 * ```
 */
export class CandorHonestyPanel extends CandorElement {
  // --- statics and styles ---------------------------------------------------------------------
  static override styles = [CandorElement.styles, honestyPanelStyles];
  /** Public properties and attributes (documented at their fields below), then internal state. */
  static override properties: PropertyDeclarations = {
    productId: { attribute: 'product-id' },
    price: { converter: numberAttribute },
    currency: {},
    expectedUses: { attribute: 'expected-uses', converter: numberAttribute },
    lifespanYears: { attribute: 'lifespan-years', converter: numberAttribute },
    usesPerYear: { attribute: 'uses-per-year', converter: numberAttribute },
    useUnit: { attribute: 'use-unit' },
    sections: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    reviewFacts: { attribute: false },
    summary: { attribute: false },
    coolingOff: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };
  static override catalogue = honestyLocales.catalogue;

  // --- state ----------------------------------------------------------------------------------
  private coolingOff: CoolingOffState = { state: 'none' };
  /** What the last button press did, for the live region. */
  private status = '';
  private model: HonestyModel = { useUnit: 'use', sections: [] };
  private coolingKey = '';
  private shownFor: string | null = null;
  private observer: IntersectionObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while this locale's strings are loading; the panel renders nothing until they are here. */
  private pendingLocale: Promise<void> | undefined;
  private resolvePendingLocale: (() => void) | undefined;
  /**
   * True on the server, which knows no shopper's saved products, and (set by hydrateCandor) in the
   * first render of a server-rendered panel, which must repeat the server's; the shopper's storage
   * is read after that render.
   */
  storageUnread = serverRender();

  // --- public properties ----------------------------------------------------------------------
  /** The product's id: the key into the config's `products` and the page's JSON-LD, and the cooling-off key. */
  productId?: string;
  /** Price in currency units (89.00). Wins over the config and the page. */
  price?: number;
  /** ISO 4217 code of `price`; else the product's, else the page's, else the store currency. */
  currency?: string;
  /** Total uses over the product's life; wins over lifespan × uses per year. */
  expectedUses?: number;
  /** How many years the product lasts in normal use. */
  lifespanYears?: number;
  /** How often a typical owner uses it in a year. */
  usesPerYear?: number;
  /** What one use is called: use, wear, wash, day, night, charge, cycle, meal, ride, session, read. */
  useUnit?: string;
  /** Only these sections, space- or comma-separated (`cost-per-use cooling-off returns not-for alternatives disclosure`); the config can still switch any off. */
  sections?: string;
  /** Heading level of the panel title (1-6); section headings are one level below. */
  headingLevel = 2;
  /** Complaint themes and long-term lifespans (HonestyReviewFacts); wins over `summary`. */
  reviewFacts?: HonestyReviewFacts;
  /** A ReviewSummary from the review engine (or a precomputed summary JSON); its complaint themes feed returns and not-for. */
  summary?: SummaryForHonesty;

  // --- lifecycle ------------------------------------------------------------------------------
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Resolves once the panel has rendered in its locale (after that locale's strings arrived). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingLocale) {
      await this.pendingLocale;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override prepare(changed: PropertyValues, problems: string[]): void {
    if (!honestyLocales.ready(this.i18n.locale, () => this.localeArrived())) {
      this.pendingLocale ??= new Promise((resolve) => (this.resolvePendingLocale = resolve));
      this.model = { useUnit: 'use', sections: [] };
      return;
    }
    const attributes = this.readAttributes(problems);
    // Without a product-id, a page that describes exactly one Product (a product page) names it.
    const productId = this.checkedProductId(problems) ?? onlyPageProductId();
    const reviewFacts =
      this.reviewFacts !== undefined ? cleanReviewFacts(this.reviewFacts) : this.summary !== undefined ? honestyFactsFromSummary(this.summary) : undefined;
    if (this.reviewFacts !== undefined && !reviewFacts) problems.push('reviewFacts must look like { cons: [{ label, mentions }], totalTrusted }; it is ignored.');
    if (this.reviewFacts === undefined && this.summary !== undefined && !reviewFacts) problems.push('summary is not a review summary (no trustedCount and themes.cons); it is ignored.');
    const facts = resolveProductFacts(productId, this.candorConfig, { attributes, page: pageFactsFor(productId) });
    this.model = buildHonestyModel({ facts, config: this.candorConfig, reviewFacts, only: this.readSections(problems) });
    const level = Number(this.headingLevel);
    if (!(Number.isInteger(level) && level >= 1 && level <= 6)) problems.push(`heading-level="${String(this.headingLevel)}" must be a whole number from 1 to 6; using 2.`);
    // Storage is read synchronously here so the first paint already shows the right state.
    const key = this.model.coolingOff ? `${this.model.coolingOff.productId}` : '';
    if (key !== this.coolingKey || changed.has('productId')) {
      this.coolingKey = key;
      if (key && !this.storageUnread) sweepOnce(localStorageOrUndefined());
      this.coolingOff = key && !this.storageUnread ? readCoolingOff(localStorageOrUndefined(), key, Date.now) : { state: 'none' };
      this.status = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.storageUnread) {
      this.storageUnread = false;
      this.coolingKey = '';
      // After this update has finished, so that Lit sees a new update rather than a change inside this one.
      queueMicrotask(() => this.requestUpdate());
    }
    try {
      this.watchShown();
      this.scheduleTick();
    } catch {
      // Analytics and timers are extras: never let them break the panel.
    }
  }

  // --- private helpers ------------------------------------------------------------------------
  private localeArrived(): void {
    CandorHonestyPanel.catalogue = honestyLocales.catalogue;
    const resolve = this.resolvePendingLocale;
    this.pendingLocale = undefined;
    this.resolvePendingLocale = undefined;
    this.requestUpdate();
    resolve?.();
  }

  private readAttributes(problems: string[]): ProductFacts {
    const facts: ProductFacts = {};
    const number = (name: string, value: unknown, ok: (n: number) => boolean, expected: string): number | undefined => {
      if (value === undefined || value === null || value === '') return undefined;
      const parsed = typeof value === 'number' ? value : Number(String(value).trim());
      if (Number.isFinite(parsed) && ok(parsed)) return parsed;
      problems.push(`${name}="${String(this.getAttribute(name) ?? value).slice(0, 40)}" is not ${expected}; it is ignored.`);
      return undefined;
    };
    const price = number('price', this.price, (n) => n >= 0 && n <= 1e9, 'a price such as 89.00 (a dot for decimals, no currency sign)');
    if (price !== undefined) facts.price = price;
    const expectedUses = number('expected-uses', this.expectedUses, (n) => Number.isInteger(n) && n >= 1 && n <= 1e7, 'a whole number of uses from 1');
    if (expectedUses !== undefined) facts.expectedUses = expectedUses;
    const lifespanYears = number('lifespan-years', this.lifespanYears, (n) => n >= 0.05 && n <= 100, 'a number of years from 0.05 to 100');
    if (lifespanYears !== undefined) facts.lifespanYears = lifespanYears;
    const usesPerYear = number('uses-per-year', this.usesPerYear, (n) => n >= 0.1 && n <= 100000, 'a number of uses per year from 0.1 to 100000');
    if (usesPerYear !== undefined) facts.usesPerYear = usesPerYear;
    if (this.currency) {
      const currency = String(this.currency).trim().toUpperCase();
      if (/^[A-Z]{3}$/.test(currency)) facts.currency = currency;
      else problems.push(`currency="${String(this.currency).slice(0, 40)}" is not a three-letter ISO 4217 code such as "EUR"; it is ignored.`);
    }
    if (this.useUnit) {
      if ((USE_UNITS as readonly string[]).includes(this.useUnit)) facts.useUnit = this.useUnit as (typeof USE_UNITS)[number];
      else problems.push(`use-unit="${String(this.useUnit).slice(0, 40)}" is not one of ${USE_UNITS.join(', ')}; it is ignored.`);
    }
    return facts;
  }

  private checkedProductId(problems: string[]): string | undefined {
    if (this.productId === undefined || this.productId === null || this.productId === '') return undefined;
    const id = String(this.productId);
    if (PRODUCT_ID_PATTERN.test(id)) return id;
    problems.push(`product-id="${id.slice(0, 40)}" must be letters, digits and . _ : / - (at most 128); it is ignored.`);
    return undefined;
  }

  private readSections(problems: string[]): HonestySection[] | undefined {
    if (!this.sections || !String(this.sections).trim()) return undefined;
    const names = String(this.sections).trim().split(/[\s,]+/);
    const known = names.map(camel).filter((name): name is HonestySection => (HONESTY_SECTIONS as readonly string[]).includes(name));
    if (known.length !== names.length) {
      problems.push(`sections="${String(this.sections).slice(0, 80)}" has unknown names; valid: ${HONESTY_SECTIONS.map(kebab).join(' ')}.`);
    }
    return known;
  }

  private watchShown(): void {
    const key = this.model.productId ?? '';
    if (this.model.sections.length === 0 || this.shownFor === key) return;
    const emit = () => {
      if (this.shownFor === key) return;
      this.shownFor = key;
      emitCandorEvent(this, 'candor-honesty-shown', {
        ...(this.model.productId !== undefined ? { productId: this.model.productId } : {}),
        sections: [...this.model.sections],
      });
    };
    if (typeof IntersectionObserver === 'undefined') return emit();
    this.observer?.disconnect();
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.observer?.disconnect();
        this.observer = undefined;
        emit();
      }
    });
    this.observer.observe(this);
  }

  /** Re-renders when the cooling-off time ends while the page is open, with the notification if asked for. */
  private scheduleTick(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const current = this.coolingOff;
    if (current.state !== 'cooling' || !this.isConnected) return;
    this.timer = setTimeout(() => {
      const key = this.coolingKey;
      const next = readCoolingOff(localStorageOrUndefined(), key, Date.now);
      if (next.state === 'ready' && next.record.notify) this.showNotification();
      this.coolingOff = next;
    }, Math.min(current.remaining + 50, MAX_TIMER));
  }

  private showNotification(): void {
    try {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
      const product = this.model.name ?? this.i18n.t('honesty.coolingOff.thisProduct');
      new Notification(this.i18n.t('honesty.coolingOff.notificationTitle'), {
        body: this.i18n.t('honesty.coolingOff.notificationBody', { product }),
        tag: `candor-cooling-off-${this.coolingKey}`,
      });
    } catch {
      // Some browsers only allow notifications from a service worker; the panel itself still says it.
    }
  }

  private onSave(): void {
    const cooling = this.model.coolingOff;
    if (!cooling) return;
    const storage = localStorageOrUndefined();
    this.coolingOff = saveCoolingOff(storage, cooling.productId, cooling.hours, Date.now);
    sweepExpiredCoolingOff(storage, Date.now, 2000);
    this.status = '';
    // The save button is gone either way: focus moves to what replaced it, so a screen reader
    // hears "cannot save here" too, and keyboard focus never falls back to the page's start.
    if (this.coolingOff.state === 'unavailable') return this.focusAfterUpdate('.state-text');
    this.status = this.i18n.t('honesty.coolingOff.saved');
    emitCandorEvent(this, 'candor-cooling-off-saved', { productId: cooling.productId });
    this.focusAfterUpdate('[part~="forget-button"]');
  }

  private onForget(): void {
    const cooling = this.model.coolingOff;
    if (!cooling) return;
    this.coolingOff = forgetCoolingOff(localStorageOrUndefined(), cooling.productId);
    this.status = '';
    if (this.coolingOff.state === 'unavailable') return;
    this.status = this.i18n.t('honesty.coolingOff.forgotten');
    emitCandorEvent(this, 'candor-cooling-off-cleared', { productId: cooling.productId });
    this.focusAfterUpdate('[part~="save-button"]');
  }

  /** Only on an explicit click: asks for permission, and says plainly when notifications cannot work. */
  private async onNotify(): Promise<void> {
    const cooling = this.model.coolingOff;
    if (!cooling) return;
    try {
      if (typeof Notification === 'undefined' || typeof Notification.requestPermission !== 'function') {
        this.status = this.i18n.t('honesty.coolingOff.notifyUnavailable');
        return;
      }
      const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
      if (permission !== 'granted') {
        this.status = this.i18n.t('honesty.coolingOff.notifyDenied');
        return;
      }
      this.coolingOff = setCoolingOffNotify(localStorageOrUndefined(), cooling.productId, true, Date.now);
      this.status = this.i18n.t('honesty.coolingOff.notifyOn');
    } catch {
      this.status = this.i18n.t('honesty.coolingOff.notifyUnavailable');
    }
  }

  private onAlternative(item: HonestyAlternative): void {
    emitCandorEvent(this, 'candor-alternative-chosen', {
      ...(this.model.productId !== undefined ? { productId: this.model.productId } : {}),
      kind: item.kind,
      partner: item.partner === true,
    });
  }

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.variant[data-active] ${selector}`)?.focus());
  }

  private perUnit(): string {
    return this.i18n.t(`honesty.perUnit.${this.model.useUnit}`);
  }

  private mentions(theme: HonestyTheme, total: number): string {
    return this.i18n.plural('honesty.mentions', theme.mentions, { total: this.i18n.number(Math.max(total, theme.mentions)) });
  }

  private heading(level: number, id: string, part: string, text: string): TemplateResult {
    const n = Math.min(6, Math.max(1, Number.isInteger(level) ? level : 2));
    switch (n) {
      case 1:
        return html`<h1 id=${id} part=${part} class="heading">${text}</h1>`;
      case 2:
        return html`<h2 id=${id} part=${part} class="heading">${text}</h2>`;
      case 3:
        return html`<h3 id=${id} part=${part} class="heading">${text}</h3>`;
      case 4:
        return html`<h4 id=${id} part=${part} class="heading">${text}</h4>`;
      case 5:
        return html`<h5 id=${id} part=${part} class="heading">${text}</h5>`;
      default:
        return html`<h6 id=${id} part=${part} class="heading">${text}</h6>`;
    }
  }

  // --- render ---------------------------------------------------------------------------------
  protected override renderContent(): TemplateResult | typeof nothing {
    const { sections } = this.model;
    if (sections.length === 0) return nothing;
    const level = Number.isInteger(Number(this.headingLevel)) ? Number(this.headingLevel) : 2;
    const sub = Math.min(6, level + 1);
    const renderers: Record<HonestySection, (level: number) => TemplateResult | typeof nothing> = {
      costPerUse: (l) => this.renderCostPerUse(l),
      coolingOff: (l) => this.renderCoolingOff(l),
      returns: (l) => this.renderReturns(l),
      notFor: (l) => this.renderNotFor(l),
      alternatives: (l) => this.renderAlternatives(l),
      disclosure: (l) => this.renderDisclosure(l),
    };
    return html`<section part="base" class="panel" lang=${this.i18n.locale} dir=${this.i18n.dir} aria-labelledby="candor-honesty-title">
      ${this.heading(level, 'candor-honesty-title', 'title', this.i18n.t('honesty.title'))}
      ${sections.map((section) => renderers[section](sub))}
    </section>`;
  }

  private renderCostPerUse(level: number): TemplateResult | typeof nothing {
    const cost = this.model.costPerUse;
    if (!cost) return nothing;
    const { value, owners } = cost;
    const i18n = this.i18n;
    const amount = i18n.currency(value.amount, value.currency, value.fractionDigits);
    const years = value.uses.lifespanYears !== undefined ? i18n.duration(value.uses.lifespanYears, 'year') : undefined;
    const kind = value.lessThanMinorUnit ? 'lessThan' : value.approximate ? 'about' : 'exact';
    const figure = i18n.t(`honesty.costPerUse.${kind}${years ? 'Over' : ''}`, { amount, perUnit: this.perUnit(), ...(years ? { years } : {}) });
    const cheap = (c: typeof value) => i18n.currency(c.amount, c.currency, c.fractionDigits);
    return html`<div class="section" part="section cost-per-use">
      ${this.heading(level, 'candor-honesty-cost', 'section-title', i18n.t('honesty.costPerUse.title'))}
      <p class="figure" part="figure">${figure}</p>
      <p class="work">${i18n.plural('honesty.costPerUse.work', value.uses.uses, { price: i18n.currency(value.price, value.currency) })}</p>
      ${owners
        ? html`<p class="note">
            ${i18n.plural('honesty.costPerUse.owners', owners.range.reports, {
              minYears: i18n.number(owners.range.minYears, { maximumFractionDigits: 1 }),
              maxYears: i18n.duration(Math.round(owners.range.maxYears * 10) / 10, 'year'),
              low: cheap(owners.low),
              high: cheap(owners.high),
              perUnit: this.perUnit(),
            })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderCoolingOff(level: number): TemplateResult | typeof nothing {
    const cooling = this.model.coolingOff;
    if (!cooling) return nothing;
    const i18n = this.i18n;
    const hours = cooling.hours;
    const duration = hours >= 72 && hours % 24 === 0 ? i18n.duration(hours / 24, 'day') : i18n.duration(hours, 'hour');
    const state = this.coolingOff;
    const title = this.heading(level, 'candor-honesty-cooling', 'section-title', i18n.t('honesty.coolingOff.title', { duration }));
    // Only the shopper's own clicks switch between "not saved", "saved" and "cannot save here", so
    // only the state in force takes room: a click may move what is below (CLS leaves out shifts
    // right after input), and nothing sits empty under the button. What changes without a click is
    // reserved: the timer's "cooling" to "ready" text, and the answer to the notification prompt. The
    // status line stays one element throughout: a live region must exist before it speaks.
    const saved = state.state === 'cooling' || state.state === 'ready';
    const ready = state.state === 'ready';
    const ago = saved ? i18n.relativeTime(-state.age, 'down') : i18n.relativeTime(0);
    const remaining = i18n.relativeTime(state.state === 'cooling' ? state.remaining : hours * HOUR, 'up');
    const canNotify = state.state === 'cooling' && !state.record.notify;
    const variant = (name: string, content: TemplateResult) => html`<div class="variant" data-variant=${name} data-active>${content}</div>`;
    const notifyAnswers = ['notifyOn', 'notifyDenied', 'notifyUnavailable'].map((key) => i18n.t(`honesty.coolingOff.${key}`));
    return html`<div class="section" part="section cooling-off">
      ${title}
      ${state.state === 'none'
        ? variant(
            'none',
            html`<p class="state-text" data-active>${i18n.t('honesty.coolingOff.intro')}</p>
              <div class="actions">
                <button type="button" class="primary" part="button save-button" @click=${this.onSave}>${i18n.t('honesty.coolingOff.save', { duration })}</button>
              </div>`,
          )
        : saved
          ? variant(
              'saved',
              html`<div class="stack">
                  <p class="state-text" ?data-active=${!ready}>${i18n.t('honesty.coolingOff.cooling', { ago, remaining })}</p>
                  <p class="state-text" ?data-active=${ready}>${i18n.t('honesty.coolingOff.ready', { ago: ready ? ago : i18n.relativeTime(-hours * HOUR) })}</p>
                </div>
                <div class="actions">
                  <button type="button" class="secondary" part="button forget-button" @click=${this.onForget}>${i18n.t('honesty.coolingOff.forget')}</button>
                  <button type="button" class="secondary" part="button notify-button" ?data-off=${!canNotify} ?inert=${!canNotify} @click=${this.onNotify}>
                    ${i18n.t('honesty.coolingOff.notify')}
                  </button>
                </div>`,
            )
          : variant('unavailable', html`<p class="state-text note" data-active tabindex="-1">${i18n.t(this.coolingOff.state === 'unavailable' && this.coolingOff.reason === 'full' ? 'honesty.coolingOff.full' : 'honesty.coolingOff.unavailable')}</p>`)}
      <div class="stack">
        <p class="status note" part="status" role="status" data-active>${this.status}</p>
        ${saved ? [i18n.t('honesty.coolingOff.saved'), ...notifyAnswers].map((text) => html`<p class="note" aria-hidden="true">${text}</p>`) : nothing}
      </div>
    </div>`;
  }

  private renderReturns(level: number): TemplateResult | typeof nothing {
    const returns = this.model.returns;
    if (!returns) return nothing;
    const { note, themes, totalTrusted } = returns;
    const i18n = this.i18n;
    const percent = i18n.percent(note.percent / 100);
    return html`<div class="section" part="section returns">
      ${this.heading(level, 'candor-honesty-returns', 'section-title', i18n.t('honesty.returns.title'))}
      ${note.frequent
        ? html`<p class="warning"><strong>${i18n.t('honesty.returns.frequent', { percent })}</strong></p>`
        : html`<p>${i18n.t('honesty.returns.rate', { percent })}</p>`}
      ${note.topReasons.length
        ? html`<p>${i18n.t('honesty.returns.reasons')}</p>
            <ul>
              ${note.topReasons.map(
                (reason) =>
                  html`<li>
                    ${typeof reason.share === 'number'
                      ? i18n.t('honesty.returns.reasonShare', { reason: reason.label, percent: i18n.percent(Math.ceil(reason.share * 100 - 1e-6) / 100) })
                      : reason.label}
                  </li>`,
              )}
            </ul>`
        : nothing}
      ${themes.length
        ? html`<p>${i18n.t('honesty.returns.themes')}</p>
            <ul>
              ${themes.map((theme) => html`<li>${i18n.t('honesty.theme', { theme: theme.label, mentions: this.mentions(theme, totalTrusted) })}</li>`)}
            </ul>`
        : nothing}
      <p class="work">${i18n.t('honesty.returns.threshold', { percent: i18n.percent(note.threshold, note.threshold * 100 % 1 ? 1 : 0) })}</p>
    </div>`;
  }

  private renderNotFor(level: number): TemplateResult | typeof nothing {
    const notFor = this.model.notFor;
    if (!notFor) return nothing;
    const i18n = this.i18n;
    return html`<div class="section" part="section not-for">
      ${this.heading(level, 'candor-honesty-not-for', 'section-title', i18n.t('honesty.notFor.title'))}
      ${notFor.merchant.length ? html`<ul>${notFor.merchant.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      ${notFor.mined.length
        ? html`<p class="note">${i18n.t('honesty.notFor.mined')}</p>
            <ul>
              ${notFor.mined.map((theme) => html`<li>${i18n.t('honesty.theme', { theme: theme.label, mentions: this.mentions(theme, notFor.totalTrusted) })}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  private renderAlternatives(level: number): TemplateResult | typeof nothing {
    const alternatives = this.model.alternatives;
    if (!alternatives) return nothing;
    const i18n = this.i18n;
    const items = alternatives.items.filter((item) => safeLink(item.url, globalThis.document?.baseURI) !== undefined);
    if (!items.length) return nothing;
    return html`<div class="section" part="section alternatives">
      ${this.heading(level, 'candor-honesty-alternatives', 'section-title', i18n.t('honesty.alternatives.title'))}
      <ul>
        ${items.map((item) => {
          const currency = item.currency ?? alternatives.currency;
          const price = item.price !== undefined && currency ? i18n.currency(item.price, currency) : undefined;
          return html`<li>
            <span class="kind">${i18n.t(`honesty.alternative.${camel(item.kind)}`)}:</span>
            <a part="link" href=${item.url} rel=${item.partner ? 'noopener nofollow sponsored' : 'noopener'} @click=${() => this.onAlternative(item)}>${item.label}</a>${price
              ? html` <span class="count">${price}</span>`
              : nothing}${item.partner ? html`<span class="badge">${i18n.t('honesty.alternatives.partner')}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderDisclosure(level: number): TemplateResult | typeof nothing {
    const disclosure = this.model.disclosure;
    if (!disclosure) return nothing;
    const i18n = this.i18n;
    const line = (item: HonestyDisclosure) =>
      html`<li>
        <span class="kind">${i18n.t(`honesty.disclosureKind.${DISCLOSURE_KEYS[item.kind]}`)}:</span>
        ${item.text ?? i18n.t(`honesty.disclosure.${DISCLOSURE_KEYS[item.kind]}`)}
      </li>`;
    return html`<div class="section" part="section disclosure">
      ${this.heading(level, 'candor-honesty-disclosure', 'section-title', i18n.t('honesty.disclosure.title'))}
      <ul>
        ${disclosure.items.map(line)}
        ${disclosure.partnerAlternatives ? html`<li>${i18n.t('honesty.disclosure.partnerAlternatives')}</li>` : nothing}
      </ul>
    </div>`;
  }
}
