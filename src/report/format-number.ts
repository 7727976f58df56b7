import type { Lang } from '../i18n/message.js';

import { formatInteger } from '../i18n/format-integer.js';

// Kept here for the report code; it lives in i18n because messages format counts too.
export { formatInteger };

/** Rupiah as people write it: "Rp 1.234.567" in Indonesian, "Rp 1,234,567" in English. */
export function formatRupiah(lang: Lang, n: number): string {
  return `Rp ${formatInteger(lang, n)}`;
}

/**
 * A cell with no figure, on the terminal and in the workbook alike: the coverage of nobody, the budget of an agency
 * nothing was budgeted for.
 */
export const NO_FIGURE = '–';

/**
 * A coverage in tenths of a percent (coverageTenths) with one decimal in the language's style: 875 → "87,5%" /
 * "87.5%"; "–" when there is nobody to cover.
 */
export function formatCoverage(lang: Lang, tenths: number | null): string {
  if (tenths === null) return NO_FIGURE;
  return `${Math.trunc(tenths / 10)}${lang === 'id' ? ',' : '.'}${tenths % 10}%`;
}

/**
 * A 10-cell bar for a coverage in tenths of a percent: ████████░░. Cells are rounded down from the figure shown
 * beside it, so the bar is full only at 100.0 %, when every worker is covered.
 */
export function coverageBar(tenths: number | null, width = 10): string {
  if (tenths === null) return ' '.repeat(width);
  const full = Math.floor((Math.min(1000, Math.max(0, tenths)) * width) / 1000);
  return '█'.repeat(full) + '░'.repeat(width - full);
}
