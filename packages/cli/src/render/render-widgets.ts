/**
 * Server rendering of Candor's widgets with Lit SSR: each widget becomes its custom element with
 * a declarative shadow root (`<template shadowrootmode="open">`), so a browser shows the badge,
 * the summary and the honesty panel at first paint with no JavaScript at all.
 *
 * What the output carries so that hydration renders the same thing:
 * - the summary, inline as `<script type="application/json">` (escaped with `toInlineJson`), which
 *   the badge, the summary and the panel read synchronously on their first client render;
 * - the `locale` attribute, whose strings the client loads before hydrating (`hydrateCandor`);
 * - `defer-hydration`, so no widget renders on the client until `hydrateCandor` has set the same
 *   store config and loaded the locale; until then the server's HTML simply stays;
 * - the config's theme as one more `<style>` in the shadow root, after the widget's own styles,
 *   so colours are right before any script runs;
 * - in that `<style>`, a rule that lets no stylesheet reserve space for the widget (candor.css
 *   reserves it for widgets that render in the browser): it has its content, and so its size,
 *   from the first paint.
 */
import { toInlineJson, validateConfig, type CandorConfig } from '@candor/core';

export const WIDGETS = ['badge', 'summary', 'panel'] as const;
export type Widget = (typeof WIDGETS)[number];

export interface RenderRequest {
  productId: string;
  /** A BCP 47 tag; its strings are loaded before rendering. */
  locale: string;
  /** The precomputed summary (`candor summarize`'s `<productId>.json`), if the product has one. */
  summary?: unknown;
  /** Which widgets to render (default: all three; badge and summary only with a summary). */
  widgets?: readonly Widget[];
}

export type RenderedWidgets = Partial<Record<Widget, string>>;

const TAGS: Record<Widget, string> = { badge: 'candor-rating-badge', summary: 'candor-review-summary', panel: 'candor-honesty-panel' };

interface Ssr {
  render: typeof import('@lit-labs/ssr').render;
  collectResult: typeof import('@lit-labs/ssr/lib/render-result.js').collectResult;
  html: typeof import('lit').html;
  preloadLocale: (locale: string) => Promise<void>;
  themeCss: (theme: CandorConfig['theme'] | undefined) => string;
  logged: string[];
}

let loading: Promise<Ssr> | undefined;

/**
 * Lit SSR and the elements, loaded once. The elements' console reports (a bad summary, a bad
 * attribute) are captured, so a render can fail with the element's own sentence instead of
 * writing a widget that shows nothing.
 */
function loadSsr(): Promise<Ssr> {
  return (loading ??= (async () => {
    const [{ render }, { collectResult }, { html }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
    ]);
    const elements = await import('@candor/elements');
    await Promise.all([
      import('@candor/elements/rating-badge.js'),
      import('@candor/elements/review-summary.js'),
      import('@candor/elements/honesty-panel.js'),
    ]);
    const logged: string[] = [];
    return { render, collectResult, html, preloadLocale: elements.preloadLocale, themeCss: elements.themeCss, logged };
  })());
}

/** Renders one product's widgets in one locale. Throws one sentence naming the product and what is wrong. */
export async function renderWidgets(config: CandorConfig, request: RenderRequest): Promise<RenderedWidgets> {
  const ssr = await loadSsr();
  const { html } = ssr;
  const { productId, locale, summary } = request;
  const widgets = request.widgets ?? (summary === undefined ? (['panel'] as const) : WIDGETS);
  await ssr.preloadLocale(locale);
  const themeStyle = ssr.themeCss(config.theme);
  const out: RenderedWidgets = {};
  for (const widget of widgets) {
    if (widget !== 'panel' && summary === undefined)
      throw new Error(`${productId}: the ${widget} needs a summary, and there is none for this product.`);
    // What the server renders with is exactly what the client reads back: no other source can differ.
    const data = widget === 'summary' || summary === undefined ? summary : withoutReviewLists(summary);
    const inline = data === undefined ? '' : toInlineJson(data);
    // The three templates are written out (no unsafeStatic), and every value is bound.
    const template =
      widget === 'badge'
        ? html`<candor-rating-badge
            defer-hydration
            product-id=${productId}
            locale=${locale}
            .config=${config}
            .summary=${data}
          ></candor-rating-badge>`
        : widget === 'summary'
          ? html`<candor-review-summary
              defer-hydration
              product-id=${productId}
              locale=${locale}
              .config=${config}
              .summary=${data}
            ></candor-review-summary>`
          : html`<candor-honesty-panel
              defer-hydration
              product-id=${productId}
              locale=${locale}
              .config=${config}
              .summary=${data}
            ></candor-honesty-panel>`;
    const rendered = await captureErrors(() => ssr.collectResult(ssr.render(template)));
    if (rendered.problems.length) throw new Error(`${productId} (${locale}), ${TAGS[widget]}: ${rendered.problems.join(' ')}`);
    const extraCss = [
      themeStyle,
      widget === 'summary' ? `${SUMMARY_WITHOUT_SCRIPTS}\n${SUMMARY_BEFORE_HYDRATION}` : '',
      widget === 'badge' ? BADGE_UNRESERVED : UNRESERVED,
    ]
      .filter(Boolean)
      .join('\n');
    out[widget] = withInlineData(withTheme(withoutOuterMarkers(rendered.value), extraCss), TAGS[widget], inline);
  }
  return out;
}

