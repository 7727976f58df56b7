// Safe writes: a reconcile run killed while it writes its reports leaves the previous run's files or
// the new run's — never half a file, never a folder mixing the two; rekon never writes over its inputs;
// `--out` into a directory of other files replaces only rekon's own.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BPJS_HEADER, ROSTER_HEADER, csvLine, generateWorld } from '../../bench/lib/people.mjs';
import { BIN, PINNED_RUN_DATE, ROOT, fixture } from './run-rekon.js';
import { OUT_FILES } from '../../src/cli/reconcile-output.js';

/** Large enough that writing the reports takes a few hundred milliseconds (a full run takes a few seconds). */
const ROWS = 25_000;
/** rekon's own report files (the CLI's list, so a new report is covered too). */
const REPORTS: readonly string[] = OUT_FILES;
const TMP_MARK = '.rekon-tmp-';
const ENV = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', REKON_LANG: 'en', ...PINNED_RUN_DATE };

let work = '';
let roster = '';
let bpjs = '';
/** Report bytes of the previous complete run, and of a complete run with the new options. */
const previous = new Map<string, Buffer>();
const next = new Map<string, Buffer>();
/** The new run differs from the previous one (masked NIKs), so a mixed or partial file is visible. */
const NEW_OPTIONS = ['--mask-nik'];

