// Why this file exists: src/report/inspect-report.ts writes `rekon inspect` — the answer to "did rekon
// read my file right?" — as text and as the JSON shape the README promises. It was only checked
// end to end; these pin, in Indonesian and English, a sheet with a table (header row, column mapping,
// skipped rows, notes, problems aligned by row), a sheet without a table, a sheet left out by
// --sheet/--skip-sheet (`leftOutBy`), a CSV with its encoding and delimiter, and the JSON keys.
// The text says skip reasons and problem kinds in the user's language (every SKIP_REASONS value and
// every problem kind must have a text in both); the JSON keeps the machine values.
// No NIK appears in these inputs; the problem details are synthetic.
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { msg, type Lang } from '../../../src/i18n/message.js';
import { hasMessage, label, translate } from '../../../src/i18n/translate.js';
import { PROBLEM_KINDS, type ProblemKind } from '../../../src/normalize/problem-kind.js';
import { inspectJson, renderInspect } from '../../../src/report/inspect-report.js';
import type { InspectFile, InspectProblem, InspectSheet } from '../../../src/report/model/inspect-model.js';
import { SKIP_REASON_CODES } from '../../../src/report/report-messages.js';
import { PROBLEM_TITLE_CODES } from '../../../src/report/xlsx-messages.js';
import { SKIP_REASONS, type SkipReason } from '../../../src/table/table-layout.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

function sheet(over: Partial<InspectSheet> & { name: string }): InspectSheet {
  return {
    headerRow: 1,
    columns: {},
    rows: 0,
    problems: [],
    skipped: [],
    skippedBeyond: 0,
    skippedCounts: {},
    notes: [],
    noTable: null,
    leftOutBy: null,
    encoding: null,
    delimiter: null,
    ...over,
  };
}

const HONORER = sheet({
  name: 'Honorer',
  headerRow: 4,
  columns: { nik: 'NO KTP', name: 'NAMA', birth_date: 'TGL LAHIR' },
  rows: 1234,
  problems: [
    { row: 7, kind: 'nik_invalid', column: 'nik', detail: msg('nik.wrong_length', { length: 11 }) },
    { row: 1203, kind: 'date_invalid', column: 'birth_date', detail: msg('date.unrecognized', { text: 'besok' }) },
  ],
  skipped: [
    { row: 1, reason: 'title', text: 'DAFTAR HONORER' },
    { row: 5, reason: 'numbering', text: '1 | 2 | 3' },
    { row: 1240, reason: 'signature_block', text: 'Kepala Dinas' },
  ],
  skippedCounts: { title: 1, numbering: 1, signature_block: 1 },
  notes: [msg('table.status_is_employment', { header: 'STATUS', example: 'PPPK' })],
});
const REKAP = sheet({ name: 'Rekap', headerRow: null, noTable: msg('table.no_header', { where: 'dinas-kesehatan.xlsx [Rekap]', rows: 30, headers: 'JUMLAH', flag: '--map' }) });
const LEFT_OUT = sheet({ name: '2025', headerRow: null, noTable: msg('io.sheet_left_out', { by: '--skip-sheet' }), leftOutBy: '--skip-sheet' });
const CSV = sheet({ name: '', headerRow: 1, columns: { nik: 'NIK', name: 'NAMA PESERTA' }, rows: 2, encoding: 'windows-1252', delimiter: '\t' });

const FILES: InspectFile[] = [
  { file: 'dinas-kesehatan.xlsx', sheets: [HONORER, REKAP, LEFT_OUT] },
  { file: 'bpjs.csv', sheets: [CSV] },
];

