// Why this file exists: a mutation audit of src/normalize/region.ts, mask-nik.ts, mask-digit-runs.ts and
// id-text.ts found changes the existing tests let through: region lookups (DOMAIN.md §1.2: current and
// legacy Papua codes, never BPS), how much of a value masking hides (DOMAIN.md §6), which digit runs in
// free text are masked, and which texts count as thousands-grouped numbers. All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGACY_REGENCIES } from '../../../src/normalize/legacy-regencies.js';
import { maskDigitRuns } from '../../../src/normalize/mask-digit-runs.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import { describeRegion, isKnownRegency } from '../../../src/normalize/region.js';
import { PROVINCE_NAMES, REGENCY_NAMES } from '../../../src/normalize/region-data.js';
import { isDotGroupedNumber, unwrapIdText } from '../../../src/normalize/id-text.js';

const NIK = '3671014501900001';

describe('describeRegion / isKnownRegency (audit)', () => {
  it('every current regency code is named from the current table, with its province', () => {
    for (const [code4, name] of Object.entries(REGENCY_NAMES)) {
      expect(describeRegion(`${code4}01`), code4).toEqual({ province: PROVINCE_NAMES[code4.slice(0, 2)], regency: name, known: 'current' });
      expect(isKnownRegency(code4), code4).toBe(true);
    }
  });

  it('every legacy pre-2022 Papua code is named by its old regency, under the old province 91 or 92', () => {
    for (const [code4, { name }] of Object.entries(LEGACY_REGENCIES)) {
      expect(['PAPUA', 'PAPUA BARAT']).toContain(PROVINCE_NAMES[code4.slice(0, 2)]);
      expect(describeRegion(`${code4}01`), code4).toEqual({ province: PROVINCE_NAMES[code4.slice(0, 2)], regency: name, known: 'legacy' });
      expect(isKnownRegency(code4), code4).toBe(true);
    }
  });

  it('a Merauke NIK from before 2022 (9101…) and one from after (9301…) are both known, under their own province', () => {
    expect(describeRegion('910101')).toEqual({ province: 'PAPUA', regency: 'KABUPATEN MERAUKE', known: 'legacy' });
    expect(describeRegion('930101')).toEqual({ province: 'PAPUA SELATAN', regency: 'KABUPATEN MERAUKE', known: 'current' });
  });

  it('Kemendagri numbering, never BPS: 9401 is Nabire in Papua Tengah, 9671 Kota Sorong in Papua Barat Daya', () => {
    expect(describeRegion('940101')).toEqual({ province: 'PAPUA TENGAH', regency: 'KABUPATEN NABIRE', known: 'current' });
    expect(describeRegion('967101')).toEqual({ province: 'PAPUA BARAT DAYA', regency: 'KOTA SORONG', known: 'current' });
  });

  it('a regency in neither table is unknown, even when its province exists', () => {
    // 9129 was never a Papua regency code; 3699 is no Banten regency; 97 is a BPS-only province number.
    for (const code4 of ['9129', '3699', '6499', '9701', '0001']) expect(isKnownRegency(code4), code4).toBe(false);
    expect(describeRegion('912901')).toEqual({ province: 'PAPUA', regency: null, known: 'unknown' });
    expect(describeRegion('970101')).toEqual({ province: null, regency: null, known: 'unknown' });
  });

  it('only the province and regency digits are looked up: the district digits do not matter', () => {
    expect(describeRegion('367199')).toEqual(describeRegion('367101'));
    expect(describeRegion('910199')).toEqual(describeRegion('910101'));
    // With --mask-nik the district digits are hidden before the lookup (`nik` command): same answer.
    expect(describeRegion('3273**')).toEqual({ province: 'JAWA BARAT', regency: 'KOTA BANDUNG', known: 'current' });
  });
});

describe('maskNik (audit)', () => {
  it('only a NIK of 16 digits keeps 4 + 4; another 16-character value keeps at most 2 + 2', () => {
    // A NIK typed with a letter O for a zero is not a valid NIK: it gets the general rule.
    expect(maskNik('3671O14501900001')).toBe('36************01');
    expect(maskNik('3671-0145-019001')).toBe('36************01');
  });

  it('property: at least half of any value is hidden, the length is kept, and what shows is its start and end', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^\d{1,24}$/)).filter((v) => !v.includes('*')), (value) => {
        const masked = maskNik(value);
        expect(masked).toHaveLength(value.length);
        const shown = [...masked].filter((ch) => ch !== '*').length;
        expect(shown * 2).toBeLessThanOrEqual(value.length);
        const head = masked.length - masked.replace(/^[^*]*/, '').length;
        expect(masked.slice(0, head)).toBe(value.slice(0, head));
      }),
    );
  });
});

describe('maskDigitRuns (audit)', () => {
  it('an 11-digit run (a KPJ) is not masked: only runs of 12 or more are', () => {
    expect(maskDigitRuns('KPJ 12345678901 tidak ditemukan')).toBe('KPJ 12345678901 tidak ditemukan');
    expect(maskDigitRuns('HP 081234567890')).toBe('HP 08********90');
  });

  it('a grouped NIK is masked wherever it stands in the text, whatever the separator', () => {
    for (const sep of [' ', '.', '-']) {
      const grouped = ['3671', '0145', '0190', '0001'].join(sep);
      expect(maskDigitRuns(`baris 7: ${grouped}; nama ANI`)).toBe('baris 7: 3671********0001; nama ANI');
      expect(maskDigitRuns(`367101${sep}450190${sep}0001`)).toBe('3671********0001');
    }
  });
});

describe('unwrapIdText (audit)', () => {
  it('the text-forcing "=" without quotes is removed and the value trimmed', () => {
    expect(unwrapIdText(`= ${NIK}`)).toBe(NIK);
  });
});

describe('isDotGroupedNumber (audit)', () => {
  const cases: [string, boolean][] = [
    ['3.671.014.501.900.000', true], // a NIK through a float, Indonesian-locale display
    ['1.000', true],
    ['12.345.678', true],
    ['3671.014.501', false], // a four-digit head is not a thousands group
    ['3671.0145.0190.0001', false], // a NIK typed in groups of four
    ['12.34.567', false],
    ['1.000.', false],
    ['.000', false],
    ['1.00', false],
    ['1,000', false], // commas are isCommaGroupedNumber's
    [NIK, false],
    ['', false],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(isDotGroupedNumber(text)).toBe(expected);
  });
});
