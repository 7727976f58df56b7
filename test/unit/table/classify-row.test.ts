import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { RowClassifier } from '../../../src/table/classify-row.js';
import type { SkipReason, TableLayout } from '../../../src/table/table-layout.js';

// NO | NAMA | NIK | JABATAN | HONOR
const layout: TableLayout = {
  headerRow: 1,
  lastHeaderRow: 1,
  headers: ['NO', 'NAMA', 'NIK', 'JABATAN', 'HONOR'],
  columns: {
    name: { role: 'name', index: 1, header: 'NAMA' },
    nik: { role: 'nik', index: 2, header: 'NIK' },
    position: { role: 'position', index: 3, header: 'JABATAN' },
    wage: { role: 'wage', index: 4, header: 'HONOR' },
  },
  notes: [],
};

function classifyAll(lines: RawCell[][]): (SkipReason | null)[] {
  const c = new RowClassifier(layout);
  return lines.map((cells, i) => c.classify({ row: i + 2, cells }));
}

const person = (n: number): RawCell[] => [String(n), `PEGAWAI ${n}`, `367101450190000${n}`, 'Staf', '1500000'];

describe('RowClassifier', () => {
  const cases: { description: string; lines: RawCell[][]; expected: (SkipReason | null)[] }[] = [
    { description: 'data rows', lines: [person(1), person(2)], expected: [null, null] },
    { description: 'blank rows', lines: [[], [null, '  ', null]], expected: ['blank', 'blank'] },
    { description: 'repeated header (page break copy)', lines: [person(1), ['NO', 'NAMA', 'NIK', 'JABATAN', 'HONOR'], person(2)], expected: [null, 'repeated_header', null] },
    { description: 'numbering row', lines: [['1', '2', '3', '4', '5']], expected: ['numbering'] },
    { description: 'JUMLAH before the name', lines: [person(1), ['JUMLAH', null, null, null, '3000000']], expected: [null, 'total'] },
    { description: 'TOTAL in the name column without NIK', lines: [[null, 'TOTAL', null, null, '3000000']], expected: ['total'] },
    { description: 'Sub Total', lines: [['Sub Total', null, null, null, '1']], expected: ['total'] },
    { description: 'section heading without name or NIK', lines: [['A.', null, null, 'BIDANG KEBERSIHAN']], expected: ['no_identity'] },
    {
      description: 'signature block and everything after it',
      lines: [
        person(1),
        [null, null, null, 'Klaten, 31 Desember 2025'],
        [null, null, null, 'Kepala Dinas Lingkungan Hidup'],
        [],
        [null, null, null, 'Drs. SUPRIYADI, M.Si'],
        [null, null, null, 'Pembina Tk. I'],
        [null, null, null, 'NIP. 19700101 199503 1 001'],
      ],
      expected: [null, 'signature_block', 'signature_block', 'blank', 'signature_block', 'signature_block', 'signature_block'],
    },
    { description: '"Mengetahui," starts the block', lines: [[null, 'Mengetahui,'], [null, 'BUDI']], expected: ['signature_block', 'signature_block'] },
    { description: 'a real person row ends a false signature start', lines: [[null, 'Plt. Kepala'], person(3)], expected: ['signature_block', null] },
    { description: 'a row with a name but no NIK is data (nik_missing later)', lines: [['1', 'ANI', null, 'Staf']], expected: [null] },
    // Was a bug (exploratory test): unit headings typed in the NAMA column were read as workers to enrol.
    {
      description: 'a unit heading alone in the name column is a section row',
      lines: [[null, 'BIDANG ANGKUTAN'], person(1), [null, 'UPTD TERMINAL TIPE A'], [null, 'Sub Bagian Umum'], ['B.', 'Seksi Parkir'], [null, 'II. PUSKESMAS CIBEBER'], ['C', 'LALU LINTAS']],
      expected: ['section', null, 'section', 'section', 'section', 'section', 'section'],
    },
    {
      description: 'a worker with a name only stays data, initials and a numbered row included',
      lines: [[null, 'ANI'], [null, 'A. RAHMAN'], [null, 'I MADE SUTA'], ['4', 'SITI'], ['5', 'M. YUSUF']],
      expected: [null, null, null, null, null],
    },
    {
      description: 'a unit word with anything else on the row is no heading',
      lines: [[null, 'BIDANG ANGKUTAN', null, 'Staf'], [null, 'UNIT SATU', null, null, '1500000'], [null, 'BIDANG', null, null, null, 'x']],
      expected: [null, null, null],
    },
  ];
  it.each(cases)('$description', ({ lines, expected }) => {
    expect(classifyAll(lines)).toEqual(expected);
  });
});

// Was a bug (exploratory test): with the NIK column before the name (NO | NIK | NAMA, BKN's order) the
// total-row check stopped at the NIK column, so "JUMLAH" under the names became an unregistered worker
// carrying the total wage, and the budget counted it.
describe('RowClassifier: NIK column before the name', () => {
  const nikFirst: TableLayout = {
    headerRow: 1,
    lastHeaderRow: 1,
    headers: ['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'GAJI'],
    columns: {
      nik: { role: 'nik', index: 1, header: 'NIK' },
      name: { role: 'name', index: 2, header: 'NAMA' },
      birth_date: { role: 'birth_date', index: 3, header: 'TGL LAHIR' },
      wage: { role: 'wage', index: 4, header: 'GAJI' },
    },
    notes: [],
  };
  const classify = (lines: RawCell[][]): (SkipReason | null)[] => {
    const c = new RowClassifier(nikFirst);
    return lines.map((cells, i) => c.classify({ row: i + 2, cells }));
  };

  it('JUMLAH / TOTAL under the names with no NIK is a total row', () => {
    expect(classify([[null, null, 'JUMLAH', null, '5000000'], [null, null, 'Total', null, '5000000'], [null, null, 'SUB TOTAL', null, '1']])).toEqual(['total', 'total', 'total']);
  });

  // Was a bug (exploratory test, round 2): these were read as workers carrying the column's sum as their wage.
  it('Sub Jumlah (any case, hyphen) and totals with spaced letters (J U M L A H, T O T A L) are total rows', () => {
    const labels = ['Sub Jumlah', 'SUB JUMLAH', 'Sub-Jumlah', 'SUBJUMLAH UPT 6', 'J U M L A H', 'T O T A L', 'S U B  T O T A L', 'GRAND TOTAL'];
    expect(classify(labels.map((l) => [null, null, l, null, '3000000']))).toEqual(labels.map(() => 'total'));
    // Names that only begin with those letters stay workers, even without a NIK.
    const names = ['SUBAGJA', 'JUMADI', 'J U N A E D I', 'TOTO SUTRISNO'];
    expect(classify(names.map((n) => ['1', null, n, '15-05-1980', '2500000']))).toEqual(names.map(() => null));
  });

  it('a total word in a cell left of the names (NO or NIK column) is a total row', () => {
    expect(classify([['JUMLAH', null, null, null, '5000000'], [null, 'TOTAL', null, null, '5000000']])).toEqual(['total', 'total']);
  });

  it('a name starting like a total word with a NIK, or a worker row, stays data', () => {
    expect(classify([['1', '3273011505800001', 'AHMAD FAUZI', '15-05-1980', '2500000'], ['2', '3273011505800002', 'JUMLAH SARI', '15-05-1980', '2500000']])).toEqual([null, null]);
  });
});
