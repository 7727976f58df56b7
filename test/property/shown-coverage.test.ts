import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageTenths } from '../../src/report/shown-coverage.js';

const counts = fc.integer({ min: 1, max: 5_000_000 }).chain((people) => fc.record({ people: fc.constant(people), registered: fc.integer({ min: 0, max: people }) }));
const tenths = (registered: number, people: number): number => coverageTenths({ workers: people, duplicate: 0, registered }) ?? Number.NaN;

describe('coverageTenths', () => {
  it('is 1000 exactly when everyone is registered and 0 exactly when no one is', () => {
    fc.assert(
      fc.property(counts, ({ people, registered }) => {
        const t = tenths(registered, people);
        expect(t === 1000).toBe(registered === people);
        expect(t === 0).toBe(registered === 0);
      }),
    );
  });

  it('is the share rounded half up to 0.1 % (at most 0.05 % from it), but at the two ends', () => {
    fc.assert(
      fc.property(counts, ({ people, registered }) => {
        const t = tenths(registered, people);
        // Compared on integers: |t/1000 − r/p| ≤ 1/2000 ⇔ |2pt − 2000r| ≤ p.
        if (t !== 999 && t !== 1) expect(Math.abs(2 * people * t - 2000 * registered)).toBeLessThanOrEqual(people);
        // Half up: a share exactly halfway goes to the tenth above.
        if ((2000 * registered) % (2 * people) === people && t !== 999) expect(2 * people * t).toBe(2000 * registered + people);
      }),
    );
  });

  it('never goes down when one more worker is registered', () => {
    fc.assert(
      fc.property(counts.filter(({ people, registered }) => registered < people), ({ people, registered }) => {
        expect(tenths(registered + 1, people)).toBeGreaterThanOrEqual(tenths(registered, people));
      }),
    );
  });
});
