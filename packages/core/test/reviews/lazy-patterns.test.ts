/**
 * The text patterns of the checks are compiled when first needed, not when the engine loads:
 * built at load they cost the page one ~35 ms task (their Unicode letter classes are slow to
 * compile), and most (other languages' incentive phrases) are never used on a page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Counts the regular expressions built with Unicode property classes while `run` runs. */
async function unicodeRegexesBuiltDuring(run: () => Promise<unknown>): Promise<number> {
  const Original = globalThis.RegExp;
  let built = 0;
  const Counting = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      if (String(args[0]).includes('\\p{')) built++;
      return Reflect.construct(target, args) as RegExp;
    },
  });
  globalThis.RegExp = Counting;
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

afterEach(() => vi.resetModules());

describe('text patterns compile on first use', () => {
  it('loading the incentive check builds none of its phrase patterns', async () => {
    vi.resetModules();
    const built = await unicodeRegexesBuiltDuring(() => import('../../src/reviews/checks/incentive.js'));
    expect(built).toBe(0);
  });

  it('an English review that admits an incentive compiles only the patterns its words can match, and finds it', async () => {
    vi.resetModules();
    const { findIncentiveText, incentiveLanguagesOf } = await import('../../src/reviews/checks/incentive.js');
    const text = 'i received this for free in exchange for my honest review.';
    const languages = text.split(' ').reduce((bits, word) => bits | incentiveLanguagesOf(word), 0);
    let hit: ReturnType<typeof findIncentiveText> = null;
    const built = await unicodeRegexesBuiltDuring(async () => (hit = findIncentiveText(text, true, languages)));
    expect(hit).not.toBeNull();
    expect(built).toBeGreaterThan(0);
    // German, French and Spanish phrases, among others, stay uncompiled.
    expect(built).toBeLessThan(6);
    // Compiled once: the same text again builds nothing.
    expect(await unicodeRegexesBuiltDuring(async () => findIncentiveText(text, true, languages))).toBe(0);
  });
});
