// Why this file exists: src/normalize/record-from-row.ts turns every roster and BPJS row into a
// Worker / BpjsParticipant, yet it was tested only through test/unit/io/load-sheets.test.ts and
// end-to-end runs. These direct tests pin which column feeds which field, every problem kind it
// raises (with its column and its file/sheet/row), the agency fallback and aliases, the zeroed-NIK
// column verdict, the reference year, TTL cells, wages, the BPJS-only fields, `seq` and
// `detachStrings`. Rows are built by hand and plans with makeRecordPlan, as src/io/load-sheets.ts
// does. All NIKs are synthetic (valid shape, made-up serials).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/i18n/message.js';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { COLUMN_ROLES } from '../../../src/normalize/column-role.js';
import type { ColumnRole } from '../../../src/normalize/column-role.js';
import { decodeNik } from '../../../src/normalize/nik.js';
import type { PersonRecord } from '../../../src/normalize/person-record.js';
import { PROBLEM_KINDS } from '../../../src/normalize/problem-kind.js';
import { buildParticipant, buildWorker, defaultAgency, makeRecordPlan } from '../../../src/normalize/record-from-row.js';
import type { RecordPlan } from '../../../src/normalize/record-from-row.js';
import type { ColumnBinding } from '../../../src/table/table-layout.js';

// ---------------------------------------------------------------------------------------------
// Synthetic NIKs: region (6) + birth DDMMYY (day + 40 for women) + serial (4).
/** Kota Bandung (3273), woman born 04-10-1993, serial 0002. */
const NIK_WOMAN = '3273014410930002';
/** Kota Bandung, man born 04-10-1993, serial 0001. */
const NIK_MAN = '3273010410930001';
/** Kabupaten Klaten (3310), man born 12-03-1990, serial 0003. */
const NIK_KLATEN = '3310011203900003';

const FILE = 'rosters/roster-dlh.xlsx';
const SHEET = 'DLH';

const num = (raw: string): RawCell => ({ kind: 'number', raw });
const dateCell = (iso: string, serial: number | null = null): RawCell => ({ kind: 'date', iso, serial });

/** Column bindings the way detectTable hands them to load-sheets: role → { role, index, header }. */
function bindings(roles: readonly ColumnRole[]): Partial<Record<ColumnRole, ColumnBinding>> {
  const out: Partial<Record<ColumnRole, ColumnBinding>> = {};
  roles.forEach((role, index) => {
    out[role] = { role, index, header: role.toUpperCase() };
  });
  return out;
}

interface PlanInput {
  file?: string;
  sheet?: string;
  referenceYear?: number;
  zeroedNikColumn?: boolean;
  agencyAliases?: ReadonlyMap<string, string>;
  detachStrings?: boolean;
  titleAgency?: string;
}

/** A plan whose columns are `roles` in this order (cell i of a row is roles[i]). */
function planFor(roles: readonly ColumnRole[], input: PlanInput = {}): RecordPlan {
  return makeRecordPlan({
    file: input.file ?? FILE,
    sheet: input.sheet ?? SHEET,
    columns: bindings(roles),
    referenceYear: input.referenceYear ?? 2026,
    zeroedNikColumn: input.zeroedNikColumn ?? false,
    agencyAliases: input.agencyAliases,
    titleAgency: input.titleAgency,
    ...(input.detachStrings === undefined ? {} : { detachStrings: input.detachStrings }),
  });
}

const row = (n: number, cells: readonly RawCell[]): RawRow => ({ row: n, cells });

/** One roster row for a plan of `roles`: values by role, the rest of the row blank. */
function cellsFor(roles: readonly ColumnRole[], values: Partial<Record<ColumnRole, RawCell>>): RawCell[] {
  return roles.map((r) => values[r] ?? null);
}

/** Worker from a row given by role, in a plan with exactly those roles (declaration order). */
function worker(values: Partial<Record<ColumnRole, RawCell>>, input: PlanInput = {}, rowNumber = 7, seq = 0) {
  const roles = Object.keys(values) as ColumnRole[];
  return buildWorker(row(rowNumber, cellsFor(roles, values)), planFor(roles, input), seq);
}

function participant(values: Partial<Record<ColumnRole, RawCell>>, input: PlanInput = {}, rowNumber = 7, seq = 0) {
  const roles = Object.keys(values) as ColumnRole[];
  return buildParticipant(row(rowNumber, cellsFor(roles, values)), planFor(roles, input), seq);
}

/** Problems as [kind, column, detail]. */
const problemsOf = (r: PersonRecord): [string, string | null, Message][] => r.problems.map((p) => [p.kind, p.column, p.detail]);
const kinds = (r: PersonRecord): string[] => r.problems.map((p) => p.kind);

// ---------------------------------------------------------------------------------------------

describe('makeRecordPlan', () => {
  it('resolves each role to its column index, -1 for roles the sheet lacks', () => {
    const plan = makeRecordPlan({
      file: FILE,
      sheet: SHEET,
      columns: { name: { index: 1 }, nik: { index: 2 }, birth_place_date: { index: 3 }, wage: { index: 5 }, nip: { index: 6 } },
      referenceYear: 2026,
      zeroedNikColumn: false,
    });
    expect(plan.columns).toEqual({
      nik: 2,
      name: 1,
      birth_date: -1,
      birth_place_date: 3,
      birth_place: -1,
      sex: -1,
      agency: -1,
      position: -1,
      wage: 5,
      kpj: -1,
      bpjs_status: -1,
      membership_date: -1,
      nip: 6,
    });
    expect(Object.keys(plan.columns).sort()).toEqual([...COLUMN_ROLES].sort());
  });

  it('keeps file, sheet, reference year and verdict; derives the agency default and the date pivot', () => {
    const plan = planFor(['nik', 'name'], { file: 'in/DINKES.csv', sheet: '', referenceYear: 2019, zeroedNikColumn: true });
    expect(plan.file).toBe('in/DINKES.csv');
    expect(plan.sheet).toBe('');
    expect(plan.referenceYear).toBe(2019);
    expect(plan.zeroedNikColumn).toBe(true);
    expect(plan.defaultAgency).toBe('DINKES');
    expect(plan.dateOptions).toEqual({ twoDigitYearPivot: 19 });
  });

  it('defaults: no aliases and detached strings; both can be given', () => {
    const plain = planFor(['name']);
    expect(plain.agencyAliases.size).toBe(0);
    expect(plain.detachStrings).toBe(true);
    const aliases = new Map([['DLH', 'DINAS LINGKUNGAN HIDUP']]);
    const given = planFor(['name'], { agencyAliases: aliases, detachStrings: false });
    expect(given.agencyAliases).toBe(aliases);
    expect(given.detachStrings).toBe(false);
  });
});

