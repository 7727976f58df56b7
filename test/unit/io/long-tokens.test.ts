// Hostile sizes in the streaming readers: a record or XML token spanning many chunks must be read in
// linear time and refused beyond the limit (not held until memory runs out).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, CsvRecordTooLongError, MAX_RECORD_CHARS } from '../../../src/io/csv-record-parser.js';
import { XmlScanner } from '../../../src/io/xml-scanner.js';
import { bufferSource } from '../../../src/io/byte-source.js';
import { readCsv } from '../../../src/io/read-csv.js';
import { readXlsx } from '../../../src/io/read-xlsx.js';
import { InputError } from '../../../src/errors.js';
import { makeXlsx } from './zip-fixture.js';

function feed(parser: CsvRecordParser, text: string, chunk: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...parser.push(text.slice(i, i + chunk), false));
  out.push(...parser.push('', true));
  return out;
}

function scanText(text: string, chunk: number): { texts: string[]; opened: string[] } {
  const texts: string[] = [];
  const opened: string[] = [];
  const s = new XmlScanner({ open: (name) => opened.push(name), text: (t) => texts.push(t) });
  for (let i = 0; i < text.length; i += chunk) s.write(text.slice(i, i + chunk));
  s.end();
  return { texts, opened };
}

describe('CsvRecordParser: long records', () => {
  const long = 'X'.repeat(300_000);
  const cases = [
    { description: 'a 300k-character unquoted field', input: `a,b\n1,${long}\n2,y\n`, expected: [['a', 'b'], ['1', long], ['2', 'y']] },
    { description: 'a 300k-character quoted field with line breaks', input: `a\n"${long}\n${long}"\nz\n`, expected: [['a'], [`${long}\n${long}`], ['z']] },
    { description: 'an unclosed quote swallows the rest (as Excel does)', input: `a,b\n"1,${long}\n2,y\n`, expected: [['a', 'b'], [`1,${long}\n2,y\n`]] },
    { description: '10,000 columns', input: `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n`, expected: [Array.from({ length: 10_000 }, (_, i) => `c${i}`)] },
  ];
  it.each(cases.flatMap((c) => [1000, 65_536, 262_144].map((chunk) => ({ ...c, chunk }))))('$description, fed in chunks of $chunk', ({ input, chunk, expected }) => {
    expect(feed(new CsvRecordParser(','), input, chunk)).toEqual(expected);
  });

  it.each([
    { description: 'an unclosed quote', input: `a\n"${'Y'.repeat(5000)}` },
    { description: 'no line ends at all', input: 'Z,'.repeat(5000) },
  ])('throws CsvRecordTooLongError past the limit: $description', ({ input }) => {
    const parser = new CsvRecordParser(',', 4096);
    expect(() => feed(parser, input, 1000)).toThrow(CsvRecordTooLongError);
  });

  it('stays linear on a 13M-character line without line ends (was quadratic: re-parsed on every chunk)', () => {
    const input = 'BUDI SANTOSO,'.repeat(1_000_000);
    const t0 = performance.now();
    const out = feed(new CsvRecordParser(','), input, 65_536);
    const ms = performance.now() - t0;
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1_000_001);
    // The quadratic parser took ~24 s here; linear takes about a second.
    expect(ms).toBeLessThan(8000);
  });
});

describe('readCsv: a record beyond the limit', () => {
  it('is an InputError naming the file and the row where the record starts', async () => {
    const text = `NAMA,NIK\nBUDI,3273011505900001\n"SITI,3273014505900002\n${'A'.repeat(MAX_RECORD_CHARS + 10)}\n`;
    const { sheet } = await readCsv(bufferSource('daftar.csv', Buffer.from(text)));
    const read = async (): Promise<number> => {
      let n = 0;
      for await (const batch of sheet.batches) n += batch.length;
      return n;
    };
    const err = await read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail).toEqual({ code: 'io.record_too_long', params: { file: 'daftar.csv', row: 3, limit: MAX_RECORD_CHARS } });
  });
});

