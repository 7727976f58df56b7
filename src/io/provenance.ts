/**
 * Where a record came from, in the terms a data officer uses to find it again:
 * the file, the sheet ('' for CSV) and the row number a spreadsheet program shows
 * (Excel row number counting title rows; for CSV the record number with the header line as row 1).
 */
export interface Provenance {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

/** A copy of just where `p` is: for keeping beyond the life of a larger object that is its own Provenance (a record). */
export function provenanceOf(p: Provenance): Provenance {
  return { file: p.file, sheet: p.sheet, row: p.row };
}

export function formatProvenance(p: Provenance): string {
  return p.sheet === '' ? `${p.file}:${p.row}` : `${p.file} [${p.sheet}]:${p.row}`;
}