describe('renderInspect', () => {
  it('Indonesian, exactly', () => {
    expect(renderInspect('id', FILES, plain)).toBe(
      [
        'dinas-kesehatan.xlsx',
        '  [Honorer] judul kolom di baris 4 · 1.234 baris pekerja · dilewati: 1 baris judul, 1 baris penomoran kolom, 1 baris bagian tanda tangan',
        '    kolom: NIK ← "NO KTP" · nama (name) ← "NAMA" · tanggal lahir (birth_date) ← "TGL LAHIR"',
        '    kolom "STATUS" berisi status kepegawaian (mis. "PPPK"), bukan status kepesertaan BPJS; diabaikan (bila berkas ini ekspor BPJS: --side bpjs pada inspect, --bpjs pada reconcile)',
        '    2 masalah data:',
        '         7  nik_invalid   NIK tidak sah: NIK harus 16 digit, yang tertulis 11 digit',
        '      1203  date_invalid  Tanggal tidak sah: "besok" bukan tanggal yang dikenali (contoh: 12-03-1990, 12/03/1990, 12 Maret 1990, 1990-03-12)',
        '  [Rekap] tidak ada tabel, dilewati: dinas-kesehatan.xlsx [Rekap]: tidak ditemukan baris judul kolom (NAMA bersama NIK atau TGL LAHIR) di 30 baris pertama. Kolom yang terlihat: JUMLAH. Tunjukkan dengan --map, mis. --map name="NAMA" --map nik="NO KTP".',
        '  [2025] tidak dibaca (--skip-sheet)',
        '',
        'bpjs.csv',
        '  judul kolom di baris 1 · 2 baris pekerja · windows-1252, "\\t"',
        '    kolom: NIK ← "NIK" · nama (name) ← "NAMA PESERTA"',
        '    tidak ada masalah data',
        '',
      ].join('\n'),
    );
  });

  it('English, exactly', () => {
    expect(renderInspect('en', FILES, plain)).toBe(
      [
        'dinas-kesehatan.xlsx',
        '  [Honorer] header at row 4 · 1,234 worker rows · skipped: 1 title row, 1 column-numbering row, 1 signature-block row',
        '    columns: nik ← "NO KTP" · name ← "NAMA" · birth_date ← "TGL LAHIR"',
        '    column "STATUS" holds employment status (e.g. "PPPK"), not BPJS membership status; ignored (if this file is a BPJS export: --side bpjs in inspect, --bpjs in reconcile)',
        '    2 data problems:',
        '         7  nik_invalid   Invalid NIK: a NIK has 16 digits, this one has 11',
        '      1203  date_invalid  Invalid date: "besok" is not a recognised date (e.g. 12-03-1990, 12/03/1990, 12 Maret 1990, 1990-03-12)',
        '  [Rekap] no table, skipped: dinas-kesehatan.xlsx [Rekap]: no header row (NAMA together with NIK or TGL LAHIR) in the first 30 rows. Cells seen: JUMLAH. Point to the columns with --map, e.g. --map name="NAMA" --map nik="NO KTP".',
        '  [2025] not read (--skip-sheet)',
        '',
        'bpjs.csv',
        '  header at row 1 · 2 worker rows · windows-1252, "\\t"',
        '    columns: nik ← "NIK" · name ← "NAMA PESERTA"',
        '    no data problems',
        '',
      ].join('\n'),
    );
  });

  it('a sheet left out by --sheet says so in one line, not as "no table"', () => {
    const bySheet = sheet({ name: 'Lama', headerRow: null, noTable: msg('io.sheet_left_out', { by: '--sheet' }), leftOutBy: '--sheet' });
    for (const [lang, expected] of [
      ['id', '  [Lama] tidak dibaca (--sheet)'],
      ['en', '  [Lama] not read (--sheet)'],
    ] as const) {
      const text = renderInspect(lang, [{ file: 'honorer.xlsx', sheets: [bySheet] }], plain);
      expect(text).toBe(`honorer.xlsx\n${expected}\n`);
      expect(text).not.toMatch(/tidak ada tabel|no table/);
    }
  });

  it('a CSV without a table has no sheet name in brackets', () => {
    const noTable = sheet({ name: '', headerRow: null, noTable: msg('io.empty_file', { file: 'kosong.csv' }) });
    expect(renderInspect('en', [{ file: 'kosong.csv', sheets: [noTable] }], plain)).toBe('kosong.csv\n  no table, skipped: kosong.csv: the file is empty\n');
    expect(renderInspect('id', [{ file: 'kosong.csv', sheets: [noTable] }], plain)).toBe('kosong.csv\n  tidak ada tabel, dilewati: kosong.csv: berkas kosong\n');
  });

  it('a ";" delimiter is shown as it is; no skipped rows, no "skipped" part', () => {
    const text = renderInspect('en', [{ file: 'opd.csv', sheets: [sheet({ name: '', rows: 0, encoding: 'utf-8', delimiter: ';' })] }], plain);
    expect(text.split('\n')[1]).toBe('  header at row 1 · 0 worker rows · utf-8, ";"');
  });

  it('an unknown header row is shown as "?"', () => {
    const text = renderInspect('en', [{ file: 'x.xlsx', sheets: [sheet({ name: 'S', headerRow: null, rows: 3 })] }], plain);
    expect(text.split('\n')[1]).toBe('  [S] header at row ? · 3 worker rows');
  });

  it('counts of skipped rows and problems use the language’s thousands separator', () => {
    const problems: InspectProblem[] = Array.from({ length: 1000 }, (_, i) => ({ row: i + 2, kind: 'nik_missing', column: 'nik', detail: msg('record.nik_missing') }));
    const big = sheet({ name: 'S', rows: 25_000, problems, skippedCounts: { blank: 12_345 } });
    const id = renderInspect('id', [{ file: 'x.xlsx', sheets: [big] }], plain).split('\n');
    const en = renderInspect('en', [{ file: 'x.xlsx', sheets: [big] }], plain).split('\n');
    expect(id[1]).toBe('  [S] judul kolom di baris 1 · 25.000 baris pekerja · dilewati: 12.345 baris kosong');
    expect(en[1]).toBe('  [S] header at row 1 · 25,000 worker rows · skipped: 12,345 blank rows');
    expect(id[3]).toBe('    1.000 masalah data:');
    expect(en[3]).toBe('    1,000 data problems:');
    // Row numbers are right-aligned to the widest (1001), at least 3 wide.
    expect(en[4]).toBe('         2  nik_missing  NIK missing: the NIK is empty');
    expect(en.at(-2)).toBe('      1001  nik_missing  NIK missing: the NIK is empty');
    expect(id[4]).toBe('         2  nik_missing  NIK kosong');
  });

  it('colour changes nothing but the escapes (bold file, yellow kinds, green "no problems", dim notes)', () => {
    const coloured = renderInspect('en', FILES, colour);
    expect(stripVTControlCharacters(coloured)).toBe(renderInspect('en', FILES, plain));
    expect(coloured).toContain(colour.bold('dinas-kesehatan.xlsx'));
    expect(coloured).toContain(colour.yellow('nik_invalid '));
    expect(coloured).toContain(colour.green('no data problems'));
    expect(coloured).toContain(colour.dim('not read (--skip-sheet)'));
    expect(coloured).toContain(colour.yellow('no table, skipped'));
  });

  it('no files: empty text', () => {
    expect(renderInspect('en', [], plain)).toBe('');
  });

  it('property: problem lines are aligned (row right-aligned, kind padded, then title: detail) and keep the input order', () => {
    const problemArb = fc.record({ row: fc.integer({ min: 1, max: 9_999_999 }), kind: fc.constantFrom<ProblemKind>(...PROBLEM_KINDS) });
    fc.assert(
      fc.property(fc.array(problemArb, { minLength: 1, maxLength: 30 }), fc.constantFrom<Lang>('id', 'en'), (given, lang) => {
        const problems = given.map((p) => ({ ...p, column: null, detail: msg('nik.wrong_length', { length: 11 }) }));
        const lines = renderInspect(lang, [{ file: 'x.csv', sheets: [sheet({ name: '', problems })] }], plain).split('\n');
        const problemLines = lines.slice(4, 4 + given.length);
        const detail = lang === 'id' ? 'NIK harus 16 digit, yang tertulis 11 digit' : 'a NIK has 16 digits, this one has 11';
        const rowWidth = Math.max(3, ...given.map((p) => String(p.row).length));
        const kindWidth = Math.max(...given.map((p) => p.kind.length));
        problemLines.forEach((l, i) => {
          const p = given[i];
          if (p === undefined) throw new Error('line without a problem');
          const t = title(lang, p.kind);
          expect(l).toBe(`      ${String(p.row).padStart(rowWidth)}  ${p.kind.padEnd(kindWidth)}  ${t}: ${detail}`);
          expect(l.indexOf(`${t}: `)).toBe(6 + rowWidth + 2 + kindWidth + 2);
        });
        expect(lines[4 + given.length]).toBe('');
      }),
    );
  });
});

