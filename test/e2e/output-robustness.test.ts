// Outputs that are not plain files in plain folders (exploratory repros 02, 03, 06, 09): stdout that fails or
// is closed early, `--xlsx -`, a FIFO or a link as --xlsx or as a file of --out, and --out through a link to a
// share that is not mounted. Only FIFOs, links and files in a temp folder: never a real device.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, PINNED_RUN_DATE, fixture, runRekon } from './run-rekon.js';

const work = mkdtempSync(join(tmpdir(), 'rekon-output-robustness-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ENV = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', REKON_LANG: 'en', ...PINNED_RUN_DATE };
const FIXTURES = ['--roster', fixture('roster'), '--bpjs', fixture('bpjs')];
const ZIP_MAGIC = 'PK\u0003\u0004';

let n = 0;
function freshDir(): string {
  const d = join(work, `d${n++}`);
  mkdirSync(d);
  return d;
}

/** A roster of `rows` workers of whom only every fifth is in the BPJS export: many unregistered rows. */
function largeRun(rows: number): string[] {
  const d = freshDir();
  const roster = ['NO;NAMA;NIK;TGL LAHIR;HONOR;OPD'];
  const bpjs = ['NO,KPJ,NIK,NAMA,TGL LAHIR,STATUS,UPAH'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 1965 + (i % 38);
    const nik = `327301${day}${month}${String(year % 100).padStart(2, '0')}${String((i % 9999) + 1).padStart(4, '0')}`;
    const name = `PEGAWAI ${String(i).padStart(6, '0')} NOMOR${i % 977}`;
    roster.push(`${i + 1};${name};${nik};${day}-${month}-${year};2000000;DINAS ${i % 10}`);
    if (i % 5 === 0) bpjs.push(`${i + 1},${String(26_000_000_000 + i)},${nik},${name},${day}-${month}-${year},AKTIF,2000000`);
  }
  writeFileSync(join(d, 'roster.csv'), `${roster.join('\n')}\n`);
  writeFileSync(join(d, 'bpjs.csv'), `${bpjs.join('\n')}\n`);
  return ['--roster', join(d, 'roster.csv'), '--bpjs', join(d, 'bpjs.csv')];
}

/** Runs rekon with stdout a pipe whose reader takes the first chunk and then closes it (`| head -1`). */
async function readFirstChunkThenClose(args: readonly string[]): Promise<{ code: number | null; stderr: string; got: number }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const closed = once(child, 'close') as Promise<[number | null]>;
  // A run that fails before writing anything ends the wait too (its stderr says why).
  const first = await Promise.race([once(child.stdout, 'data') as Promise<[Buffer]>, closed.then(() => [Buffer.alloc(0)] as [Buffer])]);
  child.stdout.destroy();
  const [code] = await closed;
  return { code, stderr, got: first[0].length };
}

describe('stdout closed early or failing (repros 09, 02)', () => {
  const args = ['reconcile', ...largeRun(4000), '--format', 'csv', '--only', 'unregistered', '--quiet'];

  it('keeps the --fail-on exit code when the reader stops early, and stays quiet', { timeout: 60_000 }, async () => {
    const cut = await readFirstChunkThenClose([...args, '--fail-on', 'unregistered']);
    expect(cut.got).toBeGreaterThan(0);
    expect(cut.stderr).toBe('');
    expect(cut.code).toBe(1);
    const plain = await readFirstChunkThenClose(args);
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
  });

  // Was lost (exploratory test): the run stopped at EPIPE before its last stderr line. The workbook on stdout
  // is written across turns of the event loop, so the EPIPE always arrived before the end of the run.
  it('still says on stderr, once, that a --fail-on condition was met, and the notes of the run', { timeout: 60_000 }, async () => {
    const large = largeRun(4000);
    // The roster twice: a note of the run (said before stdout is written).
    const twice = [...large.slice(0, 2), large[1]!, ...large.slice(2)];
    const met = 'rekon: --fail-on condition met: unregistered (3,200); exit code 1';
    for (const output of [['--xlsx', '-'], ['--format', 'csv']]) {
      const cut = await readFirstChunkThenClose(['reconcile', ...twice, ...output, '--fail-on', 'unregistered']);
      const lines = cut.stderr.split('\n').filter((l) => l !== '');
      expect({ output, code: cut.code, lines: lines.map((l) => l.replace(/^rekon: warning: .* is the same file as .*$/, 'note')) }).toEqual({ output, code: 1, lines: ['note', met] });
    }
    const quiet = await readFirstChunkThenClose(['reconcile', ...large, '--xlsx', '-', '--fail-on', 'unregistered', '--quiet']);
    expect([quiet.code, quiet.stderr]).toEqual([1, '']);
  });

  it('says a stdout it cannot write to in one line, exit 2, no stack trace', () => {
    // A descriptor opened for reading only: every write fails (EBADF), as a full disk fails with ENOSPC.
    const f = join(freshDir(), 'read-only');
    writeFileSync(f, '');
    const fd = openSync(f, 'r');
    try {
      for (const command of [['nik', '3273014501900001'], ['reconcile', ...FIXTURES, '--format', 'json', '--quiet']]) {
        let code = 0;
        let stderr = '';
        try {
          execFileSync(process.execPath, [BIN, ...command], { env: ENV, stdio: ['ignore', fd, 'pipe'] });
        } catch (err) {
          code = (err as { status: number }).status;
          stderr = String((err as { stderr: Buffer }).stderr);
        }
        expect(code).toBe(2);
        expect(stderr).toMatch(/^rekon: error: cannot write to standard output: .*EBADF.*\n$/);
      }
    } finally {
      closeSync(fd);
    }
  });
});

