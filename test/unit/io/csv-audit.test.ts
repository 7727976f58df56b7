// Why this file exists: a mutation audit of src/io/read-csv.ts, src/io/text-encoding.ts and
// src/io/csv-record-parser.ts found behaviour the older tests did not pin: the named and invalid
// `--delimiter` values, `--encoding` winning over a BOM, a Windows-1252 file whose only non-ASCII byte
// is the last one, the binary sniff past the first bytes, delimiter sniffing on decoded (not raw)
// UTF-16 text, blank CRLF lines split across chunks, and the record-length limit at its boundary.
// Expected values come from the doc comments and DOMAIN.md §3/§5. All NIKs are synthetic.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../../src/errors.js';
import { bufferSource } from '../../../src/io/byte-source.js';
import { CsvRecordParser, CsvRecordTooLongError, MAX_RECORD_CHARS } from '../../../src/io/csv-record-parser.js';
import { detectCsvFormat, parseDelimiterOption, readCsv } from '../../../src/io/read-csv.js';
import type { CsvOptions } from '../../../src/io/read-csv.js';
import { feedCut } from './feed-cut.js';
import { errorOf } from './read-helpers.js';

async function rowsOf(name: string, bytes: Buffer, options: CsvOptions = {}): Promise<{ encoding: string; delimiter: string; rows: { row: number; cells: readonly unknown[] }[] }> {
  const { sheet, format } = await readCsv(bufferSource(name, bytes), options);
  const rows: { row: number; cells: readonly unknown[] }[] = [];
  for await (const batch of sheet.batches) for (const r of batch) rows.push({ row: r.row, cells: [...r.cells] });
  return { encoding: format.encoding, delimiter: format.delimiter, rows };
}


describe('parseDelimiterOption', () => {
  it.each([
    { value: 'tab', expected: '\t' },
    { value: 'TAB', expected: '\t' },
    { value: 'Tab', expected: '\t' },
    { value: '\\t', expected: '\t' },
    { value: '\t', expected: '\t' },
    { value: 'semicolon', expected: ';' },
    { value: 'SEMICOLON', expected: ';' },
    { value: 'comma', expected: ',' },
    { value: 'Comma', expected: ',' },
    { value: 'pipe', expected: '|' },
    { value: 'PIPE', expected: '|' },
    { value: ';', expected: ';' },
    { value: ',', expected: ',' },
    { value: '|', expected: '|' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(parseDelimiterOption(value)).toBe(expected);
  });

  it.each([
    { description: 'empty', value: '' },
    { description: 'a double quote (it opens quoted fields)', value: '"' },
    { description: 'LF', value: '\n' },
    { description: 'CR', value: '\r' },
    { description: 'two characters', value: ';;' },
    { description: 'an unknown name', value: 'colon' },
  ])('rejects $description as a usage error io.bad_delimiter', ({ value }) => {
    let err: unknown = null;
    try {
      parseDelimiterOption(value);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).detail.code).toBe('io.bad_delimiter');
  });

  it('an invalid --delimiter is refused by detectCsvFormat too', async () => {
    const err = await errorOf(detectCsvFormat(bufferSource('x.csv', Buffer.from('a;b\n')), { delimiter: '"' }));
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).detail.code).toBe('io.bad_delimiter');
  });

  it('a named --delimiter reaches the reader as the character', async () => {
    const { delimiter, rows } = await rowsOf('opd.csv', Buffer.from('NAMA;NIK,X\nBUDI;3671010101900001,Y\n'), { delimiter: 'Semicolon' });
    expect(delimiter).toBe(';');
    expect(rows.map((r) => r.cells)).toEqual([
      ['NAMA', 'NIK,X'],
      ['BUDI', '3671010101900001,Y'],
    ]);
  });
});

