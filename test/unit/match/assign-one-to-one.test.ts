import { describe, expect, it } from 'vitest';
import { assignOneToOne } from '../../../src/match/assign-one-to-one.js';

function run(pairs: [roster: number, bpjs: number, score: number][], rosterSeq = [0, 1, 2, 3], bpjsSeq = [0, 1, 2, 3]) {
  const cols = { length: pairs.length, roster: pairs.map((p) => p[0]), bpjs: pairs.map((p) => p[1]), score: pairs.map((p) => p[2]) };
  const a = assignOneToOne(cols, () => true, rosterSeq, bpjsSeq, rosterSeq.length, bpjsSeq.length);
  return [...a.byRoster].map((k) => (k < 0 ? null : pairs[k]![1]));
}

describe('assignOneToOne tie policy', () => {
  const cases = [
    { description: 'highest score wins', input: [[0, 0, 10], [1, 0, 20]] as [number, number, number][], expected: [null, 0, null, null] },
    { description: 'equal scores: lower roster seq wins', input: [[1, 0, 15], [0, 0, 15]] as [number, number, number][], expected: [0, null, null, null] },
    { description: 'equal scores and roster: lower BPJS seq wins', input: [[0, 1, 15], [0, 0, 15]] as [number, number, number][], expected: [0, null, null, null] },
    { description: 'each side used at most once', input: [[0, 0, 30], [0, 1, 29], [1, 0, 28], [1, 1, 10]] as [number, number, number][], expected: [0, 1, null, null] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(run(input)).toEqual(expected);
  });

  it('uses seq, not array position, to break ties', () => {
    // Roster row 0 has seq 9, row 1 has seq 2: row 1 wins the tie.
    expect(run([[0, 0, 15], [1, 0, 15]], [9, 2], [0])).toEqual([null, 0]);
  });

  it('does not depend on the order the pairs were found in', () => {
    const pairs: [number, number, number][] = [[0, 0, 12], [1, 0, 12], [1, 1, 12], [2, 1, 13], [2, 2, 5], [3, 2, 5]];
    const reversed = [...pairs].reverse();
    expect(run(reversed)).toEqual(run(pairs));
  });
});
