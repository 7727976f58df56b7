// Why this file exists: a mutation audit of src/normalize/record-from-row.ts found that the existing tests
// almost never put a role in the sheet's first column (index 0), so "column present" checks weakened to
// "index > 0" went unnoticed; nor was an unknown BPJS status tested beside a membership-date column. These
// tests pin both, plus exact provenance on every problem and a missing cell read the same as an empty one.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import type { ColumnRole } from '../../../src/normalize/column-role.js';
import type { PersonRecord } from '../../../src/normalize/person-record.js';
import { buildParticipant, buildWorker, makeRecordPlan } from '../../../src/normalize/record-from-row.js';
import type { RecordPlan } from '../../../src/normalize/record-from-row.js';

/** Synthetic NIKs (made-up serials). Kota Bandung, woman born 04-10-1993. */
const NIK_WOMAN = '3273014410930002';
/** Kota Bandung, man born 04-10-1993. */
const NIK_MAN = '3273010410930001';
/** A synthetic ASN NIP: born 1970-01-01, appointed 1995-03. */
const NIP = '197001011995031001';

const FILE = 'rosters/pemda.xlsx';
const SHEET = 'DINKES';

/** A plan whose columns are `roles` in this order: cell i of a row is roles[i]. */
function planFor(roles: readonly ColumnRole[], file = FILE, sheet = SHEET): RecordPlan {
  const columns: Partial<Record<ColumnRole, { index: number }>> = {};
  roles.forEach((role, index) => (columns[role] = { index }));
  return makeRecordPlan({ file, sheet, columns, referenceYear: 2026, zeroedNikColumn: false });
}

const kinds = (r: PersonRecord): string[] => r.problems.map((p) => p.kind);

describe('a role in the first column of the sheet (index 0) is read like anywhere else', () => {
  // Each case: the role in column 0 with a value, the name beside it, and what the record must hold.
  const cases: [ColumnRole, RawCell, (r: PersonRecord) => unknown, unknown][] = [
    ['nik', NIK_WOMAN, (r) => r.nik.nik, NIK_WOMAN],
    ['birth_date', '04-10-1993', (r) => r.birthDate, '1993-10-04'],
    ['birth_place', 'Klaten', (r) => r.birthPlace, 'Klaten'],
    ['birth_place_date', 'Bandung, 04/10/1993', (r) => [r.birthPlace, r.birthDate], ['Bandung', '1993-10-04']],
    ['sex', 'Perempuan', (r) => r.sex, 'F'],
    ['position', 'Bidan Desa', (r) => r.position, 'Bidan Desa'],
    ['wage', 'Rp 2.500.000', (r) => r.wage, 2_500_000],
    ['kpj', '12345678901', (r) => r.kpj, '12345678901'],
  ];

  it.each(cases)('%s in column 0, on both sides', (role, cell, read, expected) => {
    const plan = planFor([role, 'name']);
    expect(read(buildWorker({ row: 5, cells: [cell, 'SITI AMINAH'] }, plan, 0))).toEqual(expected);
    expect(read(buildParticipant({ row: 5, cells: [cell, 'SITI AMINAH'] }, plan, 0))).toEqual(expected);
  });

  it('name in column 0', () => {
    const w = buildWorker({ row: 5, cells: ['SITI AMINAH', NIK_WOMAN] }, planFor(['name', 'nik']), 0);
    expect(w.name.clean).toBe('SITI AMINAH');
    expect(w.problems).toEqual([]);
  });

  it('agency in column 0: the roster takes it instead of the sheet name; the BPJS export keeps it', () => {
    const plan = planFor(['agency', 'name']);
    expect(buildWorker({ row: 5, cells: ['Dinas Lingkungan Hidup', 'BUDI'] }, plan, 0).agency).toBe('Dinas Lingkungan Hidup');
    expect(buildParticipant({ row: 5, cells: ['Dinas Lingkungan Hidup', 'BUDI'] }, plan, 0).agency).toBe('Dinas Lingkungan Hidup');
  });

  it('BPJS status and membership date in column 0', () => {
    const status = buildParticipant({ row: 5, cells: ['NON AKTIF', 'BUDI'] }, planFor(['bpjs_status', 'name']), 0);
    expect([status.status, status.statusRaw]).toEqual(['inactive', 'NON AKTIF']);
    const member = buildParticipant({ row: 5, cells: ['01-02-2020', 'BUDI'] }, planFor(['membership_date', 'name']), 0);
    expect(member.membershipDate).toBe('2020-02-01');
  });

  it('an ASN NIP in column 0 of a roster is said (DOMAIN.md §1.4: likely a PNS/PPPK in the non-ASN roster)', () => {
    const w = buildWorker({ row: 5, cells: [NIP, NIK_MAN, 'BUDI'] }, planFor(['nip', 'nik', 'name']), 0);
    expect(w.problems.map((p) => [p.kind, p.column])).toEqual([['asn_nip', 'nip']]);
  });

  it('unreadable values in column 0 raise their problems', () => {
    const cases: [ColumnRole, RawCell, string][] = [
      ['birth_date', '31/02/1993', 'date_invalid'],
      ['sex', 'Bapak', 'sex_invalid'],
      ['wage', 'satu juta', 'wage_invalid'],
      ['birth_place_date', 'Klaten, 12/25/1990', 'date_invalid'],
    ];
    for (const [role, cell, kind] of cases) {
      const w = buildWorker({ row: 5, cells: [cell, 'BUDI'] }, planFor([role, 'name']), 0);
      expect(w.problems.map((p) => [p.kind, p.column])).toEqual([[kind, role]]);
    }
    const p = buildParticipant({ row: 5, cells: ['30-02-2020', 'BUDI'] }, planFor(['membership_date', 'name']), 0);
    expect(p.problems.map((x) => [x.kind, x.column])).toEqual([['date_invalid', 'membership_date']]);
  });
});

