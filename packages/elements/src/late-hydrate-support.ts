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
import { LitElement } from 'lit';

type Install = (lit: { LitElement: typeof LitElement }) => void;

export function installHydrateSupport(): void {
  const scope = globalThis as { litElementHydrateSupport?: Install };
  const install = scope.litElementHydrateSupport;
  // Candor adds no globals to a store's page but window.Candor.
  delete scope.litElementHydrateSupport;
  // The support makes observedAttributes LitElement's own property: already there, it is installed.
  if (install && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) install({ LitElement });
}
