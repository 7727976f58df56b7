import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/message.js';
import { msg } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import type { WorkerDecision, WorkerStatus } from '../../../src/match/match-decision.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import type { XlsxCell, XlsxColumn } from '../../../src/report/xlsx-sheet.js';
import { DATE_FORMAT, RUPIAH_FORMAT, SCORE_FORMAT, TEXT_FORMAT, writeTableSheet } from '../../../src/report/xlsx-sheet.js';
import { reviewColumns, reviewRows, workerColumns, workerRows } from '../../../src/report/xlsx-worker-sheets.js';
import { NIK_A, NIK_B, NIK_C, NIK_D, NIK_PAPUA, decision, participant, worker } from './report-fixtures.js';
import { bookBytes, headers, loadBook, zipEntry } from './xlsx-read-back.js';

const identity = (s: string): string => s;

interface SheetSpec {
  readonly name: string;
  readonly columns: readonly XlsxColumn[];
  readonly rows: Iterable<readonly XlsxCell[]>;
}

/** Writes the sheets as xlsx-report.ts does (writeTableSheet) into a workbook in memory and reads them back. */
async function build(specs: readonly SheetSpec[]): Promise<{ wb: ExcelJS.Workbook; xml: string[] }> {
  const buf = await bookBytes(async (book) => {
    for (const s of specs) await writeTableSheet(book, s.name, s.columns, s.rows);
  });
  const xml = await Promise.all(specs.map((_, i) => zipEntry(buf, `xl/worksheets/sheet${i + 1}.xml`)));
  return { wb: await loadBook(buf), xml };
}

async function statusSheet(lang: Lang, decisions: readonly WorkerDecision[], status: WorkerStatus, mask = identity): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
  const { wb, xml } = await build([{ name: status, columns: workerColumns(lang, status), rows: workerRows(lang, decisions, status, mask) }]);
  return { ws: wb.worksheets[0]!, xml: xml[0]! };
}

async function reviewSheet(lang: Lang, decisions: readonly WorkerDecision[], mask = identity): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
  const { wb, xml } = await build([{ name: 'review', columns: reviewColumns(lang), rows: reviewRows(lang, decisions, mask) }]);
  return { ws: wb.worksheets[0]!, xml: xml[0]! };
}

/** A data row as header → cell. */
function byHeader(ws: ExcelJS.Worksheet, n: number): Map<string, ExcelJS.Cell> {
  const out = new Map<string, ExcelJS.Cell>();
  headers(ws).forEach((h, i) => out.set(String(h), ws.getRow(n).getCell(i + 1)));
  return out;
}

function cell(ws: ExcelJS.Worksheet, n: number, header: string): ExcelJS.Cell {
  const c = byHeader(ws, n).get(header);
  if (c === undefined) throw new Error(`no column ${header}: ${JSON.stringify(headers(ws))}`);
  return c;
}

/** Every non-empty cell value of the sheet as text. */
function allText(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(c.value instanceof Date ? c.value.toISOString() : String(c.value))));
  return out.join('\n');
}

function dump(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => row.eachCell({ includeEmpty: true }, (c, k) => out.push([n, k, c.value, c.type, c.numFmt ?? null])));
  return out;
}

const ROSTER_ID = ['Berkas daftar', 'Sheet daftar', 'Baris daftar', 'Nama', 'NIK', 'Tanggal lahir', 'OPD', 'Jabatan', 'Upah', 'Status', 'Penanda', 'Alasan'];
const ROSTER_EN = ['Roster file', 'Roster sheet', 'Roster row', 'Name', 'NIK', 'Birth date', 'Agency', 'Position', 'Wage', 'Status', 'Flags', 'Reasons'];
const BPJS_ID = ['Nama di BPJS', 'NIK di BPJS', 'KPJ', 'Tgl lahir di BPJS', 'Status BPJS', 'Upah di BPJS', 'Berkas BPJS', 'Sheet BPJS', 'Baris BPJS', 'Skor'];
const BPJS_EN = ['BPJS name', 'BPJS NIK', 'KPJ', 'BPJS birth date', 'BPJS status', 'BPJS wage', 'BPJS file', 'BPJS sheet', 'BPJS row', 'Score'];

