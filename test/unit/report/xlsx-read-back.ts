// Shared by the workbook sheet tests: build sheets into an in-memory .xlsx, then read it back as Excel
// would (exceljs) and as bytes (the sheet XML, for what exceljs does not show: formulas, cell types).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { XlsxBook } from '../../../src/report/xlsx-book.js';

/** The bytes of a workbook whose sheets `write` adds (the book's dates fixed at 2026-01-01). */
export async function bookBytes(write: (book: XlsxBook) => void | Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const pass = new PassThrough();
  pass.on('data', (c: Buffer) => chunks.push(c));
  const book = new XlsxBook(pass, new Date(Date.UTC(2026, 0, 1)));
  await write(book);
  await book.commit();
  return Buffer.concat(chunks);
}

export async function loadBook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** A workbook of exactly one sheet: that sheet, and its XML. */
export async function onlySheet(buf: Buffer): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
  const wb = await loadBook(buf);
  if (wb.worksheets.length !== 1) throw new Error(`expected one sheet, found ${wb.worksheets.length}`);
  const ws = wb.worksheets[0];
  if (ws === undefined) throw new Error('no sheet');
  return { ws, xml: await zipEntry(buf, 'xl/worksheets/sheet1.xml') };
}

/** One part of the zip as text. */
export function zipEntry(buf: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err !== null || zip === undefined) return reject(err ?? new Error('no zip'));
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, rs) => {
          if (err2 !== null || rs === undefined) return reject(err2 ?? new Error('no stream'));
          const parts: Buffer[] = [];
          rs.on('data', (c: Buffer) => parts.push(c));
          rs.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`no ${name}`)));
      zip.readEntry();
    });
  });
}

/** The header row's values. */
export function headers(ws: ExcelJS.Worksheet): unknown[] {
  return (ws.getRow(1).values as unknown[]).slice(1);
}
