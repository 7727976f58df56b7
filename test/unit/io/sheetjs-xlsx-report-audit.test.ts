// Mutation audit of the SheetJS reader (.xls/.ods), the OOXML `_xHHHH_` unescaper and the report
// workbook writers: each test here kills a mutation the older tests let through (1904 dates, very
// hidden sheets, booleans and error cells, the size cap's bound, batching, encrypted files, escapes).
// Inputs are built in memory with SheetJS; written workbooks are read back with exceljs.
import { PassThrough } from 'node:stream';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { msg } from '../../../src/i18n/message.js';
import { bufferSource } from '../../../src/io/byte-source.js';
import { unescapeOoxml } from '../../../src/io/ooxml-escape.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { numberText, readSheetJs, type SheetJsOptions } from '../../../src/io/read-sheetjs.js';
import type { BpjsOnlyRecord } from '../../../src/report/model/bpjs-only-record.js';
import type { ReportInput } from '../../../src/report/model/report-input.js';
import { writeReportWorkbook } from '../../../src/report/xlsx-report.js';
import { sampleInput } from '../report/report-fixtures.js';
import { errorOf } from './read-helpers.js';

interface Read {
  readonly sheet: string;
  readonly hidden: boolean;
  readonly batches: RawRow[][];
  readonly rows: RawRow[];
}

async function readBytes(name: string, bytes: Buffer, options: SheetJsOptions = {}): Promise<Read[]> {
  const out: Read[] = [];
  for (const s of await readSheetJs(bufferSource(name, bytes), options)) {
    const batches: RawRow[][] = [];
    for await (const b of s.batches) batches.push([...b]);
    out.push({ sheet: s.sheet, hidden: s.hidden === true, batches, rows: batches.flat() });
  }
  return out;
}

function book(sheets: Record<string, XLSX.WorkSheet>, workbook?: XLSX.WorkBook['Workbook']): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
  if (workbook !== undefined) wb.Workbook = workbook;
  return wb;
}

function bytesOf(wb: XLSX.WorkBook, bookType: XLSX.BookType): Buffer {
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}


/** A roster row: a birth date typed as a date (serial 33243 = 1991-01-05 in the 1900 system). */
function dateSheet(): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([['NAMA', 'TGL LAHIR']]);
  ws['A2'] = { t: 's', v: 'SITI' };
  ws['B2'] = { t: 'n', v: 33243, z: 'dd/mm/yyyy' };
  ws['!ref'] = 'A1:B2';
  return ws;
}

describe('readSheetJs: dates in a workbook using the 1904 date system (Mac Excel)', () => {
  it.each(['biff8', 'ods'] as const)('%s: a serial counts from 1904-01-01, four years and a day later than in the 1900 system', async (bookType) => {
    const [s1900] = await readBytes('a', bytesOf(book({ S: dateSheet() }, { WBProps: { date1904: false } }), bookType));
    const [s1904] = await readBytes('a', bytesOf(book({ S: dateSheet() }, { WBProps: { date1904: true } }), bookType));
    expect(s1900?.rows[1]?.cells[1]).toMatchObject({ kind: 'date', iso: '1991-01-05' });
    // 1462 days = 1904-01-01 − 1899-12-30.
    expect(s1904?.rows[1]?.cells[1]).toMatchObject({ kind: 'date', iso: '1995-01-06' });
  });
});

describe('readSheetJs: hidden sheets', () => {
  it('a "very hidden" .xls sheet (Hidden = 2, set by a macro) is said hidden too', async () => {
    const wb = book({ A: XLSX.utils.aoa_to_sheet([['x']]), B: XLSX.utils.aoa_to_sheet([['y']]) }, { Sheets: [{ Hidden: 2 }, { Hidden: 0 }] });
    const sheets = await readBytes('v.xls', bytesOf(wb, 'biff8'));
    expect(sheets.map((s) => [s.sheet, s.hidden])).toEqual([['A', true], ['B', false]]);
  });

  it('a workbook without sheet visibility (an .ods) reads every sheet as visible', async () => {
    const sheets = await readBytes('v.ods', bytesOf(book({ A: XLSX.utils.aoa_to_sheet([['x']]), B: XLSX.utils.aoa_to_sheet([['y']]) }), 'ods'));
    expect(sheets.map((s) => [s.sheet, s.hidden])).toEqual([['A', false], ['B', false]]);
  });
});