describe('status_invalid does not depend on the other BPJS columns', () => {
  it('an unknown status is said whether or not the export has a membership-date column', () => {
    for (const roles of [['name', 'bpjs_status'], ['name', 'bpjs_status', 'membership_date'], ['membership_date', 'name', 'bpjs_status']] as ColumnRole[][]) {
      const cells: RawCell[] = roles.map((r) => (r === 'name' ? 'BUDI' : r === 'bpjs_status' ? 'HONORER' : '01-02-2020'));
      const p = buildParticipant({ row: 6, cells }, planFor(roles), 0);
      expect([p.status, p.statusRaw]).toEqual([null, 'HONORER']);
      expect(p.problems.map((x) => [x.kind, x.column, x.detail])).toEqual([['status_invalid', 'bpjs_status', { code: 'record.status_invalid', params: { value: 'HONORER' } }]]);
    }
  });

  it('an unknown status and an unreadable membership date are both said', () => {
    const p = buildParticipant({ row: 6, cells: ['BUDI', 'HONORER', '30-02-2020'] }, planFor(['name', 'bpjs_status', 'membership_date']), 0);
    expect(kinds(p).sort()).toEqual(['date_invalid', 'status_invalid']);
  });
});

describe('provenance: every problem names the file, sheet and row of its own row', () => {
  const roles: ColumnRole[] = ['nip', 'nik', 'name', 'birth_date', 'sex', 'wage', 'kpj', 'bpjs_status', 'membership_date'];
  const bad: RawCell[] = [NIP, '12345', '', '31/02/1993', 'Bapak', 'satu juta', '1.23457E+10', 'HONORER', '30-02-2020'];

  it('on a roster row and a BPJS row, each problem carries exactly { file, sheet, row } and not the record', () => {
    // The sheet name as written, trailing space included: it is how the officer finds the tab again.
    const w = buildWorker({ row: 1048, cells: bad }, planFor(roles, 'in/a.xlsx', 'Honorer 2024 '), 9);
    const p = buildParticipant({ row: 77, cells: bad }, planFor(roles, 'bpjs/export.csv', ''), 3);
    expect(kinds(w).sort()).toEqual(['asn_nip', 'date_invalid', 'kpj_invalid', 'name_missing', 'nik_invalid', 'sex_invalid', 'wage_invalid']);
    expect(kinds(p).sort()).toEqual(['date_invalid', 'date_invalid', 'kpj_invalid', 'name_missing', 'nik_invalid', 'sex_invalid', 'status_invalid', 'wage_invalid']);
    for (const [r, at] of [
      [w, { file: 'in/a.xlsx', sheet: 'Honorer 2024 ', row: 1048 }],
      [p, { file: 'bpjs/export.csv', sheet: '', row: 77 }],
    ] as const) {
      expect([r.file, r.sheet, r.row]).toEqual([at.file, at.sheet, at.row]);
      for (const pr of r.problems) {
        // toStrictEqual: no extra keys, so a kept problem does not keep its record alive (decisions.md).
        expect(pr.at).toStrictEqual(at);
        expect(pr.at).not.toBe(r);
      }
    }
  });

  it('rows of one plan keep their own row numbers (no problem points at another row)', () => {
    const plan = planFor(['nik', 'name']);
    const a = buildWorker({ row: 2, cells: ['-', 'BUDI'] }, plan, 0);
    const b = buildWorker({ row: 3, cells: ['-', 'SITI'] }, plan, 1);
    expect([a.problems[0]!.at.row, b.problems[0]!.at.row]).toEqual([2, 3]);
  });
});