/** A matched row whose every field differs from the others, so a value in the wrong column shows. */
function matched(): WorkerDecision {
  const w = worker({ file: 'dinas-kesehatan.xlsx', sheet: 'Honorer', row: 5, nik: NIK_A, name: 'Hj. SITI AMINAH, S.Pd', birthDate: '1990-01-05', agency: 'Dinas Kesehatan', position: 'Perawat', wage: 2_169_348, kpj: '23019999999' });
  const b = participant({ file: 'bpjs-export.xlsx', sheet: 'Peserta', row: 12, nik: '3273014501900009', name: 'SITI AMINAH', birthDate: '1990-01-06', kpj: '23011234567', wage: 2_000_000, status: 'active' });
  return decision(w, 'registered', { bpjs: b, method: 'fuzzy', score: 0.876, flags: ['nik_differs', 'name_differs'], reasons: [msg('match.reason.nik_one_digit', { position: 16 })] });
}

describe('worker sheets: columns', () => {
  it.each([
    { lang: 'id' as const, roster: ROSTER_ID, method: 'Cara cocok', bpjs: BPJS_ID, duplicateOf: 'Ganda dengan' },
    { lang: 'en' as const, roster: ROSTER_EN, method: 'Match method', bpjs: BPJS_EN, duplicateOf: 'Duplicate of' },
  ])('status sheets: the roster row, the match method, then the BPJS record; Duplicates add the earlier row ($lang)', ({ lang, roster, method, bpjs, duplicateOf }) => {
    for (const status of ['unregistered', 'registered', 'inactive'] as const) {
      expect(workerColumns(lang, status).map((c) => c.header), status).toEqual([...roster, method, ...bpjs]);
    }
    expect(workerColumns(lang, 'duplicate').map((c) => c.header)).toEqual([...roster, method, ...bpjs, duplicateOf]);
  });

  it.each([
    { lang: 'id' as const, roster: ROSTER_ID, rank: 'Peringkat', bpjs: BPJS_ID, reasons: 'Alasan kandidat' },
    { lang: 'en' as const, roster: ROSTER_EN, rank: 'Rank', bpjs: BPJS_EN, reasons: 'Candidate reasons' },
  ])('review sheet: the roster row, then rank, the candidate and its reasons ($lang)', ({ lang, roster, rank, bpjs, reasons }) => {
    expect(reviewColumns(lang).map((c) => c.header)).toEqual([...roster, rank, ...bpjs, reasons]);
  });

  it('sizes identifier columns for a whole 16-digit NIK and date columns for yyyy-mm-dd', async () => {
    const { ws } = await statusSheet('en', [matched()], 'registered');
    for (const h of ['NIK', 'BPJS NIK', 'KPJ']) expect(ws.getColumn(headers(ws).indexOf(h) + 1).width, h).toBeGreaterThanOrEqual(18);
    for (const h of ['Birth date', 'BPJS birth date']) expect(ws.getColumn(headers(ws).indexOf(h) + 1).width, h).toBeGreaterThanOrEqual(10);
  });

  it('yields rows exactly as wide as the header, so no value slides into a neighbouring column', () => {
    const decisions = [
      matched(),
      decision(worker({ row: 6, nik: NIK_B }), 'unregistered'),
      decision(worker({ row: 7, nik: NIK_C }), 'duplicate', { duplicateOf: worker({ row: 6 }) }),
      decision(worker({ row: 8, nik: NIK_D }), 'review', { candidates: [{ bpjs: participant({ row: 3 }), score: 0.8, reasons: [] }] }),
    ];
    for (const status of ['registered', 'unregistered', 'duplicate'] as const) {
      const rows = [...workerRows('en', decisions, status, identity)];
      expect(rows, status).toHaveLength(1);
      expect(rows[0], status).toHaveLength(workerColumns('en', status).length);
    }
    const review = [...reviewRows('en', decisions, identity)];
    expect(review).toHaveLength(1);
    expect(review[0]).toHaveLength(reviewColumns('en').length);
  });
});

