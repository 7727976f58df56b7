import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runRekon } from './run-rekon.js';

// Exploratory test: the BPJS export read twice (a re-download beside it, or the same path given twice) made a
// worker listed on two rosters two registrations (budgeted twice) and tagged 40 BPJS rows "close one of them".
const dir = mkdtempSync(join(tmpdir(), 'rekon-repeated-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BPJS = fixture('bpjs', 'bpjs-export.csv');
const ROSTERS = fixture('roster');

function statuses(csv: string): string[] {
  return (parse(csv, { columns: true }) as Record<string, string>[]).map((r) => `${r['status']}`);
}

describe('reconcile: an input given twice is read once, with a warning naming both', () => {
  const once = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS, '--format', 'csv']);

  it('a re-downloaded copy in the BPJS folder', () => {
    const folder = join(dir, 'bpjs');
    mkdirSync(folder);
    copyFileSync(BPJS, join(folder, 'bpjs-export.csv'));
    copyFileSync(BPJS, join(folder, 'bpjs-export (1).csv'));
    const r = runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', folder, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${join(folder, 'bpjs-export.csv')} and ${join(folder, 'bpjs-export (1).csv')} hold exactly the same bytes`);
    expect(statuses(r.stdout)).toEqual(statuses(once.stdout));
  });

  it('the same export and the same roster given twice', () => {
    const roster = join(ROSTERS, 'kecamatan-utara.csv');
    const r = runRekon(['reconcile', '--roster', ROSTERS, roster, '--bpjs', BPJS, BPJS, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${BPJS} is the same file as ${BPJS}: read once`);
    expect(r.stderr).toContain(`${roster} is the same file as ${roster}: read once`);
    const totals = (JSON.parse(r.stdout) as { summary: { totals: Record<string, number> } }).summary.totals;
    const onceTotals = (JSON.parse(runRekon(['reconcile', '--roster', ROSTERS, '--bpjs', BPJS, '--format', 'json']).stdout) as typeof totals & { summary: { totals: Record<string, number> } }).summary.totals;
    expect(totals).toEqual(onceTotals);
  });
});

describe('budget: a roster given twice is budgeted once', () => {
  it('says so and counts each worker once', () => {
    const roster = join(ROSTERS, 'kecamatan-utara.csv');
    const twice = runRekon(['budget', '--roster', roster, roster, '--format', 'json']);
    const once = runRekon(['budget', '--roster', roster, '--format', 'json']);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toContain(`${roster} is the same file as ${roster}: read once`);
    const lines = (out: string): unknown => (JSON.parse(out) as { lines: unknown }).lines;
    expect(lines(twice.stdout)).toEqual(lines(once.stdout));
  });
});

describe('inspect: a copy in the folder is said', () => {
  it('warns and shows the file once', () => {
    const folder = join(dir, 'inspect');
    mkdirSync(folder);
    copyFileSync(BPJS, join(folder, 'a.csv'));
    copyFileSync(BPJS, join(folder, 'b.csv'));
    const r = runRekon(['inspect', '--side', 'bpjs', folder, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${join(folder, 'b.csv')} and ${join(folder, 'a.csv')} hold exactly the same bytes`);
    expect((JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual([join(folder, 'a.csv')]);
  });
});
