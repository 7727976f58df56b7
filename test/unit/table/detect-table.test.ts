import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { translate } from '../../../src/i18n/translate.js';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { RawRow } from '../../../src/io/raw-sheet.js';
import { matchHeader } from '../../../src/table/header-aliases.js';
import { detectTable } from '../../../src/table/detect-table.js';
import type { DetectOptions } from '../../../src/table/detect-table.js';

/** Rows numbered from 1; `[]` is a blank row. */
function sheet(...lines: RawCell[][]): RawRow[] {
  return lines.map((cells, i) => ({ row: i + 1, cells }));
}

const base: DetectOptions = { file: 'roster.xlsx', sheet: 'DINAS', side: 'roster', overrides: {} };

const layouts: { description: string; rows: RawRow[]; options?: Partial<DetectOptions>; headerRow: number; lastHeaderRow: number; columns: Record<string, [number, string]> }[] = [
  {
    description: 'plain header on row 1',
    rows: sheet(['NO', 'NAMA', 'NIK', 'TGL LAHIR'], ['1', 'ANI', '3671014501900001', '05-01-1990']),
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [1, 'NAMA'], nik: [2, 'NIK'], birth_date: [3, 'TGL LAHIR'] },
  },
  {
    description: 'title rows above the header (DAFTAR NAMA…, DINAS…, TAHUN ANGGARAN)',
    rows: sheet(
      ['DAFTAR NAMA TENAGA HONORER / NON ASN'],
      ['DINAS PENDIDIKAN DAN KEBUDAYAAN'],
      ['TAHUN ANGGARAN 2025'],
      [],
      ['No.', 'Nama Lengkap', 'No. KTP', 'Tempat/Tgl. Lahir', 'Jabatan', 'Unit Kerja', 'Honor/Bulan'],
      ['1', 'ANI', '3671014501900001', 'Tangerang, 05-01-1990', 'Staf', 'Sekretariat', '1.500.000'],
    ),
    headerRow: 5,
    lastHeaderRow: 5,
    columns: { name: [1, 'Nama Lengkap'], nik: [2, 'No. KTP'], birth_place_date: [3, 'Tempat/Tgl. Lahir'], position: [4, 'Jabatan'], agency: [5, 'Unit Kerja'], wage: [6, 'Honor/Bulan'] },
  },
  {
    description: 'numbering row under the header is skipped',
    rows: sheet(['NO', 'NAMA', 'NIK', 'JABATAN'], ['1', '2', '3', '4'], ['1', 'ANI', '3671014501900001', 'Staf']),
    headerRow: 1,
    lastHeaderRow: 2,
    columns: { name: [1, 'NAMA'], nik: [2, 'NIK'], position: [3, 'JABATAN'] },
  },
  {
    description: 'split TEMPAT/TGL LAHIR over TEMPAT | TANGGAL, then a numbering row',
    rows: sheet(
      ['REKAP HONORER'],
      ['NO', 'NAMA', 'NIK', 'TEMPAT/TGL LAHIR', null, 'L/P'],
      [null, null, null, 'TEMPAT', 'TANGGAL', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['1', 'ANI', '3671014501900001', 'Tangerang', '05-01-1990', 'P'],
    ),
    headerRow: 2,
    lastHeaderRow: 4,
    columns: { name: [1, 'NAMA'], nik: [2, 'NIK'], birth_place: [3, 'TEMPAT/TGL LAHIR / TEMPAT'], birth_date: [4, 'TEMPAT/TGL LAHIR / TANGGAL'], sex: [5, 'L/P'] },
  },
  {
    description: 'BPJS group over KPJ | STATUS',
    rows: sheet(
      ['NAMA', 'NIK', 'BPJS KETENAGAKERJAAN', null],
      [null, null, 'NO. KPJ', 'STATUS'],
      ['ANI', '3671014501900001', '12345678901', 'AKTIF'],
    ),
    headerRow: 1,
    lastHeaderRow: 2,
    columns: { name: [0, 'NAMA'], nik: [1, 'NIK'], kpj: [2, 'BPJS KETENAGAKERJAAN / NO. KPJ'], bpjs_status: [3, 'BPJS KETENAGAKERJAAN / STATUS'] },
  },
  {
    description: 'BPJS F2a export layout',
    rows: sheet(
      ['RINCIAN IURAN TENAGA KERJA'],
      ['No', 'Nomor Referensi', 'NIK', 'Nama', 'Tgl Lahir', 'Tgl Kepesertaan', 'Upah', 'JKK', 'JKM', 'Total Iuran'],
      ['1', '12345678901', '3671014501900001', 'ANI', '05-01-1990', '01-01-2024', '2,500,000.00', '6,000.00', '7,500.00', '13,500.00'],
    ),
    options: { side: 'bpjs' },
    headerRow: 2,
    lastHeaderRow: 2,
    columns: { kpj: [1, 'Nomor Referensi'], nik: [2, 'NIK'], name: [3, 'Nama'], birth_date: [4, 'Tgl Lahir'], membership_date: [5, 'Tgl Kepesertaan'], wage: [6, 'Upah'] },
  },
  {
    description: 'English headers',
    rows: sheet(['Full Name', 'National ID', 'Date of Birth', 'Gender', 'Salary'], ['ANI', '3671014501900001', '1990-01-05', 'F', '1500000']),
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [0, 'Full Name'], nik: [1, 'National ID'], birth_date: [2, 'Date of Birth'], sex: [3, 'Gender'], wage: [4, 'Salary'] },
  },
  {
    description: 'headers with remarks in parentheses and a mother\'s-name column that is not the name',
    rows: sheet(['NAMA LENGKAP (TANPA GELAR)', 'NAMA IBU KANDUNG', 'NIK (16 DIGIT)', 'TANGGAL LAHIR (DD-MM-YYYY)'], ['ANI', 'SITI', '3671014501900001', '05-01-1990']),
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [0, 'NAMA LENGKAP (TANPA GELAR)'], nik: [2, 'NIK (16 DIGIT)'], birth_date: [3, 'TANGGAL LAHIR (DD-MM-YYYY)'] },
  },
  {
    description: 'roster STATUS holding employment status is not BPJS status',
    rows: sheet(['NAMA', 'NIK', 'STATUS'], ['ANI', '3671014501900001', 'HONORER'], ['BUDI', '3671010503850002', 'PPPK']),
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [0, 'NAMA'], nik: [1, 'NIK'] },
  },
  {
    description: 'roster STATUS holding AKTIF / NON AKTIF is BPJS status',
    rows: sheet(['NAMA', 'NIK', 'STATUS'], ['ANI', '3671014501900001', 'AKTIF'], ['BUDI', '3671010503850002', 'NON AKTIF']),
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [0, 'NAMA'], nik: [1, 'NIK'], bpjs_status: [2, 'STATUS'] },
  },
  {
    description: 'BPJS side takes a bare STATUS as membership status',
    rows: sheet(['NAMA', 'NIK', 'STATUS'], ['ANI', '3671014501900001', 'x']),
    options: { side: 'bpjs' },
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [0, 'NAMA'], nik: [1, 'NIK'], bpjs_status: [2, 'STATUS'] },
  },
  {
    description: '--map overrides an unknown header and wins over aliases',
    rows: sheet(['NAMA', 'IDENTITAS', 'NO KTP LAMA'], ['ANI', '3671014501900001', '123']),
    options: { overrides: { nik: 'identitas' } },
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [0, 'NAMA'], nik: [1, 'IDENTITAS'] },
  },
  {
    description: 'name and birth date without NIK is enough',
    rows: sheet(['NAMA', 'TTL', 'JABATAN'], ['ANI', 'Klaten, 1-1-1990', 'Staf']),
    headerRow: 1,
    lastHeaderRow: 1,
    columns: { name: [0, 'NAMA'], birth_place_date: [1, 'TTL'], position: [2, 'JABATAN'] },
  },
  {
    description: 'forced header row',
    rows: sheet(['NAMA', 'NIK'], ['x', 'y'], ['NAMA PESERTA', 'NIK', 'TGL LAHIR']),
    options: { headerRow: 3 },
    headerRow: 3,
    lastHeaderRow: 3,
    columns: { name: [0, 'NAMA PESERTA'], nik: [1, 'NIK'], birth_date: [2, 'TGL LAHIR'] },
  },
];

