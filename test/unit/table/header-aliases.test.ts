// Why this file exists: src/table/header-aliases.ts decides what a column header means, for every
// roster and BPJS export rekon reads; detect-table.test.ts only sees it through whole layouts. These
// pin: every alias is read as its role with exact confidence, whatever its case, punctuation and
// spacing; the header rows DOMAIN.md §3.1 (BPJS F2a bill, exports) and §3.2 (OPD rosters, BKN 2022)
// describe; an alias inside a longer header ("NIK (16 DIGIT)") with the longest alias winning; headers
// about someone else ("NAMA IBU KANDUNG") or a sum ("TOTAL GAJI", "IURAN JKK") are not the worker's
// value; a bare STATUS is generic; empty, numbering and sentence-long cells name nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, HEADER_ALIASES, matchHeader } from '../../../src/table/header-aliases.js';
import { COLUMN_ROLES, type ColumnRole } from '../../../src/normalize/column-role.js';

const exact = (role: ColumnRole) => ({ role, confidence: CONFIDENCE.exact, generic: false });
const contained = (role: ColumnRole) => ({ role, confidence: CONFIDENCE.contained, generic: false });
const GENERIC_STATUS = { role: 'bpjs_status', confidence: CONFIDENCE.generic, generic: true };

const ALL_ALIASES: [ColumnRole, string][] = (Object.entries(HEADER_ALIASES) as [ColumnRole, readonly string[]][]).flatMap(([role, aliases]) => aliases.map((a): [ColumnRole, string] => [role, a]));
const compact = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

describe('HEADER_ALIASES and CONFIDENCE', () => {
  it('has aliases for every column role, and only for column roles', () => {
    expect(Object.keys(HEADER_ALIASES).sort()).toEqual([...COLUMN_ROLES].sort());
    for (const role of COLUMN_ROLES) expect(HEADER_ALIASES[role].length).toBeGreaterThan(0);
  });

  it('no alias of one role is, once case, punctuation and spacing are ignored, an alias of another (none shadows another role)', () => {
    const byCompact = new Map<string, ColumnRole>();
    for (const [role, alias] of ALL_ALIASES) {
      const key = compact(alias);
      expect(byCompact.get(key) ?? role, alias).toBe(role);
      byCompact.set(key, role);
    }
  });

  it('an exact alias is surer than an alias inside a longer header, which is surer than a bare STATUS', () => {
    expect(CONFIDENCE.exact).toBe(1);
    expect(CONFIDENCE.contained).toBeLessThan(CONFIDENCE.exact);
    expect(CONFIDENCE.generic).toBeLessThan(CONFIDENCE.contained);
    expect(CONFIDENCE.generic).toBeGreaterThan(0);
  });
});

describe('matchHeader: exact aliases', () => {
  it.each(ALL_ALIASES)('%s ← %j (exact)', (role, alias) => {
    expect(matchHeader(alias)).toStrictEqual(exact(role));
  });

  it('property: case, punctuation and spacing do not matter ("NO. KTP" = "No Ktp" = "NOKTP")', () => {
    const separator = fc.constantFrom('', ' ', '  ', '. ', '.', '/', ' / ', '-', '_', '\t', '\u00a0', ', ', '(', ')');
    fc.assert(
      fc.property(fc.constantFrom(...ALL_ALIASES), fc.infiniteStream(fc.boolean()), fc.infiniteStream(separator), separator, separator, ([role, alias], lower, seps, before, after) => {
        const cased = [...alias].map((ch) => (lower.next().value ? ch.toLowerCase() : ch)).join('');
        const spaced = cased
          .split(' ')
          .reduce((acc, word) => `${acc}${seps.next().value}${word}`);
        expect(matchHeader(`${before}${spaced}${after}`)).toStrictEqual(exact(role));
      }),
    );
  });

  it('full-width letters (NFKC) and non-breaking spaces read as plain ones', () => {
    expect(matchHeader('ＮＩＫ')).toStrictEqual(exact('nik'));
    expect(matchHeader('Ｎａｍａ Ｌｅｎｇｋａｐ')).toStrictEqual(exact('name'));
    expect(matchHeader('Tgl\u00a0Lahir')).toStrictEqual(exact('birth_date'));
    expect(matchHeader('\u00a0NIK\u00a0')).toStrictEqual(exact('nik'));
  });
});

