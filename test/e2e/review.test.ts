import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

// Synthetic people only: regions 327301 / 367101 with made-up serials.
const ADI = '3273010501900001';
const BUDI = '3273010501900011';
const EKO = '3273010909910005';
const CITRA = '3671014506950003';
const DEWI = '3671014506950013';

const HEADER =
  'decision,roster_key,bpjs_key,rank,score,roster_file,roster_sheet,roster_row,roster_name,roster_nik,roster_birth_date,roster_agency,bpjs_file,bpjs_sheet,bpjs_row,bpjs_name,bpjs_nik,bpjs_birth_date,bpjs_kpj,bpjs_status,reasons,note';

/** review.csv as `rekon reconcile --out` writes it: one row per review roster row × candidate. */
const REVIEW_CSV = [
  HEADER,
  `,nik:${ADI},nik:${BUDI},1,0.91,roster.xlsx,Sheet1,5,ADI PERMANA,${ADI},1990-01-05,DINAS PENDIDIKAN,bpjs.csv,,12,ADI PERMANA S.PD,${BUDI},1990-01-05,12345678901,AKTIF,NIK differs in 1 digit,`,
  `,nik:${ADI},nik:${EKO},2,0.72,roster.xlsx,Sheet1,5,ADI PERMANA,${ADI},1990-01-05,DINAS PENDIDIKAN,bpjs.csv,,30,ADI PRATAMA,${EKO},1991-09-09,12345678902,AKTIF,name similar,`,
  `,nik:${CITRA},nik:${DEWI},1,0.8,roster.xlsx,Sheet1,6,CITRA LESTARI,${CITRA},1995-06-05,DINAS KESEHATAN,bpjs.csv,,40,CITRA LESTARI,${DEWI},1995-06-05,12345678903,NON AKTIF,NIK differs,`,
  `,name:SRI MULYANI|1991-02-03,name:SRI MULYANI|1991-02-03,1,0.75,roster.xlsx,Sheet1,7,SRI MULYANI,,1991-02-03,DINAS SOSIAL,bpjs.csv,,50,SRI MULYANI,,1991-02-03,12345678904,AKTIF,no NIK on the roster,`,
].join('\n');

