import type { ReviewCheckId, StatedRating } from '@candor/core';
import type { ReviewSummary, Theme } from '@candor/core/reviews';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { figuresWithout, loadRecompute, recomputeLoaded } from './recompute-loader.js';
import { ReviewDataController } from './review-data.js';
import { StagedRender } from './shared/first-render.js';
import { renderHistogram } from './review-summary.histogram.js';
import { summaryLocales, summaryMessages } from './review-summary.messages.js';
import type { SummaryView } from './review-summary.sections.js';
import { summaryStyles } from './review-summary.styles.js';
import { renderWork } from './review-summary.work.js';
import { CandorElement } from './shared/candor-element.js';
import { emitCandorEvent, productIdDetail } from './shared/events.js';
import { lazyPart } from './shared/lazy-messages.js';
import { describeElement, logOnce } from './shared/log.js';
import { ratingText, stars, starStyles, starsOnScale } from './stars.js';
import { TemplateCache } from './template-cache.js';

/**
 * The content below the ratings table (review-summary.more.ts), loaded when the summary comes into
 * view or the shopper reaches for "Show the full summary" (pointer over it, focus, press), and at
 * once for an empty summary.
 */
const moreSections = lazyPart(() => import('./review-summary.more.js'));

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
  static override styles = [CandorElement.styles, starStyles, summaryStyles];
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
    moreBusy: { state: true, attribute: false },
    moreFailed: { state: true, attribute: false },
  };
  static override catalogue = summaryMessages;
  static override locales = summaryLocales;
  /** Code loaded on demand that a server render, and the hydration of one, load first (see shared/lazy-messages.ts). */
  static lazyParts = [moreSections];

  // --- state ----------------------------------------------------------------------------------
  /** Checks the shopper switched off in "show our work". */
  private disabled: ReviewCheckId[] = [];
  /** The shopper lifted the reserved size. */
  private expanded = false;
  /** The shopper pressed "Show the full summary" and the content behind it is on its way. */
  private moreBusy = false;
  /** The content behind "Show the full summary" did not load when the shopper pressed it. */
  private moreFailed = false;
  /** The last render left out the content behind the expand button (its code not loaded yet). */
  private moreWaiting = false;
  private readonly data = new ReviewDataController(this);
  /**
   * The loaded summary's parts after the figures and the checks, one stage each, where first
   * renders are paced: the histogram, the pros, the cons, the long-term owners and most helpful
   * reviews, and the "how reviews work here" disclosure (see StagedRender in shared/first-render.ts).
   */
  protected override readonly stages = new StagedRender(this, 5);
  private lastSummary: ReviewSummary | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /** The content element the resize observer watches (a new template means a new one). */
  private watched: Element | undefined;
  /** The loaded content, made again only when the summary, the switched-off checks, language or config change. */
  private readonly loadedTemplate = new TemplateCache<TemplateResult>();
  /** The parts of the loaded content that no check switch changes. */
  private readonly uncheckedTemplate = new TemplateCache<TemplateResult>();

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.watched = undefined;
  }

  protected override prepare(_changed: PropertyValues, problems: string[]): void {
    this.data.sync(this.candorConfig);
    if (this.data.state === 'error' && this.data.error) problems.push(this.data.error);
    // An empty summary shows "how reviews work here" and nothing else: it is needed at once.
    if (this.data.state === 'empty') this.loadMore();
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
    if (!summary || !this.localeReady) return;
    this.shown.arm(summary, () => {
      // In view, the shopper reads the figures before reaching the expand button below them: the
      // content behind it loads meanwhile, so the press reveals it in its own frame. Loaded by the
      // press, it would come a network round trip later (slow 4G: 150 ms; a tap's touchstart is
      // only ~100 ms ahead of its click). A summary never scrolled to never loads it, nor one
      // showing only the page's stated rating.
      if (summary.total > 0) this.loadMore();
      const small = summary.total > 0 && summary.confidence.smallSample;
      emitCandorEvent(this, 'candor-summary-shown', {
        ...productIdDetail(this.productId),
        widget: 'summary',
        state: summary.total === 0 ? 'empty' : small ? 'small-sample' : 'loaded',
        total: summary.total,
        trustedCount: summary.trustedCount,
      });
    });
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
    button.toggleAttribute('data-idle', !clipped && !this.expanded && !this.moreWaiting);
  }

  /** Keyboard users tabbing into content below the reserved size see it: the frame opens. */
  private onFocusIn(event: FocusEvent): void {
    if (this.expanded) return;
    const frame = event.currentTarget as HTMLElement;
    const target = event.composedPath()[0] as Element | undefined;
    if (target && target.getBoundingClientRect().bottom > frame.getBoundingClientRect().bottom) this.expanded = true;
  }

  /** The shopper reaches for the expand button: the content behind it starts loading (once); rendered when there. */
  private loadMore(): void {
    if (moreSections.loaded || moreSections.loading) return;
    // A failure here is not the shopper's concern yet: a press tries again and says so.
    moreSections.load().then(
      () => this.requestUpdate(),
      () => undefined,
    );
  }

  private toggleExpanded(): void {
    if (this.moreBusy) return;
    this.moreFailed = false;
    if (this.expanded || moreSections.loaded) return void (this.expanded = !this.expanded);
    // The frame opens when its content is there, not before: opened on less than it will hold, the
    // page below would move twice. Meanwhile the button says it is busy (aria-busy), in place.
    this.moreBusy = true;
    moreSections.load().then(
      () => {
        this.moreBusy = false;
        this.expanded = true;
      },
      (error: unknown) => {
        this.moreBusy = false;
        this.moreFailed = true;
        logOnce(`more:${String(error)}`, 'warn', `${describeElement(this)}: the rest of the summary did not load (${String(error)}).`);
      },
    );
  }

  private readonly onCheckChange = (summary: ReviewSummary, check: ReviewCheckId, event: Event): void => {
    const box = event.target as HTMLInputElement;
    const applied = box.checked;
    // Where the press does not take effect, the switch shows the state in force again (not the
    // opposite of this press: two quick presses before the code arrives must end where they began).
    const restore = () => (box.checked = !this.disabled.includes(check));
    const apply = () => {
      if (summary !== this.data.summary) return void restore(); // the summary was replaced meanwhile
      this.disabled = applied ? this.disabled.filter((id) => id !== check) : [...new Set([...this.disabled, check])];
      const figures = figuresWithout(summary, this.disabled, this.candorConfig.reviews.smallSample);
      emitCandorEvent(this, 'candor-check-toggle', {
        ...productIdDetail(this.productId),
        check,
        applied,
        adjustedAverage: figures.adjustedAverage,
        trustedCount: figures.trustedCount,
      });
    };
    if (recomputeLoaded()) return apply();
    loadRecompute().then(apply, (error: unknown) => {
      restore(); // the figure did not change, so neither does the switch
      logOnce(
        `recompute:${String(error)}`,
        'error',
        `${describeElement(this)}: the code that switches checks off did not load (${String(error)}); the checked rating stays as it was.`,
      );
    });
  };

  private readonly onThemeToggle = (side: 'pros' | 'cons', theme: Theme, event: Event): void => {
    if (!(event.target as HTMLDetailsElement).open) return;
    emitCandorEvent(this, 'candor-theme-open', { ...productIdDetail(this.productId), side, theme: theme.key, mentions: theme.mentions });
  };

  // --- render ---------------------------------------------------------------------------------
  protected override renderContent(): TemplateResult {
    const { t } = this.i18n;
    const { summary, stated } = this.data;
    const state = this.localeReady ? this.data.state : 'loading';
    // Nothing to show (no source, no rating markup): no frame, no border, no height.
    if (state === 'none') return html``;
    let body: TemplateResult;
    this.moreWaiting = false;
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
      const more = moreSections.loaded;
      body = html`<h2>${t('summary.title')}</h2>
        <p part="status">${t('summary.empty')}</p>
        ${more ? more.renderHow(this.i18n, this.candorConfig, summary, false) : nothing}`;
    } else {
      // Expanded, the shopper sees the whole content: no part waits for its stage then.
      if (this.expanded) this.stages.showAll();
      this.moreWaiting = !moreSections.loaded;
      // Expanding or collapsing changes only the frame and the button: the content is not rendered
      // again (it is the whole render's cost, in the task of the shopper's click), unless a stage
      // came in meanwhile.
      body = this.loadedTemplate.get(
        [summary, stated, this.disabled, this.i18n, this.candorConfig, this.stages.progress(), moreSections.loaded],
        () => this.renderLoaded(summary, stated),
      );
    }
    return html`<div part="base" lang=${this.i18n.locale} dir=${this.i18n.dir} aria-busy=${state === 'loading' ? 'true' : 'false'}>
      <div part="frame" id="frame" class="frame" ?data-open=${this.expanded} @focusin=${this.onFocusIn}><div class="content">${body}</div></div>
      <button
        part="expand"
        type="button"
        data-idle
        aria-controls="frame"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-busy=${this.moreBusy ? 'true' : nothing}
        ?disabled=${state === 'loading'}
        @click=${this.toggleExpanded}
        @pointerenter=${this.loadMore}
        @pointerdown=${this.loadMore}
        @focus=${this.loadMore}
      >
        ${t(this.expanded ? 'summary.collapse' : 'summary.expand')}
      </button>
      ${
        // Inserted with its text, as an alert: announced once, when the shopper's press failed.
        this.moreFailed ? html`<p class="more-status small" role="alert">${t('summary.moreFailed')}</p>` : nothing
      }
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
      <p class="big" aria-hidden="true">${ratingText(this.i18n, stated.value)} ${starsOnScale(stated.value, stated.best)}</p>
      <p class="small">${plural(`summary.stated.${stated.countOf}`, stated.count, { rating: ratingText(this.i18n, stated.value), scale: stated.best })}</p>
    </div>`;
  }

  private renderLoaded(summary: ReviewSummary, stated?: StatedRating): TemplateResult {
    const { t, plural } = this.i18n;
    const scale = summary.ratingScale;
    const figures = figuresWithout(summary, this.disabled, this.candorConfig.reviews.smallSample);
    const small = figures.smallSample;
    const raw = summary.rawAverage ?? 0;
    const view: SummaryView = { i18n: this.i18n, onThemeToggle: this.onThemeToggle };
    const stage = (index: number) => this.stages.has(index);
    return html`
      <header part="header">
        <h2>${t('summary.title')}</h2>
        <p part="generated">${plural('summary.generated', summary.total)}</p>
      </header>
      <div part="ratings">
        ${
          stated
            ? this.renderStated(stated)
            : html`<div part="rating-all" class="figure">
              <p class="label">${t('summary.all')}</p>
              <p class="big" aria-hidden="true">${ratingText(this.i18n, raw)} ${stars(raw, scale)}</p>
              <p class="small">${plural('summary.ratingFrom', summary.total, { rating: ratingText(this.i18n, raw), scale })}</p>
            </div>`
        }
        <div part="rating-checked" class="figure" aria-live="polite">
          <p class="label">${t(stated ? 'summary.checkedOnPage' : 'summary.checked')}</p>
          ${
            stated && summary.total <= stated.count
              ? html`<p class="small">${plural('summary.onPage', stated.count, { shown: this.i18n.number(summary.total), passed: this.i18n.number(figures.trustedCount) })}</p>`
              : nothing
          }
          ${
            figures.adjustedAverage === null
              ? html`<p class="big">${t('summary.noRating')}</p>`
              : small
                ? nothing
                : html`<p class="big" aria-hidden="true">${ratingText(this.i18n, figures.adjustedAverage)} ${stars(figures.adjustedAverage, scale)}</p>`
          }
          ${figures.adjustedAverage === null ? nothing : html`<p class="small">${plural('summary.ratingFrom', figures.trustedCount, { rating: ratingText(this.i18n, figures.adjustedAverage), scale })}</p>`}
          ${
            small
              ? html`<p part="small-sample" class="warning">
                ${plural('summary.smallSample', figures.trustedCount)}
                ${figures.low !== null && figures.high !== null ? t('summary.interval', { low: ratingText(this.i18n, figures.low), high: ratingText(this.i18n, figures.high) }) : nothing}
              </p>`
              : nothing
          }
        </div>
      </div>
      ${renderWork(this.i18n, summary, this.disabled, this.onCheckChange, this.candorConfig.reviews.smallSample)}
      ${stage(1) ? renderHistogram(this.i18n, summary, figures.histogram, figures.trustedCount, stated !== undefined) : nothing}
      ${this.uncheckedTemplate.get(
        [summary, this.i18n, this.candorConfig, stage(2), stage(3), stage(4), stage(5), moreSections.loaded],
        () => this.renderUnchecked(view, summary, stage),
      )}
    `;
  }

  /**
   * The parts no check switch changes (so switching one renders none of them again), each from its
   * stage on, once their code has loaded (moreSections): until then none is in the DOM.
   */
  private renderUnchecked(view: SummaryView, summary: ReviewSummary, stage: (index: number) => boolean): TemplateResult {
    const more = moreSections.loaded;
    return html`${more && stage(2) && summary.themes.found !== false ? more.renderThemes(view, summary, stage(3)) : nothing}
      ${more && stage(4) ? html`${more.renderLongTerm(this.i18n, summary)} ${more.renderHelpful(view, summary)}` : nothing}
      ${more && stage(5) ? more.renderHow(this.i18n, this.candorConfig, summary, true) : nothing}`;
  }
}