describe('detectTable: header row and column roles', () => {
  it.each(layouts)('$description', ({ rows, options, headerRow, lastHeaderRow, columns }) => {
    const result = detectTable(rows, { ...base, ...options });
    if (result.kind !== 'table') throw new Error(`no table: ${JSON.stringify(result.reason)}`);
    expect(result.layout.headerRow).toBe(headerRow);
    expect(result.layout.lastHeaderRow).toBe(lastHeaderRow);
    const got = Object.fromEntries(Object.entries(result.layout.columns).map(([role, b]) => [role, [b.index, b.header]]));
    expect(got).toEqual(columns);
  });

  it('reports title, header, sub-header and numbering rows as skipped with reasons', () => {
    const result = detectTable(layouts[3]?.rows ?? [], base);
    expect(result.kind === 'table' && result.skipped.map((s) => [s.row, s.reason])).toEqual([[1, 'title'], [2, 'header'], [3, 'sub_header'], [4, 'numbering']]);
  });

  it('notes a STATUS column taken as employment status', () => {
    const result = detectTable(layouts[8]?.rows ?? [], base);
    expect(result.kind === 'table' && result.layout.notes.map((n) => n.code)).toEqual(['table.status_is_employment']);
  });
});

describe('detectTable: no table, missing and ambiguous roles', () => {
  it('finds no header in a sheet of titles and totals', () => {
    const result = detectTable(sheet(['REKAPITULASI'], ['OPD', 'JUMLAH'], ['Dinas A', '12']), base);
    expect(result.kind).toBe('no_table');
    expect(result.kind === 'no_table' && result.reason.code).toBe('table.no_header');
  });

  it('reports a missing NIK/birth-date column with the headers and a --map hint', () => {
    const result = detectTable(sheet(['NAMA', 'JABATAN', 'NO IDENTITAS']), base);
    expect(result).toEqual({
      kind: 'no_table',
      reason: {
        code: 'table.missing_role',
        params: { file: 'roster.xlsx', sheet: 'DINAS', where: 'roster.xlsx [DINAS]', flag: '--map', role: 'nik', row: 1, headers: '"NAMA", "JABATAN", "NO IDENTITAS"', example: 'NO IDENTITAS' },
      },
    });
  });

  it('the --map hint names the column whose values look like the missing role, not a column of row numbers', () => {
    const noName = detectTable(sheet(['NO', 'NIK', 'PESERTA', 'TGL LAHIR'], ['1', '3671014501900001', 'ANI SUSANTI, S.Pd', '05-01-1990'], ['2', '3671014501900002', "MA'RUF", '06-01-1990']), base);
    expect(noName.kind === 'no_table' && noName.reason.params).toMatchObject({ role: 'name', example: 'PESERTA' });
    const noNik = detectTable(sheet(['NO', 'NAMA', 'JABATAN', 'KETERANGAN', 'IDENTITAS'], ['1', 'ANI', 'STAF', 'honor', '3671014501900001'], ['2', 'BUDI', 'STAF', 'kontrak', '3.67101450190E+15']), base);
    expect(noNik.kind === 'no_table' && noNik.reason.params).toMatchObject({ role: 'nik', example: 'IDENTITAS' });
  });

  it('the hints name the option of the command that reads the file (reconcile reads two sides)', () => {
    const options = { ...base, mapFlag: '--bpjs-map' };
    const missing = detectTable(sheet(['NAMA', 'JABATAN', 'NO IDENTITAS']), options);
    expect(missing.kind === 'no_table' && missing.reason.params?.['flag']).toBe('--bpjs-map');
    const noHeader = detectTable(sheet(['REKAPITULASI'], ['OPD', 'JUMLAH']), options);
    expect(noHeader.kind === 'no_table' && noHeader.reason.params?.['flag']).toBe('--bpjs-map');
    try {
      detectTable(sheet(['NAMA', 'NIK']), { ...options, overrides: { kpj: 'NO PESERTA' } });
      expect.unreachable();
    } catch (err) {
      expect((err as InputError).detail).toMatchObject({ code: 'table.map_header_not_found', params: { flag: '--bpjs-map', role: 'kpj' } });
    }
  });

  // Was "given for --map wage" (exploratory test) when the user passed no --map: the header came from rekon.toml.
  it('a header the config file gave and the sheet lacks is said to come from that file and its [columns.<side>] key', () => {
    const configMap = { file: '/data/rekon.toml', roles: ['wage'] as const };
    const fail = (overrides: DetectOptions['overrides']): InputError => {
      try {
        detectTable(sheet(['NAMA', 'NIK', 'GAJI']), { ...base, overrides, configMap });
      } catch (err) {
        return err as InputError;
      }
      return expect.unreachable();
    };
    const fromConfig = fail({ wage: 'HONOR' });
    expect(fromConfig.detail).toMatchObject({ code: 'table.config_header_not_found', params: { file: 'roster.xlsx', config: '/data/rekon.toml', section: 'columns.roster', role: 'wage', header: 'HONOR' } });
    expect(translate('en', fromConfig.detail)).toBe('roster.xlsx [DINAS]: header "HONOR" given in /data/rekon.toml [columns.roster] wage not found. Headers found: "NAMA", "NIK", "GAJI".');
    // A role the command line mapped (not among the config's roles) is still the option's.
    expect(fail({ wage: 'GAJI', nik: 'NO KTP' }).detail).toMatchObject({ code: 'table.map_header_not_found', params: { flag: '--map', role: 'nik' } });
  });

  it('a header row given with --header-row that holds a NIK or a date is said to be a worker row, not offered as column names', () => {
    const rows = sheet(['NAMA', 'NIK', 'TGL LAHIR', 'OPD'], ['WAHYU HIDAYAT', '3273011002890011', '20-02-1989', 'BAPPEDA'], ['ANI SUSANTI', '3273014501900001', '1990-01-05', 'BAPPEDA']);
    for (const headerRow of [2, 3]) {
      const result = detectTable(rows, { ...base, headerRow });
      expect(result.kind === 'no_table' && result.reason.code).toBe('table.header_row_is_data');
      expect(result.kind === 'no_table' && result.reason.params).toMatchObject({ row: headerRow });
    }
    // Found by rekon itself, or given right: no such message.
    expect(detectTable(rows, base).kind).toBe('table');
    expect(detectTable(rows, { ...base, headerRow: 1 }).kind).toBe('table');
    // A given header row of column names still gets the --map hint.
    const named = detectTable(sheet(['NO', 'PESERTA', 'TGL LAHIR'], ['1', 'ANI', '05-01-1990']), { ...base, headerRow: 1 });
    expect(named.kind === 'no_table' && named.reason.code).toBe('table.missing_role');
  });

  // Was a bug (exploratory test of reading): a recap sheet without NIKs got "--map nik="NO"", its row numbers.
  it('the --map hint names no column when none is plausible: never a row-number column, nor values that cannot be the role', () => {
    const noName = detectTable(sheet(['NO', 'NIK', 'TGL LAHIR', 'KETERANGAN'], ['1', '3671014501900001', '05-01-1990', '12']), base);
    expect(noName.kind === 'no_table' && noName.reason).toMatchObject({ code: 'table.missing_role_no_example', params: { role: 'name', headers: '"NO", "NIK", "TGL LAHIR", "KETERANGAN"' } });
    const recap = detectTable(sheet(['NO.', 'NAMA', 'JABATAN', 'KETERANGAN'], ['1', 'ANI', 'Staf', 'aktif'], ['2', 'BUDI', 'Sopir', 'aktif']), base);
    if (recap.kind !== 'no_table') throw new Error('a table');
    expect(recap.reason.code).toBe('table.missing_role_no_example');
    expect(translate('en', recap.reason)).toBe('roster.xlsx [DINAS]: no nik column in header row 1. Headers found: "NO.", "NAMA", "JABATAN", "KETERANGAN"; none of them holds nik values. If this sheet does list workers, point to the column with --map nik="…" (its header as written).');
    expect(translate('id', recap.reason)).toContain('tidak ada yang isinya tampak seperti nik');
    // A row-number column is passed over even without values, and whatever its values (NO URUT of 16-digit numbers).
    const urut = detectTable(sheet(['No Urut', 'NAMA', 'JABATAN', 'CATATAN']), base);
    expect(urut.kind === 'no_table' && urut.reason.params).toMatchObject({ role: 'nik', example: 'CATATAN' });
    const digits = detectTable(sheet(['NO URUT', 'NAMA', 'JABATAN'], ['3671014501900001', 'ANI', 'Staf']), base);
    expect(digits.kind === 'no_table' && digits.reason.code).toBe('table.missing_role_no_example');
  });

  it('throws when two columns claim the NIK equally', () => {
    try {
      detectTable(sheet(['NAMA', 'NIK', 'NO KTP']), base);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).detail.code).toBe('table.ambiguous_role');
      expect((err as InputError).detail.params?.['candidates']).toBe('"NIK", "NO KTP"');
    }
  });

  it('picks the leftmost of two agency columns and says so', () => {
    const result = detectTable(sheet(['NAMA', 'NIK', 'OPD', 'UNIT KERJA']), base);
    expect(result.kind === 'table' && result.layout.columns.agency?.header).toBe('OPD');
    expect(result.kind === 'table' && result.layout.notes.map((n) => n.code)).toEqual(['table.optional_role_ambiguous']);
  });

  it('throws when a --map header is not there', () => {
    expect(() => detectTable(sheet(['NAMA', 'NIK']), { ...base, overrides: { wage: 'GAJI BERSIH' } })).toThrow(InputError);
  });
});

