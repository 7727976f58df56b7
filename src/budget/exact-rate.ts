/**
 * A premium rate as an exact fraction of the wage: `num / den`. Written in the rate table as a decimal
 * percentage string (`exactPercent('0.24')` = 24/10000) so the data reads like the regulation while the
 * arithmetic never meets a floating-point percentage.
 */
export interface ExactRate {
  readonly num: number;
  readonly den: number;
}

/**
 * Parses a non-negative decimal percentage ("0.24", "5.7", "2", "0.445") into an exact rate.
 * Throws a RangeError on anything else: it is used on literal rate data, not on user input.
 */
export function exactPercent(percent: string): ExactRate {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(percent);
  if (m === null) throw new RangeError(`not a percentage: ${percent}`);
  const decimals = m[2] ?? '';
  return { num: Number(`${m[1]}${decimals}`), den: 100 * 10 ** decimals.length };
}

/** The rate as a decimal percentage string again, e.g. "0.24" (for display; "num/den" if den is not 100 × 10^k). */
export function formatPercent(rate: ExactRate): string {
  let decimals = 0;
  let den = rate.den;
  while (den > 100 && den % 10 === 0) {
    den /= 10;
    decimals += 1;
  }
  if (den !== 100) return `${rate.num}/${rate.den}`;
  const digits = String(rate.num).padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
