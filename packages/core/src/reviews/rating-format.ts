/**
 * Honest rating display: figures are cut, never rounded up. 4.76 shows as "4.7", not "4.8", and
 * never as five full stars. Binary floating point stores 4.7 as 4.69999..., so a tiny tolerance
 * keeps exact values exact.
 */

/** `value` cut (towards zero) to `digits` decimals. */
export function floorRating(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.floor(value * factor + 1e-9) / factor;
}

/** `value` cut to `digits` decimals and written for `locale` ("4,7" in German). */
export function formatRating(value: number, locale?: string, digits = 1): string {
  const cut = floorRating(value, digits);
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  } catch {
    format = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  // The value is already cut, so the formatter's own rounding has nothing left to round up.
  return format.format(cut);
}