describe('XmlScanner: long tokens', () => {
  it('hands a long text on in pieces that join to the whole, entities split across chunks included', () => {
    const unit = 'AB&amp;C&#x44;&lt;'; // decodes to AB&CD<
    const body = unit.repeat(20_000);
    for (const chunk of [1000, 4093, 16_384, 65_536]) {
      const { texts, opened } = scanText(`<t>${body}</t>`, chunk);
      expect(opened).toEqual(['t']);
      expect(texts.join('')).toBe('AB&CD<'.repeat(20_000));
    }
  });

  it('keeps a short text as one event whatever the chunking', () => {
    for (const chunk of [1, 2, 5]) expect(scanText('<t>a &amp; b</t>', chunk).texts).toEqual(['a & b']);
  });

  it('reads a 15 Mi-character attribute in linear time (the quadratic scanner took ~75 s)', () => {
    const tag = `<a x="${'A'.repeat(15 * 1024 * 1024)}"/>`;
    const t0 = performance.now();
    const { opened } = scanText(tag, 16_384);
    expect(opened).toEqual(['a']);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it.each([
    { description: 'a tag', input: `<a x="${'A'.repeat(10_000)}"/>` },
    { description: 'a comment', input: `<!--${'A'.repeat(10_000)}-->` },
    { description: 'a CDATA section', input: `<a><![CDATA[${'A'.repeat(10_000)}]]></a>` },
  ])('refuses $description longer than the limit', ({ input }) => {
    const s = new XmlScanner({ open: () => undefined }, 4096);
    expect(() => {
      for (let i = 0; i < input.length; i += 1000) s.write(input.slice(i, i + 1000));
      s.end();
    }).toThrow(/longer than 4096/);
  });
});

describe('readXlsx: hostile cells', () => {
  async function readAll(bytes: Buffer): Promise<unknown[][]> {
    const rows: unknown[][] = [];
    for await (const sheet of readXlsx(bufferSource('opd.xlsx', bytes))) for await (const batch of sheet.batches) for (const r of batch) rows.push([...r.cells]);
    return rows;
  }

  it('keeps a 100,000-character inline string whole', async () => {
    const long = 'N'.repeat(100_000);
    const rows = await readAll(makeXlsx({ sheets: [{ name: 'Data', sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>` }] }));
    expect(rows).toEqual([[long]]);
  });

  it.each([
    { description: 'an inline-string cell', sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'N'.repeat(17 * 1024 * 1024)}</t></is></c></row>`, reason: /cell text longer/ },
    { description: 'an attribute', sheetData: `<row r="1" x="${'N'.repeat(17 * 1024 * 1024)}"></row>`, reason: /longer than/ },
  ])('refuses $description beyond 16 Mi characters as a corrupt workbook', async ({ sheetData, reason }) => {
    const err = await readAll(makeXlsx({ sheets: [{ name: 'Data', sheetData }] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const detail = (err as InputError).detail;
    expect(detail.code).toBe('io.corrupt_workbook');
    expect(String(detail.params?.['reason'])).toMatch(reason);
  });
});

describe('chunking never changes the result (property)', () => {
  // Pieces that build CSV/XML text with long runs, so records and tokens cross the 64 Ki-character
  // point where re-parsing is deferred.
  const piece = fc.oneof(
    fc.constantFrom(',', '\n', '\r\n', '"', '""', ' ', 'NIK', '&amp;', '&', '<', '>', '<a x="1">', '</a>', '<b/>'),
    fc.integer({ min: 1, max: 150_000 }).map((n) => 'X'.repeat(n)),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const cuts = fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 8 });

  function chunks(input: string, sizes: readonly number[]): string[] {
    const out: string[] = [];
    for (let i = 0, k = 0; i < input.length; k++) {
      const size = sizes[k % sizes.length] ?? 1;
      out.push(input.slice(i, i + size));
      i += size;
    }
    return out;
  }

  it('CsvRecordParser: any chunking gives the records of one push', () => {
    fc.assert(
      fc.property(text, cuts, (input, sizes) => {
        const whole = new CsvRecordParser(',').push(input, true);
        const parser = new CsvRecordParser(',');
        const pieces: string[][] = [];
        for (const c of chunks(input, sizes)) pieces.push(...parser.push(c, false));
        pieces.push(...parser.push('', true));
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('XmlScanner: any chunking gives the same tags and the same joined text (or the same error)', () => {
    const run = (parts: readonly string[]): string => {
      const events: string[] = [];
      let textRun = '';
      const flush = (): void => {
        if (textRun !== '') events.push(`"${textRun}"`);
        textRun = '';
      };
      const s = new XmlScanner({
        open: (name, _a, self) => {
          flush();
          events.push(`<${name}${self ? '/' : ''}>`);
        },
        text: (t) => (textRun += t),
        close: (name) => {
          flush();
          events.push(`</${name}>`);
        },
      });
      try {
        for (const p of parts) s.write(p);
        s.end();
      } catch (err) {
        flush();
        return `${events.join('')}!${(err as Error).message}`;
      }
      flush();
      return events.join('');
    };
    fc.assert(
      fc.property(text, cuts, (body, sizes) => {
        const input = `<r>${body}</r>`;
        const whole = run([input]);
        const pieces = run(chunks(input, sizes));
        // Tags and text agree; a malformed body may fail at another point, but then both fail.
        expect(pieces.includes('!')).toBe(whole.includes('!'));
        if (!whole.includes('!')) expect(pieces).toBe(whole);
      }),
      { numRuns: 60 },
    );
  });
});