describe('matchHeader: the header rows of DOMAIN.md §3', () => {
  it('§3.1 F2a "Rincian Iuran Tenaga Kerja": identity, dates and wage are read; bill amounts and totals are not', () => {
    const header = ['No', 'Nomor Referensi (KPJ)', 'NIK', 'Nomor Pegawai', 'Nama', 'Tgl Lahir dd-mm-yyyy', 'Tgl Kepesertaan', 'Upah', 'Rapel', 'JKK', 'JKM', 'JHT-PK', 'JHT-TK', 'JP-PK', 'JP-TK', 'JKP-PK', 'JKP-Pemerintah', 'Total Iuran'];
    expect(header.map((h) => matchHeader(h)?.role ?? null)).toEqual([
      null, 'kpj', 'nik', null, 'name', 'birth_date', 'membership_date', 'wage', null, null, null, null, null, null, null, null, null, null,
    ]);
  });

  it('§3.1 header synonyms to support, each read exactly as its role', () => {
    const synonyms: [ColumnRole, string[]][] = [
      ['kpj', ['KPJ', 'NO KPJ', 'NOMOR KPJ', 'NOMOR REFERENSI', 'NO PESERTA']],
      ['nik', ['NIK', 'NO KTP', 'NOMOR INDUK KEPENDUDUKAN']],
      ['name', ['NAMA', 'NAMA LENGKAP', 'NAMA TENAGA KERJA']],
      ['birth_date', ['TGL LAHIR', 'TANGGAL LAHIR']],
      ['wage', ['UPAH', 'GAJI', 'UPAH DILAPORKAN']],
      ['membership_date', ['TGL KEPESERTAAN', 'TMT']],
      ['bpjs_status', ['STATUS KEPESERTAAN']],
    ];
    for (const [role, headers] of synonyms) for (const h of headers) expect(matchHeader(h), h).toStrictEqual(exact(role));
  });

  it('§3.1 Odoo template: NO, NIK, NO KPJ, NAMA LENGKAP, TGL LAHIR, UPAH, STATUS KEPESERTAAN', () => {
    const header = ['NO', 'NIK', 'NO KPJ', 'NAMA LENGKAP', 'TGL LAHIR', 'UPAH', 'STATUS KEPESERTAAN'];
    expect(header.map((h) => matchHeader(h))).toStrictEqual([null, exact('nik'), exact('kpj'), exact('name'), exact('birth_date'), exact('wage'), exact('bpjs_status')]);
  });

  it('§3.2 a typical OPD roster: NO | NAMA | NIK | NIP | TEMPAT/TGL LAHIR | JABATAN | UNIT KERJA | HONOR/GAJI | KETERANGAN', () => {
    const header = ['NO', 'NAMA', 'NIK', 'NIP', 'TEMPAT/TGL LAHIR', 'JABATAN', 'UNIT KERJA', 'HONOR/GAJI', 'KETERANGAN'];
    expect(header.map((h) => matchHeader(h))).toStrictEqual([null, exact('name'), exact('nik'), exact('nip'), exact('birth_place_date'), exact('position'), exact('agency'), exact('wage'), null]);
  });

  it('§3.2 roster spellings with dots, slashes and units', () => {
    expect(matchHeader('No.')).toBeNull();
    expect(matchHeader('No. KTP')).toStrictEqual(exact('nik'));
    expect(matchHeader('Tempat, Tgl. Lahir')).toStrictEqual(exact('birth_place_date'));
    expect(matchHeader('TTL')).toStrictEqual(exact('birth_place_date'));
    expect(matchHeader('Tempat Lahir')).toStrictEqual(exact('birth_place'));
    expect(matchHeader('L/P')).toStrictEqual(exact('sex'));
    expect(matchHeader('Jenis Kelamin (L/P)')).toStrictEqual(exact('sex'));
    expect(matchHeader('Upah (Rp)')).toStrictEqual(exact('wage'));
    expect(matchHeader('NO KTP / NIK')).toStrictEqual(exact('nik'));
    expect(matchHeader('Unit Kerja / OPD')).toStrictEqual(exact('agency'));
    expect(matchHeader('Nama Lengkap (tanpa gelar)')).toStrictEqual(exact('name'));
  });
});

