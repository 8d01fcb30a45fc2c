// The shopper's three interactions answer in the task of their input, and render again only what
// they change: expanding the summary renders the frame and its button, not the content; switching
// a check off renders the figures it changes, not the themes, reviews and "how reviews work here";
// saving for later renders the cooling-off section from the model already built, focuses without
// scrolling, and sweeps old records of other products later, when the browser is idle. What a
// press shows is made ahead, when the browser is idle: a switch's figures (once "show our work" is
// open) and the "saved" state's templates, so the press's task parses no template.
//
// "In the task of the input": a timer queued just before the click has not run when the visible
// state is checked (the update and the focus are microtasks of the click's task, so the frame
// after the click shows them).
import { coolingOffKey } from '@candor/core';
import { fixture, html } from '@open-wc/testing';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/review-summary.define.js';
import { loadRecompute } from '../src/recompute-loader.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import type { I18n } from '../src/shared/i18n.js';
import { resetStoreConfig, setStoreConfig } from '../src/shared/store-config.js';
import { activePart, coolingText, mount, part, storeConfig, text } from './honesty-fixtures.js';
import { root } from './support/dom.js';
import { resetCandor } from './support/reset.js';
import { realisticSummary } from './support/review-fixtures.js';
import { waitUntil } from './support/settle.js';
import { loadOnDemandParts } from './support/on-demand.js';

// This suite is about the content, not its loading (on-demand-parts.browser.test.ts).
beforeAll(loadOnDemandParts);

const HOUR = 3_600_000;

beforeEach(() => {
  resetCandor();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  resetStoreConfig();
  localStorage.clear();
});

/** Every message key the element formats from now on (its `t` and `plural`, read at each render). */
function keysFormatted(el: Element): string[] {
  const i18n = (el as unknown as { i18n: I18n }).i18n;
  const keys: string[] = [];
  const t = i18n.t;
  const plural = i18n.plural;
  vi.spyOn(i18n, 't').mockImplementation((key, ...rest) => (keys.push(key), t(key, ...rest)));
  vi.spyOn(i18n, 'plural').mockImplementation((key, ...rest) => (keys.push(key), plural(key, ...rest)));
  return keys;
}

/** Templates Lit parses from now on (it makes each one's <template> element the first time it renders it). */
function templatesParsed(): { count: number } {
  const parsed = { count: 0 };
  const createElement = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((name: string, options?: ElementCreationOptions) => {
    if (name === 'template') parsed.count++;
    return createElement(name, options);
  });
  return parsed;
}

const idle = () => new Promise((done) => requestIdleCallback(done, { timeout: 10_000 }));

/** A flag a timer sets: false while the task that queued it (the click's) is still running. */
function taskEnds(): { ended: boolean } {
  const flag = { ended: false };
  setTimeout(() => (flag.ended = true));
  return flag;
}