/**
 * No reserved size for a widget that arrives rendered, but the one the store sets itself: candor.css
 * reserves an estimate for a widget that renders in the browser until it is defined, and that
 * estimate is not this widget's size. `!important` in the shadow root wins over the page's rules
 * (an important declaration of the inner context wins the cascade), before and after hydration.
 */
const UNRESERVED = ':host { min-block-size: var(--candor-reserve, auto) !important; }';
const BADGE_UNRESERVED =
  ':host { min-block-size: var(--candor-reserve, auto) !important; min-inline-size: var(--candor-reserve-inline, auto) !important; }';

/**
 * Read with scripting off, nothing could open the summary's frame, so in server-rendered HTML it
 * is open; with scripting on this matches nothing and the widget behaves as it does anywhere.
 */
const SUMMARY_WITHOUT_SCRIPTS =
  '@media (scripting: none) { .frame { block-size: auto; overflow: visible; } [part="expand"] { display: none; } }';

/**
 * The expand button is rendered hidden (`data-idle`) until the widget has measured whether its
 * content overflows, which only its script does. Until it has hydrated, a shopper whose script is
 * slow to arrive can still press it (the press takes effect on hydration); if the content turns
 * out to fit, the widget hides it then, with no layout shift (hidden, it keeps its space).
 */
const SUMMARY_BEFORE_HYDRATION = ':host([defer-hydration]) [part="expand"][data-idle] { visibility: visible; }';

/**
 * The summary without its per-review lists (flags, flagged ratings, review ids per theme), which
 * only the summary widget uses (its check switches recompute from them). The badge and the panel
 * render the same without them, and a page then carries them once instead of three times.
 */
export function withoutReviewLists(summary: unknown): unknown {
  if (typeof summary !== 'object' || summary === null) return summary;
  const copy = structuredClone(summary) as Record<string, unknown>;
  if ('reviewFlags' in copy) copy['reviewFlags'] = {};
  if ('flaggedRatings' in copy) copy['flaggedRatings'] = {};
  const themes = copy['themes'] as Record<string, unknown> | undefined;
  for (const side of ['pros', 'cons']) {
    const list = themes?.[side];
    if (Array.isArray(list)) for (const theme of list) if (theme && typeof theme === 'object' && 'reviewIds' in theme) theme.reviewIds = [];
  }
  const longTerm = copy['longTerm'] as Record<string, unknown> | undefined;
  if (longTerm && typeof longTerm === 'object') {
    if ('reviewIds' in longTerm) longTerm['reviewIds'] = [];
    if ('evidence' in longTerm) longTerm['evidence'] = {};
  }
  return copy;
}

/**
 * Drops the markers of the wrapping template (nobody hydrates it: the store's page is not a Lit
 * template). The element's own markers, inside its shadow root, stay: hydration needs them.
 */
function withoutOuterMarkers(markup: string): string {
  return markup.replace(/^<!--lit-part [^>]*--><!--lit-node \d+-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/**
 * Puts the summary in the element's light DOM as inline JSON, where the widgets read it on their
 * first client render. (A Lit binding cannot fill a <script>, and the escaping is toInlineJson's.)
 */
function withInlineData(markup: string, tag: string, inline: string): string {
  if (!inline) return markup;
  const close = `</${tag}>`;
  if (!markup.endsWith(close)) throw new Error(`the server render of <${tag}> did not end with its closing tag`);
  return `${markup.slice(0, -close.length)}<script type="application/json">${inline}</script>${close}`;
}

/** Adds the theme's CSS after the widget's own styles in its declarative shadow root. */
function withTheme(markup: string, css: string): string {
  if (!css) return markup;
  const open = markup.indexOf('shadowrootmode="open">');
  if (open < 0) return markup;
  const stylesEnd = markup.indexOf('</style>', open);
  const at = stylesEnd < 0 ? open + 'shadowrootmode="open">'.length : stylesEnd + '</style>'.length;
  return `${markup.slice(0, at)}<style>${css.replace(/<\/style/gi, '<\\/style')}</style>${markup.slice(at)}`;
}

async function captureErrors<T>(work: () => Promise<T>): Promise<{ value: T; problems: string[] }> {
  const problems: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) =>
    void problems.push(
      args
        .map(String)
        .join(' ')
        .replace(/^\[candor\]\s*/, ''),
    );
  try {
    return { value: await work(), problems };
  } finally {
    console.error = original;
  }
}

/** Validates a parsed candor.json for rendering; throws the validator's messages. */
export function configForRender(json: unknown, where: string): CandorConfig {
  const result = validateConfig(json);
  if (!result.ok)
    throw new Error(
      `${where} is not a valid store config:\n${result.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`,
    );
  return result.config;
}
