/**
 * Candor's widgets rendered on the server: Lit SSR (through @candor/cli's renderWidgets) writes the
 * custom element with its declarative shadow root, marked defer-hydration, with the summary inline.
 * React only carries that HTML (a wrapper with display: contents), so it never sets the element's
 * attributes or properties itself: nothing is lowercased, no object prop is dropped.
 * Server only: Lit SSR is a Node library and never reaches the browser bundle.
 */
import { renderWidgets, type Widget } from '@candor/cli';
import type { CandorConfig } from '@candor/core';

export interface CandorWidgetProps {
  widget: Widget;
  productId: string;
  locale: string;
  config: CandorConfig;
  /** A precomputed summary (candor summarize's `<productId>.json`); the panel can do without. */
  summary?: unknown;
}

export async function CandorWidget({ widget, productId, locale, config, summary }: CandorWidgetProps) {
  const rendered = await renderWidgets(config, { productId, locale, summary, widgets: [widget] });
  return <div className="candor-widget" style={{ display: 'contents' }} dangerouslySetInnerHTML={{ __html: rendered[widget]! }} />;
}
