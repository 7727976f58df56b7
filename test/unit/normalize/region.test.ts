import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEGACY_REGENCIES } from '../../../src/normalize/legacy-regencies.js';
import { describeRegion } from '../../../src/normalize/region.js';
import { PROVINCE_NAMES, REGENCY_NAMES } from '../../../src/normalize/region-data.js';
// @ts-expect-error -- plain JavaScript build script without type declarations
import { packageDir, renderRegionData } from '../../../scripts/build-regions.mjs';

describe('describeRegion', () => {
  it('names current codes', () => {
    expect(describeRegion('367101')).toEqual({ province: 'BANTEN', regency: 'KOTA TANGERANG', known: 'current' });
    expect(describeRegion('330101')).toMatchObject({ province: 'JAWA TENGAH', known: 'current' });
    expect(describeRegion('930101')).toEqual({ province: 'PAPUA SELATAN', regency: 'KABUPATEN MERAUKE', known: 'current' });
  });

  it('names legacy pre-2022 Papua codes', () => {
    expect(describeRegion('910101')).toEqual({ province: 'PAPUA', regency: 'KABUPATEN MERAUKE', known: 'legacy' });
    expect(describeRegion('927101')).toEqual({ province: 'PAPUA BARAT', regency: 'KOTA SORONG', known: 'legacy' });
  });

  it('reports unknown codes, keeping the province when it exists', () => {
    expect(describeRegion('369901')).toEqual({ province: 'BANTEN', regency: null, known: 'unknown' });
    expect(describeRegion('990101')).toEqual({ province: null, regency: null, known: 'unknown' });
  });

  it('has the 38 provinces and 514 regencies of the current vintage', () => {
    expect(Object.keys(PROVINCE_NAMES)).toHaveLength(38);
    expect(Object.keys(REGENCY_NAMES)).toHaveLength(514);
    // Never BPS numbering: 94 is Papua Tengah in Kemendagri codes (BPS uses 94 for Papua).
    expect(PROVINCE_NAMES['94']).toBe('PAPUA TENGAH');
  });

  it('legacy codes are absent from the current table and point to a current regency of the same name', () => {
    for (const [code, { name, now }] of Object.entries(LEGACY_REGENCIES)) {
      expect(REGENCY_NAMES[code], code).toBeUndefined();
      expect(REGENCY_NAMES[now], code).toBe(name);
    }
  });

  it('region-data.ts is what scripts/build-regions.mjs generates from the installed package', () => {
    const committed = readFileSync(new URL('../../../src/normalize/region-data.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderRegionData(packageDir()));
  });
});