describe('matchHeader', () => {
  const cases: { header: string; role: string | null }[] = [
    { header: 'N I K', role: 'nik' },
    { header: 'nik', role: 'nik' },
    { header: 'NOMOR INDUK KEPENDUDUKAN (NIK)', role: 'nik' },
    { header: 'Nama Pegawai', role: 'name' },
    { header: 'NAMA TENAGA KERJA', role: 'name' },
    { header: 'NAMA BANK', role: null },
    { header: 'DAFTAR NAMA TENAGA HONORER DINAS PENDIDIKAN KABUPATEN KLATEN TAHUN 2025', role: null },
    { header: 'Tgl. Lahir', role: 'birth_date' },
    { header: 'TEMPAT, TANGGAL LAHIR', role: 'birth_place_date' },
    { header: 'Tempat Lahir', role: 'birth_place' },
    { header: 'L/P', role: 'sex' },
    { header: 'JENIS KELAMIN', role: 'sex' },
    { header: 'PERANGKAT DAERAH', role: 'agency' },
    { header: 'JABATAN', role: 'position' },
    { header: 'UPAH DILAPORKAN', role: 'wage' },
    { header: 'JUMLAH IURAN', role: null },
    { header: 'NO. PESERTA BPJS', role: 'kpj' },
    { header: 'STATUS KEPESERTAAN', role: 'bpjs_status' },
    { header: 'STATUS PEGAWAI', role: null },
    { header: 'TMT', role: 'membership_date' },
    { header: 'NIP', role: 'nip' },
    { header: 'NO', role: null },
    { header: 'KETERANGAN', role: null },
  ];
  it.each(cases)('$header → $role', ({ header, role }) => {
    expect(matchHeader(header)?.role ?? null).toBe(role);
  });
});