// explore4-D/02: with --wage-floor / --fixed-wage / --default-wage the Wage column (the roster's) is not what the
// Budget sheet was computed on; the budgeted wage gets its own column, last, and Wage keeps its meaning.
describe('worker sheets: the budgeted wage, last, when the wage basis is not the roster wage alone', () => {
  const floor = (w: { readonly wage: number | null }): number | null => Math.max(w.wage ?? 1_500_000, 2_169_348);
  const decisions = [
    decision(worker({ row: 6, nik: NIK_B, wage: 1_000_001 }), 'unregistered'),
    decision(worker({ row: 7, nik: NIK_C, wage: 1_000_001 }), 'duplicate', { duplicateOf: worker({ row: 6 }) }),
    decision(worker({ row: 8, nik: NIK_D, wage: null }), 'review', { candidates: [{ bpjs: participant({ row: 3 }), score: 0.8, reasons: [] }] }),
    decision(worker({ row: 9, nik: NIK_A, wage: 3_000_000 }), 'review'),
  ];

  it('ends every worker sheet with it; the Wage column stays the roster wage; a duplicate copy has none', () => {
    for (const status of ['unregistered', 'duplicate'] as const) {
      const cols = workerColumns('en', status, floor).map((c) => c.header);
      expect(cols.at(-1)).toBe('Budgeted wage');
      const [row] = [...workerRows('en', decisions, status, identity, floor)];
      expect(row).toHaveLength(cols.length);
      expect(row?.[cols.indexOf('Wage')]).toEqual({ kind: 'rupiah', value: 1_000_001 });
      expect(row?.at(-1)).toEqual(status === 'duplicate' ? null : { kind: 'rupiah', value: 2_169_348 });
    }
    expect(workerColumns('id', 'registered', floor).at(-1)?.header).toBe('Upah dasar anggaran');
  });

  it('on the Review sheet too, under its header whether the row has candidates or not', () => {
    const cols = reviewColumns('en', floor);
    const rows = [...reviewRows('en', decisions, identity, floor)];
    expect(rows.map((r) => r.length)).toEqual([cols.length, cols.length]);
    expect(rows.map((r) => r.at(-1))).toEqual([{ kind: 'rupiah', value: 2_169_348 }, { kind: 'rupiah', value: 3_000_000 }]);
  });

  it('no column without it (the roster wage alone: the Wage column is the budgeted wage)', () => {
    expect(workerColumns('en', 'unregistered').map((c) => c.header)).not.toContain('Budgeted wage');
    expect(reviewColumns('en').map((c) => c.header)).not.toContain('Budgeted wage');
  });
});