/** The workbook's Data Problems title of a kind: the terminal shows the same text (one catalog entry). */
const title = (lang: Lang, kind: ProblemKind): string => label(lang, PROBLEM_TITLE_CODES[kind]);

/** Every skip reason as the text says it, for a count of 1 and of more (English has a singular, Indonesian not). */
const SKIPPED_TEXTS: Record<SkipReason, { id: string; en_one: string; en: string }> = {
  title: { id: 'baris judul', en_one: 'title row', en: 'title rows' },
  header: { id: 'baris judul kolom', en_one: 'header row', en: 'header rows' },
  sub_header: { id: 'baris sub-judul kolom', en_one: 'sub-header row', en: 'sub-header rows' },
  numbering: { id: 'baris penomoran kolom', en_one: 'column-numbering row', en: 'column-numbering rows' },
  blank: { id: 'baris kosong', en_one: 'blank row', en: 'blank rows' },
  repeated_header: { id: 'baris judul kolom berulang', en_one: 'repeated header row', en: 'repeated header rows' },
  total: { id: 'baris jumlah', en_one: 'total row', en: 'total rows' },
  signature_block: { id: 'baris bagian tanda tangan', en_one: 'signature-block row', en: 'signature-block rows' },
  no_identity: { id: 'baris tanpa nama dan NIK', en_one: 'row without a name or NIK', en: 'rows without a name or NIK' },
  section: { id: 'baris judul bagian (bidang, UPT …)', en_one: 'section heading row (unit, UPT …)', en: 'section heading rows (unit, UPT …)' },
};

