import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Exploratory round 4, C05: "paid for, but not listed" counted the dead, the leavers and the PHK on no roster, and
// bpjs_only.csv said only `inactive` for them. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-bpjs-only-status-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const roster = join(dir, 'roster.csv');
const bpjs = join(dir, 'bpjs.csv');
writeFileSync(roster, 'NO,NAMA,NIK,TGL LAHIR,OPD,HONOR\n1,AHMAD SUBARDJO,3201011203850001,12-03-1985,DINAS KESEHATAN,Rp 2.500.000\n');
writeFileSync(
  bpjs,
  [
    'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status',
    '1,26010000001,3201011203850001,AHMAD SUBARDJO,12-03-1985,Rp 2.500.000,AKTIF',
    '2,26010000013,3201015002930013,NENG SITI,10-02-1993,Rp 2.000.000,AKTIF',
    '3,26010000014,3201010505600014,OTONG,05-05-1960,Rp 2.000.000,Meninggal',
    '4,26010000008,3201011010750008,JAJANG NURJAMAN,10-10-1975,Rp 2.000.000,Keluar',
    '5,26010000009,3201012512820009,ASEP HIDAYAT,25-12-1982,Rp 2.000.000,PHK',
  ].join('\n') + '\n',
);

describe('BPJS participants on no roster whose membership is not active', () => {
  const out = join(dir, 'out');
  const id = runRekon(['--lang', 'id', 'reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out]);

  it('are not counted as paid for, but said apart', () => {
    expect(id.code, id.stderr).toBe(0);
    expect(id.stdout).toContain('1 peserta BPJS tidak ada di daftar OPD mana pun (dibayar, tetapi tidak tercatat); 3 lainnya juga tidak ada di daftar, tetapi kepesertaannya nonaktif');
    const en = runRekon(['--lang', 'en', 'reconcile', '--roster', roster, '--bpjs', bpjs]);
    expect(en.stdout).toContain('1 BPJS participant is on no roster (paid for, but not listed); plus 3 more on no roster whose membership is not active');
    const totals = (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { totals: Record<string, number> }).totals;
    expect([totals['bpjs_only'], totals['bpjs_only_inactive']]).toEqual([4, 3]);
  });

  it('keep the export status word in bpjs_only.csv, as its last column', () => {
    const [head, ...rows] = readFileSync(join(out, 'bpjs_only.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const cols = (head as string).split(',');
    expect(cols.at(-1)).toBe('status_raw');
    const pick = (l: string): string[] => {
      const c = l.split(',');
      return [c[cols.indexOf('name')] ?? '', c[cols.indexOf('status')] ?? '', c.at(-1) ?? ''];
    };
    expect(rows.map(pick)).toEqual([
      ['NENG SITI', 'active', 'AKTIF'],
      ['OTONG', 'inactive', 'Meninggal'],
      ['JAJANG NURJAMAN', 'inactive', 'Keluar'],
      ['ASEP HIDAYAT', 'inactive', 'PHK'],
    ]);
  });

  it('keep the headline of the runs that have none unchanged', () => {
    const onlyActive = join(dir, 'active.csv');
    writeFileSync(onlyActive, readFileSync(bpjs, 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
    const r = runRekon(['--lang', 'en', 'reconcile', '--roster', roster, '--bpjs', onlyActive]);
    expect(r.stdout).toContain('1 BPJS participant is on no roster (paid for, but not listed).\n');
  });
});
