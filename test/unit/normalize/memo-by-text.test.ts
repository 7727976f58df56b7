import { describe, expect, it } from 'vitest';
import { memoByText } from '../../../src/normalize/memo-by-text.js';

describe('memoByText', () => {
  it('computes each short text once and gives the same result object after', () => {
    const calls: string[] = [];
    const f = memoByText((t) => {
      calls.push(t);
      return { upper: t.toUpperCase() };
    }, { size: 3, maxLength: 5 });
    const a = f('abc');
    expect(f('abc')).toBe(a);
    expect(a).toEqual({ upper: 'ABC' });
    expect(calls).toEqual(['abc']);
  });

  it('never keeps a text longer than maxLength, and starts over when full', () => {
    const calls: string[] = [];
    const f = memoByText((t) => {
      calls.push(t);
      return t.length;
    }, { size: 2, maxLength: 3 });
    expect(f('abcd')).toBe(4);
    expect(f('abcd')).toBe(4);
    expect(calls).toEqual(['abcd', 'abcd']);
    calls.length = 0;
    f('a');
    f('b');
    f('c'); // full: cleared, then 'c' kept
    f('c');
    f('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
