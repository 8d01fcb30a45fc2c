import { floorRating } from '@candor/core';
import { html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { badgeLocales, badgeMessages } from './rating-badge.messages.js';
import { BADGE_CSS } from './rating-badge.styles.js';
import { ratingsFor } from './ratings-index.js';
import { inlineJson, ReviewDataController } from './review-data.js';
import { CandorElement } from './shared/candor-element.js';
import { emitCandorEvent, productIdDetail } from './shared/events.js';
import { ratingText, stars, starStyles, starsOnScale } from './stars.js';

/** The range of `scale` (the config's reviews.ratingScale has the same). */
const MIN_SCALE = 3;
const MAX_SCALE = 10;

/** The figures a badge shows, from attributes or from a summary. */
interface BadgeFigures {
  rating: number | null;
  count: number;
  checked: number | null;
  checkedCount: number;
  scale: number;
  small: boolean;
  /** The figure is the page's own aggregate, as the store stated it. */
  stated?: boolean;
}

const styles = unsafeCSS(BADGE_CSS);

/**
 * A compact rating for listing pages and product cards: stars (hidden from screen readers) and the
 * text "Rated 4.3 out of 5 from 212 reviews", plus the figure from the reviews that passed the
 * store's checks where it differs. Figures are cut, never rounded up, and the stars fill exactly
 * the figure shown. Too few reviews say so instead of showing a bare "5.0".
 *
 * Data: the `rating` and `count` attributes (listing pages that already know them; add
 * `checked-rating` and `checked-count` for the checked figure), or any source the review summary
 * takes (`summary-src`, inline JSON, `src`, the config's URLs with `product-id`, the page's JSON-LD).
 * With `product-id` and the config's `reviews.ratings` (the ratings.json `candor summarize` writes),
 * every badge on the page reads the one index; a product the index does not list falls back to the
 * sources above. Fifty badges pointing at one URL make one request.
 *
 * @customElement candor-rating-badge
 * @summary Compact, honest star rating with the text screen readers read.
 *
 * @csspart base - The badge.
 * @csspart stars - The stars (aria-hidden).
 * @csspart text - The visible rating and count.
 * @csspart checked - The checked figure, where it differs.
 * @csspart status - The loading, empty and error text.
 *
 * @cssprop [--candor-star=var(--candor-accent)] - Fill of the stars.
 * @cssprop [--candor-star-empty=var(--candor-border)] - Outline of empty stars.
 * @cssprop --candor-font-size-small - The badge's text size (and every other --candor-* token).
 *
 * @fires candor-summary-shown - The badge came into view with its data: `{ productId, widget: 'badge', state, total, trustedCount }`.
 *
 * @example
 * ```html
 * <candor-rating-badge rating="4.76" count="212" checked-rating="4.31" checked-count="180"></candor-rating-badge>
 * <candor-rating-badge product-id="sku-123" summary-src="/reviews/sku-123.summary.json"></candor-rating-badge>
 * ```
 */
export class CandorRatingBadge extends CandorElement {
  // --- statics and styles ---------------------------------------------------------------------
  static override styles = [CandorElement.styles, starStyles, styles];
  /** Public properties and attributes, documented at their fields below. */
  static override properties: PropertyDeclarations = {
    productId: { attribute: 'product-id', reflect: true },
    rating: { type: Number },
    count: { type: Number },
    checkedRating: { type: Number, attribute: 'checked-rating' },
    checkedCount: { type: Number, attribute: 'checked-count' },
    scale: { type: Number },
    src: {},
    summarySrc: { attribute: 'summary-src' },
    format: {},
    summary: { attribute: false },
    reviews: { attribute: false },
  };
  static override catalogue = badgeMessages;
  static override locales = badgeLocales;

  // --- state ----------------------------------------------------------------------------------
  private readonly data = new ReviewDataController(this);
  private figuresShown: BadgeFigures | undefined;
  private fromAttributes: BadgeFigures | undefined;
  /** The checked `scale` (or the config's), for the stars drawn before there are figures. */
  private shownScale = 5;
  /** The ratings index: 'missing' (not listed, or unreadable) hands over to the other sources. */
  private index:
    { key: string; state: 'loading' | 'found' | 'missing'; figures?: BadgeFigures; error?: string; abort: AbortController } | undefined;

  // --- public properties ----------------------------------------------------------------------
  /** The product's id: fills `{productId}` in the config's URLs, picks the JSON-LD product, and goes into events. */
  productId?: string;
  /** The plain average of every review, when the page already knows it. */
  rating?: number;
  /** How many reviews `rating` rests on. */
  count?: number;
  /** The average of the reviews that passed the store's checks. */
  checkedRating?: number;
  /** How many reviews `checked-rating` rests on. */
  checkedCount?: number;
  /** The top of the rating scale: a whole number from 3 to 10 (default the config's reviews.ratingScale, 5). */
  scale?: number;
  /** URL of the reviews (JSON list, `{ "reviews": [...] }`, or a summary; other formats with `format`). */
  src?: string;
  /** URL of a precomputed summary (the output of `summarizeReviews`, as JSON); the engine is not loaded. */
  summarySrc?: string;
  /** Format of `src`: candor (default), schema-org, google-feed or csv. */
  format?: string;
  /** A precomputed summary object. */
  summary?: unknown;
  /** Raw reviews (`ReviewInput[]`) to analyse in the browser. */
  reviews?: unknown;

  // --- lifecycle ------------------------------------------------------------------------------
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.index?.state === 'loading') {
      this.index.abort.abort();
      this.index = undefined;
    }
  }

  protected override prepare(_changed: PropertyValues, problems: string[]): void {
    const scale = (this.shownScale = this.checkedScale(problems));
    this.fromAttributes = undefined;
    if (this.rating !== undefined || this.count !== undefined) {
      const bad = (name: string, value: number | undefined, max: number) =>
        value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= max)
          ? `${name}="${String(value)}" must be a number from 0 to ${max}`
          : undefined;
      const issues = [
        bad('rating', this.rating, scale),
        bad('count', this.count, 1e9),
        bad('checked-rating', this.checkedRating, scale),
        bad('checked-count', this.checkedCount, this.count ?? 1e9),
        this.rating !== undefined && this.count === undefined
          ? 'rating needs count too: a rating without the number of reviews it rests on is not shown'
          : undefined,
      ].filter((issue): issue is string => issue !== undefined);
      problems.push(...issues);
      if (!issues.length) {
        const count = Math.floor(this.count ?? 0);
        const checkedCount = Math.floor(this.checkedCount ?? count);
        this.fromAttributes = {
          rating: count ? (this.rating ?? null) : null,
          count,
          checked: this.checkedRating ?? null,
          checkedCount,
          scale,
          small: (this.checkedRating !== undefined ? checkedCount : count) < this.candorConfig.reviews.smallSample,
        };
      }
      return;
    }
    if (this.useIndex(problems)) return;
    this.data.sync(this.candorConfig);
    if (this.data.state === 'error' && this.data.error) problems.push(this.data.error);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const figures = this.figuresShown;
    if (!figures) return;
    this.shown.arm(`${figures.rating}/${figures.count}/${figures.checked}/${figures.checkedCount}`, () =>
      emitCandorEvent(this, 'candor-summary-shown', {
        ...productIdDetail(this.productId),
        widget: 'badge',
        state: figures.count === 0 ? 'empty' : figures.small ? 'small-sample' : 'loaded',
        total: figures.count,
        trustedCount: figures.checked === null ? figures.count : figures.checkedCount,
      }),
    );
  }

  // --- private helpers ------------------------------------------------------------------------
  /**
   * The `scale` attribute when it is a whole number from 3 to 10 (the config's range), else the
   * config's scale with a problem reported: a row of stars is drawn per unit, so `scale="1e8"`
   * would build a hundred million shapes.
   */
  private checkedScale(problems: string[]): number {
    const fallback = this.candorConfig.reviews.ratingScale;
    if (this.scale === undefined || this.scale === null) return fallback;
    if (Number.isInteger(this.scale) && this.scale >= MIN_SCALE && this.scale <= MAX_SCALE) return this.scale;
    problems.push(`scale="${String(this.scale).slice(0, 40)}" must be a whole number from ${MIN_SCALE} to ${MAX_SCALE}; using ${fallback}`);
    return fallback;
  }

  /** Reads the config's ratings index when the badge has a product id and no source of its own; true while it answers. */
  private useIndex(problems: string[]): boolean {
    const url = this.candorConfig.reviews.ratings;
    const own = this.summary ?? this.reviews ?? this.src ?? this.summarySrc ?? inlineJson(this);
    if (!url || !this.productId || own !== undefined) return false;
    const key = `${url} ${this.productId}`;
    if (this.index?.key !== key) {
      this.index?.abort.abort();
      const index: NonNullable<typeof this.index> = { key, state: 'loading', abort: new AbortController() };
      this.index = index;
      const smallSample = this.candorConfig.reviews.smallSample;
      ratingsFor(url, this.productId, { timeoutMs: this.candorConfig.reviews.source?.timeoutMs ?? 5000, signal: index.abort.signal })
        .then(
          (found) => {
            if (found) index.figures = { ...found, small: (found.checked !== null ? found.checkedCount : found.count) < smallSample };
            index.state = found ? 'found' : 'missing';
          },
          (error: unknown) => {
            if (index.abort.signal.aborted) return;
            index.state = 'missing';
            index.error = error instanceof Error ? error.message : String(error);
          },
        )
        .finally(() => this.index === index && this.requestUpdate());
    }
    if (this.index.error) problems.push(this.index.error);
    return this.index.state !== 'missing';
  }

  private figures(): BadgeFigures | undefined {
    if (this.fromAttributes) return this.fromAttributes;
    if (this.index?.figures) return this.index.figures;
    const { summary, stated } = this.data;
    // The page's own aggregate is the plain figure; a few listed reviews never replace it, and the
    // badge has no room to say that a checked figure rests on only the reviews on this page.
    if (stated)
      return {
        rating: stated.value,
        count: stated.count,
        checked: null,
        checkedCount: 0,
        scale: stated.best,
        small: stated.count < this.candorConfig.reviews.smallSample,
        stated: true,
      };
    if (!summary) return undefined;
    return {
      rating: summary.rawAverage,
      count: summary.total,
      checked: summary.adjustedAverage,
      checkedCount: summary.trustedCount,
      scale: summary.ratingScale,
      small: summary.confidence.smallSample,
    };
  }

  // --- render ---------------------------------------------------------------------------------
  protected override renderContent(): TemplateResult {
    const { t, plural } = this.i18n;
    const figures = (this.figuresShown = this.localeReady ? this.figures() : undefined);
    const failed = !figures && this.localeReady && (this.data.state === 'error' || this.rating !== undefined || this.count !== undefined);
    let body: TemplateResult;
    // Nothing to show (no data; or wrong data, logged for the store): no box, no text. "Not available"
    // is for a network failure, and for attributes that cannot be shown.
    const fromData = this.rating === undefined && this.count === undefined;
    if (!figures && fromData && (this.data.state === 'none' || (this.data.state === 'error' && !this.data.offline))) return html``;
    if (!figures) {
      body = html`${stars(0, this.shownScale)}<span part="status" class="muted" role="status">${t(failed ? 'badge.error' : 'badge.loading')}</span>`;
    } else if (figures.rating === null || figures.count === 0) {
      body = html`${stars(0, figures.scale)}<span part="status" class="muted">${t('badge.empty')}</span>`;
    } else {
      const { rating, count, checked, checkedCount, scale, small } = figures;
      // The checked figure is shown only where it says something the plain one does not.
      const differs = checked !== null && floorRating(checked) !== floorRating(rating);
      body = html`${starsOnScale(rating, scale)}
        <span part="text" aria-hidden="true">${ratingText(this.i18n, rating)} (${this.i18n.number(count)})</span>
        ${differs ? html`<span part="checked" class="muted" aria-hidden="true">· ${t('badge.checkedShort', { rating: ratingText(this.i18n, checked) })}</span>` : nothing}
        ${small ? html`<span class="muted" aria-hidden="true">· ${t('badge.smallSample')}</span>` : nothing}
        <span class="visually-hidden"
          >${plural('badge.label', count, { rating: ratingText(this.i18n, rating), scale })}${figures.stated ? `, ${t('badge.stated')}` : ''}${differs ? html`; ${plural('badge.checked', checkedCount, { rating: ratingText(this.i18n, checked), scale })}` : nothing}${
            small ? html`; ${t('badge.smallSample')}` : nothing
          }</span
        >`;
    }
    return html`<span part="base" lang=${this.i18n.locale} dir=${this.i18n.dir}>${body}</span>`;
  }
}
