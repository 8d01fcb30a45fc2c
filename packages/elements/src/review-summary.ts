import { declaredPolicyOf, declaresAnyPolicy, floorRating, type DeclaredPolicy, type recomputeWithout, type ReviewCheckId, type StatedRating } from '@candor/core';
import type { ReviewExcerpt, ReviewSummary, Theme } from '@candor/core/reviews';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { inlineJson, ReviewDataController, safeLink } from './review-data.js';
import { summaryLocales, summaryMessages } from './review-summary.messages.js';
import { summaryStyles } from './review-summary.styles.js';
import { CandorElement } from './shared/candor-element.js';
import { emitCandorEvent } from './shared/events.js';
import { describeElement, logOnce } from './shared/log.js';
import { whenVisible } from './shared/when-visible.js';
import { stars, starsOnScale } from './stars.js';

const camel = (kebab: string): string => kebab.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());

/**
 * Switching a check off is the only use of the recompute code, so it is not part of the page: it
 * loads when a shopper first opens "show our work" (or presses a switch), once for every element.
 * Until it is there, nothing is drawn differently; a switch pressed before it arrives takes effect
 * when it does.
 */
let loadedRecompute: typeof recomputeWithout | undefined;
let recomputeLoading: Promise<typeof recomputeWithout> | undefined;
function loadRecompute(): Promise<typeof recomputeWithout> {
  recomputeLoading ??= import('./recompute.js').then(
    (module) => (loadedRecompute = module.recomputeWithout),
    (error: unknown) => {
      recomputeLoading = undefined; // let a later press try again
      throw error;
    },
  );
  return recomputeLoading;
}

/**
 * The genuine-review summary: the plain average and count beside the average without the reviews
 * that failed the store's checks, with the work shown (each check, its count, and a switch to see
 * the figure without it), a histogram screen readers can read, pros and cons that say how many
 * reviews back them, long-term owners, the most helpful critical and positive reviews, and the
 * "how reviews work here" disclosure generated from the store config and the engine's facts.
 *
 * Data, first match wins: the `summary` property or `summary-src` (a precomputed summary: the
 * engine is never loaded), an inline `<script type="application/json">` child (reviews or a
 * summary), the `reviews` property, `src`, the store config's `reviews.source` with `product-id`,
 * and last the page's schema.org Product reviews. Raw reviews are analysed by the engine, which is
 * imported only then. Every state (loading, loaded, small sample, empty, error) keeps the same
 * reserved block size, so the page never shifts; the shopper's "Show the full summary" lifts it.
 *
 * @customElement candor-review-summary
 * @summary Honest review summary: plain and checked ratings, the checks shown, pros and cons with counts, and the "how reviews work here" disclosure.
 *
 * @slot fallback - Shown instead of the default message when the summary cannot be loaded (for example a link to the reviews).
 *
 * @csspart base - The outer box.
 * @csspart frame - The box of reserved size that holds the content until the shopper expands it.
 * @csspart header - Title and the "generated from N reviews" label.
 * @csspart generated - The label saying the summary is generated, not a customer review.
 * @csspart ratings - The two figures side by side.
 * @csspart rating-all - The plain average of every review.
 * @csspart rating-checked - The average without reviews that failed the checks.
 * @csspart stars - Every star row (always hidden from screen readers; the text beside it is read).
 * @csspart small-sample - The warning shown instead of a bare figure when too few reviews passed.
 * @csspart work - The "show our work" disclosure with the checks.
 * @csspart check - One check in the work list.
 * @csspart histogram - The ratings table (all reviews and reviews that passed).
 * @csspart themes - Pros and cons.
 * @csspart theme - One pro or con.
 * @csspart theme-split - Under a pro or con that reviews split on: how many like it and how many do not.
 * @csspart theme-named - Under "Other complaints": the complaints it holds that outweigh a shown pro, with their counts.
 * @csspart quote - A short verbatim quote from a review.
 * @csspart long-term - What long-term owners say.
 * @csspart helpful - The most helpful critical or positive review.
 * @csspart how - The "how reviews work here" disclosure.
 * @csspart expand - The button that shows the full summary.
 * @csspart status - The loading, empty and error messages.
 *
 * @cssprop [--candor-summary-block-size=34rem] - Space reserved for the summary before the shopper expands it (use `auto` to reserve nothing and accept a layout shift).
 * @cssprop [--candor-star=var(--candor-accent)] - Fill of the stars and histogram bars.
 * @cssprop [--candor-star-empty=var(--candor-border)] - Outline of empty stars.
 * @cssprop --candor-text - Text colour (and every other --candor-* token in the README).
 *
 * @fires candor-summary-shown - The summary came into view with its data: `{ productId, widget, state, total, trustedCount }`.
 * @fires candor-check-toggle - The shopper switched a check off or on: `{ productId, check, applied, adjustedAverage, trustedCount }`.
 * @fires candor-theme-open - The shopper opened a pro or con: `{ productId, side, theme, mentions }`.
 *
 * @example
 * ```html
 * <candor-review-summary product-id="sku-123" summary-src="/reviews/sku-123.summary.json"></candor-review-summary>
 * <candor-review-summary product-id="sku-123">
 *   <script type="application/json">[{ "id": "r1", "rating": 4, "createdAt": "2025-03-01", "content": "Warm." }]</script>
 * </candor-review-summary>
 * ```
 */
