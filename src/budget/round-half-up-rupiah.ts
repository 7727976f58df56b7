/**
 * The one rounding rule of rekon's budgets (DOMAIN.md "Decisions already taken"; no public BPJS rule was
 * found, §2.4): an exact amount `numerator / denominator` rupiah is rounded half up to a whole rupiah.
 * It is applied per worker, per program, per share, per month; months and workers are then summed
 * without further rounding.
 *
 * Exact: the amount is a ratio of integers (wage × rate numerator / rate denominator), so 0.24 % of
 * Rp 2,169,348 is exactly 5206.4352 → 5,206 and 0.24 % of Rp 625 is exactly 1.5 → 2. No floating point.
 * Amounts are never negative; a negative numerator or a non-positive denominator is a programming error.
 */
export function roundHalfUpRupiah(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new RangeError('roundHalfUpRupiah: denominator must be positive');
  if (numerator < 0n) throw new RangeError('roundHalfUpRupiah: amount must not be negative');
  const whole = numerator / denominator;
  const rest = numerator % denominator;
  const rounded = 2n * rest >= denominator ? whole + 1n : whole;
  const result = Number(rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError('roundHalfUpRupiah: amount too large');
  return result;
}
