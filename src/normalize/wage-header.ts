/**
 * What a wage column's header says about its values: the period they cover and the unit they are
 * written in. BPJS premiums are a share of the *monthly* wage (DOMAIN.md §2.1, §2.6), and budget
 * documents often state honors per year ("HONOR SETAHUN") or in thousands ("HONOR (Rp RIBU)").
 */

/** Words of a pay period, also allowed in the sub-header row under a merged "HONOR" ("PER TAHUN | PER BULAN"). */
export const PAY_PERIOD_WORDS: ReadonlySet<string> = new Set([
  'PER', 'TAHUN', 'THN', 'SETAHUN', 'TAHUNAN', 'PERTAHUN', 'BULAN', 'BLN', 'SEBULAN', 'BULANAN', 'PERBULAN',
  'ANNUAL', 'YEAR', 'YEARLY', 'MONTH', 'MONTHLY',
]);

const YEAR_WORDS = new Set(['TAHUN', 'THN', 'SETAHUN', 'TAHUNAN', 'PERTAHUN', 'ANNUAL', 'YEAR', 'YEARLY']);
const MONTH_WORDS = new Set(['BULAN', 'BLN', 'SEBULAN', 'BULANAN', 'PERBULAN', 'MONTH', 'MONTHLY']);

export type PayPeriod = 'year' | 'month' | null;

/**
 * The period a wage header names. A month word makes it monthly, unless a count of months before it
 * makes a year ("HONOR 12 BULAN"). A year word alone makes it yearly, except a budget year: TAHUN
 * followed by a year or ANGGARAN ("HONOR TAHUN 2027", "TAHUN ANGGARAN") says when, not how long.
 */
export function payPeriod(header: string): PayPeriod {
  const tokens = headerTokens(header);
  let month = false;
  let year = false;
  tokens.forEach((t, i) => {
    const before = tokens[i - 1] ?? '';
    const after = tokens[i + 1] ?? '';
    if (MONTH_WORDS.has(t)) {
      if (/^\d+$/.test(before) && Number(before) > 1) year = true;
      else month = true;
    } else if (YEAR_WORDS.has(t) && !/^(?:\d{4}|ANGGARAN)$/.test(after)) {
      year = true;
    }
  });
  if (month) return 'month';
  return year ? 'year' : null;
}

/** Unit words and marks of a header, as powers of ten: "(Rp RIBU)", "RIBUAN", "(000)", "x1000", "JUTA". */
const UNIT_SCALE: ReadonlyMap<string, number> = new Map([
  ['RIBU', 3], ['RIBUAN', 3], ['RB', 3], ['000', 3], ['X1000', 3], ['THOUSAND', 3], ['THOUSANDS', 3],
  ['JUTA', 6], ['JUTAAN', 6], ['JT', 6], ['000000', 6], ['X1000000', 6], ['MILLION', 6], ['MILLIONS', 6],
]);

/**
 * The power of ten a header says its amounts are written in: 3 for "HONOR (Rp RIBU)", 6 for "GAJI (JUTA)",
 * 0 when it states no unit. "x 1000" is read like "x1000".
 */
export function wageUnitScale(header: string): number {
  const tokens = headerTokens(header);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const joined = t === 'X' ? `X${tokens[i + 1] ?? ''}` : t;
    const scale = UNIT_SCALE.get(joined);
    if (scale !== undefined) return scale;
  }
  return 0;
}

/** Words of a header as table/header-text.ts's headerKey splits them (normalize/ does not import table/). */
function headerTokens(header: string): string[] {
  return header.normalize('NFKC').toUpperCase().split(/[^A-Z0-9]+/).filter((t) => t !== '');
}