/** The "skipped: …" part of a sheet line, for the given counts. */
function skippedPart(lang: Lang, counts: Record<string, number>): string {
  const line = renderInspect(lang, [{ file: 'x.xlsx', sheets: [sheet({ name: 'S', skippedCounts: counts })] }], plain).split('\n')[1] ?? '';
  const marker = lang === 'id' ? ' · dilewati: ' : ' · skipped: ';
  expect(line).toContain(marker);
  return line.slice(line.indexOf(marker) + marker.length);
}

describe('renderInspect: skip reasons in words', () => {
  it.each([...SKIP_REASONS])('%s has a text in both languages, with an English singular', (reason) => {
    expect(Object.hasOwn(SKIP_REASON_CODES, reason)).toBe(true);
    const code = SKIP_REASON_CODES[reason];
    expect(hasMessage(code)).toBe(true);
    const one = { id: skippedPart('id', { [reason]: 1 }), en: skippedPart('en', { [reason]: 1 }) };
    const many = { id: skippedPart('id', { [reason]: 1234 }), en: skippedPart('en', { [reason]: 1234 }) };
    // Never the machine value (the fallback "1 blank"), never an unfilled placeholder, never the same text in both languages.
    for (const [text, n] of [[one.id, '1'], [one.en, '1'], [many.id, '1.234'], [many.en, '1,234']] as const) {
      expect(text).not.toBe(`${n} ${reason}`);
      expect(text).not.toMatch(/[{}_]/);
    }
    expect(one.id).not.toBe(one.en);
    expect(one.id.slice(2)).toBe(many.id.slice('1.234 '.length));
    expect(one.en.slice(2)).not.toBe(many.en.slice('1,234 '.length));
    expect({ id: one.id, en_one: one.en, en: many.en }).toEqual({
      id: `1 ${SKIPPED_TEXTS[reason].id}`,
      en_one: `1 ${SKIPPED_TEXTS[reason].en_one}`,
      en: `1,234 ${SKIPPED_TEXTS[reason].en}`,
    });
    expect(many.id).toBe(`1.234 ${SKIPPED_TEXTS[reason].id}`);
  });

  it('the wording table covers exactly the skip reasons', () => {
    expect(Object.keys(SKIPPED_TEXTS).sort()).toEqual([...SKIP_REASONS].sort());
    expect(Object.keys(SKIP_REASON_CODES).sort()).toEqual([...SKIP_REASONS].sort());
  });

  it('every reason of a sheet, in the order counted, in one line', () => {
    const counts = { title: 4, header: 1, sub_header: 1, total: 1, signature_block: 4 };
    expect(skippedPart('id', counts)).toBe('4 baris judul, 1 baris judul kolom, 1 baris sub-judul kolom, 1 baris jumlah, 4 baris bagian tanda tangan');
    expect(skippedPart('en', counts)).toBe('4 title rows, 1 header row, 1 sub-header row, 1 total row, 4 signature-block rows');
  });

  it('a reason without a text (none today) is shown as its machine value, not as a message code', () => {
    expect(skippedPart('en', { from_the_future: 2, blank: 1 })).toBe('2 from_the_future, 1 blank row');
    expect(skippedPart('id', { toString: 3 })).toBe('3 toString');
  });
});

