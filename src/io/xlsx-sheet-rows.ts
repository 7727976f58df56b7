import { isRealDate } from '../normalize/calendar.js';
import { excelSerialToIso } from '../normalize/excel-serial.js';
import { unescapeOoxml } from './ooxml-escape.js';
import type { RawCell } from './raw-cell.js';
import { MergedDown } from './merged-down.js';
import type { MergedRange, RawRow } from './raw-sheet.js';
import { getAttribute, MAX_XML_TOKEN_CHARS } from './xml-scanner.js';
import type { ScanHandlers } from './xml-scanner.js';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * SAX handlers turning a worksheet's `<sheetData>` into RawRows, pushed to `out` as each `</row>` closes.
 * Numbers keep their `<v>` text exactly (never a JS number: NIKs above 2^53, DOMAIN.md §1.5);
 * date-styled numbers become DateCells. `r` attributes give row and column; when absent, rows and
 * cells are numbered sequentially. `<mergeCells>` comes after `<sheetData>` in the stream: `merged` are
 * the ranges found by a first pass (xlsx-merged-cells.ts); a row covered by a vertical range carries the
 * range's value in `mergedDown` (its own cell stays empty). Header gaps of horizontal ranges are filled
 * forward by table detection (src/table/detect-table.ts). A row hidden in the sheet is marked `hidden`.
 */
export function sheetRowHandlers(ctx: SheetContext, out: RawRow[], merged: readonly MergedRange[] = []): ScanHandlers {
  const mergedDown = merged.length > 0 ? new MergedDown(merged) : null;
  let rowHidden = false;
  let inSheetData = false;
  let rowNumber = 0;
  let cells: RawCell[] = [];
  let col = -1;
  let type = 'n';
  let style = 0;
  let capture = false;
  let inInline = false;
  let inPhonetic = false;
  let text = '';
  let hasValue = false;

  return {
    open(name, a) {
      switch (name) {
        case 'sheetData':
          inSheetData = true;
          return;
        case 'row': {
          if (!inSheetData) return;
          const r = getAttribute(a, 'r');
          rowNumber = r !== undefined ? Number(r) : rowNumber + 1;
          const hidden = getAttribute(a, 'hidden');
          rowHidden = hidden === '1' || hidden === 'true';
          cells = [];
          col = -1;
          return;
        }
        case 'c': {
          const ref = getAttribute(a, 'r');
          col = ref !== undefined ? columnIndex(ref, col + 1) : col + 1;
          type = getAttribute(a, 't') ?? 'n';
          const s = getAttribute(a, 's');
          style = s !== undefined ? Number(s) : 0;
          text = '';
          hasValue = false;
          return;
        }
        case 'v':
          capture = true;
          hasValue = true;
          return;
        case 'is':
          inInline = true;
          hasValue = true;
          return;
        case 'rPh':
          inPhonetic = true;
          return;
        case 't':
          if (inInline && !inPhonetic) capture = true;
          return;
      }
    },
    text(t) {
      if (!capture) return;
      text += t;
      // The scanner hands text on in pieces; a cell longer than any Excel cell (32,767 characters)
      // by a factor of 500 is a hostile part, refused before it fills memory.
      if (text.length > MAX_XML_TOKEN_CHARS) throw new Error(`cell text longer than ${MAX_XML_TOKEN_CHARS} characters`);
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = false;
          return;
        case 'rPh':
          inPhonetic = false;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c': {
          const value = hasValue ? cellValue(type, text, style, ctx) : null;
          if (value !== null) {
            while (cells.length < col) cells.push(null);
            cells[col] = value;
          }
          return;
        }
        case 'row': {
          if (!inSheetData) return;
          const covered = mergedDown?.cover(rowNumber, cells);
          if (cells.length === 0) return;
          // Only rows that need them get the optional fields (a million plain rows stay small).
          if (rowHidden || covered !== undefined) out.push({ row: rowNumber, cells, ...(rowHidden ? { hidden: true } : {}), ...(covered !== undefined ? { mergedDown: covered } : {}) });
          else out.push({ row: rowNumber, cells });
          return;
        }
        case 'sheetData':
          inSheetData = false;
          return;
      }
    },
  };
}

function cellValue(type: string, text: string, style: number, ctx: SheetContext): RawCell {
  switch (type) {
    case 's': {
      // An empty <v/> refers to nothing (Number('') would be 0, the first shared string, often a header).
      const at = text.trim();
      return at === '' ? null : (ctx.sharedStrings[Number(at)] ?? '');
    }
    case 'inlineStr':
    case 'str':
      return unescapeOoxml(text);
    case 'b':
      return text.trim() === '1' || text.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return text;
    case 'd': {
      // ISO 8601 date cell (strict OOXML / some writers).
      const iso = text.slice(0, 10);
      // An impossible date (2024-13-45) stays text, for the date reader to report.
      return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) ? { kind: 'date', iso, serial: null } : text;
    }
    default: {
      const raw = text.trim();
      if (raw === '') return null;
      if (ctx.dateStyles[style] === true) {
        const serial = Number(raw);
        const iso = excelSerialToIso(serial, ctx.date1904);
        if (iso !== null) return { kind: 'date', iso, serial };
      }
      return { kind: 'number', raw };
    }
  }
}

/** "C5" → 2; "AA10" → 26. Falls back when the reference has no letters. */
export function columnIndex(ref: string, fallback: number): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? fallback : n - 1;
}
