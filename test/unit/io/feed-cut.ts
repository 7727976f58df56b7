import type { CsvRecordParser } from '../../../src/io/csv-record-parser.js';

/** Feeds `text` to `parser` cut at the given offsets (ascending), then a final empty push: as chunks arrive. */
export function feedCut(parser: CsvRecordParser, text: string, cuts: readonly number[]): string[][] {
  const out: string[][] = [];
  let from = 0;
  for (const at of cuts) {
    out.push(...parser.push(text.slice(from, at), false));
    from = at;
  }
  out.push(...parser.push(text.slice(from), false));
  out.push(...parser.push('', true));
  return out;
}
