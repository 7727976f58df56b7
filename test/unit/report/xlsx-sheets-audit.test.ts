// Why this file exists: a mutation audit of the workbook writers (xlsx-sheet, xlsx-summary-sheet,
// xlsx-budget-sheet, xlsx-worker-sheets) found changes the existing sheet tests let through. Each test
// writes a sheet into an in-memory .xlsx and reads it back with exceljs, as Excel would; expected values
// come from the doc comments, DOMAIN.md §0.1/§5 (16-digit NIKs as text) and docs/decisions.md.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/report/model/agency-summary.js';
import type { BudgetLineLike } from '../../../src/report/model/report-input.js';
import {
  MAX_CELL_CHARS,
  SCORE_FORMAT,
  TEXT_FORMAT,
  writeTableSheet,
  XlsxSheet,
  xCount,
  xDate,
  xId,
  xInt,
  xScore,
  xText,
  type XlsxCell,
  type XlsxColumn,
} from '../../../src/report/xlsx-sheet.js';
import { writeSummarySheet } from '../../../src/report/xlsx-summary-sheet.js';
import { decision, sampleInput, worker } from './report-fixtures.js';
import { bookBytes, loadBook, onlySheet } from './xlsx-read-back.js';

const COLS: XlsxColumn[] = [
  { header: 'A', type: 'label' },
  { header: 'B', type: 'count' },
];

/** One sheet "T" with the given rows (after the header), read back. */
async function sheetOf(rows: readonly (readonly XlsxCell[])[], columns: readonly XlsxColumn[] = COLS, bold = false) {
  return onlySheet(
    await bookBytes((book) => {
      const s = XlsxSheet.open(book, 'T', columns);
      for (const r of rows) s.addRow(r, { bold });
      s.commit();
    }),
  );
}

