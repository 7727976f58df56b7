import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runRekon } from './run-rekon.js';

// The "Bad input" list, through the built binary: one side empty, no overlapping people, a
// column role missing on one side, the same file on both sides, a roster made of one person listed
// again and again. Each gets a correct report or one clear line, never a crash or a hang. The
// million-row version of the last one is timed by bench/bad-input.mjs. Also a roster workbook with a
// hidden sheet (read, and said). All NIKs are synthetic.
const dir = mkdtempSync(join(tmpdir(), 'rekon-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BPJS_FIXTURE = fixture('bpjs', 'bpjs-export.csv');
const ROSTERS = fixture('roster');

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function workers(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true }) as Record<string, string>[];
}

function statusCounts(rows: readonly Record<string, string>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r['status'] ?? ''] = (counts[r['status'] ?? ''] ?? 0) + 1;
  return counts;
}

/** The BPJS fixture with one column left out (by header), as an export without it would look. */
function bpjsWithout(header: string, name: string): string {
  const lines = readFileSync(BPJS_FIXTURE, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
  const cells = (line: string): string[] => parse(line, { relax_quotes: true })[0] as string[];
  const drop = cells(lines[0] ?? '').indexOf(header);
  if (drop < 0) throw new Error(`no ${header} column in the BPJS fixture`);
  const quote = (c: string): string => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return write(
    name,
    lines.map((l) =>
      cells(l)
        .filter((_, i) => i !== drop)
        .map(quote)
        .join(','),
    ),
  );
}

describe('reconcile: one side empty', () => {
  const header = readFileSync(BPJS_FIXTURE, 'utf8').split('\n')[0] ?? '';
  const emptyBpjs = write('bpjs-header-only.csv', [header]);

  it('a BPJS export with a header and no rows: every worker unregistered (duplicates aside), said so, exit 0', () => {
    const r = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', emptyBpjs, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the BPJS export holds no participants: every worker is reported as unregistered');
    const rows = workers(r.stdout);
    expect(rows.length).toBeGreaterThan(0);
    const counts = statusCounts(rows);
    expect(Object.keys(counts).sort()).toEqual(['duplicate', 'unregistered']);
    expect(rows.every((w) => w['bpjs_row'] === '')).toBe(true);
  });

  it('the same, in Indonesian', () => {
    const r = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', emptyBpjs, '--format', 'csv', '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ekspor BPJS tidak berisi peserta');
  });

  it('a BPJS export of 0 bytes: one line naming the file, exit 2', () => {
    const zero = write('zero.csv', []);
    writeFileSync(zero, '');
    const r = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', zero, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([`rekon: error: ${zero}: the file is empty`]);
  });

  it('a roster with a header and no rows: one line naming it, exit 2, nothing written', () => {
    const out = join(dir, 'out-empty-roster');
    const rosterHeader = write('roster-header-only.csv', ['NO,NIK,NAMA,TGL LAHIR,OPD,GAJI']);
    const r = runRekon(['reconcile', '--roster', rosterHeader, '--bpjs', BPJS_FIXTURE, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`rekon: error: no worker rows found in ${rosterHeader}`]);
    expect(() => readFileSync(join(out, 'workers.csv'))).toThrow();
  });
});

describe('reconcile: no overlapping people', () => {
  const roster = write('roster-strangers.csv', [
    'NO,NIK,NAMA,TGL LAHIR,OPD,GAJI',
    '1,3171014101900001,RATNA SARI DEWI,01-01-1990,DINAS SOSIAL,2000000',
    '2,3171015202910002,YOHANES BAPTISTA LAORE,12-02-1991,DINAS SOSIAL,2000000',
    '3,,WAYAN SUDARSANA,23-03-1992,SATPOL PP,1800000',
  ]);

  it('every worker unregistered, every BPJS record BPJS-only, exit 0', () => {
    const out = join(dir, 'out-strangers');
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', BPJS_FIXTURE, '--out', out, '--no-xlsx-report', '--quiet']);
    expect(r.code).toBe(0);
    const rows = workers(readFileSync(join(out, 'workers.csv'), 'utf8'));
    expect(statusCounts(rows)).toEqual({ unregistered: 3 });
    const bpjsRecords = readFileSync(BPJS_FIXTURE, 'utf8').trimEnd().split('\n').length - 1;
    const only = workers(readFileSync(join(out, 'bpjs_only.csv'), 'utf8'));
    expect(only).toHaveLength(bpjsRecords);
    expect(only.every((b) => b['related'] === '')).toBe(true);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { totals: Record<string, number> };
    expect(summary.totals).toMatchObject({ workers: 3, registered: 0, unregistered: 3, coverage: 0, bpjs_only: bpjsRecords });
  });
});