function reconcileArgs(out: string, extra: readonly string[] = []): string[] {
  return [BIN, 'reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out, '--quiet', ...extra];
}

function runToEnd(out: string, extra: readonly string[] = []): void {
  const r = spawnSync(process.execPath, reconcileArgs(out, extra), { env: ENV, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`reconcile failed (${String(r.status)}): ${r.stderr}`);
}

function snapshot(dir: string, into: Map<string, Buffer>): void {
  for (const f of REPORTS) into.set(f, readFileSync(join(dir, f)));
}

async function writeWorld(dir: string): Promise<void> {
  const r = createWriteStream(join(dir, 'roster.csv'));
  const b = createWriteStream(join(dir, 'bpjs.csv'));
  r.write(csvLine(ROSTER_HEADER));
  b.write(csvLine(BPJS_HEADER));
  for (const chunk of generateWorld({ rows: ROWS, seed: 7 })) {
    if (!r.write(chunk.roster.map((x) => csvLine(x.fields)).join(''))) await once(r, 'drain');
    if (!b.write(chunk.bpjs.map((x) => csvLine(x.fields)).join(''))) await once(b, 'drain');
  }
  r.end();
  b.end();
  await Promise.all([once(r, 'finish'), once(b, 'finish')]);
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  work = mkdtempSync(join(tmpdir(), 'rekon-interrupt-'));
  await writeWorld(work);
  roster = join(work, 'roster.csv');
  bpjs = join(work, 'bpjs.csv');
  runToEnd(join(work, 'previous'));
  snapshot(join(work, 'previous'), previous);
  runToEnd(join(work, 'next'), NEW_OPTIONS);
  snapshot(join(work, 'next'), next);
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

interface Killed {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The temp file seen when the signal was sent. */
  readonly seen: string;
  readonly stderr: string;
}

/**
 * Starts the new run into `dir` (holding the previous run's reports), waits until a temp file whose
 * name starts with `prefix` appears — the run is then writing — and `delayMs` more, and sends `signal`
 * (possibly after the run ended: then it finished).
 */
async function killWhileWriting(dir: string, prefix: string, signal: NodeJS.Signals, delayMs = 0): Promise<Killed> {
  const child = spawn(process.execPath, reconcileArgs(dir, NEW_OPTIONS), { env: ENV, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let done = false;
  void exited.then(() => (done = true));
  let seen = '';
  const deadline = Date.now() + 60_000;
  while (seen === '' && !done && Date.now() < deadline) {
    seen = readdirSync(dir).find((f) => f.startsWith(prefix) && f.includes(TMP_MARK)) ?? '';
    if (seen === '') await new Promise((res) => setTimeout(res, 1));
  }
  if (seen !== '' && delayMs > 0) await new Promise((res) => setTimeout(res, delayMs));
  if (seen !== '') child.kill(signal);
  else child.kill('SIGKILL');
  const [code, sig] = await exited;
  if (seen === '') throw new Error(`no temp file ${prefix}…${TMP_MARK}… appeared before the run ended (exit ${String(code)}): ${stderr}`);
  return { code, signal: sig, seen, stderr };
}

function freshDirWithPrevious(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [f, bytes] of previous) writeFileSync(join(dir, f), bytes);
  return dir;
}

/** Every report is whole: the previous run's bytes or the new run's, and it parses. */
function expectWholeReports(dir: string): { kept: string[]; replaced: string[] } {
  const kept: string[] = [];
  const replaced: string[] = [];
  for (const f of REPORTS) {
    const path = join(dir, f);
    expect(existsSync(path), `${f} disappeared`).toBe(true);
    const bytes = readFileSync(path);
    const isPrevious = bytes.equals(previous.get(f) ?? Buffer.alloc(0));
    const isNext = bytes.equals(next.get(f) ?? Buffer.alloc(0));
    expect(isPrevious || isNext, `${f} is neither the previous nor the new report (${bytes.length} bytes)`).toBe(true);
    (isPrevious ? kept : replaced).push(f);
    if (f.endsWith('.csv')) {
      const rows = parse(bytes, { bom: true }) as string[][];
      expect(rows.length).toBeGreaterThan(0);
    } else if (f.endsWith('.json')) {
      expect(() => JSON.parse(bytes.toString('utf8')) as unknown).not.toThrow();
    }
  }
  return { kept, replaced };
}

/** Whether the previous and the new run wrote different bytes to this report. */
const differs = (f: string): boolean => !(previous.get(f)?.equals(next.get(f) ?? Buffer.alloc(0)) ?? false);

const tempFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.includes(TMP_MARK));

describe('an interrupted reconcile leaves whole reports', () => {
  it('the previous and the new run differ (so a mixed or cut file would show)', () => {
    for (const f of ['workers.csv', 'bpjs_only.csv', 'summary.json', 'report.xlsx']) expect(previous.get(f)?.equals(next.get(f) ?? Buffer.alloc(0)), f).toBe(false);
  });

  it.each([
    { signal: 'SIGKILL' as const, prefix: '.workers.csv' },
    { signal: 'SIGINT' as const, prefix: '.workers.csv' },
    { signal: 'SIGTERM' as const, prefix: '.workers.csv' },
    { signal: 'SIGINT' as const, prefix: '.report.xlsx' },
  ])('$signal while writing $prefix', async ({ signal, prefix }) => {
    const dir = freshDirWithPrevious(`killed-${signal}-${prefix.slice(1)}`);
    const k = await killWhileWriting(dir, prefix, signal);
    expect(k.seen.startsWith(prefix)).toBe(true);
    // Killed, not finished: by the signal itself (the cleanup handler re-raises it) or exit 130.
    expect(k.signal === signal || k.code === 130, `exit ${String(k.code)} / ${String(k.signal)}: ${k.stderr}`).toBe(true);
    const { replaced } = expectWholeReports(dir);
    // The folder is one report: the CSV files and summary.json, complete before the workbook was
    // started, wait for it and are renamed with it, so none of them is this run's.
    expect(replaced).toEqual([]);
    if (signal === 'SIGKILL') {
      // A killed process cannot clean up; at most its own temp files are left, never a report.
      for (const t of tempFiles(dir)) expect(t).toMatch(/^\.[a-z_]+\.(csv|json|xlsx)\.rekon-tmp-\d+$/);
    } else {
      expect(tempFiles(dir)).toEqual([]);
    }
  }, 60_000);

  it.each([0, 400, 800, 1600])('SIGTERM %i ms into writing the workbook: all files the previous run’s, or all the new run’s', async (delay) => {
    const dir = freshDirWithPrevious(`killed-late-${delay}`);
    const k = await killWhileWriting(dir, '.report.xlsx', 'SIGTERM', delay);
    const { kept, replaced } = expectWholeReports(dir);
    const changed = (names: string[]): string[] => names.filter(differs).sort();
    // Stopped by the signal, or finished first. A signal during the renames waits for them, and one after them
    // (while the summary is printed) stops a run whose files are all written: so no claim on which run's files.
    expect(k.signal === 'SIGTERM' || k.code === 130 || k.code === 0, `exit ${String(k.code)} / ${String(k.signal)}: ${k.stderr}`).toBe(true);
    // Whatever the moment: one run's files, never both.
    expect(changed(kept).length === 0 || changed(replaced).length === 0, `kept ${changed(kept).join(' ')} / replaced ${changed(replaced).join(' ')}`).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  }, 60_000);

  it('a workbook that cannot be written: exit 2 naming report.xlsx, every previous file unchanged, nothing left behind', () => {
    const dir = freshDirWithPrevious('report-is-a-folder');
    rmSync(join(dir, 'report.xlsx'));
    mkdirSync(join(dir, 'report.xlsx'));
    writeFileSync(join(dir, 'catatan.txt'), 'milik petugas\n');
    const r = rekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', dir, '--quiet', ...NEW_OPTIONS]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(join(dir, 'report.xlsx'));
    expect(r.stderr).not.toContain(TMP_MARK);
    for (const f of REPORTS.filter((x) => x !== 'report.xlsx')) expect(readFileSync(join(dir, f)).equals(previous.get(f) ?? Buffer.alloc(0)), `${f} changed`).toBe(true);
    expect(readFileSync(join(dir, 'catatan.txt'), 'utf8')).toBe('milik petugas\n');
    expect(readdirSync(dir).sort()).toEqual([...REPORTS, 'catatan.txt'].sort());
  }, 60_000);

  it('a later complete run replaces the reports and leaves no temp file behind', () => {
    const dir = freshDirWithPrevious('rerun');
    runToEnd(dir, NEW_OPTIONS);
    const { replaced } = expectWholeReports(dir);
    expect(replaced.filter(differs).sort()).toEqual(REPORTS.filter(differs).sort());
    expect(tempFiles(dir)).toEqual([]);
  }, 60_000);
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function rekon(args: readonly string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: ENV, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stderr: r.stderr };
}

describe('--out and --xlsx never touch what is not rekon’s', () => {
  it('--out into a directory with other files replaces only rekon’s own files', () => {
    const dir = join(work, 'shared-out');
    mkdirSync(join(dir, 'arsip'), { recursive: true });
    const others: Record<string, string> = {
      'catatan.txt': 'jangan dihapus\n',
      'workers.csv.bak': 'NO,NAMA\n1,CADANGAN\n',
      'laporan-lama.xlsx': 'not really a workbook',
      [join('arsip', 'workers.csv')]: 'an older report in a subfolder\n',
    };
    for (const [f, text] of Object.entries(others)) writeFileSync(join(dir, f), text);
    const r = rekon(['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs'), '--out', dir, '--quiet', '--no-xlsx-report']);
    expect(r.code, r.stderr).toBe(0);
    for (const [f, text] of Object.entries(others)) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(text);
    // Besides the other files, only rekon's own reports (no report.xlsx: --no-xlsx-report) and no temp file.
    const added = readdirSync(dir).filter((f) => !(f in others) && f !== 'arsip');
    expect(added.sort()).toEqual(OUT_FILES.filter((f) => f !== 'report.xlsx').sort());
  });

  it('--xlsx naming the --out folder’s report.xlsx: the workbook written once, whole', () => {
    const plain = join(work, 'xlsx-plain');
    const both = join(work, 'xlsx-both');
    mkdirSync(both);
    const args = ['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs'), '--quiet'];
    expect(rekon([...args, '--out', plain]).code).toBe(0);
    const r = rekon([...args, '--out', both, '--xlsx', join(both, 'report.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(both, 'report.xlsx')).equals(readFileSync(join(plain, 'report.xlsx')))).toBe(true);
    expect(tempFiles(both)).toEqual([]);
  });

  it('--xlsx pointing at an input file: exit 2, the input unchanged', () => {
    const dir = join(work, 'guard-xlsx');
    cpSync(fixture('roster'), dir, { recursive: true });
    const input = join(dir, 'dinas-sukamaju.xlsx');
    const before = sha256(input);
    const r = rekon(['reconcile', '--roster', dir, '--bpjs', fixture('bpjs'), '--xlsx', input, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('dinas-sukamaju.xlsx');
    expect(sha256(input)).toBe(before);
  });

  it('--out into the folder whose workers.csv is an input: exit 2, nothing written', () => {
    const dir = join(work, 'guard-out');
    mkdirSync(dir);
    const input = join(dir, 'workers.csv');
    cpSync(fixture('roster', 'kecamatan-utara.csv'), input);
    const before = sha256(input);
    const r = rekon(['reconcile', '--roster', input, '--bpjs', fixture('bpjs'), '--out', dir, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('workers.csv');
    expect(sha256(input)).toBe(before);
    expect(readdirSync(dir)).toEqual(['workers.csv']);
  });

  it('--out naming a file, or a path under one: one line before any reading, exit 2, the file unchanged', () => {
    const file = join(work, 'laporan.csv');
    writeFileSync(file, 'not a folder\n');
    for (const out of [file, join(file, '2026-01')]) {
      const r = rekon(['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs'), '--out', out, '--quiet']);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toEqual([`rekon: error: ${file} exists and is not a folder; choose a folder for --out`]);
    }
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });

  it('--xlsx into a folder that does not exist: one line, exit 2, the folder not created', () => {
    const target = join(work, 'no-such-folder', 'report.xlsx');
    const r = rekon(['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs'), '--xlsx', target, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`rekon: error: ${target}: the folder ${join(work, 'no-such-folder')} does not exist; create it first`]);
    expect(existsSync(join(work, 'no-such-folder'))).toBe(false);
  });
});

describe('budget and diff replace their files together', () => {
  /** A folder with the previous files of a command, one of which (`blocked`) a folder now stands in for. */
  function previousFiles(name: string, files: readonly string[], blocked: string): string {
    const dir = join(work, name);
    mkdirSync(dir);
    for (const f of files) writeFileSync(join(dir, f), `previous ${f}\n`);
    rmSync(join(dir, blocked));
    mkdirSync(join(dir, blocked));
    return dir;
  }

  function expectPreviousKept(dir: string, files: readonly string[], blocked: string): void {
    for (const f of files.filter((x) => x !== blocked)) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(`previous ${f}\n`);
    expect(readdirSync(dir).sort()).toEqual([...files].sort());
  }

  it('rekon budget --out: budget.json cannot be written, budget.csv stays the previous one', () => {
    const files = ['budget.csv', 'budget.json'];
    const dir = previousFiles('budget-blocked', files, 'budget.json');
    const r = rekon(['budget', '--roster', fixture('roster'), '--out', dir, '--quiet']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(join(dir, 'budget.json'));
    expectPreviousKept(dir, files, 'budget.json');
  });

  it('rekon diff --out: diff.json cannot be written, diff.csv and diff_budget.csv stay the previous ones', () => {
    const runs = ['2026-01', '2026-02'].map((month) => {
      const out = join(work, `monthly-${month}`);
      const r = rekon(['reconcile', '--roster', fixture('monthly', month, 'roster'), '--bpjs', fixture('monthly', month, 'bpjs'), '--out', out, '--no-xlsx-report', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      return out;
    });
    const files = ['diff.csv', 'diff_budget.csv', 'diff.json'];
    const dir = previousFiles('diff-blocked', files, 'diff.json');
    const r = rekon(['diff', ...runs, '--out', dir, '--quiet']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(join(dir, 'diff.json'));
    expectPreviousKept(dir, files, 'diff.json');
  });
});
