import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openReviewInput, reviewCommandOf } from '../../../src/review/review-keys.js';

describe('reviewCommandOf', () => {
  const cases = [
    { description: 'a', input: 'a', expected: 'accept' },
    { description: 'upper-case R with spaces', input: ' R ', expected: 'reject' },
    { description: 's', input: 's', expected: 'skip' },
    { description: 'u', input: 'u', expected: 'undo' },
    { description: 'q', input: 'q', expected: 'quit' },
    { description: 'whole word', input: 'accept', expected: 'accept' },
    { description: 'Indonesian word', input: 'tolak', expected: 'reject' },
    { description: 'anything else', input: 'x', expected: 'unknown' },
    { description: 'enter key', input: '\r', expected: 'unknown' },
  ] as const;
  it.each(cases)('$description', ({ input, expected }) => {
    expect(reviewCommandOf(input)).toBe(expected);
  });
});

describe('openReviewInput on a pipe', () => {
  it('reads one command per line, skips blank lines, ends with null', async () => {
    const input = openReviewInput(Readable.from(['a\n\nr\r\n', 'zz\nq']));
    expect(input.interactive).toBe(false);
    const got = [];
    for (let i = 0; i < 5; i++) got.push(await input.next());
    input.close();
    expect(got).toEqual(['accept', 'reject', 'unknown', 'quit', null]);
  });
});
