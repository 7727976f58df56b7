import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNik, type RecordSpec } from '../unit/match/make-records.js';
import { pairScores } from '../unit/match/pair-scores.js';

// Few values, so that equal, close and different comparisons all occur often.
const NAMES = ['SITI AMINAH', 'SITI AMINA', 'HJ. SITI AMINAH', 'S. AMINAH', 'BUDI SANTOSO', 'BUDI', 'MUHAMMAD RIZKI', 'M. RIZKY', ''];
const DATES = ['1990-01-10', '1990-10-01', '1991-01-10', '1985-03-22', null];

const spec: fc.Arbitrary<RecordSpec> = fc.record({
  name: fc.constantFrom(...NAMES),
  birthDate: fc.constantFrom(...DATES),
  sex: fc.constantFrom('M' as const, 'F' as const, null),
  kpj: fc.constantFrom('12345678901', '12345678902', null),
  nik: fc.oneof(
    fc.constant(null),
    fc.record({ region: fc.constantFrom('367101', '327301'), date: fc.constantFrom('1990-01-10', '1985-03-22'), sex: fc.constantFrom('M' as const, 'F' as const), serial: fc.integer({ min: 1, max: 12 }) }).map((n) => makeNik(n.region, n.date, n.sex, n.serial)),
  ),
});

describe('scorePairAtLeast bounds scorePair', () => {
  it('gives up only on pairs scoring under the floor, and otherwise returns the same score', () => {
    fc.assert(
      fc.property(spec, spec, fc.integer({ min: -30, max: 40 }), (r, b, floor) => {
        const { full, bounded } = pairScores(r, b, floor);
        if (bounded === null) expect(full).toBeLessThan(floor);
        else expect(bounded).toBe(full);
      }),
      { numRuns: 2000 },
    );
  });
});
