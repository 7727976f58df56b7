/**
 * Mutation audit of the reconcile CLI wiring, for what only the built binary shows: a real terminal
 * (through `script`, a pseudo-TTY) with NO_COLOR / --no-color / TERM=dumb, and exit codes of the whole
 * process. The in-process checks live in test/unit/cli/reconcile-wiring-audit.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, PINNED_RUN_DATE, ROOT, fixture, runRekon } from './run-rekon.js';

const work = mkdtempSync(join(tmpdir(), 'rekon-e2e-wiring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const NIK16 = /(?<!\d)\d{16}(?!\d)/;
const ESC = '\x1b[';

/** Runs rekon with stdout on a pseudo-terminal (stderr to a file, to tell the two apart). */
function onTerminal(args: readonly string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const errFile = join(work, `stderr-${Math.random().toString(36).slice(2)}`);
  const cmd = `${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')} 2>${quote(errFile)}`;
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', REKON_LANG: 'en', TERM: 'xterm', ...PINNED_RUN_DATE, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: readFileSync(errFile, 'utf8') };
}

const args = ['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs')];

describe('reconcile on a terminal', () => {
  it('colours the table; NO_COLOR, --no-color and TERM=dumb turn colour off', () => {
    const coloured = onTerminal(args);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain('TOTAL');
    expect(coloured.stdout).toContain(ESC);
    for (const [extra, env] of [[[], { NO_COLOR: '1' }], [['--no-color'], {}], [[], { TERM: 'dumb' }]] as const) {
      const r = onTerminal([...args, ...extra], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('TOTAL');
      expect(r.stdout, JSON.stringify([extra, env])).not.toContain(ESC);
    }
  });

  it('masks NIKs on the terminal unless --show-nik; a pipe gets them whole', () => {
    const csv = [...args, '--format', 'csv', '--only', 'registered'];
    expect(onTerminal(csv).stdout).not.toMatch(NIK16);
    expect(onTerminal([...csv, '--show-nik']).stdout).toMatch(NIK16);
    expect(runRekon(csv).stdout).toMatch(NIK16);
  });
});

describe('exit codes through the binary', () => {
  it('--fail-on: 1 when the condition holds (problems, inactive), 0 without it; data still on stdout', () => {
    for (const condition of ['problems', 'inactive']) {
      const r = runRekon([...args, '--format', 'csv', '--quiet', '--fail-on', condition]);
      expect([r.code, r.stderr], condition).toEqual([1, '']);
      expect(r.stdout.split('\n')[0]).toMatch(/^status,/);
    }
    expect(runRekon([...args, '--format', 'csv', '--quiet']).code).toBe(0);
  });

  it('stdin named on both sides: one usage line, exit 2', () => {
    const r = runRekon(['reconcile', '--roster', '-', '--bpjs', '-'], { input: '' });
    expect([r.code, r.stderr]).toEqual([2, 'rekon: error: "-" (stdin) can be used only once; given for --roster, --bpjs\n']);
  });

  it('a bad --only is refused before reading: one line, exit 2, nothing on stdout', () => {
    const r = runRekon([...args, '--only', 'registered,bpjs_only']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('reading through the reader thread', () => {
  it('the rosters on stdin are read by the main thread while the thread reads the export', () => {
    const roster = 'NAMA,NIK,TGL LAHIR,OPD\nSITI AMINAH,3273014501900001,05-01-1990,DINAS A\n';
    const bpjs = join(work, 'one.csv');
    writeFileSync(bpjs, 'Nama,NIK,Tgl Lahir,Status Kepesertaan\nSITI AMINAH,3273014501900001,05-01-1990,AKTIF\n');
    const r = runRekon(['reconcile', '--roster', '-', '--bpjs', bpjs, '--format', 'csv', '--quiet'], { input: roster });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.trimEnd().split('\n')[1]).toMatch(/^registered,/);
  });

  // The thread reads ahead only as far as the main thread has asked (64 batches of ~1,000): an export
  // longer than that must still be read to its end, not wait forever for credit.
  it('an export of 80,000 participants is read to its end', () => {
    const lines = ['Nama,NIK,Tgl Lahir,Status Kepesertaan'];
    const two = (n: number): string => String(n).padStart(2, '0');
    for (let i = 0; i < 80_000; i++) {
      // Synthetic NIKs whose date part agrees with the birth date: 28 days × 12 months × serials.
      const day = 1 + (i % 28);
      const month = 1 + (Math.floor(i / 28) % 12);
      const serial = String(1 + Math.floor(i / 336)).padStart(4, '0');
      lines.push(`PESERTA ${i},327301${two(day)}${two(month)}90${serial},${two(day)}-${two(month)}-1990,AKTIF`);
    }
    const bpjs = join(work, 'big.csv');
    writeFileSync(bpjs, `${lines.join('\n')}\n`);
    const out = join(work, 'big-out');
    const r = runRekon(['reconcile', '--roster', fixture('roster'), '--bpjs', bpjs, '--out', out, '--no-xlsx-report', '--quiet']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { totals: { bpjs_only: number } };
    // None of them is on the rosters: every one is BPJS-only, none lost.
    expect(summary.totals.bpjs_only).toBe(80_000);
  }, 120_000);
});
