import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon, type RunResult } from './run-rekon.js';

// What the head of agency and the budget officer read (--lang id): the JKK class each agency was budgeted at
// (rekon.toml [agencies.risk]), the employer's share apart from the workers' JHT/JP share deducted from the
// honor, and the workbook's values in words. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-workbook-texts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.csv');
const config = join(dir, 'rekon.toml');
writeFileSync(
  roster,
  'NO;NAMA;NIK;TGL LAHIR;OPD;HONOR\r\n' +
    '1;AGUS SALIM;3273011203880001;12-03-1988;SATPOL PP;2500000\r\n' +
    '2;IWAN KURNIAWAN;3273051505930005;15-05-1993;SATPOL PP;12000000\r\n' +
    '3;TEGUH PRASETYO;;15-06-1990;BAPPEDA;2600000\r\n',
);
writeFileSync(
  bpjs,
  'NO KPJ;NIK;NAMA;TGL LAHIR;UPAH;STATUS KEPESERTAAN\r\n' +
    '27011000016;3273011203880001;AGUS SALIM;12-03-1988;2500000;AKTIF\r\n' +
    '27011000099;3273990707770099;WAHYU HIDAYAT;07-07-1977;2000000;AKTIF\r\n',
);
writeFileSync(config, '[agencies.risk]\n"SATPOL PP" = "medium"\n');

const run = (out: string, programs: string): RunResult =>
  runRekon(['reconcile', '--config', config, '--roster', roster, '--bpjs', bpjs, '--programs', programs, '--period', '2027-01..2027-06', '--lang', 'id', '--out', join(dir, out)]);

let all: RunResult;
let basic: RunResult;
const book = new ExcelJS.Workbook();

beforeAll(async () => {
  all = run('all', 'jkk,jkm,jht,jp');
  basic = run('basic', 'jkk,jkm');
  await book.xlsx.readFile(join(dir, 'all', 'report.xlsx'));
}, 120_000);

function rowsOf(name: string): unknown[][] {
  const ws = book.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
}

const cellOf = (sheet: string, header: string, row = 1): unknown => {
  const rows = rowsOf(sheet);
  return rows[row]?.[(rows[0] ?? []).indexOf(header)];
};

