// Corrupt, truncated and hostile inputs through the built binary. Every case is generated into a temp
// dir here (nothing committed) and must end in exit 0 with a correct result, or exit 2 with ONE clear
// stderr line naming the file — within a spawn timeout and a 256 MB V8 heap (a blow-up fails the test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx, makeZip, type ZipPart } from '../unit/io/zip-fixture.js';
import { BIN, PINNED_RUN_DATE, ROOT } from './run-rekon.js';

const TIMEOUT_MS = 20_000;
let dir = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  dir = mkdtempSync(join(tmpdir(), 'rekon-hostile-'));
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly signal: NodeJS.Signals | null;
}

/** Runs rekon in the temp dir with a 256 MB heap and a hard timeout (a hang or an OOM fails the case); `input` is its stdin. */
function rekon(args: readonly string[], input?: string): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', REKON_LANG: 'en', NODE_OPTIONS: '--max-old-space-size=256', ...PINNED_RUN_DATE },
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: TIMEOUT_MS,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0, signal: r.signal };
}

function write(name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

/** Exit 2 with exactly one stderr line that names the file, and no stack trace. */
function expectOneLineError(r: Run, file: string, pattern: RegExp): void {
  expect(r.signal, 'killed by timeout').toBeNull();
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|FATAL|heap/);
}

interface InspectJson {
  files: { file: string; sheets: { name: string; rows: number; problems: unknown[]; no_table?: unknown }[] }[];
}

/** `rekon inspect --format json`: exit 0 and the parsed report. */
function inspect(file: string, extra: readonly string[] = []): InspectJson {
  const r = rekon(['inspect', '--format', 'json', ...extra, file]);
  expect(r.signal, 'killed by timeout').toBeNull();
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as InspectJson;
}

function rowsOf(report: InspectJson): number[] {
  return report.files.flatMap((f) => f.sheets.map((s) => s.rows));
}

const HEADER = 'NO,NAMA,NIK,TGL LAHIR,OPD\n';
/** Synthetic people (region 327301, made-up serials). */
const csvRow = (i: number, name = `BUDI SANTOSO ${i}`): string => `${i},${name},3273011505900${String(i).padStart(3, '0')},15-05-1990,DINAS X\n`;

const inline = (t: string): string => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
const xrow = (r: number, values: readonly string[]): string => `<row r="${r}">${values.map(inline).join('')}</row>`;
const GOOD_ROWS = [
  xrow(1, ['NO', 'NAMA', 'NIK', 'TGL LAHIR', 'OPD']),
  xrow(2, ['1', 'BUDI SANTOSO', '3273011505900001', '15-05-1990', 'DINAS X']),
  xrow(3, ['2', 'SITI AMINAH', '3273014505900002', '05-05-1990', 'DINAS X']),
].join('');
const goodXlsx = (extraRows = ''): Buffer => makeXlsx({ sheets: [{ name: 'Data', sheetData: GOOD_ROWS + extraRows }] });

/** A workbook whose only sheet part is `sheetXml` bytes (may be huge and highly compressible). */
function xlsxWithSheetPart(sheetXml: Buffer, declaredSize?: number): Buffer {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    declaredSize === undefined ? { name: 'xl/worksheets/sheet1.xml', data: sheetXml } : { name: 'xl/worksheets/sheet1.xml', data: sheetXml, declaredSize },
  ];
  return makeZip(parts);
}

const MB = 1024 * 1024;
const sheetXml = (inner: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'),
    inner,
    Buffer.from('</sheetData></worksheet>'),
  ]);

