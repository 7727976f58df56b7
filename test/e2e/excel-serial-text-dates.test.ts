import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// A roster saved as CSV from a sheet whose birth-date column was in General format holds Excel date serials as text
// (33437 = 18-07-1991), and a "Tempat, Tgl Lahir" built with =C2&", "&D2 holds "Garut, 32874.0". Workers without a
// NIK are matched by name and birth date, so an unread serial had sent them to review. Synthetic NIKs.
const dir = mkdtempSync(join(tmpdir(), 'rekon-serial-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rosterPath = join(dir, 'roster.csv');
writeFileSync(rosterPath, 'NO;NAMA;NIK;TGL LAHIR;TEMPAT, TGL LAHIR\n1;YULI ASTUTI;;33437;\n2;RINA WATI;;;Garut, 32874.0\n');
const bpjsPath = join(dir, 'bpjs.csv');
writeFileSync(
  bpjsPath,
  'KPJ;NIK;NAMA;TGL LAHIR;STATUS\n26011000002;3273015807910002;YULI ASTUTI;18-07-1991;AKTIF\n26011000003;3205014101900003;RINA WATI;01-01-1990;AKTIF\n',
);

describe('Excel date serials written as text in a CSV roster', () => {
  it('are birth dates: workers without NIK are matched by name and birth date, not sent to review', () => {
    const r = runRekon(['reconcile', '--roster', rosterPath, '--bpjs', bpjsPath, '--format', 'csv', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n');
    const header = (rows[0] as string).split(',');
    const field = (line: string, name: string): string | undefined => line.split(',')[header.indexOf(name)];
    const yuli = rows.find((l) => l.includes('YULI ASTUTI')) as string;
    const rina = rows.find((l) => l.includes('RINA WATI')) as string;
    expect([field(yuli, 'status'), field(yuli, 'birth_date'), field(yuli, 'kpj')]).toEqual(['registered', '1991-07-18', '26011000002']);
    expect([field(rina, 'status'), field(rina, 'birth_date'), field(rina, 'kpj')]).toEqual(['registered', '1990-01-01', '26011000003']);
  });

  it('inspect reports no date problem for them', () => {
    const r = runRekon(['inspect', '--format', 'json', rosterPath]);
    expect(r.code, r.stderr).toBe(0);
    const problems = (JSON.parse(r.stdout) as { files: { sheets: { problems: { kind: string }[] }[] }[] }).files[0]!.sheets[0]!.problems;
    expect(problems.map((p) => p.kind)).toEqual(['nik_missing', 'nik_missing']);
  });
});