describe('--xlsx that is not a plain file (repro 03)', () => {
  it('--xlsx - writes the workbook to stdout and no file named "-"', () => {
    const d = freshDir();
    const r = runRekon(['reconcile', ...FIXTURES, '--xlsx', '-', '--quiet'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(ZIP_MAGIC)).toBe(true);
    expect(readdirSync(d)).toEqual([]);
  });

  it('--xlsx - with --format csv is a usage error', () => {
    const r = runRekon(['reconcile', ...FIXTURES, '--xlsx', '-', '--format', 'csv', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('both write to standard output');
  });

  it('a FIFO gets the workbook and stays a FIFO', async () => {
    const d = freshDir();
    const fifo = join(d, 'upload');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (b: Buffer) => chunks.push(b));
    const readerDone = once(reader, 'close');
    const rekon = spawn(process.execPath, [BIN, 'reconcile', ...FIXTURES, '--xlsx', fifo, '--quiet'], { env: ENV, stdio: 'ignore' });
    try {
      const [code] = (await once(rekon, 'close')) as [number];
      expect(code).toBe(0);
      await readerDone;
    } finally {
      // A rekon that never opened the FIFO leaves its reader waiting for a writer.
      reader.kill();
    }
    expect(Buffer.concat(chunks).subarray(0, 4).toString('latin1')).toBe(ZIP_MAGIC);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(d)).toEqual(['upload']);
  });

  // Was streamed while the files of --out were still temp files (exploratory test): a later step that failed left
  // the reader with a workbook of a run the folder never got.
  it('a FIFO gets the workbook only after the files of --out are committed, and nothing when they are not', async () => {
    const d = freshDir();
    const fifo = join(d, 'upload');
    const out = join(d, 'laporan');
    execFileSync('mkfifo', [fifo]);
    // The reader lists the --out folder when the first bytes arrive, then reads on to the end.
    const script = `const fs=require('fs');let seen=null,n=0;fs.createReadStream(process.argv[1]).on('data',(b)=>{seen??=fs.readdirSync(process.argv[2]).sort();n+=b.length}).on('end',()=>process.stdout.write(JSON.stringify({seen,n})))`;
    const readFifo = async (run: () => Promise<number>): Promise<{ code: number; read: { seen: string[] | null; n: number } | null }> => {
      const reader = spawn(process.execPath, ['-e', script, fifo, out], { stdio: ['ignore', 'pipe', 'ignore'] });
      let text = '';
      reader.stdout.on('data', (b: Buffer) => (text += b.toString('utf8')));
      const readerDone = once(reader, 'close');
      try {
        const code = await run();
        // A rekon that never opened the FIFO leaves its reader waiting for a writer.
        const opened = await Promise.race([readerDone.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 500))]);
        return { code, read: opened ? (JSON.parse(text) as { seen: string[] | null; n: number }) : null };
      } finally {
        reader.kill();
      }
    };
    const rekon = async (): Promise<number> => {
      const child = spawn(process.execPath, [BIN, 'reconcile', ...FIXTURES, '--out', out, '--xlsx', fifo, '--quiet'], { env: ENV, stdio: 'ignore' });
      return ((await once(child, 'close')) as [number])[0];
    };
    const ok = await readFifo(rekon);
    expect(ok.code).toBe(0);
    expect(ok.read?.seen).toEqual(['bpjs_only.csv', 'budget.csv', 'problems.csv', 'report.xlsx', 'review.csv', 'summary.json', 'workers.csv']);
    expect(ok.read?.n).toBeGreaterThan(1000);
    // summary.json cannot replace a folder: the commit fails after every file was written.
    rmSync(out, { recursive: true });
    mkdirSync(join(out, 'summary.json'), { recursive: true });
    const failed = await readFifo(rekon);
    expect(failed).toEqual({ code: 2, read: null });
    expect(readdirSync(out)).toEqual(['summary.json']);
    // --xlsx - (stdout) was already written after the commit.
    const stdout = runRekon(['reconcile', ...FIXTURES, '--out', out, '--xlsx', '-', '--quiet']);
    expect([stdout.code, stdout.stdout]).toEqual([2, '']);
  });

  it('a link is followed: the shared copy is replaced, the link stays, also for the files of --out', () => {
    const d = freshDir();
    mkdirSync(join(d, 'share'));
    mkdirSync(join(d, 'laporan'));
    writeFileSync(join(d, 'share', 'report.xlsx'), 'last month');
    writeFileSync(join(d, 'share', 'workers.csv'), 'last month');
    symlinkSync('../share/report.xlsx', join(d, 'laporan', 'report.xlsx'));
    symlinkSync('../share/workers.csv', join(d, 'laporan', 'workers.csv'));
    const one = runRekon(['reconcile', ...FIXTURES, '--xlsx', join(d, 'laporan', 'report.xlsx'), '--quiet']);
    expect(one.code).toBe(0);
    expect(readFileSync(join(d, 'share', 'report.xlsx')).subarray(0, 4).toString('latin1')).toBe(ZIP_MAGIC);
    writeFileSync(join(d, 'share', 'report.xlsx'), 'last month');
    const out = runRekon(['reconcile', ...FIXTURES, '--out', join(d, 'laporan'), '--quiet']);
    expect(out.code).toBe(0);
    expect(readlinkSync(join(d, 'laporan', 'report.xlsx'))).toBe('../share/report.xlsx');
    expect(readlinkSync(join(d, 'laporan', 'workers.csv'))).toBe('../share/workers.csv');
    expect(readFileSync(join(d, 'share', 'workers.csv'), 'utf8')).toMatch(/^status,/);
    expect(readFileSync(join(d, 'share', 'report.xlsx')).subarray(0, 4).toString('latin1')).toBe(ZIP_MAGIC);
    expect(readdirSync(join(d, 'share')).sort()).toEqual(['report.xlsx', 'workers.csv']);
  });
  it('links that go round in a loop: one line naming the output, exit 2, not an internal error', () => {
    const d = freshDir();
    symlinkSync('loop2.xlsx', join(d, 'loop1.xlsx'));
    symlinkSync('loop1.xlsx', join(d, 'loop2.xlsx'));
    const r = runRekon(['reconcile', ...FIXTURES, '--xlsx', join(d, 'loop1.xlsx'), '--quiet'], { env: ENV });
    expect([r.code, r.stderr]).toEqual([2, `rekon: error: ${join(d, 'loop1.xlsx')}: symbolic links go round in a loop (too many links)\n`]);
  });
});

