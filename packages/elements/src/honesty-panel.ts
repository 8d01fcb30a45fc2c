import {
  buildHonestyModelWith,
  cleanReviewFacts,
  findSchemaOrgProducts,
  productIdsOf,
  honestyFactsFromSummary,
  PRODUCT_ID_PATTERN,
  resolveProductFacts,
  safeLink,
  type HonestyAlternative,
  type HonestyModel,
  type HonestyReviewFacts,
  type HonestySection,
  type SummaryForHonesty,
} from '@candor/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CoolingOffController } from './cooling-off-controller.js';
import { numberAttribute, readFactAttributes, readHeadingLevel, readProductId, readSections } from './honesty-attributes.js';
import { serverRender } from './shared/server.js';
import { honestyLocales } from './honesty-panel.messages.js';
import { heading, renderCostPerUse } from './honesty-panel.sections.js';
import { honestyPanelStyles } from './honesty-panel.styles.js';
import { CandorElement } from './shared/candor-element.js';
import { StagedRender } from './shared/first-render.js';
import { lazyPart } from './shared/lazy-messages.js';
import { describeElement, logOnce } from './shared/log.js';
import { emitCandorEvent, productIdDetail } from './shared/events.js';
import { camel } from './shared/i18n.js';
import { pageFactsFor, pageJsonLd } from './shared/json-ld.js';

const HOUR = 3_600_000;

/**
 * The sections that usually stand below the fold (honesty-panel.lower.ts), loaded when the panel
 * comes near. The script-tag loader imports them with the panel when it is within a screen of the
 * viewport at the start (see packages/embed/src/widget-path.ts); the module then provides itself
 * here before the panel's first render, which shows every section at once.
 */
export const lowerSections = lazyPart(() => import('./honesty-panel.lower.js'));
const LOWER: readonly HonestySection[] = ['returns', 'notFor', 'disclosure'];
/** Until the lower sections have loaded, no review complaint is matched to a return reason: only the returns section shows the matches. */
const NO_RETURN_THEMES = () => [];

