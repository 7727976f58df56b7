import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRupiah } from '../../src/normalize/money.js';

/** 1234567 → "1.234.567" with the given thousands separator. */
const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('parseRupiah properties', () => {
  it('round-trips any integer written "Rp x.xxx.xxx", "x,xxx,xxx.00", "x.xxx.xxx,00" and as a number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const forms = [
          `Rp ${group(n, '.')}`,
          `Rp${group(n, '.')},-`,
          `${group(n, ',')}.00`,
          `${group(n, '.')},00`,
          String(n),
        ];
        for (const f of forms) expect(parseRupiah(f), f).toEqual({ kind: 'ok', rupiah: n });
        expect(parseRupiah({ kind: 'number', raw: String(n) })).toEqual({ kind: 'ok', rupiah: n });
      }),
    );
  });

  it('rounds cents half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (n, cents) => {
        const expected = n + (cents >= 50 ? 1 : 0);
        const c = String(cents).padStart(2, '0');
        expect(parseRupiah(`${group(n, '.')},${c}`)).toEqual({ kind: 'ok', rupiah: expected });
        expect(parseRupiah(`${group(n, ',')}.${c}`)).toEqual({ kind: 'ok', rupiah: expected });
        expect(parseRupiah({ kind: 'number', raw: `${n}.${c}` })).toEqual({ kind: 'ok', rupiah: expected });
      }),
    );
  });

  it('a negative amount is never ok', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        for (const f of [`-${group(n, '.')}`, `Rp -${group(n, '.')}`, `(${group(n, ',')})`]) {
          expect(parseRupiah(f).kind, f).toBe('invalid');
        }
      }),
    );
  });

  it('never throws and returns only safe non-negative integers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d.,]{1,14}$/), fc.stringMatching(/^(Rp ?)?-?[\d., ]{0,20}(,-)?( ?(jt|rb|juta))?$/)), (s) => {
        const r = parseRupiah(s);
        if (r.kind === 'ok') {
          expect(Number.isSafeInteger(r.rupiah)).toBe(true);
          expect(r.rupiah).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
