import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Synthetic people only (region 327301, made-up serials). SRI MULYANI has no NIK on the roster and two
// namesakes born the same day in BPJS: one review pair, accepted in review.csv below.
let dir = '';
let decided = '';
const base = ['reconcile', '--roster', 'opd', '--bpjs', 'bpjs'];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekon-decisions-stdin-'));
  mkdirSync(join(dir, 'opd'));
  mkdirSync(join(dir, 'bpjs'));
  writeFileSync(join(dir, 'opd', 'a.csv'), 'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI\n1,SRI MULYANI,,11-04-1987,DISHUB,2000000\n');
  writeFileSync(join(dir, 'bpjs', 'b.csv'), 'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n1,26101000201,3273015104870031,SRI MULYANI,11-04-1987,2000000,AKTIF\n2,26101000219,3273015104870032,SRI MULYANI,11-04-1987,2000000,AKTIF\n');
  expect(runRekon([...base, '--out', 'lap', '-q'], { cwd: dir }).code).toBe(0);
  const review = readFileSync(join(dir, 'lap', 'review.csv'), 'utf8').split('\n');
  review[1] = `terima${review[1] ?? ''}`;
  decided = review.join('\n');
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

// Was "-: file not found" (exploratory test): rosters and BPJS exports take "-" for stdin, --decisions did not.
describe('--decisions - reads the decisions from stdin', () => {
  it('applies them as from a file', () => {
    const r = runRekon([...base, '--decisions', '-', '--format', 'csv'], { cwd: dir, input: decided });
    expect(r.stderr).toContain('rekon: review decisions: 1 of 1 apply');
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((w) => [w['name'], w['status'], w['match_method'], w['kpj']])).toEqual([['SRI MULYANI', 'registered', 'manual', '26101000201']]);
  });

  it('with --out, carries them into the folder\'s decisions.csv for next month', () => {
    expect(runRekon([...base, '--decisions', '-', '--out', 'lap2', '-q'], { cwd: dir, input: decided }).code).toBe(0);
    const carried = parse(readFileSync(join(dir, 'lap2', 'decisions.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(carried.map((d) => d['decision'])).toEqual(['accept']);
  });

  it('stdin already read for a roster or a BPJS export, or "-" given twice: a usage error naming the options, exit 2', () => {
    const both = runRekon(['reconcile', '--roster', '-', '--bpjs', 'bpjs', '--decisions', '-'], { cwd: dir, input: decided });
    expect(both.code).toBe(2);
    expect(both.stderr.trim()).toBe('rekon: error: "-" (stdin) can be used only once; given for --roster, --decisions');
    const twice = runRekon([...base, '--decisions', '-', '--decisions', '-'], { cwd: dir, input: decided });
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe('rekon: error: "-" (stdin) can be used only once; given for --decisions, --decisions');
  });
});
