// Reader throughput: generates a 100k-row, 12-column CSV and XLSX in a temp dir and reads them with
// rekon's readers (from dist/: run `npm run build` first). Prints rows/s and peak RSS per reader.
// Each file is read in a fresh child process so that peak RSS belongs to the reader alone.
// Usage: node bench/read-bench.mjs [rows] [csv|xlsx]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

if (process.argv[2] === '--measure') {
  await measure(process.argv[3], process.argv[4], process.argv[5]);
  process.exit(0);
}

const ROWS = Number(process.argv[2] ?? 100_000);
const only = process.argv[3];
const dir = mkdtempSync(join(tmpdir(), 'rekon-bench-'));

function row(i) {
  const serial = String(i % 10_000).padStart(4, '0');
  // Synthetic NIKs: region 367101 (Kota Tangerang), made-up serials.
  const nik = `3671${String(10 + (i % 18)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}0${(i % 9) + 1}9${i % 10}${serial}`;
  return [String(i + 1), `PEGAWAI NOMOR ${i}`, nik, `Tangerang, ${1 + (i % 28)}-0${(i % 9) + 1}-199${i % 10}`, i % 2 ? 'L' : 'P',
    'Dinas Lingkungan Hidup', 'Petugas Kebersihan', String(2_500_000 + i), `1${String(i).padStart(10, '0')}`, 'AKTIF', '01-01-2024', 'honorer'];
}

async function makeCsv(path) {
  const header = 'NO;NAMA;NIK;TEMPAT/TGL LAHIR;L/P;UNIT KERJA;JABATAN;HONOR;KPJ;STATUS;TMT;KETERANGAN\n';
  const parts = [header];
  for (let i = 0; i < ROWS; i++) parts.push(row(i).map((c) => (c.includes(';') ? `"${c}"` : c)).join(';') + '\n');
  writeFileSync(path, parts.join(''));
}

async function makeXlsx(path) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('Honorer');
  ws.addRow(['NO', 'NAMA', 'NIK', 'TEMPAT/TGL LAHIR', 'L/P', 'UNIT KERJA', 'JABATAN', 'HONOR', 'KPJ', 'STATUS', 'TMT', 'KETERANGAN']).commit();
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    ws.addRow([i + 1, r[1], r[2], r[3], r[4], r[5], r[6], 2_500_000 + i, r[8], r[9], new Date(Date.UTC(2024, 0, 1 + (i % 300))), r[11]]).commit();
  }
  ws.commit();
  await wb.commit();
}

async function measure(label, path, mode) {
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let rows = 0;
  if (mode === 'load') {
    // Whole pipeline: read + header detection + record building with all normalizers.
    const { loadSheets } = await import('../dist/io/load-sheets.js');
    for await (const sheet of loadSheets([path], { side: 'roster', overrides: {}, referenceYear: 2026 })) {
      for await (const batch of sheet.records) rows += batch.length;
    }
  } else {
    const { readInput } = await import('../dist/io/read-input.js');
    for await (const sheet of readInput({ name: path, path })) {
      for await (const batch of sheet.batches) rows += batch.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  // CPU seconds as well: on a busy machine wall time says more about the neighbours than the reader.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rss = process.resourceUsage().maxRSS / 1024;
  const mb = statSync(path).size / 1024 / 1024;
  console.log(`${label.padEnd(11)} ${rows} rows, ${mb.toFixed(1)} MB file, ${seconds.toFixed(2)} s = ${Math.round(rows / seconds).toLocaleString('en')} rows/s (CPU ${cpuSeconds.toFixed(2)} s = ${Math.round(rows / cpuSeconds).toLocaleString('en')} rows/CPU-s); peak RSS ${rss.toFixed(0)} MB`);
}

function measureInChild(label, path, mode) {
  process.stdout.write(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', label, path, mode], { encoding: 'utf8' }));
}

try {
  if (only !== 'xlsx') {
    const csv = join(dir, 'roster.csv');
    await makeCsv(csv);
    measureInChild('csv read', csv, 'read');
    measureInChild('csv load', csv, 'load');
  }
  if (only !== 'csv') {
    const xlsx = join(dir, 'roster.xlsx');
    await makeXlsx(xlsx);
    measureInChild('xlsx read', xlsx, 'read');
    measureInChild('xlsx load', xlsx, 'load');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