describe('matchHeader: an alias inside a longer header', () => {
  it('a specific alias with extra words is read with the lower confidence', () => {
    expect(matchHeader('NIK (16 DIGIT)')).toStrictEqual(contained('nik'));
    expect(matchHeader('Honor per Bulan (Rp)')).toStrictEqual(contained('wage'));
    expect(matchHeader('NAMA PEGAWAI NON ASN')).toStrictEqual(contained('name'));
    expect(matchHeader('Status Kepesertaan (Aktif/Non Aktif)')).toStrictEqual(contained('bpjs_status'));
    expect(matchHeader('NO. PESERTA BPJS TK')).toStrictEqual(contained('kpj'));
  });

  it('the longest alias found wins ("TEMPAT TGL LAHIR" over "TGL LAHIR", "TANGGAL KEPESERTAAN" over "KEPESERTAAN BPJS")', () => {
    expect(matchHeader('TEMPAT TGL LAHIR PESERTA')).toStrictEqual(contained('birth_place_date'));
    expect(matchHeader('TANGGAL KEPESERTAAN BPJS')).toStrictEqual(contained('membership_date'));
    expect(matchHeader('GAJI / HONOR PER BULAN')).toStrictEqual(contained('wage'));
  });

  // "Longest alias" was counted in letters alone, so KEPESERTAAN BPJS (15) beat TGL KEPESERTAAN (14).
  it('"TGL KEPESERTAAN BPJS" and "TMT KEPESERTAAN BPJS" are the membership date, like "TANGGAL KEPESERTAAN BPJS"', () => {
    expect(matchHeader('TGL KEPESERTAAN BPJS')?.role).toBe('membership_date');
    expect(matchHeader('TMT KEPESERTAAN BPJS')?.role).toBe('membership_date');
  });

  it('a word for "number" before a NIK alias keeps it the NIK ("NOMOR KTP/NIK", "NO. NIK KTP")', () => {
    expect(matchHeader('NOMOR KTP/NIK')).toStrictEqual(contained('nik'));
    expect(matchHeader('NO. NIK KTP')).toStrictEqual(contained('nik'));
    expect(matchHeader('National ID No.')).toStrictEqual(contained('nik'));
    expect(matchHeader('NOMOR NIK / NO KTP')).toStrictEqual(contained('nik'));
  });

  // NO and NOMOR are interchangeable in every alias pair (NO/NOMOR KTP, KPJ, NIK, PESERTA…); "NOMOR NIP" was dropped as "another subject".
  it('"NOMOR NIP" is the NIP like "NO NIP"; NO/NOMOR before any number role keeps it', () => {
    expect(matchHeader('NO NIP')).toStrictEqual(exact('nip'));
    expect(matchHeader('NOMOR NIP')).toStrictEqual(contained('nip'));
    expect(matchHeader('NOMOR NIP BARU')).toStrictEqual(contained('nip'));
    expect(matchHeader('NOMOR E-KTP')).toStrictEqual(exact('nik'));
    expect(matchHeader('NO. KEPESERTAAN')).toStrictEqual(exact('kpj'));
    // …but not before a word that is not a number: "NO NAMA" is not the name.
    expect(matchHeader('NOMOR NAMA')).toBeNull();
  });

  it('PEGAWAI (employee) is the worker for what describes a person, another subject for BPJS membership', () => {
    expect(matchHeader('NIK PEGAWAI')).toStrictEqual(contained('nik'));
    expect(matchHeader('NIP PEGAWAI')).toStrictEqual(contained('nip'));
    expect(matchHeader('TGL LAHIR PEGAWAI')).toStrictEqual(contained('birth_date'));
    expect(matchHeader('TMT PEGAWAI')).toBeNull();
    expect(matchHeader('TMT KEPESERTAAN PEGAWAI')).toBeNull();
  });

  it('property: a multi-word or specific alias followed by a neutral word is still its role, contained', () => {
    // Aliases with an aggregate word ("JUMLAH HONOR") count only exactly.
    const containable = ALL_ALIASES.filter(([, a]) => !/\b(JUMLAH|TOTAL)\b/.test(a)).filter(([, a]) => a.includes(' ') || ['NIK', 'NAMA', 'KPJ', 'NIP', 'TTL', 'GAJI', 'HONOR', 'HONORARIUM', 'UPAH', 'JABATAN', 'OPD', 'SKPD', 'TMT', 'KEPESERTAAN', 'INSTANSI'].includes(a));
    fc.assert(
      fc.property(fc.constantFrom(...containable), fc.constantFrom('(16 DIGIT)', 'ZZ', '2025', 'X Y'), fc.boolean(), ([role, alias], extra, first) => {
        const header = first ? `${extra} ${alias}` : `${alias} ${extra}`;
        expect(matchHeader(header), header).toStrictEqual(contained(role));
      }),
    );
  });

  it('single words too general to count inside a longer header are not read there', () => {
    expect(matchHeader('KTP')).toStrictEqual(exact('nik'));
    expect(matchHeader('FOTO KTP')).toBeNull();
    expect(matchHeader('DINAS')).toStrictEqual(exact('agency'));
    expect(matchHeader('DINAS LUAR')).toBeNull();
    expect(matchHeader('TUGAS')).toStrictEqual(exact('position'));
    expect(matchHeader('SURAT TUGAS')).toBeNull();
  });
});