describe('renderInspect: problem titles', () => {
  it.each(PROBLEM_KINDS.flatMap((kind) => (['id', 'en'] as const).map((lang) => ({ kind, lang }))))(
    '$lang: $kind keeps the kind and shows the workbook title before the detail',
    ({ kind, lang }) => {
      // A real title in this language: in the catalog, not the code, not the other language's text.
      expect(hasMessage(PROBLEM_TITLE_CODES[kind])).toBe(true);
      const t = title(lang, kind);
      expect(t).not.toBe(PROBLEM_TITLE_CODES[kind]);
      expect(t).not.toMatch(/[{}_]/);
      expect(t).not.toBe(title(lang === 'id' ? 'en' : 'id', kind));
      const detail = msg('date.unrecognized', { text: 'besok' });
      const text = renderInspect(lang, [{ file: 'x.csv', sheets: [sheet({ name: '', problems: [{ row: 9, kind, column: null, detail }] })] }], plain);
      expect(text.split('\n')[4]).toBe(`        9  ${kind}  ${t}: ${translate(lang, detail)}`);
    },
  );

  it('a detail that only repeats the title is said once', () => {
    const problems: InspectProblem[] = [
      { row: 15, kind: 'nik_missing', column: 'nik', detail: msg('record.nik_missing') },
      { row: 16, kind: 'name_missing', column: 'name', detail: msg('record.name_missing') },
    ];
    const lines = (lang: Lang): string[] => renderInspect(lang, [{ file: 'x.csv', sheets: [sheet({ name: '', problems })] }], plain).split('\n').slice(4, 6);
    expect(lines('id')).toEqual(['       15  nik_missing   NIK kosong', '       16  name_missing  Nama kosong']);
    expect(lines('en')).toEqual(['       15  nik_missing   NIK missing: the NIK is empty', '       16  name_missing  Name missing: the name is empty']);
  });
});