describe('readSheetJs: cell types', () => {
  it('booleans read as TRUE / FALSE and an error cell as the error Excel shows', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['AKTIF', 'NONAKTIF', 'HITUNG']]);
    ws['A2'] = { t: 'b', v: true };
    ws['B2'] = { t: 'b', v: false };
    ws['C2'] = { t: 'e', v: 0x2a }; // #N/A, e.g. a VLOOKUP that found nothing
    ws['!ref'] = 'A1:C2';
    const [s] = await readBytes('b.xls', bytesOf(book({ S: ws }), 'biff8'));
    expect(s?.rows[1]?.cells).toEqual(['TRUE', 'FALSE', '#N/A']);
  });

  it('text keeps its exact content: spaces and an Alt+Enter line break are the normalizer’s business', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['NAMA'], [' BUDI\nSANTOSO  ']]);
    const [s] = await readBytes('t.xls', bytesOf(book({ S: ws }), 'biff8'));
    expect(s?.rows[1]?.cells).toEqual([' BUDI\nSANTOSO  ']);
  });

  it('a 16-digit NIK stored as a number reads as its digits, as Excel left them (last digit already 0)', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['NIK'], [3671014501900000], ['3671014501900001']]);
    const [s] = await readBytes('n.xls', bytesOf(book({ S: ws }), 'biff8'));
    expect(s?.rows.slice(1).map((r) => r.cells[0])).toEqual([{ kind: 'number', raw: '3671014501900000' }, '3671014501900001']);
  });
});

