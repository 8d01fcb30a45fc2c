/**
 * The pros-and-cons balance policy, as pure functions over review counts so it is tested directly:
 * the share of complaints among the shown themes' mentions stays close to the share of negative
 * sentences in the trusted reviews (within BALANCE_TOLERANCE when the candidates allow, never
 * knowingly beyond it), and when one side falls short an "Other ..." line counts the rest of it.
 * showThemes joins it with complaint coverage (coverage.ts), which takes precedence.
 */
import { coverComplaints, coverageFloor } from './coverage.js';

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

/**
 * Which themes to show: the balance policy over the one-sided candidate lists, with complaint
 * coverage taking precedence over the one-side-per-label rule. `pros` and `cons` are the labels
 * each side may show (a label mostly praised is not among `cons`), `allCons` every label with a
 * complaint; all three sorted largest count first, `cons` a subsequence of `allCons`.
 * 1. balance the one-sided lists;
 * 2. a complaint on a mostly praised label that more reviews make than the smallest theme shown
 *    is no noise: it joins the cons (its label is then on both sides, a split) and the lists are
 *    balanced again;
 * 3. any complaint still above the smallest shown theme is shown where a place is free, else named
 *    (`named`, for the "Other complaints" line).
 */
export function showThemes<T>(
  lists: { pros: readonly T[]; cons: readonly T[]; allCons: readonly T[] },
  praise: (item: T) => number,
  complaints: (item: T) => number,
  target: number,
  maxThemes: number,
): { pros: T[]; cons: T[]; named: T[] } {
  const { pros, allCons } = lists;
  let cons = lists.cons;
  let shown = balanceThemes(pros.map(praise), cons.map(complaints), target, maxThemes);
  const floor = coverageFloor(pros.slice(0, shown.pros).map(praise), cons.slice(0, shown.cons).map(complaints));
  const oneSided = new Set(cons);
  const promoted = new Set(allCons.filter((item) => !oneSided.has(item) && complaints(item) > floor));
  if (promoted.size > 0) {
    cons = allCons.filter((item) => oneSided.has(item) || promoted.has(item));
    shown = balanceThemes(pros.map(praise), cons.map(complaints), target, maxThemes);
  }
  const chosenPros = pros.slice(0, shown.pros);
  const chosenCons = cons.slice(0, shown.cons);
  const coverage = coverComplaints(chosenPros.map(praise), chosenCons, allCons, complaints, maxThemes);
  const shownCons = new Set([...chosenCons, ...coverage.show]);
  return { pros: chosenPros, cons: allCons.filter((item) => shownCons.has(item)), named: coverage.name };
}
