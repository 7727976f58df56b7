import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Exploratory round 4, C07: exit words (MD, Mengundurkan Diri, Habis Kontrak, Sudah Klaim JHT) were unknown, so those
// workers were `registered` and counted as covered, with a status_invalid problem each. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-exit-statuses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = ['Meninggal Dunia', 'MD', 'Berhenti', 'Mengundurkan Diri', 'Habis Kontrak', 'Sudah Klaim JHT', 'Non Aktif', 'Resign', 'Tidak Aktif Lagi'];
const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.csv');
writeFileSync(roster, ['NO,NAMA,NIK,TGL LAHIR,OPD,HONOR', ...words.map((_, i) => `${i + 1},PEKERJA ${'ABCDEFGHI'[i]},32010101018000${String(i + 1).padStart(2, '0')},01-01-1980,DINAS A,2000000`)].join('\n') + '\n');
writeFileSync(bpjs, ['No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status', ...words.map((w, i) => `${i + 1},2601000000${i + 1},32010101018000${String(i + 1).padStart(2, '0')},PEKERJA ${'ABCDEFGHI'[i]},01-01-1980,2000000,${w}`)].join('\n') + '\n');

describe('BPJS exit status words', () => {
  it('make every worker inactive, with no unknown-status problem', () => {
    const out = join(dir, 'out');
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out, '--format', 'csv', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    const cols = (head as string).split(',');
    expect(rows.map((l) => l.split(',')[cols.indexOf('status')])).toEqual(words.map(() => 'inactive'));
    expect(r.stderr).not.toContain('have no status rekon knows');
  });
});