describe('readSheetJs: size cap, batches, encrypted files', () => {
  const bytes = bytesOf(book({ S: XLSX.utils.aoa_to_sheet([['A'], ['1'], ['2'], ['3'], ['4']]) }), 'biff8');

  it('reads a file exactly as large as the cap (the cap is the largest size read)', async () => {
    const sheets = await readBytes('cap.xls', bytes, { maxBytes: bytes.length });
    expect(sheets[0]?.rows).toHaveLength(5);
    const err = await errorOf(readBytes('cap.xls', bytes, { maxBytes: bytes.length - 1 }));
    expect((err as InputError).detail.code).toBe('io.too_large');
  });

  it('delivers every row, in order, in batches of batchSize', async () => {
    const [s] = await readBytes('b.xls', bytes, { batchSize: 2 });
    expect(s?.batches.map((b) => b.map((r) => r.row))).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('says a password-protected file is encrypted, not corrupt', async () => {
    // An encrypted Office file is a CFB container with EncryptionInfo and EncryptedPackage streams.
    const CFB = (XLSX as unknown as { CFB: { utils: { cfb_new(): unknown; cfb_add(c: unknown, p: string, d: Buffer): void }; write(c: unknown, o: { type: 'buffer' }): Uint8Array } }).CFB;
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(64, 1));
    const err = await errorOf(readBytes('locked.xls', Buffer.from(CFB.write(cfb, { type: 'buffer' }))));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe('io.encrypted_or_legacy');
  });
});

describe('numberText beyond the older cases', () => {
  it('a large negative number is written as digits too, never in exponent form', () => {
    expect(numberText(-1e21)).toBe('-1000000000000000000000');
    expect(numberText(-3671014501900000)).toBe('-3671014501900000');
  });

  it('a number ≥ 1e15 with a fraction gives its integer digits instead of throwing', () => {
    // 2^50 < n < 2^51: the double holds the .5 exactly; BigInt() of a non-integer would throw.
    expect(numberText(1234567890123456.5)).toBe('1234567890123456');
  });
});

describe('unescapeOoxml beyond the older cases', () => {
  it.each([
    // Hex digits in either case (writers other than Excel may use lower case).
    ['BUDI_x000d_\nSANTOSO', 'BUDI\r\nSANTOSO'],
    // An escape not starting with 0: the characters XML cannot hold include U+FFFE.
    ['A_xFFFE_B', 'A\uFFFEB'],
    // Exactly four hex digits between "_x" and "_": anything else is literal text.
    ['KODE_x41_', 'KODE_x41_'],
    ['KODE_x0041B', 'KODE_x0041B'],
    ['_x00041_', '_x00041_'],
  ])('%j → %j', (input, expected) => {
    expect(unescapeOoxml(input)).toBe(expected);
  });
});

/** Writes the report workbook into memory and reads it back with exceljs. */
async function writeAndRead(input: ReportInput): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  const pass = new PassThrough();
  pass.on('data', (c: Buffer) => chunks.push(c));
  await writeReportWorkbook(pass, input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Data row `n` (1 = first after the header) of a sheet as { header: value }. */
function rowByHeader(wb: ExcelJS.Workbook, sheetName: string, n: number): Record<string, unknown> {
  const ws = wb.getWorksheet(sheetName);
  if (ws === undefined) throw new Error(`no sheet ${sheetName}`);
  const headers = (ws.getRow(1).values as unknown[]).slice(1);
  const row = ws.getRow(n + 1);
  return Object.fromEntries(headers.map((h, i) => [String(h), row.getCell(i + 1).value]));
}

/** A BPJS participant on no roster, tied to a roster row as a review candidate. */
const linked: BpjsOnlyRecord = {
  file: 'bpjs/peserta.xls',
  sheet: 'Peserta',
  row: 12,
  nik: { nik: '3273015807800005', digits: '3273015807800005', raw: '3273015807800005' },
  name: { original: 'Budi Santoso' },
  birthDate: '1980-07-18',
  kpj: '',
  status: 'inactive',
  statusRaw: 'KELUAR',
  wage: 1_800_000,
  membershipDate: '2021-03-01',
  agency: 'Dinas Kesehatan',
  seq: 12,
  link: { kind: 'review_candidate', file: 'roster/dinkes.xlsx', sheet: 'Honorer', row: 40 },
};

describe('report workbook: the BPJS Only sheet', () => {
  it('writes every field of the participant under its header, and the roster row it is tied to', async () => {
    const wb = await writeAndRead(sampleInput({ lang: 'en', bpjsOnly: [linked] }));
    const r = rowByHeader(wb, 'BPJS Only', 1);
    expect(r).toMatchObject({
      'BPJS file': 'bpjs/peserta.xls',
      'BPJS sheet': 'Peserta',
      'BPJS row': 12,
      Name: 'Budi Santoso', // as typed: the sheet is for finding the person in the export
      NIK: '3273015807800005',
      KPJ: null, // an empty KPJ is an empty cell, not an empty string
      Status: 'inactive',
      Wage: 1_800_000,
      Agency: 'Dinas Kesehatan',
      Related: 'review_candidate',
      'Roster file': 'roster/dinkes.xlsx',
      'Roster sheet': 'Honorer',
      'Roster row': 40,
    });
    expect((r['Birth date'] as Date).toISOString().slice(0, 10)).toBe('1980-07-18');
    expect((r['Membership date'] as Date).toISOString().slice(0, 10)).toBe('2021-03-01');
  });

  it('lists the participants given as input.bpjsOnly (streamed by the CLI), not result.bpjsOnly', async () => {
    const wb = await writeAndRead(sampleInput({ lang: 'en', bpjsOnly: [linked] }));
    const ws = wb.getWorksheet('BPJS Only');
    expect(ws?.rowCount).toBe(2);
    expect(rowByHeader(wb, 'BPJS Only', 1)['BPJS row']).toBe(12);
  });
});

describe('report workbook: the Data Problems sheet', () => {
  it('masks a KPJ quoted in a problem detail with --mask-nik', async () => {
    const mask = (v: string): string => `${v.slice(0, 4)}***`;
    const problems = [{ kind: 'kpj_invalid', at: { file: 'r.xlsx', sheet: 'S', row: 4 }, column: 'kpj', detail: msg('kpj.several', { kpj: '23015555555 23016666666' }) }] satisfies ReportInput['problems'];
    const wb = await writeAndRead(sampleInput({ lang: 'en', mask, problems }));
    const detail = String(rowByHeader(wb, 'Data Problems', 1)['Detail']);
    expect(detail).toContain('2301***');
    expect(detail).not.toContain('23015555555');
  });
});
