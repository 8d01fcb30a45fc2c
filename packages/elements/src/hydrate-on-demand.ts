/**
 * Hydration of the widgets that `candor render` wrote into the page (declarative shadow DOM, marked
 * `defer-hydration`): the shopper reads them as the server wrote them, with no Candor script, and
 * each is hydrated (Lit takes over its DOM as it is: no re-render, no layout shift) only when it
 * comes within 300px of the viewport or is first pressed, focused or typed at, whichever is first.
 *
 * The script-tag bundle's chunk for pages with such widgets only: `prepareFirstRenders` imports it,
 * after Lit and before the loader defines any widget (Lit's hydration support must be in place
 * when a widget is defined). npm apps hydrate with `hydrateCandor` instead. A widget
 * hydrates once its tag is defined, which the loader does after the store config is applied, so
 * the first client render has the config the server rendered with.
 *
 * Server-rendered widgets added to the page later (a re-rendered section, infinite scroll) are
 * found by a MutationObserver and hydrated the same way. One added without its shadow root (HTML
 * set through innerHTML parses no declarative shadow DOM) has nothing to hydrate: it renders now.
 */
import { hydrateElement } from './hydrate-element.js';
import { adoptRefusedStyles, installHydrateSupport } from './late-hydrate-support.js';
import { holdPresses, replayPresses } from './early-presses.js';

installHydrateSupport();

const SERVER_RENDERED = 'candor-honesty-panel,candor-review-summary,candor-rating-badge';
const WAKE = ['pointerdown', 'focusin', 'keydown'] as const;

const waiting = new Set<HTMLElement>();

/** Hydrates `element` once, as soon as its tag is defined; then replays what was pressed before. */
function due(element: HTMLElement): void {
  if (!waiting.delete(element)) return;
  near?.unobserve(element);
  for (const type of WAKE) element.removeEventListener(type, woken, true);
  void customElements
    .whenDefined(element.localName)
    .then(() => hydrateElement(element))
    .then(
      async () => {
        await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        adoptRefusedStyles(element);
        await replayPresses(element);
      },
      (error: unknown) =>
        console.error(`[candor] <${element.localName}> could not be hydrated (${String(error)}); it shows what the server rendered.`),
    );
}

function woken(event: Event): void {
  due(event.currentTarget as HTMLElement);
}

const near =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) if (entry.isIntersecting) due(entry.target as HTMLElement);
        },
        // As the loader loads a widget's chunk: a little before it scrolls in, so it is ready when seen.
        { rootMargin: '300px' },
      )
    : undefined;

function enrol(element: HTMLElement): void {
  if (!element.hasAttribute('defer-hydration') || waiting.has(element)) return;
  waiting.add(element);
  // Without a shadow root there is no server DOM to keep, and nothing shows until it renders.
  if (!element.shadowRoot) return due(element);
  holdPresses(element);
  for (const type of WAKE) element.addEventListener(type, woken, true);
  if (near) near.observe(element);
  else due(element);
}

function enrolUnder(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(SERVER_RENDERED)) enrol(node as HTMLElement);
  for (const element of node.querySelectorAll<HTMLElement>(SERVER_RENDERED)) enrol(element);
}

enrolUnder(document.documentElement);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(enrolUnder);
  // A section replaced before its widgets were hydrated: let them go.
  for (const element of waiting) {
    if (element.isConnected) continue;
    waiting.delete(element);
    near?.unobserve(element);
  }
}).observe(document, { childList: true, subtree: true });
