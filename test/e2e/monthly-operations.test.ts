import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runRekon } from './run-rekon.js';

/**
 * The scripted month-1 → month-2 run of the operations issue: a review decision made in month 1 is
 * carried into month 2, the diff says what changed, and exit codes are as documented.
 */
type Row = Record<string, string>;
const csv = (path: string): Row[] => parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Row[];

let dir: string;
const m1 = (): string => join(dir, '2026-01');
const m2 = (): string => join(dir, '2026-02');
const SRI_NIK = '3279025104870308'; // M08, whose NIK is missing in January and filled in February

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekon-monthly-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('monthly operations, January → February', () => {
  it('January: reconcile, with --fail-on review exiting 1 because a row needs review', () => {
    const r = runRekon(['reconcile', '--roster', fixture('monthly/2026-01/roster'), '--bpjs', fixture('monthly/2026-01/bpjs'), '--out', m1(), '--fail-on', 'review', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const sri = csv(join(m1(), 'workers.csv')).find((w) => w['name'] === 'SRI MULYANI');
    expect(sri?.['status']).toBe('review');
    expect(csv(join(m1(), 'review.csv')).length).toBeGreaterThanOrEqual(2);
  });

  it('January: the officer reviews SRI MULYANI and accepts the right candidate', () => {
    const review = csv(join(m1(), 'review.csv')).filter((r) => r['roster_name'] === 'SRI MULYANI');
    const rightRank = review.findIndex((r) => r['bpjs_key'] === `nik:${SRI_NIK}`);
    expect(rightRank).toBeGreaterThanOrEqual(0);
    // Candidates come best first: reject the wrong ones until the right one, accept it, save.
    const keys = `${'r\n'.repeat(rightRank)}a\nq\n`;
    const r = runRekon(['review', join(m1(), 'review.csv')], { input: keys });
    expect(r.code, r.stderr).toBe(0);
    const decisions = csv(join(m1(), 'decisions.csv'));
    expect(decisions.filter((d) => d['decision'] === 'accept').map((d) => d['bpjs_key'])).toEqual([`nik:${SRI_NIK}`]);
  });

  it('January again with the decisions: the pair is matched by hand and nothing is left to review', () => {
    const again = join(dir, '2026-01-again');
    const r = runRekon(['reconcile', '--roster', fixture('monthly/2026-01/roster'), '--bpjs', fixture('monthly/2026-01/bpjs'), '--decisions', join(m1(), 'decisions.csv'), '--out', again, '--fail-on', 'review', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const sri = csv(join(again, 'workers.csv')).find((w) => w['name'] === 'SRI MULYANI');
    expect(sri?.['status']).toBe('registered');
    expect(sri?.['match_method']).toBe('manual');
    expect(sri?.['bpjs_nik']).toBe(SRI_NIK);
  });

  it('February with January decisions: carried (the person is now known by NIK too), and reported as applying', () => {
    const r = runRekon(['reconcile', '--roster', fixture('monthly/2026-02/roster'), '--bpjs', fixture('monthly/2026-02/bpjs'), '--decisions', join(m1(), 'decisions.csv'), '--out', m2(), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 of 1 apply');
    const json = JSON.parse(r.stdout) as { workers: Row[] };
    const sri = json.workers.find((w) => w['name'] === 'SRI MULYANI');
    expect(sri?.['status']).toBe('registered');
    expect(sri?.['bpjs_nik']).toBe(SRI_NIK);
    expect(existsSync(join(m2(), 'report.xlsx'))).toBe(true);
  });

  it('diff January → February lists who changed', () => {
    const r = runRekon(['diff', m1(), m2(), '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Row[];
    const names = (category: string): string[] => rows.filter((x) => x['category'] === category).map((x) => x['name'] ?? '').sort();
    expect(names('newly_registered')).toEqual(['BAGUS PRAKOSO', 'RIKA AMALIA', 'SRI MULYANI', 'YAYAN SUHERMAN']);
    expect(names('lost_coverage')).toEqual(['LILIS SURYANI']);
    expect(names('new_worker')).toEqual(['KARTIKA SARI', 'YAYAN SUHERMAN']);
    expect(names('worker_gone')).toEqual(['HASAN BASRI']);
    expect(names('problem_fixed')).toEqual(['SRI MULYANI']);
  });

  it('exit codes: 1 for a --fail-on condition, 2 for bad input, 0 otherwise', () => {
    const args = ['reconcile', '--roster', fixture('monthly/2026-02/roster'), '--bpjs', fixture('monthly/2026-02/bpjs'), '--quiet', '--format', 'csv'];
    expect(runRekon([...args, '--fail-on', 'unregistered']).code).toBe(1);
    expect(runRekon([...args, '--fail-on', 'bpjs_only']).code).toBe(1);
    expect(runRekon(args).code).toBe(0);
    expect(runRekon([...args, '--fail-on', 'everything']).code).toBe(2);
    expect(runRekon([...args, '--decisions', fixture('bad/junk.csv')]).code).toBe(2);
  });
});