export class CandorReviewSummary extends CandorElement {
  // --- statics and styles ---------------------------------------------------------------------
  static override styles = [CandorElement.styles, summaryStyles];
  /** Public properties and attributes (documented at their fields below), then internal state. */
  static override properties: PropertyDeclarations = {
    productId: { attribute: 'product-id', reflect: true },
    src: {},
    summarySrc: { attribute: 'summary-src' },
    format: {},
    summary: { attribute: false },
    reviews: { attribute: false },
    disabled: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
  };
  static override catalogue = summaryMessages;

  // --- state ----------------------------------------------------------------------------------
  /** Checks the shopper switched off in "show our work". */
  private disabled: ReviewCheckId[] = [];
  /** The shopper lifted the reserved size. */
  private expanded = false;
  private readonly data = new ReviewDataController(this);
  private shownFor: ReviewSummary | undefined;
  private emittedFor: ReviewSummary | undefined;
  private cancelShown: (() => void) | undefined;
  private lastSummary: ReviewSummary | undefined;
  /** False while the strings of the element's language are still on their way. */
  private localeReady = true;
  private resizeObserver: ResizeObserver | undefined;
  /** The content element the resize observer watches (a new template means a new one). */
  private watched: Element | undefined;

  // --- public properties ----------------------------------------------------------------------
  /** The product's id: fills `{productId}` in the config's URLs, picks the JSON-LD product, and goes into events. */
  productId?: string;
  /** URL of the reviews (JSON list, `{ "reviews": [...] }`, or a summary; other formats with `format`). */
  src?: string;
  /** URL of a precomputed summary (the output of `summarizeReviews`, as JSON); the engine is not loaded. */
  summarySrc?: string;
  /** Format of `src`: candor (default), schema-org, google-feed or csv. */
  format?: string;
  /** A precomputed summary object; wins over every other source. */
  summary?: unknown;
  /** Raw reviews (`ReviewInput[]`) to analyse in the browser. */
  reviews?: unknown;

  // --- lifecycle ------------------------------------------------------------------------------
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watchSize(); // moved back into the page: watch its size again
    // Removed before it was ever seen: arm the "shown" event again.
    if (this.shownFor !== this.emittedFor) {
      this.shownFor = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelShown?.();
    this.cancelShown = undefined;
    this.resizeObserver?.disconnect();
    this.watched = undefined;
  }