describe('reconcile --lang id: the JKK class per agency', () => {
  it('the terminal names the agencies budgeted at their own class', () => {
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Kelas risiko JKK: Kelas I (sangat rendah); per OPD: SATPOL PP Kelas III (sedang)');
  });

  it('the workbook settings say the default class and where the others are; Anggaran names each JKK line\'s class', () => {
    expect(rowsOf('Ringkasan').find((r) => r[0] === 'Kelas risiko JKK')?.[1]).toBe('Kelas I (sangat rendah); per OPD: lihat Anggaran');
    const anggaran = rowsOf('Anggaran');
    const classCol = (anggaran[0] ?? []).indexOf('Kelas risiko JKK');
    expect(classCol).toBeGreaterThan(0);
    const jkk = (agency: string): unknown => anggaran.find((r) => r[0] === agency && r[1] === 'Seluruh pekerja di daftar' && String(r[2]).startsWith('JKK'))?.[classCol];
    expect(jkk('SATPOL PP')).toBe('Kelas III (sedang)');
    expect(jkk('BAPPEDA')).toBe('Kelas I (sangat rendah)');
  });

  it('rekon budget shows the class column in its table', () => {
    const r = runRekon(['budget', '--config', config, '--roster', roster, '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ SATPOL PP\s+│ JKK\s+│ Kelas III \(sedang\)\s+│/);
  });

  it('budget.csv: an empty group\'s TOTAL line carries no class', () => {
    const csv = readFileSync(join(dir, 'all', 'budget.csv'), 'utf8');
    expect(csv).toContain('TOTAL,review,jkk,0,0,0,0,0,0,0,\n');
  });
});

describe('reconcile --lang id: the employer\'s share apart from the workers\'', () => {
  // 6 months. SATPOL PP (class III): AGUS 2,500,000 → employer 172,250/month, worker 75,000; IWAN 12,000,000 (JP cap
  // 11,086,300) → employer 808,526, worker 350,863. BAPPEDA (class I): TEGUH 2,600,000 → employer
  // 6,240 + 7,800 + 96,200 + 52,000 = 162,240, worker 52,000 + 26,000 = 78,000.
  const employerAll = 6 * (172_250 + 808_526 + 162_240);
  const workerAll = 6 * (75_000 + 350_863 + 78_000);
  const rp = (n: number): string => `Rp ${n.toLocaleString('de-DE')}`;

  it('the closing line is the employer\'s share; the workers\' share and the sum paid to BPJS are said apart', () => {
    expect(all.stdout).toContain(`Anggaran periode (iuran pemberi kerja, APBD): ${rp(6 * (808_526 + 162_240))} untuk mendaftarkan/mengaktifkan kembali; ${rp(employerAll)} untuk seluruh pekerja di daftar.`);
    expect(all.stdout).toContain(`dipotong dari honor dan disetor lewat pemberi kerja, tidak termasuk di atas: ${rp(6 * (350_863 + 78_000))} dan ${rp(workerAll)}; disetor ke BPJS seluruhnya`);
    expect(all.stdout).toContain(`${rp(employerAll + workerAll)}.`);
    expect(all.stdout).toMatch(new RegExp(`│ SATPOL PP .*│\\s+${rp(6 * 808_526).replace(/\./g, '\\.')} │\\s+${rp(6 * (172_250 + 808_526)).replace(/\./g, '\\.')} │`));
  });

  it('the Ringkasan sheet: employer\'s share in the budget columns, the workers\' share beside it', () => {
    expect(cellOf('Ringkasan', 'Anggaran seluruh pekerja', 1)).toBe(6 * 162_240);
    expect(cellOf('Ringkasan', 'Iuran pekerja seluruh pekerja, dipotong dari honor', 1)).toBe(6 * 78_000);
    const total = rowsOf('Ringkasan').find((r) => r[0] === 'TOTAL');
    const head = rowsOf('Ringkasan')[0] ?? [];
    expect(total?.[head.indexOf('Anggaran seluruh pekerja')]).toBe(employerAll);
    expect(total?.[head.indexOf('Iuran pekerja seluruh pekerja, dipotong dari honor')]).toBe(workerAll);
  });

  it('with JKK and JKM only (no worker share) the figures and the line are as before', () => {
    expect(basic.code).toBe(0);
    expect(basic.stdout).toMatch(/^Anggaran periode: Rp [\d.]+ untuk mendaftarkan\/mengaktifkan kembali; Rp [\d.]+ untuk seluruh pekerja di daftar\.$/m);
    expect(basic.stdout).not.toContain('Iuran pekerja');
    expect(basic.stdout).toContain('│ Biaya perlindungan │');
  });
});

describe('reconcile --lang id: workbook values in words', () => {
  it('status, match method, flags, BPJS status and the column of a data problem', () => {
    // Row 2: TEGUH, the one without a NIK.
    expect(['Status', 'Cara cocok', 'Penanda'].map((h) => cellOf('Belum Terdaftar', h, 2))).toEqual(['belum terdaftar', 'tidak cocok', 'NIK kosong']);
    expect([cellOf('Terdaftar', 'Status'), cellOf('Terdaftar', 'Cara cocok')]).toEqual(['terdaftar', 'NIK']);
    expect(cellOf('Hanya di BPJS', 'Status')).toBe('aktif');
    expect(cellOf('Masalah Data', 'Kolom')).toBe('NIK');
    expect(rowsOf('Ringkasan').find((r) => r[0] === 'Program')?.[1]).toBe('JKK, JKM, JHT, JP');
  });

  it('workers.csv keeps the machine values', () => {
    const csv = readFileSync(join(dir, 'all', 'workers.csv'), 'utf8');
    expect(csv).toMatch(/^unregistered,none,/m);
    expect(csv).toContain('nik_missing');
  });

  it('rekon diff names the budget groups as the workbook does, and the settings that differ in words', () => {
    const r = runRekon(['diff', join(dir, 'basic'), join(dir, 'all'), '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Seluruh pekerja di daftar');
    expect(r.stdout).not.toContain('Seluruh daftar pegawai');
    expect(r.stdout).toContain('Pengaturan anggaran kedua laporan berbeda (program)');
  });
});

// Exploratory finding: `rekon budget` headed the figure "Seluruh daftar pegawai (pagu APBD)" / "Whole roster (APBD
// line)" while report.xlsx names the same all_roster figure "Seluruh pekerja di daftar" / "All workers on the rosters".
describe('the all_roster figure has one name: the workbook\'s', () => {
  it.each([
    { lang: 'id', name: 'Seluruh pekerja di daftar', old: 'Seluruh daftar pegawai' },
    { lang: 'en', name: 'All workers on the rosters', old: 'Whole roster' },
  ])('rekon budget --lang $lang heads its table "$name"', ({ lang, name, old }) => {
    const r = runRekon(['budget', '--config', config, '--roster', roster, '--period', '2027-01..2027-06', '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^${name}: 2027-01\\.\\.2027-06 \\(6 `));
    expect(r.stdout).not.toContain(old);
  });

  it('the workbook (Anggaran) and the terminal line say the same words', () => {
    expect(rowsOf('Anggaran').some((r) => r[1] === 'Seluruh pekerja di daftar')).toBe(true);
    expect(all.stdout).toContain('untuk seluruh pekerja di daftar.');
    const en = runRekon(['reconcile', '--config', config, '--roster', roster, '--bpjs', bpjs, '--period', '2027-01..2027-06', '--lang', 'en']);
    expect(en.stdout).toMatch(/; Rp [\d,]+ for all workers on the rosters\.$/m);
  });
});

// explore4-D/08: a TOTAL line named the class of the one agency that made up its group ("TOTAL,underreported_gap,
// jkk,…,medium", "TOTAL,inactive,jkk,…,very_low") and was blank otherwise; a sum over agencies has no class.
describe('TOTAL lines carry no JKK class', () => {
  const sub = join(dir, 'total-class');
  let totalsCsv: string[] = [];
  const anggaran: unknown[][] = [];
  beforeAll(async () => {
    const r = join(dir, 'total-class-roster.csv');
    const b = join(dir, 'total-class-bpjs.csv');
    const c = join(dir, 'total-class.toml');
    writeFileSync(
      r,
      'NO,NAMA,NIK,TANGGAL LAHIR,OPD,HONOR\n' +
        '1,ADI SAPUTRA,3279011402910001,14-02-1991,BAPPEDA,2000000\n' +
        '2,CITRA DEWI,3279015203880003,12-03-1988,BAPPEDA,2000000\n' +
        '3,DODI SUPRIADI,3279010101850004,01-01-1985,DINAS LINGKUNGAN HIDUP,2500000\n' +
        '4,FAJAR NUGROHO,3279011010890006,10-10-1989,DINAS LINGKUNGAN HIDUP,1875000\n',
    );
    writeFileSync(
      b,
      'No,Nomor Referensi/KPJ,NIK,Nama,Tgl Lahir,Tgl Kepesertaan,Upah,Status Kepesertaan\n' +
        '1,26011000029,3279015203880003,CITRA DEWI,12-03-1988,01-02-2023,"2,000,000.00",NON AKTIF\n' +
        '2,26011000037,3279010101850004,DODI SUPRIADI,01-01-1985,01-02-2023,"1,000,000.00",AKTIF\n',
    );
    writeFileSync(c, '[agencies.risk]\n"DINAS LINGKUNGAN HIDUP" = "medium"\n');
    const res = runRekon(['reconcile', '--config', c, '--roster', r, '--bpjs', b, '--period', '2027-01..2027-12', '--lang', 'id', '--out', sub]);
    expect(res.code).toBe(0);
    totalsCsv = readFileSync(join(sub, 'budget.csv'), 'utf8').trim().split('\n').filter((l) => l.startsWith('TOTAL,'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sub, 'report.xlsx'));
    wb.getWorksheet('Anggaran')?.eachRow((row) => anggaran.push((row.values as unknown[]).slice(1)));
  }, 60_000);

  it('budget.csv: the gap (DLH alone, class III) and inactive (BAPPEDA alone, class I) totals are blank like the rest', () => {
    expect(totalsCsv.find((l) => l.startsWith('TOTAL,underreported_gap,jkk,'))).toBe('TOTAL,underreported_gap,jkk,1,13350,0,13350,160200,160200,0,');
    expect(totalsCsv.find((l) => l.startsWith('TOTAL,inactive,jkk,'))).toBe('TOTAL,inactive,jkk,1,4800,0,4800,57600,57600,0,');
    for (const l of totalsCsv) expect(l.endsWith(',')).toBe(true);
  });

  it('Anggaran: no TOTAL row names a class; the agency lines still do', () => {
    const classCol = (anggaran[0] ?? []).indexOf('Kelas risiko JKK');
    expect(anggaran.find((r) => r[0] === 'DINAS LINGKUNGAN HIDUP' && String(r[2]).startsWith('JKK'))?.[classCol]).toBe('Kelas III (sedang)');
    const totals = anggaran.filter((r) => r[0] === 'TOTAL');
    expect(totals.length).toBeGreaterThan(0);
    for (const r of totals) expect(r[classCol] ?? null).toBeNull();
  });
});