describe('worker sheets: a matched row', () => {
  it('writes every field under its header, with numbers, dates and text as Excel should hold them (en)', async () => {
    const { ws } = await statusSheet('en', [matched()], 'registered');
    const r = byHeader(ws, 2);
    const v = (h: string): unknown => r.get(h)?.value ?? null;
    expect(Object.fromEntries(headers(ws).map((h) => [h, v(String(h)) instanceof Date ? (v(String(h)) as Date).toISOString().slice(0, 10) : v(String(h))]))).toEqual({
      'Roster file': 'dinas-kesehatan.xlsx',
      'Roster sheet': 'Honorer',
      'Roster row': 5,
      Name: 'Hj. SITI AMINAH, S.Pd',
      NIK: NIK_A,
      'Birth date': '1990-01-05',
      Agency: 'Dinas Kesehatan',
      Position: 'Perawat',
      Wage: 2_169_348,
      Status: 'registered',
      Flags: 'nik_differs name_differs',
      Reasons: 'NIK differs in 1 digit (position 16)',
      'Match method': 'fuzzy',
      'BPJS name': 'SITI AMINAH',
      'BPJS NIK': '3273014501900009',
      KPJ: '23011234567',
      'BPJS birth date': '1990-01-06',
      'BPJS status': 'active',
      'BPJS wage': 2_000_000,
      'BPJS file': 'bpjs-export.xlsx',
      'BPJS sheet': 'Peserta',
      'BPJS row': 12,
      // Rounded to 2 decimals, as in workers.csv.
      Score: 0.88,
    });
  });

  it('writes NIK, BPJS NIK and KPJ as text cells with the Text format, never as numbers', async () => {
    const { ws } = await statusSheet('en', [matched()], 'registered');
    for (const h of ['NIK', 'BPJS NIK', 'KPJ']) {
      const c = cell(ws, 2, h);
      expect(c.type, h).toBe(ExcelJS.ValueType.String);
      expect(c.numFmt, h).toBe(TEXT_FORMAT);
    }
    expect(TEXT_FORMAT).toBe('@');
  });

  it('writes wages as rupiah numbers, birth dates as real dates, score with two decimals', async () => {
    const { ws } = await statusSheet('en', [matched()], 'registered');
    for (const h of ['Wage', 'BPJS wage']) {
      expect(cell(ws, 2, h).type, h).toBe(ExcelJS.ValueType.Number);
      expect(cell(ws, 2, h).numFmt, h).toBe(RUPIAH_FORMAT);
    }
    for (const h of ['Birth date', 'BPJS birth date']) {
      expect(cell(ws, 2, h).type, h).toBe(ExcelJS.ValueType.Date);
      expect(cell(ws, 2, h).numFmt, h).toBe(DATE_FORMAT);
    }
    expect((cell(ws, 2, 'Birth date').value as Date).toISOString()).toBe('1990-01-05T00:00:00.000Z');
    expect(cell(ws, 2, 'Score').type).toBe(ExcelJS.ValueType.Number);
    expect(cell(ws, 2, 'Score').numFmt).toBe(SCORE_FORMAT);
    expect(cell(ws, 2, 'Roster row').type).toBe(ExcelJS.ValueType.Number);
  });

  it('in Indonesian: headers, reasons, status, method and flags in words (workers.csv keeps the machine values)', async () => {
    const { ws } = await statusSheet('id', [matched()], 'registered');
    expect(cell(ws, 2, 'Alasan').value).toBe('NIK berbeda 1 digit (posisi 16)');
    expect(cell(ws, 2, 'Status').value).toBe('terdaftar');
    expect(cell(ws, 2, 'Cara cocok').value).toBe('kemiripan');
    expect(cell(ws, 2, 'Penanda').value).toBe('NIK berbeda, nama berbeda');
    // No word from the export (statusRaw): rekon's own, in Indonesian.
    expect(cell(ws, 2, 'Status BPJS').value).toBe('aktif');
  });

  it.each([
    { status: 'unregistered' as const, expected: 'belum terdaftar', by: 'none' as const, method: 'tidak cocok', flags: ['nik_missing' as const], penanda: 'NIK kosong' },
    { status: 'inactive' as const, expected: 'nonaktif', by: 'nik' as const, method: 'NIK', flags: ['wage_underreported' as const, 'dob_differs' as const], penanda: 'upah di BPJS lebih rendah, tgl lahir berbeda' },
  ])('in Indonesian: $status rows say "$expected"', async ({ status, expected, by, method, flags, penanda }) => {
    const d = decision(worker({ row: 6, nik: NIK_B }), status, { flags, method: by });
    const { ws } = await statusSheet('id', [d], status);
    expect([cell(ws, 2, 'Status').value, cell(ws, 2, 'Cara cocok').value, cell(ws, 2, 'Penanda').value]).toEqual([expected, method, penanda]);
  });

  it('joins several reasons with "; " in the order given', async () => {
    const d = { ...matched(), reasons: [msg('match.reason.nik_exact'), msg('match.reason.nik_one_digit', { position: 3 })] };
    const { ws } = await statusSheet('en', [d], 'registered');
    expect(cell(ws, 2, 'Reasons').value).toBe(`${translate('en', msg('match.reason.nik_exact'))}; NIK differs in 1 digit (position 3)`);
  });
});

