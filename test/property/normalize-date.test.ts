import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/normalize/date.js';
import { parsePlaceAndDate } from '../../src/normalize/place-date.js';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** A real calendar date between 1900 and 2100, as year/month/day and ISO. */
const realDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => ({
  y: d.getUTCFullYear(),
  m: d.getUTCMonth() + 1,
  d: d.getUTCDate(),
  iso: d.toISOString().slice(0, 10),
}));

describe('parseDate properties', () => {
  it('reads any ten-character dd-mm-yyyy or yyyy-mm-dd text as the general reader does (real, impossible or not a date)', () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const sep = fc.constantFrom('-', '/', '.');
    const text = fc.oneof(
      fc.tuple(digit, digit, sep, digit, digit, sep, digit, digit, digit, digit).map((p) => p.join('')),
      fc.tuple(digit, digit, digit, digit, sep, digit, digit, sep, digit, digit).map((p) => p.join('')),
      fc.tuple(realDate, sep).map(([{ y, m, d }, s]) => `${pad(d)}${s}${pad(m)}${s}${y}`),
      fc.tuple(realDate, sep).map(([{ y, m, d }, s]) => `${y}${s}${pad(m)}${s}${pad(d)}`),
    );
    const outcome = (r: ReturnType<typeof parseDate>): unknown => (r.kind === 'ok' ? r.date : r.kind === 'invalid' ? r.reason.code : 'empty');
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 99 }), (t, pivot) => {
        // With a time after it, the text goes through the general reader (tokens), which strips the time.
        expect(outcome(parseDate(t, { twoDigitYearPivot: pivot }))).toEqual(outcome(parseDate(`${t} 00:00`, { twoDigitYearPivot: pivot })));
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips any real date written dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, d MMMM yyyy, yyyy-mm-dd', () => {
    fc.assert(
      fc.property(realDate, fc.boolean(), ({ y, m, d, iso }, upper) => {
        const month = BULAN[m - 1] as string;
        const forms = [
          `${pad(d)}-${pad(m)}-${y}`,
          `${pad(d)}/${pad(m)}/${y}`,
          `${pad(d)}.${pad(m)}.${y}`,
          `${d}-${m}-${y}`,
          `${d} ${upper ? month.toUpperCase() : month} ${y}`,
          `${d}-${month.slice(0, 3)}-${y}`,
          iso,
          `${iso}T00:00:00`,
          `${pad(d)}/${pad(m)}/${y} 00:00:00`,
        ];
        for (const f of forms) expect(parseDate(f), f).toEqual({ kind: 'ok', date: iso });
        expect(parsePlaceAndDate(`Klaten, ${forms[0]}`)).toEqual({ place: 'Klaten', date: { kind: 'ok', date: iso } });
      }),
    );
  });

  it('round-trips Excel serials of plausible dates', () => {
    fc.assert(
      fc.property(realDate.filter((r) => r.y >= 1920), ({ iso }) => {
        const serial = Math.round(Date.parse(iso) / 86_400_000) + 25569;
        expect(parseDate({ kind: 'number', raw: String(serial) })).toEqual({ kind: 'ok', date: iso });
      }),
    );
  });

  it('reads any plausible date written as its Excel serial in text (a General-format column saved as CSV), alone or after the place', () => {
    // 10000 (1927-05-18) is the first 5-digit serial; earlier dates of the accepted range have 4 digits and stay unread.
    const serialDate = realDate.filter((r) => r.iso >= '1927-05-18');
    fc.assert(
      fc.property(serialDate, fc.constantFrom('', '.0'), ({ iso }, suffix) => {
        const serial = `${Math.round(Date.parse(iso) / 86_400_000) + 25569}${suffix}`;
        expect(parseDate(serial), serial).toEqual({ kind: 'ok', date: iso });
        expect(parsePlaceAndDate(`Garut, ${serial}`)).toEqual({ place: 'Garut', date: { kind: 'ok', date: iso } });
      }),
    );
  });

  it('never swaps day and month: a date whose day exceeds 12 is invalid when written month-first', () => {
    fc.assert(
      fc.property(realDate.filter((r) => r.d > 12), ({ y, m, d }) => {
        const r = parseDate(`${pad(m)}/${pad(d)}/${y}`);
        expect(r).toMatchObject({ kind: 'invalid', reason: { code: 'date.month_first' } });
      }),
    );
  });

  it('never throws and returns only real dates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d\s./:-]{0,20}$/)), (s) => {
        const r = parseDate(s);
        if (r.kind === 'ok') {
          expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${r.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.date);
        }
      }),
    );
  });
});
