import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Exploratory test: a kecamatan's UTF-8 roster with one worker appended in Notepad (ANSI) was read whole as
// Windows-1252: "ANDRÉ SIHOMBING" became "ANDRÃ‰ SIHOMBING", flagged name_differs, and inspect saw no problem.
const dir = mkdtempSync(join(tmpdir(), 'rekon-mixed-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const roster = join(dir, 'roster.csv');
writeFileSync(
  roster,
  Buffer.concat([
    Buffer.from(
      'NO;NAMA;NIK;TGL LAHIR;HONOR;OPD\r\n' +
        '1;ANDRÉ SIHOMBING;1271012106910035;21/06/1991;2000000;KECAMATAN\r\n' +
        '2;DÉDÉ SURYANA;3201014105900044;01/05/1990;2000000;KECAMATAN\r\n' +
        '3;SUMARNI;3310015508880029;15/08/1988;1750000;KECAMATAN\r\n',
      'utf8',
    ),
    iconv.encode('4;RENÉ MULYANA;3273011010850005;10/10/1985;2000000;KECAMATAN\r\n', 'windows-1252'),
  ]),
);
const bpjs = join(dir, 'bpjs.csv');
writeFileSync(
  bpjs,
  'NO,KPJ,NIK,NAMA,TGL LAHIR,STATUS,UPAH\r\n' +
    '1,26011000276,1271012106910035,ANDRE SIHOMBING,21-06-1991,AKTIF,2000000\r\n' +
    '2,26011000284,3201014105900044,DEDE SURYANA,01-05-1990,AKTIF,2000000\r\n' +
    '3,26011000292,3310015508880029,SUMARNI,15-08-1988,AKTIF,1750000\r\n',
);
const NOTE = 'this file is UTF-8 except 1 line typed in another program (e.g. Notepad): it was read as Windows-1252; check the names on line 5';

describe('a UTF-8 roster with one row typed in Windows-1252', () => {
  it('reconcile keeps every name as typed and warns about that row', () => {
    const r = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((w) => w['name'])).toEqual(['ANDRÉ SIHOMBING', 'DÉDÉ SURYANA', 'SUMARNI', 'RENÉ MULYANA']);
    expect(r.stderr).toContain(`warning: ${roster}: ${NOTE}`);
  });

  it('inspect says it', () => {
    const r = runRekon(['inspect', roster]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('utf-8');
    expect(r.stdout).toContain(NOTE);
  });
});
