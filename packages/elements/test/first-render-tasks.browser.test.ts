/**
 * Where first renders are paced (the script-tag loader turns it on), Candor elements upgraded in
 * one task take their first render in turns: a task renders them until it has run 8 ms, and the
 * rest go on in the next task. So a large widget never shares its task with
 * another (the jacket page's panel, summary and badge were one long task), while many small ones
 * (badges) still render together. What is checked is which task each first render ran in, not
 * how long it took, and the time each render takes comes from a stand-in clock that the renders
 * advance themselves: on a loaded CI machine 48 real renders can pass 8 ms, and a real-time
 * version of this test failed there. Control: the same slow elements on Lit's own scheduling
 * render in one task, so the check can fail.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CandorElement } from '../src/shared/candor-element.js';
import { paceFirstRenders } from '../src/shared/first-render.js';

/** Changes after every run of microtasks: two renders that see the same one ran in the same task. */
let task: object = {};
const taskOfThisRender = (): object => {
  const current = task;
  queueMicrotask(() => (task = {}));
  return current;
};
/** The stand-in for `performance.now()` while a test runs: only the renders move it. */
let clock = 0;
const busyFor = (ms: number): void => {
  clock += ms;
};
const seen: object[] = [];

class SlowWidget extends CandorElement {
  protected prepare(): void {}
  protected renderContent(): TemplateResult {
    seen.push(taskOfThisRender());
    busyFor(12);
    return html`<p>slow</p>`;
  }
}
class SmallWidget extends CandorElement {
  protected prepare(): void {}
  protected renderContent(): TemplateResult {
    seen.push(taskOfThisRender());
    busyFor(0.1);
    return html`<p>small</p>`;
  }
}
/** Prepares for 12 ms (the panel's model), then renders quickly. */
class SlowPrepareWidget extends CandorElement {
  protected prepare(): void {
    prepared.push(taskOfThisRender());
    busyFor(12);
  }
  protected renderContent(): TemplateResult {
    seen.push(taskOfThisRender());
    return html`<p>prepared</p>`;
  }
}
const prepared: object[] = [];
class SlowLitOnly extends LitElement {
  override render(): TemplateResult {
    seen.push(taskOfThisRender());
    busyFor(12);
    return html`<p>slow</p>`;
  }
}
customElements.define('test-slow-widget', SlowWidget);
customElements.define('test-small-widget', SmallWidget);
customElements.define('test-slow-lit-only', SlowLitOnly);
customElements.define('test-slow-prepare-widget', SlowPrepareWidget);

/** Appends `count` elements in one task and says in how many tasks their first renders ran. */
async function tasksForFirstRenders(tag: string, count: number): Promise<number> {
  seen.length = 0;
  const elements = Array.from({ length: count }, () => document.createElement(tag));
  document.body.append(...elements);
  await Promise.all(elements.map((element) => (element as LitElement).updateComplete));
  expect(seen).toHaveLength(count);
  expect(elements.every((element) => element.shadowRoot?.querySelector('p'))).toBe(true);
  return new Set(seen).size;
}

beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  paceFirstRenders(true);
});
afterEach(() => {
  vi.restoreAllMocks();
  paceFirstRenders(false);
  document.body.replaceChildren();
});

describe('first renders of Candor elements upgraded together, paced', () => {
  it('a render that takes over 8 ms has its task to itself', async () => {
    expect(await tasksForFirstRenders('test-slow-widget', 3)).toBe(3);
  });

  it('small renders still share one task (48 badges are not 48 tasks)', async () => {
    expect(await tasksForFirstRenders('test-small-widget', 48)).toBe(1);
  });

  it('a task stops once its renders pass 8 ms: 100 renders of 0.1 ms take two tasks', async () => {
    expect(await tasksForFirstRenders('test-small-widget', 100)).toBe(2);
  });

  it('control: on Lit’s own scheduling the same slow renders all run in one task', async () => {
    expect(await tasksForFirstRenders('test-slow-lit-only', 3)).toBe(1);
  });

  it('a first render whose preparation takes over 8 ms is rendered in a later task than it was prepared', async () => {
    prepared.length = 0;
    expect(await tasksForFirstRenders('test-slow-prepare-widget', 1)).toBe(1);
    expect(prepared[0]).toBeDefined();
    expect(prepared[0]).not.toBe(seen[0]);
  });

  it('control: unpaced, the same preparation and render share their task', async () => {
    paceFirstRenders(false);
    prepared.length = 0;
    await tasksForFirstRenders('test-slow-prepare-widget', 1);
    expect(prepared.at(-1)).toBe(seen[0]);
  });

  it('later renders stay synchronous with Lit’s microtask: no task between a change and its render', async () => {
    const [element] = [document.createElement('test-small-widget') as SmallWidget];
    document.body.append(element);
    await element.updateComplete;
    seen.length = 0;
    element.locale = 'de';
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toHaveLength(1);
  });

  it('unpaced (the npm default) they render as Lit schedules them: in the task that added them, before it paints', async () => {
    paceFirstRenders(false);
    expect(await tasksForFirstRenders('test-slow-widget', 3)).toBe(1);
  });
});
