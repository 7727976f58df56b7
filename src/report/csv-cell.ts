/**
 * A typed CSV cell. Text is neutralized against formula injection; numbers we compute
 * ourselves are written as they are (so "-1500" stays a number); identifiers (NIK, KPJ, NIP)
 * can be wrapped so that Excel keeps them as text.
 */
export type CsvCell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number | null }
  | { readonly kind: 'id'; readonly value: string };

export const text = (value: string | null | undefined): CsvCell => ({ kind: 'text', value: value ?? '' });
export const num = (value: number | null | undefined): CsvCell => ({ kind: 'number', value: value ?? null });
export const id = (value: string | null | undefined): CsvCell => ({ kind: 'id', value: value ?? '' });

export interface CsvCellOptions {
  /** Write identifiers as ="…" so Excel does not turn them into numbers (DOMAIN.md §5). */
  readonly excelSafe: boolean;
}

// OWASP CSV injection: a cell starting with = + - @ TAB or CR is executed as a formula by spreadsheets.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  // Most cells start with a letter or digit: one character code settles them without a regex.
  const c = value.charCodeAt(0);
  if (c > 64 || (c >= 48 && c <= 57)) return value;
  // A lone "-" (a placeholder, or the file name of stdin) computes nothing; prefixed it would read '-.
  if (value === '-') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCellText(cell: CsvCell, options: CsvCellOptions): string {
  switch (cell.kind) {
    case 'number':
      return numberCellText(cell.value);
    case 'id':
      return idCellText(cell.value, options);
    case 'text':
      return neutralizeFormula(cell.value);
  }
}

/** The text of a number cell (what csvCellText gives for `num(value)`). */
export function numberCellText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The text of an identifier cell (what csvCellText gives for `id(value)`). */
export function idCellText(value: string, options: CsvCellOptions): string {
  if (value === '') return '';
  if (options.excelSafe && /^\d+$/.test(value)) return `="${value}"`;
  return neutralizeFormula(value);
}
