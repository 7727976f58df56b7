import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyInTitle, fileAgencyName, namesAgency } from '../../src/normalize/agency-name.js';

const WORDS = ['DINAS', 'BADAN', 'RSUD', 'KECAMATAN', 'DAFTAR', 'TENAGA', 'NON', 'ASN', 'LINGKUNGAN', 'HIDUP', 'KABUPATEN', 'KOTA', 'TATA', 'TAHUN', '2027', '/', '-', '(DLH)', 'T.A.', 'SATPOL', 'PP', 'dinas', 'x'];
const title = fc.oneof(fc.string(), fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((w) => w.join(' ')));

describe('agency names (property)', () => {
  it('a title agency is upper case, has no separator or digit, and is read from the title in order', () => {
    fc.assert(
      fc.property(title, (text) => {
        const agency = agencyInTitle(text);
        if (agency === null) return;
        expect(agency).toBe(agency.toUpperCase());
        expect(agency).not.toMatch(/[/|,;:(\n\r\d]/);
        expect(agency.trim()).toBe(agency);
        expect(text.toUpperCase().replace(/\s+/g, ' ')).toContain(agency.split(' ')[0] as string);
        expect(namesAgency(agency)).toBe(true);
      }),
    );
  });

  it('a file agency has no hyphen or underscore run unless it is nothing else, and never an extension', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('.csv', '.xlsx', ''), (stem, ext) => {
        const name = fileAgencyName(`dir/${stem.replace(/[\\/]/g, '')}${ext}`);
        if (/[^-_\s]/.test(name)) expect(name).not.toMatch(/[-_]/);
        const clean = stem.replace(/[\\/]/g, '');
        if (ext !== '' && clean !== '' && !clean.includes('.')) expect(name.includes(ext)).toBe(false);
      }),
    );
  });
});
