/** Words for values in error messages, and the nearest-key suggestion for misspellings. */

const MAX_SHOWN = 40;

export function quote(value: string | number): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** What was found, as a reader wants to see it: `"48"` for a string, `1000`, `a list`, `nothing`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const chars = [...value];
    return chars.length > MAX_SHOWN ? `${JSON.stringify(chars.slice(0, MAX_SHOWN).join(''))}…` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} items`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Optimal string alignment distance: Levenshtein plus swaps of two neighbours ("chekcs"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known key a misspelt one most likely meant, or undefined when none is close enough
 * (at most a third of the longer word's letters differ, and never more than 3).
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // The distance is at least the difference in length, and a suggestion needs it at most 3:
    // skipping the rest keeps a megabyte-long key from costing seconds.
    if (Math.abs(lower.length - candidate.length) > 3) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(key.length, best.length) / 3)));
  return bestDistance <= allowed ? best : undefined;
}
