import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// The shapes the independent probe (bench/probe/) found, through the built binary: names written
// apart or joined, a long BPJS name cut off, a participant registered twice, a NIK two digits off,
// twins, and a roster copy whose NIK Excel mangled. All NIKs are synthetic.
const dir = mkdtempSync(join(tmpdir(), 'rekon-messy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const roster = [
  'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI',
  '1,SITI NUR HAYATI,3671015001900001,10-01-1990,DLHK,2500000',
  '2,HUSEN FEBRIANSYAH SETIAWAN,3273010508930108,05-08-1993,DLHK,2500000',
  '3,BUDI SETYAWAN,3404012909940003,29-09-1994,RSUD,2000000',
  '4,TAUFIK HUSNA,7341010485900035,04-05-1990,RSUD,2000000',
  '5,LESTARI YULIANTI,3401016403700001,24-03-1970,RSUD,1500000',
  '6,HENDRA GUNAWAN,7371040408930156,04-08-1993,SETDA,1500000',
  '7,HENDRA GUNAWAN,7.371040408E+15,04-08-1993,PUSKESMAS,1500000',
].join('\n');
const bpjs = [
  'NO,KPJ,NIK,NAMA,TGL LAHIR,UPAH,STATUS KEPESERTAAN',
  '1,22010000001,3671015001900001,SITI NURHAYATI,10-01-1990,2500000,AKTIF',
  '2,22010000002,3273010508930108,HUSEN FEBRIANSYAH SETI,05-08-1993,2500000,AKTIF',
  '3,22010000003,3404012909940003,BUDI SETYAWAN,29-09-1994,2000000,NON AKTIF',
  '4,22010000004,3404012909940003,BUDI SETYAWAN,29-09-1994,2000000,AKTIF',
  '5,22010000005,7371010405900035,TAUFIK HUSNA,04-05-1990,2000000,AKTIF',
  '6,22010000006,3401016403700002,AISYAH YULIANTI,24-03-1970,1500000,AKTIF',
].join('\n');
const rosterPath = join(dir, 'roster.csv');
const bpjsPath = join(dir, 'bpjs.csv');
writeFileSync(rosterPath, `${roster}\n`);
writeFileSync(bpjsPath, `${bpjs}\n`);

/** workers.csv rows by roster row. */
function rows(csv: string): Map<string, Record<string, string>> {
  const records = parse(csv, { columns: true }) as Record<string, string>[];
  return new Map(records.map((r) => [r.roster_row ?? '', r]));
}

describe('reconcile on messy but real-looking shapes (built binary)', () => {
  const res = runRekon(['reconcile', '--roster', rosterPath, '--bpjs', bpjsPath, '--format', 'csv', '--lang', 'en', '--quiet']);
  const byRow = rows(res.stdout);

  it('runs cleanly', () => {
    expect(res.code).toBe(0);
    expect(byRow.size).toBe(7);
  });

  it('matches names written apart and joined, and a BPJS name cut off', () => {
    expect(byRow.get('2')).toMatchObject({ status: 'registered', bpjs_row: '2' });
    expect(byRow.get('2')?.reasons).toContain('same name written apart on one side and joined on the other (NUR HAYATI / NURHAYATI)');
    expect(byRow.get('3')).toMatchObject({ status: 'registered', bpjs_row: '3' });
    expect(byRow.get('3')?.reasons).toContain('the BPJS name is cut off at the end (SETI of SETIAWAN)');
  });

  it('takes the active one of two registrations of one participant', () => {
    expect(byRow.get('4')).toMatchObject({ status: 'registered', bpjs_row: '5' });
    expect(byRow.get('4')?.reasons).toContain('also registered at BPJS row');
  });

  it('lists the other registration as BPJS-only, tied to the roster row matched to the person', () => {
    const only = runRekon(['reconcile', '--roster', rosterPath, '--bpjs', bpjsPath, '--format', 'csv', '--only', 'bpjs_only', '--lang', 'en', '--quiet']);
    expect(only.code).toBe(0);
    const records = parse(only.stdout, { columns: true }) as Record<string, string>[];
    const second = records.find((r) => r.bpjs_row === '4');
    expect(second).toMatchObject({ status: 'inactive', related: 'other_registration', roster_file: rosterPath, roster_row: '4' });
    // The twin's record is on no roster.
    expect(records.find((r) => r.bpjs_row === '7')).toMatchObject({ related: '', roster_file: '', roster_row: '' });
  });

  it('counts them in the summary: on the terminal and in summary.json', () => {
    const out = join(dir, 'out');
    const text = runRekon(['reconcile', '--roster', rosterPath, '--bpjs', bpjsPath, '--out', out, '--no-xlsx-report', '--lang', 'en', '--quiet']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Of these: another registration of a matched worker, 1 (close one of them); candidates waiting for review, 0');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { totals: Record<string, number> };
    expect(summary.totals).toMatchObject({ bpjs_only: 2, bpjs_only_other_registration: 1, bpjs_only_review_candidate: 0 });
  });

  it('matches a NIK two digits off with an equal name and birth date, flagged nik_differs', () => {
    // The mistyped month also makes the roster NIK invalid.
    expect(byRow.get('5')).toMatchObject({ status: 'registered', bpjs_row: '6', flags: 'nik_invalid nik_differs' });
    expect(byRow.get('5')?.reasons).toContain('NIK differs in 2 digits (positions 3 and 9)');
  });

  it('does not take a twin for the worker', () => {
    expect(byRow.get('6')).toMatchObject({ status: 'unregistered', bpjs_row: '' });
  });

  it('finds the copy whose NIK Excel cut to a few digits', () => {
    expect(byRow.get('8')?.status).toBe('duplicate');
    expect(byRow.get('8')?.reasons).toMatch(/^same person as row .*roster\.csv:7 \(same name and birth date; the NIKs differ by one typo or an Excel cut\)$/);
  });
});
