import { memoByText } from '../normalize/memo-by-text.js';

/**
 * How agencies (OPD) are grouped and ordered in a budget: spaces trimmed and collapsed, uppercase.
 * "Dinas  Kesehatan" and "DINAS KESEHATAN" are one agency; the key is also what the budget shows.
 * "TOTAL" names the lines that sum all agencies (budget.csv, summary.json, the workbook): an agency
 * called that (a sheet or file named "Total" standing in for a missing agency column) is
 * "TOTAL (OPD)", or its budget would be dropped as a total line, or counted twice.
 */
export function agencyKey(agency: string): string {
  return agencyKeyOnce(agency);
}

/** The `agency` of the lines that sum all agencies. */
export const TOTAL_AGENCY = 'TOTAL';

/** The key an agency named "Total" gets (see agencyKey). */
export const AGENCY_NAMED_TOTAL = 'TOTAL (OPD)';

/** A pemda has tens of agencies and every worker row asks for its key (several times): computed once each. */
const agencyKeyOnce = memoByText(
  (agency) => {
    const key = agency.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase();
    return key === TOTAL_AGENCY ? AGENCY_NAMED_TOTAL : key;
  },
  { size: 4096, maxLength: 200 },
);

/**
 * Plain code-point order, no locale collation, so output is byte-identical on every machine.
 * (JS `<` compares UTF-16 code units, which differs from code points above U+FFFF.)
 */
export function compareCodePoints(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done === true) return y.done === true ? 0 : -1;
    if (y.done === true) return 1;
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}