describe('defaultAgency(…).name', () => {
  it.each([
    ['rosters/DLH.xlsx', 'Dinas Kesehatan', 'Dinas Kesehatan'],
    ['rosters/x.xlsx', '  DLH  ', 'DLH'],
    ['rosters/roster-dlh.xlsx', 'Sheet1', 'roster dlh'],
    ['rosters/roster-dlh.xlsx', 'Sheet 12', 'roster dlh'],
    ['rosters/dinas-lingkungan_hidup.csv', '', 'dinas lingkungan hidup'],
    ['DINKES.csv', '', 'DINKES'],
    ['DINKES.csv', '   ', 'DINKES'],
    ['C:\\rosters\\BAPPEDA.xlsx', 'Lembar1', 'BAPPEDA'],
    ['x/DISHUB.xlsx', 'Lembar Kerja 2', 'DISHUB'],
    ['x/DISHUB.xlsx', 'Tabelle1', 'DISHUB'],
    ['x/DISHUB.xlsx', 'Feuil1', 'DISHUB'],
    ['x/DISHUB.xlsx', 'Hoja1', 'DISHUB'],
    ['x/DISHUB.xlsx', 'data', 'DISHUB'],
    ['x/DISHUB.xlsx', 'DAFTAR', 'DISHUB'],
    ['x/DISHUB.xlsx', 'Data Honorer', 'DISHUB'],
    ['x/rekap.xlsx', 'Data Honorer', 'Data Honorer'],
    ['x/SATPOL.PP.xlsx', '', 'SATPOL.PP'],
    ['x/.hidden', '', '.hidden'],
    ['x/NOEXT', 'Sheet1', 'NOEXT'],
  ])('%s / %j → %s', (file, sheet, expected) => {
    expect(defaultAgency(file, sheet).name).toBe(expected);
  });

  it.each([
    ['HONORER_2027.xlsx', 'DATA', 'DINAS LINGKUNGAN HIDUP', 'title'],
    ['HONORER_2027.xlsx', 'Data Honorer', 'DINAS LINGKUNGAN HIDUP', 'title'],
    ['rekap.csv', '', 'DINAS LINGKUNGAN HIDUP', 'title'],
    ['x.xlsx', 'DLHK', 'DLHK', 'sheet'],
    ['puskesmas.xls', 'Sheet1', 'puskesmas', 'file'],
  ])('%s / %j with the title agency DINAS LINGKUNGAN HIDUP → %s (%s)', (file, sheet, name, source) => {
    expect(defaultAgency(file, sheet, 'DINAS LINGKUNGAN HIDUP')).toEqual({ name, source });
  });

  it('makeRecordPlan takes the title agency over a file name that names none', () => {
    expect(planFor(['name'], { file: 'in/HONORER_2027.xlsx', sheet: 'DATA', titleAgency: 'DINAS LINGKUNGAN HIDUP' }).defaultAgency).toBe('DINAS LINGKUNGAN HIDUP');
    expect(planFor(['name'], { file: 'in/HONORER_2027.xlsx', sheet: 'DATA' }).defaultAgency).toBe('HONORER 2027');
  });
});

// ---------------------------------------------------------------------------------------------

