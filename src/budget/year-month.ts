/** A calendar month `YYYY-MM`, the unit premiums are billed in. Zero-padded, so string order is month order. */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** `YYYY-MM` with a month 01–12 and a year 1900–2999; null otherwise. */
export function parseYearMonth(text: string): YearMonth | null {
  const m = YEAR_MONTH.exec(text.trim());
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  return formatYearMonth(year, month);
}

export function formatYearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month after `ym` (December rolls over to January of the next year). `ym` must be valid. */
export function nextYearMonth(ym: YearMonth): YearMonth {
  const year = Number(ym.slice(0, 4));
  const month = Number(ym.slice(5, 7));
  return month === 12 ? formatYearMonth(year + 1, 1) : formatYearMonth(year, month + 1);
}