describe('inspectJson', () => {
  it('has the promised shape: files → sheets, with snake_case keys in a fixed order', () => {
    const j = inspectJson('en', FILES) as { files: { file: string; sheets: Record<string, unknown>[] }[] };
    expect(Object.keys(j)).toEqual(['files']);
    expect(j.files.map((f) => Object.keys(f))).toEqual([
      ['file', 'sheets'],
      ['file', 'sheets'],
    ]);
    for (const s of j.files.flatMap((f) => f.sheets)) {
      expect(Object.keys(s)).toEqual([
        'name',
        'header_row',
        'columns',
        'rows',
        'problems',
        'skipped_rows',
        'skipped_rows_not_listed',
        'skipped_counts',
        'notes',
        'hidden_rows',
        'no_table',
        'left_out',
        'left_out_by',
        'encoding',
        'delimiter',
      ]);
    }
  });

  it.each([
    {
      lang: 'id' as const,
      details: ['NIK harus 16 digit, yang tertulis 11 digit', '"besok" bukan tanggal yang dikenali (contoh: 12-03-1990, 12/03/1990, 12 Maret 1990, 1990-03-12)'],
      note: 'kolom "STATUS" berisi status kepegawaian (mis. "PPPK"), bukan status kepesertaan BPJS; diabaikan (bila berkas ini ekspor BPJS: --side bpjs pada inspect, --bpjs pada reconcile)',
    },
    {
      lang: 'en' as const,
      details: ['a NIK has 16 digits, this one has 11', '"besok" is not a recognised date (e.g. 12-03-1990, 12/03/1990, 12 Maret 1990, 1990-03-12)'],
      note: 'column "STATUS" holds employment status (e.g. "PPPK"), not BPJS membership status; ignored (if this file is a BPJS export: --side bpjs in inspect, --bpjs in reconcile)',
    },
  ])('$lang: a sheet with a table', ({ lang, details, note }) => {
    const j = inspectJson(lang, FILES) as { files: { sheets: unknown[] }[] };
    expect(j.files[0]?.sheets[0]).toEqual({
      name: 'Honorer',
      header_row: 4,
      columns: { nik: 'NO KTP', name: 'NAMA', birth_date: 'TGL LAHIR' },
      rows: 1234,
      problems: [
        { row: 7, kind: 'nik_invalid', column: 'nik', detail: details[0] },
        { row: 1203, kind: 'date_invalid', column: 'birth_date', detail: details[1] },
      ],
      skipped_rows: [
        { row: 1, reason: 'title' },
        { row: 5, reason: 'numbering' },
        { row: 1240, reason: 'signature_block' },
      ],
      skipped_rows_not_listed: 0,
      skipped_counts: { title: 1, numbering: 1, signature_block: 1 },
      notes: [note],
      hidden_rows: [],
      no_table: null,
      left_out: false,
      left_out_by: null,
      encoding: null,
      delimiter: null,
    });
  });

  it.each([
    { lang: 'id' as const, reason: /^dinas-kesehatan\.xlsx \[Rekap\]: tidak ditemukan baris judul kolom/ },
    { lang: 'en' as const, reason: /^dinas-kesehatan\.xlsx \[Rekap\]: no header row/ },
  ])('$lang: a sheet without a table gives its reason in no_table', ({ lang, reason }) => {
    const s = (inspectJson(lang, FILES) as { files: { sheets: Record<string, unknown>[] }[] }).files[0]?.sheets[1];
    expect(s?.['name']).toBe('Rekap');
    expect(s?.['header_row']).toBeNull();
    expect(s?.['no_table']).toMatch(reason);
    expect(s?.['left_out']).toBe(false);
    expect(s?.['rows']).toBe(0);
  });

  it('a sheet left out: left_out true and no_table null (it is not a sheet without a table), left_out_by names the option', () => {
    const s = (inspectJson('id', FILES) as { files: { sheets: Record<string, unknown>[] }[] }).files[0]?.sheets[2];
    expect(s).toMatchObject({ name: '2025', header_row: null, no_table: null, left_out: true, left_out_by: 'skip_sheet', rows: 0, problems: [] });
    const bySheet = sheet({ name: 'Lama', headerRow: null, noTable: msg('io.sheet_left_out', { by: '--sheet' }), leftOutBy: '--sheet' });
    const j = inspectJson('en', [{ file: 'a.xlsx', sheets: [bySheet] }]) as { files: { sheets: Record<string, unknown>[] }[] };
    expect(j.files[0]?.sheets[0]?.['left_out_by']).toBe('sheet');
  });

  it('a CSV: encoding and the raw delimiter character', () => {
    const s = (inspectJson('en', FILES) as { files: { file: string; sheets: Record<string, unknown>[] }[] }).files[1];
    expect(s?.file).toBe('bpjs.csv');
    expect(s?.sheets[0]).toMatchObject({ name: '', header_row: 1, rows: 2, encoding: 'windows-1252', delimiter: '\t', problems: [], notes: [] });
  });

  it('skipped rows: listed ones by row and reason (their text is not echoed), the rest only counted', () => {
    const many = sheet({ name: 'S', skipped: [{ row: 3, reason: 'blank', text: '' }], skippedBeyond: 499, skippedCounts: { blank: 500 } });
    const s = (inspectJson('en', [{ file: 'x.xlsx', sheets: [many] }]) as { files: { sheets: Record<string, unknown>[] }[] }).files[0]?.sheets[0];
    expect(s?.['skipped_rows']).toEqual([{ row: 3, reason: 'blank' }]);
    expect(s?.['skipped_rows_not_listed']).toBe(499);
    expect(s?.['skipped_counts']).toEqual({ blank: 500 });
    expect(JSON.stringify(inspectJson('en', FILES))).not.toContain('DAFTAR HONORER');
  });

  it('keeps machine values: no skip-reason words, no problem titles', () => {
    for (const lang of ['id', 'en'] as const) {
      const text = JSON.stringify(inspectJson(lang, FILES));
      for (const words of ['1 baris judul', 'title row', 'penomoran', 'numbering row', 'tanda tangan', 'signature-block', 'NIK tidak sah', 'Invalid NIK', 'Tanggal tidak sah', 'Invalid date']) {
        expect(text).not.toContain(words);
      }
    }
  });

  it('is deterministic and plain JSON', () => {
    const once = JSON.stringify(inspectJson('id', FILES));
    expect(JSON.stringify(inspectJson('id', FILES))).toBe(once);
    expect(JSON.parse(once)).toEqual(inspectJson('id', FILES));
    expect(inspectJson('en', [])).toEqual({ files: [] });
  });
});

