// Why this file exists: a mutation audit of src/table/header-aliases.ts, header-text.ts, row-shape.ts and
// classify-row.ts found changes (a dropped alias, a looser bound, a lost branch) that the existing tests
// did not notice. Each test here pins one behaviour a user sees: which column a roster header names, and
// whether a row under the header is a worker or skipped (DOMAIN.md §3.2). All NIKs are synthetic.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { ColumnRole } from '../../../src/normalize/column-role.js';
import { RowClassifier } from '../../../src/table/classify-row.js';
import { CONFIDENCE, matchHeader } from '../../../src/table/header-aliases.js';
import { hasCompactKey } from '../../../src/table/header-text.js';
import type { ColumnBinding, SkipReason, TableLayout } from '../../../src/table/table-layout.js';

const exact = (role: ColumnRole) => ({ role, confidence: CONFIDENCE.exact, generic: false });
const contained = (role: ColumnRole) => ({ role, confidence: CONFIDENCE.contained, generic: false });

/** A layout from header texts; `roles` binds some of them (index → role). */
function layoutOf(headers: string[], roles: Record<number, ColumnRole>): TableLayout {
  const columns: Partial<Record<ColumnRole, ColumnBinding>> = {};
  for (const [i, role] of Object.entries(roles)) columns[role] = { role, index: Number(i), header: headers[Number(i)] ?? '' };
  return { headerRow: 1, lastHeaderRow: 1, headers, columns, notes: [] };
}

function classifyAll(layout: TableLayout, lines: RawCell[][]): (SkipReason | null)[] {
  const c = new RowClassifier(layout);
  return lines.map((cells, i) => c.classify({ row: i + 2, cells }));
}

const NIK_A = '3671014501900001';
const NIK_B = '3671010503850002';

// NO | NAMA | NIK | JABATAN | HONOR, the usual OPD roster (DOMAIN.md §3.2).
const ROSTER = layoutOf(['NO', 'NAMA', 'NIK', 'JABATAN', 'HONOR'], { 1: 'name', 2: 'nik', 3: 'position', 4: 'wage' });

describe('matchHeader (audit): aliases users type', () => {
  // Removing one alias from HEADER_ALIASES went unnoticed: the existing exact-alias test iterates the table itself.
  it.each([
    ['SATKER', 'agency'],
    ['Satuan Kerja', 'agency'],
    ['NIK E-KTP', 'nik'],
    ['Tgl. Terdaftar', 'membership_date'],
    ['Nomor Induk Kependudukan', 'nik'],
    ['NO. BPJS TK', 'kpj'],
    ['Nama Tenaga Honorer', 'name'],
  ] as [string, ColumnRole][])('%j is read exactly as %s', (header, role) => {
    expect(matchHeader(header)).toStrictEqual(exact(role));
  });

  it('INSTANSI is specific enough to count inside a longer header ("Instansi Penempatan")', () => {
    expect(matchHeader('Instansi Penempatan')).toStrictEqual(contained('agency'));
  });

  it('"NO" before the KPJ is the same column even when another KPJ alias follows ("NO. KPJ / NOMOR REFERENSI")', () => {
    expect(matchHeader('NO. KPJ / NOMOR REFERENSI')).toStrictEqual(contained('kpj'));
    expect(matchHeader('NOMOR KPJ / NO REFERENSI')).toStrictEqual(contained('kpj'));
  });

  it('a merged two-line header is read by its longest alias, not by a one-word alias nearer the start', () => {
    // "KEPESERTAAN" (status) over "TGL MULAI KEPESERTAAN": the lower line says it is the membership date.
    expect(matchHeader('KEPESERTAAN / TGL MULAI KEPESERTAAN')).toStrictEqual(contained('membership_date'));
    expect(matchHeader('NIP / NAMA LENGKAP')).toStrictEqual(contained('name'));
  });
});