describe('buildWorker: which column feeds which field', () => {
  it('reads a typical OPD roster row (columns in the sheet order, not the role order)', () => {
    const roles: ColumnRole[] = ['position', 'name', 'nik', 'birth_place_date', 'sex', 'wage', 'kpj', 'agency'];
    const cells: RawCell[] = ['Staf Administrasi', 'SITI AMINAH, S.Pd', NIK_WOMAN, 'Bandung, 04/10/1993', 'P', 'Rp 2.500.000', '12.345.678.901', 'Dinas Lingkungan Hidup'];
    const w = buildWorker(row(12, cells), planFor(roles), 41);
    expect(w).toMatchObject({
      side: 'roster',
      file: FILE,
      sheet: SHEET,
      row: 12,
      birthDate: '1993-10-04',
      birthPlace: 'Bandung',
      sex: 'F',
      agency: 'Dinas Lingkungan Hidup',
      position: 'Staf Administrasi',
      wage: 2_500_000,
      kpj: '12345678901',
      seq: 41,
    });
    expect(w.nik).toMatchObject({ status: 'valid', nik: NIK_WOMAN, raw: NIK_WOMAN, pivot: 26 });
    expect(w.name.original).toBe('SITI AMINAH, S.Pd');
    expect(w.name.clean).toBe('SITI AMINAH');
    expect(w.name.removed).toEqual(['S.Pd']);
    expect(w.problems).toEqual([]);
  });

  it('reads separate birth date and birth place columns', () => {
    const w = worker({ nik: NIK_KLATEN, name: 'BUDI SANTOSO', birth_place: '  Klaten ', birth_date: '12-03-1990', sex: 'Laki-laki' });
    expect([w.birthDate, w.birthPlace, w.sex]).toEqual(['1990-03-12', 'Klaten', 'M']);
    expect(w.problems).toEqual([]);
  });

  it('trims agency, position and birth place text', () => {
    const w = worker({ name: 'BUDI', agency: '  Dinas PU ', position: '\tSopir  ', birth_place: ' Klaten' });
    expect([w.agency, w.position, w.birthPlace]).toEqual(['Dinas PU', 'Sopir', 'Klaten']);
  });

  it('leaves fields of absent roles null and raises no problem for a column the sheet lacks', () => {
    const w = worker({ name: 'BUDI SANTOSO' });
    expect(w).toMatchObject({ birthDate: null, birthPlace: null, sex: null, position: null, wage: null, kpj: null });
    expect(w.nik.status).toBe('missing');
    expect(w.problems).toEqual([]);
  });

  it('treats cells past the end of a short row as empty', () => {
    const roles: ColumnRole[] = ['nik', 'name', 'birth_date', 'sex', 'wage'];
    const w = buildWorker(row(3, [NIK_MAN]), planFor(roles), 0);
    expect(w.nik.nik).toBe(NIK_MAN);
    expect([w.birthDate, w.sex, w.wage]).toEqual([null, null, null]);
    expect(kinds(w)).toEqual(['name_missing']);
  });

  it('ignores cells in columns bound to no role', () => {
    const roles: ColumnRole[] = ['nik', 'name'];
    const a = buildWorker(row(5, [NIK_MAN, 'BUDI', 'keterangan A', 'Rp 9']), planFor(roles), 0);
    const b = buildWorker(row(5, [NIK_MAN, 'BUDI', 'other text', null]), planFor(roles), 0);
    expect(a).toEqual(b);
  });

  it('reads a NIP column into no field: the record is the same with or without it, but for the asn_nip finding', () => {
    const withNip = buildWorker(row(5, [NIK_MAN, 'BUDI', '197001011995031001']), planFor(['nik', 'name', 'nip']), 0);
    const without = buildWorker(row(5, [NIK_MAN, 'BUDI', '197001011995031001']), planFor(['nik', 'name']), 0);
    expect({ ...withNip, problems: [] }).toEqual(without);
    expect(withNip.problems.map((p) => p.kind)).toEqual(['asn_nip']);
  });

  it('reads numeric and date cells: an exact numeric NIK, a date cell, an Excel serial, a numeric wage', () => {
    const a = worker({ nik: num(NIK_WOMAN), name: 'SITI', birth_date: dateCell('1993-10-04', 34246), wage: num('2500000') });
    expect(a.nik).toMatchObject({ status: 'valid', nik: NIK_WOMAN });
    expect([a.birthDate, a.wage]).toEqual(['1993-10-04', 2_500_000]);
    const b = worker({ name: 'SITI', birth_date: num('34246') });
    expect(b.birthDate).toBe('1993-10-04');
  });

  it('keeps a Papua NIK above 2^53 exact when it arrives as a numeric cell', () => {
    const papua = '9171014410930003'; // Kota Jayapura; > 2^53
    expect(Number(papua)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    const w = worker({ nik: num(papua), name: 'YULIANTI' });
    expect(w.nik).toMatchObject({ status: 'valid', nik: papua });
    expect(w.problems).toEqual([]);
  });

  it.each([
    ["'" + NIK_MAN, 'leading apostrophe'],
    [`="${NIK_MAN}"`, 'Excel text formula'],
    ['3273 0104 1093 0001', 'groups of four'],
    [` ${NIK_MAN}  `, 'spaces around'],
    [`${NIK_MAN}.0`, 'numeric export tail'],
  ])('cleans a NIK written as %j (%s) and keeps the cell text as raw', (cell) => {
    const w = worker({ nik: cell, name: 'BUDI' });
    expect(w.nik).toMatchObject({ status: 'valid', nik: NIK_MAN, raw: cell });
    expect(w.problems).toEqual([]);
  });

  it.each([
    ['SITI AMINAH, S.Pd', 'SITI AMINAH'],
    ['Drs. H. BUDI SANTOSO, M.Pd', 'BUDI SANTOSO'],
    ['  dewi   lestari ', 'DEWI LESTARI'],
    ['Hj. Sri Rahayu, S.Kep', 'SRI RAHAYU'],
  ])('normalizes the name %j to %j, keeping the trimmed text as original', (text, clean) => {
    const w = worker({ name: text });
    expect(w.name.clean).toBe(clean);
    expect(w.name.original).toBe(text.trim());
  });
});

// ---------------------------------------------------------------------------------------------

describe('problems: kind, column, detail and provenance', () => {
  const at = { file: FILE, sheet: SHEET, row: 7 };

  it('gives every problem the file, sheet and row of its row', () => {
    const w = buildWorker(row(93, ['abc', '', '31/02/1993', 'X?', 'satu juta']), planFor(['nik', 'name', 'birth_date', 'sex', 'wage'], { file: 'in/DINKES.csv', sheet: '' }), 0);
    expect(w.problems).toHaveLength(5);
    for (const p of w.problems) expect(p.at).toEqual({ file: 'in/DINKES.csv', sheet: '', row: 93 });
    expect([w.file, w.sheet, w.row]).toEqual(['in/DINKES.csv', '', 93]);
  });

  it.each([[''], ['   '], ['-'], ['BELUM ADA'], ['0'], [null]])('nik_missing for the NIK cell %j', (cell) => {
    const w = worker({ nik: cell, name: 'BUDI' });
    expect(w.nik.status).toBe('missing');
    expect(w.problems).toEqual([{ kind: 'nik_missing', at, column: 'nik', detail: { code: 'record.nik_missing' } }]);
  });

  it.each([
    ['327301041093', { code: 'nik.wrong_length', params: { length: 12 } }],
    ['3273O1041O930001', { code: 'nik.non_digits', params: { chars: 'O' } }],
    ['3273010413930001', { code: 'nik.bad_month', params: { month: '13' } }],
    ['3273013510930001', { code: 'nik.bad_day', params: { day: '35' } }],
    ['1111111111111111', { code: 'nik.all_same_digit', params: { digit: '1' } }],
    [dateCell('1993-10-04'), { code: 'nik.date_cell', params: { date: '1993-10-04' } }],
  ] as [RawCell, Message][])('nik_invalid for %j, with the reason as detail', (cell, detail) => {
    const w = worker({ nik: cell, name: 'BUDI' });
    expect(w.nik.status).toBe('invalid');
    expect(w.problems).toEqual([{ kind: 'nik_invalid', at, column: 'nik', detail }]);
  });

  it.each(['197001011995031001', '19700101 199503 1 001', '19700101.199503.1.001', ' 19700101-199503-1-001 '])('asn_nip for an ASN NIP (%j) in a roster NIP column: said on the row, the row kept', (nip) => {
    const w = worker({ nik: NIK_MAN, name: 'BUDI', nip });
    expect(w.problems).toEqual([{ kind: 'asn_nip', at, column: 'nip', detail: { code: 'record.asn_nip', params: { birth: '1970-01-01', tmt: '1995-03' } } }]);
    expect(w.nik.status).toBe('valid');
  });

  it.each([null, '-', 'HONORER', '', '197013011995031001', '19700101199503100', num('1.97001E+17'), '197001011995031', NIK_MAN])('no asn_nip for %j in the NIP column (not an ASN NIP)', (nip) => {
    expect(kinds(worker({ nik: NIK_MAN, name: 'BUDI', nip }))).toEqual([]);
  });

  it.each([num('197001011995031000'), '197001011995031000', num('1.97001011995031E+17'), '1.97001011995032E+17'])(
    'asn_nip for an ASN NIP Excel stored as a number (%j): serial 000 is no NIP\'s, the first 15 digits still say ASN',
    (nip) => {
      const w = worker({ nik: NIK_MAN, name: 'BUDI', nip });
      expect(w.problems).toEqual([{ kind: 'asn_nip', at, column: 'nip', detail: { code: 'record.asn_nip_rounded', params: { birth: '1970-01-01', tmt: '1995-03' } } }]);
    },
  );

  it('asn_nip is a roster finding: a BPJS export with a NIP column is not asked about it', () => {
    expect(kinds(participant({ nik: NIK_MAN, name: 'BUDI', nip: '197001011995031001' }))).toEqual([]);
  });

  it('nip_in_nik_column for an 18-digit NIP in the NIK column', () => {
    const w = worker({ nik: '197001011995031001', name: 'H. BUDI' });
    expect(w.problems).toEqual([{ kind: 'nip_in_nik_column', at, column: 'nik', detail: { code: 'nik.looks_like_nip', params: { birth: '1970-01-01', tmt: '1995-03' } } }]);
  });

  it.each([
    [num('3273014410930000'), { code: 'nik.excel_rounded' }, '327301441093000'],
    ['3.27301E+15', { code: 'nik.excel_scientific', params: { kept: 6 } }, '327301'],
    ['3,273,014,410,930,000', { code: 'nik.excel_grouped' }, '327301441093000'],
  ] as [RawCell, Message, string][])('nik_excel_damaged for %j, keeping the trusted prefix', (cell, detail, prefix) => {
    const w = worker({ nik: cell, name: 'SITI' });
    expect(w.nik).toMatchObject({ status: 'excel_damaged', nik: null, trustedPrefix: prefix });
    expect(w.problems).toEqual([{ kind: 'nik_excel_damaged', at, column: 'nik', detail }]);
  });

  it('nik_region_unknown for a valid NIK of an unknown regency (the NIK stays valid)', () => {
    const w = worker({ nik: '3299010410930001', name: 'BUDI' });
    expect(w.nik).toMatchObject({ status: 'valid', nik: '3299010410930001' });
    expect(w.problems).toEqual([{ kind: 'nik_region_unknown', at, column: 'nik', detail: { code: 'nik.region_unknown', params: { region: '3299' } } }]);
  });

  it('keeps the other NIK warnings (serial 0000, impossible date) on the NIK only, not as problems', () => {
    const serialZero = worker({ nik: '3273010410930000', name: 'BUDI' });
    expect(serialZero.nik.warnings.map((m) => m.code)).toEqual(['nik.serial_zero']);
    expect(serialZero.problems).toEqual([]);
    const impossible = worker({ nik: '3273013102930001', name: 'BUDI' });
    expect(impossible.nik.warnings.map((m) => m.code)).toEqual(['nik.date_impossible']);
    expect(impossible.problems).toEqual([]);
  });

  it.each([[''], ['  '], ['-'], [null], ['...']])('name_missing for the name cell %j', (cell) => {
    const w = worker({ nik: NIK_MAN, name: cell });
    expect(w.name.clean).toBe('');
    expect(w.problems).toEqual([{ kind: 'name_missing', at, column: 'name', detail: { code: 'record.name_missing' } }]);
  });

  it('name_missing on every row of a sheet with no name column', () => {
    const w = worker({ nik: NIK_MAN, birth_date: '04-10-1993' });
    expect(problemsOf(w)).toEqual([['name_missing', 'name', { code: 'record.name_missing' }]]);
  });

  it('date_invalid from the birth date column names that column', () => {
    const w = worker({ name: 'BUDI', birth_date: '31/02/1993' });
    expect(w.birthDate).toBeNull();
    expect(w.problems).toEqual([{ kind: 'date_invalid', at, column: 'birth_date', detail: { code: 'date.no_such_date', params: { text: '31/02/1993', day: 31, month: 2, year: 1993 } } }]);
  });

  it('date_invalid from a TTL cell names the birth_place_date column and keeps the place', () => {
    const w = worker({ name: 'BUDI', birth_place_date: 'Klaten, 12/25/1990' });
    expect([w.birthPlace, w.birthDate]).toEqual(['Klaten', null]);
    expect(w.problems).toEqual([{ kind: 'date_invalid', at, column: 'birth_place_date', detail: { code: 'date.month_first', params: { text: '12/25/1990' } } }]);
  });

  it.each([
    ['1', { code: 'sex.numeric_code', params: { text: '1' } }],
    [num('2'), { code: 'sex.numeric_code', params: { text: '2' } }],
    ['Bapak', { code: 'sex.unrecognized', params: { text: 'Bapak' } }],
  ] as [RawCell, Message][])('sex_invalid for %j', (cell, detail) => {
    const w = worker({ name: 'BUDI', sex: cell });
    expect(w.sex).toBeNull();
    expect(w.problems).toEqual([{ kind: 'sex_invalid', at, column: 'sex', detail }]);
  });

  it.each([
    ['satu juta', { code: 'money.unrecognized', params: { text: 'satu juta' } }],
    ['-1000', { code: 'money.negative', params: { text: '-1000' } }],
    [dateCell('2020-01-01', 43831), { code: 'money.date_cell', params: { date: '2020-01-01' } }],
  ] as [RawCell, Message][])('wage_invalid for %j', (cell, detail) => {
    const w = worker({ name: 'BUDI', wage: cell });
    expect(w.wage).toBeNull();
    expect(w.problems).toEqual([{ kind: 'wage_invalid', at, column: 'wage', detail }]);
  });

  it('nik_dob_mismatch when the NIK date and the birth date column differ (a finding; both kept)', () => {
    const w = worker({ nik: NIK_WOMAN, name: 'SITI', birth_date: '05-10-1993' });
    expect(w.nik.nik).toBe(NIK_WOMAN);
    expect(w.birthDate).toBe('1993-10-05');
    expect(w.problems).toEqual([
      { kind: 'nik_dob_mismatch', at, column: 'birth_date', detail: { code: 'record.nik_dob_mismatch', params: { nik_date: '1993-10-04', column_date: '1993-10-05' } } },
    ]);
  });

  it('nik_dob_mismatch for a date from a TTL cell names that column, with a message saying so', () => {
    const w = worker({ nik: NIK_WOMAN, name: 'SITI', birth_place_date: 'Bandung, 14/10/1993' });
    expect(problemsOf(w)).toEqual([['nik_dob_mismatch', 'birth_place_date', { code: 'record.nik_dob_mismatch_place_date', params: { nik_date: '1993-10-04', column_date: '1993-10-14' } }]]);
  });

  it('nik_dob_mismatch stays under birth_date when the birth-date column gave the date, even beside a TTL cell', () => {
    const w = worker({ nik: NIK_WOMAN, name: 'SITI', birth_date: '14-10-1993', birth_place_date: 'Bandung, 14/10/1993' });
    expect(problemsOf(w)).toEqual([['nik_dob_mismatch', 'birth_date', { code: 'record.nik_dob_mismatch', params: { nik_date: '1993-10-04', column_date: '1993-10-14' } }]]);
  });

  it('compares day, month and two-digit year only (the NIK century is a guess)', () => {
    expect(worker({ nik: NIK_WOMAN, name: 'SITI', birth_date: '04-10-2093' }).problems).toEqual([]);
    expect(kinds(worker({ nik: NIK_WOMAN, name: 'SITI', birth_date: '04-10-1994' }))).toEqual(['nik_dob_mismatch']);
    expect(kinds(worker({ nik: NIK_WOMAN, name: 'SITI', birth_date: '04-11-1993' }))).toEqual(['nik_dob_mismatch']);
  });

  it('reads the date of an Excel-damaged NIK from its trusted digits', () => {
    const w = worker({ nik: num('3273014410930000'), name: 'SITI', birth_date: '05-10-1993' });
    expect(kinds(w)).toEqual(['nik_excel_damaged', 'nik_dob_mismatch']);
  });

  it('raises no date or sex mismatch when the NIK is invalid or missing', () => {
    expect(kinds(worker({ nik: '3273010413930001', name: 'SITI', birth_date: '05-10-1993', sex: 'L' }))).toEqual(['nik_invalid']);
    expect(kinds(worker({ nik: '-', name: 'SITI', birth_date: '05-10-1993', sex: 'L' }))).toEqual(['nik_missing']);
  });

  it('nik_sex_mismatch when the NIK says woman and the sex column says man', () => {
    const w = worker({ nik: NIK_WOMAN, name: 'SITI', sex: 'Laki-laki' });
    expect(w.sex).toBe('M');
    expect(w.problems).toEqual([{ kind: 'nik_sex_mismatch', at, column: 'sex', detail: { code: 'record.nik_sex_mismatch', params: { nik_sex: 'F', column_sex: 'M' } } }]);
    expect(kinds(worker({ nik: NIK_MAN, name: 'BUDI', sex: 'P' }))).toEqual(['nik_sex_mismatch']);
    expect(worker({ nik: NIK_WOMAN, name: 'SITI', sex: 'Perempuan' }).problems).toEqual([]);
  });

  it('lists several problems of one row in a fixed order', () => {
    const w = worker({ nik: NIK_WOMAN, name: '-', birth_date: '05-10-1993', sex: 'L', wage: 'satu juta' });
    expect(kinds(w)).toEqual(['name_missing', 'wage_invalid', 'nik_dob_mismatch', 'nik_sex_mismatch']);
    const v = worker({ nik: '12345', name: '', birth_date: 'kemarin', sex: '1', wage: '-5' });
    expect(problemsOf(v).map(([k, c]) => [k, c])).toEqual([
      ['nik_invalid', 'nik'],
      ['name_missing', 'name'],
      ['date_invalid', 'birth_date'],
      ['sex_invalid', 'sex'],
      ['wage_invalid', 'wage'],
    ]);
  });

  it('never raises nik_duplicate itself (that is record-nik-duplicates.ts), even for a repeated row', () => {
    const plan = planFor(['nik', 'name']);
    const a = buildWorker(row(5, [NIK_MAN, 'BUDI']), plan, 0);
    const b = buildWorker(row(6, [NIK_MAN, 'BUDI']), plan, 1);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('a clean row shares one frozen empty problem list; a row with problems gets its own', () => {
    const a = worker({ nik: NIK_MAN, name: 'BUDI' });
    const b = worker({ nik: NIK_KLATEN, name: 'AGUS' });
    expect(a.problems).toBe(b.problems);
    expect(Object.isFrozen(a.problems)).toBe(true);
    const c = worker({ nik: '-', name: 'BUDI' });
    const d = worker({ nik: '-', name: 'BUDI' });
    expect(c.problems).not.toBe(d.problems);
  });
});

// ---------------------------------------------------------------------------------------------

describe('agency', () => {
  const aliases = new Map([
    ['DLH', 'DINAS LINGKUNGAN HIDUP'],
    ['DINKES', 'DINAS KESEHATAN'],
  ]);

  it('takes the agency column when it has text', () => {
    expect(worker({ name: 'BUDI', agency: 'Dinas Kesehatan' }, { sheet: 'DLH' }).agency).toBe('Dinas Kesehatan');
  });

  it.each([[''], ['   '], [null]])('falls back to the sheet name when the agency cell is %j', (cell) => {
    expect(worker({ name: 'BUDI', agency: cell }, { sheet: 'DLH' }).agency).toBe('DLH');
  });

  it('falls back to the sheet name, or the file name for a generic sheet or a CSV, without an agency column', () => {
    expect(worker({ name: 'BUDI' }, { file: 'in/roster.xlsx', sheet: 'Dinas PUPR' }).agency).toBe('Dinas PUPR');
    expect(worker({ name: 'BUDI' }, { file: 'in/DISHUB.xlsx', sheet: 'Sheet1' }).agency).toBe('DISHUB');
    expect(worker({ name: 'BUDI' }, { file: 'in/BAPPEDA.csv', sheet: '' }).agency).toBe('BAPPEDA');
  });

  it('applies the config aliases (trimmed, case-insensitive) to the column value', () => {
    expect(worker({ name: 'BUDI', agency: ' dlh ' }, { agencyAliases: aliases }).agency).toBe('DINAS LINGKUNGAN HIDUP');
    expect(worker({ name: 'BUDI', agency: 'Dinkes' }, { agencyAliases: aliases }).agency).toBe('DINAS KESEHATAN');
    expect(worker({ name: 'BUDI', agency: 'Satpol PP' }, { agencyAliases: aliases }).agency).toBe('Satpol PP');
  });

  it('applies the aliases to the sheet or file name fallback too', () => {
    expect(worker({ name: 'BUDI' }, { sheet: 'dlh', agencyAliases: aliases }).agency).toBe('DINAS LINGKUNGAN HIDUP');
    expect(worker({ name: 'BUDI' }, { file: 'in/DINKES.xlsx', sheet: 'Sheet1', agencyAliases: aliases }).agency).toBe('DINAS KESEHATAN');
  });

  it('looks aliases up by their upper-cased key only (config keys are stored upper-cased)', () => {
    const lower = new Map([['dlh', 'DINAS LINGKUNGAN HIDUP']]);
    expect(worker({ name: 'BUDI', agency: 'dlh' }, { agencyAliases: lower }).agency).toBe('dlh');
  });

  it('a placeholder such as "-" in the agency column falls back to the sheet, like an empty cell', () => {
    expect(worker({ name: 'BUDI', agency: '-' }, { sheet: 'DLH' }).agency).toBe('DLH');
    expect(worker({ name: 'BUDI', agency: 'BELUM ADA' }, { sheet: 'DLH' }).agency).toBe('DLH');
    expect(worker({ name: 'BUDI', position: 'X', agency: 'DLH' }).position).toBeNull();
  });

  it('a BPJS participant has the agency column only: no fallback, no aliases', () => {
    expect(participant({ name: 'BUDI' }, { sheet: 'DLH', agencyAliases: aliases }).agency).toBeNull();
    expect(participant({ name: 'BUDI', agency: '' }, { sheet: 'DLH', agencyAliases: aliases }).agency).toBeNull();
    expect(participant({ name: 'BUDI', agency: 'dlh' }, { agencyAliases: aliases }).agency).toBe('dlh');
  });
});

// ---------------------------------------------------------------------------------------------

describe('zeroedNikColumn (Excel zeroed the 16th digit of a whole text column)', () => {
  const ENDS_IN_ZERO = '3273014410930010';
  const at = { file: FILE, sheet: SHEET, row: 7 };

  it('marks a valid text NIK ending in 0 as damaged, trusting its first 15 digits', () => {
    const w = worker({ nik: ENDS_IN_ZERO, name: 'SITI' }, { zeroedNikColumn: true });
    expect(w.nik).toMatchObject({ status: 'excel_damaged', nik: null, trustedPrefix: '327301441093001', raw: ENDS_IN_ZERO, reason: { code: 'record.nik_zeroed_column' } });
    expect(w.problems).toEqual([{ kind: 'nik_excel_damaged', at, column: 'nik', detail: { code: 'record.nik_zeroed_column' } }]);
  });

  it('takes the same NIK as written when the column is not judged zeroed', () => {
    const w = worker({ nik: ENDS_IN_ZERO, name: 'SITI' }, { zeroedNikColumn: false });
    expect(w.nik).toMatchObject({ status: 'valid', nik: ENDS_IN_ZERO });
    expect(w.problems).toEqual([]);
  });

  it('leaves a text NIK not ending in 0 valid in a zeroed column', () => {
    const w = worker({ nik: NIK_WOMAN, name: 'SITI' }, { zeroedNikColumn: true });
    expect(w.nik).toMatchObject({ status: 'valid', nik: NIK_WOMAN });
    expect(w.problems).toEqual([]);
  });

  it('keeps parseNik’s own reason for a numeric cell ending in 0', () => {
    const w = worker({ nik: num(ENDS_IN_ZERO), name: 'SITI' }, { zeroedNikColumn: true });
    expect(w.nik.reason).toEqual({ code: 'nik.excel_rounded' });
    expect(problemsOf(w)).toEqual([['nik_excel_damaged', 'nik', { code: 'nik.excel_rounded' }]]);
  });

  it('does not touch an invalid or missing NIK', () => {
    expect(worker({ nik: '3273010413930010', name: 'SITI' }, { zeroedNikColumn: true }).nik.status).toBe('invalid');
    expect(worker({ nik: '-', name: 'SITI' }, { zeroedNikColumn: true }).nik.status).toBe('missing');
  });

  it('still compares the birth date from the trusted digits', () => {
    const w = worker({ nik: ENDS_IN_ZERO, name: 'SITI', birth_date: '05-10-1993' }, { zeroedNikColumn: true });
    expect(kinds(w)).toEqual(['nik_excel_damaged', 'nik_dob_mismatch']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('reference year (century of two-digit years)', () => {
  const NIK_2020 = '3273010410200001'; // man born 04-10-(19|20)20

  it('gives the NIK the run year’s pivot', () => {
    const now = worker({ nik: NIK_2020, name: 'BUDI' }, { referenceYear: 2026 });
    const then = worker({ nik: NIK_2020, name: 'BUDI' }, { referenceYear: 2019 });
    expect(now.nik.pivot).toBe(26);
    expect(then.nik.pivot).toBe(19);
    expect(decodeNik(now.nik)?.birthDate).toBe('2020-10-04');
    expect(decodeNik(then.nik)?.birthDate).toBe('1920-10-04');
  });

  it.each([
    [2026, '2020-10-04'],
    [2019, '1920-10-04'],
  ])('reads a two-digit birth year in the birth date column with reference year %i', (referenceYear, iso) => {
    expect(worker({ name: 'BUDI', birth_date: '04-10-20' }, { referenceYear }).birthDate).toBe(iso);
  });

  it.each([
    [2026, '2020-10-04'],
    [2019, '1920-10-04'],
  ])('reads a two-digit year in a TTL cell with reference year %i', (referenceYear, iso) => {
    expect(worker({ name: 'BUDI', birth_place_date: 'Bandung, 4-10-20' }, { referenceYear }).birthDate).toBe(iso);
  });

  it.each([
    [2026, '2025-02-01'],
    [2024, '1925-02-01'],
  ])('reads a two-digit membership year with reference year %i', (referenceYear, iso) => {
    expect(participant({ name: 'BUDI', membership_date: '01-02-25' }, { referenceYear }).membershipDate).toBe(iso);
  });

  it('leaves four-digit years alone', () => {
    expect(worker({ name: 'BUDI', birth_date: '04-10-1993' }, { referenceYear: 2090 }).birthDate).toBe('1993-10-04');
  });
});

// ---------------------------------------------------------------------------------------------

describe('birth place and date in one cell ("Tempat, tgl lahir")', () => {
  it.each([
    ['Bandung, 04/10/1993', 'Bandung', '1993-10-04'],
    ['KLATEN 12 Maret 1990', 'KLATEN', '1990-03-12'],
    ['Bandung / 01-01-1985', 'Bandung', '1985-01-01'],
    ['Solo - 1 Mei 1990', 'Solo', '1990-05-01'],
    ['Klaten, Maret 12 1990', 'Klaten', '1990-03-12'],
    ['Kota  Bandung,04-10-1993', 'Kota Bandung', '1993-10-04'],
    ['Bandung', 'Bandung', null],
    ['04/10/1993', null, '1993-10-04'],
  ])('%j → place %j, date %j', (text, place, date) => {
    const w = worker({ name: 'SITI', birth_place_date: text });
    expect([w.birthPlace, w.birthDate]).toEqual([place, date]);
    expect(w.problems).toEqual([]);
  });

  it('reads a date cell or an Excel serial there as a date without place', () => {
    expect(worker({ name: 'SITI', birth_place_date: dateCell('1993-10-04', 34246) })).toMatchObject({ birthPlace: null, birthDate: '1993-10-04' });
    expect(worker({ name: 'SITI', birth_place_date: num('34246') })).toMatchObject({ birthPlace: null, birthDate: '1993-10-04' });
  });

  it('reads nothing from a blank cell', () => {
    const w = worker({ name: 'SITI', birth_place_date: '   ' });
    expect([w.birthPlace, w.birthDate, w.problems]).toEqual([null, null, []]);
  });

  it('a birth place column wins over the TTL place; the TTL place fills a blank one', () => {
    expect(worker({ name: 'SITI', birth_place: 'Cimahi', birth_place_date: 'Bandung, 04/10/1993' }).birthPlace).toBe('Cimahi');
    expect(worker({ name: 'SITI', birth_place: '', birth_place_date: 'Bandung, 04/10/1993' }).birthPlace).toBe('Bandung');
  });

  it('a birth date column wins over the TTL date; when they differ, a birth_date_conflict says both', () => {
    const w = worker({ name: 'SITI', birth_date: '05-10-1993', birth_place_date: 'Bandung, 04/10/1993' });
    expect([w.birthPlace, w.birthDate]).toEqual(['Bandung', '1993-10-05']);
    expect(problemsOf(w)).toEqual([
      ['birth_date_conflict', 'birth_place_date', { code: 'record.birth_date_conflict', params: { column_date: '1993-10-05', other_date: '1993-10-04' } }],
    ]);
  });

  it('the same date in both columns, however written, is no conflict', () => {
    expect(worker({ name: 'SITI', birth_date: '04-10-1993', birth_place_date: 'Bandung, 04/10/1993' }).problems).toEqual([]);
    expect(worker({ name: 'SITI', birth_date: dateCell('1993-10-04', 34246), birth_place_date: 'Bandung, 4 Oktober 1993' }).problems).toEqual([]);
  });

  it('an unreadable date on one side is not a conflict (only its own date_invalid, as before)', () => {
    expect(kinds(worker({ name: 'SITI', birth_date: '05-10-1993', birth_place_date: 'Bandung, 41/10/1993' }))).toEqual([]);
    expect(kinds(worker({ name: 'SITI', birth_date: '45-10-1993', birth_place_date: 'Bandung, 04/10/1993' }))).toEqual(['date_invalid']);
  });

  it('with a birth date column left empty, the TTL date is read, not lost', () => {
    const w = worker({ name: 'SITI', birth_date: '', birth_place_date: 'Bandung, 04/10/1993' });
    expect([w.birthPlace, w.birthDate]).toEqual(['Bandung', '1993-10-04']);
    expect(w.problems).toEqual([]);
    // An unreadable TTL date next to an empty birth-date cell is said, under its own column.
    const bad = worker({ name: 'SITI', birth_date: '', birth_place_date: 'Bandung, 31/02/1993' });
    expect([bad.birthDate, bad.problems.map((p) => [p.kind, p.column])]).toEqual([null, [['date_invalid', 'birth_place_date']]]);
  });

  it('with a birth date column, an invalid TTL date raises no problem (pinned)', () => {
    const w = worker({ name: 'SITI', birth_date: '04-10-1993', birth_place_date: 'Bandung, 31/02/1993' });
    expect(w.birthDate).toBe('1993-10-04');
    expect(w.problems).toEqual([]);
  });

  it('a placeholder "-" in the birth place column does not hide the TTL place', () => {
    const w = worker({ name: 'SITI', birth_place: '-', birth_place_date: 'Bandung, 04/10/1993' });
    expect(w.birthPlace).toBe('Bandung');
  });
});

// ---------------------------------------------------------------------------------------------

describe('wage', () => {
  it.each([
    ['Rp 2.500.000', 2_500_000],
    ['Rp. 1.500.000,-', 1_500_000],
    ['2.500.000,00', 2_500_000],
    ['1,234,567.00', 1_234_567],
    ['2,5 jt', 2_500_000],
    ['750 rb', 750_000],
    ['1.500.000', 1_500_000],
    ['2500000', 2_500_000],
    [num('2500000'), 2_500_000],
    [num('1500000.5'), 1_500_001],
    ['0', 0],
  ] as [RawCell, number][])('%j → %i rupiah', (cell, rupiah) => {
    const w = worker({ name: 'BUDI', wage: cell });
    expect(w.wage).toBe(rupiah);
    expect(w.problems).toEqual([]);
  });

  it.each([[''], ['-'], ['BELUM ADA'], [null]])('%j → no wage and no problem', (cell) => {
    const w = worker({ name: 'BUDI', wage: cell });
    expect(w.wage).toBeNull();
    expect(w.problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('buildParticipant: BPJS-only fields', () => {
  const roles: ColumnRole[] = ['kpj', 'nik', 'name', 'birth_date', 'membership_date', 'wage', 'bpjs_status'];

  it('reads an F2a-style BPJS row', () => {
    const p = buildParticipant(row(9, ['12345678901', NIK_WOMAN, 'SITI AMINAH', '04-10-1993', '01-02-2020', '1,234,567.00', 'AKTIF']), planFor(roles, { file: 'bpjs/export.xlsx', sheet: 'Sheet1' }), 17);
    expect(p).toMatchObject({
      side: 'bpjs',
      file: 'bpjs/export.xlsx',
      sheet: 'Sheet1',
      row: 9,
      kpj: '12345678901',
      birthDate: '1993-10-04',
      membershipDate: '2020-02-01',
      wage: 1_234_567,
      status: 'active',
      statusRaw: 'AKTIF',
      agency: null,
      seq: 17,
    });
    expect(p.nik.nik).toBe(NIK_WOMAN);
    expect(p.name.clean).toBe('SITI AMINAH');
    expect(p.problems).toEqual([]);
  });

  it.each([
    ['AKTIF', 'active', 'AKTIF'],
    ['  Aktif ', 'active', 'Aktif'],
    ['NON AKTIF', 'inactive', 'NON AKTIF'],
    ['Non-Aktif', 'inactive', 'Non-Aktif'],
    ['KELUAR', 'inactive', 'KELUAR'],
    ['NA', 'inactive', 'NA'],
    ['N/A', null, null],
    ['', null, null],
    [null, null, null],
  ] as [RawCell, string | null, string | null][])('status %j → %j (raw %j)', (cell, status, statusRaw) => {
    const p = participant({ name: 'BUDI', bpjs_status: cell });
    expect([p.status, p.statusRaw]).toEqual([status, statusRaw]);
    expect(p.problems).toEqual([]);
  });

  it('an unrecognised status keeps its text, has no status, and is said as a status_invalid problem', () => {
    const p = participant({ name: 'BUDI', bpjs_status: 'HONORER' });
    expect([p.status, p.statusRaw]).toEqual([null, 'HONORER']);
    expect(p.problems.map((x) => [x.kind, x.column, x.detail])).toEqual([['status_invalid', 'bpjs_status', { code: 'record.status_invalid', params: { value: 'HONORER' } }]]);
    expect(participant({ name: 'BUDI', bpjs_status: '' }).problems).toEqual([]);
  });

  it('has no status when the export has no status column', () => {
    const p = participant({ name: 'BUDI' });
    expect([p.status, p.statusRaw, p.membershipDate]).toEqual([null, null, null]);
  });

  it.each([
    [dateCell('2020-02-01', 43862), '2020-02-01'],
    [num('43862'), '2020-02-01'],
    ['2020-02-01', '2020-02-01'],
    ['1 Februari 2020', '2020-02-01'],
    ['-', null],
    ['', null],
  ] as [RawCell, string | null][])('membership date %j → %j', (cell, iso) => {
    const p = participant({ name: 'BUDI', membership_date: cell });
    expect(p.membershipDate).toBe(iso);
    expect(p.problems).toEqual([]);
  });

  it('date_invalid for a bad membership date, after the person’s own problems', () => {
    const p = buildParticipant(row(4, ['', '30-02-2020', 'satu juta']), planFor(['name', 'membership_date', 'wage'], { file: 'bpjs.csv', sheet: '' }), 0);
    expect(p.membershipDate).toBeNull();
    expect(p.problems).toEqual([
      { kind: 'name_missing', at: { file: 'bpjs.csv', sheet: '', row: 4 }, column: 'name', detail: { code: 'record.name_missing' } },
      { kind: 'wage_invalid', at: { file: 'bpjs.csv', sheet: '', row: 4 }, column: 'wage', detail: { code: 'money.unrecognized', params: { text: 'satu juta' } } },
      {
        kind: 'date_invalid',
        at: { file: 'bpjs.csv', sheet: '', row: 4 },
        column: 'membership_date',
        detail: { code: 'date.no_such_date', params: { text: '30-02-2020', day: 30, month: 2, year: 2020 } },
      },
    ]);
  });

  it('raises the same person problems as a roster row', () => {
    const values = { nik: NIK_WOMAN, name: 'SITI', birth_date: '05-10-1993', sex: 'L', wage: 'abc' };
    expect(problemsOf(participant(values))).toEqual(problemsOf(worker(values)));
    expect(kinds(participant(values))).toEqual(['wage_invalid', 'nik_dob_mismatch', 'nik_sex_mismatch']);
  });

  it.each([
    ['12345678901', '12345678901'],
    ['12.345.678.901', '12345678901'],
    ["'12345678901", '12345678901'],
    [num('12345678901'), '12345678901'],
    [num('12345678901.0'), '12345678901'],
    ['-', null],
    ['0', null],
    ['BELUM ADA', null],
    ['1.23457E+10', null],
    [dateCell('2020-01-01'), null],
  ] as [RawCell, string | null][])('KPJ %j → %j', (cell, kpj) => {
    expect(participant({ name: 'BUDI', kpj: cell }).kpj).toBe(kpj);
    expect(worker({ name: 'BUDI', kpj: cell }).kpj).toBe(kpj);
  });

  it('an unreadable KPJ is a kpj_invalid problem on both sides (not dropped without a word); an empty one is none', () => {
    for (const [cell, code] of [['1.23457E+10', 'kpj.scientific'], [dateCell('2020-01-01'), 'kpj.date_cell']] as [RawCell, string][]) {
      for (const r of [participant({ name: 'BUDI', kpj: cell }), worker({ name: 'BUDI', kpj: cell })]) {
        expect(r.kpj).toBeNull();
        expect(r.problems.map((p) => [p.kind, p.column, p.detail.code, p.at.row])).toEqual([['kpj_invalid', 'kpj', code, r.row]]);
      }
    }
    for (const cell of ['-', '0', 'BELUM ADA', '', 'SEDANG DIPROSES'] as RawCell[]) {
      expect(participant({ name: 'BUDI', kpj: cell }).problems).toEqual([]);
      expect(worker({ name: 'BUDI', kpj: cell }).problems).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('seq', () => {
  it.each([0, 1, 41, 999_999])('is passed through unchanged (%i) on both sides', (seq) => {
    const plan = planFor(['nik', 'name']);
    expect(buildWorker(row(2, [NIK_MAN, 'BUDI']), plan, seq).seq).toBe(seq);
    expect(buildParticipant(row(2, [NIK_MAN, 'BUDI']), plan, seq).seq).toBe(seq);
  });
});

// ---------------------------------------------------------------------------------------------

const ALL_ROLES: ColumnRole[] = ['nik', 'name', 'birth_date', 'birth_place_date', 'birth_place', 'sex', 'agency', 'position', 'wage', 'kpj', 'bpjs_status', 'membership_date'];

describe('detachStrings on and off give equal records', () => {
  const rows: RawCell[][] = [
    [NIK_WOMAN, 'SITI AMINAH, S.Pd', '04-10-1993', 'Bandung, 04/10/1993', 'Kota Bandung yang sangat panjang sekali namanya lebih dari enam puluh empat huruf', 'P', 'Dinas Lingkungan Hidup', 'Staf Administrasi Umum', 'Rp 2.500.000', '12.345.678.901', 'AKTIF', '01-02-2020'],
    [num('3273014410930000'), 'Drs. H. BUDI SANTOSO, M.Pd', dateCell('1993-10-05'), num('34246'), null, 'L', '', '-', num('2500000'), num('12345678901'), 'NON AKTIF', num('43862')],
    ['abc', '', 'kemarin', 'Klaten, 12/25/1990', '  ', '1', null, null, 'satu juta', '-', 'HONORER', '30-02-2020'],
    ['3273014410930010', 'DEWI', null, null, null, null, null, null, null, null, null, null],
  ];

  it.each(rows.map((cells, i) => [i, cells] as const))('row %i', (_i, cells) => {
    for (const zeroedNikColumn of [false, true]) {
      const on = planFor(ALL_ROLES, { zeroedNikColumn, detachStrings: true });
      const off = planFor(ALL_ROLES, { zeroedNikColumn, detachStrings: false });
      expect(buildWorker(row(3, cells), on, 5)).toEqual(buildWorker(row(3, cells), off, 5));
      expect(buildParticipant(row(3, cells), on, 5)).toEqual(buildParticipant(row(3, cells), off, 5));
    }
  });

  it('off, text cells reach the record unchanged', () => {
    const off = planFor(['name', 'agency'], { detachStrings: false });
    const name = 'SITI AMINAH BINTI ABDULLAH';
    const w = buildWorker(row(3, [name, 'Dinas Lingkungan Hidup']), off, 0);
    expect(w.name.original).toBe(name);
    expect(w.agency).toBe('Dinas Lingkungan Hidup');
  });
});

// ---------------------------------------------------------------------------------------------

describe('properties', () => {
  const REGIONS = ['327301', '331001', '367101', '317101', '917101'];
  const TOKENS = ['SITI', 'AMINAH', 'BUDI', 'SANTOSO', 'DEWI', 'LESTARI', 'AGUS', 'PRATAMA', 'RINA', 'WULANDARI', 'HARTONO', 'YULIANTI', 'EKO', 'PURNOMO', 'SRI', 'RAHAYU', 'JOKO', 'WIDODO'];
  const PLACES = ['Bandung', 'Klaten', 'Kota Tangerang', 'Jakarta', 'Jayapura'];
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

  const person = fc.record({
    region: fc.constantFrom(...REGIONS),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 1950, max: 2005 }),
    female: fc.boolean(),
    serial: fc.integer({ min: 1, max: 9999 }),
    name: fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 4 }),
    place: fc.constantFrom(...PLACES),
    ttl: fc.boolean(),
    nikAsNumber: fc.boolean(),
    sexWord: fc.constantFrom('short', 'long'),
  });

  it('a row built from a valid NIK, name, birth date and sex round-trips into the record, with no problem', () => {
    fc.assert(
      fc.property(person, (p) => {
        // A numeric cell ending in 0 is Excel damage by design: keep numeric NIKs off serials ending in 0.
        const serial = p.nikAsNumber && p.serial % 10 === 0 ? p.serial + 1 : p.serial;
        const nik = `${p.region}${pad(p.day + (p.female ? 40 : 0))}${pad(p.month)}${pad(p.year % 100)}${pad(serial, 4)}`;
        const iso = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
        const dmy = `${pad(p.day)}/${pad(p.month)}/${p.year}`;
        const name = p.name.join(' ');
        const sexText = p.female ? (p.sexWord === 'short' ? 'P' : 'Perempuan') : p.sexWord === 'short' ? 'L' : 'Laki-laki';
        const values: Partial<Record<ColumnRole, RawCell>> = p.ttl
          ? { nik: p.nikAsNumber ? num(nik) : nik, name, birth_place_date: `${p.place}, ${dmy}`, sex: sexText }
          : { nik: p.nikAsNumber ? num(nik) : nik, name, birth_place: p.place, birth_date: dmy.replace(/\//g, '-'), sex: sexText };
        for (const w of [worker(values, {}, 11, 3), participant(values, {}, 11, 3)]) {
          expect(w.nik.status).toBe('valid');
          expect(w.nik.nik).toBe(nik);
          expect(w.name.clean).toBe(name);
          expect(w.name.tokens).toEqual(p.name);
          expect(w.birthDate).toBe(iso);
          expect(w.birthPlace).toBe(p.place);
          expect(w.sex).toBe(p.female ? 'F' : 'M');
          expect(w.problems).toEqual([]);
          expect([w.file, w.sheet, w.row, w.seq]).toEqual([FILE, SHEET, 11, 3]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nik_dob_mismatch is raised exactly when day, month or two-digit year differ', () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const year = fc.integer({ min: 1950, max: 2020 });
    fc.assert(
      fc.property(day, month, year, day, month, year, (d1, m1, y1, d2, m2, y2) => {
        const nik = `327301${pad(d1)}${pad(m1)}${pad(y1 % 100)}0007`;
        const w = worker({ nik, name: 'BUDI', birth_date: `${pad(d2)}-${pad(m2)}-${y2}` });
        const differs = d1 !== d2 || m1 !== m2 || y1 % 100 !== y2 % 100;
        expect(kinds(w)).toEqual(differs ? ['nik_dob_mismatch'] : []);
      }),
      { numRuns: 300 },
    );
  });

  const cell: fc.Arbitrary<RawCell> = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.stringMatching(/^[0-9.,E+\- ]{0,24}$/),
    fc.stringMatching(/^-?[0-9]{1,20}(\.[0-9]{1,3})?(E\+[0-9]{1,2})?$/).map(num),
    fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => dateCell(d.toISOString().slice(0, 10))),
    fc.constantFrom<RawCell>(null, '', '-', 'BELUM ADA', 'N/A', '#N/A', '0', "'", '="'),
  );

  it('building never throws on arbitrary cells; problems are well-formed; detachStrings changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 0, maxLength: ALL_ROLES.length + 2 }),
        fc.boolean(),
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (cells, zeroedNikColumn, referenceYear, rowNumber) => {
          const on = planFor(ALL_ROLES, { zeroedNikColumn, referenceYear, detachStrings: true });
          const off = planFor(ALL_ROLES, { zeroedNikColumn, referenceYear, detachStrings: false });
          const w = buildWorker(row(rowNumber, cells), on, 8);
          const p = buildParticipant(row(rowNumber, cells), on, 8);
          expect(buildWorker(row(rowNumber, cells), off, 8)).toEqual(w);
          expect(buildParticipant(row(rowNumber, cells), off, 8)).toEqual(p);
          for (const r of [w, p]) {
            expect([r.file, r.sheet, r.row]).toEqual([FILE, SHEET, rowNumber]);
            for (const pr of r.problems) {
              expect(PROBLEM_KINDS).toContain(pr.kind);
              expect(pr.at).toEqual({ file: FILE, sheet: SHEET, row: rowNumber });
              expect(ALL_ROLES as (string | null)[]).toContain(pr.column);
              expect(typeof pr.detail.code).toBe('string');
            }
            if (r.nik.status === 'valid') expect(r.nik.nik).toMatch(/^\d{16}$/);
            if (r.birthDate !== null) expect(r.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (r.wage !== null) expect(Number.isSafeInteger(r.wage) && r.wage >= 0).toBe(true);
            if (r.kpj !== null) expect(r.kpj).toMatch(/^\d+$/);
          }
          expect(typeof w.agency).toBe('string');
          expect(w.agency.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