describe('a missing cell (short row), a null cell and an empty cell are read alike', () => {
  const roles: ColumnRole[] = ['name', 'nik', 'birth_date', 'birth_place_date', 'birth_place', 'sex', 'agency', 'position', 'wage', 'kpj', 'bpjs_status', 'membership_date', 'nip'];
  const blanks: [string, RawCell[]][] = [
    ['short row', ['BUDI']],
    ['null cells', ['BUDI', ...roles.slice(1).map(() => null)]],
    ['empty text', ['BUDI', ...roles.slice(1).map(() => '')]],
    ['spaces', ['BUDI', ...roles.slice(1).map(() => '   ')]],
  ];

  it.each(blanks)('%s: nothing read; only the NIK is said missing (its column exists)', (_label, cells) => {
    const plan = planFor(roles);
    const w = buildWorker({ row: 4, cells }, plan, 0);
    const p = buildParticipant({ row: 4, cells }, plan, 0);
    for (const r of [w, p]) {
      expect(r).toMatchObject({ birthDate: null, birthPlace: null, sex: null, position: null, wage: null, kpj: null });
      expect(r.nik.status).toBe('missing');
      expect(r.problems.map((x) => [x.kind, x.column])).toEqual([['nik_missing', 'nik']]);
    }
    // Roster agency falls back to the sheet name; the BPJS export has none.
    expect(w.agency).toBe(SHEET);
    expect([p.agency, p.status, p.statusRaw, p.membershipDate]).toEqual([null, null, null, null]);
  });

  it('without a NIK column nothing is said about the NIK; with one, an empty NIK is nik_missing', () => {
    expect(kinds(buildWorker({ row: 4, cells: ['BUDI'] }, planFor(['name']), 0))).toEqual([]);
    expect(kinds(buildWorker({ row: 4, cells: ['BUDI'] }, planFor(['name', 'nik']), 0))).toEqual(['nik_missing']);
  });
});

// Was a bug (exploratory test): "UPT PARKIR" merged over three rows of the unit column gave only the first
// row that agency; the others fell back to the file name and the unit was split in the summary and budget.
describe('a blank agency cell under a filled one is the agency above (merged cell or a unit written once)', () => {
  const row = (n: number, agency: RawCell): RawRow => ({ row: n, cells: [`PEGAWAI ${n}`, agency] });
  it('carries the last agency down its sheet; a new one replaces it; rows before any keep the sheet name', () => {
    const plan = planFor(['name', 'agency']);
    const agencies = [row(2, null), row(3, 'UPT PARKIR'), row(4, null), row(5, ''), row(6, 'UPT TERMINAL'), row(7, null)].map((r, i) => buildWorker(r, plan, i).agency);
    expect(agencies).toEqual([SHEET, 'UPT PARKIR', 'UPT PARKIR', 'UPT PARKIR', 'UPT TERMINAL', 'UPT TERMINAL']);
  });

  it('each sheet starts afresh (one plan per sheet), and a sheet without an agency column uses its name', () => {
    const first = planFor(['name', 'agency']);
    buildWorker(row(2, 'UPT PARKIR'), first, 0);
    expect(buildWorker(row(2, null), planFor(['name', 'agency'], FILE, 'DISHUB'), 1).agency).toBe('DISHUB');
    expect(buildWorker({ row: 2, cells: ['PEGAWAI 2'] }, planFor(['name'], FILE, 'DISHUB'), 2).agency).toBe('DISHUB');
  });
});
