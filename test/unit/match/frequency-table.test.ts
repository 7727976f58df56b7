import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatchFrequencyCounter } from '../../../src/match/frequency-table.js';

const KEYS = ['', 'SITI AMINAH', 'BUDI SANTOSO', 'AMINAH SITI', 'MUHAMMAD RIZKI'];
const row = fc.record({ key: fc.constantFrom(...KEYS), birthDate: fc.constantFrom(0, 19900105, 19851231), nikBirthDate: fc.constantFrom(0, 19900105) });
const asRow = (r: { key: string; birthDate: number; nikBirthDate: number }) => ({
  strongKey: r.key,
  strong: r.key === '' ? [] : r.key.split(' '),
  birthDate: r.birthDate,
  nikBirthDate: r.nikBirthDate,
});

describe('createMatchFrequencyCounter', () => {
  it("each row's name tally ends equal to the table's count of its name, which is the number of rows with it", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const counter = createMatchFrequencyCounter();
        const tallies = rows.map((r) => counter.add(asRow(r)));
        const freq = counter.tables();
        rows.forEach((r, i) => {
          const expected = r.key === '' ? 0 : rows.filter((o) => o.key === r.key).length;
          expect(tallies[i]!.count).toBe(expected);
          expect(freq.names.count(r.key)).toBe(expected);
        });
        const distinct = new Set(rows.map((r) => r.key).filter((k) => k !== ''));
        const named = rows.filter((r) => r.key !== '').length;
        expect(freq.names.mean).toBe(distinct.size === 0 ? 1 : named / distinct.size);
      }),
    );
  });

  it('counts do not depend on the order rows are added in', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))), ([rows, shuffled]) => {
        const a = createMatchFrequencyCounter();
        const b = createMatchFrequencyCounter();
        for (const r of rows) a.add(asRow(r));
        for (const r of shuffled) b.add(asRow(r));
        const fa = a.tables();
        const fb = b.tables();
        for (const k of KEYS) {
          expect(fb.names.count(k)).toBe(fa.names.count(k));
          for (const t of k.split(' ')) expect(fb.tokens.count(t)).toBe(fa.tokens.count(t));
        }
        for (const d of [19900105, 19851231]) expect(fb.birthDates.count(d)).toBe(fa.birthDates.count(d));
        expect(fb.names.mean).toBe(fa.names.mean);
      }),
    );
  });

  it('counts tokens once per row and birth dates (column, else NIK) like a Map of every value would, in and out of 1900–2099', () => {
    // Dates at the edges of the dense range, outside it, and the last day slot of a month.
    const date = fc.constantFrom(0, 19000101, 20991231, 18991231, 21000101, 19900131, 19900105, 99991231, 10101);
    const tokenRow = fc.record({
      strong: fc.array(fc.constantFrom('SITI', 'AMINAH', 'BUDI', 'NUR'), { maxLength: 4 }),
      birthDate: date,
      nikBirthDate: date,
    });
    fc.assert(
      fc.property(fc.array(tokenRow, { maxLength: 40 }), (rows) => {
        const counter = createMatchFrequencyCounter();
        const tokens = new Map<string, number>();
        const dates = new Map<number, number>();
        for (const r of rows) {
          counter.add({ strongKey: r.strong.join(' '), strong: r.strong, birthDate: r.birthDate, nikBirthDate: r.nikBirthDate });
          for (const t of new Set(r.strong)) tokens.set(t, (tokens.get(t) ?? 0) + 1);
          const d = r.birthDate !== 0 ? r.birthDate : r.nikBirthDate;
          if (d !== 0) dates.set(d, (dates.get(d) ?? 0) + 1);
        }
        const freq = counter.tables();
        for (const t of ['SITI', 'AMINAH', 'BUDI', 'NUR']) expect(freq.tokens.count(t)).toBe(tokens.get(t) ?? 0);
        for (const d of [0, 19000101, 20991231, 18991231, 21000101, 19900131, 19900105, 99991231, 10101, 19900132]) {
          expect(freq.birthDates.count(d)).toBe(dates.get(d) ?? 0);
        }
        const mean = (m: Map<unknown, number>) => (m.size === 0 ? 1 : [...m.values()].reduce((a, b) => a + b, 0) / m.size);
        expect(freq.tokens.mean).toBe(mean(tokens));
        expect(freq.birthDates.mean).toBe(mean(dates));
      }),
    );
  });
});
