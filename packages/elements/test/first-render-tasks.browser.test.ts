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
import { html, LitElement, svg, type PropertyValues, type TemplateResult } from 'lit';
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

/** Lit's render (`update`) takes `ms` by the stand-in clock. */
const renderingFor = (ms: number) =>
  class extends CandorElement {
    protected prepare(): void {}
    protected renderContent(): TemplateResult {
      return html`<p>rendered</p>`;
    }
    protected override update(changed: PropertyValues): void {
      seen.push(taskOfThisRender());
      busyFor(ms);
      super.update(changed);
    }
  };
const SlowWidget = renderingFor(12);
const SmallWidget = renderingFor(0.1);
/** Prepares for 12 ms (the panel's model), then renders quickly. */
class SlowPrepareWidget extends CandorElement {
  protected prepare(): void {
    prepared.push(taskOfThisRender());
    busyFor(12);
  }
  protected renderContent(): TemplateResult {
    return html`<p>prepared</p>`;
  }
  protected override update(changed: PropertyValues): void {
    seen.push(taskOfThisRender());
    super.update(changed);
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
    const [element] = [document.createElement('test-small-widget') as InstanceType<typeof SmallWidget>];
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

/**
 * Lit prepares a template (the `<template>` it parses the template's HTML into, and its parts) the
 * first time it renders it. Paced, a first render's templates are prepared in turns before it, so
 * Lit's render only copies them: no `<template>` element is made while it runs. Each widget here has
 * templates of its own (Lit keeps a prepared template for the page's life). Control: the same
 * widget unpaced makes its templates in its render, so the check can fail.
 */
describe('templates prepared ahead of a paced render', () => {
  /** Counts the `<template>` elements made while Lit renders an element (its `update`). */
  let inUpdate = false;
  let madeInUpdate = 0;
  const countTemplatesMade = (): void => {
    const create = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
      if (inUpdate && tag === 'template') madeInUpdate++;
      return create(tag, options);
    });
  };
  const counted = (content: (self: { label: string }) => TemplateResult) =>
    class extends CandorElement {
      label = 'figures';
      protected prepare(): void {}
      protected renderContent(): TemplateResult {
        return content(this);
      }
      protected override update(changed: PropertyValues): void {
        inUpdate = true;
        try {
          super.update(changed);
        } finally {
          inUpdate = false;
        }
      }
    };
  const FirstWidget = counted(
    (self) =>
      html`<section><h2 class=${self.label}>${self.label}</h2>${[1, 2].map((n) => html`<p part="item" ?hidden=${n > 2}>${n}</p>`)}${svg`<circle r=${1}></circle>`}</section>`,
  );
  const DataWidget = counted((self) => (self.label === 'loading' ? html`<p>loading</p>` : html`<ul><li>${self.label}</li></ul>`));
  const ControlWidget = counted(
    (self) =>
      html`<article><h2 class=${self.label}>${self.label}</h2>${[1, 2].map((n) => html`<span ?hidden=${n > 2}>${n}</span>`)}</article>`,
  );
  customElements.define('test-first-templates', FirstWidget);
  customElements.define('test-data-templates', DataWidget);
  customElements.define('test-control-templates', ControlWidget);

  beforeEach(() => {
    madeInUpdate = 0;
    countTemplatesMade();
  });

  it('a first render finds every template it renders, nested ones too, prepared', async () => {
    const element = document.createElement('test-first-templates') as InstanceType<typeof FirstWidget>;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('p[part="item"]')).toHaveLength(2);
    expect(element.shadowRoot?.querySelector('h2')?.className).toBe('figures');
    expect(madeInUpdate).toBe(0);
  });

  it('an update asked for with requestPreparedUpdate (data arrived) finds its new templates prepared', async () => {
    const element = document.createElement('test-data-templates') as InstanceType<typeof DataWidget>;
    element.label = 'loading';
    document.body.append(element);
    await element.updateComplete;
    element.label = 'arrived';
    element.requestPreparedUpdate();
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector('li')?.textContent).toBe('arrived'));
    expect(madeInUpdate).toBe(0);
  });

  it('a preparation that sets a reactive property (the summary resets its switches) does not start the update before its turn', async () => {
    let updates = 0;
    class ResettingWidget extends CandorElement {
      static override properties = { ...CandorElement.properties, switches: { state: true } };
      label = 'loading';
      switches: string[] = [];
      private seenLabel = 'loading';
      protected prepare(): void {
        if (this.label !== this.seenLabel) [this.seenLabel, this.switches] = [this.label, []];
      }
      protected renderContent(): TemplateResult {
        return this.label === 'loading' ? html`<p>loading</p>` : html`<ol><li>${this.label}</li></ol>`;
      }
      protected override update(changed: PropertyValues): void {
        updates++;
        inUpdate = true;
        try {
          super.update(changed);
        } finally {
          inUpdate = false;
        }
      }
    }
    customElements.define('test-resetting-templates', ResettingWidget);
    const element = document.createElement('test-resetting-templates') as ResettingWidget;
    document.body.append(element);
    await element.updateComplete;
    updates = 0;
    element.label = 'arrived';
    element.requestPreparedUpdate();
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector('li')?.textContent).toBe('arrived'));
    expect(madeInUpdate).toBe(0);
    expect(updates).toBe(1);
  });

  it('control: unpaced, the first render makes its templates itself', async () => {
    paceFirstRenders(false);
    const element = document.createElement('test-control-templates') as InstanceType<typeof ControlWidget>;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('span')).toHaveLength(2);
    expect(madeInUpdate).toBeGreaterThan(0);
  });
});