async function loadedSummary(): Promise<CandorReviewSummary> {
  const el = await fixture<CandorReviewSummary>(
    html`<candor-review-summary locale="en" product-id="jacket-1" .summary=${realisticSummary()}></candor-review-summary>`,
  );
  await waitUntil(() => root(el).querySelector('[aria-busy="false"] [part="themes"]'), 'the summary did not load');
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;

describe('expanding the summary', () => {
  it('opens the frame and flips the button in the click’s task, rendering none of the content again', async () => {
    const el = await loadedSummary();
    const keys = keysFormatted(el);
    const task = taskEnds();
    q(el, '[part="expand"]').click();
    await el.updateComplete;
    expect(task.ended).toBe(false);
    expect(q(el, '[part="expand"]').getAttribute('aria-expanded')).toBe('true');
    expect(q(el, '[part="frame"]').hasAttribute('data-open')).toBe(true);
    expect(keys).toEqual(['summary.collapse']);
  });
});

describe('switching a check off', () => {
  it('changes the checked figure and says so in the click’s task, rendering only what the check changes', async () => {
    const el = await loadedSummary();
    await loadRecompute();
    const figure = () => text(q(el, '[part="rating-checked"]'));
    const before = figure();
    const box = q<HTMLInputElement>(el, '[part="work"] label.switch input[type="checkbox"]');
    const keys = keysFormatted(el);
    const task = taskEnds();
    box.click();
    await el.updateComplete;
    expect(task.ended).toBe(false);
    expect(box.checked).toBe(false);
    expect(figure()).not.toBe(before);
    expect(text(q(el, '[part="work"] [role="status"]'))).toMatch(/^You switched off: /);
    // The figures, the histogram and the work list: nothing from the themes, reviews or "how".
    expect(keys.filter((key) => /^summary\.(themes?|helpful|longTerm|how)\b/.test(key))).toEqual([]);
    expect(keys).toContain('summary.check.apply');
  });

  it('finds its figures and its templates made: the open list made them when the browser was idle', async () => {
    const el = await loadedSummary();
    const work = q<HTMLDetailsElement>(el, '[part="work"]');
    const opened = new Promise((done) => work.addEventListener('toggle', done, { once: true }));
    work.open = true;
    await opened;
    await loadRecompute();
    await idle();
    await idle(); // the recompute code asked for its own idle time once it was there
    const status = q(el, '[part="work"] [role="status"]');
    expect(text(status)).toBe(''); // the live region is there, silent, before it speaks
    const parsed = templatesParsed();
    q<HTMLInputElement>(el, '[part="work"] label.switch input[type="checkbox"]').click();
    await el.updateComplete;
    expect(parsed.count).toBe(0);
    expect(q(el, '[part="work"] [role="status"]')).toBe(status);
    expect(text(status)).toMatch(/^You switched off: /);
  });
});

describe('saving for later', () => {
  // First of this file's saves: Lit keeps a template it has parsed for the page's life.
  it('parses no template in the click’s task: the "saved" state was rendered ahead, when the browser was idle', async () => {
    setStoreConfig(storeConfig);
    const el = await mount({ 'product-id': 'boot-1' });
    await idle();
    const parsed = templatesParsed();
    activePart(el, 'save-button')!.click();
    await el.updateComplete;
    expect(text(part(el, 'status'))).toBe('Saved on this device.');
    expect(parsed.count).toBe(0);
  });

  it('says "saved" and focuses "forget" in the click’s task, from the model already built', async () => {
    setStoreConfig(storeConfig);
    const el = await mount({ 'product-id': 'boot-1' });
    const model = (el as unknown as { model: unknown }).model;
    const keys = keysFormatted(el);
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const task = taskEnds();
    activePart(el, 'save-button')!.click();
    await el.updateComplete;
    await null; // the focus is the next reaction to the same update
    expect(task.ended).toBe(false);
    expect(text(part(el, 'status'))).toBe('Saved on this device.');
    expect(coolingText(el)).toMatch(/^Saved just now\./);
    expect(root(el).activeElement).toBe(activePart(el, 'forget-button'));
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect((el as unknown as { model: unknown }).model).toBe(model);
    // The panel's title (one string), then only the cooling-off section's.
    expect(keys.filter((key) => !key.startsWith('honesty.coolingOff.'))).toEqual(['honesty.title']);
  });

  it('sweeps expired records of other products when the browser is idle, not in the click’s task', async () => {
    setStoreConfig(storeConfig);
    const el = await mount({ 'product-id': 'boot-1' });
    await new Promise((done) => requestIdleCallback(done, { timeout: 10_000 })); // the page's own first sweep
    const now = Date.now();
    const old = coolingOffKey('old-coat');
    localStorage.setItem(
      old,
      JSON.stringify({ v: 1, savedAt: now - 40 * 24 * HOUR, readyAt: now - 38 * 24 * HOUR, expiresAt: now - HOUR }),
    );
    activePart(el, 'save-button')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(old)).not.toBeNull();
    await new Promise((done) => requestIdleCallback(done, { timeout: 10_000 }));
    await waitUntil(() => localStorage.getItem(old) === null, 'the expired record was never swept');
    expect(localStorage.getItem(coolingOffKey('boot-1'))).not.toBeNull();
  });
});