describe('XlsxSheet cells', () => {
  it('a text of exactly 32,767 characters (Excel’s cell limit) is kept whole; one more is cut to the limit with "…"', async () => {
    const exact = 'x'.repeat(MAX_CELL_CHARS);
    const over = 'y'.repeat(MAX_CELL_CHARS + 1);
    const { ws } = await sheetOf([[xText(exact)], [xText(over)]]);
    expect(ws.getCell('A2').value).toBe(exact);
    const cut = String(ws.getCell('A3').value);
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('a 16-digit Papua NIK is a text cell with the Text format, every digit kept', async () => {
    const { ws, xml } = await sheetOf([[xId('9471020505950007'), xInt(7)]]);
    expect(ws.getCell('A2').value).toBe('9471020505950007');
    expect(ws.getCell('A2').numFmt).toBe(TEXT_FORMAT);
    // In the sheet XML the cell carries a string type (t="s", "str" or "inlineStr"): a number cell has no t.
    expect(/<c r="A2"[^>]*>/.exec(xml)?.[0]).toMatch(/ t="(s|str|inlineStr)"/);
  });

  it('a score is rounded to 2 decimals, as in workers.csv', async () => {
    const { ws } = await sheetOf([[xText('s'), xScore(0.81234)]]);
    expect(ws.getCell('B2').value).toBe(0.81);
    expect(ws.getCell('B2').numFmt).toBe(SCORE_FORMAT);
  });

  it('NaN and Infinity are left empty (they would corrupt the file), a 0 is written', async () => {
    const { ws } = await sheetOf([[xText('n'), xCount(Number.NaN)], [xText('i'), xCount(Number.POSITIVE_INFINITY)], [xText('z'), xCount(0)]]);
    expect(ws.getCell('B2').value ?? null).toBeNull();
    expect(ws.getCell('B3').value ?? null).toBeNull();
    expect(ws.getCell('B4').value).toBe(0);
  });

  it('dates before 1900-03-01 stay text (Excel’s 1900 leap-year bug); 1900-03-01 is a real date', async () => {
    const { ws } = await sheetOf([[xDate('1900-02-28')], [xDate('1900-03-01')]]);
    expect(ws.getCell('A2').value).toBe('1900-02-28');
    expect(ws.getCell('A3').value).toEqual(new Date(Date.UTC(1900, 2, 1)));
  });

  it('a bold row is bold in every written cell, a plain row is not', async () => {
    const bold = await sheetOf([[xText('TOTAL'), xCount(3)]], COLS, true);
    expect(bold.ws.getCell('A2').font?.bold).toBe(true);
    expect(bold.ws.getCell('B2').font?.bold).toBe(true);
    const plain = await sheetOf([[xText('DINAS'), xCount(3)]]);
    expect(plain.ws.getCell('B2').font?.bold ?? false).toBe(false);
  });

  it('a long header widens its column (up to 40), a short one keeps the width of its type', async () => {
    const header = 'Jumlah pekerja yang belum terdaftar';
    const { ws } = await sheetOf([], [
      { header, type: 'count' },
      { header: 'N', type: 'count' },
      { header: 'z'.repeat(80), type: 'count' },
    ]);
    expect(ws.getColumn(1).width).toBe(header.length + 2);
    expect(ws.getColumn(2).width).toBe(10);
    expect(ws.getColumn(3).width).toBe(40);
  });

  it('filterHere leaves rows written afterwards (TOTAL) out of the autofilter; a blank row shifts the next row down', async () => {
    const buf = await bookBytes((book) => {
      const s = XlsxSheet.open(book, 'T', COLS);
      s.addRow([xText('A'), xCount(1)]);
      s.addRow([xText('B'), xCount(2)]);
      s.filterHere();
      s.addBlankRow();
      s.addRow([xText('TOTAL'), xCount(3)], { bold: true });
      s.commit();
    });
    const { ws } = await onlySheet(buf);
    expect(ws.autoFilter).toBe('A1:B3');
    expect(ws.getCell('A4').value ?? null).toBeNull();
    expect(ws.getCell('A5').value).toBe('TOTAL');
  });
});

describe('writeTableSheet: Excel’s row limit', () => {
  it('a sheet holds maxRows rows with the header, then continues on "<name> (2)" with the same header', async () => {
    const rows = [1, 2, 3, 4, 5].map((n) => [xText(`r${n}`), xCount(n)]);
    const wb = await loadBook(await bookBytes((book) => writeTableSheet(book, 'Data', COLS, rows, 3)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Data (2)', 'Data (3)']);
    // 3 rows per sheet, header included: 2 data rows each, nothing dropped.
    expect(wb.worksheets.map((w) => w.rowCount)).toEqual([3, 3, 2]);
    expect(wb.worksheets[2]?.getCell('A1').value).toBe('A');
    expect(wb.worksheets[2]?.getCell('A2').value).toBe('r5');
  });
});

const budgetLine = (agency: string, group: BudgetLineLike['group'], periodTotal: number): BudgetLineLike => ({
  agency,
  group,
  program: 'jkk',
  workers: 1,
  monthlyEmployer: periodTotal,
  monthlyWorker: 0,
  monthlyTotal: periodTotal,
  periodEmployer: periodTotal,
  periodWorker: 0,
  periodTotal,
  riskClass: 'very_low',
});

describe('Summary sheet budget columns', () => {
  /** The Summary sheet of a run whose two agencies are "Dinas Kesehatan" and "Dinas Pendidikan" (sampleResult). */
  async function summaryWith(lines: readonly BudgetLineLike[]) {
    const input = sampleInput({ budget: { lines, notBudgeted: [], notes: [] } });
    const { ws } = await onlySheet(await bookBytes((book) => writeSummarySheet(book, input)));
    const rows = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1));
    const byName = (name: string) => {
      const r = rows.find((x) => String(x.getCell(1).value).toUpperCase() === name);
      if (r === undefined) throw new Error(`no row ${name}`);
      return r;
    };
    return { ws, byName };
  }

  it('a budget line whose agency is spelt differently (case, spaces) lands on the agency’s row (agencyKey)', async () => {
    const { byName } = await summaryWith([budgetLine('  dinas   kesehatan ', 'unregistered', 5000), budgetLine('DINAS KESEHATAN', 'all_roster', 9000)]);
    const row = byName('DINAS KESEHATAN');
    expect([row.getCell(9).value, row.getCell(10).value]).toEqual([5000, 9000]);
  });

  it('"to protect" sums the unregistered and inactive groups; TOTAL sums the agencies', async () => {
    const { byName } = await summaryWith([
      budgetLine('DINAS KESEHATAN', 'unregistered', 5000),
      budgetLine('DINAS PENDIDIKAN', 'inactive', 700),
      budgetLine('DINAS KESEHATAN', 'all_roster', 9000),
    ]);
    expect(byName('DINAS PENDIDIKAN').getCell(9).value).toBe(700);
    expect(byName('TOTAL').getCell(9).value).toBe(5700);
    expect(byName('TOTAL').getCell(10).value).toBe(9000);
  });

  it('without an all-roster budget the "all roster" cells are no figure (a dash), TOTAL too (not Rp 0)', async () => {
    const { byName } = await summaryWith([budgetLine('DINAS KESEHATAN', 'unregistered', 5000)]);
    expect(byName('DINAS KESEHATAN').getCell(10).value).toBe('–');
    expect(byName('TOTAL').getCell(10).value).toBe('–');
    expect(byName('TOTAL').getCell(9).value).toBe(5000);
  });
});

describe('Summary sheet sanity on a tiny run', () => {
  it('coverage is the share shown on the terminal, formatted as a percent', async () => {
    const result = { decisions: [decision(worker({ row: 2 }), 'registered'), decision(worker({ row: 3 }), 'unregistered')], bpjsOnly: [], notes: [] };
    const input = sampleInput({ result, summary: summarize(result) });
    const { ws } = await onlySheet(await bookBytes((book) => writeSummarySheet(book, input)));
    expect(ws.getCell('H2').value).toBe(0.5);
    expect(ws.getCell('H2').numFmt).toBe('0.0%');
  });
});