describe('reconcile: a column role missing on one side', () => {
  it('no birth-date column in the BPJS export: matched on what exists, and said so', () => {
    const noDob = bpjsWithout('Tgl Lahir', 'bpjs-no-birth-date.csv');
    const withDob = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS_FIXTURE, '--format', 'csv', '--quiet']);
    const r = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', noDob, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the BPJS export has no birth_date column; matching uses what exists');
    const rows = workers(r.stdout);
    expect(rows.every((w) => w['bpjs_birth_date'] === '')).toBe(true);
    // Exact NIKs still match, and are no longer confirmed by a birth date.
    const before = statusCounts(workers(withDob.stdout));
    const after = statusCounts(rows);
    expect(after['registered'] ?? 0).toBeGreaterThan(0);
    expect((after['registered'] ?? 0) + (after['inactive'] ?? 0)).toBeLessThanOrEqual((before['registered'] ?? 0) + (before['inactive'] ?? 0));
    const nikMatched = rows.filter((w) => w['match_method'] === 'nik');
    expect(nikMatched.length).toBeGreaterThan(0);
    expect(nikMatched.every((w) => !(w['reasons'] ?? '').includes('same birth date'))).toBe(true);
  });

  it('no name column in the BPJS export: one line saying which column is missing, exit 2', () => {
    const noName = bpjsWithout('Nama', 'bpjs-no-name.csv');
    const r = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', noName, '--quiet']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`rekon: error: ${noName}: no name column in header row 1.`);
  });
});

describe('reconcile: the hint for a column it cannot find is a command line that works', () => {
  it('an unrecognized name header in the BPJS export: the hint names --bpjs-map and the column; following it matches', () => {
    const renamed = write(
      'bpjs-peserta.csv',
      readFileSync(BPJS_FIXTURE, 'utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\n')
        .map((l, i) => (i === 0 ? l.replace(',Nama,', ',Peserta,') : l)),
    );
    const r = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', renamed, '--quiet']);
    expect(r.code).toBe(2);
    const hint = /Point to it with (--bpjs-map name="([^"]+)")\./.exec(r.stderr);
    expect(hint?.[2]).toBe('Peserta');
    const fixed = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', renamed, '--bpjs-map', 'name=Peserta', '--format', 'csv', '--quiet']);
    expect(fixed.code).toBe(0);
    expect(statusCounts(workers(fixed.stdout))['registered'] ?? 0).toBeGreaterThan(0);
  });

  it('a bad --roster-map value names --roster-map, in both languages', () => {
    const en = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS_FIXTURE, '--roster-map', 'nama', '--quiet']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('option --roster-map: "nama" is not valid; write ROLE=HEADER');
    const id = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS_FIXTURE, '--roster-map', 'nama', '--quiet', '--lang', 'id']);
    expect(id.stderr).toContain('opsi --roster-map: "nama" tidak sah');
    const help = runRekon(['reconcile', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('e.g. --roster-map nik="NO KTP"');
    expect(help).toContain('e.g. --bpjs-map nik="NO KTP"');
  });
});