describe('hostile .xlsx files', () => {
  it('zip bomb: a 60 MB sheet part in a ~60 kB file (ratio ~1000:1) is refused before inflating', () => {
    const file = write('bomb.xlsx', xlsxWithSheetPart(sheetXml(Buffer.concat([Buffer.from(GOOD_ROWS), Buffer.alloc(60 * MB, ' ')]))));
    const r = rekon(['inspect', file]);
    expectOneLineError(r, 'bomb.xlsx', /too large when unpacked/);
  });

  it('zip bomb that lies about its size in the headers is stopped as corrupt', () => {
    const file = write('bomb-lying.xlsx', xlsxWithSheetPart(sheetXml(Buffer.concat([Buffer.from(GOOD_ROWS), Buffer.alloc(60 * MB, ' ')])), 10_000));
    const r = rekon(['inspect', file]);
    expectOneLineError(r, 'bomb-lying.xlsx', /corrupt workbook/);
  });

  it('a 40 MB sheet part under the ratio threshold is streamed: correct rows, bounded memory', () => {
    const file = write('padded.xlsx', xlsxWithSheetPart(sheetXml(Buffer.concat([Buffer.from(GOOD_ROWS), Buffer.alloc(40 * MB, '\n')]))));
    expect(rowsOf(inspect(file))).toEqual([2]);
  });

  const longAttribute = (size: number): Buffer => Buffer.concat([Buffer.from(`${GOOD_ROWS}<row r="4" x="`), Buffer.alloc(size, 'A'), Buffer.from('"></row>')]);

  it('a 12 MB attribute (one tag spanning hundreds of chunks) is read in linear time', () => {
    // Before the fix the scanner re-scanned the growing tag on every chunk: ~45 s for this file.
    const file = write('long-attribute.xlsx', xlsxWithSheetPart(sheetXml(longAttribute(12 * MB))));
    expect(rowsOf(inspect(file))).toEqual([2]);
  });

  it('a 40 MB attribute in a 40 kB file is refused past the 16 Mi-character token limit', () => {
    // Before the fix: a ~9-minute hang holding the whole tag.
    const file = write('huge-attribute.xlsx', xlsxWithSheetPart(sheetXml(longAttribute(40 * MB))));
    expectOneLineError(rekon(['inspect', file]), 'huge-attribute.xlsx', /corrupt workbook .*longer than 16777216 characters/);
  });

  it('truncated .xlsx (a valid workbook cut in half)', () => {
    const whole = goodXlsx();
    const file = write('truncated.xlsx', whole.subarray(0, whole.length >> 1));
    expectOneLineError(rekon(['inspect', file]), 'truncated.xlsx', /corrupt workbook/);
  });

  it('a 100,000-character cell is read; the other rows are intact', () => {
    const file = write('long-cell.xlsx', goodXlsx(xrow(4, ['3', 'N'.repeat(100_000), '3273011505900003', '15-05-1990', 'DINAS X'])));
    expect(rowsOf(inspect(file))).toEqual([3]);
  });

  it('a row with 10,000 columns', () => {
    const wide = ['3', 'DEWI LESTARI', '3273014505900003', '05-05-1990', 'DINAS X', ...Array.from({ length: 9995 }, (_, i) => `x${i}`)];
    const file = write('wide.xlsx', goodXlsx(xrow(4, wide)));
    expect(rowsOf(inspect(file))).toEqual([3]);
  });

  it('300 empty sheets before the data sheet: the data is found', () => {
    const sheets = [...Array.from({ length: 300 }, (_, i) => ({ name: `Kosong${i}`, sheetData: '' })), { name: 'Data', sheetData: GOOD_ROWS }];
    const report = inspect(write('many-sheets.xlsx', makeXlsx({ sheets })));
    const data = report.files[0]?.sheets.filter((s) => s.rows > 0);
    expect(data?.map((s) => [s.name, s.rows])).toEqual([['Data', 2]]);
    expect(report.files[0]?.sheets).toHaveLength(301);
  });

  it('300 empty sheets and nothing else', () => {
    const file = write('only-empty-sheets.xlsx', makeXlsx({ sheets: Array.from({ length: 300 }, (_, i) => ({ name: `Kosong${i}`, sheetData: '' })) }));
    expectOneLineError(rekon(['inspect', file]), 'only-empty-sheets.xlsx', /no header row/);
  });
});

