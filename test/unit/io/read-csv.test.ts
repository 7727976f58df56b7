import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../../src/errors.js';
import { sniffDelimiter } from '../../../src/io/csv-delimiter.js';
import { bufferSource, READ_CHUNK_BYTES } from '../../../src/io/byte-source.js';
import { readCsv } from '../../../src/io/read-csv.js';
import { errorOf, readAll } from './read-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'NAMA;NIK;TEMPAT/TGL LAHIR\r\nSITI NURHALIZA;3671014501900001;Tangerang, 05-01-1990\r\nJOSÉ DJOKO;3273010203850002;Bandung, 02-03-1985\r\n';
const EXPECTED = [
  ['NAMA', 'NIK', 'TEMPAT/TGL LAHIR'],
  ['SITI NURHALIZA', '3671014501900001', 'Tangerang, 05-01-1990'],
  ['JOSÉ DJOKO', '3273010203850002', 'Bandung, 02-03-1985'],
];

const encodings: { description: string; bytes: Buffer; expected: string }[] = [
  { description: 'UTF-8 without BOM', bytes: Buffer.from(TEXT, 'utf8'), expected: 'utf-8' },
  { description: 'UTF-8 with BOM (Excel "CSV UTF-8")', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), expected: 'utf-8' },
  { description: 'UTF-16 LE with BOM (Excel "Unicode Text")', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]), expected: 'utf-16le' },
  { description: 'UTF-16 BE with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), expected: 'utf-16be' },
  { description: 'Windows-1252 (ANSI Excel save)', bytes: iconv.encode(TEXT, 'windows-1252'), expected: 'windows-1252' },
  // Was refused as "binary data" (exploratory test): UTF-16 saved without its byte-order mark.
  { description: 'UTF-16 LE without BOM', bytes: iconv.encode(TEXT, 'utf-16le'), expected: 'utf-16le' },
  { description: 'UTF-16 BE without BOM', bytes: iconv.encode(TEXT, 'utf-16be'), expected: 'utf-16be' },
];

