import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { translate } from '../../../src/i18n/translate.js';
import { writeOutputs } from '../../../src/io/output-set.js';
import { readDecisionFile, readDecisionTable, writeDecisionFile } from '../../../src/review/decision-file.js';
import { REVIEW_COLUMNS } from '../../../src/review/review-row.js';
import { NIK, pair, short } from './review-rows.js';
import { tempFiles } from './temp-files.js';

const { file, pathOf } = tempFiles('rekon-decisions-');

async function inputError(promise: Promise<unknown>): Promise<{ code: string; text: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InputError) return { code: err.detail.code, text: translate('en', err.detail) };
    throw err;
  }
  throw new Error('expected an InputError');
}

const HEADER = REVIEW_COLUMNS.join(',');

describe('writeDecisionFile / readDecisionFile', () => {
  it('round-trips every column', async () => {
    const rows = [
      pair('adi', 'budi', { decision: 'accept', rank: 1, score: 0.87, note: '=HYPERLINK("x") checked by phone' }),
      pair('citra', 'name:DEWI LESTARI|1992-08-17', { decision: null, rank: 2, score: null }),
    ];
    const path = pathOf('roundtrip.csv');
    await writeOutputs((set) => set.write(path, (f) => writeDecisionFile(f, rows)));
    expect(await readDecisionFile(path)).toEqual(rows);
  });

  it('writes the header in REVIEW_COLUMNS order, UTF-8 with BOM, and neutralizes formulas', async () => {
    const path = pathOf('written.csv');
    await writeOutputs((set) => set.write(path, (f) => writeDecisionFile(f, [pair('adi', 'budi', { decision: 'reject', note: '=1+1' })])));
    const text = await readFile(path, 'utf8');
    expect(text.startsWith(`\uFEFF${HEADER}\n`)).toBe(true);
    expect(text).toContain(`reject,nik:${NIK.adi},nik:${NIK.budi},1,0.8,`);
    expect(text).toContain(",'=1+1\n");
  });

  it('keeps the delimiter it is given', async () => {
    const path = pathOf('semicolon.csv');
    await writeOutputs((set) => set.write(path, (f) => writeDecisionFile(f, [pair('adi', 'budi', { decision: 'accept' })], { delimiter: ';', bom: false, excelSafe: true })));
    const text = await readFile(path, 'utf8');
    expect(text.split('\n')[0]).toBe(REVIEW_COLUMNS.join(';'));
    expect(text).toContain(`"=""${NIK.adi}"""`);
    const table = await readDecisionTable(path);
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]?.roster.nik).toBe(NIK.adi);
  });
});

describe('readDecisionFile: a file re-saved by a spreadsheet', () => {
  it('reads `;`, a BOM, ="…" identifiers, a leading apostrophe and Indonesian decision words', async () => {
    const lines = [
      REVIEW_COLUMNS.join(';'),
      `Terima;nik:${NIK.adi};nik:${NIK.budi};1;0,87;roster.xlsx;Sheet1;12;ADI PERMANA;="${NIK.adi}";1990-01-05;DINAS PENDIDIKAN;bpjs.csv;;40;ADI PERMANA;="${NIK.budi}";1990-01-05;="12345678901";AKTIF;name similar;'=checked`,
      `tidak;nik:${NIK.citra};name:DEWI LESTARI|1992-08-17;2;;roster.xlsx;Sheet1;13;CITRA;="${NIK.citra}";1995-06-05;DINAS KESEHATAN;bpjs.csv;;41;DEWI LESTARI;;1992-08-17;;NON AKTIF;;`,
      ';;;;;;;;;;;;;;;;;;;;;',
      `;nik:${NIK.eko};nik:${NIK.dewi};1;0.7;roster.xlsx;Sheet1;14;EKO;${NIK.eko};;;bpjs.csv;;42;EKO;;;;;;`,
    ];
    const path = await file('excel.csv', `\uFEFF${lines.join('\r\n')}\r\n`);
    const rows = await readDecisionFile(path);
    expect(short(rows)).toEqual(['adi>budi:accept', 'citra>name:DEWI LESTARI|1992-08-17:reject', 'eko>dewi:-']);
    expect(rows[0]).toMatchObject({ score: 0.87, rank: 1, roster: { row: 12, nik: NIK.adi }, bpjs: { nik: NIK.budi, kpj: '12345678901', row: 40 }, note: '=checked' });
    expect(rows[1]).toMatchObject({ score: null, rank: 2 });
  });

  it('reads Windows-1252 text', async () => {
    const csv = `${HEADER}\nya,nik:${NIK.adi},nik:${NIK.budi},1,0.9,r.csv,,2,JOSÉ RAMÓN,,,DINAS,b.csv,,3,JOSE RAMON,,,,,,catatan – sudah dicek\n`;
    const path = await file('cp1252.csv', iconv.encode(csv, 'windows-1252'));
    const [row] = await readDecisionFile(path);
    expect(row).toMatchObject({ decision: 'accept', roster: { name: 'JOSÉ RAMÓN' }, note: 'catatan – sudah dicek' });
  });

  it('finds columns by name: reordered, upper-case, extra and missing display columns are fine', async () => {
    const path = await file('reordered.csv', `Note,BPJS_KEY,extra,ROSTER_KEY,Decision\nok,nik:${NIK.budi},x,nik:${NIK.adi},y\n`);
    const [row] = await readDecisionFile(path);
    expect(row).toMatchObject({ decision: 'accept', rosterKey: `nik:${NIK.adi}`, bpjsKey: `nik:${NIK.budi}`, note: 'ok', rank: null, roster: { name: '' } });
  });

  it('mangled display numbers become blank, not errors', async () => {
    const path = await file('mangled.csv', `decision,roster_key,bpjs_key,rank,score,roster_row\n,nik:${NIK.adi},nik:${NIK.budi},first,high,1.5\n`);
    const [row] = await readDecisionFile(path);
    expect(row).toMatchObject({ rank: null, score: null, roster: { row: null } });
  });
});

