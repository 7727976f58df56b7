import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../bench/lib/people.mjs';

describe('bench generator (property)', () => {
  it('for any seed and size: exact row counts, one-to-one truth, duplicates point backwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 50, max: 300 }), (seed, rows, bpjsRows, chunkSize) => {
        let nRoster = 0;
        let nBpjs = 0;
        const pointed = new Set<number>();
        const only = new Set<number>();
        const rosterRows = new Set<number>();
        for (const c of generateWorld({ rows, bpjsRows, seed, chunkSize, rates: { duplicate: 0.05, twins: 0.02, sameNameDob: 0.02, wrongRowNik: 0.02 } })) {
          nRoster += c.roster.length;
          nBpjs += c.bpjs.length;
          for (const r of c.roster) rosterRows.add(r.row);
          for (const o of c.bpjsOnly) only.add(o.bpjs_row);
          for (const t of c.truth) {
            if (t.dup_of !== null) {
              expect(rosterRows.has(t.dup_of)).toBe(true);
              expect(t.dup_of).toBeLessThan(t.roster_row);
            } else if (t.bpjs_row !== null) {
              expect(pointed.has(t.bpjs_row)).toBe(false);
              pointed.add(t.bpjs_row);
            }
          }
          for (const b of c.bpjs) expect(only.has(b.row) !== pointed.has(b.row)).toBe(true);
        }
        expect(nRoster).toBe(rows);
        expect(nBpjs).toBe(bpjsRows);
      }),
      { numRuns: 60 },
    );
  });
});
