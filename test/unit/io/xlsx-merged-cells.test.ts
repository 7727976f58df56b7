import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MergedDown, mergedRangeRef, parseMergedRef } from '../../../src/io/merged-down.js';
import { scanMergedRanges } from '../../../src/io/xlsx-merged-cells.js';

const XML = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>mergeCells in a cell</t></is></c></row></sheetData>' + '<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="E4:E6"/></mergeCells></worksheet>';

async function* chunks(text: string, cut: readonly number[]): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  let from = 0;
  for (const at of [...cut, bytes.length]) {
    yield bytes.subarray(from, at);
    from = at;
  }
}

describe('scanMergedRanges', () => {
  it('finds the ranges wherever the chunks are cut, and not the word in a cell', async () => {
    const want = [
      { top: 1, bottom: 1, left: 0, right: 5 },
      { top: 4, bottom: 6, left: 4, right: 4 },
    ];
    for (let cut = 1; cut < XML.length; cut++) expect(await scanMergedRanges(chunks(XML, [cut]))).toEqual(want);
  });

  it('a prefixed namespace (x:mergeCell) is read too; a sheet without merges has none', async () => {
    expect(await scanMergedRanges(chunks('<x:sheetData/><x:mergeCells><x:mergeCell ref="B2:B3"/></x:mergeCells>', []))).toEqual([{ top: 2, bottom: 3, left: 1, right: 1 }]);
    expect(await scanMergedRanges(chunks('<sheetData/>', []))).toEqual([]);
  });
});

describe('MergedDown', () => {
  it('gives the covered blank cells the top value, only below the top row and within the range', () => {
    const down = new MergedDown([{ top: 2, bottom: 3, left: 1, right: 1 }, { top: 1, bottom: 1, left: 0, right: 3 }]);
    expect(down.cover(1, ['TITLE'])).toBeUndefined();
    expect(down.cover(2, ['a', '2100000'])).toBeUndefined();
    expect(down.cover(3, ['b', null])).toEqual(new Map([[1, { value: '2100000', range: { top: 2, bottom: 3, left: 1, right: 1 } }]]));
    expect(down.cover(4, ['c', null])).toBeUndefined();
  });
});

describe('mergedRangeRef', () => {
  it('writes a range as the spreadsheet does, the inverse of parseMergedRef', () => {
    expect(mergedRangeRef({ top: 4, bottom: 6, left: 2, right: 2 })).toBe('C4:C6');
    expect(mergedRangeRef({ top: 1, bottom: 9, left: 26, right: 701 })).toBe('AA1:ZZ9');
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(1000), fc.nat(16_383), fc.nat(100), (top, rows, left, cols) => {
        const range = { top: top + 1, bottom: top + 1 + rows, left, right: Math.min(16_383, left + cols) };
        expect(parseMergedRef(mergedRangeRef(range))).toEqual(range);
      }),
    );
  });
});
