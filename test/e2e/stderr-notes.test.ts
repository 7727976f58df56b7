import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Synthetic people only (region 327301, made-up serials). SRI MULYANI has no NIK on the roster and two
// namesakes born the same day in BPJS: one review pair, decided in review.csv below.
let dir = '';
const base = ['reconcile', '--roster', 'opd', '--bpjs', 'bpjs'];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekon-stderr-notes-'));
  mkdirSync(join(dir, 'opd'));
  mkdirSync(join(dir, 'bpjs'));
  writeFileSync(join(dir, 'opd', 'a.csv'), 'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI\n1,SRI MULYANI,,11-04-1987,DISHUB,2000000\n2,BUDI HARTONO,3273011002880021,10-02-1988,DISHUB,\n3,BUDI HARTONO,3273011002880021,10-02-1988,DISHUB,2000000\n4,ANI SURYANI,3273015505900041,15-05-1990,DISHUB,\n');
  writeFileSync(join(dir, 'bpjs', 'b.csv'), 'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n1,26101000201,3273015104870031,SRI MULYANI,11-04-1987,2000000,AKTIF\n2,26101000219,3273015104870032,SRI MULYANI,11-04-1987,2000000,AKTIF\n');
  expect(runRekon([...base, '--out', 'lap', '-q'], { cwd: dir }).code).toBe(0);
  const review = readFileSync(join(dir, 'lap', 'review.csv'), 'utf8').split('\n');
  review[1] = `terima${review[1] ?? ''}`;
  writeFileSync(join(dir, 'lap', 'review.csv'), review.join('\n'));
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const lines = (stderr: string, text: string): string[] => stderr.split('\n').filter((l) => l.includes(text));

// Was "rekon: warning: review decisions: 1 of 1 apply" (exploratory test): a count of what applied is no warning.
describe('stderr notes with --format csv: information is not called a warning, warnings still are', () => {
  it('reconcile: how many review decisions apply is information', () => {
    const r = runRekon([...base, '--decisions', 'lap/review.csv', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lines(r.stderr, 'review decisions')).toEqual(['rekon: review decisions: 1 of 1 apply']);
    const id = runRekon([...base, '--decisions', 'lap/review.csv', '--format', 'csv', '--lang', 'id'], { cwd: dir });
    expect(lines(id.stderr, 'keputusan verifikasi')).toEqual(['rekon: keputusan verifikasi: 1 dari 1 berlaku']);
  });

  // BUDI's kept row (3) has no wage and takes its copy's (row 4): a warning, since the roster should say it on
  // row 3; ANI (row 5) has no wage anywhere and is not budgeted.
  it('budget: a duplicate row left out is information; a row without a wage, not budgeted, is a warning', () => {
    const r = runRekon(['budget', '--roster', 'opd', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      'rekon: 1 duplicate row is not budgeted twice.',
      'rekon: warning: 1 row without a wage is not budgeted; see the list, or set a default wage.',
      'rekon: warning: opd/a.csv:3 has no wage: it is budgeted on the wage of its copy opd/a.csv:4, Rp 2,000,000 (the same person).',
      'rekon: opd/a.csv:4 is not budgeted: the same person as row opd/a.csv:3.',
      'rekon: warning: Not budgeted (no wage): opd/a.csv:5',
    ]);
  });
});
