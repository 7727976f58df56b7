// Why this file exists: a mutation audit of `rekon inspect`, `rekon nik` and `rekon init` (src/cli/commands/) and
// of the help epilogue (help-examples.ts) found behaviour a user sees that no test pinned: masking on a terminal,
// the exit code, which stream a line goes to, the language of what init writes, stdin "-", the reference year,
// the config's column map for the side asked, and that every --help example is a command rekon accepts.
// The commands run in-process through main.ts's runCommandLine with a fake CliContext (a terminal can be faked here only).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { runCommandLine } from '../../../src/cli/main.js';
import { rekon as runInProcess, type Ran } from './reconcile-wiring-harness.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { starterConfig } from '../../../src/cli/starter-config.js';
import type { Lang } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';

interface RunOptions {
  readonly lang?: Lang;
  readonly tty?: boolean;
  readonly stdin?: string;
  readonly today?: string;
  readonly configPath?: string;
}

const scratch = mkdtempSync(join(tmpdir(), 'rekon-commands-audit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An empty rekon.toml, so no config found above the working directory changes what inspect reads. */
const EMPTY_CONFIG = join(scratch, 'empty.toml');
writeFileSync(EMPTY_CONFIG, '');

/** Runs one command line as main.ts does (the shared harness), with an empty stdin unless given and no stray config. */
async function rekon(args: readonly string[], o: RunOptions = {}): Promise<Ran> {
  return runInProcess(args, { lang: o.lang, stdoutIsTty: o.tty ?? false, stdin: o.stdin ?? '', today: o.today, configPath: o.configPath ?? EMPTY_CONFIG });
}

/** Synthetic: Kota Bandung 32 73 01, born 05-01-1990, female (45 = 5 + 40), serial 0001. */
const VALID = '3273014501900001';
/** Synthetic: Kota Bandung, born 13-02-1990, male, serial 0002. */
const VALID_MALE = '3273011302900002';
const MASKED = '3273********0001';

describe('rekon nik', () => {
  it('on a terminal masks the NIK and what digits 5–12 encode; --show-nik shows it all; a pipe gets it all', async () => {
    const tty = await rekon(['nik', VALID], { tty: true });
    expect(tty.code).toBe(EXIT.ok);
    expect(tty.stdout).toContain(MASKED);
    expect(tty.stdout).not.toContain(VALID);
    expect(tty.stdout).not.toContain('1990-01-05');
    expect(tty.stdout).not.toMatch(/female/);
    const shown = await rekon(['nik', VALID, '--show-nik'], { tty: true });
    expect(shown.stdout).toContain(VALID);
    expect(shown.stdout).toContain('1990-01-05');
    const piped = await rekon(['nik', VALID]);
    expect(piped.stdout).toContain(VALID);
    expect(piped.stdout).toContain('female');
  });

  it('--format json on a terminal is masked too (masked: true, no birth date); piped it is the full record', async () => {
    const tty = JSON.parse((await rekon(['nik', VALID, '--format', 'json'], { tty: true })).stdout) as { niks: Record<string, unknown>[] };
    expect(tty.niks[0]).toMatchObject({ nik: MASKED, masked: true, birth_date: null, sex: null });
    const shown = JSON.parse((await rekon(['nik', VALID, '--format', 'json', '--show-nik'], { tty: true })).stdout) as { niks: Record<string, unknown>[] };
    expect(shown.niks[0]).toMatchObject({ nik: VALID, masked: false, birth_date: '1990-01-05', sex: 'F' });
    const piped = JSON.parse((await rekon(['nik', VALID, '--format', 'json'])).stdout) as { niks: Record<string, unknown>[] };
    expect(piped.niks[0]).toMatchObject({ nik: VALID, masked: false });
  });

  it('one text line per NIK on stdout, in the order given, nothing on stderr', async () => {
    const r = await rekon(['nik', VALID_MALE, VALID]);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(3); // two lines and the final newline
    expect(lines[0]).toMatch(new RegExp(`^${VALID_MALE}\\b.*\\bmale\\b`));
    expect(lines[1]).toMatch(new RegExp(`^${VALID}\\b.*\\bfemale\\b`));
    expect(lines[2]).toBe('');
  });

  it('exits 2 when any one NIK is not valid, whatever its place or the format; 0 when all are valid', async () => {
    expect((await rekon(['nik', VALID, VALID_MALE])).code).toBe(EXIT.ok);
    for (const args of [['nik', '12345'], ['nik', VALID, '12345'], ['nik', '3.27301E+15', VALID], ['nik', VALID, '12345', '--format', 'json']]) {
      const r = await rekon(args);
      expect(r.code, args.join(' ')).toBe(EXIT.badInput);
      expect(r.stdout, 'every NIK is still reported').not.toBe('');
    }
  });

  it('"-" reads one NIK a line from stdin (CRLF, blank lines and spaces ignored), between NIKs given as arguments', async () => {
    const r = await rekon(['nik', VALID_MALE, '-', '--format', 'json'], { stdin: `  ${VALID}\r\n\r\n12345\n` });
    const json = JSON.parse(r.stdout) as { niks: { input: string; status: string }[] };
    expect(json.niks.map((n) => [n.input, n.status])).toEqual([
      [VALID_MALE, 'valid'],
      [VALID, 'valid'],
      ['12345', 'invalid'],
    ]);
    expect(r.code).toBe(EXIT.badInput);
  });

  // Was a bug: an empty pipe (a wrong column upstream, an empty file) printed nothing and exited 0.
  it('"-" with nothing on stdin is bad input in one line (exit 2), in both formats and languages, and prints no report', async () => {
    for (const [args, lang] of [[['nik', '-'], 'en'], [['nik', '-', '--format', 'json'], 'id']] as const) {
      const r = await rekon(args, { stdin: ' \n\r\n', lang });
      expect([r.code, r.stdout], args.join(' ')).toEqual([EXIT.badInput, '']);
      expect(r.stderr.trim().split('\n')).toEqual([`rekon: ${translate(lang, { code: 'error.prefix' })}: ${translate(lang, { code: 'cli.nik_stdin_empty' })}`]);
    }
  });

  it('reads a two-digit birth year against the run date (YY above this year is 19YY)', async () => {
    // Synthetic NIK born 01-01-?28: in 2026 a 28 is 1928 (a 2028 birth lies in the future); in 2031 it is 2028.
    const nik = '3273010101280001';
    const bornIn = async (today: string): Promise<unknown> =>
      (JSON.parse((await rekon(['nik', nik, '--format', 'json'], { today })).stdout) as { niks: { birth_date: unknown }[] }).niks[0]?.birth_date;
    expect(await bornIn('2026-11-23')).toBe('1928-01-01');
    expect(await bornIn('2031-01-02')).toBe('2028-01-01');
  });

  it('speaks the language asked', async () => {
    expect((await rekon(['nik', VALID], { lang: 'id' })).stdout).toContain('perempuan');
    expect((await rekon(['nik', '12345'], { lang: 'id' })).stdout).toContain('TIDAK SAH');
  });

  it('refuses a --format it does not offer (exit 2), csv included', async () => {
    const r = await rekon(['nik', VALID, '--format', 'csv']);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stdout).toBe('');
  });
});

describe('rekon inspect', () => {
  const CSV = `NAMA;NIK;TGL LAHIR\nSITI AMINAH;${VALID};05-01-1990\nBUDI;12345;13-02-1990\n`;

  it('text output is masked on a terminal and not when piped; JSON is never masked', async () => {
    const tty = await rekon(['inspect', '-'], { tty: true, stdin: CSV });
    expect(tty.code).toBe(EXIT.ok);
    expect(tty.stdout).toContain('2 worker rows');
    expect(tty.stdout).not.toMatch(/\d{12,}/);
    const json = await rekon(['inspect', '-', '--format', 'json'], { tty: true, stdin: CSV });
    const parsed = JSON.parse(json.stdout) as { files: { file: string; sheets: { rows: number; problems: { row: number; kind: string }[] }[] }[] };
    expect(parsed.files[0]?.sheets[0]?.rows).toBe(2);
    expect(parsed.files[0]?.sheets[0]?.problems).toContainEqual(expect.objectContaining({ row: 3, kind: 'nik_invalid' }));
  });

  // Was a privacy leak: on a terminal the NIK was masked but a problem quoted the birth date its hidden digits
  // encode ("the birth date in the NIK (1990-01-05) …"), which with the visible digits rebuilds the NIK.
  it('on a terminal a problem does not quote the date in a NIK; piped it does', async () => {
    const csv = `NAMA;NIK;TGL LAHIR\nSITI AMINAH;${VALID};20-03-1985\n`;
    const tty = await rekon(['inspect', '-'], { tty: true, stdin: csv });
    expect(tty.stdout).toContain('nik_dob_mismatch');
    expect(tty.stdout).not.toContain('1990-01-05');
    expect(tty.stdout).toContain('1985-03-20');
    const piped = await rekon(['inspect', '-'], { stdin: csv });
    expect(piped.stdout).toContain('1990-01-05');
  });

  it('reports nothing on stderr and exits 0 when the file was read, problems or not', async () => {
    const r = await rekon(['inspect', '-', '--format', 'json'], { stdin: CSV });
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
  });

  it('the config\'s column map is the one for --side (a bpjs map does not apply to a roster and back)', async () => {
    // "NOMOR IDENTITAS" is no NIK header rekon knows: only the map makes NAMA + NIK a table.
    const csv = `NAMA;NOMOR IDENTITAS\nSITI AMINAH;${VALID}\n`;
    for (const mapped of ['roster', 'bpjs'] as const) {
      const config = join(scratch, `${mapped}-map.toml`);
      writeFileSync(config, `[columns.${mapped}]\nnik = "NOMOR IDENTITAS"\n`);
      for (const side of ['roster', 'bpjs'] as const) {
        const r = await rekon(['inspect', '-', '--side', side, '--format', 'json'], { stdin: csv, configPath: config });
        if (side === mapped) {
          expect(r.code, `${mapped} map, --side ${side}`).toBe(EXIT.ok);
          const json = JSON.parse(r.stdout) as { files: { sheets: { columns: Record<string, string> }[] }[] };
          expect(json.files[0]?.sheets[0]?.columns['nik']).toBe('NOMOR IDENTITAS');
        } else {
          expect([r.code, r.stdout], `${mapped} map, --side ${side}`).toEqual([EXIT.badInput, '']);
          expect(r.stderr).toContain('no header row');
        }
      }
    }
  });

  it('reads two-digit years (in the NIK and the birth-date column) against the run date: YY above this year is 19YY', async () => {
    // A mismatch message quotes both dates with their century. In 2026, 22 is 2022 and 28 is 1928 (2028 is in the
    // future); read against another pivot (30 by default, or the century number 20) one of them changes century.
    const csv = `NAMA;NIK;TGL LAHIR\nSITI AMINAH;3273014101280001;02-01-28\nANI;3273014501220002;06-01-22\n`;
    const r = await rekon(['inspect', '-', '--format', 'json'], { stdin: csv });
    const problems = (JSON.parse(r.stdout) as { files: { sheets: { problems: { row: number; kind: string; detail: string }[] }[] }[] }).files[0]?.sheets[0]?.problems ?? [];
    const mismatch = (row: number): string | undefined => problems.find((p) => p.row === row && p.kind === 'nik_dob_mismatch')?.detail;
    expect(mismatch(2)).toMatch(/\(1928-01-01\).*\(1928-01-02\)/);
    expect(mismatch(3)).toMatch(/\(2022-01-05\).*\(2022-01-06\)/);
  });

  it('--input-delimiter, --input-encoding, --header-row and --map reach the reader', async () => {
    const csv = `DAFTAR HONORER\nNAMA;NOMOR IDENTITAS;TGL LAHIR\nSITI AMINAH;${VALID};05-01-1990\n`;
    const sheetOf = async (extra: string[]): Promise<Ran & { sheet?: Record<string, unknown> | undefined }> => {
      const r = await rekon(['inspect', '-', '--format', 'json', ...extra], { stdin: csv });
      return r.code === EXIT.ok ? { ...r, sheet: (JSON.parse(r.stdout) as { files: { sheets: Record<string, unknown>[] }[] }).files[0]?.sheets[0] } : r;
    };
    const mapped = await sheetOf(['--map', 'nik=NOMOR IDENTITAS', '--header-row', '2', '--input-encoding', 'windows-1252']);
    expect(mapped.sheet).toMatchObject({ header_row: 2, columns: { nik: 'NOMOR IDENTITAS' }, encoding: 'windows-1252', delimiter: ';' });
    // The same file split on commas has one column: no table, said as bad input.
    expect((await sheetOf(['--map', 'nik=NOMOR IDENTITAS', '--input-delimiter', ','])).code).toBe(EXIT.badInput);
  });

  it('--header-row wins over the detected header; the config\'s [sheets] skip leaves a sheet out', async () => {
    const csv = `NAMA;NIK;TGL LAHIR\nNAMA LENGKAP;NO KTP;TANGGAL LAHIR\nSITI AMINAH;${VALID};05-01-1990\n`;
    const sheetOf = async (extra: string[]): Promise<Record<string, unknown> | undefined> =>
      (JSON.parse((await rekon(['inspect', '-', '--format', 'json', ...extra], { stdin: csv })).stdout) as { files: { sheets: Record<string, unknown>[] }[] }).files[0]?.sheets[0];
    expect(await sheetOf([])).toMatchObject({ header_row: 1, columns: { name: 'NAMA' } });
    expect(await sheetOf(['--header-row', '2'])).toMatchObject({ header_row: 2, columns: { name: 'NAMA LENGKAP' } });

    const config = join(scratch, 'skip-sheet.toml');
    writeFileSync(config, '[sheets]\nskip = ["DLHK"]\n');
    const r = await rekon(['inspect', join('fixtures', 'roster', 'dinas-sukamaju.xlsx'), '--format', 'json'], { configPath: config });
    const sheets = (JSON.parse(r.stdout) as { files: { sheets: { name: string; left_out: boolean }[] }[] }).files[0]?.sheets ?? [];
    expect(sheets.filter((x) => x.left_out).map((x) => x.name)).toEqual(['DLHK']);
  });

  it('masks a long number in the text on a terminal only (the KPJs of a two-number cell are quoted in full when piped)', async () => {
    const kpjs = '123456789012 / 123456789013';
    const csv = `NAMA;NIK;TGL LAHIR;KPJ\nSITI AMINAH;${VALID};05-01-1990;${kpjs}\n`;
    const piped = await rekon(['inspect', '-'], { stdin: csv });
    expect(piped.stdout).toContain(kpjs);
    const tty = await rekon(['inspect', '-'], { stdin: csv, tty: true });
    expect(tty.stdout).toContain('kpj_invalid');
    expect(tty.stdout).not.toMatch(/\d{12}/);
  });

  it('JSON ends with a newline (a shell prompt after it starts on its own line)', async () => {
    const r = await rekon(['inspect', '-', '--format', 'json'], { stdin: CSV });
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });
});

describe('rekon init', () => {
  it('writes rekon.toml in --dir in the language asked, says so on stderr only, exits 0', async () => {
    for (const lang of ['id', 'en'] as const) {
      const dir = mkdtempSync(join(scratch, `init-${lang}-`));
      const r = await rekon(['init', '--dir', dir], { lang });
      expect([r.code, r.stdout]).toEqual([EXIT.ok, '']);
      expect(r.stderr).toBe(`${translate(lang, { code: 'init.written', params: { file: join(dir, 'rekon.toml') } })}\n`);
      expect(readFileSync(join(dir, 'rekon.toml'), 'utf8')).toBe(starterConfig(lang));
    }
    expect(starterConfig('id')).not.toBe(starterConfig('en')); // the precondition: the comments are translated
  });

  it('refuses to overwrite an existing rekon.toml (exit 2, file untouched) unless --force', async () => {
    const dir = mkdtempSync(join(scratch, 'init-exists-'));
    const path = join(dir, 'rekon.toml');
    writeFileSync(path, '# my edits\n');
    for (const lang of ['id', 'en'] as const) {
      const r = await rekon(['init', '--dir', dir], { lang });
      expect(r.code).toBe(EXIT.badInput);
      expect(r.stderr).toBe(`rekon: ${translate(lang, { code: 'error.prefix' })}: ${translate(lang, { code: 'init.exists', params: { file: path } })}\n`);
      expect(readFileSync(path, 'utf8')).toBe('# my edits\n');
    }
    const forced = await rekon(['init', '--dir', dir, '--force']);
    expect(forced.code).toBe(EXIT.ok);
    expect(readFileSync(path, 'utf8')).toBe(starterConfig('en'));
  });

  // Was a bug: a --dir that does not exist (as in its own help example, `rekon init --dir laporan-bulanan`) failed
  // with ENOENT from the temp file, an internal error (exit 3). It is created, as --out creates its folder.
  it('a --dir that does not exist yet is created', async () => {
    const dir = join(scratch, 'laporan-bulanan', '2027-01');
    const r = await rekon(['init', '--dir', dir]);
    expect(r.code).toBe(EXIT.ok);
    expect(existsSync(join(dir, 'rekon.toml'))).toBe(true);
  });

  it('a --dir that is a file is bad usage naming --dir', async () => {
    const file = join(scratch, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const r = await rekon(['init', '--dir', file]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toContain('--dir');
    expect(r.stderr).not.toContain('--out');
  });
});

/** The words of the rekon part of one example (the one of a pipe, no redirection), as a shell splits them (double quotes only). */
function exampleArgs(line: string): string[] {
  const command = (line.split(' | ').find((part) => part.startsWith('rekon ')) ?? '').replace(/ > \S+$/, '');
  const words = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  expect(words[0], line).toBe('rekon');
  return words.slice(1);
}

/** Parses a command line without running its action: what commander would refuse (unknown option, bad choice) throws. */
async function parsesAsRekon(args: readonly string[]): Promise<boolean> {
  const ctx = { lang: 'en', out: () => undefined, err: () => undefined, today: '2026-11-23', env: {}, configPath: EMPTY_CONFIG, readerThread: null } as unknown as CliContext;
  const reached = new Error('reached the action');
  return (await runCommandLine(ctx, args, reached)).thrown === reached;
}

const COMMANDS = ['reconcile', 'budget', 'diff', 'inspect', 'nik', 'init', 'review'];

describe('--help: examples that rekon accepts, then the exit codes', () => {
  it.each(COMMANDS)('%s --help ends with its examples (each a valid rekon command line) and the exit codes, in both languages', async (cmd) => {
    for (const lang of ['id', 'en'] as const) {
      const r = await rekon([cmd, '--help'], { lang });
      expect(r.code).toBe(EXIT.ok);
      const lines = r.stdout.split('\n');
      const at = lines.indexOf(translate(lang, { code: 'cli.examples' }));
      expect(at, `${cmd} ${lang}: no examples heading`).toBeGreaterThan(0);
      const examples = lines.slice(at + 1).filter((l) => l.startsWith('  $ '));
      expect(examples.length, cmd).toBeGreaterThan(0);
      expect(examples.some((e) => e.startsWith(`  $ rekon ${cmd}`)), cmd).toBe(true);
      for (const e of examples) {
        const args = exampleArgs(e.slice(4));
        expect(COMMANDS, e).toContain(args[0]);
        expect(await parsesAsRekon(args), e).toBe(true);
      }
      // Exit 1 is listed only by the commands that have --fail-on (exploratory repro 08b).
      const failOn = lines.some((l) => /^\s+--fail-on\b/.test(l));
      expect(failOn, cmd).toBe(cmd === 'reconcile' || cmd === 'diff');
      expect(lines.slice(-4)).toEqual(['', translate(lang, { code: failOn ? 'cli.exit_codes' : 'cli.exit_codes.no_fail_on' }), '', '']);
    }
  });

  it('the exit-code line says the codes EXIT defines, in both languages', () => {
    expect(EXIT).toEqual({ ok: 0, conditionMet: 1, badInput: 2, internal: 3 });
    expect(translate('en', { code: 'cli.exit_codes' })).toMatch(/0 success · 1 success but a --fail-on condition holds · 2 bad usage or bad input · 3 internal error/);
    expect(translate('id', { code: 'cli.exit_codes' })).toMatch(/0 berhasil · 1 .*--fail-on.* · 2 .* · 3 galat internal/);
    expect(translate('en', { code: 'cli.exit_codes.no_fail_on' })).toBe('Exit codes: 0 success · 2 bad usage or bad input · 3 internal error');
    expect(translate('id', { code: 'cli.exit_codes.no_fail_on' })).not.toMatch(/fail-on| 1 /);
  });

  it('the program\'s own --help lists examples of the commands, each one accepted', async () => {
    const r = await rekon(['--help']);
    const examples = r.stdout.split('\n').filter((l) => l.startsWith('  $ '));
    expect(examples.length).toBeGreaterThanOrEqual(COMMANDS.length - 1);
    for (const e of examples) expect(await parsesAsRekon(exampleArgs(e.slice(4))), e).toBe(true);
  });
});