describe('--out through a link to a share that is not mounted (repro 06)', () => {
  it('is refused before the run with exit 2, naming where the link points, for reconcile, diff and init', () => {
    const d = freshDir();
    const share = join(d, 'nas-not-mounted', 'laporan');
    symlinkSync(share, join(d, 'laporan'));
    const line = `rekon: error: laporan is a link to ${share}, which does not exist (a network share not mounted?); mount it or choose another place\n`;
    for (const args of [
      ['reconcile', ...FIXTURES, '--out', 'laporan', '--quiet'],
      ['reconcile', ...FIXTURES, '--out', join('laporan', '2026-01'), '--quiet'],
      ['diff', fixture('monthly', '2026-01'), fixture('monthly', '2026-02'), '--out', 'laporan', '--quiet'],
      ['init', '--dir', 'laporan'],
    ]) {
      const r = runRekon(args, { cwd: d });
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 2, stderr: line });
    }
    expect(existsSync(share)).toBe(false);
  });
});

// Hung at full CPU (exploratory test): Node's recursive mkdir retried forever where mkdir says ENOENT although the
// parent exists (/proc). mkdir under /proc fails and creates nothing: nothing is written there.
describe.skipIf(!existsSync('/proc/self'))('--out where no folder can be made (/proc)', () => {
  it('fails before the run in one line naming the folder, exit 2, for reconcile, budget, diff and init', { timeout: 90_000 }, () => {
    const out = '/proc/rekon-e2e-out';
    for (const args of [
      ['reconcile', ...FIXTURES, '--out', join(out, '2026-01')],
      ['budget', '--roster', fixture('roster'), '--out', out],
      ['diff', fixture('monthly', '2026-01'), fixture('monthly', '2026-02'), '--out', out],
      ['init', '--dir', out],
    ]) {
      const r = spawnSync(process.execPath, [BIN, ...args, '--quiet'], { env: ENV, encoding: 'utf8', timeout: 20_000 });
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect({ args, code: r.status, lines: lines.length, named: lines[0]?.startsWith(`rekon: error: ${args.at(-1) ?? ''}: `) }).toEqual({ args, code: 2, lines: 1, named: true });
    }
    expect(existsSync(out)).toBe(false);
  });
});
