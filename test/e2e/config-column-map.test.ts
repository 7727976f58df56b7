import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Synthetic people only (region 327301, made-up serials).
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekon-config-map-'));
  mkdirSync(join(dir, 'opd'));
  mkdirSync(join(dir, 'bpjs'));
  writeFileSync(join(dir, 'opd', 'a.csv'), 'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI\n1,BUDI HARTONO,3273011002880021,10-02-1988,DISHUB,2000000\n');
  writeFileSync(join(dir, 'bpjs', 'b.csv'), 'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n1,26101000201,3273011002880021,BUDI HARTONO,10-02-1988,2000000,AKTIF\n');
  writeFileSync(join(dir, 'rekon.toml'), '[columns.roster]\nwage = "HONOR"\n');
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

// Was "given for --map wage" (exploratory test) although no --map was passed: the header came from rekon.toml.
describe('a [columns.roster] header in rekon.toml that the roster lacks', () => {
  const said = `opd/a.csv: header "HONOR" given in ${join('DIR', 'rekon.toml')} [columns.roster] wage not found`;

  it.each([
    ['budget', ['budget', '--roster', 'opd']],
    ['inspect', ['inspect', 'opd/a.csv']],
    ['reconcile (read in the reader thread)', ['reconcile', '--roster', 'opd', '--bpjs', 'bpjs']],
  ])('%s names the config file and its key, not an option the user did not pass', (_name, args) => {
    const r = runRekon(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said.replace('DIR', dir));
    expect(r.stderr).not.toContain('--map');
  });

  it('in Indonesian too', () => {
    const r = runRekon(['budget', '--roster', 'opd', '--lang', 'id'], { cwd: dir });
    expect(r.stderr).toContain(`judul kolom "HONOR" yang ditetapkan di ${join(dir, 'rekon.toml')} [columns.roster] wage tidak ditemukan`);
  });

  it('a --map given for the same role wins over the file, and its own wrong header is the option\'s', () => {
    expect(runRekon(['budget', '--roster', 'opd', '--map', 'wage=GAJI', '--format', 'csv'], { cwd: dir }).code).toBe(0);
    const r = runRekon(['reconcile', '--roster', 'opd', '--bpjs', 'bpjs', '--roster-map', 'wage=UPAH'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('header "UPAH" given for --roster-map wage not found');
  });
});
