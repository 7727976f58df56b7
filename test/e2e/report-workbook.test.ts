import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

type Row = Record<string, string>;
let dir: string;

function run(lang: 'id' | 'en', extra: string[] = []): string {
  const out = join(dir, `${lang}${extra.join('')}`.replace(/[^a-z-]/g, ''));
  const r = runRekon(['reconcile', '--roster', 'fixtures/roster', '--bpjs', 'fixtures/bpjs', '--out', out, '--quiet', '--lang', lang, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Header name → column number of a sheet's first row. */
function columns(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => m.set(String(cell.value), col));
  return m;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekon-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report workbook, read back', () => {
  it('has the Indonesian sheets by default and English ones with --lang en', async () => {
    const id = await workbook(join(run('id'), 'report.xlsx'));
    expect(id.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Ringkasan', 'Belum Terdaftar', 'Terdaftar', 'Nonaktif', 'Perlu Verifikasi', 'Hanya di BPJS', 'Masalah Data', 'Anggaran']));
    const en = await workbook(join(run('en'), 'report.xlsx'));
    expect(en.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Summary', 'Unregistered', 'Registered', 'Inactive', 'Review', 'BPJS Only', 'Data Problems', 'Budget']));
  });

  it('keeps NIKs as text cells equal to workers.csv, including the Papua NIK above 2^53', async () => {
    const out = run('en');
    const wb = await workbook(join(out, 'report.xlsx'));
    const ws = wb.getWorksheet('Registered');
    expect(ws).toBeDefined();
    const cols = columns(ws as ExcelJS.Worksheet);
    const nikCol = [...cols.entries()].find(([h]) => /^NIK$/i.test(h))?.[1];
    expect(nikCol).toBeDefined();
    const niks: string[] = [];
    (ws as ExcelJS.Worksheet).eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(nikCol as number);
      if (cell.value === null || cell.value === '') return;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      niks.push(String(cell.value));
    });
    const workers = parse(readFileSync(join(out, 'workers.csv'), 'utf8'), { columns: true }) as Row[];
    const registered = workers.filter((w) => w['status'] === 'registered').map((w) => w['nik']).filter((n) => n !== '');
    expect(niks.sort()).toEqual(registered.sort());
    // HERU WIBOWO's Papua NIK ends in an odd digit: it would change if it ever passed through a JS number.
    const papua = niks.find((n) => n.startsWith('9471'));
    expect(papua).toMatch(/^9471\d{11}[13579]$/);
  });

  it('has budget totals equal to budget.csv and summary.json', async () => {
    const out = run('en');
    const budgetCsv = parse(readFileSync(join(out, 'budget.csv'), 'utf8'), { columns: true }) as Row[];
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { budget: { lines: { agency: string; group: string; program: string; period_total: number }[] } };
    const csvTotal = (group: string): number => budgetCsv.filter((l) => l['agency'] === 'TOTAL' && l['group'] === group).reduce((s, l) => s + Number(l['period_total']), 0);
    const jsonTotal = (group: string): number => summary.budget.lines.filter((l) => l.agency === 'TOTAL' && l.group === group).reduce((s, l) => s + l.period_total, 0);
    for (const g of ['unregistered', 'inactive', 'review', 'all_roster', 'underreported_gap']) expect(jsonTotal(g), g).toBe(csvTotal(g));
    expect(csvTotal('all_roster')).toBeGreaterThan(0);

    const wb = await workbook(join(out, 'report.xlsx'));
    const ws = wb.getWorksheet('Budget') as ExcelJS.Worksheet;
    const numbers: number[] = [];
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'number') numbers.push(cell.value);
    }));
    // Every group's period TOTAL appears in the workbook, as a number in a rupiah format.
    for (const g of ['unregistered', 'inactive', 'all_roster']) expect(numbers).toContain(csvTotal(g));
    let rupiahCells = 0;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'number' && /Rp/.test(cell.numFmt ?? '')) rupiahCells++;
    }));
    expect(rupiahCells).toBeGreaterThan(0);
  });

  it('masks every NIK and KPJ with --mask-nik', async () => {
    const out = run('en', ['--mask-nik']);
    const wb = await workbook(join(out, 'report.xlsx'));
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(String(cell.value ?? '')).not.toMatch(/(?<![\d.])\d{16}(?!\d)/);
      }));
    }
    for (const f of ['workers.csv', 'bpjs_only.csv', 'review.csv', 'problems.csv']) {
      expect(readFileSync(join(out, f), 'utf8'), f).not.toMatch(/(?<![\d.])\d{16}(?!\d)/);
    }
  });

  // Was English machine values in an Indonesian workbook (exploratory test round 2): "pu", "very_low", "active".
  it('writes settings in the language and the BPJS status as the export wrote it', async () => {
    const wb = await workbook(join(run('id'), 'report.xlsx'));
    const texts: string[] = [];
    wb.getWorksheet('Ringkasan')!.eachRow((row) => texts.push(row.values.toString()));
    expect(texts.some((t) => t.includes('Kelas risiko JKK') && t.includes('Kelas I (sangat rendah)'))).toBe(true);
    expect(texts.some((t) => t.includes('Skema') && t.includes('Penerima Upah (PU)'))).toBe(true);
    const ws = wb.getWorksheet('Nonaktif')!;
    const col = columns(ws).get('Status BPJS')!;
    const statuses = new Set<string>();
    ws.eachRow((row, i) => {
      if (i > 1) statuses.add(String(row.getCell(col).value));
    });
    expect(statuses.size).toBeGreaterThan(0);
    expect([...statuses].every((v) => /AKTIF/i.test(v))).toBe(true);
  });
});
