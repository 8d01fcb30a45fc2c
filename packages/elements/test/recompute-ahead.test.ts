// The figures behind "show our work"'s switches are made before the shopper presses one: once the
// list is open, when the browser is idle, those of every switch one press away; the press then
// only reads them. Counted through the core's recomputeWithout, which makes them.
import type { ReviewCheckId } from '@candor/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realisticSummary } from './support/review-fixtures.js';

const made = vi.hoisted(() => ({ calls: [] as string[][] }));
vi.mock('@candor/core', async (original) => {
  const core = await original<typeof import('@candor/core')>();
  return {
    ...core,
    recomputeWithout: (...args: Parameters<typeof core.recomputeWithout>) => {
      made.calls.push([...args[1]].sort());
      return core.recomputeWithout(...args);
    },
  };
});
const { figuresFor } = await import('../src/recompute.js');
const { recomputeWithout } = await vi.importActual<typeof import('@candor/core')>('@candor/core');

/** The checks the summary gives a switch (as review-summary.work.ts does). */
const switchable = (summary: ReturnType<typeof realisticSummary>): ReviewCheckId[] =>
  summary.excluded
    .filter((entry) => entry.mode === 'exclude' && entry.count > 0 && entry.check !== 'checkout-survey')
    .map((entry) => entry.check);

beforeEach(() => {
  made.calls = [];
  vi.useFakeTimers(); // Node has no requestIdleCallback: the module waits with a timer
});
afterEach(() => vi.useRealTimers());

describe('figures for the switches in "show our work"', () => {
  it('are made when idle for every switch one press away, so a press makes none', () => {
    const summary = realisticSummary();
    const checks = switchable(summary);
    expect(checks.length).toBeGreaterThan(1);
    figuresFor(summary, [], 10); // the list opened
    expect(made.calls).toEqual([[]]);
    expect(vi.getTimerCount()).toBe(checks.length); // an idle task for each switch, not one for all
    vi.runAllTimers(); // idle
    expect(made.calls.slice(1)).toEqual(checks.map((check) => [check]));

    made.calls = [];
    const first = checks[0]!;
    const figures = figuresFor(summary, [first], 10); // the press
    expect(made.calls).toEqual([]);
    expect(figures).toEqual(recomputeWithout(summary, [first], 10));

    // From there, the next presses: the first one back on, or a second one off.
    vi.runAllTimers();
    expect(made.calls).toEqual(checks.slice(1).map((check) => [first, check].sort()));
    made.calls = [];
    figuresFor(summary, [first, checks[1]!], 10);
    figuresFor(summary, [checks[1]!, first], 10); // the same checks in another order
    expect(made.calls).toEqual([]);
  });

  it('are made again for another summary or another small-sample threshold, and each set only once', () => {
    const summary = realisticSummary();
    const check = switchable(summary)[0]!;
    figuresFor(summary, [check], 10);
    figuresFor(summary, [check], 10);
    figuresFor(summary, [check], 20);
    figuresFor(realisticSummary(), [check], 10);
    expect(made.calls).toEqual([[check], [check], [check]]);
    // One set of idle waits (one per switch) for each, not for each call.
    expect(vi.getTimerCount()).toBe(3 * switchable(summary).length);
  });
});