let tmp = '';
let dir = '';
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rekon-review-'));
  dir = join(tmp, 'laporan');
  mkdirSync(dir);
  writeFileSync(join(dir, 'review.csv'), `${REVIEW_CSV}\n`);
});
afterEach(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

/** A roster folder and a BPJS folder under the test's temp dir, with these files (synthetic people). */
function writeInputs(rosterFiles: Record<string, string>, bpjsFiles: Record<string, string>): { roster: string; bpjs: string } {
  const roster = join(tmp, 'roster');
  const bpjs = join(tmp, 'bpjs');
  for (const [folder, files] of [
    [roster, rosterFiles],
    [bpjs, bpjsFiles],
  ] as const) {
    mkdirSync(folder);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  }
  return { roster, bpjs };
}

function decisions(path = join(dir, 'decisions.csv'), delimiter = ','): string[] {
  const rows = parse(readFileSync(path), { bom: true, columns: true, delimiter }) as Record<string, string>[];
  return rows.map((r) => `${r['decision']}:${r['roster_key']}>${r['bpjs_key']}`);
}

describe('rekon review', () => {
  it('walks the pairs from a pipe, saves decisions.csv next to review.csv, and a re-run asks only what is left', () => {
    const first = runRekon(['review', join(dir, 'review.csv')], { input: 'a\nr\nq\n' });
    expect(first.stderr).toContain('review: 2 decided (1 accepted, 1 rejected), 1 left undecided; saved to ');
    expect(first.code).toBe(0);
    // ADI's second candidate is not asked once ADI is accepted; SRI is left for later.
    expect(first.stdout).toContain('ADI PERMANA S.PD');
    expect(first.stdout).not.toContain('ADI PRATAMA');
    expect(first.stdout).toContain('CITRA LESTARI');
    // SRI's card is shown, then q saves and quits before answering it.
    expect(first.stdout).toContain('Pair 4/4 · person 3/3');
    expect(first.stdout).not.toContain('Pair 2/4');
    // NIKs are masked on the terminal, never printed in full.
    expect(first.stdout).toContain('3273********0001');
    for (const nik of [ADI, BUDI, EKO, CITRA, DEWI]) expect(first.stdout + first.stderr).not.toContain(nik);
    expect(decisions()).toEqual([`accept:nik:${ADI}>nik:${BUDI}`, `reject:nik:${CITRA}>nik:${DEWI}`]);

    const second = runRekon(['review', join(dir, 'review.csv')], { input: 'a\n' });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Pair 1/1');
    expect(second.stdout).toContain('SRI MULYANI');
    expect(second.stdout).not.toContain('ADI');
    expect(second.stdout).not.toContain('CITRA');
    expect(second.stderr).toContain('review: 1 decided (1 accepted, 0 rejected), 0 left undecided');
    expect(decisions()).toEqual([`accept:nik:${ADI}>nik:${BUDI}`, `reject:nik:${CITRA}>nik:${DEWI}`, 'accept:name:SRI MULYANI|1991-02-03>name:SRI MULYANI|1991-02-03']);

    const third = runRekon(['review', join(dir, 'review.csv')], { input: '' });
    expect(third.code).toBe(0);
    expect(third.stderr).toContain('Nothing to review');
  });

  it('skip, undo and end of input: undo reverts the skip, end of input saves like q', () => {
    const r = runRekon(['review', join(dir, 'review.csv'), '--show-nik'], { input: 's\nu\nx\nr\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(ADI);
    expect(r.stdout).toContain('Press a (accept)');
    expect(decisions()).toEqual([`reject:nik:${ADI}>nik:${BUDI}`]);
  });

  it('--decisions FILE elsewhere; a spreadsheet-edited decisions file (;, BOM, Indonesian words) is honoured and kept', () => {
    const other = join(tmp, 'keputusan.csv');
    writeFileSync(other, `\uFEFF${HEADER.replaceAll(',', ';')}\r\ntolak;nik:${ADI};nik:${BUDI};;;;;;;;;;;;;;;;;;;dicek manual\r\n`);
    const r = runRekon(['review', join(dir, 'review.csv'), '--decisions', other, '--lang', 'id'], { input: 'terima\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ADI PRATAMA');
    expect(r.stderr).toContain('review: 1 diputuskan (1 diterima, 0 ditolak), 2 belum diputuskan');
    expect(decisions(other, ';')).toEqual([`reject:nik:${ADI}>nik:${BUDI}`, `accept:nik:${ADI}>nik:${EKO}`]);
    expect(readFileSync(other, 'utf8').split('\n')[0]).toContain(';roster_key;');
  });

  it('a bad decisions file is an input error (exit 2) naming file, row and value', () => {
    const bad = join(dir, 'decisions.csv');
    writeFileSync(bad, `${HEADER}\nmungkin,nik:${ADI},nik:${BUDI}\n`);
    const r = runRekon(['review', join(dir, 'review.csv')], { input: 'q\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad} row 2`);
    expect(r.stderr).toContain('"mungkin"');
    expect(r.stderr).toContain('terima');
  });

  it('a missing review.csv is an input error', () => {
    const r = runRekon(['review', join(dir, 'nope.csv')], { input: '' });
    expect(r.code).toBe(2);
  });

  it('--help documents the command', () => {
    const r = runRekon(['review', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--decisions');
    expect(r.stdout).toContain('rekon review laporan/review.csv');
  });
});

describe('two NIK-less namesakes born the same day in two agencies (built binary)', () => {
  // Synthetic: one SITI AMINAH in BPJS; two rosters list a SITI AMINAH born that day, neither with a NIK.
  const SITI = '3273014505900041';
  const inputs = (): { roster: string; bpjs: string } =>
    writeInputs(
      {
        'a-panti.csv': 'NAMA LENGKAP,NIK,TGL LAHIR,UNIT KERJA,GAJI\nSITI AMINAH,,20-05-1990,UPT PANTI,2000000\n',
        'b-dinsos.csv': 'NAMA LENGKAP,NIK,TGL LAHIR,UNIT KERJA,GAJI\nRUDI HARTONO,,14-02-1996,DINSOS,2000000\nSITI AMINAH,,20-05-1990,DINSOS,2000000\n',
      },
      { 'export.csv': `NO KPJ,NIK,NAMA TENAGA KERJA,TGL LAHIR,STATUS KEPESERTAAN\n26022000002,${SITI},SITI AMINAH,20-05-1990,AKTIF\n` },
    );
  const sitiRows = (csv: string): string[] =>
    (parse(csv, { bom: true, columns: true }) as Record<string, string>[]).filter((r) => r['name'] === 'SITI AMINAH').map((r) => `${r['roster_file']}:${r['status']}`);

  it('review.csv keys each by its agency, and accepting one leaves the other unregistered, not its duplicate', () => {
    const { roster, bpjs } = inputs();
    const out = join(tmp, 'out');
    const first = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', out, '--quiet']);
    expect(first.code).toBe(0);
    const review = parse(readFileSync(join(out, 'review.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(review.map((r) => r['roster_key'])).toEqual(['name:AMINAH SITI|1990-05-20|opd:UPT PANTI', 'name:AMINAH SITI|1990-05-20|opd:DINSOS']);

    const walk = runRekon(['review', join(out, 'review.csv'), '--lang', 'en'], { input: 'a\n' });
    expect(walk.code).toBe(0);
    expect(decisions(join(out, 'decisions.csv'))).toEqual([`accept:name:AMINAH SITI|1990-05-20|opd:UPT PANTI>nik:${SITI}`]);

    const again = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', join(out, 'decisions.csv'), '--format', 'csv', '--quiet', '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(sitiRows(again.stdout).sort()).toEqual([`${join(roster, 'a-panti.csv')}:registered`, `${join(roster, 'b-dinsos.csv')}:unregistered`]);
    expect(again.stdout).toContain('the best candidate was matched to row');
  });

  it('an accept on one line and a reject on the other apply both (they were one key before)', () => {
    const { roster, bpjs } = inputs();
    const file = join(tmp, 'filled.csv');
    writeFileSync(
      file,
      `decision,roster_key,bpjs_key\naccept,name:AMINAH SITI|1990-05-20|opd:UPT PANTI,nik:${SITI}\nreject,name:AMINAH SITI|1990-05-20|opd:DINSOS,nik:${SITI}\n`,
    );
    const run = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', file, '--format', 'csv', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('review decisions: 2 of 2 apply');
    expect(sitiRows(run.stdout).sort()).toEqual([`${join(roster, 'a-panti.csv')}:registered`, `${join(roster, 'b-dinsos.csv')}:unregistered`]);
  });
});

describe('decisions hold for every later month (README "Monthly operations", built binary)', () => {
  // Synthetic: three workers without a NIK, each with two namesakes born the same day in BPJS: all reviewed.
  const inputs = (): { roster: string; bpjs: string } =>
    writeInputs(
      { 'a.csv': 'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI\n1,SRI MULYANI,,11-04-1987,DISHUB,2000000\n2,EUIS SUKMAWATI,,02-02-1991,DISHUB,2000000\n3,NENG KURNIA,,03-03-1992,DISHUB,2000000\n' },
      {
        'b.csv':
          'No,KPJ,NIK,Nama,Tgl Lahir,Upah,Status\n1,26101000201,3273015104870031,SRI MULYANI,11-04-1987,2000000,AKTIF\n2,26101000219,3273015104870032,SRI MULYANI,11-04-1987,2000000,AKTIF\n' +
          '3,26101000300,3273014202910051,EUIS SUKMAWATI,02-02-1991,2000000,AKTIF\n4,26101000318,3273014202910052,EUIS SUKMAWATI,02-02-1991,2000000,AKTIF\n' +
          '5,26101000326,3273014303920061,NENG KURNIA,03-03-1992,2000000,AKTIF\n6,26101000334,3273014303920062,NENG KURNIA,03-03-1992,2000000,AKTIF\n',
      },
    );
  const statuses = (file: string): string[] => (parse(readFileSync(file), { bom: true, columns: true }) as Record<string, string>[]).map((r) => `${r['name']}:${r['status']}`);

  it("month C with month B's decisions.csv still has month A's decision; --decisions may be given twice", () => {
    const { roster, bpjs } = inputs();
    const [a, b, c] = ['A', 'B', 'C'].map((m) => join(tmp, m));
    expect(runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--out', a!, '--quiet']).code).toBe(0);
    expect(runRekon(['review', join(a!, 'review.csv')], { input: 'a\nq\n' }).code).toBe(0);
    expect(runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', join(a!, 'decisions.csv'), '--out', b!, '--quiet']).code).toBe(0);
    // The B folder starts with A's decision, and `rekon review` adds B's own to it.
    expect(decisions(join(b!, 'decisions.csv'))).toEqual(['accept:name:MULYANI SRI|1987-04-11>nik:3273015104870031']);
    expect(runRekon(['review', join(b!, 'review.csv')], { input: 'a\nq\n' }).code).toBe(0);
    expect(decisions(join(b!, 'decisions.csv'))).toEqual(['accept:name:MULYANI SRI|1987-04-11>nik:3273015104870031', 'accept:name:EUIS SUKMAWATI|1991-02-02>nik:3273014202910051']);
    const month = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', join(b!, 'decisions.csv'), '--out', c!, '--lang', 'en']);
    expect(month.code).toBe(0);
    expect(month.stdout + month.stderr).toContain('review decisions: 2 of 2 apply');
    expect(statuses(join(c!, 'workers.csv'))).toEqual(['SRI MULYANI:registered', 'EUIS SUKMAWATI:registered', 'NENG KURNIA:review']);
    // Both files named: both apply (they were one file's worth before: only the last was read).
    const both = runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', join(a!, 'decisions.csv'), '--decisions', join(b!, 'decisions.csv'), '--format', 'csv', '--lang', 'en']);
    expect(both.stderr).toContain('review decisions: 2 of 2 apply');
    // A re-run of month B with month A's file keeps B's own answers (they come after the carried ones and win).
    expect(runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', join(a!, 'decisions.csv'), '--out', b!, '--quiet']).code).toBe(0);
    expect(decisions(join(b!, 'decisions.csv'))).toEqual(['accept:name:MULYANI SRI|1987-04-11>nik:3273015104870031', 'accept:name:EUIS SUKMAWATI|1991-02-02>nik:3273014202910051']);
    // OUT/decisions.csv given as --decisions for that same OUT: read, not rewritten.
    const before = readFileSync(join(b!, 'decisions.csv'));
    expect(runRekon(['reconcile', '--roster', roster, '--bpjs', bpjs, '--decisions', join(b!, 'decisions.csv'), '--out', b!, '--quiet']).code).toBe(0);
    expect(readFileSync(join(b!, 'decisions.csv')).equals(before)).toBe(true);
  });
});
