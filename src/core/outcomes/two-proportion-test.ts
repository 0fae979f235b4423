/**
 * Two-proportion z-test (pooled), two-sided: is the share of successes of group 1 different from
 * group 2's? Returns the p-value, or null when a group is empty or the pooled share is 0 or 1
 * (no variation to test). Normal approximation, reasonable from about 30 per group and at least
 * 5 successes and 5 failures overall.
 */
export function twoProportionPValue(
  successes1: number,
  total1: number,
  successes2: number,
  total2: number,
): number | null {
  if (total1 <= 0 || total2 <= 0) return null;
  const pooled = (successes1 + successes2) / (total1 + total2);
  if (pooled <= 0 || pooled >= 1) return null;
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / total1 + 1 / total2));
  const z = (successes1 / total1 - successes2 / total2) / standardError;
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}

/** Standard normal cumulative distribution, through erf (Abramowitz & Stegun 7.1.26, ±1.5e-7). */
export function normalCdf(x: number): number {
  return 0.5 * (1 + erf(x / Math.SQRT2));
}

function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-a * a));
}
