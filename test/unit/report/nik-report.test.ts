// Why this file exists: src/report/nik-report.ts writes what `rekon nik` prints: one line per NIK
// (status, region, birth date, sex, serial, reason, warnings) and its JSON object. Only the e2e run
// covered it; these pin the lines in Indonesian and English for a valid NIK, invalid values (wrong
// length, an ASN NIP), Excel-damaged ones (scientific notation, thousands separators), a legacy and an
// unknown region, a Papua NIK above 2^53 (kept digit for digit), and that a masked line or object
// says nothing the masked digits encode. All NIKs are synthetic (made-up serials).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/message.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import { decodeNik, parseNik } from '../../../src/normalize/nik.js';
import { describeRegion } from '../../../src/normalize/region.js';
import { nikJson, renderNikLine } from '../../../src/report/nik-report.js';

const parse = (raw: string) => parseNik(raw, { referenceYear: 2026 });
const line = (lang: Lang, raw: string, masked = false): string => renderNikLine(lang, parse(raw), masked, describeRegion);
const json = (lang: Lang, raw: string, masked = false): Record<string, unknown> => nikJson(lang, parse(raw), masked, describeRegion);

/** Synthetic: Kota Bandung 32 73 01, born 05-01-1990, female (45 = 5 + 40), serial 0001. */
const VALID = '3273014501900001';
/** Synthetic: Kota Jayapura 91 71 02, born 05-05-1995, male, serial 0007. Above 2^53. */
const PAPUA = '9171020505950007';
/** Synthetic: Kabupaten Mimika under its pre-2022 code 9109, female, serial 0003. */
const LEGACY = '9109024505950003';
/** Synthetic: region 99 99 01 exists nowhere. */
const UNKNOWN_REGION = '9999014501900001';