describe('hostile text files', () => {
  it('a 100,000-character cell in a CSV is read; the row after it is intact', () => {
    const file = write('long-cell.csv', HEADER + csvRow(1, 'A'.repeat(100_000)) + csvRow(2));
    expect(rowsOf(inspect(file))).toEqual([2]);
  });

  it('a CSV data row with 10,000 columns, and a header with 10,000 columns', () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(',');
    const wideRow = write('wide-row.csv', `${HEADER}${csvRow(1).trimEnd()},${extra}\n${csvRow(2)}`);
    expect(rowsOf(inspect(wideRow))).toEqual([2]);
    const wideHeader = write('wide-header.csv', `${HEADER.trimEnd()},${extra}\n${csvRow(1)}`);
    expect(rowsOf(inspect(wideHeader))).toEqual([1]);
  });

  it('a million empty lines and nothing else: "the file is empty"', () => {
    expectOneLineError(rekon(['inspect', write('blank-lines.csv', '\n'.repeat(1_000_000))]), 'blank-lines.csv', /empty/);
  });

  it('a header then a million empty lines: 0 rows in inspect; reconcile refuses it as a roster', () => {
    const file = write('header-blank-lines.csv', HEADER + '\n'.repeat(1_000_000));
    const r = rekon(['inspect', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/0 worker rows/);
    expect(r.stdout).toMatch(/1,?000,?000 blank/);
    const other = write('one-worker.csv', HEADER + csvRow(1));
    expectOneLineError(rekon(['reconcile', '--roster', file, '--bpjs', other, '--quiet']), 'header-blank-lines.csv', /no worker rows/);
  });

  it('a header, a million empty lines, then one row: the row is found', () => {
    // Text format: the JSON report lists every skipped row (a million entries).
    const r = rekon(['inspect', write('blank-lines-then-row.csv', HEADER + '\n'.repeat(1_000_000) + csvRow(1))]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ 1 worker rows? /);
  });

  it('an unterminated quote in the last row keeps the text (as Excel does)', () => {
    const report = inspect(write('unterminated-end.csv', `${HEADER}${csvRow(1)}2,"SITI AMINAH,3273014505900002,05-05-1990,DINAS X\n`));
    expect(rowsOf(report)).toEqual([2]);
  });

  it('an unterminated quote early in an 18 MB file: one clear error naming the row', () => {
    const rows: string[] = [];
    for (let i = 3; rows.length < 320_000; i++) rows.push(csvRow(i % 1000));
    const file = write('unterminated-early.csv', `${HEADER}${csvRow(1)}2,"SITI AMINAH,3273014505900002,05-05-1990,DINAS X\n${rows.join('')}`);
    expectOneLineError(rekon(['inspect', file]), 'unterminated-early.csv', /row 3 is longer than 16777216 characters; probably an unclosed quote/);
  });

  it('a 13 MB file without line ends is read in linear time', () => {
    // Before the fix the record parser re-parsed the growing record on every chunk (~25 s for this).
    const file = write('no-line-ends.csv', HEADER + 'BUDI SANTOSO,'.repeat(1_000_000));
    expect(rowsOf(inspect(file))).toEqual([1]);
  });

  it('NUL bytes near the start: refused as binary', () => {
    expectOneLineError(rekon(['inspect', write('nul-head.csv', `${HEADER}${csvRow(1)}2,SI\0TI,3273014505900002,05-05-1990,DINAS X\n`)]), 'nul-head.csv', /not a text\/CSV file/);
  });

  it('NUL bytes in the middle of a large CSV: read, the row is kept', () => {
    const before = Array.from({ length: 2000 }, (_, i) => csvRow(i + 10)).join('');
    const report = inspect(write('nul-middle.csv', `${HEADER}${before}3000,SI\0TI,3273014505900002,05-05-1990,DINAS X\n${csvRow(1)}`));
    expect(rowsOf(report)).toEqual([2002]);
  });

  // Was refused as binary data (stop 28: recognised by its zero high bytes).
  it('UTF-16 LE without a BOM: read as it is, and with --input-encoding utf-16le alike', () => {
    const file = write('utf16-no-bom.csv', Buffer.from(HEADER + csvRow(1) + csvRow(2), 'utf16le'));
    expect(rowsOf(inspect(file))).toEqual([2]);
    expect(rowsOf(inspect(file, ['--input-encoding', 'utf-16le']))).toEqual([2]);
  });

  it('an .xls that is really Excel "Unicode text" (UTF-16 with BOM, tab-separated) is read as text, dates day first', () => {
    // 10-01-1990 is 10 January (the NIK says so too); SheetJS had read it as 1 October, and a nik_dob_mismatch followed.
    const text = 'NO\tNAMA\tNIK\tTGL LAHIR\tOPD\n1\tSITI AMINAH\t3671015001900001\t10-01-1990\tDLHK\n2\tBUDI SANTOSO\t3273012203850004\t22-03-1985\tDLHK\n';
    const report = inspect(write('unicode-text.xls', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(rowsOf(report)).toEqual([2]);
    expect(report.files[0]?.sheets[0]?.problems).toEqual([]);
  });

  it('an .xls that is really an HTML table is read as one', () => {
    const html = `<html><body><table><tr><td>NO</td><td>NAMA</td><td>NIK</td><td>TGL LAHIR</td><td>OPD</td></tr><tr><td>1</td><td>BUDI SANTOSO</td><td>3273011505900001</td><td>15-05-1990</td><td>DINAS X</td></tr></table></body></html>`;
    expect(rowsOf(inspect(write('export.xls', html)))).toEqual([1]);
  });
});

describe('a hostile file through reconcile', () => {
  it('roster with a 100,000-character name and a 10,000-column row: matched, exit 0', () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(',');
    const roster = write('r-roster.csv', `${HEADER}${csvRow(1, 'N'.repeat(100_000))}${csvRow(2).trimEnd()},${extra}\n${csvRow(3, 'SITI AMINAH')}`);
    const bpjs = write('r-bpjs.csv', `NO,KPJ,NIK,NAMA,TGL LAHIR,STATUS KEPESERTAAN\n1,12000000001,3273011505900002,BUDI SANTOSO 2,15-05-1990,AKTIF\n2,12000000002,3273011505900003,SITI AMINAH,15-05-1990,AKTIF\n`);
    const r = rekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--format', 'json', '--quiet']);
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { workers: { status: string }[] };
    expect(out.workers.map((w) => w.status)).toEqual(['unregistered', 'registered', 'registered']);
  });

  // Both sides are read by one thread, rosters first: the export's error must come out as the export's.
  it('a BPJS export that is not a workbook, after good rosters: its own one-line error, exit 2', () => {
    const roster = write('good-roster.csv', HEADER + csvRow(1) + csvRow(2));
    const bpjs = write('export-not-a-zip.xlsx', 'NO,NAMA\n1,BUDI\n');
    expectOneLineError(rekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--quiet']), 'export-not-a-zip.xlsx', /not an Excel file|corrupt/);
  });

  it('the BPJS export on stdin while the thread reads the rosters: matched as from a file', () => {
    const roster = write('stdin-roster.csv', HEADER + csvRow(1, 'SITI AMINAH') + csvRow(2, 'AGUS SALIM'));
    const bpjs = HEADER + csvRow(2, 'AGUS SALIM');
    const r = rekon(['reconcile', '--roster', roster, '--bpjs', '-', '--format', 'json', '--quiet'], bpjs);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { workers: { status: string }[] };
    expect(out.workers.map((w) => w.status)).toEqual(['unregistered', 'registered']);
    // In CSV, stdin's file name is "-" as given, not "'-" (a lone dash is no formula to neutralize).
    const csv = rekon(['reconcile', '--roster', roster, '--bpjs', '-', '--format', 'csv', '--only', 'registered', '--quiet'], bpjs);
    expect(csv.code, csv.stderr).toBe(0);
    const [head, row] = csv.stdout.trim().split('\n');
    const cells = row?.split(',') ?? [];
    expect(cells[(head ?? '').split(',').indexOf('bpjs_file')]).toBe('-');
  });
});
