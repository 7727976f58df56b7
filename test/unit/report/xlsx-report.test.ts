import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportInput } from '../../../src/report/model/report-input.js';
import { writeReportWorkbook, type WorkbookOptions } from '../../../src/report/xlsx-report.js';
import { RUPIAH_FORMAT, columnLetter, isoToExcelDate } from '../../../src/report/xlsx-sheet.js';
import { xlsxMessages } from '../../../src/report/xlsx-messages.js';
import { NIK_A, NIK_PAPUA, sampleInput } from './report-fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rekon-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function writeAndRead(input: ReportInput, options: WorkbookOptions = {}): Promise<ExcelJS.Workbook> {
  const path = join(dir, `report-${counter++}.xlsx`);
  const out = createWriteStream(path);
  await writeReportWorkbook(out, input, options);
  if (!out.closed) await once(out, 'close');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function toBuffer(input: ReportInput): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const pass = new PassThrough();
  pass.on('data', (c: Buffer) => chunks.push(c));
  await writeReportWorkbook(pass, input);
  return Buffer.concat(chunks);
}

/** xl/workbook.xml of a workbook, read with the zip reader the project already uses for XLSX input. */
async function workbookXml(buf: Buffer): Promise<string> {
  const yauzl = await import('yauzl');
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err !== null || zip === undefined) return reject(err ?? new Error('no zip'));
      zip.on('entry', (e: { fileName: string }) => {
        if (!/xl\/workbook\.xml$/.test(e.fileName)) return zip.readEntry();
        zip.openReadStream(e as never, (err2, rs) => {
          if (err2 !== null || rs === undefined) return reject(err2 ?? new Error('no stream'));
          const parts: Buffer[] = [];
          rs.on('data', (c: Buffer) => parts.push(c));
          rs.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error('no workbook.xml')));
      zip.readEntry();
    });
  });
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** Header text → 1-based column number. */
function col(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const i = values.indexOf(header);
  if (i < 1) throw new Error(`no column ${header} in ${ws.name}: ${JSON.stringify(values)}`);
  return i;
}

/** Data rows (after the header) whose cell in `column` equals `value`. */
function rowsWhere(ws: ExcelJS.Worksheet, column: number, value: unknown): ExcelJS.Row[] {
  const out: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => {
    if (n > 1 && row.getCell(column).value === value) out.push(row);
  });
  return out;
}