describe('readDecisionFile: errors name file, row and value', () => {
  const cases: { description: string; content: string; code: string; contains: string[]; hides?: string }[] = [
    {
      description: 'an unknown decision word lists the allowed words',
      content: `decision,roster_key,bpjs_key\nya,nik:${NIK.adi},nik:${NIK.budi}\nmaybe,nik:${NIK.citra},nik:${NIK.dewi}\n`,
      code: 'review.bad_decision',
      contains: ['row 3', '"maybe"', 'terima', 'tolak', '✓', '✗'],
    },
    {
      description: 'a decided row without bpjs_key',
      content: `decision,roster_key,bpjs_key\naccept,nik:${NIK.adi},\n`,
      code: 'review.missing_key',
      contains: ['row 2', 'bpjs_key'],
    },
    {
      description: 'a key that is not a personKey (Excel turned it into a number) is masked',
      content: `decision,roster_key,bpjs_key\nreject,${NIK.adi},nik:${NIK.budi}\n`,
      code: 'review.bad_key',
      contains: ['row 2', 'roster_key'],
      hides: NIK.adi,
    },
    {
      description: 'an agency-narrowed name key in bpjs_key (BPJS keys are never narrowed)',
      content: `decision,roster_key,bpjs_key\naccept,nik:${NIK.adi},name:SITI AMINAH|1990-05-20|opd:DINSOS\n`,
      code: 'review.bad_key',
      contains: ['row 2', 'bpjs_key'],
    },
    { description: 'missing required columns', content: `roster_key,note\nnik:${NIK.adi},x\n`, code: 'review.missing_columns', contains: ['decision', 'bpjs_key'] },
  ];
  it.each(cases)('$description', async ({ content, code, contains, hides }) => {
    const path = await file('bad.csv', content);
    const err = await inputError(readDecisionFile(path));
    expect(err.code).toBe(code);
    expect(err.text).toContain(path);
    for (const c of contains) expect(err.text).toContain(c);
    if (hides !== undefined) expect(err.text).not.toContain(hides);
  });

  it('a missing file is an InputError', async () => {
    expect((await inputError(readDecisionFile(pathOf('nope.csv')))).code).toBe('io.file_not_found');
  });

  it('reads a roster key narrowed to an agency (two NIK-less namesakes in two agencies), agency names with | or , included', async () => {
    const path = await file(
      'agency.csv',
      `decision,roster_key,bpjs_key\naccept,name:AMINAH SITI|1990-05-20|opd:UPT PANTI,nik:${NIK.budi}\nreject,"name:AMINAH SITI|1990-05-20|opd:DINAS SOSIAL, P3A|X",nik:${NIK.budi}\n`,
    );
    const rows = await readDecisionFile(path);
    expect(rows.map((r) => r.rosterKey)).toEqual(['name:AMINAH SITI|1990-05-20|opd:UPT PANTI', 'name:AMINAH SITI|1990-05-20|opd:DINAS SOSIAL, P3A|X']);
    const bad = await file('agency-empty.csv', `decision,roster_key,bpjs_key\naccept,name:AMINAH SITI|1990-05-20|opd:,nik:${NIK.budi}\n`);
    expect((await inputError(readDecisionFile(bad))).code).toBe('review.bad_key');
  });

  it('undecided rows may lack keys (a person without NIK and birth date)', async () => {
    const path = await file('keyless.csv', `decision,roster_key,bpjs_key\n,,nik:${NIK.budi}\n`);
    expect(short(await readDecisionFile(path))).toEqual(['->budi:-']);
  });
});
