import { describe, expect, it } from 'vitest';
import { tableLines } from '../../../bench/lib/table.mjs';

describe('bench tables', () => {
  it('left-aligns the first column, right-aligns the others, rules under the header', () => {
    expect(tableLines([
      ['size', 'wall', 'ok'],
      ['10k×10k', '1.85 s', '–'],
      ['1m×1m', '64.45 s', 'NO'],
    ])).toEqual([
      'size        wall  ok',
      '-------  -------  --',
      '10k×10k   1.85 s   –',
      '1m×1m    64.45 s  NO',
    ]);
  });

  it('takes numbers as cells', () => {
    expect(tableLines([['seed', 'pairs'], [1, 17424]])).toEqual(['seed  pairs', '----  -----', '1     17424']);
  });
});