describe('hasCompactKey (audit)', () => {
  it('lower-case z counts like Z (a repeated header "Nama Sesuai Ijazah")', () => {
    expect(hasCompactKey('Nama Sesuai Ijazah', 'NAMASESUAIIJAZAH')).toBe(true);
    expect(hasCompactKey('zona', 'ZONA')).toBe(true);
  });
});

describe('RowClassifier (audit): repeated headers', () => {
  it('two bound columns repeated are enough (a NAMA | NIK table)', () => {
    const layout = layoutOf(['NAMA', 'NIK'], { 0: 'name', 1: 'nik' });
    expect(classifyAll(layout, [['ANI', NIK_A], ['Nama', 'N.I.K.'], ['BUDI', NIK_B]])).toEqual([null, 'repeated_header', null]);
  });

  it('one cell that happens to equal its header does not drop a worker who has a name and a NIK', () => {
    const layout = layoutOf(['NO', 'NAMA', 'NIK', 'DINAS'], { 1: 'name', 2: 'nik', 3: 'agency' });
    expect(classifyAll(layout, [['1', 'ANI', NIK_A, 'Dinas']])).toEqual([null]);
  });

  it('a two-line header is repeated by its upper line: the upper text is what is compared', () => {
    const layout = layoutOf(['NO', 'NAMA', 'BPJS KETENAGAKERJAAN / NO KPJ', 'BPJS KETENAGAKERJAAN / STATUS'], { 1: 'name', 2: 'kpj', 3: 'bpjs_status' });
    expect(classifyAll(layout, [['1', 'ANI', '12345678901', 'AKTIF'], ['NO', 'NAMA', 'BPJS KETENAGAKERJAAN', null]])).toEqual([null, 'repeated_header']);
  });

  it('header cells padded with spaces (fixed-width exports) are still a repeated header', () => {
    expect(classifyAll(ROSTER, [['   NO', '   NAMA        ', '   NIK      ', null, null]])).toEqual(['repeated_header']);
  });
});

describe('RowClassifier (audit): totals', () => {
  it('JUMLAH in the NIK column of a NO | NIK | NAMA roster (NIK left of the name) is a total row', () => {
    const layout = layoutOf(['NO', 'NIK', 'NAMA', 'HONOR'], { 1: 'nik', 2: 'name', 3: 'wage' });
    expect(classifyAll(layout, [['1', NIK_A, 'ANI', '1500000'], [null, 'JUMLAH', null, '1500000']])).toEqual([null, 'total']);
  });
});

describe('RowClassifier (audit): identity', () => {
  it('a row with a NIK but no name is data (name_missing is reported later), not no_identity', () => {
    expect(classifyAll(ROSTER, [['1', null, NIK_A, 'Staf', '1500000']])).toEqual([null]);
  });
});