describe('inspect sheet line', () => {
  // It read "1 worker rows" (exploratory test round 2).
  it('counts worker rows in the singular for one, with the language\'s thousands separator', () => {
    expect(translate('en', msg('inspect.sheet_line', { row: 2, count: 1 }))).toBe('header at row 2 · 1 worker row');
    expect(translate('en', msg('inspect.sheet_line', { row: 2, count: 1500 }))).toBe('header at row 2 · 1,500 worker rows');
    expect(translate('id', msg('inspect.sheet_line', { row: 2, count: 1500 }))).toBe('judul kolom di baris 2 · 1.500 baris pekerja');
  });
});

describe('inspect: rows hidden in the sheet', () => {
  const problem = { row: 6, kind: 'nik_missing' as const, column: 'nik', detail: { code: 'nik.wrong_length', params: { length: 15 } } };
  it('a problem on a hidden row is marked, and JSON lists the hidden rows', () => {
    const files = [{ file: 'x.xlsx', sheets: [sheet({ name: 'S', problems: [problem, { ...problem, row: 7 }], hiddenRows: [6] })] }];
    const text = renderInspect('en', files, plain).split('\n');
    expect(text.find((l) => l.includes(' 6  '))).toContain('(hidden row)');
    expect(text.find((l) => l.includes(' 7  '))).not.toContain('(hidden row)');
    expect(renderInspect('id', files, plain)).toContain('(baris tersembunyi)');
    const json = inspectJson('en', files) as { files: { sheets: { hidden_rows: number[] }[] }[] };
    expect(json.files[0]?.sheets[0]?.hidden_rows).toEqual([6]);
  });
});
