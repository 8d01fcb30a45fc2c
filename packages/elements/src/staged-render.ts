/**
 * A large widget's content in stages, each rendered in a task of its own and laid out in a frame
 * of its own. The jacket page's review summary rendered its whole content (about 860 layout
 * objects) in one task, and its layout in the next frame was the page's longest task under a 4x
 * CPU throttle. Staged, the first content render holds what is seen first (the figures), and each
 * later stage (the histogram, the pros and cons, ...) follows one frame later, below what is
 * already there: nothing rendered earlier moves, and a widget whose block size is reserved (the
 * summary's frame) does not move the page.
 *
 * Only where first renders are paced (the script-tag loader, see shared/first-render.ts): an app
 * importing the elements from npm, or hydrating server-rendered HTML, gets the whole content in one
 * render, as before. The host renders a stage's part when `has(stage)` says so; stages advance only
 * after a render that asked for one (a loading skeleton does not use up the stages).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { firstRendersPaced } from './shared/first-render.js';

export class StagedRender implements ReactiveController {
  /** How many stages (after stage 0, always shown) are rendered. */
  private shown: number;
  /** A stage was asked for in this render, and in any render so far. */
  private asked = false;
  private used = false;
  private scheduled = false;
  private settle: (() => void) | undefined;
  private remaining: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly stages: number,
  ) {
    this.shown = firstRendersPaced() ? 0 : stages;
    if (this.shown < stages) this.remaining = new Promise((resolve) => (this.settle = resolve));
    host.addController(this);
  }

  /** Resolves once every stage is rendered; unset when no render has begun the stages or all are in. */
  get pending(): Promise<void> | undefined {
    return this.used ? this.remaining : undefined;
  }

  /** True when the part of `stage` (1 to the number of stages) is to be rendered now. */
  has(stage: number): boolean {
    this.asked = this.used = true;
    return stage <= this.shown;
  }

  /** Every stage at once (the shopper asked for the whole content, or it is needed now). */
  showAll(): void {
    if (this.shown >= this.stages) return;
    this.shown = this.stages;
    this.finish();
  }

  hostUpdate(): void {
    this.asked = false;
  }

  hostUpdated(): void {
    if (this.shown >= this.stages) return;
    // The staged content is no longer rendered (an error, other data): nothing is left to wait for.
    if (!this.asked) return void (this.used && this.showAll());
    if (this.scheduled) return;
    this.scheduled = true;
    // After the next frame (which lays out what this render added), in a task of its own.
    const next = () =>
      setTimeout(() => {
        this.scheduled = false;
        if (this.shown >= this.stages) return;
        this.shown += 1;
        if (this.shown >= this.stages) this.finish();
        this.host.requestUpdate();
      }, 0);
    // A hidden page runs no frames: there the stages follow task by task.
    if (globalThis.document?.visibilityState === 'hidden' || typeof requestAnimationFrame === 'undefined') next();
    else requestAnimationFrame(next);
  }

  private finish(): void {
    // After the host's update for the last stage has been requested, so updateComplete covers it.
    const settle = this.settle;
    this.settle = undefined;
    this.remaining = undefined;
    settle?.();
  }
}