describe('RowClassifier (audit): the signature block', () => {
  const sig = (text: string): RawCell[] => [null, null, null, text, null];

  it.each([
    'Klaten, Desember 2025',
    'a.n. Kepala Dinas Pendidikan',
    'Wali Kota Surakarta',
    'NIP. 19700101 199503 1 001',
    'Menyetujui,',
  ])('%j starts the block, and what follows is skipped', (text) => {
    expect(classifyAll(ROSTER, [sig(text), [null, 'Drs. SUPRIYADI', null, null, null]])).toEqual(['signature_block', 'signature_block']);
  });

  it('three signers side by side (3 filled cells) start the block', () => {
    expect(classifyAll(ROSTER, [[null, 'Mengetahui,', null, 'Menyetujui,', 'Dibuat oleh,']])).toEqual(['signature_block']);
  });

  it('a worker row with a 15-digit NIK (the 16th digit lost) ends a false start, like a 16-digit one', () => {
    expect(classifyAll(ROSTER, [[null, 'Mengetahui,'], ['2', 'ANI', '367101450190000', 'Staf', '1500000']])).toEqual(['signature_block', null]);
  });

  it('a NIK-looking number without a name (a signer\'s NIK) does not end the block', () => {
    expect(classifyAll(ROSTER, [sig('Kepala Desa Sukamaju'), [null, null, `NIK. ${NIK_A}`, null, null]])).toEqual(['signature_block', 'signature_block']);
  });

  it('after a false start is ended by a worker, the next rows are read again (a worker without a NIK is data)', () => {
    expect(classifyAll(ROSTER, [[null, 'Plt. Kepala'], ['3', 'ANI', NIK_A, 'Staf', '1500000'], ['4', 'BUDI', null, 'Staf', '1500000']])).toEqual(['signature_block', null, null]);
  });

  it('a worker row without a NIK but with 4 filled cells is data even if the position starts like a signer ("Kepala Regu")', () => {
    expect(classifyAll(ROSTER, [['5', 'DEWI', null, 'Kepala Regu', '1500000']])).toEqual([null]);
  });

  // Was a bug: a worker whose NIK is missing and whose position starts like a signer's line ("Juru Masak",
  // "Kepala Regu", "Pengatur …") was taken as the signature block, and so was every following worker
  // without a NIK: they vanished from the reconciliation instead of being reported as nik_missing.
  it('a worker without a NIK whose position is "Juru Masak" is data, not the signature block', () => {
    const layout = layoutOf(['NAMA', 'NIK', 'JABATAN', 'HONOR'], { 0: 'name', 1: 'nik', 2: 'position', 3: 'wage' });
    const rows: RawCell[][] = [['SITI', null, 'Juru Masak', '1500000'], ['ANI', null, 'Staf', '1500000'], ['BUDI', NIK_B, 'Staf', '1500000']];
    expect(classifyAll(layout, rows)).toEqual([null, null, null]);
  });

  // Was a bug (exploratory test, round 2): "Bandung, 2 Februari 1990" in a 'TEMPAT, TGL LAHIR' column reads like
  // the block's "Klaten, 31 Desember 2025": a numbered worker without a NIK (3 filled cells) started the block,
  // and every later worker without a NIK vanished with them.
  it('a worker without a NIK whose birth place and date is written with the month name is data', () => {
    const layout = layoutOf(['NO', 'NAMA', 'NIK', 'TEMPAT, TGL LAHIR'], { 1: 'name', 2: 'nik', 3: 'birth_place_date' });
    const rows: RawCell[][] = [
      ['1', 'ANI ROHANI', NIK_A, 'Bandung, 01-01-1990'],
      ['2', 'BUDI SANTOSO', null, 'Bandung, 2 Februari 1990'],
      ['3', 'DODI SUHENDAR', null, 'Sumedang, 4 April 1990'],
      ['4', 'ENENG SURYANI', null, 'Bandung, 05-05-1990'],
    ];
    expect(classifyAll(layout, rows)).toEqual([null, null, null, null]);
    const dateColumn = layoutOf(['NAMA', 'NIK', 'TGL LAHIR'], { 0: 'name', 1: 'nik', 2: 'birth_date' });
    expect(classifyAll(dateColumn, [['BUDI SANTOSO', null, 'Bandung, 2 Februari 1990']])).toEqual([null]);
    // The block's own date line, name cell blank, still starts it, in that column as anywhere.
    expect(classifyAll(layout, [[null, null, null, 'Bandung, 31 Desember 2026'], [null, 'Kepala UPT', null, null]])).toEqual(['signature_block', 'signature_block']);
  });

  it('a signer\'s title in the position column with the name cell blank still starts the block', () => {
    const layout = layoutOf(['NAMA', 'NIK', 'JABATAN', 'HONOR'], { 0: 'name', 1: 'nik', 2: 'position', 3: 'wage' });
    const rows: RawCell[][] = [[null, null, 'Kepala Dinas Pendidikan', null], [null, null, 'Drs. BAMBANG SUTRISNO', null]];
    expect(classifyAll(layout, rows)).toEqual(['signature_block', 'signature_block']);
  });
});