  protected override prepare(_changed: PropertyValues, problems: string[]): void {
    this.localeReady = summaryLocales.ready(this.i18n.locale, () => {
      (this.constructor as typeof CandorReviewSummary).catalogue = summaryLocales.catalogue;
      this.requestUpdate();
    });
    this.data.sync({
      productId: this.productId,
      src: this.src,
      summarySrc: this.summarySrc,
      format: this.format,
      summary: this.summary,
      reviews: this.reviews,
      inline: inlineJson(this),
      config: this.candorConfig,
    });
    if (this.data.state === 'error' && this.data.error) problems.push(this.data.error);
    if (this.data.summary !== this.lastSummary) {
      this.lastSummary = this.data.summary;
      this.disabled = [];
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Measured in the next frame, before it paints: reading the frame's size here would force the
    // layout of the whole page inside this render's task (about a third of the summary's first
    // render, 12-20 ms of CPU on a 2-core machine); in the frame the browser lays out once anyway.
    // Until then the expand button is hidden (it is rendered with data-idle): shown a frame late
    // when the content overflows is not seen, shown for one frame when it fits would flicker.
    requestAnimationFrame(() => this.measureClip());
    this.watchSize();
    const summary = this.data.summary;
    if (summary && this.localeReady && summary !== this.shownFor && this.isConnected) {
      this.shownFor = summary;
      this.cancelShown?.();
      this.cancelShown = whenVisible(this, () => {
        this.emittedFor = summary;
        const small = summary.total > 0 && summary.confidence.smallSample;
        emitCandorEvent(this, 'candor-summary-shown', {
          ...(this.productId ? { productId: this.productId } : {}),
          widget: 'summary',
          state: summary.total === 0 ? 'empty' : small ? 'small-sample' : 'loaded',
          total: summary.total,
          trustedCount: summary.trustedCount,
        });
      });
    }
  }

  // --- private helpers ------------------------------------------------------------------------
  /**
   * Measures again whenever the frame or its content changes size without a render of ours: a
   * <details> opened inside, a web font arriving, a narrower screen, a store's breakpoint changing
   * the reserved size. (Resize observations come after layout and before paint, like the frame
   * callback above.)
   */
  private watchSize(): void {
    const frame = this.renderRoot.querySelector('#frame');
    const content = frame?.firstElementChild;
    if (!frame || !content || content === this.watched || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver(() => this.measureClip());
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(frame);
    this.resizeObserver.observe(content);
    this.watched = content;
  }

  /** Marks the frame as clipped (fade and an active expand button) only when content overflows it. */
  private measureClip(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('#frame');
    const button = this.renderRoot.querySelector<HTMLElement>('[part="expand"]');
    if (!frame || !button) return;
    const clipped = this.localeReady && this.data.state !== 'loading' && frame.scrollHeight > frame.clientHeight + 1;
    frame.toggleAttribute('data-clipped', clipped);
    button.toggleAttribute('data-idle', !clipped && !this.expanded);
  }

  /** Keyboard users tabbing into content below the reserved size see it: the frame opens. */
  private onFocusIn(event: FocusEvent): void {
    if (this.expanded) return;
    const frame = event.currentTarget as HTMLElement;
    const target = event.composedPath()[0] as Element | undefined;
    if (target && target.getBoundingClientRect().bottom > frame.getBoundingClientRect().bottom) this.expanded = true;
  }

  private toggleExpanded(): void {
    this.expanded = !this.expanded;
  }

  private figures(summary: ReviewSummary) {
    if (!this.disabled.length || !loadedRecompute) {
      return { adjustedAverage: summary.adjustedAverage, trustedCount: summary.trustedCount, histogram: summary.histogram.trusted, smallSample: summary.confidence.smallSample, low: summary.confidence.low, high: summary.confidence.high };
    }
    const again = loadedRecompute(summary, this.disabled, this.candorConfig.reviews.smallSample);
    return { adjustedAverage: again.adjustedAverage, trustedCount: again.trustedCount, histogram: again.histogram, smallSample: again.confidence.smallSample, low: again.confidence.low, high: again.confidence.high };
  }

  /** A check can be switched off only when the summary carries every flagged review's rating. */
  private canRecompute(summary: ReviewSummary): boolean {
    const ids = Object.keys(summary.reviewFlags);
    return ids.length > 0 && ids.every((id) => typeof summary.flaggedRatings[id] === 'number');
  }

  /** Opening "show our work" fetches the recompute code, so its switches answer at once. */
  private onWorkToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open) loadRecompute().catch(() => undefined);
  }

  private onCheckChange(summary: ReviewSummary, check: ReviewCheckId, event: Event): void {
    const box = event.target as HTMLInputElement;
    const applied = box.checked;
    // Where the press does not take effect, the switch shows the state in force again (not the
    // opposite of this press: two quick presses before the code arrives must end where they began).
    const restore = () => (box.checked = !this.disabled.includes(check));
    const apply = () => {
      if (summary !== this.data.summary) return void restore(); // the summary was replaced meanwhile
      this.disabled = applied ? this.disabled.filter((id) => id !== check) : [...new Set([...this.disabled, check])];
      const figures = this.figures(summary);
      emitCandorEvent(this, 'candor-check-toggle', {
        ...(this.productId ? { productId: this.productId } : {}),
        check,
        applied,
        adjustedAverage: figures.adjustedAverage,
        trustedCount: figures.trustedCount,
      });
    };
    if (loadedRecompute) return apply();
    loadRecompute().then(apply, (error: unknown) => {
      restore(); // the figure did not change, so neither does the switch
      logOnce(`recompute:${String(error)}`, 'error', `${describeElement(this)}: the code that switches checks off did not load (${String(error)}); the checked rating stays as it was.`);
    });
  }

