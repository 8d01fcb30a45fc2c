/** The little statistics the checks need, written out so every figure can be audited. */

/** Smallest k with P(X <= k) >= q for X ~ Poisson(lambda): the most reviews a normal day has. */
export function poissonQuantile(lambda: number, q: number): number {
  if (!(lambda > 0)) return 0;
  // Sum the pmf in log space for large lambda, where e^-lambda underflows.
  let k = 0;
  let logPmf = -lambda;
  let cdf = Math.exp(logPmf);
  const limit = Math.ceil(lambda + 50 * Math.sqrt(lambda) + 50);
  while (cdf < q && k < limit) {
    k++;
    logPmf += Math.log(lambda) - Math.log(k);
    cdf += Math.exp(logPmf);
  }
  return k;
}

/** Running mean and variance of a group of ratings. */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

export const emptyMoments = (): Moments => ({ n: 0, sum: 0, sumSq: 0 });

export function addMoment(m: Moments, x: number): void {
  m.n++;
  m.sum += x;
  m.sumSq += x * x;
}

const mean = (m: Moments) => m.sum / m.n;
const variance = (m: Moments) => (m.n > 1 ? Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1)) : 0);

/**
 * Welch's two-sided t-test: do the two groups' mean ratings differ beyond chance? Symmetric in
 * the rating direction (1 star and 5 stars swap the sign of t, not the p-value). Null when a group
 * has fewer than two ratings.
 */
export function welchTest(a: Moments, b: Moments): { t: number; df: number; pValue: number } | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = variance(a) / a.n;
  const vb = variance(b) / b.n;
  const diff = mean(a) - mean(b);
  const se = Math.sqrt(va + vb);
  if (se === 0) return { t: diff === 0 ? 0 : Infinity * Math.sign(diff), df: a.n + b.n - 2, pValue: diff === 0 ? 1 : 0 };
  const t = diff / se;
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { t, df, pValue: studentTwoSided(Math.abs(t), df) };
}

/** P(|T| >= t) for Student's t with df degrees of freedom: I_{df/(df+t²)}(df/2, 1/2). */
export function studentTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized incomplete beta I_x(a, b) by Lentz's continued fraction (Numerical Recipes 6.4). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * betaFraction(1 - x, b, a)) / b;
  return (front * betaFraction(x, a, b)) / a;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 3e-14) break;
  }
  return h;
}

/**
 * A 95% interval for a mean rating: the Wilson score interval on the rating rescaled to 0..1.
 * Unlike mean ± 1.96·sd/√n it stays inside the scale and does not collapse when every rating is
 * the same: five 5-star reviews give about 3.3 to 5.0, not 5.0 to 5.0. Symmetric under 1↔5.
 */
export function wilsonInterval(average: number, n: number, scale: number): { low: number; high: number } {
  const z = 1.959963984540054;
  const p = (average - 1) / (scale - 1);
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  const toScale = (x: number) => 1 + Math.min(1, Math.max(0, x)) * (scale - 1);
  return { low: toScale(centre - half), high: toScale(centre + half) };
}