// Was a bug (exploratory test): an upper header row of group labels only (IDENTITAS, JENIS KELAMIN, HONOR, each
// merged over its sub-columns) was taken for a title row, so the HONOR group and with it the wage were lost.
describe('detectTable: a group row above the header', () => {
  const title = ['DAFTAR TENAGA NON ASN BIRO UMUM'];
  const groups: RawCell[] = ['NO', 'IDENTITAS', null, null, 'JENIS KELAMIN', null, 'HONOR', null, null];
  const fields: RawCell[] = [null, 'NAMA', 'NIK', 'TGL LAHIR', 'L', 'P', 'POKOK', 'TUNJANGAN', 'JUMLAH'];
  const worker: RawCell[] = ['1', 'NANANG SUPRIATNA', '3273380303820059', '03-03-1982', '√', null, '2000000', '400000', '2400000'];

  it('combines the two rows, and the wage is the sum under HONOR, not its POKOK part', () => {
    const found = detectTable(sheet(title, [], groups, fields, worker), base);
    if (found.kind !== 'table') throw new Error('no table');
    expect(found.layout.headerRow).toBe(3);
    expect(found.layout.lastHeaderRow).toBe(4);
    expect(found.layout.columns.wage).toEqual({ role: 'wage', index: 8, header: 'HONOR / JUMLAH' });
    expect(found.layout.columns.name?.header).toBe('IDENTITAS / NAMA');
    expect(found.skipped.map((s) => s.reason)).toEqual(['title', 'blank', 'header', 'sub_header']);
  });

  // Was a bug (exploratory test of reading): the L | P tick columns were left unread, so no row had a sex.
  it('L | P tick columns under JENIS KELAMIN are one sex binding: L its column, P beside it', () => {
    const found = detectTable(sheet(title, groups, fields, worker), base);
    if (found.kind !== 'table') throw new Error('no table');
    expect(found.layout.columns.sex).toEqual({ role: 'sex', index: 4, header: 'JENIS KELAMIN / L + P', femaleMarkIndex: 5 });
  });

  it('the pair is found under a JENIS KELAMIN header whose row holds the other headers too, and LAKI-LAKI | PEREMPUAN count', () => {
    const found = detectTable(sheet(['NO', 'NAMA', 'NIK', 'JENIS KELAMIN', null, 'HONOR'], [null, null, null, 'Laki-laki', 'Perempuan', null], ['1', 'SITI', '3273014202810002', null, '√', '2000000']), base);
    if (found.kind !== 'table') throw new Error('no table');
    expect(found.layout.columns.sex).toEqual({ role: 'sex', index: 3, header: 'JENIS KELAMIN / Laki-laki + Perempuan', femaleMarkIndex: 4 });
    expect(found.layout.lastHeaderRow).toBe(2);
  });

  it('no P column beside the L, or a sex column mapped by hand, binds no pair', () => {
    const twoL = detectTable(sheet(title, groups, fields.map((f) => (f === 'P' ? 'L' : f)), worker), base);
    if (twoL.kind !== 'table') throw new Error('no table');
    expect(twoL.layout.columns.sex).toBeUndefined();
    const mapped = detectTable(sheet(title, groups, fields, worker), { ...base, overrides: { sex: 'JENIS KELAMIN / P' } });
    if (mapped.kind !== 'table') throw new Error('no table');
    expect(mapped.layout.columns.sex).toEqual({ role: 'sex', index: 5, header: 'JENIS KELAMIN / P' });
  });

  it('a title row of two texts over the header is still a title row', () => {
    const found = detectTable(sheet(['PEMERINTAH PROVINSI', null, 'LAMPIRAN'], ['NO', 'NAMA', 'NIK', 'HONOR'], ['1', 'ANI', '3671014501900001', '1500000']), base);
    if (found.kind !== 'table') throw new Error('no table');
    expect(found.layout.headerRow).toBe(2);
    expect(found.layout.columns.wage?.header).toBe('HONOR');
  });

});
