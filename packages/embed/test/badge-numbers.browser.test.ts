/**
 * The listing badge's numbers and plural categories without Intl (src/badge-numbers*.ts) write what
 * headless Chromium's Intl writes, the target, in every verified locale (Node's: badge-numbers.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { differences, VERIFIED } from './support/badge-number-cases.js';

describe('the listing badge writes numbers and picks plurals as Chromium’s Intl does', () => {
  it.each(VERIFIED)('%s', (locale) => {
    expect(differences(locale)).toEqual([]);
  });
});
