/**
 * The pros-and-cons balance policy, as pure functions over review counts so it is tested directly:
 * the share of complaints among the shown themes' mentions stays close to the share of negative
 * sentences in the trusted reviews (within BALANCE_TOLERANCE when the candidates allow, never
 * knowingly beyond it), and when one side falls short an "Other ..." line counts the rest of it.
 */

/** How far the shown complaint share may sit from the negative-sentence share. */
export const BALANCE_TOLERANCE = 0.08;

/** How far a complaint share is from the target; nothing shown is as far as can be. */
export function balanceDeviation(prosSum: number, consSum: number, target: number): number {
  return prosSum + consSum === 0 ? 1 : Math.abs(consSum / (prosSum + consSum) - target);
}

/**
 * How many of the candidate pros and cons to show, each list sorted largest count first (the
 * shown ones are always a prefix of each list), at most `maxThemes` a side. Greedy: each step takes
 * the next pro or the next con, whichever brings the complaint share closer to `target` (the con
 * on a tie, when it has more reviews behind it). Once the shown themes are within tolerance, a side
 * whose next theme alone would tip them out closes; when each alone tips it but both together keep
 * it, both are taken.
 */
export function balanceThemes(
  pros: readonly number[],
  cons: readonly number[],
  target: number,
  maxThemes: number,
): { pros: number; cons: number } {
  let p = 0;
  let c = 0;
  let sumP = 0;
  let sumC = 0;
  let openP = true;
  let openC = true;
  const tol = BALANCE_TOLERANCE;
  while (openP || openC) {
    const nextP = openP && p < maxThemes ? pros[p] : undefined;
    const nextC = openC && c < maxThemes ? cons[c] : undefined;
    if (nextP === undefined) openP = false;
    if (nextC === undefined) openC = false;
    if (nextP === undefined && nextC === undefined) break;
    const dP = nextP !== undefined ? balanceDeviation(sumP + nextP, sumC, target) : Infinity;
    const dC = nextC !== undefined ? balanceDeviation(sumP, sumC + nextC, target) : Infinity;
    const takeCon = dC < dP || (dC === dP && nextC !== undefined && (nextP === undefined || nextC > nextP));
    const within = sumP + sumC > 0 && balanceDeviation(sumP, sumC, target) <= tol;
    if (within && dP > tol && dC > tol && nextP !== undefined && nextC !== undefined) {
      if (balanceDeviation(sumP + nextP, sumC + nextC, target) > tol) break;
      p++;
      c++;
      sumP += nextP;
      sumC += nextC;
      continue;
    }
    if (takeCon) {
      if (within && dC > tol) openC = false;
      else {
        c++;
        sumC += nextC!;
      }
    } else if (within && dP > tol) openP = false;
    else {
      p++;
      sumP += nextP!;
    }
  }
  return { pros: p, cons: c };
}

/**
 * Which "Other ..." line the shown themes need: 'complaints' when complaints must be named (the
 * coverage rule left some out) or when the shown complaint share is off target on the low side,
 * 'praise' when it is off on the high side, null when the shown themes are within tolerance.
 */
export function otherLine(prosSum: number, consSum: number, target: number, mustNameComplaints: boolean): 'complaints' | 'praise' | null {
  const off = balanceDeviation(prosSum, consSum, target) > BALANCE_TOLERANCE;
  const low = prosSum + consSum === 0 ? target >= 0.5 : consSum / (prosSum + consSum) < target;
  if (mustNameComplaints || (off && low)) return 'complaints';
  return off ? 'praise' : null;
}
