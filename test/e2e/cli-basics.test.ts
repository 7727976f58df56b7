import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixture, runRekon } from './run-rekon.js';

describe('rekon basics through the built binary', () => {
  it('prints --version and exits 0', () => {
    const r = runRekon(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it.each(['reconcile', 'inspect', 'nik'])('%s --help shows examples and exit codes, in both languages', (cmd) => {
    const en = runRekon([cmd, '--help'], { env: { REKON_LANG: 'en' } });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Examples:');
    expect(en.stdout).toContain('Exit codes: 0 success');
    expect(en.stdout).toContain(`$ rekon ${cmd}`);
    const id = runRekon([cmd, '--help', '--lang', 'id']);
    expect(id.stdout).toContain('Contoh:');
    expect(id.stdout).toContain('Kode keluar');
  });

  it('takes the language from --lang, then REKON_LANG, then LANG', () => {
    expect(runRekon(['inspect', 'nope.csv'], { env: { REKON_LANG: 'id' } }).stderr).toContain('tidak ditemukan');
    expect(runRekon(['inspect', 'nope.csv', '--lang', 'en'], { env: { REKON_LANG: 'id' } }).stderr).toContain('not found');
    expect(runRekon(['inspect', 'nope.csv'], { env: { REKON_LANG: '', LANG: 'id_ID.UTF-8' } }).stderr).toContain('tidak ditemukan');
    const bad = runRekon(['nik', '1', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang');
  });

  it('warns in one stderr line when REKON_LANG names no language, then runs in English (stdout untouched)', () => {
    const r = runRekon(['nik', '3273014501900001', '--format', 'json'], { env: { REKON_LANG: 'fr' } });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual(['rekon: warning: REKON_LANG "fr" is not a language rekon speaks (id | en); using English']);
    expect((JSON.parse(r.stdout) as { niks: { status: string }[] }).niks[0]?.status).toBe('valid');
    expect(runRekon(['nik', '3273014501900001', '--lang', 'en'], { env: { REKON_LANG: 'fr' } }).stderr).toBe('');
  });

  it('says unknown options and commands in one line, exit 2, no stack trace', () => {
    for (const args of [['frob'], ['reconcile', '--roster', 'x', '--bpjs', 'y', '--bogus'], ['reconcile', '--roster', 'x']]) {
      const r = runRekon(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^rekon: error: /);
      expect(r.stderr).not.toMatch(/\bat \S+ \(/);
    }
  });

  it('a mistyped option is named with its fix, even where a required option is then missing', () => {
    const cases: [string[], string][] = [
      [['reconcile', '--rooster', 'x', '--bpjs', 'y'], 'rekon: error: unknown option --rooster; did you mean --roster?'],
      [['reconcile', '--rooster', 'x'], 'rekon: error: unknown option --rooster; did you mean --roster?'],
      [['budget', '--rosters', 'x'], 'rekon: error: unknown option --rosters; did you mean --roster?'],
      [['reconcile', '--roster', 'x'], 'rekon: error: required option --bpjs <path...> not given'],
      [['budget'], 'rekon: error: required option --roster <path...> not given'],
      [['--lang', 'id', 'reconcile', '--roster', 'x', '--bpjs', 'y', '--formt', 'csv'], 'rekon: galat: opsi tidak dikenal --formt; maksudnya --format?'],
      [['--lang', 'id', 'reconcile', '--roster', 'x', '--bpjs', 'y', '--form', 'csv'], 'rekon: galat: opsi tidak dikenal --form; maksudnya salah satu dari --bom, --format?'],
      [['reconcile', '--roster', 'x', '--bpjs', 'y', '--format', 'xml'], 'rekon: error: option --format: invalid value "xml"; choose one of: text, csv, json'],
      // The column-mapping option of another command (copied command lines): too far apart for commander's guess.
      [['budget', '--roster', 'x', '--roster-map', 'nik=NO KTP'], 'rekon: error: unknown option --roster-map; did you mean --map?'],
      [['--lang', 'id', 'inspect', 'x', '--bpjs-map', 'nik=NO KTP'], 'rekon: galat: opsi tidak dikenal --bpjs-map; maksudnya --map?'],
      [['reconcile', '--roster', 'x', '--bpjs', 'y', '--map', 'nik=NO KTP'], 'rekon: error: unknown option --map; did you mean one of --roster-map, --bpjs-map?'],
      // A mistyped command, and a file given without a command (nothing close to suggest).
      [['reconcle', '--roster', 'x'], 'rekon: error: unknown command reconcle; did you mean reconcile?'],
      [["Rekap Jum'at.xlsx"], "rekon: error: unknown command Rekap Jum'at.xlsx. See rekon --help"],
    ];
    for (const [args, line] of cases) {
      const r = runRekon(args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, `${line}\n`]);
    }
    // Those stand-ins are not options of the command: its help does not list them.
    expect(runRekon(['budget', '--help']).stdout).not.toContain('--roster-map');
    expect(runRekon(['reconcile', '--help']).stdout).not.toMatch(/\s--map\b/);
  });
});

describe('bad input gets one clear line naming the file, exit 2', () => {
  it.each([
    ['bad/empty.csv', 'empty'],
    ['bad/junk.csv', 'not a text/CSV file'],
    ['bad/corrupt.xlsx', 'corrupt workbook'],
    ['bad/not-really.xlsx', 'not an Excel file'],
    ['bad/no-table.csv', 'no header row'],
    ['bad/no-table.xlsx', 'no header row'],
  ])('%s', (file, text) => {
    const r = runRekon(['inspect', fixture(file)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain(text);
  });

  it('a missing file and a folder without spreadsheets', () => {
    const missing = runRekon(['inspect', 'no/such/file.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/file.xlsx: file not found');
    const folder = runRekon(['inspect', 'docs']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('docs');
  });

  it('SOURCE_DATE_EPOCH pins the run date (the default budget period follows); a bad value is one line', () => {
    const args = ['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs'), '--format', 'json', '--quiet'];
    const period = (epoch: string): unknown =>
      (JSON.parse(runRekon(args, { env: { SOURCE_DATE_EPOCH: epoch } }).stdout) as { summary: { budget: { period: unknown } } }).summary.budget.period;
    expect(period(String(Date.UTC(2031, 5, 1) / 1000))).toEqual({ from: '2032-01', to: '2032-12', months: 12 });
    expect(period(String(Date.UTC(2026, 5, 1) / 1000))).toEqual({ from: '2027-01', to: '2027-12', months: 12 });
    const bad = runRekon(['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs')], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toEqual(['rekon: error: SOURCE_DATE_EPOCH "yesterday" is not valid: write whole seconds since 1970, or leave it unset']);
    const nik = runRekon(['nik', '3273014501900001'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect([nik.code, nik.stdout]).toEqual([2, '']);
    // The help and the version still answer: they are how one finds out what is wrong.
    for (const help of [['--help'], ['reconcile', '--help'], ['--version']]) {
      const r = runRekon(help, { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).not.toBe('');
    }
  });

  // Exploratory repro 08c: a CSV's sheet was null on the worker but "" inside candidates[].
  it('JSON: a sheet that does not exist is null, in candidates[] as on the worker', () => {
    const r = runRekon(['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs'), '--format', 'json', '--only', 'review', '--quiet']);
    const json = JSON.parse(r.stdout) as { workers: { bpjs_file: string | null; bpjs_sheet: string | null; candidates: { bpjs_file: string; bpjs_sheet: string | null }[] }[] };
    const candidates = json.workers.flatMap((w) => w.candidates);
    expect(candidates.filter((c) => c.bpjs_file.endsWith('.csv')).length).toBeGreaterThan(0);
    for (const c of candidates) if (c.bpjs_file.endsWith('.csv')) expect(c.bpjs_sheet).toBeNull();
  });

  it('shows a stack trace only with --debug', () => {
    const r = runRekon(['inspect', fixture('bad/corrupt.xlsx'), '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').length).toBeGreaterThan(2);
  });
});

describe('rekon nik', () => {
  it('decodes a valid NIK and exits 0', () => {
    const r = runRekon(['nik', '3273014501900001']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('KOTA BANDUNG');
    expect(r.stdout).toContain('1990-01-05');
    expect(r.stdout).toContain('female');
  });

  it('exits 2 when any is invalid, saying why for each', () => {
    const r = runRekon(['nik', '3273014501900001', '3.27301E+15', '197001011990031005', '12345']);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('DAMAGED BY EXCEL');
    expect(lines[2]).toContain('NIP');
    expect(lines[3]).toContain('INVALID');
  });

  it('reads NIKs from stdin with "-" and prints JSON', () => {
    const r = runRekon(['nik', '-', '--format', 'json'], { input: '3273014501900001\n9471015708900001\n' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { niks: { nik: string; status: string; sex: string; province: string | null }[] };
    expect(json.niks.map((n) => n.nik)).toEqual(['3273014501900001', '9471015708900001']);
    expect(json.niks[1]?.sex).toBe('F');
  });

  it('skips the column title a cut of a CSV brings along (the --help example), and only a first line', () => {
    const r = runRekon(['nik', '-'], { input: 'NIK\n3273014501900001\n3273011203850002\n' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(runRekon(['nik', '-'], { input: '3273014501900001\nNIK\n' }).code).toBe(2);
  });
});

describe('rekon inspect', () => {
  it('reports header row, columns, rows and problems as JSON', () => {
    const r = runRekon(['inspect', fixture('roster/dinas-sukamaju.xlsx'), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { files: { file: string; sheets: { name: string; header_row: number | null; columns: Record<string, string>; rows: number; problems: { row: number; kind: string; detail: string }[] }[] }[] };
    const sheets = json.files[0]?.sheets ?? [];
    expect(sheets.map((s) => s.name)).toEqual(['Petunjuk', 'DINAS PENDIDIKAN', 'DLHK', 'SATPOL PP', 'RSUD']);
    expect(sheets[0]?.header_row).toBeNull();
    const dik = sheets[1];
    expect(dik?.header_row).toBe(6);
    expect(dik?.columns['nik']).toBe('NIK');
    expect(dik?.rows).toBe(10);
    expect(dik?.problems).toContainEqual(expect.objectContaining({ row: 9, kind: 'nik_excel_damaged' }));
    expect(dik?.problems).toContainEqual(expect.objectContaining({ row: 15, kind: 'nik_missing' }));
    const kinds = new Set(sheets.flatMap((s) => s.problems.map((p) => p.kind)));
    for (const k of ['nik_invalid', 'nik_excel_damaged', 'nik_missing', 'nik_duplicate', 'nik_dob_mismatch']) expect(kinds).toContain(k);
  });

  it('reads the Windows-1252 semicolon CSV, the .xls and the .ods', () => {
    const r = runRekon(['inspect', fixture('roster'), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { files: { file: string; sheets: { rows: number; encoding: string | null; delimiter: string | null }[] }[] };
    const byName = new Map(json.files.map((f) => [f.file.split('/').pop(), f]));
    const csv = byName.get('kecamatan-utara.csv')?.sheets[0];
    expect(csv?.encoding).toBe('windows-1252');
    expect(csv?.delimiter).toBe(';');
    expect(byName.get('puskesmas.xls')?.sheets[0]?.rows).toBe(6);
    expect(byName.get('bappeda.ods')?.sheets[0]?.rows).toBe(5);
  });

  it('reads a CSV from stdin with "-"', () => {
    const csv = 'NAMA;NIK;TGL LAHIR\nSITI AMINAH;3273014501900001;05-01-1990\n';
    const r = runRekon(['inspect', '-', '--format', 'json'], { input: csv });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: { sheets: { rows: number }[] }[] }).files[0]?.sheets[0]?.rows).toBe(1);
  });

  it('masks nothing in JSON but never prints a full NIK in the text problems', () => {
    const r = runRekon(['inspect', fixture('roster/dinas-sukamaju.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('header at row 6');
    expect(r.stdout).not.toMatch(/\d{16}/);
  });
});