describe('report workbook', () => {
  it.each([
    {
      description: 'Indonesian',
      lang: 'id' as const,
      expected: ['Ringkasan', 'Belum Terdaftar', 'Terdaftar', 'Nonaktif', 'Perlu Verifikasi', 'Ganda', 'Hanya di BPJS', 'Masalah Data', 'Anggaran'],
    },
    {
      description: 'English',
      lang: 'en' as const,
      expected: ['Summary', 'Unregistered', 'Registered', 'Inactive', 'Review', 'Duplicates', 'BPJS Only', 'Data Problems', 'Budget'],
    },
  ])('names sheets in $description', async ({ lang, expected }) => {
    const wb = await writeAndRead(sampleInput({ lang }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expected);
  });

  it('leaves the Budget sheet out when no budget was computed', async () => {
    const wb = await writeAndRead(sampleInput({ budget: null }));
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Anggaran');
    const summary = sheet(wb, 'Ringkasan');
    expect(summary.getRow(1).values).not.toContain('Anggaran seluruh pekerja');
  });

  it('sheet names are valid Excel names (≤ 31 chars, no : \\ / ? * [ ]) even with a continuation suffix', () => {
    for (const [code, t] of Object.entries(xlsxMessages)) {
      if (!code.startsWith('xlsx.sheet.')) continue;
      for (const s of [t.id, t.en]) {
        expect(`${s} (99)`.length).toBeLessThanOrEqual(31);
        expect(s).not.toMatch(/[:\\/?*[\]]/);
      }
    }
  });

  it('writes NIK and KPJ as text cells equal to the identifier, Papua NIKs above 2^53 included', async () => {
    const wb = await writeAndRead(sampleInput());
    const inactive = sheet(wb, 'Nonaktif');
    const nikCell = inactive.getRow(2).getCell(col(inactive, 'NIK'));
    expect(nikCell.type).toBe(ExcelJS.ValueType.String);
    expect(nikCell.value).toBe(NIK_PAPUA);
    expect(nikCell.numFmt).toBe('@');
    const registered = sheet(wb, 'Terdaftar');
    const r = registered.getRow(2);
    expect(r.getCell(col(registered, 'NIK')).value).toBe(NIK_A);
    expect(r.getCell(col(registered, 'NIK')).type).toBe(ExcelJS.ValueType.String);
    expect(r.getCell(col(registered, 'KPJ')).value).toBe('23011234567');
    expect(r.getCell(col(registered, 'KPJ')).type).toBe(ExcelJS.ValueType.String);
    expect(r.getCell(col(registered, 'NIK di BPJS')).value).toBe(NIK_A);
  });

  it('writes wages as numbers with the rupiah format', async () => {
    const wb = await writeAndRead(sampleInput());
    const ws = sheet(wb, 'Terdaftar');
    const wage = ws.getRow(2).getCell(col(ws, 'Upah'));
    expect(wage.type).toBe(ExcelJS.ValueType.Number);
    expect(wage.value).toBe(2_169_348);
    expect(wage.numFmt).toBe(RUPIAH_FORMAT);
    expect(RUPIAH_FORMAT).toBe('"Rp "#,##0');
  });

  it('writes birth dates as real date cells shown as yyyy-mm-dd', async () => {
    const wb = await writeAndRead(sampleInput());
    const ws = sheet(wb, 'Terdaftar');
    const d = ws.getRow(2).getCell(col(ws, 'Tanggal lahir'));
    expect(d.type).toBe(ExcelJS.ValueType.Date);
    expect((d.value as Date).toISOString()).toBe('1990-01-05T00:00:00.000Z');
    expect(d.numFmt).toBe('yyyy-mm-dd');
  });

  it('freezes the header row and puts an autofilter on it in every sheet', async () => {
    const wb = await writeAndRead(sampleInput());
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(String(ws.autoFilter), ws.name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true);
    }
    const unregistered = sheet(wb, 'Belum Terdaftar');
    const lastCol = unregistered.getRow(1).cellCount;
    expect(unregistered.autoFilter).toBe(`A1:${String.fromCharCode(64 + lastCol)}3`);
  });

  it('names each autofilter as Excel does (_xlnm._FilterDatabase, sheet-local), which LibreOffice needs to show it', async () => {
    const buf = await toBuffer(sampleInput({ lang: 'en' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const xml = await workbookXml(buf);
    expect(xml).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1">&apos;Unregistered&apos;!$A$1:$W$3</definedName>`);
    expect(xml).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="8">&apos;Budget&apos;!$A$1:$K$7</definedName>`);
    expect(xml.match(/_xlnm\._FilterDatabase/g)).toHaveLength(wb.worksheets.length);
  });

  it('sizes columns by content type: reasons wide, row numbers narrow', async () => {
    const wb = await writeAndRead(sampleInput());
    const ws = sheet(wb, 'Terdaftar');
    expect(ws.getColumn(col(ws, 'Alasan')).width).toBe(60);
    expect(ws.getColumn(col(ws, 'Baris daftar')).width).toBeLessThan(16);
    expect(ws.getColumn(col(ws, 'NIK')).width).toBeGreaterThanOrEqual(18);
  });

  it('keeps text that starts with = + - @ as string cells, never formulas', async () => {
    const wb = await writeAndRead(sampleInput());
    const unregistered = sheet(wb, 'Belum Terdaftar');
    const names = [2, 3].map((n) => unregistered.getRow(n).getCell(col(unregistered, 'Nama')));
    expect(names.map((c) => c.value)).toEqual(['=HYPERLINK("http://x","click")', '-MARYAM']);
    for (const c of names) expect(c.type).toBe(ExcelJS.ValueType.String);
    const bpjsOnly = sheet(wb, 'Hanya di BPJS');
    const b = bpjsOnly.getRow(2).getCell(col(bpjsOnly, 'Nama'));
    expect(b.value).toBe('+BUDI');
    expect(b.type).toBe(ExcelJS.ValueType.String);
  });

  it('lists each review candidate on its own row with rank, BPJS data, score and reasons', async () => {
    const wb = await writeAndRead(sampleInput({ lang: 'en' }));
    const ws = sheet(wb, 'Review');
    expect(ws.rowCount).toBe(3);
    const rows = [2, 3].map((n) => ws.getRow(n));
    expect(rows.map((r) => r.getCell(col(ws, 'Rank')).value)).toEqual([1, 2]);
    expect(rows.map((r) => r.getCell(col(ws, 'BPJS name')).value)).toEqual(['JOKO SUPARMAN', 'JOKO SUPRAPTO']);
    expect(rows.map((r) => r.getCell(col(ws, 'KPJ')).value)).toEqual(['23010000001', '23010000002']);
    expect(rows.map((r) => r.getCell(col(ws, 'Score')).value)).toEqual([0.81, 0.7]);
    expect(rows.map((r) => r.getCell(col(ws, 'Candidate reasons')).value)).toEqual(['Name', 'Birth date']);
    expect(rows.map((r) => r.getCell(col(ws, 'Name')).value)).toEqual(['DJOKO SOEPARMAN', 'DJOKO SOEPARMAN']);
  });

  it('translates reasons with the catalog and writes flags and status as machine values', async () => {
    const wb = await writeAndRead(sampleInput({ lang: 'en' }));
    const ws = sheet(wb, 'Registered');
    const r = ws.getRow(2);
    expect(r.getCell(col(ws, 'Reasons')).value).toBe('NIK');
    expect(r.getCell(col(ws, 'Flags')).value).toBe('name_differs');
    expect(r.getCell(col(ws, 'Status')).value).toBe('registered');
    expect(r.getCell(col(ws, 'Match method')).value).toBe('nik');
  });

  it('puts duplicates on their own sheet with the earlier row', async () => {
    const wb = await writeAndRead(sampleInput({ lang: 'en' }));
    const ws = sheet(wb, 'Duplicates');
    expect(ws.getRow(2).getCell(col(ws, 'Duplicate of')).value).toBe('dinas-kesehatan.xlsx [Honorer]:5');
    expect(ws.getRow(2).getCell(col(ws, 'Roster row')).value).toBe(9);
  });

  it('lists data problems with machine kind, translated title, detail and where', async () => {
    const wb = await writeAndRead(sampleInput({ lang: 'en' }));
    const ws = sheet(wb, 'Data Problems');
    const r = ws.getRow(3);
    expect([1, 2, 4, 5, 6, 7].map((c) => r.getCell(c).value)).toEqual(['date_invalid', 'Invalid date', 'dinas-pendidikan.csv', null, 3, 'birth_date']);
    expect(r.getCell(3).value).toBe('date.invalid (raw=31/02/1990)');
  });

  it('makes the Budget TOTAL rows equal the sums of the agency lines, ignoring the budget core TOTAL lines', async () => {
    const input = sampleInput({ lang: 'en' });
    const wb = await writeAndRead(input);
    const ws = sheet(wb, 'Budget');
    const lines = (input.budget?.lines ?? []).filter((l) => l.agency !== 'TOTAL');
    const totals = rowsWhere(ws, 1, 'TOTAL');
    expect(totals.map((t) => `${String(t.getCell(2).value)}/${String(t.getCell(3).value)}`)).toEqual([
      'Unregistered/JKK (employment injury)',
      'Unregistered/JKM (death benefit)',
      'Unregistered/All programs',
      'All workers on the rosters/JKK (employment injury)',
      'All workers on the rosters/JHT (old-age savings)',
      'All workers on the rosters/All programs',
    ]);
    const sum = (pick: (l: (typeof lines)[number]) => boolean, f: (l: (typeof lines)[number]) => number): number => lines.filter(pick).reduce((s, l) => s + f(l), 0);
    const unregJkk = totals[0];
    const unregAll = totals[2];
    const allRoster = totals[5];
    expect(unregJkk?.getCell(4).value).toBe(3);
    expect(unregJkk?.getCell(8).value).toBe(sum((l) => l.group === 'unregistered' && l.program === 'jkk', (l) => l.periodTotal));
    expect(unregAll?.getCell(5).value).toBe(sum((l) => l.group === 'unregistered', (l) => l.monthlyEmployer));
    expect(unregAll?.getCell(7).value).toBe(sum((l) => l.group === 'unregistered', (l) => l.monthlyTotal));
    expect(unregAll?.getCell(8).value).toBe(sum((l) => l.group === 'unregistered', (l) => l.periodTotal));
    expect(unregAll?.getCell(8).value).toBe(259_200);
    expect(unregAll?.getCell(8).numFmt).toBe(RUPIAH_FORMAT);
    expect(unregAll?.getCell(1).font?.bold).toBe(true);
    // People once per agency, not once per program: 2 (Kesehatan) + 1 (Pendidikan).
    expect(unregAll?.getCell(4).value).toBe(3);
    expect(allRoster?.getCell(6).value).toBe(20_000);
    expect(allRoster?.getCell(8).value).toBe(804_000);
    // Agency lines sorted group, agency, program; the core's TOTAL lines are not listed; the filter stops before the totals.
    expect([2, 3, 4, 5].map((n) => `${String(ws.getRow(n).getCell(1).value)}/${String(ws.getRow(n).getCell(3).value)}`)).toEqual([
      'DINAS KESEHATAN/JKK (employment injury)',
      'DINAS KESEHATAN/JKM (death benefit)',
      'DINAS PENDIDIKAN/JKK (employment injury)',
      'DINAS PENDIDIKAN/JKM (death benefit)',
    ]);
    expect(ws.autoFilter).toBe('A1:K7');
    expect(rowsWhere(ws, 2, '-MARYAM')).toHaveLength(1);
  });

  it('summarizes agencies with counts, coverage, budget, TOTAL, inputs and settings', async () => {
    const wb = await writeAndRead(sampleInput({ lang: 'en' }));
    const ws = sheet(wb, 'Summary');
    const health = ws.getRow(2);
    expect(health.getCell(1).value).toBe('DINAS KESEHATAN');
    // 4 rows, 1 duplicate → 3 people, 1 registered.
    expect([2, 3, 4, 5, 6, 7].map((c) => health.getCell(c).value)).toEqual([4, 1, 0, 2, 0, 1]);
    expect(health.getCell(8).value).toBeCloseTo(1 / 3);
    expect(health.getCell(8).numFmt).toBe('0.0%');
    expect(health.getCell(col(ws, 'Budget (unregistered + inactive)')).value).toBe(97_200);
    // The employer's share (the APBD line): JHT's worker share, 240,000 of 684,000, is in its own column.
    expect(health.getCell(col(ws, 'Budget, all workers')).value).toBe(564_000);
    expect(health.getCell(col(ws, 'Worker share, all workers, deducted from the honor')).value).toBe(240_000);
    expect(health.getCell(col(ws, 'Worker share, deducted from the honor (unregistered + inactive)')).value).toBe(0);
    const total = rowsWhere(ws, 1, 'TOTAL')[0];
    expect(total?.getCell(2).value).toBe(6);
    expect(total?.getCell(col(ws, 'Budget (unregistered + inactive)')).value).toBe(259_200);
    expect(total?.getCell(1).font?.bold).toBe(true);
    expect(rowsWhere(ws, 1, 'BPJS participants on no roster')[0]?.getCell(2).value).toBe(1);
    expect(rowsWhere(ws, 1, '… of which another registration of a matched worker')[0]?.getCell(2).value).toBe(0);
    expect(rowsWhere(ws, 1, '… of which candidates waiting for review')[0]?.getCell(2).value).toBe(0);
    expect(rowsWhere(ws, 1, 'Roster').map((r) => r.getCell(2).value)).toEqual(['roster/dinas-kesehatan.xlsx', 'roster/dinas-pendidikan.csv']);
    expect(rowsWhere(ws, 1, 'Score')[0]?.getCell(2).value).toBe('0.85');
    const notesAt = rowsWhere(ws, 1, 'Notes')[0]?.number ?? 0;
    expect(notesAt).toBeGreaterThan(0);
    // Unknown codes render as the code itself (translate's fallback): run notes, then budget notes.
    expect([1, 2].map((k) => ws.getRow(notesAt + k).getCell(1).value)).toEqual(['match.bpjs_without_birth_date', 'budget.rounding (rule=half_up)']);
  });

  it('masks NIK and KPJ everywhere with --mask-nik', async () => {
    const mask = (v: string): string => (v.length > 8 ? v.slice(0, 4) + '*'.repeat(v.length - 8) + v.slice(-4) : v);
    const wb = await writeAndRead(sampleInput({ mask }));
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    const all = texts.join('\n');
    for (const id of [NIK_A, NIK_PAPUA, '23011234567', '23015555555', '32730145019']) expect(all).not.toContain(id);
    const ws = sheet(wb, 'Terdaftar');
    expect(ws.getRow(2).getCell(col(ws, 'NIK')).value).toBe('3273********0001');
    expect(ws.getRow(2).getCell(col(ws, 'KPJ')).value).toBe('2301***4567');
  });

  it('continues a sheet past the row limit on "<name> (2)" with the same header', async () => {
    const wb = await writeAndRead(sampleInput({ budget: null }), { maxRowsPerSheet: 2 });
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('Belum Terdaftar (2)');
    const first = sheet(wb, 'Belum Terdaftar');
    const second = sheet(wb, 'Belum Terdaftar (2)');
    expect(first.rowCount).toBe(2);
    expect(second.getRow(1).values).toEqual(first.getRow(1).values);
    expect(second.getRow(2).getCell(col(second, 'Nama')).value).toBe('-MARYAM');
  });

  it('is byte-identical on rerun with the same createdAt, and records that date', async () => {
    const a = await toBuffer(sampleInput());
    await new Promise((r) => setTimeout(r, 2100)); // zip times have 2-second resolution
    const b = await toBuffer(sampleInput());
    expect(b.equals(a)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(a as unknown as ArrayBuffer);
    expect(wb.created.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  }, 15_000);

  it('writes an empty run as a valid workbook with header-only sheets', async () => {
    const empty = { decisions: [], bpjsOnly: [], notes: [] };
    const wb = await writeAndRead(sampleInput({ result: empty, problems: [], budget: null }));
    expect(sheet(wb, 'Belum Terdaftar').rowCount).toBe(1);
    expect(sheet(wb, 'Belum Terdaftar').autoFilter).toMatch(/^A1:[A-Z]+1$/);
    expect(sheet(wb, 'Ringkasan').getRow(1).getCell(1).value).toBe('OPD');
  });

  it('reads back a file written through a path (smoke test of the temp file)', async () => {
    const path = join(dir, 'direct.xlsx');
    const out = createWriteStream(path);
    await writeReportWorkbook(out, sampleInput());
    if (!out.closed) await once(out, 'close');
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('workbook cell helpers', () => {
  it.each([
    { description: 'first column', input: 1, expected: 'A' },
    { description: 'last single letter', input: 26, expected: 'Z' },
    { description: 'first double letter', input: 27, expected: 'AA' },
    { description: 'AZ', input: 52, expected: 'AZ' },
    { description: 'Excel last column', input: 16_384, expected: 'XFD' },
  ])('column letter: $description', ({ input, expected }) => {
    expect(columnLetter(input)).toBe(expected);
  });

  it.each([
    { description: 'a normal date', input: '1990-01-05', expected: '1990-01-05T00:00:00.000Z' },
    { description: 'leap day', input: '2024-02-29', expected: '2024-02-29T00:00:00.000Z' },
    { description: 'impossible day', input: '2023-02-29', expected: null },
    { description: 'before Excel 1900 bug cutoff', input: '1900-02-28', expected: null },
    { description: 'not ISO', input: '05/01/1990', expected: null },
  ])('excel date: $description', ({ input, expected }) => {
    expect(isoToExcelDate(input)?.toISOString() ?? null).toBe(expected);
  });

  it('keeps an impossible date as text instead of dropping it', async () => {
    const input = sampleInput();
    const [first, ...rest] = input.result.decisions;
    if (first === undefined) throw new Error('fixture');
    const odd = { ...first, worker: { ...first.worker, birthDate: '1990-02-30' } };
    const wb = await writeAndRead({ ...input, result: { ...input.result, decisions: [odd, ...rest] } });
    const ws = sheet(wb, 'Terdaftar');
    const c = ws.getRow(2).getCell(col(ws, 'Tanggal lahir'));
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(c.value).toBe('1990-02-30');
  });
});

describe('workbook output errors', () => {
  it.each([
    { description: 'a small workbook', rows: 0 },
    { description: 'a workbook that waits for the compressor', rows: 3_000 },
  ])('rejects instead of hanging when the output fails: $description', async ({ rows }) => {
    const input = sampleInput();
    const [first] = input.result.decisions;
    if (first === undefined) throw new Error('fixture');
    const many = Array.from({ length: rows }, (_, i) => ({ ...first, worker: { ...first.worker, seq: 100 + i, row: 100 + i } }));
    const failing = new Writable({
      write(_chunk, _enc, cb): void {
        cb(new Error('ENOSPC: no space left on device'));
      },
    });
    await expect(writeReportWorkbook(failing, { ...input, result: { ...input.result, decisions: [...input.result.decisions, ...many] } })).rejects.toThrow('ENOSPC');
  }, 20_000);
});
