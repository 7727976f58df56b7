// The files of one run are replaced together (OutputSet): the --out folder is one report, so a run that
// fails or stops before the end must leave every previous file, not last month's workbook beside this
// month's CSV files (exploratory repro 11).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputSet, writeOutputs } from '../../../src/io/output-set.js';
import { freshDirs } from './fresh-dirs.js';

const freshDir = freshDirs('rekon-output-set-');

const PREVIOUS = { 'workers.csv': 'previous workers\n', 'summary.json': '{"month":"2026-01"}\n', 'report.xlsx': 'previous workbook' };

/** A folder holding last month's reports and a file of the officer's own. */
function previousRun(): string {
  const d = freshDir();
  for (const [f, text] of Object.entries(PREVIOUS)) writeFileSync(join(d, f), text);
  writeFileSync(join(d, 'catatan.txt'), 'milik petugas\n');
  return d;
}

function contents(d: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const f of readdirSync(d).sort()) all[f] = statSync(join(d, f)).isDirectory() ? '<folder>' : readFileSync(join(d, f), 'utf8');
  return all;
}

const PREVIOUS_FOLDER = { ...PREVIOUS, 'catatan.txt': 'milik petugas\n' };

describe('OutputSet', () => {
  it('replaces no file before commit, then every file at once, leaving nothing else behind', async () => {
    const d = previousRun();
    const set = new OutputSet();
    await set.write(join(d, 'workers.csv'), (f) => f.write('new workers\n'));
    await set.write(join(d, 'summary.json'), (f) => f.write('{"month":"2026-02"}\n'));
    await set.write(join(d, 'report.xlsx'), async (f) => {
      f.stream.end('new workbook');
    });
    await set.write(join(d, 'budget.csv'), (f) => f.write('new budget\n'));
    // Every file is complete on disk; none has replaced its previous version yet.
    expect(Object.fromEntries(Object.entries(contents(d)).filter(([f]) => !f.startsWith('.')))).toEqual(PREVIOUS_FOLDER);
    await set.commit();
    expect(contents(d)).toEqual({
      'budget.csv': 'new budget\n',
      'catatan.txt': 'milik petugas\n',
      'report.xlsx': 'new workbook',
      'summary.json': '{"month":"2026-02"}\n',
      'workers.csv': 'new workers\n',
    });
    expect(statSync(join(d, 'workers.csv')).mode & 0o777).toBe(0o600);
  });

  it('a file that fails before commit: every previous file byte-identical, no temp file left', async () => {
    const d = previousRun();
    const failure = new Error('report.xlsx could not be built');
    await expect(
      writeOutputs(async (set) => {
        await set.write(join(d, 'workers.csv'), (f) => f.write('new workers\n'));
        await set.write(join(d, 'summary.json'), (f) => f.write('{"month":"2026-02"}\n'));
        await set.write(join(d, 'budget.csv'), (f) => f.write('a file the previous run did not have\n'));
        await set.write(join(d, 'report.xlsx'), async (f) => {
          f.stream.write('half a work');
        });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(contents(d)).toEqual(PREVIOUS_FOLDER);
  });

  it('a rename that fails midway (a folder where review.csv belongs): the files already renamed are put back', async () => {
    const d = previousRun();
    mkdirSync(join(d, 'review.csv'));
    const set = new OutputSet();
    await set.write(join(d, 'workers.csv'), (f) => f.write('new workers\n'));
    await set.write(join(d, 'budget.csv'), (f) => f.write('a file the previous run did not have\n'));
    await set.write(join(d, 'review.csv'), (f) => f.write('cannot replace a folder\n'));
    await set.write(join(d, 'summary.json'), (f) => f.write('{"month":"2026-02"}\n'));
    const err = (await set.commit().then(
      () => null,
      (e: unknown) => e,
    )) as NodeJS.ErrnoException & { dest?: string };
    expect(err?.code).toMatch(/^(EISDIR|ENOTEMPTY|EEXIST)$/);
    // The error names the output (cli/filesystem-error.ts reports `dest`).
    expect(err.dest).toBe(join(d, 'review.csv'));
    await set.abort();
    // workers.csv had been replaced and is back; budget.csv, new, is gone; summary.json never moved.
    expect(contents(d)).toEqual({ ...PREVIOUS_FOLDER, 'review.csv': '<folder>' });
  });

  it('refuses one file added twice (the two writers would share its temp file)', async () => {
    const d = freshDir();
    const set = new OutputSet();
    await set.write(join(d, 'report.xlsx'), async () => undefined);
    await expect(set.write(join(d, '.', 'report.xlsx'), async () => undefined)).rejects.toThrow(/added twice/);
    await set.abort();
    expect(contents(d)).toEqual({});
  });

  it('commits files of several folders (--out and --xlsx) together', async () => {
    const a = freshDir();
    const b = freshDir();
    await writeOutputs(async (set) => {
      await set.write(join(a, 'workers.csv'), (f) => f.write('A\n'));
      await set.write(join(b, 'laporan.xlsx'), async (f) => {
        f.stream.end('B');
      });
    });
    expect(contents(a)).toEqual({ 'workers.csv': 'A\n' });
    expect(contents(b)).toEqual({ 'laporan.xlsx': 'B' });
  });
});