function onlyPageProductId(): string | undefined {
  const products = findSchemaOrgProducts(pageJsonLd());
  const id = products.length === 1 ? productIdsOf(products[0]!)[0] : undefined;
  return id !== undefined && PRODUCT_ID_PATTERN.test(id) ? id : undefined;
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
  };
  static override catalogue = honestyLocales.catalogue;
  static override locales = honestyLocales;
  /** Code loaded on demand that a server render, and the hydration of one, load first (see shared/lazy-messages.ts). */
  static lazyParts = [lowerSections];

  // --- state ----------------------------------------------------------------------------------
  private model: HonestyModel = { useUnit: 'use', sections: [] };
  /**
   * False only when nothing the model is built from may have changed since it was: the update was
   * asked for by the cooling-off controller alone (saving, forgetting, the timer), whose state the
   * panel renders from the controller.
   */
  private modelStale = true;
  /** The lower sections' module as it was when the model was built (it matches the returns section's themes). */
  private modelLower: typeof lowerSections.loaded;
  /** The problems found while building the model in force, reported again with each update. */
  private modelProblems: string[] = [];
  /** Each section's template, made again only when the model, language or heading level change. */
  private madeSections: { from: readonly unknown[]; templates: Partial<Record<HonestySection, TemplateResult | typeof nothing>> } = {
    from: [],
    templates: {},
  };
  /** The title's heading level in force (sections are one below). */
  private level = 2;
  /**
   * Where first renders are paced, the title and the first two sections render first, then two
   * sections a stage, each after a frame (see StagedRender in shared/first-render.ts), below those already there.
   */
  protected override readonly stages = new StagedRender(this, 2);
  private readonly coolingOff = new CoolingOffController(this, () => ({
    title: this.i18n.t('honesty.coolingOff.notificationTitle'),
    body: this.i18n.t('honesty.coolingOff.notificationBody', { product: this.model.name ?? this.i18n.t('honesty.coolingOff.thisProduct') }),
  }));
  /**
   * True on the server, which knows no shopper's saved products, and (set by hydrateCandor) in the
   * first render of a server-rendered panel, which must repeat the server's; the shopper's storage
   * is read after that render.
   */
  storageUnread = serverRender();
  /** Starts loading the lower sections when the panel comes within a screen of the viewport. */
  private nearObserver: IntersectionObserver | undefined;

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
  override connectedCallback(): void {
    super.connectedCallback();
    if (lowerSections.loaded || typeof IntersectionObserver === 'undefined') return;
    // A screen ahead (rootMargin 100% of the viewport's height): on a phone a quick scroll still
    // finds the sections there, and in the panel's reserved space (--candor-reserve) nothing moves.
    this.nearObserver ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.loadLower(), {
      rootMargin: '100% 0px',
    });
    this.nearObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.nearObserver?.disconnect();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: Parameters<CandorElement['requestUpdate']>[2]): void {
    // Runs in LitElement's constructor too, before this class's fields exist.
    if (!this.coolingOff?.requesting) this.modelStale = true;
    super.requestUpdate(name, oldValue, options);
  }

  protected override prepare(changed: PropertyValues, problems: string[]): void {
    if (!this.localeReady) {
      this.model = { useUnit: 'use', sections: [] };
      return;
    }
    if (!this.modelStale && this.modelLower === lowerSections.loaded) {
      problems.push(...this.modelProblems);
      return;
    }
    const before = problems.length;
    this.buildModel(changed, problems);
    this.modelStale = false;
    this.modelProblems = problems.slice(before);
  }

  /** Reads the attributes, the config, the page and the review facts into the model. */
  private buildModel(changed: PropertyValues, problems: string[]): void {
    const attributes = readFactAttributes(this, problems, (name) => this.getAttribute(name));
    // Without a product-id, a page that describes exactly one Product (a product page) names it.
    const productId = readProductId(this.productId, problems) ?? onlyPageProductId();
    const reviewFacts =
      this.reviewFacts != null
        ? cleanReviewFacts(this.reviewFacts)
        : this.summary != null
          ? honestyFactsFromSummary(this.summary)
          : undefined;
    if (this.reviewFacts != null && !reviewFacts)
      problems.push('reviewFacts must look like { cons: [{ label, mentions }], totalTrusted }; it is ignored.');
    if (this.reviewFacts == null && this.summary != null && !reviewFacts)
      problems.push('summary is not a review summary (no trustedCount and themes.cons); it is ignored.');
    const facts = resolveProductFacts(productId, this.candorConfig, { attributes, page: pageFactsFor(productId) });
    this.modelLower = lowerSections.loaded;
    this.model = buildHonestyModelWith(
      { facts, config: this.candorConfig, reviewFacts, only: readSections(this.sections, problems) },
      this.modelLower?.matchReturnThemes ?? NO_RETURN_THEMES,
    );
    this.level = readHeadingLevel(this.headingLevel, problems);
    // A server-rendered panel's first client render repeats the server's state; storage is read in the next.
    this.coolingOff.sync(this.storageUnread ? '' : (this.model.coolingOff?.productId ?? ''), changed.has('productId'));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.storageUnread) {
      this.storageUnread = false;
      // After this update has finished, so that Lit sees a new update rather than a change inside this one.
      queueMicrotask(() => this.requestUpdate());
    }
    const { productId, sections } = this.model;
    if (!sections.length) return;
    this.shown.arm(productId ?? '', () =>
      emitCandorEvent(this, 'candor-honesty-shown', { ...productIdDetail(productId), sections: [...sections] }),
    );
  }

  // --- private helpers ------------------------------------------------------------------------
  /** Loads the lower sections (once) and renders them when they are there. */
  private loadLower(): void {
    this.nearObserver?.disconnect();
    if (lowerSections.loaded) return;
    lowerSections.load().then(
      () => this.requestUpdate(),
      (error: unknown) =>
        // The sections above stay as they are; the ones below the fold are left out, and the store hears why.
        logOnce(`lower:${String(error)}`, 'warn', `${describeElement(this)}: its lower sections did not load (${String(error)}).`),
    );
  }

  private onSave(): void {
    const cooling = this.model.coolingOff;
    if (!cooling) return;
    // The save button is gone either way: focus moves to what replaced it, so a screen reader
    // hears "cannot save here" too, and keyboard focus never falls back to the page's start.
    if (this.coolingOff.save(cooling.hours).state === 'unavailable') return this.focusAfterUpdate('.state-text');
    emitCandorEvent(this, 'candor-cooling-off-saved', { productId: cooling.productId });
    this.focusAfterUpdate('[part~="forget-button"]');
  }

  private onForget(): void {
    const cooling = this.model.coolingOff;
    if (!cooling || this.coolingOff.forget().state === 'unavailable') return;
    emitCandorEvent(this, 'candor-cooling-off-cleared', { productId: cooling.productId });
    this.focusAfterUpdate('[part~="save-button"]');
  }

  private onNotify(): Promise<void> {
    return this.coolingOff.notify();
  }

  private onAlternative(item: HonestyAlternative): void {
    emitCandorEvent(this, 'candor-alternative-chosen', {
      ...productIdDetail(this.model.productId),
      kind: item.kind,
      partner: item.partner === true,
    });
  }

  private focusAfterUpdate(selector: string): void {
    // updateComplete does not reject: CandorElement catches its update's and render's errors.
    // Without scrolling: what takes focus stands where the pressed button stood, in view, and
    // scrolling to it would lay the page out inside the click's task.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`.variant[data-active] ${selector}`)?.focus({ preventScroll: true }),
    );
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const { sections } = this.model;
    if (sections.length === 0) return nothing;
    const level = this.level;
    const sub = Math.min(6, level + 1);
    // The same template given to Lit again is compared, not made (see template-cache.ts, which
    // this does in place: a module of its own shared with the summary would be a chunk of its own).
    const lower = lowerSections.loaded;
    // Without an IntersectionObserver, or with a lower section among the first two, they are needed now.
    if (!lower && (!this.nearObserver || sections.slice(0, 2).some((section) => LOWER.includes(section)))) this.loadLower();
    const from = [this.model, this.i18n, sub, lower];
    let waiting = false;
    if (from.some((input, index) => input !== this.madeSections.from[index])) this.madeSections = { from, templates: {} };
    const made = this.madeSections.templates;
    const renderers: Record<HonestySection, (level: number) => TemplateResult | typeof nothing> = {
      costPerUse: (l) => renderCostPerUse(this.i18n, this.model, l),
      coolingOff: (l) => this.renderCoolingOff(l),
      returns: (l) => (lower ? lower.renderReturns(this.i18n, this.model, l) : nothing),
      notFor: (l) => (lower ? lower.renderNotFor(this.i18n, this.model, l) : nothing),
      alternatives: (l) => this.renderAlternatives(l),
      disclosure: (l) => (lower ? lower.renderDisclosure(this.i18n, this.model, l) : nothing),
    };
    return html`<section part="base" class="panel" lang=${this.i18n.locale} dir=${this.i18n.dir} aria-labelledby="candor-honesty-title">
      ${heading(level, 'candor-honesty-title', 'title', this.i18n.t('honesty.title'))}
      ${sections.map((section, index) =>
        // Nothing renders below a section whose code has not arrived: it would arrive above what is
        // already there (the alternatives between returns and disclosure) and move it.
        (waiting ||= !lower && LOWER.includes(section)) || (index >= 2 && !this.stages.has(index >> 1))
          ? nothing
          : // Saving for later renders only its own section again: the others did not change.
            section === 'coolingOff'
            ? renderers[section](sub)
            : (made[section] ??= renderers[section](sub)),
      )}
    </section>`;
  }

  private renderCoolingOff(level: number, state = this.coolingOff.state, status = this.coolingOff.status): TemplateResult | typeof nothing {
    const cooling = this.model.coolingOff;
    if (!cooling) return nothing;
    // The press's "saved" state, rendered ahead when idle (see prepareSaved in honesty-panel.lower.ts).
    lowerSections.loaded?.prepareSaved((saved) => this.renderCoolingOff(level, saved, 'saved'));
    const i18n = this.i18n;
    const hours = cooling.hours;
    const duration = hours >= 72 && hours % 24 === 0 ? i18n.duration(hours / 24, 'day') : i18n.duration(hours, 'hour');
    const title = heading(level, 'candor-honesty-cooling', 'section-title', i18n.t('honesty.coolingOff.title', { duration }));
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
      ${
        state.state === 'none'
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
            : variant(
                'unavailable',
                html`<p class="state-text note" data-active tabindex="-1">${i18n.t(state.state === 'unavailable' && state.reason === 'full' ? 'honesty.coolingOff.full' : 'honesty.coolingOff.unavailable')}</p>`,
              )
      }
      <div class="stack">
        <p class="status note" part="status" role="status" data-active>${status ? i18n.t(`honesty.coolingOff.${status}`) : ''}</p>
        ${saved ? [i18n.t('honesty.coolingOff.saved'), ...notifyAnswers].map((text) => html`<p class="note" aria-hidden="true">${text}</p>`) : nothing}
      </div>
    </div>`;
  }

  private renderAlternatives(level: number): TemplateResult | typeof nothing {
    const alternatives = this.model.alternatives;
    if (!alternatives) return nothing;
    const i18n = this.i18n;
    const items = alternatives.items.filter((item) => safeLink(item.url, globalThis.document?.baseURI) !== undefined);
    if (!items.length) return nothing;
    return html`<div class="section" part="section alternatives">
      ${heading(level, 'candor-honesty-alternatives', 'section-title', i18n.t('honesty.alternatives.title'))}
      <ul>
        ${items.map((item) => {
          const currency = item.currency ?? alternatives.currency;
          const price = item.price !== undefined && currency ? i18n.currency(item.price, currency) : undefined;
          return html`<li>
            <span class="kind">${i18n.t(`honesty.alternative.${camel(item.kind)}`)}:</span>
            <a part="link" href=${item.url} rel=${item.partner ? 'noopener nofollow sponsored' : 'noopener'} @click=${() => this.onAlternative(item)}>${item.label}</a>${
              price ? html` <span class="count">${price}</span>` : nothing
            }${item.partner ? html`<span class="badge">${i18n.t('honesty.alternatives.partner')}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }
}