describe('readCsv: encodings', () => {
  it.each(encodings)('$description', async ({ description, bytes, expected }) => {
    const path = join(dir, `${description.replace(/\W+/g, '_')}.csv`);
    writeFileSync(path, bytes);
    const [sheet] = await readAll(path);
    expect(sheet?.encoding).toBe(expected);
    expect(sheet?.delimiter).toBe(';');
    expect(sheet?.sheet).toBe('');
    expect(sheet?.rows.map((r) => r.cells)).toEqual(EXPECTED);
    expect(sheet?.rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('detects Windows-1252 even when the only non-ASCII byte is far into the file', async () => {
    const head = 'NAMA,NIK\n' + 'BUDI,3671010101900001\n'.repeat(20_000);
    const path = join(dir, 'late-ansi.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(head), iconv.encode('JOSÉ,3671010101900002\n', 'windows-1252')]));
    const [sheet] = await readAll(path);
    expect(sheet?.encoding).toBe('windows-1252');
    expect(sheet?.rows.at(-1)?.cells).toEqual(['JOSÉ', '3671010101900002']);
  });

  it('detects Windows-1252 from a byte past the first validation block (1 MiB)', async () => {
    const head = 'NAMA,NIK\n' + 'BUDI,3671010101900001\n'.repeat(60_000);
    expect(head.length).toBeGreaterThan(1024 * 1024);
    const path = join(dir, 'late-ansi-2.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(head), iconv.encode('JOSÉ,3671010101900002\n', 'windows-1252')]));
    const [sheet] = await readAll(path);
    expect(sheet?.encoding).toBe('windows-1252');
    expect(sheet?.rows.at(-1)?.cells).toEqual(['JOSÉ', '3671010101900002']);
  });

  it('decodes a UTF-8 character split across read chunks', async () => {
    // Put a 2-byte "É" across the first chunk boundary.
    const filler = 'x'.repeat(READ_CHUNK_BYTES - 1);
    const path = join(dir, 'split.csv');
    writeFileSync(path, `a\n${filler.slice(2)}É,b\n`);
    const [sheet] = await readAll(path);
    expect(sheet?.encoding).toBe('utf-8');
    expect(sheet?.rows[1]?.cells[0]?.toString().endsWith('É')).toBe(true);
  });

  it('honours an --encoding override', async () => {
    const path = join(dir, 'override.csv');
    writeFileSync(path, iconv.encode('NAMA\nJOSÉ\n', 'windows-1252'));
    const [sheet] = await readAll(path, { encoding: 'latin1' });
    expect(sheet?.encoding).toBe('latin1');
    expect(sheet?.rows[1]?.cells).toEqual(['JOSÉ']);
  });

  it('rejects an unknown --encoding as a usage error', async () => {
    const path = join(dir, 'unknown-enc.csv');
    writeFileSync(path, 'a\n');
    const err = await errorOf(readAll(path, { encoding: 'klingon-8' }));
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).detail.code).toBe('io.unknown_encoding');
  });
});

describe('readCsv: delimiters and records', () => {
  const delimiterCases: { description: string; text: string; expected: string }[] = [
    { description: 'comma', text: 'a,b,c\n1,2,3\n', expected: ',' },
    { description: 'semicolon from Indonesian Excel with decimal commas', text: 'NAMA;HONOR;NIK\nBUDI;1.500.000,00;3671010101900001\nANI;2.000.000,00;3671014101900002\n', expected: ';' },
    { description: 'tab', text: 'a\tb\tc\n1\t2\t3\n', expected: '\t' },
    { description: 'pipe', text: 'a|b|c\n1|2|3\n', expected: '|' },
    { description: 'commas inside quotes do not count', text: 'NAMA;GELAR\n"SUPRIYADI, S.Pd., M.Si";X\n"ANI, S.E.";Y\n', expected: ';' },
    { description: 'one column falls back to comma', text: 'NAMA\nBUDI\n', expected: ',' },
  ];
  it.each(delimiterCases)('sniffs $description', ({ text, expected }) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('keeps quoted newlines inside one record and numbers records, not lines', async () => {
    const path = join(dir, 'quoted.csv');
    writeFileSync(path, 'NAMA,ALAMAT\n"BUDI","Jl. Mawar 1\nRT 02"\nANI,"x"\n');
    const [sheet] = await readAll(path);
    expect(sheet?.rows).toEqual([
      { row: 1, cells: ['NAMA', 'ALAMAT'] },
      { row: 2, cells: ['BUDI', 'Jl. Mawar 1\nRT 02'] },
      { row: 3, cells: ['ANI', 'x'] },
    ]);
  });

  it('honours a --delimiter override, including "tab"', async () => {
    const path = join(dir, 'override.txt');
    writeFileSync(path, 'a\tb;c\n');
    const [sheet] = await readAll(path, { delimiter: 'tab' });
    expect(sheet?.rows[0]?.cells).toEqual(['a', 'b;c']);
  });

  it('rejects a delimiter of several characters', async () => {
    const err = await errorOf(readCsv(bufferSource('x.csv', Buffer.from('a\n')), { delimiter: ';;' }));
    expect((err as UsageError).detail.code).toBe('io.bad_delimiter');
  });

  it('yields rows in batches of about the batch size', async () => {
    const path = join(dir, 'batches.csv');
    writeFileSync(path, 'a\n'.repeat(2500));
    const { sheet } = await readCsv(bufferSource(path, Buffer.from('a\n'.repeat(2500))), { batchSize: 1000 });
    const sizes: number[] = [];
    for await (const b of sheet.batches) sizes.push(b.length);
    expect(sizes).toEqual([1000, 1000, 500]);
  });
});

describe('readCsv: errors', () => {
  const errorCases: { description: string; bytes: Buffer; code: string }[] = [
    { description: 'an empty file', bytes: Buffer.alloc(0), code: 'io.empty_file' },
    { description: 'a file of blank lines only', bytes: Buffer.from('\n\n  \n'), code: 'io.empty_file' },
    { description: 'binary junk named .csv (NUL bytes)', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00]), code: 'io.not_text' },
    { description: 'mostly control characters', bytes: Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), code: 'io.not_text' },
  ];
  it.each(errorCases)('$description → InputError $code', async ({ description, bytes, code }) => {
    const path = join(dir, `${description.replace(/\W+/g, '_')}.csv`);
    writeFileSync(path, bytes);
    const err = await errorOf(readAll(path));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail.code).toBe(code);
    expect((err as InputError).detail.params?.['file']).toBe(path);
  });
});

