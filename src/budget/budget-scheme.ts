/**
 * Participation scheme: `pu` (Penerima Upah, wage earners: % of the monthly wage) or
 * `bpu` (Bukan Penerima Upah, "pekerja rentan": % of declared income plus a flat JKM) (DOMAIN.md §2.1, §2.3).
 */
export const BUDGET_SCHEMES = ['pu', 'bpu'] as const;
export type BudgetScheme = (typeof BUDGET_SCHEMES)[number];

export function parseBudgetScheme(text: string): BudgetScheme | null {
  const v = text.trim().toLowerCase();
  return (BUDGET_SCHEMES as readonly string[]).includes(v) ? (v as BudgetScheme) : null;
}
