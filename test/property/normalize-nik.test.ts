import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKpj } from '../../src/normalize/kpj.js';
import { maskNik } from '../../src/normalize/mask-nik.js';
import { decodeNik, nikBirthDateNumber, nikSex, parseNik } from '../../src/normalize/nik.js';
import { packDate } from '../../src/match/compare-birth-date.js';
import type { ParsedNik } from '../../src/normalize/parsed-nik.js';
import { REGENCY_NAMES } from '../../src/normalize/region-data.js';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const regencies = Object.keys(REGENCY_NAMES);

/** A NIK that passes the hard checks: real regency, district 01–40, day (+40 for women), month, year, serial. */
const validNik = fc
  .record({
    regency: fc.constantFrom(...regencies),
    district: fc.integer({ min: 1, max: 40 }),
    day: fc.integer({ min: 1, max: 31 }),
    female: fc.boolean(),
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 0, max: 9999 }),
  })
  .map((r) => r.regency + pad(r.district, 2) + pad(r.day + (r.female ? 40 : 0), 2) + pad(r.month, 2) + pad(r.yy, 2) + pad(r.serial, 4))
  .filter((s) => !/^(\d)\1{15}$/.test(s));

/** Everything but `raw`, which records the text as found. */
const meaning = (p: ParsedNik): Omit<ParsedNik, 'raw'> => {
  const { raw: _raw, ...rest } = p;
  return rest;
};

describe('parseNik properties', () => {
  it('spaces, dots, dashes, quotes and a leading apostrophe do not change the result', () => {
    fc.assert(
      fc.property(
        validNik,
        fc.array(fc.record({ at: fc.integer({ min: 1, max: 15 }), sep: fc.constantFrom(' ', '.', '-', '  ', ' - ', '. ') }), { maxLength: 5 }),
        fc.constantFrom('', "'", '"', '="'),
        (nik, seps, wrap) => {
          let s = nik;
          for (const { at, sep } of [...seps].sort((a, b) => b.at - a.at)) s = s.slice(0, at) + sep + s.slice(at);
          // A single dot followed by nothing but zeros is read as a numeric export's ".0" tail: not a separator.
          fc.pre(!(s.split('.').length === 2 && /\.[\s0-]*$/.test(s)));
          const written = wrap === '' ? s : wrap === "'" ? `'${s}` : wrap === '"' ? `"${s}"` : `="${s}"`;
          expect(meaning(parseNik(written, { referenceYear: 2026 }))).toEqual(meaning(parseNik(nik, { referenceYear: 2026 })));
        },
      ),
    );
  });

  it('a valid NIK string parses as valid with itself as the NIK', () => {
    fc.assert(
      fc.property(validNik, (nik) => {
        const r = parseNik(nik, { referenceYear: 2026 });
        expect(r.status).toBe('valid');
        expect(r.nik).toBe(nik);
        expect(decodeNik(r)?.region).toBe(nik.slice(0, 6));
        // Known regencies never warn about the region.
        expect(r.warnings.map((w) => w.code)).not.toContain('nik.region_unknown');
      }),
    );
  });

  it('a numeric cell of 16 digits ending in 0 is never valid', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{14}0$/), fc.constantFrom('', '.0', '.00'), (digits, tail) => {
        const r = parseNik({ kind: 'number', raw: digits + tail }, { referenceYear: 2026 });
        expect(r.status).not.toBe('valid');
        expect(r.nik).toBeNull();
      }),
    );
  });

  it('scientific notation of a 16-digit number with at most 15 significant digits is never valid', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,14}$/), fc.constantFrom('.', ','), fc.constantFrom('E+15', 'e+15', 'E15'), (sig, sep, exp) => {
        const text = sig.length === 1 ? `${sig}${exp}` : `${sig[0]}${sep}${sig.slice(1)}${exp}`;
        for (const cell of [text, { kind: 'number' as const, raw: text }]) {
          const r = parseNik(cell, { referenceYear: 2026 });
          expect(r.status).toBe('excel_damaged');
          expect(r.trustedPrefix).toBe(sig);
        }
      }),
    );
  });

  it('parseNik and parseKpj never throw and return well-formed digits, whatever the cell holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\d .,'"=Ee+-]{0,24}$/), fc.stringMatching(/^\d?[.,]?\d{0,16}[eE]\+?\d{1,2}$/)),
        (s) => {
          for (const cell of [s, { kind: 'number' as const, raw: s }]) {
            const r = parseNik(cell);
            expect(['valid', 'excel_damaged', 'invalid', 'missing']).toContain(r.status);
            if (r.status === 'valid') expect(r.nik).toMatch(/^\d{16}$/);
            if (r.trustedPrefix !== null) expect(r.trustedPrefix).toMatch(/^\d{1,15}$/);
            expect(r.digits).toMatch(/^\d*$/);
            const kpj = parseKpj(cell);
            if (kpj !== null) expect(kpj).toMatch(/^\d*[1-9]\d*$/);
          }
        },
      ),
    );
  });
});

describe('maskNik properties', () => {
  it('never reveals more than 8 digits, and keeps the length', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{0,24}$/), fc.string(), validNik), (value) => {
        const masked = maskNik(value);
        expect(masked.length).toBe(value.length);
        expect((masked.match(/\d/g) ?? []).length).toBeLessThanOrEqual(8);
      }),
    );
  });

  // Exploratory finding: `rekon diff --mask-nik` on runs written with --mask-nik masked "3279********0301" again into
  // "32************01", which hides the region digits a masked NIK shows and no longer matches the runs' files.
  it('is idempotent: a masked value masked again stays as it is', () => {
    const starOrDigit = fc.constantFrom('*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    const withStars = fc.string({ unit: fc.oneof(starOrDigit, fc.constantFrom('.', 'E', '+', ' ', 'a')), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(validNik, validNik.map(maskNik), fc.stringMatching(/^\d{0,24}$/), fc.string({ unit: starOrDigit, minLength: 16, maxLength: 16 }), withStars, fc.string()), (value) => {
        const once = maskNik(value);
        expect(maskNik(once)).toBe(once);
      }),
    );
  });

  it('hides at least half of any value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const masked = maskNik(value);
        let shown = 0;
        for (let i = 0; i < value.length; i++) if (masked[i] === value[i] && value[i] !== '*') shown++;
        expect(shown * 2).toBeLessThanOrEqual(value.length);
      }),
    );
  });

  it('the matcher\'s number-only birth date and sex agree with decodeNik, for any 16-digit text or damaged number', () => {
    const anyDigits = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(
        fc.oneof(validNik, anyDigits),
        fc.boolean(),
        fc.integer({ min: 1990, max: 2099 }),
        (digits, numeric, referenceYear) => {
          // A numeric cell of 16 digits ending in 0 is Excel-damaged: its trusted prefix decodes.
          const text = numeric ? digits.slice(0, 15) + '0' : digits;
          const n = parseNik(numeric ? { kind: 'number', raw: text } : text, { referenceYear });
          const d = decodeNik(n);
          expect(nikBirthDateNumber(n)).toBe(packDate(d?.birthDate ?? null));
          expect(nikSex(n)).toBe(d?.sex ?? null);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
