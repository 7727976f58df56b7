import { describe, expect, it } from 'vitest';
import { createKeyIndexBuilder } from '../../../src/match/key-index.js';
import { hashStringKey, LANE1, LANE2 } from '../../../src/match/key-hash.js';

const key = (s: string): [number, number] => [hashStringKey(LANE1, 1, s), hashStringKey(LANE2, 1, s)];

describe('KeyIndex', () => {
  it('finds the rows stored under a key, in insertion order', () => {
    const b = createKeyIndexBuilder();
    b.add(...key('A'), 5);
    b.add(...key('B'), 6);
    b.add(...key('A'), 7);
    const ix = b.build();
    const out: number[] = [];
    expect(ix.find(...key('A'), 100, out)).toBe(2);
    expect(out).toEqual([5, 7]);
    expect(ix.find(...key('C'), 100, [])).toBe(0);
  });

  it('writes from the start of a reused array, leaves what lies past the count, and the count says how many', () => {
    const b = createKeyIndexBuilder();
    b.add(...key('A'), 5);
    b.add(...key('B'), 6);
    b.add(...key('B'), 8);
    b.add(...key('B'), 9);
    const ix = b.build();
    const out: number[] = [];
    expect(ix.find(...key('B'), 100, out)).toBe(3);
    expect(ix.find(...key('A'), 100, out)).toBe(1);
    expect(out).toEqual([5, 8, 9]);
    expect(ix.find(...key('C'), 100, out)).toBe(0);
    expect(out).toEqual([5, 8, 9]);
  });

  it('filters other keys sharing a bucket by the fingerprint', () => {
    const b = createKeyIndexBuilder();
    const [h1] = key('A');
    b.add(h1, 111, 1);
    b.add(h1, 222, 2);
    const out: number[] = [];
    expect(b.build().find(h1, 222, 100, out)).toBe(1);
    expect(out).toEqual([2]);
  });

  it('skips an over-size block without returning members', () => {
    const b = createKeyIndexBuilder();
    for (let i = 0; i < 5000; i++) b.add(...key('SITI|1990-01-01'), i);
    const out: number[] = [];
    const ix = b.build();
    expect(ix.find(...key('SITI|1990-01-01'), 100, out)).toBe(-1);
    expect(out).toEqual([]);
    expect(ix.entries).toBe(5000);
  });

  it('keeps only the rows build() is told to keep, across storage chunks, in insertion order', () => {
    const b = createKeyIndexBuilder(65_536);
    // 150,000 entries (more than two chunks of 65,536) under 1,000 keys; odd rows are left out.
    for (let row = 0; row < 150_000; row++) b.add(...key(`K${row % 1000}`), row);
    const ix = b.build((row) => row % 2 === 0);
    expect(ix.entries).toBe(75_000);
    const out: number[] = [];
    expect(ix.find(...key('K42'), 1000, out)).toBe(150);
    expect(out).toEqual(Array.from({ length: 150 }, (_, i) => 42 + 1000 * i).filter((r) => r % 2 === 0));
    expect(ix.find(...key('K43'), 1000, [])).toBe(0);
  });
});