describe('matchHeader: headers that are not the worker\'s value', () => {
  it.each([
    'NAMA IBU KANDUNG',
    'NAMA AYAH',
    'NAMA ORANG TUA',
    'NAMA SUAMI/ISTRI',
    'NAMA PASANGAN',
    'NAMA ANAK',
    'NAMA AHLI WARIS',
    'NAMA BANK',
    'NAMA SEKOLAH',
    'JABATAN ATASAN',
    'NIK IBU',
    'NIK NPWP',
    'TGL LAHIR ANAK',
    'TEMPAT LAHIR IBU',
    'NO. SK',
    'NOMOR SK KONTRAK',
  ])('%j is about someone or something else: null', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each(['TOTAL GAJI', 'JUMLAH GAJI', 'JML UPAH', 'TOTAL HONOR', 'IURAN JKK', 'PREMI JKM', 'UPAH JHT', 'JP UPAH', 'JKP GAJI', 'TOTAL IURAN'])('%j is a sum or a premium, not the wage: null', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('"JUMLAH HONOR" alone is the wage (an exact alias); with TOTAL before it, a sum', () => {
    expect(matchHeader('JUMLAH HONOR')).toStrictEqual(exact('wage'));
    expect(matchHeader('Jumlah Honor')).toStrictEqual(exact('wage'));
    expect(matchHeader('TOTAL JUMLAH HONOR')).toBeNull();
  });

  // "JUMLAH HONOR" is the wage only as an exact alias: inside a longer header it was read as the monthly wage.
  it('"JUMLAH HONOR SETAHUN" / "JUMLAH HONOR 12 BULAN" (a year\'s total) is not the wage; "JUMLAH HONOR" alone is', () => {
    expect(matchHeader('JUMLAH HONOR SETAHUN')).toBeNull();
    expect(matchHeader('JUMLAH HONOR 12 BULAN')).toBeNull();
    expect(matchHeader('JUMLAH HONOR')).toStrictEqual(exact('wage'));
  });
});

describe('matchHeader: STATUS, empty cells, numbering and sentences', () => {
  it.each(['STATUS', 'Status', ' status ', 'STATUS:', 'S T A T U S', '(Status)'])('a bare %j is BPJS status, generic and least sure', (header) => {
    expect(matchHeader(header)).toStrictEqual(GENERIC_STATUS);
  });

  it('STATUS with another word is not the generic match', () => {
    expect(matchHeader('STATUS KEPESERTAAN')).toStrictEqual(exact('bpjs_status'));
    expect(matchHeader('STATUS BPJS')).toStrictEqual(exact('bpjs_status'));
    expect(matchHeader('STATUS PEGAWAI')).toBeNull();
    expect(matchHeader('STATUS PERKAWINAN')).toBeNull();
  });

  it.each(['', ' ', '   ', '-', '—', '()', '.', '/', '\t', '*)'])('%j names nothing', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each(['NO', 'No.', 'NO URUT', '1', '(1)', '12', 'KETERANGAN', 'ALAMAT', 'AGAMA', 'NO. HP', 'NPP', 'BLTH'])('%j (numbering or a column rekon does not use) names nothing', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('up to 8 words can be a header; 9 or more are a sentence (a title row), never read as a column', () => {
    expect(matchHeader('NIK A B C D E F G')).toStrictEqual(contained('nik'));
    expect(matchHeader('NIK A B C D E F G H')).toBeNull();
    expect(matchHeader('DAFTAR NAMA TENAGA HONORER NON ASN PADA DINAS PENDIDIKAN TAHUN 2025')).toBeNull();
  });

  it('property: only letters and digits count — case and the non-alphanumeric runs between them do not', () => {
    const ascii = fc.string({ maxLength: 30 });
    const wordy = fc
      .array(fc.constantFrom('NIK', 'nama', 'TGL', 'lahir', 'status', 'NO', 'kpj', 'upah', 'ibu', 'total', 'X', '16', 'bpjs', 'kepesertaan'), { maxLength: 6 })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.oneof(ascii, wordy), fc.constantFrom(' ', '.', ' / ', '-', '  ', '_'), (text, sep) => {
        const expected = matchHeader(text);
        expect(matchHeader(text.toLowerCase())).toStrictEqual(expected);
        expect(matchHeader(text.toUpperCase())).toStrictEqual(expected);
        expect(matchHeader(text.replace(/[^A-Za-z0-9]+/g, sep))).toStrictEqual(expected);
      }),
    );
  });

  it('returns a fresh, equal answer every call (no state between headers)', () => {
    const first = matchHeader('NIK (16 DIGIT)');
    matchHeader('NAMA IBU KANDUNG');
    matchHeader('STATUS');
    expect(matchHeader('NIK (16 DIGIT)')).toStrictEqual(first);
  });
});
