/**
 * Lit's hydration support (`@lit-labs/ssr-client`) installed on a LitElement that is already
 * evaluated. Lit's own module installs it only when it is imported before LitElement: LitElement
 * calls the support's global once, as it is evaluated. The script-tag bundle keeps Lit in its
 * runtime chunk, which every Lit page loads first and ordinary pages need without this; so on a
 * page with server-rendered widgets the loader imports this after the runtime and before any
 * widget's chunk (defining a widget reads its observed attributes, to which the support adds
 * `defer-hydration`). The support changes nothing for a widget created in the browser: it has no
 * shadow root to hydrate and no `defer-hydration`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, type CSSResult, type PropertyValues } from 'lit';

type Install = (lit: { LitElement: typeof LitElement }) => void;

export function installHydrateSupport(): void {
  const scope = globalThis as { litElementHydrateSupport?: Install };
  const install = scope.litElementHydrateSupport;
  // Candor adds no globals to a store's page but window.Candor.
  delete scope.litElementHydrateSupport;
  // The support makes observedAttributes LitElement's own property: already there, it is installed.
  if (!install || Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) return;
  install({ LitElement });
  renderAfreshOnMismatch();
}

type Updating = { update(changed: PropertyValues): void };

/**
 * Lit throws when the server's HTML is not what this code renders (its templates hash differently:
 * a page rendered by another version of Candor than the script). The widget then says so once and
 * renders afresh, its own styles adopted again (the server's went with its HTML), instead of
 * throwing into the page and staying inert.
 */
function renderAfreshOnMismatch(): void {
  const prototype = LitElement.prototype as unknown as Updating;
  const update = prototype.update;
  prototype.update = function (this: LitElement, changed: PropertyValues): void {
    try {
      update.call(this, changed);
    } catch (error) {
      if (!/hydration/i.test(String(error))) throw error;
      console.error(
        `[candor] <${this.localName}> was rendered on the server by another version of Candor than this script (${String(error)}); it renders afresh. Run candor render again with this version.`,
      );
      const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
      root.replaceChildren();
      delete root._$litPart$;
      root.adoptedStyleSheets = [...ownSheets(this), ...root.adoptedStyleSheets];
      update.call(this, changed);
    }
  };
}

/** The element's own styles as constructable sheets, which no CSP refuses. */
function ownSheets(element: LitElement): CSSStyleSheet[] {
  return (element.constructor as typeof LitElement).elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? style : (style as CSSResult).styleSheet!,
  );
}

/**
 * Once `element` has hydrated: where the page's CSP refused the server's inline `<style>` elements
 * (no 'unsafe-inline' in style-src; such an element has no sheet), the widget adopts its own styles,
 * unless its theme already adopted them with it. (`candor render --stylesheets` avoids the refusal,
 * and the unstyled first paint, altogether.)
 */
export function adoptRefusedStyles(element: HTMLElement): void {
  const root = element.shadowRoot;
  if (!root || !(element instanceof LitElement) || root.adoptedStyleSheets.length) return;
  const refused = [...root.children].some((child) => child instanceof HTMLStyleElement && !child.sheet);
  if (refused) root.adoptedStyleSheets = ownSheets(element);
}
