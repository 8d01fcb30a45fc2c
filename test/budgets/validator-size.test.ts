/**
 * The config checks ship in the script-tag bundle on every page with a store config, so their weight
 * is a budget that fails the run. A valid config loads only the checks (passingConfig); the words for
 * a failing one load on demand, so the whole validator (with formatIssues, what a store bundling
 * @candor/core itself gets) is printed, not budgeted. The control bundles the same checks with 6 KB
 * of text that does not compress, to prove that the measurement really counts what is bundled.
 */
import { describe, expect, it } from 'vitest';
import { CONFIG_CHECKS_ENTRY, measureSource, VALIDATOR_ENTRY } from '../../scripts/bundle-size.mjs';

const VALIDATOR_BUDGET_BROTLI = 4.5 * 1024;

/** Deterministic text that brotli cannot shrink much (a linear congruential generator, base 36). */
function incompressible(length: number): string {
  let state = 12345;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += state.toString(36);
  }
  return text.slice(0, length);
}

describe('config validator size', () => {
  it(`the checks a valid config loads stay within ${VALIDATOR_BUDGET_BROTLI} B brotli`, async () => {
    const sizes = await measureSource(CONFIG_CHECKS_ENTRY);
    const whole = await measureSource(VALIDATOR_ENTRY);
    console.log(
      `config checks: ${sizes.bytes} B minified, ${sizes.gzip} B gzip, ${sizes.brotli} B brotli; the whole validator with its words: ${whole.brotli} B brotli`,
    );
    expect(sizes.brotli).toBeLessThanOrEqual(VALIDATOR_BUDGET_BROTLI);
    expect(sizes.brotli).toBeGreaterThan(1000); // the checks really are in there
  }, 180_000);

  it('control: the same check fails for a bundle built to exceed it', async () => {
    const padded = `${CONFIG_CHECKS_ENTRY}\nexport const padding = ${JSON.stringify(incompressible(6 * 1024))};`;
    const sizes = await measureSource(padded);
    expect(sizes.brotli).toBeGreaterThan(VALIDATOR_BUDGET_BROTLI);
  }, 180_000);
});
