/**
 * Pacing of Candor elements' first renders. Elements upgraded in one task (the script-tag loader
 * defines a widget once its chunk, config and Intl formatters are there) would all render in that
 * task's microtasks: on the demo jacket page the panel, the summary and the badge made one task of
 * 250 ms or more on a 4x-throttled CPU. Paced, a task renders queued elements in order until it
 * has run FIRST_RENDER_SLICE_MS, and the rest go on in the next task: many small elements (badges
 * in a grid) still render together, and a large one (the panel, the summary) has its task to itself.
 *
 * Off by default: an app that imports the elements from npm and defines them before they appear
 * gets their first render before the page's first paint, as Lit gives it; a render a task later
 * would paint them empty first, a layout shift where no space is reserved. The script-tag loader
 * turns it on: it reserves each widget's space (candor.css) before any renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CandorElement } from './candor-element.js';
import { warmIntl } from '../intl-warmup.js';

let paced = false;
const queue: Array<() => void> = [];
const FIRST_RENDER_SLICE_MS = 8;

/** Turns pacing on or off for elements that have not rendered yet. */
export function paceFirstRenders(on: boolean): void {
  paced = on;
}

/**
 * The script-tag runtime's start: first renders paced, and the Intl formatters built ahead (see
 * intl-warmup.ts), so those renders find them built. Resolves when they are. Here, in the module
 * every element imports, so the bundle keeps the warm-up in the chunk the widgets share: called
 * from a module of the runtime's own, it split that chunk in two (about 490 B more brotli). The
 * hydration chunk is imported from here for the same reason: from the runtime's module, which must
 * stay side-effect free, Lit went into a chunk of its own.
 */
export function prepareFirstRenders(workerAllowed: boolean): Promise<unknown> {
  paced = true;
  // On a page with widgets that `candor render` wrote (marked defer-hydration), Lit's hydration
  // support goes in before any widget is defined, and they hydrate when scrolled near or used.
  return Promise.all([warmIntl(workerAllowed), document.querySelector('[defer-hydration]') && import('../hydrate-on-demand.js')]);
}

export const firstRendersPaced = (): boolean => paced;

/**
 * Runs each of `turns` in a later task, in order, after those queued before; with `next` (only
 * from a turn, while the queue runs), before them.
 */
export function queueFirstRender(next: boolean, ...turns: Array<() => void>): void {
  if (next) queue.unshift(...turns);
  else if (queue.push(...turns) === turns.length) void nextTask().then(renderQueued);
}

function renderQueued(): void {
  const start = performance.now();
  while (queue.length && performance.now() - start < FIRST_RENDER_SLICE_MS) queue.shift()!();
  if (queue.length) void nextTask().then(renderQueued);
}

/** A new task: through `scheduler.yield()` where the browser has it (it keeps this work's place in line), else a timer. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A large widget's content in stages, each rendered in a task of its own and laid out in a frame
 * of its own. The jacket page's review summary rendered its whole content (about 860 layout
 * objects) in one task, and its layout in the next frame was the page's longest task under a 4x
 * CPU throttle. Staged, the first content render holds what is seen first (the figures), and each
 * later stage (the histogram, the pros, ...) follows one frame later, below what is already there:
 * nothing rendered earlier moves, and a widget whose block size is reserved (the summary's frame,
 * the panel's --candor-reserve) does not move the page.
 *
 * Only where first renders are paced and the widget was not rendered on the server: an app
 * importing the elements from npm, and any widget that hydrates server-rendered HTML (through the
 * script tag too), get the whole content in one render. The host renders a
 * stage's part when `has(stage)` says so; stages advance only after a render that asked for one (a
 * loading skeleton does not use up the stages). Here, in the module both widgets import, so the
 * bundle keeps it in their shared chunk (a module of its own was a chunk of its own).
 */
export class StagedRender implements ReactiveController {
  /** How many stages (after stage 0, always shown) are rendered. */
  private shown: number;
  /** A stage was asked for in this render. */
  private asked = false;
  private scheduled = false;
  private settle: (() => void) | undefined;
  /** Resolves once every stage is rendered; set from the first render that asked for a stage until the last stage. */
  pending: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Pick<CandorElement, 'requestPreparedUpdate'>,
    private readonly stages: number,
  ) {
    // A widget the server rendered (its declarative shadow root is there before it upgrades)
    // hydrates the whole content the server wrote: a stage left out would not match it.
    this.shown = paced && !(host as Partial<Element>).shadowRoot ? 0 : stages;
    host.addController(this);
  }

  /** True when the part of `stage` (1 to the number of stages) is to be rendered now. */
  has(stage: number): boolean {
    this.asked = true;
    if (!this.pending && this.shown < this.stages) this.pending = new Promise((resolve) => (this.settle = resolve));
    return stage <= this.shown;
  }

  /** How many stages are rendered, for a render that keeps a template made with fewer (reading it counts as asking for a stage). */
  progress(): number {
    this.has(0);
    return this.shown;
  }

  /** Every stage at once (the shopper asked for the whole content, or nothing staged is rendered any more). */
  showAll(): void {
    this.shown = this.stages;
    this.settle?.();
    this.pending = this.settle = undefined;
  }

  hostUpdate(): void {
    this.asked = false;
  }

  hostUpdated(): void {
    if (this.shown >= this.stages) return;
    // The staged content is no longer rendered (an error, other data): nothing is left to wait for.
    if (!this.asked) return void (this.pending && this.showAll());
    if (this.scheduled) return;
    this.scheduled = true;
    // After the next frame (which lays out what this render added), in a task of its own. A hidden
    // page runs no frames: there the stages wait until it is shown.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.scheduled = false;
        // Settled before the update is requested would leave updateComplete short of the last stage.
        // Taken in turns: a stage's new templates are prepared before its render (see CandorElement).
        this.host.requestPreparedUpdate();
        if (++this.shown >= this.stages) this.showAll();
      }),
    );
  }
}
