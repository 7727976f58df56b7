import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkBook } from '@e965/xlsx';
import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { ByteSource } from './byte-source.js';
import { excelSerialToIso } from '../normalize/excel-serial.js';
import { MergedDown } from './merged-down.js';
import type { RawCell } from './raw-cell.js';
import type { RawRow, RawSheet } from './raw-sheet.js';

export interface SheetJsOptions {
  readonly batchSize?: number | undefined;
  /** Largest file read whole into memory, bytes (these formats cannot be streamed). */
  readonly maxBytes?: number | undefined;
  /** The bytes are an HTML table ("Excel" export from a web app): keep every cell as text. */
  readonly html?: boolean | undefined;
}

export const DEFAULT_SHEETJS_MAX_BYTES = 200 * 1024 * 1024;

/**
 * Reads .xls (BIFF), .ods and HTML-table workbooks with @e965/xlsx (SheetJS 0.20.3 republished,
 * which fixes CVE-2023-30533 and CVE-2024-22363 still present in npm xlsx@0.18.5). The whole file is
 * parsed in memory, so its size is capped first. Numbers arrive as doubles here; their text is
 * `String(n)`, or the integer digits for |n| ≥ 1e15 where `String` would switch to exponent form
 * (a 16-digit NIK in a numeric .xls cell has already lost its last digit in Excel, DOMAIN.md §5).
 */
export async function readSheetJs(source: ByteSource, options: SheetJsOptions = {}): Promise<RawSheet[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_SHEETJS_MAX_BYTES;
  if (source.size > maxBytes) throw new InputError(msg('io.too_large', { file: source.name, size: source.size, limit: maxBytes }));
  const bytes = await source.all();
  let wb: WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellNF: true, cellText: false, cellHTML: false, cellFormula: false, dense: true, raw: options.html === true });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(reason)) throw new InputError(msg('io.encrypted_or_legacy', { file: source.name }), { cause: err });
    throw new InputError(msg('io.corrupt_workbook', { file: source.name, reason }), { cause: err });
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const batchSize = options.batchSize ?? 1000;
  const sheets: RawSheet[] = [];
  for (const [index, name] of wb.SheetNames.entries()) {
    const ws = wb.Sheets[name];
    // 0 visible, 1 hidden, 2 very hidden (set by a macro).
    const hidden = (wb.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    const data = (ws?.['!data'] as (CellObject | undefined)[][] | undefined) ?? [];
    // Row flags (.xls ROW records: hidden) and merged ranges (.xls, .ods), 0-based in SheetJS.
    const rowInfo = ws?.['!rows'] ?? [];
    const merged = new MergedDown((ws?.['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, bottom: m.e.r + 1, left: m.s.c, right: m.e.c })));
    const rows: RawRow[] = [];
    for (let r = 0; r < data.length; r++) {
      const line = data[r];
      if (line === undefined) continue;
      const cells: RawCell[] = [];
      let last = -1;
      for (let c = 0; c < line.length; c++) {
        const v = toRawCell(line[c], date1904);
        cells.push(v);
        if (v !== null) last = c;
      }
      if (last < 0) continue;
      const own = cells.slice(0, last + 1);
      const covered = merged.empty ? undefined : merged.cover(r + 1, own);
      const hidden = rowInfo[r]?.hidden === true;
      rows.push({ row: r + 1, cells: own, ...(hidden ? { hidden: true } : {}), ...(covered !== undefined ? { mergedDown: covered } : {}) });
    }
    sheets.push({ file: source.name, sheet: name, hidden, batches: inBatches(rows, batchSize) });
  }
  return sheets;
}

async function* inBatches(rows: RawRow[], size: number): AsyncGenerator<readonly RawRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

function toRawCell(cell: CellObject | undefined, date1904: boolean): RawCell {
  if (cell === undefined || cell === null) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return cell.v === true ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? XLSX.utils.format_cell(cell);
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? String(cell.v) : { kind: 'date', iso: d.toISOString().slice(0, 10), serial: null };
    }
    case 'n': {
      const n = typeof cell.v === 'number' ? cell.v : Number(cell.v);
      if (!Number.isFinite(n)) return cell.w ?? null;
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
        const iso = excelSerialToIso(n, date1904);
        if (iso !== null) return { kind: 'date', iso, serial: n };
      }
      return { kind: 'number', raw: numberText(n) };
    }
    default:
      return null;
  }
}

/** Shortest exact text of a double; the integer digits when |n| ≥ 1e15 (no exponent form). */
export function numberText(n: number): string {
  if (Math.abs(n) >= 1e15) return BigInt(Math.trunc(n)).toString();
  return String(n);
}