describe('readCsv: encoding decision', () => {
  it('--encoding wins over a BOM (the override is what was decided)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('NAMA\nJOSÉ\n', 'utf8')]);
    const { encoding, rows } = await rowsOf('bom.csv', bytes, { encoding: 'windows-1252' });
    expect(encoding).toBe('windows-1252');
    // Read as Windows-1252 "É" (C3 89) is two letters; the BOM is dropped, not read as "ï»¿" glued to the header.
    expect(rows.map((r) => r.cells)).toEqual([['NAMA'], ['JOSÃ‰']]);
  });

  it('an unknown --encoding is refused even when the file has a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('NAMA\n')]);
    const err = await errorOf(detectCsvFormat(bufferSource('bom.csv', bytes), { encoding: 'klingon-8' }));
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).detail.code).toBe('io.unknown_encoding');
  });

  it('a Windows-1252 file whose only non-ASCII byte is its very last byte is Windows-1252', async () => {
    // "JOSÉ" without a final newline: the file ends on C9, which is not a complete UTF-8 character.
    const { encoding, rows } = await rowsOf('ansi-end.csv', Buffer.concat([Buffer.from('NAMA;NIK\n3671010101900001;'), iconv.encode('JOSÉ', 'windows-1252')]));
    expect(encoding).toBe('windows-1252');
    expect(rows.map((r) => r.cells)).toEqual([
      ['NAMA', 'NIK'],
      ['3671010101900001', 'JOSÉ'],
    ]);
  });

  it('a NUL byte after the first bytes (but within the sniffed 8 KiB) makes it not text', async () => {
    const bytes = Buffer.concat([Buffer.from('NAMA,NIK\nBUDI,3671010101900001\n'.repeat(50)), Buffer.from([0x00, 0x41])]);
    expect(bytes.length).toBeLessThan(8192);
    const err = await errorOf(readCsv(bufferSource('renamed.csv', bytes)));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe('io.not_text');
  });

  it('sniffs the delimiter from the decoded text, not the raw UTF-16 bytes', async () => {
    // ';'-separated UTF-16 LE with LF line ends; the quoted name column holds commas.
    const text = 'NAMA;NIK\n"SUPRIYADI, S.Pd., M.Si";3671010101900001\n"ANI, S.E., M.M.";3671014101900002\n"H. BUDI, S.H., M.H.";3671010202900003\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const { encoding, delimiter, rows } = await rowsOf('unicode.txt', bytes);
    expect(encoding).toBe('utf-16le');
    expect(delimiter).toBe(';');
    expect(rows.map((r) => r.cells)).toEqual([
      ['NAMA', 'NIK'],
      ['SUPRIYADI, S.Pd., M.Si', '3671010101900001'],
      ['ANI, S.E., M.M.', '3671014101900002'],
      ['H. BUDI, S.H., M.H.', '3671010202900003'],
    ]);
  });

  // sniffDelimiter: a quote not at the start of a ',' field is literal, so quoted names with commas in a later column outvoted ';'.
  it('sniffs ";" when the quoted names with commas are not in the first column', async () => {
    const text = 'NIK;NAMA\n3671010101900001;"SUPRIYADI, S.Pd., M.Si"\n3671014101900002;"ANI, S.E., M.M."\n3671010202900003;"H. BUDI, S.H., M.H."\n';
    const { delimiter, rows } = await rowsOf('opd.csv', Buffer.from(text));
    expect(delimiter).toBe(';');
    expect(rows[1]?.cells).toEqual(['3671010101900001', 'SUPRIYADI, S.Pd., M.Si']);
  });

  it('the last record without a final newline is kept (CRLF file, title rows above the header)', async () => {
    const text = 'DAFTAR NAMA TENAGA HONORER\r\nTAHUN ANGGARAN 2025\r\n\r\nNAMA;NIK\r\nSITI;3671014501900001\r\nBUDI;3671010101900002';
    const { delimiter, rows } = await rowsOf('opd.csv', Buffer.from(text));
    expect(delimiter).toBe(';');
    expect(rows).toEqual([
      { row: 1, cells: ['DAFTAR NAMA TENAGA HONORER'] },
      { row: 2, cells: ['TAHUN ANGGARAN 2025'] },
      { row: 3, cells: [] },
      { row: 4, cells: ['NAMA', 'NIK'] },
      { row: 5, cells: ['SITI', '3671014501900001'] },
      { row: 6, cells: ['BUDI', '3671010101900002'] },
    ]);
  });
});

describe('CsvRecordParser: blank CRLF lines', () => {
  const text = 'NAMA\r\n\r\nSITI\r\n';
  const expected = [['NAMA'], [], ['SITI']];

  it('a blank CRLF line is one empty record', () => {
    expect(new CsvRecordParser(',').push(text, true)).toEqual(expected);
  });

  it.each([6, 7, 8])('the same when a chunk ends at offset %i (inside or around the blank line)', (cut) => {
    expect(feedCut(new CsvRecordParser(','), text, [cut])).toEqual(expected);
  });

  it('the same fed one character at a time', () => {
    expect(feedCut(new CsvRecordParser(','), text, Array.from({ length: text.length - 1 }, (_, i) => i + 1))).toEqual(expected);
  });
});

describe('CsvRecordParser: record-length limit', () => {
  it('is 16 Mi characters by default (doc comment)', () => {
    expect(MAX_RECORD_CHARS).toBe(16 * 1024 * 1024);
  });

  it('accepts a record of exactly the limit, refuses one character more', () => {
    const ok = new CsvRecordParser(',', 10);
    expect(ok.push('ABCDEFGHIJ', false)).toEqual([]);
    expect(ok.push('\n', true)).toEqual([['ABCDEFGHIJ']]);

    const tooLong = new CsvRecordParser(',', 10);
    expect(() => tooLong.push('ABCDEFGHIJK', false)).toThrow(CsvRecordTooLongError);
  });

  it('throws on the push that takes a deferred record past the limit (memory bounded by the limit)', () => {
    const parser = new CsvRecordParser(',', 100_000);
    expect(parser.push('Y'.repeat(70_000), false)).toEqual([]);
    expect(() => parser.push('Y'.repeat(40_000), false)).toThrow(CsvRecordTooLongError);
  });

  it('a final push still completes a long record that was waiting for more text', () => {
    const long = 'X'.repeat(70_000);
    const parser = new CsvRecordParser(',');
    expect(parser.push(`a\n${long}`, false)).toEqual([['a']]);
    expect(parser.push('', true)).toEqual([[long]]);
  });
});

describe('readCsv: a BOM under an --encoding override', () => {
  it.each(['windows-1252', 'latin1', 'utf-8'])('is dropped, so the first header is still recognised (%s)', async (encoding) => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('NAMA;NIK\nBUDI;1\n', 'utf8')]);
    const { rows } = await rowsOf('bom.csv', bytes, { encoding });
    expect(rows.map((r) => r.cells)).toEqual([['NAMA', 'NIK'], ['BUDI', '1']]);
  });

  it('a UTF-16 BOM read as UTF-16 by override is dropped too', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('NAMA\tNIK\nBUDI\t1\n', 'utf-16le')]);
    const { rows } = await rowsOf('bom.txt', bytes, { encoding: 'utf-16le' });
    expect(rows.map((r) => r.cells)).toEqual([['NAMA', 'NIK'], ['BUDI', '1']]);
  });
});