describe('reconcile: the same file on both sides', () => {
  it('each row is matched to itself, with a warning', () => {
    const r = runRekon(['reconcile', '--roster', BPJS_FIXTURE, '--bpjs', BPJS_FIXTURE, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('is given both as a roster and as a BPJS export');
    const rows = workers(r.stdout);
    const bpjsRecords = readFileSync(BPJS_FIXTURE, 'utf8').trimEnd().split('\n').length - 1;
    expect(rows).toHaveLength(bpjsRecords);
    for (const w of rows) {
      expect(['registered', 'inactive']).toContain(w['status']);
      expect(w['bpjs_row']).toBe(w['roster_row']);
    }
  });

  it('a copy of the roster given as the BPJS export is named too, in both languages', () => {
    const copy = join(dir, 'bpjs-download.csv');
    writeFileSync(copy, readFileSync(BPJS_FIXTURE));
    const en = runRekon(['reconcile', '--roster', BPJS_FIXTURE, '--bpjs', copy, '--format', 'csv']);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`the BPJS export ${copy} holds exactly the same bytes as the roster ${BPJS_FIXTURE}`);
    const id = runRekon(['reconcile', '--roster', BPJS_FIXTURE, '--bpjs', copy, '--format', 'csv', '--lang', 'id']);
    expect(id.stderr).toContain(`ekspor BPJS ${copy} berisi persis sama dengan daftar OPD ${BPJS_FIXTURE}`);
  });
});

describe('reconcile: a roster of one person listed again and again', () => {
  const COPIES = 20_000;
  const rows = (nik: string): string[] => {
    const lines = ['NO,NIK,NAMA,TGL LAHIR,OPD,GAJI'];
    for (let i = 1; i <= COPIES; i++) lines.push(`${i},${nik},SITI AMINAH,12-03-1985,DINAS PENDIDIKAN,2500000`);
    return lines;
  };

  for (const [label, nik] of [
    ['with the NIK', '3279015203850011'],
    ['without a NIK', ''],
  ] as const) {
    it(`${COPIES.toLocaleString('en')} copies ${label}: the first row registered, every other a duplicate of it`, () => {
      const roster = write(`copies-${nik === '' ? 'no-nik' : 'nik'}.csv`, rows(nik));
      const r = runRekon(['reconcile', '--roster', roster, '--bpjs', BPJS_FIXTURE, '--format', 'csv', '--quiet']);
      expect(r.code).toBe(0);
      const ws = workers(r.stdout);
      expect(ws).toHaveLength(COPIES);
      expect(statusCounts(ws)).toEqual({ registered: 1, duplicate: COPIES - 1 });
      const first = ws.find((w) => w['status'] === 'registered');
      expect(first?.['roster_row']).toBe('2');
      expect(first?.['bpjs_nik']).toBe('3279015203850011');
      const dups = ws.filter((w) => w['status'] === 'duplicate');
      expect(dups.every((w) => w['duplicate_of'] === `${roster}:2` && w['bpjs_row'] === first?.['bpjs_row'])).toBe(true);
    });
  }
});

describe('reconcile: a roster workbook with a hidden sheet', () => {
  async function hiddenSheetWorkbook(path: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    for (const [name, state, who] of [
      ['2026', 'visible', ['3279015203850011', 'SITI AMINAH', '12-03-1985']],
      ['2023 LAMA', 'hidden', ['3279022107880023', 'AGUS SETIAWAN', '21-07-1988']],
    ] as const) {
      const ws = wb.addWorksheet(name, { state });
      ws.addRow(['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'GAJI']);
      ws.addRow([1, ...who, 2500000]);
    }
    await wb.xlsx.writeFile(path);
  }
  const path = join(dir, 'roster-hidden-sheet.xlsx');
  beforeAll(() => hiddenSheetWorkbook(path));

  it('reads its rows and says the sheet is hidden (EN and ID)', () => {
    const csv = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE, '--format', 'csv', '--quiet']);
    expect(csv.code).toBe(0);
    expect(workers(csv.stdout).map((w) => [w['roster_sheet'], w['status']])).toEqual([
      ['2026', 'registered'],
      ['2023 LAMA', 'registered'],
    ]);
    const en = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`${path} [2023 LAMA]: this sheet is hidden in the workbook, but its rows were read`);
    expect(en.stdout).not.toContain('[2026]: this sheet is hidden');
    const id = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE, '--lang', 'id']);
    expect(id.stdout).toContain('[2023 LAMA]: lembar ini disembunyikan di buku kerja, tetapi barisnya tetap dibaca');
  });

  it('leaves the sheet out with the option its note names', () => {
    const en = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE]);
    const hint = /leave it out with (--skip-sheet) "([^"]+)"/.exec(en.stdout);
    expect(hint?.slice(1)).toEqual(['--skip-sheet', '2023 LAMA']);
    const csv = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE, '--format', 'csv', '--quiet', hint?.[1] ?? '', hint?.[2] ?? '']);
    expect(csv.code).toBe(0);
    expect(workers(csv.stdout).map((w) => [w['roster_sheet'], w['status']])).toEqual([['2026', 'registered']]);
    const text = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE, '--skip-sheet', '2023 lama']);
    expect(text.stdout).toContain(`${path} [2023 LAMA]: not read (--skip-sheet)`);
    expect(text.stdout).not.toContain('this sheet is hidden');
  });

  it('rekon.toml can leave the sheet out for every run; --skip-sheet / --sheet on the command line replace its selection', () => {
    const config = write('sheets.toml', ['[sheets]', 'skip = ["2023 lama"]']);
    const sheetsRead = (extra: string[]): string[] => {
      const r = runRekon(['--config', config, 'reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE, '--format', 'csv', '--quiet', ...extra]);
      expect(r.code).toBe(0);
      return workers(r.stdout).map((w) => w['roster_sheet'] ?? '');
    };
    expect(sheetsRead([])).toEqual(['2026']);
    // Was "(--sheet/--skip-sheet)" (exploratory test of reading): the note names the config file and its key.
    const text = runRekon(['--config', config, 'reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE]);
    expect(text.stdout).toContain(`${path} [2023 LAMA]: not read (${config} [sheets] skip)`);
    const id = runRekon(['--config', config, '--lang', 'id', 'reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE]);
    expect(id.stdout).toContain(`${path} [2023 LAMA]: tidak dibaca (${config} [sheets] skip)`);
    expect(runRekon(['--config', config, 'inspect', path]).stdout).toContain(`[2023 LAMA] not read (${config} [sheets] skip)`);
    expect(sheetsRead(['--skip-sheet', '2026'])).toEqual(['2023 LAMA']);
    expect(sheetsRead(['--sheet', '2023 LAMA'])).toEqual(['2023 LAMA']);
  });

  it('reads only the sheets named by --sheet; none of them in a workbook is one line, exit 2', () => {
    const only = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE, '--format', 'csv', '--quiet', '--sheet', '2023 LAMA']);
    expect(only.code).toBe(0);
    expect(workers(only.stdout).map((w) => [w['roster_sheet'], w['status']])).toEqual([['2023 LAMA', 'registered']]);
    const none = runRekon(['reconcile', '--roster', path, '--bpjs', BPJS_FIXTURE, '--sheet', '2025']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(`rekon: error: ${path}: no sheet left to read (--sheet); the sheets of this file: "2026", "2023 LAMA"\n`);
  });

  it('inspect shows a sheet left out, as text and JSON', () => {
    const text = runRekon(['inspect', path, '--sheet', '2026']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('[2023 LAMA] not read (--sheet)');
    const json = runRekon(['inspect', path, '--skip-sheet', '2026', '--format', 'json']);
    const sheets = (JSON.parse(json.stdout) as { files: { sheets: { name: string; rows: number; left_out: boolean; left_out_by: string | null }[] }[] }).files[0]?.sheets;
    expect(sheets?.map((s) => [s.name, s.rows, s.left_out, s.left_out_by])).toEqual([
      ['2026', 0, true, 'skip_sheet'],
      ['2023 LAMA', 1, false, null],
    ]);
    const only = runRekon(['inspect', path, '--sheet', '2026', '--format', 'json']);
    const onlySheets = (JSON.parse(only.stdout) as { files: { sheets: { name: string; left_out_by: string | null }[] }[] }).files[0]?.sheets;
    expect(onlySheets?.map((s) => [s.name, s.left_out_by])).toEqual([
      ['2026', null],
      ['2023 LAMA', 'sheet'],
    ]);
  });
});

// Was silent (exploratory test round 2): an --out folder reused with --no-xlsx-report kept last month's report.xlsx
// beside this month's files, with nothing to say it was stale.
describe('reconcile: --out reused with --no-xlsx-report', () => {
  it("says the folder's report.xlsx is from an earlier run; not when the run writes it", () => {
    const out = join(dir, 'reused-out');
    expect(runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS_FIXTURE, '--out', out, '--quiet']).code).toBe(0);
    const again = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS_FIXTURE, '--out', out, '--no-xlsx-report', '--format', 'csv', '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`${join(out, 'report.xlsx')} is from an earlier run (not written again with --no-xlsx-report)`);
    const written = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS_FIXTURE, '--out', out, '--format', 'csv', '--lang', 'en']);
    expect(written.stderr).not.toContain('is from an earlier run');
  });
});