  private onThemeToggle(side: 'pros' | 'cons', theme: Theme, event: Event): void {
    if (!(event.target as HTMLDetailsElement).open) return;
    emitCandorEvent(this, 'candor-theme-open', { ...(this.productId ? { productId: this.productId } : {}), side, theme: theme.key, mentions: theme.mentions });
  }

  private rating(value: number): string {
    return this.i18n.number(floorRating(value), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  /** A share as a whole percentage, cut rather than rounded up. */
  private share(part: number, whole: number): string {
    return this.i18n.percent(whole > 0 ? Math.floor((part / whole) * 100 + 1e-9) / 100 : 0);
  }

  /** `#review-<id>` when the page shows that review, so a link can take the shopper there. */
  private reviewHref(id: string): string | undefined {
    return id && typeof document !== 'undefined' && document.getElementById(`review-${id}`) ? `#review-${encodeURIComponent(id)}` : undefined;
  }

  // --- render ---------------------------------------------------------------------------------
  protected override renderContent(): TemplateResult {
    const { t } = this.i18n;
    const { summary, stated } = this.data;
    const state = this.localeReady ? this.data.state : 'loading';
    // Nothing to show (no source, no rating markup): no frame, no border, no height.
    if (state === 'none') return html``;
    let body: TemplateResult;
    if (state === 'loading') {
      body = html`<div part="status" class="status skeleton" role="status"><span></span><span></span><span></span><span class="visually-hidden">${t('summary.loading')}</span></div>`;
    } else if (stated && !(summary && summary.total > 0)) {
      body = this.renderStatedOnly(stated);
    } else if (state === 'error' || !summary) {
      // "Not available right now" only when the network failed; wrong data (logged for the store) shows
      // the store's fallback content if it gave some, else nothing at all.
      if (!this.data.offline && !this.querySelector?.(':scope > [slot="fallback"]')) return html``;
      body = html`<div part="status" class="status" role="status"><p><slot name="fallback">${t('summary.error')}</slot></p></div>`;
    } else if (state === 'empty') {
      body = html`<h2>${t('summary.title')}</h2>
        <p part="status">${t('summary.empty')}</p>
        ${this.renderHow(summary, false)}`;
    } else {
      body = this.renderLoaded(summary, stated);
    }
    return html`<div part="base" lang=${this.i18n.locale} dir=${this.i18n.dir} aria-busy=${state === 'loading' ? 'true' : 'false'}>
      <div part="frame" id="frame" class="frame" ?data-open=${this.expanded} @focusin=${this.onFocusIn}><div class="content">${body}</div></div>
      <button part="expand" type="button" data-idle aria-controls="frame" aria-expanded=${this.expanded ? 'true' : 'false'} ?disabled=${state === 'loading'} @click=${this.toggleExpanded}>
        ${t(this.expanded ? 'summary.collapse' : 'summary.expand')}
      </button>
    </div>`;
  }

  /** The page states an aggregate and lists no review Candor can check: the stated figure, and that. */
  private renderStatedOnly(stated: StatedRating): TemplateResult {
    const { t } = this.i18n;
    return html`<h2>${t('summary.title')}</h2>
      <div part="ratings">
        ${this.renderStated(stated)}
        <div part="rating-checked" class="figure"><p class="small">${t('summary.noText')}</p></div>
      </div>`;
  }

  /** The page's own aggregate, the plain figure, as the store stated it and on its scale. */
  private renderStated(stated: StatedRating): TemplateResult {
    const { t, plural } = this.i18n;
    return html`<div part="rating-all" class="figure">
      <p class="label">${t('summary.all')}</p>
      <p class="big" aria-hidden="true">${this.rating(stated.value)} ${starsOnScale(stated.value, stated.best)}</p>
      <p class="small">${plural(`summary.stated.${stated.countOf}`, stated.count, { rating: this.rating(stated.value), scale: stated.best })}</p>
    </div>`;
  }

  private renderLoaded(summary: ReviewSummary, stated?: StatedRating): TemplateResult {
    const { t, plural } = this.i18n;
    const scale = summary.ratingScale;
    const figures = this.figures(summary);
    const small = figures.smallSample;
    const raw = summary.rawAverage ?? 0;
    return html`
      <header part="header">
        <h2>${t('summary.title')}</h2>
        <p part="generated">${plural('summary.generated', summary.total)}</p>
      </header>
      <div part="ratings">
        ${stated
          ? this.renderStated(stated)
          : html`<div part="rating-all" class="figure">
              <p class="label">${t('summary.all')}</p>
              <p class="big" aria-hidden="true">${this.rating(raw)} ${stars(raw, scale)}</p>
              <p class="small">${plural('summary.ratingFrom', summary.total, { rating: this.rating(raw), scale })}</p>
            </div>`}
        <div part="rating-checked" class="figure" aria-live="polite">
          <p class="label">${t(stated ? 'summary.checkedOnPage' : 'summary.checked')}</p>
          ${stated && summary.total <= stated.count
            ? html`<p class="small">${plural('summary.onPage', stated.count, { shown: this.i18n.number(summary.total), passed: this.i18n.number(figures.trustedCount) })}</p>`
            : nothing}
          ${figures.adjustedAverage === null
            ? html`<p class="big">${t('summary.noRating')}</p>`
            : small
              ? nothing
              : html`<p class="big" aria-hidden="true">${this.rating(figures.adjustedAverage)} ${stars(figures.adjustedAverage, scale)}</p>`}
          ${figures.adjustedAverage === null ? nothing : html`<p class="small">${plural('summary.ratingFrom', figures.trustedCount, { rating: this.rating(figures.adjustedAverage), scale })}</p>`}
          ${small
            ? html`<p part="small-sample" class="warning">
                ${plural('summary.smallSample', figures.trustedCount)}
                ${figures.low !== null && figures.high !== null ? t('summary.interval', { low: this.rating(figures.low), high: this.rating(figures.high) }) : nothing}
              </p>`
            : nothing}
        </div>
      </div>
      ${this.renderWork(summary)} ${this.renderHistogram(summary, figures.histogram, figures.trustedCount, stated !== undefined)} ${summary.themes.found === false ? nothing : this.renderThemes(summary)} ${this.renderLongTerm(summary)}
      ${this.renderHelpful(summary)} ${this.renderHow(summary, true)}
    `;
  }

  private renderWork(summary: ReviewSummary): TemplateResult {
    const { t, plural } = this.i18n;
    const recompute = this.canRecompute(summary);
    const shown = summary.excluded.filter((entry) => entry.mode !== 'off' || entry.count > 0);
    return html`<details part="work" @toggle=${this.onWorkToggle}>
      <summary>${plural('summary.work.title', Math.max(0, summary.total - summary.trustedCount))}</summary>
      <p class="small">${t(recompute ? 'summary.work.intro' : 'summary.work.fixed')}</p>
      <ul class="checks">
        ${shown.map((entry) => {
          const name = t(`summary.check.${camel(entry.check)}`);
          const report = summary.checks.find((item) => item.check === entry.check);
          const failed = report?.flagged ?? entry.count;
          const excluded = report?.excluded ?? entry.count;
          const toggle = recompute && entry.mode === 'exclude' && entry.count > 0 && entry.check !== 'checkout-survey';
          // Say exactly what happened: a check that could not run is not a check that everyone passed.
          let outcome: string | undefined;
          if (report && !report.applicable) outcome = t('summary.mode.notApplicable');
          else if (!failed) outcome = undefined;
          else if (entry.check === 'checkout-survey') outcome = t('summary.mode.apart');
          else if (entry.mode !== 'exclude' || excluded === failed) outcome = t(`summary.mode.${entry.mode}`);
          else if (excluded === 0) outcome = t(entry.check === 'burst' ? 'summary.mode.keptBurst' : 'summary.mode.flag');
          else outcome = t('summary.mode.partly', { count: this.i18n.number(excluded) });
          const averages = report && failed && report.flaggedAverage !== null && report.othersAverage !== null;
          return html`<li part="check">
            <strong>${name}</strong>:
            ${report && !report.applicable ? outcome : html`${plural('summary.check.failed', failed)}${outcome ? html`${t('common.listSeparator')}${outcome}` : nothing}`}.
            ${entry.check === 'burst' && excluded < failed ? nothing : html`<span class="small">(${t(`summary.why.${camel(entry.check)}`)})</span>`}
            ${averages ? html`<span class="small">${t('summary.check.averages', { flagged: this.rating(report.flaggedAverage!), others: this.rating(report.othersAverage!) })}</span>` : nothing}
            ${toggle
              ? html`<br /><label class="switch"
                    ><input
                      type="checkbox"
                      ?checked=${!this.disabled.includes(entry.check)}
                      .checked=${!this.disabled.includes(entry.check)}
                      @change=${(event: Event) => this.onCheckChange(summary, entry.check, event)} />
                    ${t('summary.check.apply')}<span class="visually-hidden">: ${name}</span></label
                  >`
              : nothing}
          </li>`;
        })}
      </ul>
      ${this.disabled.length ? html`<p class="small" role="status">${t('summary.work.recomputed', { checks: this.i18n.list(this.disabled.map((check) => t(`summary.check.${camel(check)}`))) })}</p>` : nothing}
    </details>`;
  }

  private renderHistogram(summary: ReviewSummary, trusted: readonly number[], trustedCount: number, onPage: boolean): TemplateResult {
    const { t, plural } = this.i18n;
    const rows = summary.histogram.raw.map((count, index) => ({ stars: index + 1, count, trusted: trusted[index] ?? 0 })).reverse();
    const bar = (part: number, whole: number) =>
      html`<svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false"
        ><rect class="bar-track" width="100" height="4"></rect><rect class="bar-fill" width=${whole ? (part / whole) * 100 : 0} height="4"></rect
      ></svg>`;
    const cell = (part: number, whole: number) => html`<td>${bar(part, whole)}${t('summary.histogram.cell', { count: this.i18n.number(part), percent: this.share(part, whole) })}</td>`;
    return html`<table part="histogram">
      <caption>
        ${t('summary.histogram.caption')}
      </caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${t(onPage ? 'summary.onPageAll' : 'summary.all')}</th>
          <th scope="col">${t(onPage ? 'summary.checkedOnPage' : 'summary.checked')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${plural('summary.histogram.stars', row.stars)}</th>
            ${cell(row.count, summary.total)} ${cell(row.trusted, trustedCount)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Not called when no themes were looked for (`themes.found: false`): "no topic came up" would not be true. */
  private renderThemes(summary: ReviewSummary): TemplateResult {
    const { t } = this.i18n;
    const side = (key: 'pros' | 'cons', themes: readonly Theme[]) =>
      html`<div part="${key}">
        <h3>${t(`summary.${key}`)}</h3>
        ${themes.length ? html`<ul>${themes.map((theme) => this.renderTheme(key, theme, summary.trustedCount))}</ul>` : html`<p class="small">${t('summary.themes.none')}</p>`}
      </div>`;
    return html`<section part="themes" class="themes">${side('pros', summary.themes.pros)} ${side('cons', summary.themes.cons)}</section>`;
  }

  /**
   * A category's or "Other ..." line's label in the page's language (`summary.theme.<labelKey>`;
   * English is the engine's own label, so the page bundle carries no copy); a found aspect in the
   * reviews' own words.
   */
  private themeLabel(theme: { label: string; labelKey?: string }): string {
    const key = `summary.theme.${theme.labelKey}`;
    const translated = theme.labelKey ? this.i18n.t(key) : key;
    return translated === key ? theme.label : translated;
  }

  private renderTheme(side: 'pros' | 'cons', theme: Theme, trusted: number): TemplateResult {
    const { t, plural } = this.i18n;
    const seen = new Set<string>();
    const [first, ...more] = theme.quotes.filter((quote) => !seen.has(quote.text.trim().toLowerCase()) && seen.add(quote.text.trim().toLowerCase()));
    const links = theme.reviewIds.map((id) => this.reviewHref(id)).filter((href): href is string => href !== undefined);
    const label = this.themeLabel(theme);
    const number = (count: number) => this.i18n.number(count);
    return html`<li part="theme">
      <bdi class="theme-label">${label}</bdi>
      <span class="small">(${plural('summary.theme.mentions', theme.mentions, { total: number(Math.max(trusted, theme.mentions)) })})</span>
      ${theme.split
        ? html`<p part="theme-split" class="small">
            ${t('summary.theme.split', {
              like: plural('summary.theme.split.like', theme.split.positive, { count: number(theme.split.positive) }),
              dislike: plural('summary.theme.split.dislike', theme.split.negative, { count: number(theme.split.negative) }),
            })}
          </p>`
        : nothing}
      ${theme.aspects?.length
        ? html`<p part="theme-named" class="small">
            ${t('summary.theme.named', {
              list: this.i18n.list(theme.aspects.map((aspect) => `${this.themeLabel(aspect)} (${number(aspect.mentions)})`)),
            })}
          </p>`
        : nothing}
      ${first ? html`<blockquote part="quote" dir="auto">${first.text}</blockquote>` : nothing}
      ${more.length || links.length
        ? html`<details @toggle=${(event: Event) => this.onThemeToggle(side, theme, event)}>
            <summary>${t('summary.theme.read')}<span class="visually-hidden">: <bdi>${label}</bdi></span></summary>
            ${more.map((quote) => html`<blockquote part="quote" dir="auto">${quote.text}</blockquote>`)}
            ${links.length ? html`<ul>${links.map((href, index) => html`<li><a href=${href}>${t('summary.helpful.read')} ${this.i18n.number(index + 1)}</a></li>`)}</ul>` : nothing}
          </details>`
        : nothing}
    </li>`;
  }

  private renderLongTerm(summary: ReviewSummary): TemplateResult {
    const { t, plural } = this.i18n;
    const { longTerm } = summary;
    return html`<section part="long-term">
      <h3>${t('summary.longTerm.title')}</h3>
      <p>
        ${longTerm.count && longTerm.average !== null
          ? plural('summary.longTerm.text', longTerm.count, { days: this.i18n.number(longTerm.days), rating: this.rating(longTerm.average), scale: summary.ratingScale })
          : t('summary.longTerm.none')}
      </p>
    </section>`;
  }

  private renderHelpful(summary: ReviewSummary): TemplateResult {
    const { t } = this.i18n;
    const one = (key: 'critical' | 'positive', review: ReviewExcerpt | null) =>
      html`<li>
        <figure part="helpful ${key}">
          <h3>${t(`summary.helpful.${key}`)}</h3>
          ${review ? this.renderExcerpt(review, summary.ratingScale) : html`<p class="small">${t('summary.helpful.none')}</p>`}
        </figure>
      </li>`;
    return html`<ul class="helpful-pair">${one('critical', summary.mostHelpful.critical)} ${one('positive', summary.mostHelpful.positive)}</ul>`;
  }

  private renderExcerpt(review: ReviewExcerpt, scale: number): TemplateResult {
    const { t, plural } = this.i18n;
    const href = this.reviewHref(review.id);
    return html`<p>${stars(review.rating, scale)} <span>${t('summary.stars', { rating: this.rating(review.rating), scale })}</span></p>
      ${review.title ? html`<h4 dir="auto">${review.title}</h4>` : nothing}
      <blockquote part="quote" dir="auto">${review.excerpt}</blockquote>
      <figcaption class="small">
        ${review.helpfulVotes ? plural('summary.helpful.votes', review.helpfulVotes) : nothing} ${href ? html`<a href=${href}>${t('summary.helpful.read')}</a>` : nothing}
      </figcaption>`;
  }

  /**
   * The policy facts the store declared, from the summary (computed with the store's config) or else
   * the page's store config. A verification method other than none, or incentives offered, cannot be
   * a default, so an older summary that carries them declared them.
   */
  private declaredPolicy(summary: ReviewSummary): DeclaredPolicy {
    const facts = summary.disclosure;
    const fromConfig = declaredPolicyOf(this.candorConfig);
    const base = facts.declared ?? fromConfig;
    return {
      verification: base.verification || fromConfig.verification || facts.verificationMethod !== 'none',
      moderation: base.moderation || fromConfig.moderation,
      ordering: base.ordering || fromConfig.ordering,
      incentives: base.incentives || fromConfig.incentives || facts.incentivesOffered,
    };
  }

  /** With no declared policy, only what Candor itself did, and that the store has not described its policy. */
  private renderUndeclared(summary: ReviewSummary): TemplateResult {
    const { t, plural } = this.i18n;
    const applied = summary.checks.filter((check) => check.mode !== 'off' && check.applicable).map((check) => t(`summary.check.${camel(check.check)}`));
    return html`<li>${plural('summary.how.candorRead', summary.total, { checks: this.i18n.list(applied) })}</li>
      <li>${t('summary.how.undeclared')}</li>`;
  }

  /** "How reviews work here", written from the engine's facts and the store config: a policy only where the store declared it. */
  private renderHow(summary: ReviewSummary, full: boolean): TemplateResult {
    const { t, plural } = this.i18n;
    const config = this.candorConfig;
    const facts = summary.disclosure;
    const method = facts.verificationMethod;
    const verification = facts.verificationDescription ?? config.reviews.verification.description;
    const moderation = facts.moderationMethod ?? config.reviews.moderation.method;
    const ordering = facts.ordering ?? config.reviews.ordering;
    const incentives = facts.incentivesOffered || config.reviews.incentives.offered;
    const kinds = (facts.incentiveKinds.length ? facts.incentiveKinds : (config.reviews.incentives.kinds ?? [])).map((kind) => t(`summary.incentive.${camel(kind)}`));
    const policy = safeLink(facts.reviewPolicyUrl ?? config.store.reviewPolicyUrl);
    const fakePolicy = safeLink(facts.fakeReviewPolicyUrl ?? config.store.fakeReviewPolicyUrl);
    const leftOut = facts.leftOut.length ? facts.leftOut : summary.excluded.filter((entry) => entry.mode === 'exclude' && entry.count > 0);
    const shares = facts.shares;
    // Which levels the store's config counts as verified, and the share at each (never rounded up).
    const levels = facts.verificationLevels;
    const percent = (share: number) => this.i18n.percent(Math.floor(share * 100) / 100);
    const known = (key: string, fallback: string) => (t(key) === key ? fallback : t(key));
    const declared = this.declaredPolicy(summary);
    return html`<section part="how">
      <h3>${t('summary.how.title')}</h3>
      <ul>
        ${declaresAnyPolicy(declared) ? nothing : this.renderUndeclared(summary)}
        ${declared.verification ? html`<li>${t(`summary.how.verify.${camel(method)}`)} ${verification ? html`<bdi>${verification}</bdi>` : nothing}</li>` : nothing}
        ${declared.verification && levels && method !== 'none'
          ? html`<li>${t('summary.how.counted', { levels: this.i18n.list(levels.counted.map((level) => t(`summary.level.${camel(level)}`))) })}</li>
              ${full ? html`<li>${t('summary.how.levels', { orderMatched: percent(levels.shares['order-matched']), platform: percent(levels.shares.platform), none: percent(levels.shares.none) })}</li>` : nothing}`
          : nothing}
        ${full && shares.verified !== null && method !== 'none' ? html`<li>${t('summary.how.verifiedShare', { percent: this.i18n.percent(Math.floor(shares.verified * 100) / 100) })}</li>` : nothing}
        ${declared.incentives
          ? html`<li>
              ${incentives ? t('summary.how.incentives.yes', { kinds: this.i18n.list(kinds.length ? kinds : [t('summary.incentive.other')]) }) : t('summary.how.incentives.no')}
              ${config.reviews.incentives.description ? html`<bdi>${config.reviews.incentives.description}</bdi>` : nothing}
            </li>`
          : nothing}
        ${full && shares.incentivized > 0 ? html`<li>${t('summary.how.incentivizedShare', { percent: this.i18n.percent(Math.floor(shares.incentivized * 100) / 100) })}</li>` : nothing}
        ${full && shares.imported + shares.syndicated > 0
          ? html`<li>${t('summary.how.importedShare', { percent: this.i18n.percent(Math.floor((shares.imported + shares.syndicated) * 100) / 100) })}</li>`
          : nothing}
        ${declared.moderation
          ? html`<li>
              ${known(`summary.how.moderation.${camel(moderation)}`, moderation)}
              ${config.reviews.moderation.description ? html`<bdi>${config.reviews.moderation.description}</bdi>` : nothing}
            </li>`
          : nothing}
        ${declared.ordering ? html`<li>${known(`summary.how.ordering.${camel(ordering)}`, ordering)}</li>` : nothing}
        ${facts.undatedCount ? html`<li>${plural('summary.how.undated', facts.undatedCount)}</li>` : nothing}
        ${full
          ? html`<li>
              ${leftOut.length
                ? html`${t('summary.how.leftOut')}
                    <ul>
                      ${leftOut.map(
                        (entry) =>
                          html`<li>${t('summary.how.leftOutItem', { check: t(`summary.check.${camel(entry.check)}`), count: this.i18n.number(entry.count), why: t(`summary.why.${camel(entry.check)}`) })}</li>`,
                      )}
                    </ul>`
                : t('summary.how.leftOutNone')}
            </li>`
          : nothing}
        ${summary.checkoutSurvey.count ? html`<li>${plural('summary.how.checkout', summary.checkoutSurvey.count)}</li>` : nothing}
        ${full ? html`<li>${t('summary.how.generated')}</li>` : nothing}
      </ul>
      ${policy || fakePolicy
        ? html`<p>
            ${policy ? html`<a href=${policy}>${t('summary.how.policy')}</a>` : nothing}${policy && fakePolicy ? ' · ' : nothing}${fakePolicy
              ? html`<a href=${fakePolicy}>${t('summary.how.fakePolicy')}</a>`
              : nothing}
          </p>`
        : nothing}
    </section>`;
  }
}