// Exploratory test: a UTF-8 roster with one row appended in Notepad (Windows-1252) was read whole as
// Windows-1252, so every accented name on the other rows became mojibake ("ANDRÃ‰ SIHOMBING"), in silence.
describe('readCsv: a UTF-8 file with a few Windows-1252 lines', () => {
  async function rowsOf(bytes: Buffer): Promise<{ format: Awaited<ReturnType<typeof readCsv>>['format']; names: string[] }> {
    const { sheet, format } = await readCsv(bufferSource('mixed.csv', bytes));
    const names: string[] = [];
    for await (const batch of sheet.batches) for (const r of batch) names.push(String(r.cells[1]));
    return { format, names };
  }
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
  const ansi = (s: string): Buffer => iconv.encode(s, 'windows-1252');

  it('reads the UTF-8 lines as UTF-8 and names the Windows-1252 ones', async () => {
    const bytes = Buffer.concat([
      utf8('NO;NAMA;NIK\r\n1;ANDRÉ SIHOMBING;1271012106910035\r\n2;DÉDÉ SURYANA;3201014105900044\r\n'),
      ansi('3;RENÉ MULYANA;3273011010850005\r\n'),
      utf8('4;SUMARNI;3310015508880029\r\n'),
      ansi('5;JOSÉ DJOKO;3273010203850002'),
    ]);
    const { format, names } = await rowsOf(bytes);
    expect(format).toEqual({ encoding: 'utf-8', delimiter: ';', windows1252Lines: { count: 2, first: [4, 6] } });
    expect(names).toEqual(['NAMA', 'ANDRÉ SIHOMBING', 'DÉDÉ SURYANA', 'RENÉ MULYANA', 'SUMARNI', 'JOSÉ DJOKO']);
  });

  it('lists the first 10 such lines and counts the rest', async () => {
    const lines = [utf8('NO;NAMA\n1;ANDRÉ\n')];
    for (let i = 0; i < 12; i++) lines.push(utf8(`${i};ANDRÉ\n`), ansi(`${i};RENÉ\n`));
    const { format } = await rowsOf(Buffer.concat(lines));
    expect(format.windows1252Lines).toEqual({ count: 12, first: [4, 6, 8, 10, 12, 14, 16, 18, 20, 22] });
  });

  // Was a bug (exploratory test of reading): with a BOM the file was decoded as UTF-8 whole, so the Notepad
  // line's "RENÉ" became "REN\uFFFD", in silence.
  it('does the same in a file with a UTF-8 BOM, which is dropped, whatever the read chunks', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const bytes = Buffer.concat([bom, ansi('NO;NAMA;KETERANGAN É\r\n'), utf8('1;ANDRÉ SIHOMBING;-\r\n'), ansi('2;RENÉ MULYANA;-\r\n')]);
    for (const chunk of [2, 5, 64 * 1024]) {
      const source = { ...bufferSource('bom-mixed.csv', bytes), async *chunks() { for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk); } };
      const { sheet, format } = await readCsv(source);
      const rows: unknown[][] = [];
      for await (const batch of sheet.batches) for (const r of batch) rows.push([...r.cells]);
      expect(format).toEqual({ encoding: 'utf-8', delimiter: ';', windows1252Lines: { count: 2, first: [1, 3] } });
      expect(rows).toEqual([['NO', 'NAMA', 'KETERANGAN É'], ['1', 'ANDRÉ SIHOMBING', '-'], ['2', 'RENÉ MULYANA', '-']]);
    }
    const valid = await readCsv(bufferSource('bom.csv', Buffer.concat([bom, utf8('NO;NAMA\r\n1;ANDRÉ\r\n')])));
    expect(valid.format).toEqual({ encoding: 'utf-8', delimiter: ';' });
  });

  it('keeps a Windows-1252 file throughout as Windows-1252, even with a line that happens to be valid UTF-8', async () => {
    // "Ã©" (C3 A9) in Windows-1252 is also "é" in UTF-8: a rare accident beside the many accented lines.
    const rows = ['NO;NAMA', '1;Ã© KARTIKA'];
    for (let i = 2; i < 30; i++) rows.push(`${i};JOSÉ ${i}`);
    const { format, names } = await rowsOf(ansi(`${rows.join('\r\n')}\r\n`));
    expect(format).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(names[1]).toBe('Ã© KARTIKA');
    expect(names[29]).toBe('JOSÉ 29');
  });
});
