import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../../src/io/byte-source.js';
import { sniffDelimiter } from '../../src/io/csv-delimiter.js';
import { CsvRecordParser } from '../../src/io/csv-record-parser.js';
import { readCsv } from '../../src/io/read-csv.js';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** RFC 4180 writer: quote when needed; a record of one empty field is written `""` so it is not a blank line. */
function writeCsv(records: readonly string[][], delimiter: string, eol: string, finalEol: boolean): string {
  const lines = records.map((r) =>
    r.length === 1 && r[0] === ''
      ? '""'
      : r.map((f) => (f.includes(delimiter) || f.includes('"') || f.includes('\n') || f.includes('\r') ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter),
  );
  return lines.join(eol) + (finalEol ? eol : '');
}

/** Characters that stress the parser: delimiters, quotes, line breaks, accents, CJK, emoji (surrogates). */
const hardChar = fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r', '\r\n', ' ', 'a', 'Z', '0', '9', 'é', 'ß', 'Ñ', '€', '’', '中', '😀', '\u00a0');
const field = fc.array(fc.oneof(hardChar, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join(''));
const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });

/** Only characters Windows-1252 can encode. */
const cp1252Char = fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r\n', ' ', 'a', 'Z', '0', 'é', 'ß', 'Ñ', '€', '’', 'ü');
const cp1252Field = fc.array(cp1252Char, { maxLength: 8 }).map((p) => p.join(''));
const cp1252Records = fc.array(fc.array(cp1252Field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 });

/**
 * A source that hands out the bytes in the given chunk sizes (to split characters and records anywhere),
 * for reading and for validation alike.
 */
function chunkedSource(bytes: Buffer, sizes: readonly number[]): ByteSource {
  function* pieces(): Generator<Buffer> {
    let i = 0;
    let k = 0;
    while (i < bytes.length) {
      const n = sizes.length === 0 ? bytes.length : Math.max(1, sizes[k++ % sizes.length] as number);
      yield bytes.subarray(i, i + n);
      i += n;
    }
  }
  return {
    name: 'random.csv',
    path: null,
    size: bytes.length,
    head: (n) => Promise.resolve(bytes.subarray(0, n)),
    async *chunks() {
      yield* pieces();
    },
    blocks: () => pieces(),
    all: () => Promise.resolve(bytes),
  };
}

async function readBack(bytes: Buffer, delimiter: string, encoding?: string, sizes: readonly number[] = []): Promise<string[][]> {
  const { sheet } = await readCsv(chunkedSource(bytes, sizes), { delimiter, encoding });
  const out: string[][] = [];
  for await (const batch of sheet.batches) for (const r of batch) out.push(r.cells as string[]);
  return out;
}

/** Records whose text is not all blank (an all-blank file is refused as empty, rightly). */
function hasText(rs: readonly string[][]): boolean {
  return rs.some((r) => r.length > 1 || (r[0] ?? '').trim() !== '' || r[0] === '');
}

const ENCODINGS: { name: string; encode: (s: string) => Buffer }[] = [
  { name: 'utf-8', encode: (s) => Buffer.from(s, 'utf8') },
  { name: 'utf-8 with BOM', encode: (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]) },
  { name: 'utf-16le with BOM', encode: (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')]) },
  { name: 'utf-16be with BOM', encode: (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf-16be')]) },
];

describe('CSV round trip (property)', () => {
  it.each(ENCODINGS)('random records survive write → read in $name, for every delimiter and any chunking', async ({ encode }) => {
    await fc.assert(
      fc.asyncProperty(records, fc.constantFrom(...DELIMITERS), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 5 }), async (rs, d, eol, finalEol, sizes) => {
        fc.pre(hasText(rs) && writeCsv(rs, d, eol, finalEol).trim() !== '');
        const text = writeCsv(rs, d, eol, finalEol);
        expect(await readBack(encode(text), d, undefined, sizes)).toEqual(rs);
      }),
      { numRuns: 150 },
    );
  });

  it('random Windows-1252 records survive write → read', async () => {
    await fc.assert(
      fc.asyncProperty(cp1252Records, fc.constantFrom(...DELIMITERS), fc.array(fc.integer({ min: 1, max: 16 }), { maxLength: 4 }), async (rs, d, sizes) => {
        const text = writeCsv(rs, d, '\r\n', true);
        fc.pre(hasText(rs) && text.trim() !== '');
        expect(await readBack(iconv.encode(text, 'windows-1252'), d, 'windows-1252', sizes)).toEqual(rs);
      }),
      { numRuns: 150 },
    );
  });

  it('the parser gives the same records for any split of the text', () => {
    fc.assert(
      fc.property(records, fc.constantFrom(...DELIMITERS), fc.array(fc.nat(), { maxLength: 6 }), (rs, d, cuts) => {
        const text = writeCsv(rs, d, '\n', true);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const parser = new CsvRecordParser(d);
        const out: string[][] = [];
        let prev = 0;
        for (const p of points) {
          out.push(...parser.push(text.slice(prev, p), false));
          prev = p;
        }
        out.push(...parser.push(text.slice(prev), true));
        expect(out).toEqual(rs);
      }),
      { numRuns: 300 },
    );
  });

  it('sniffs the delimiter of a rectangular table whose cells hold no other candidate delimiter', () => {
    const plain = fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.replace(/[,;\t|"\r\n]/g, 'x'));
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 8 }), fc.constantFrom(...DELIMITERS), fc.array(plain, { minLength: 48, maxLength: 48 }), (cols, rows, d, pool) => {
        const table = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pool[(r * cols + c) % pool.length] as string));
        expect(sniffDelimiter(writeCsv(table, d, '\n', true))).toBe(d);
      }),
      { numRuns: 200 },
    );
  });
});
