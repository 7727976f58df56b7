import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NIK_WINDOWS, nikWindowKey } from '../../src/match/blocking-rules.js';

const digits16 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 16, maxLength: 16 }).map((d) => d.join(''));

function keys(nik: string): string[] {
  const out: string[] = [];
  for (let w = 0; w < NIK_WINDOWS.length; w++) nikWindowKey(nik, w, (h1, h2) => out.push(`${h1}:${h2}`));
  return out;
}

function outside(nik: string, w: number): string {
  const [skip, len] = NIK_WINDOWS[w]!;
  return nik.slice(0, skip) + nik.slice(skip + len);
}

describe('near-NIK window keys', () => {
  it('a NIK one substitution or one adjacent transposition away shares a key in the same window', () => {
    fc.assert(
      fc.property(digits16, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (nik, at, digit, transpose) => {
        const typo = transpose && at < 15 ? nik.slice(0, at) + nik[at + 1] + nik[at] + nik.slice(at + 2) : nik.slice(0, at) + String(digit) + nik.slice(at + 1);
        const a = keys(nik);
        const b = keys(typo);
        expect(a.some((k, w) => k === b[w])).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keys of a window are equal exactly when the digits outside it are (no two digit strings share one)', () => {
    fc.assert(
      fc.property(digits16, digits16, fc.integer({ min: 0, max: NIK_WINDOWS.length - 1 }), (a, b, w) => {
        const ka = keys(a)[w];
        const kb = keys(b)[w];
        expect(ka === kb).toBe(outside(a, w) === outside(b, w));
      }),
      { numRuns: 2000 },
    );
    // Leading zeros and digits that move across the window edge make different keys.
    expect(keys('0000000000000001')[1]).not.toBe(keys('0000000000000010')[1]);
    expect(keys('1000000000000000')[0]).not.toBe(keys('0100000000000000')[0]);
  });
});