describe('renderNikLine', () => {
  it.each([
    {
      description: 'valid',
      raw: VALID,
      id: '3273014501900001  ·  sah  ·  KOTA BANDUNG, JAWA BARAT  ·  lahir 1990-01-05  ·  perempuan  ·  nomor urut 0001',
      en: '3273014501900001  ·  valid  ·  KOTA BANDUNG, JAWA BARAT  ·  born 1990-01-05  ·  female  ·  serial 0001',
    },
    {
      description: 'valid, typed in groups (shown as the 16 digits)',
      raw: '3273 0145 0190 0001',
      id: '3273014501900001  ·  sah  ·  KOTA BANDUNG, JAWA BARAT  ·  lahir 1990-01-05  ·  perempuan  ·  nomor urut 0001',
      en: '3273014501900001  ·  valid  ·  KOTA BANDUNG, JAWA BARAT  ·  born 1990-01-05  ·  female  ·  serial 0001',
    },
    {
      description: 'valid, male (day not + 40)',
      raw: '3273011302900002',
      id: '3273011302900002  ·  sah  ·  KOTA BANDUNG, JAWA BARAT  ·  lahir 1990-02-13  ·  laki-laki  ·  nomor urut 0002',
      en: '3273011302900002  ·  valid  ·  KOTA BANDUNG, JAWA BARAT  ·  born 1990-02-13  ·  male  ·  serial 0002',
    },
    {
      description: 'invalid: wrong length',
      raw: '32730145019',
      id: '32730145019  ·  TIDAK SAH  ·  NIK harus 16 digit, yang tertulis 11 digit',
      en: '32730145019  ·  INVALID  ·  a NIK has 16 digits, this one has 11',
    },
    {
      description: 'invalid: an 18-digit ASN NIP',
      raw: '197001012000011001',
      id: '197001012000011001  ·  TIDAK SAH  ·  nilai 18 digit ini tampaknya NIP ASN (lahir 1970-01-01, TMT 2000-01), bukan NIK',
      en: '197001012000011001  ·  INVALID  ·  this 18-digit value looks like a civil-servant NIP (born 1970-01-01, appointed 2000-01), not a NIK',
    },
    {
      description: 'invalid: month 13',
      raw: '3273014513900001',
      id: '3273014513900001  ·  TIDAK SAH  ·  digit bulan lahir di NIK (posisi 9–10) adalah 13, seharusnya 01–12',
      en: '3273014513900001  ·  INVALID  ·  the birth month in the NIK (digits 9–10) is 13, expected 01–12',
    },
    {
      description: 'Excel-damaged: scientific notation with 15 digits left (still decoded, serial of 3 digits)',
      raw: '3.27301450190000E+15',
      id: '3.27301450190000E+15  ·  RUSAK OLEH EXCEL  ·  KOTA BANDUNG, JAWA BARAT  ·  lahir 1990-01-05  ·  perempuan  ·  nomor urut 000  ·  NIK tersimpan sebagai notasi ilmiah Excel; hanya 15 digit awal yang tersisa, sisanya hilang',
      en: '3.27301450190000E+15  ·  DAMAGED BY EXCEL  ·  KOTA BANDUNG, JAWA BARAT  ·  born 1990-01-05  ·  female  ·  serial 000  ·  the NIK was stored in Excel scientific notation; only its first 15 digits survive, the rest are lost',
    },
    {
      description: 'Excel-damaged: scientific notation with 6 digits left (too few to decode)',
      raw: '3.27301E+15',
      id: '3.27301E+15  ·  RUSAK OLEH EXCEL  ·  NIK tersimpan sebagai notasi ilmiah Excel; hanya 6 digit awal yang tersisa, sisanya hilang',
      en: '3.27301E+15  ·  DAMAGED BY EXCEL  ·  the NIK was stored in Excel scientific notation; only its first 6 digits survive, the rest are lost',
    },
    {
      description: 'Excel-damaged: thousands separators',
      raw: '3,273,014,501,900,000',
      id: '3,273,014,501,900,000  ·  RUSAK OLEH EXCEL  ·  KOTA BANDUNG, JAWA BARAT  ·  lahir 1990-01-05  ·  perempuan  ·  nomor urut 000  ·  NIK diformat sebagai angka dengan pemisah ribuan, jadi pernah disimpan sebagai angka dan digit ke-16 tidak dapat dipercaya',
      en: '3,273,014,501,900,000  ·  DAMAGED BY EXCEL  ·  KOTA BANDUNG, JAWA BARAT  ·  born 1990-01-05  ·  female  ·  serial 000  ·  the NIK is formatted as a number with thousands separators, so it went through a number and its 16th digit cannot be trusted',
    },
    {
      description: 'Papua NIK above 2^53',
      raw: PAPUA,
      id: '9171020505950007  ·  sah  ·  KOTA JAYAPURA, PAPUA  ·  lahir 1995-05-05  ·  laki-laki  ·  nomor urut 0007',
      en: '9171020505950007  ·  valid  ·  KOTA JAYAPURA, PAPUA  ·  born 1995-05-05  ·  male  ·  serial 0007',
    },
    {
      description: 'legacy (pre-2022 Papua) region code',
      raw: LEGACY,
      id: '9109024505950003  ·  sah  ·  KABUPATEN MIMIKA, PAPUA (kode lama)  ·  lahir 1995-05-05  ·  perempuan  ·  nomor urut 0003',
      en: '9109024505950003  ·  valid  ·  KABUPATEN MIMIKA, PAPUA (legacy code)  ·  born 1995-05-05  ·  female  ·  serial 0003',
    },
    {
      description: 'unknown region: the code as PP.KK.CC and a warning',
      raw: UNKNOWN_REGION,
      id: '9999014501900001  ·  sah  ·  99.99.01 (wilayah tidak dikenal)  ·  lahir 1990-01-05  ·  perempuan  ·  nomor urut 0001  ·  kode wilayah 9999 di NIK tidak ada di daftar Kemendagri saat ini maupun lama (hanya peringatan)',
      en: '9999014501900001  ·  valid  ·  99.99.01 (unknown region)  ·  born 1990-01-05  ·  female  ·  serial 0001  ·  region code 9999 in the NIK is in neither the current nor the older Kemendagri list (a warning only)',
    },
    {
      description: 'serial 0000: valid with a warning',
      raw: '3273010203850000',
      id: '3273010203850000  ·  sah  ·  KOTA BANDUNG, JAWA BARAT  ·  lahir 1985-03-02  ·  laki-laki  ·  nomor urut 0000  ·  nomor urut NIK 0000 (nomor urut dimulai dari 0001)',
      en: '3273010203850000  ·  valid  ·  KOTA BANDUNG, JAWA BARAT  ·  born 1985-03-02  ·  male  ·  serial 0000  ·  the NIK serial is 0000 (serials start at 0001)',
    },
    {
      description: 'impossible birth date (31 February): no "born" part, a warning instead',
      raw: '3273017102900001',
      id: '3273017102900001  ·  sah  ·  KOTA BANDUNG, JAWA BARAT  ·  perempuan  ·  nomor urut 0001  ·  tanggal lahir di NIK (31-02-90) bukan tanggal yang ada',
      en: '3273017102900001  ·  valid  ·  KOTA BANDUNG, JAWA BARAT  ·  female  ·  serial 0001  ·  the birth date in the NIK (31-02-90) is not a real calendar date',
    },
    { description: 'missing (a placeholder)', raw: '-', id: '-  ·  kosong', en: '-  ·  missing' },
  ])('$description', ({ raw, id, en }) => {
    expect(line('id', raw)).toBe(id);
    expect(line('en', raw)).toBe(en);
  });

  it('a Papua NIK above 2^53 keeps every digit (it never goes through a JS number)', () => {
    expect(Number(PAPUA)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(String(Number(PAPUA))).not.toBe(PAPUA); // what a number would have printed
    expect(line('en', PAPUA).split('  ·  ')[0]).toBe(PAPUA);
    expect(json('en', PAPUA)['nik']).toBe(PAPUA);
    expect(json('en', PAPUA)['input']).toBe(PAPUA);
  });

  it('masked, the line says only what the visible digits say: regency and serial, not the district, birth date or sex', () => {
    expect(line('en', VALID, true)).toBe('3273********0001  ·  valid  ·  KOTA BANDUNG, JAWA BARAT  ·  birth date and sex hidden (--show-nik)  ·  serial 0001');
    expect(line('id', PAPUA, true)).toBe('9171********0007  ·  sah  ·  KOTA JAYAPURA, PAPUA  ·  tanggal lahir dan jenis kelamin disembunyikan (--show-nik)  ·  nomor urut 0007');
    // An unknown region is printed as its code: masked, without the district digits.
    expect(line('en', UNKNOWN_REGION, true).split('  ·  ')[2]).toBe(`${UNKNOWN_REGION.slice(0, 2)}.${UNKNOWN_REGION.slice(2, 4)}.** (unknown region)`);
    // An invalid value is shown as typed, masked as any identifier.
    expect(line('id', '32730145019', true)).toBe('32*******19  ·  TIDAK SAH  ·  NIK harus 16 digit, yang tertulis 11 digit');
    for (const raw of [VALID, PAPUA, LEGACY, UNKNOWN_REGION, '3273 0145 0190 0001']) {
      const masked = line('id', raw, true);
      expect(masked).not.toContain(raw.replace(/\s/g, ''));
      // Digits 5–12 (district, birth date) appear nowhere, decoded or not.
      const d = decodeNik(parse(raw));
      expect(d).not.toBeNull();
      expect(masked).not.toContain(d!.region);
      expect(masked).not.toContain(d!.birthDate!.slice(2));
      expect(masked).not.toMatch(/laki-laki|perempuan/);
    }
  });

  it('uses the region lookup it is given (current, legacy, unknown)', () => {
    const p = parse(VALID);
    const calls: string[] = [];
    const lookup = (known: 'current' | 'legacy' | 'unknown') => (code: string) => {
      calls.push(code);
      return { province: 'PROVINSI X', regency: 'KOTA Y', known };
    };
    expect(renderNikLine('en', p, false, lookup('current')).split('  ·  ')[2]).toBe('KOTA Y, PROVINSI X');
    expect(renderNikLine('en', p, false, lookup('legacy')).split('  ·  ')[2]).toBe('KOTA Y, PROVINSI X (legacy code)');
    expect(renderNikLine('id', p, false, lookup('unknown')).split('  ·  ')[2]).toBe('32.73.01 (wilayah tidak dikenal)');
    expect(calls).toEqual(['327301', '327301', '327301']);
    // A province without a regency name: only the province.
    expect(renderNikLine('en', p, false, () => ({ province: 'JAWA BARAT', regency: null, known: 'current' })).split('  ·  ')[2]).toBe('JAWA BARAT');
  });
});

describe('nikJson', () => {
  it('valid: every field, keys in a fixed order', () => {
    const j = json('en', VALID);
    expect(Object.keys(j)).toEqual(['input', 'nik', 'status', 'valid', 'reason', 'warnings', 'region_code', 'province', 'regency', 'region_known', 'birth_date', 'sex', 'serial', 'masked']);
    expect(j).toEqual({
      input: VALID,
      nik: VALID,
      masked: false,
      status: 'valid',
      valid: true,
      reason: null,
      warnings: [],
      region_code: '327301',
      province: 'JAWA BARAT',
      regency: 'KOTA BANDUNG',
      region_known: 'current',
      birth_date: '1990-01-05',
      sex: 'F',
      serial: '0001',
    });
  });

  it.each([
    { lang: 'id' as const, text: 'NIK harus 16 digit, yang tertulis 11 digit' },
    { lang: 'en' as const, text: 'a NIK has 16 digits, this one has 11' },
  ])('$lang: invalid — reason code and translated text, nothing decoded', ({ lang, text }) => {
    expect(json(lang, '32730145019')).toEqual({
      input: '32730145019',
      nik: null,
      masked: false,
      status: 'invalid',
      valid: false,
      reason: { code: 'nik.wrong_length', text },
      warnings: [],
      region_code: null,
      province: null,
      regency: null,
      region_known: null,
      birth_date: null,
      sex: null,
      serial: null,
    });
  });

  it('Excel-damaged: status excel_damaged, no NIK, what the surviving digits encode', () => {
    expect(json('en', '3.27301450190000E+15')).toEqual({
      input: '3.27301450190000E+15',
      nik: null,
      masked: false,
      status: 'excel_damaged',
      valid: false,
      reason: { code: 'nik.excel_scientific', text: 'the NIK was stored in Excel scientific notation; only its first 15 digits survive, the rest are lost' },
      warnings: [],
      region_code: '327301',
      province: 'JAWA BARAT',
      regency: 'KOTA BANDUNG',
      region_known: 'current',
      birth_date: '1990-01-05',
      sex: 'F',
      serial: '000',
    });
  });

  it.each([
    { lang: 'id' as const, text: 'kode wilayah 9999 di NIK tidak ada di daftar Kemendagri saat ini maupun lama (hanya peringatan)' },
    { lang: 'en' as const, text: 'region code 9999 in the NIK is in neither the current nor the older Kemendagri list (a warning only)' },
  ])('$lang: unknown region — still valid, a translated warning, region_known "unknown"', ({ lang, text }) => {
    const j = json(lang, UNKNOWN_REGION);
    expect(j['valid']).toBe(true);
    expect(j['warnings']).toEqual([{ code: 'nik.region_unknown', text }]);
    expect([j['region_code'], j['province'], j['regency'], j['region_known']]).toEqual(['999901', null, null, 'unknown']);
  });

  it('legacy region and missing value', () => {
    expect(json('en', LEGACY)).toMatchObject({ status: 'valid', province: 'PAPUA', regency: 'KABUPATEN MIMIKA', region_known: 'legacy', sex: 'F', serial: '0003' });
    expect(json('en', '-')).toEqual({
      input: '-',
      nik: null,
      masked: false,
      status: 'missing',
      valid: false,
      reason: null,
      warnings: [],
      region_code: null,
      province: null,
      regency: null,
      region_known: null,
      birth_date: null,
      sex: null,
      serial: null,
    });
  });

  it('masked: input and nik masked (the raw text as typed), and nothing digits 5–12 encode', () => {
    const j = json('en', '3273 0145 0190 0001', true);
    expect(j['input']).toBe(maskNik('3273 0145 0190 0001'));
    expect(j['nik']).toBe('3273********0001');
    expect(j).toMatchObject({ masked: true, region_code: '3273**', regency: 'KOTA BANDUNG', province: 'JAWA BARAT', region_known: 'current', birth_date: null, sex: null, serial: '0001' });
    expect(JSON.stringify(j)).not.toContain('327301');
    expect(json('en', VALID)).toMatchObject({ masked: false, region_code: '327301', birth_date: '1990-01-05', sex: 'F' });
  });
});

describe('properties', () => {
  const REGIONS = ['327301', '317101', '917102', '910902', '647201'];
  const nikArb = fc
    .record({
      region: fc.constantFrom(...REGIONS),
      day: fc.integer({ min: 1, max: 28 }),
      female: fc.boolean(),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: 0, max: 99 }),
      serial: fc.integer({ min: 1, max: 9999 }),
    })
    .map((r) => ({
      ...r,
      nik: `${r.region}${String(r.day + (r.female ? 40 : 0)).padStart(2, '0')}${String(r.month).padStart(2, '0')}${String(r.year).padStart(2, '0')}${String(r.serial).padStart(4, '0')}`,
    }));

  it('a valid NIK: the line starts with the NIK exactly, then the status, sex and serial it encodes; masked, the NIK is not there', () => {
    fc.assert(
      fc.property(nikArb, fc.constantFrom<Lang>('id', 'en'), (n, lang) => {
        const parts = line(lang, n.nik).split('  ·  ');
        expect(parts[0]).toBe(n.nik);
        expect(parts[1]).toBe(lang === 'id' ? 'sah' : 'valid');
        expect(parts).toContain(lang === 'id' ? (n.female ? 'perempuan' : 'laki-laki') : n.female ? 'female' : 'male');
        expect(parts).toContain(`${lang === 'id' ? 'nomor urut' : 'serial'} ${n.nik.slice(12)}`);
        const year = n.year > 26 ? 1900 + n.year : 2000 + n.year;
        expect(parts).toContain(`${lang === 'id' ? 'lahir' : 'born'} ${year}-${String(n.month).padStart(2, '0')}-${String(n.day).padStart(2, '0')}`);
        const masked = line(lang, n.nik, true);
        expect(masked.startsWith(`${maskNik(n.nik)}  ·  `)).toBe(true);
        expect(masked).not.toContain(n.nik);
        expect(masked).not.toContain(n.nik.slice(4, 12));
        expect(masked).not.toContain(`${year}-`);
        expect(masked).not.toContain(n.region);
        const j = nikJson(lang, parse(n.nik), false, describeRegion);
        expect(j['nik']).toBe(n.nik);
        expect(j['sex']).toBe(n.female ? 'F' : 'M');
        expect(j['region_code']).toBe(n.region);
      }),
    );
  });

  it('the same NIK twice gives the same line and JSON', () => {
    fc.assert(
      fc.property(nikArb, (n) => {
        expect(line('en', n.nik)).toBe(line('en', n.nik));
        expect(JSON.stringify(json('id', n.nik))).toBe(JSON.stringify(json('id', n.nik)));
      }),
    );
  });
});
