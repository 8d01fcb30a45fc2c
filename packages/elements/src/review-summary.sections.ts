/**
 * The parts of a loaded summary below the ratings table: pros and cons, what long-term owners say,
 * and the most helpful critical and positive reviews. Plain functions of the summary and the
 * element's I18n; the element passes its event handler for opened themes. Loaded on demand with
 * the "how reviews work here" disclosure (review-summary.more.ts), not with the widget.
 */
import type { ReviewExcerpt, ReviewSummary, Theme } from '@candor/core/reviews';
import { html, nothing, type TemplateResult } from 'lit';
import type { I18n } from './shared/i18n.js';
import { ratingText, stars } from './stars.js';

/** What the renderers need of the element. */
export interface SummaryView {
  readonly i18n: I18n;
  onThemeToggle(side: 'pros' | 'cons', theme: Theme, event: Event): void;
}

/** `#review-<id>` when the page shows that review, so a link can take the shopper there. */
function reviewHref(id: string): string | undefined {
  return id && typeof document !== 'undefined' && document.getElementById(`review-${id}`) ? `#review-${encodeURIComponent(id)}` : undefined;
}

/**
 * Not called when no themes were looked for (`themes.found: false`): "no topic came up" would not be
 * true. Without `withCons`, the pros only (the cons follow in a later render stage).
 */
export function renderThemes(view: SummaryView, summary: ReviewSummary, withCons = true): TemplateResult {
  const { i18n } = view;
  const { t } = i18n;
  const side = (key: 'pros' | 'cons', themes: readonly Theme[]) =>
    html`<div part="${key}">
      <h3>${t(`summary.${key}`)}</h3>
      ${themes.length ? html`<ul>${themes.map((theme) => renderTheme(view, key, theme, summary.trustedCount))}</ul>` : html`<p class="small">${t('summary.themes.none')}</p>`}
    </div>`;
  return html`<section part="themes" class="themes">${side('pros', summary.themes.pros)} ${withCons ? side('cons', summary.themes.cons) : nothing}</section>`;
}

/**
 * A category's or "Other ..." line's label in the page's language (`summary.theme.<labelKey>`;
 * English is the engine's own label, so the page bundle carries no copy); a found aspect in the
 * reviews' own words.
 */
function themeLabel(i18n: I18n, theme: { label: string; labelKey?: string }): string {
  const key = `summary.theme.${theme.labelKey}`;
  const translated = theme.labelKey ? i18n.t(key) : key;
  return translated === key ? theme.label : translated;
}

function renderTheme(view: SummaryView, side: 'pros' | 'cons', theme: Theme, trusted: number): TemplateResult {
  const { i18n } = view;
  const { t, plural } = i18n;
  const seen = new Set<string>();
  const [first, ...more] = theme.quotes.filter(
    (quote) => !seen.has(quote.text.trim().toLowerCase()) && seen.add(quote.text.trim().toLowerCase()),
  );
  const links = theme.reviewIds.map((id) => reviewHref(id)).filter((href): href is string => href !== undefined);
  const label = themeLabel(i18n, theme);
  const number = (count: number) => i18n.number(count);
  return html`<li part="theme">
    <bdi class="theme-label">${label}</bdi>
    <span class="small">(${plural('summary.theme.mentions', theme.mentions, { total: number(Math.max(trusted, theme.mentions)) })})</span>
    ${
      theme.split
        ? html`<p part="theme-split" class="small">
          ${t('summary.theme.split', {
            like: plural('summary.theme.split.like', theme.split.positive, { count: number(theme.split.positive) }),
            dislike: plural('summary.theme.split.dislike', theme.split.negative, { count: number(theme.split.negative) }),
          })}
        </p>`
        : nothing
    }
    ${
      theme.aspects?.length
        ? html`<p part="theme-named" class="small">
          ${t('summary.theme.named', {
            list: i18n.list(theme.aspects.map((aspect) => `${themeLabel(i18n, aspect)} (${number(aspect.mentions)})`)),
          })}
        </p>`
        : nothing
    }
    ${first ? html`<blockquote part="quote" dir="auto">${first.text}</blockquote>` : nothing}
    ${
      more.length || links.length
        ? html`<details @toggle=${(event: Event) => view.onThemeToggle(side, theme, event)}>
          <summary>${t('summary.theme.read')}<span class="visually-hidden">: <bdi>${label}</bdi></span></summary>
          ${more.map((quote) => html`<blockquote part="quote" dir="auto">${quote.text}</blockquote>`)}
          ${links.length ? html`<ul>${links.map((href, index) => html`<li><a href=${href}>${t('summary.helpful.read')} ${i18n.number(index + 1)}</a></li>`)}</ul>` : nothing}
        </details>`
        : nothing
    }
  </li>`;
}

export function renderLongTerm(i18n: I18n, summary: ReviewSummary): TemplateResult {
  const { t, plural } = i18n;
  const { longTerm } = summary;
  return html`<section part="long-term">
    <h3>${t('summary.longTerm.title')}</h3>
    <p>
      ${
        longTerm.count && longTerm.average !== null
          ? plural('summary.longTerm.text', longTerm.count, {
              days: i18n.number(longTerm.days),
              rating: ratingText(i18n, longTerm.average),
              scale: summary.ratingScale,
            })
          : t('summary.longTerm.none')
      }
    </p>
  </section>`;
}

export function renderHelpful(view: SummaryView, summary: ReviewSummary): TemplateResult {
  const { i18n } = view;
  const { t } = i18n;
  const one = (key: 'critical' | 'positive', review: ReviewExcerpt | null) =>
    html`<li>
      <figure part="helpful ${key}">
        <h3>${t(`summary.helpful.${key}`)}</h3>
        ${review ? renderExcerpt(view, review, summary.ratingScale) : html`<p class="small">${t('summary.helpful.none')}</p>`}
      </figure>
    </li>`;
  return html`<ul class="helpful-pair">${one('critical', summary.mostHelpful.critical)} ${one('positive', summary.mostHelpful.positive)}</ul>`;
}

function renderExcerpt(view: SummaryView, review: ReviewExcerpt, scale: number): TemplateResult {
  const { i18n } = view;
  const { t, plural } = i18n;
  const href = reviewHref(review.id);
  return html`<p>${stars(review.rating, scale)} <span>${t('summary.stars', { rating: ratingText(i18n, review.rating), scale })}</span></p>
    ${review.title ? html`<h4 dir="auto">${review.title}</h4>` : nothing}
    <blockquote part="quote" dir="auto">${review.excerpt}</blockquote>
    <figcaption class="small">
      ${review.helpfulVotes ? plural('summary.helpful.votes', review.helpfulVotes) : nothing} ${href ? html`<a href=${href}>${t('summary.helpful.read')}</a>` : nothing}
    </figcaption>`;
}