describe('worker sheets: identifiers', () => {
  it('keeps a Papua NIK above 2^53 and its odd last digit exactly', async () => {
    const d = decision(worker({ row: 7, nik: NIK_PAPUA }), 'inactive', { bpjs: participant({ row: 3, nik: NIK_PAPUA, status: 'inactive' }) });
    const { ws, xml } = await statusSheet('en', [d], 'inactive');
    expect(Number(NIK_PAPUA)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    for (const h of ['NIK', 'BPJS NIK']) {
      expect(cell(ws, 2, h).value, h).toBe(NIK_PAPUA);
      expect(cell(ws, 2, h).type, h).toBe(ExcelJS.ValueType.String);
    }
    // In the file itself: a string cell, not a number cell Excel would round.
    expect(xml).toMatch(new RegExp(`<c r="E2"[^>]*t="(str|s|inlineStr)"[^>]*>`));
    expect(xml).toContain(NIK_PAPUA);
  });

  it('writes an invalid or short NIK as the text the roster gave, not as a number', async () => {
    const d = decision(worker({ row: 10, nik: '32730145019' }), 'unregistered', { flags: ['nik_invalid'] });
    const { ws } = await statusSheet('en', [d], 'unregistered');
    expect(cell(ws, 2, 'NIK').value).toBe('32730145019');
    expect(cell(ws, 2, 'NIK').type).toBe(ExcelJS.ValueType.String);
    expect(cell(ws, 2, 'NIK').numFmt).toBe('@');
  });

  it('keeps leading zeros of a KPJ', async () => {
    const d = decision(worker({ row: 5, nik: NIK_A, kpj: '00012345678' }), 'unregistered');
    const { ws } = await statusSheet('en', [d], 'unregistered');
    expect(cell(ws, 2, 'KPJ').value).toBe('00012345678');
  });

  it('leaves missing identifiers empty (no "", no 0) and does not pass them to the mask', async () => {
    const seen: string[] = [];
    const mask = (s: string): string => {
      seen.push(s);
      return s;
    };
    const d = decision(worker({ row: 5, nik: '' }), 'registered', { bpjs: participant({ row: 2, nik: '', kpj: null }) });
    const { ws } = await statusSheet('en', [d], 'registered', mask);
    for (const h of ['NIK', 'BPJS NIK', 'KPJ']) expect(cell(ws, 2, h).value ?? null, h).toBeNull();
    expect(seen).toEqual([]);
  });

  it('shows the participant\'s KPJ, else the KPJ the roster gives', async () => {
    const withKpj = decision(worker({ row: 5, nik: NIK_A, kpj: '23010000009' }), 'registered', { bpjs: participant({ row: 2, nik: NIK_A, kpj: '23011234567' }) });
    const withoutKpj = decision(worker({ row: 6, nik: NIK_B, kpj: '23010000008' }), 'registered', { bpjs: participant({ row: 3, nik: NIK_B, kpj: null }) });
    const unmatched = decision(worker({ row: 7, nik: NIK_C, kpj: '23010000007' }), 'unregistered');
    const { ws } = await statusSheet('en', [withKpj, withoutKpj], 'registered');
    expect([2, 3].map((n) => cell(ws, n, 'KPJ').value)).toEqual(['23011234567', '23010000008']);
    const { ws: u } = await statusSheet('en', [unmatched], 'unregistered');
    expect(cell(u, 2, 'KPJ').value).toBe('23010000007');
    expect(cell(u, 2, 'KPJ').type).toBe(ExcelJS.ValueType.String);
    // No participant: the rest of the BPJS side stays empty.
    for (const h of ['BPJS name', 'BPJS NIK', 'BPJS birth date', 'BPJS status', 'BPJS wage', 'BPJS file', 'BPJS sheet', 'BPJS row', 'Score']) expect(cell(u, 2, h).value ?? null, h).toBeNull();
    expect(cell(u, 2, 'Match method').value).toBe('none');
  });
});

describe('worker sheets: masking (--mask-nik)', () => {
  const kpjs = ['23019999999', '23011234567', '23010000001', '23010000002', '23015550000'];

  function decisions(): WorkerDecision[] {
    return [
      matched(),
      decision(worker({ row: 6, nik: NIK_PAPUA, kpj: '23015550000' }), 'unregistered'),
      decision(worker({ row: 7, nik: NIK_C, name: 'DJOKO SOEPARMAN' }), 'review', {
        candidates: [
          { bpjs: participant({ row: 4, nik: '3671016607920008', kpj: '23010000001' }), score: 0.81, reasons: [] },
          { bpjs: participant({ row: 5, nik: NIK_D, kpj: '23010000002' }), score: 0.7, reasons: [] },
        ],
      }),
      decision(worker({ row: 9, nik: NIK_A }), 'duplicate', { duplicateOf: worker({ row: 5 }), bpjs: matched().bpjs }),
    ];
  }

  it('masks roster NIK, BPJS NIK and KPJ on every worker sheet, and keeps them text', async () => {
    const ds = decisions();
    const { wb } = await build([
      ...(['registered', 'unregistered', 'duplicate'] as const).map((s) => ({ name: s, columns: workerColumns('id', s), rows: workerRows('id', ds, s, maskNik) })),
      { name: 'review', columns: reviewColumns('id'), rows: reviewRows('id', ds, maskNik) },
    ]);
    const text = wb.worksheets.map(allText).join('\n');
    for (const id of [NIK_A, NIK_C, NIK_D, NIK_PAPUA, '3273014501900009', '3671016607920008', ...kpjs]) expect(text).not.toContain(id);
    const [registered, unregistered, duplicate, review] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(cell(registered, 2, 'NIK').value).toBe('3273********0001');
    expect(cell(registered, 2, 'NIK di BPJS').value).toBe('3273********0009');
    expect(cell(registered, 2, 'KPJ').value).toBe(maskNik('23011234567'));
    expect(cell(registered, 2, 'NIK').numFmt).toBe('@');
    expect(cell(unregistered, 2, 'NIK').value).toBe('9471********0007');
    expect(cell(unregistered, 2, 'KPJ').value).toBe(maskNik('23015550000'));
    expect(cell(duplicate, 2, 'NIK').value).toBe('3273********0001');
    expect([2, 3].map((n) => cell(review, n, 'NIK di BPJS').value)).toEqual(['3671********0008', maskNik(NIK_D)]);
    expect([2, 3].map((n) => cell(review, n, 'KPJ').value)).toEqual([maskNik('23010000001'), maskNik('23010000002')]);
    expect([2, 3].map((n) => cell(review, n, 'NIK').value)).toEqual(['3671********0003', '3671********0003']);
  });

  it('masks only identifiers: names, files, rows and wages stay as they are', async () => {
    const { ws } = await statusSheet('en', [matched()], 'registered', maskNik);
    expect(cell(ws, 2, 'Name').value).toBe('Hj. SITI AMINAH, S.Pd');
    expect(cell(ws, 2, 'Roster file').value).toBe('dinas-kesehatan.xlsx');
    expect(cell(ws, 2, 'Roster row').value).toBe(5);
    expect(cell(ws, 2, 'Wage').value).toBe(2_169_348);
  });
});

describe('worker sheets: which rows, in which order', () => {
  const ds = [
    decision(worker({ row: 9, name: 'C' }), 'unregistered'),
    decision(worker({ row: 3, name: 'A' }), 'registered', { bpjs: participant({ row: 2 }) }),
    decision(worker({ row: 5, name: 'B' }), 'unregistered'),
    decision(worker({ row: 4, name: 'D' }), 'inactive', { bpjs: participant({ row: 3, status: 'inactive' }) }),
  ];

  it('puts on a status sheet only the rows of that status, in the order of the decisions (roster order)', async () => {
    const { ws } = await statusSheet('en', ds, 'unregistered');
    expect(ws.rowCount).toBe(3);
    expect([2, 3].map((n) => cell(ws, n, 'Name').value)).toEqual(['C', 'B']);
    expect([2, 3].map((n) => cell(ws, n, 'Status').value)).toEqual(['unregistered', 'unregistered']);
    const inactive = [...workerRows('en', ds, 'inactive', identity)];
    expect(inactive).toHaveLength(1);
    expect(inactive[0]?.[3]).toEqual({ kind: 'text', value: 'D' });
    expect([...workerRows('en', ds, 'review', identity)]).toEqual([]);
  });

  it('lists each review candidate on its own row, rank 1..n best first, the roster row repeated', async () => {
    const c1 = participant({ row: 4, nik: '3671016607920008', name: 'JOKO SUPARMAN', kpj: null, birthDate: '1992-07-26' });
    const c2 = participant({ row: 5, nik: NIK_D, name: 'JOKO SUPRAPTO', kpj: '23010000002' });
    const d = decision(worker({ row: 8, nik: NIK_C, name: 'DJOKO SOEPARMAN', kpj: '23017777777' }), 'review', {
      score: 0.81234,
      method: 'fuzzy',
      reasons: [msg('match.reason.nik_differs')],
      candidates: [
        { bpjs: c1, score: 0.81234, reasons: [msg('match.reason.nik_one_digit', { position: 16 })] },
        { bpjs: c2, score: 0.696, reasons: [msg('match.reason.nik_differs'), msg('match.reason.nik_exact')] },
      ],
    });
    const { ws } = await reviewSheet('en', [d]);
    expect(ws.rowCount).toBe(3);
    const rows = [2, 3];
    expect(rows.map((n) => cell(ws, n, 'Rank').value)).toEqual([1, 2]);
    expect(rows.map((n) => cell(ws, n, 'Name').value)).toEqual(['DJOKO SOEPARMAN', 'DJOKO SOEPARMAN']);
    expect(rows.map((n) => cell(ws, n, 'Status').value)).toEqual(['review', 'review']);
    expect(rows.map((n) => cell(ws, n, 'BPJS name').value)).toEqual(['JOKO SUPARMAN', 'JOKO SUPRAPTO']);
    expect(rows.map((n) => cell(ws, n, 'BPJS row').value)).toEqual([4, 5]);
    expect(rows.map((n) => cell(ws, n, 'Score').value)).toEqual([0.81, 0.7]);
    expect(rows.map((n) => cell(ws, n, 'Candidate reasons').value)).toEqual([
      'NIK differs in 1 digit (position 16)',
      `${translate('en', msg('match.reason.nik_differs'))}; ${translate('en', msg('match.reason.nik_exact'))}`,
    ]);
    expect(rows.map((n) => cell(ws, n, 'Reasons').value)).toEqual([translate('en', msg('match.reason.nik_differs')), translate('en', msg('match.reason.nik_differs'))]);
    // A candidate's KPJ column is the candidate's: the roster's KPJ would look like the candidate's own.
    expect(cell(ws, 2, 'KPJ').value ?? null).toBeNull();
    expect(cell(ws, 3, 'KPJ').value).toBe('23010000002');
    expect(cell(ws, 2, 'BPJS birth date').type).toBe(ExcelJS.ValueType.Date);
    expect(cell(ws, 2, 'BPJS NIK').type).toBe(ExcelJS.ValueType.String);
  });

  it('still gives a review row without candidates one row (the roster side only)', async () => {
    const d = decision(worker({ row: 8, nik: NIK_C, name: 'DJOKO SOEPARMAN' }), 'review', { reasons: [msg('match.reason.nik_missing')] });
    const rows = [...reviewRows('id', [d], identity)];
    expect(rows).toHaveLength(1);
    const { ws } = await reviewSheet('id', [d]);
    expect(ws.rowCount).toBe(2);
    expect(cell(ws, 2, 'Nama').value).toBe('DJOKO SOEPARMAN');
    expect(cell(ws, 2, 'Alasan').value).toBe(translate('id', msg('match.reason.nik_missing')));
    for (const h of ['Peringkat', 'Nama di BPJS', 'Skor', 'Alasan kandidat']) expect(cell(ws, 2, h).value ?? null, h).toBeNull();
  });

  it('names the earlier row of a duplicate as "file [sheet]:row", or "file:row" for a CSV', async () => {
    const first = worker({ file: 'dinas-kesehatan.xlsx', sheet: 'Honorer', row: 5 });
    const csvFirst = worker({ file: 'dinas-pendidikan.csv', sheet: '', row: 3 });
    const ds = [
      decision(worker({ row: 9 }), 'duplicate', { duplicateOf: first }),
      decision(worker({ file: 'dinas-pendidikan.csv', sheet: '', row: 8 }), 'duplicate', { duplicateOf: csvFirst }),
      decision(worker({ row: 11 }), 'duplicate'),
    ];
    const { ws } = await statusSheet('en', ds, 'duplicate');
    expect([2, 3, 4].map((n) => cell(ws, n, 'Duplicate of').value ?? null)).toEqual(['dinas-kesehatan.xlsx [Honorer]:5', 'dinas-pendidikan.csv:3', null]);
    expect(cell(ws, 3, 'Roster sheet').value ?? null).toBeNull();
    expect(cell(ws, 2, 'Status').value).toBe('duplicate');
  });
});

describe('worker sheets: formula injection', () => {
  it('keeps text starting with = + - @ as string cells, never formulas', async () => {
    const evil = ['=HYPERLINK("http://x","klik")', '+62 812 0000', '-MARYAM', '@SUM(A1:A9)', '=cmd|\'/c calc\'!A1'];
    const d = decision(worker({ row: 5, nik: NIK_A, name: evil[0]!, position: evil[1]!, agency: evil[3]! }), 'registered', {
      bpjs: participant({ row: 2, nik: NIK_A, name: evil[2]!, file: evil[4]! }),
    });
    const { ws, xml } = await statusSheet('en', [d], 'registered');
    const cells = [cell(ws, 2, 'Name'), cell(ws, 2, 'Position'), cell(ws, 2, 'BPJS name'), cell(ws, 2, 'Agency'), cell(ws, 2, 'BPJS file')];
    expect(cells.map((c) => c.value)).toEqual(evil);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<f ');
  });

  it('does the same on the Review sheet for a candidate\'s name', async () => {
    const c = participant({ row: 4, nik: NIK_D, name: '=1+1' });
    const d = decision(worker({ row: 8, nik: NIK_C, name: '@ME' }), 'review', { candidates: [{ bpjs: c, score: 0.8, reasons: [] }] });
    const { ws, xml } = await reviewSheet('en', [d]);
    expect([cell(ws, 2, 'Name').value, cell(ws, 2, 'BPJS name').value]).toEqual(['@ME', '=1+1']);
    expect(cell(ws, 2, 'BPJS name').type).toBe(ExcelJS.ValueType.String);
    expect(xml).not.toMatch(/<f[ >]/);
  });
});

describe('worker sheets: empty and repeated runs', () => {
  it('gives header-only sheets with a filter on the header when there are no workers', async () => {
    const { wb } = await build([
      ...(['unregistered', 'registered', 'inactive', 'duplicate'] as const).map((s) => ({ name: s, columns: workerColumns('id', s), rows: workerRows('id', [], s, identity) })),
      { name: 'review', columns: reviewColumns('id'), rows: reviewRows('id', [], identity) },
    ]);
    expect(wb.worksheets.map((ws) => [ws.name, ws.rowCount, ws.autoFilter])).toEqual([
      ['unregistered', 1, 'A1:W1'],
      ['registered', 1, 'A1:W1'],
      ['inactive', 1, 'A1:W1'],
      ['duplicate', 1, 'A1:X1'],
      ['review', 1, 'A1:X1'],
    ]);
    for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('yields identical cells and writes identical sheets for the same decisions', async () => {
    const ds = [matched(), decision(worker({ row: 6, nik: NIK_B, name: '=X' }), 'unregistered')];
    expect([...workerRows('id', ds, 'registered', maskNik)]).toEqual([...workerRows('id', ds, 'registered', maskNik)]);
    const a = await statusSheet('id', ds, 'registered', maskNik);
    const b = await statusSheet('id', ds, 'registered', maskNik);
    expect(dump(b.ws)).toEqual(dump(a.ws));
    expect(b.xml).toBe(a.xml);
  });
});
