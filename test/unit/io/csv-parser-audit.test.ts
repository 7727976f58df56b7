// Why this file exists: a second mutation audit of text-encoding.ts, csv-record-parser.ts and
// csv-delimiter.ts (after csv-audit.test.ts) pins what no other test did: line breaks inside quotes and
// CR/CRLF after a quoted field with the input cut anywhere, delimiter sniffing with blank, title and
// footer rows and field-count near-ties, a UTF-8 character across the 1 MiB validation block, and the
// record-length limit when a long record is followed by more rows (three bugs it found are fixed: marked
// 'Was a bug' below).
// Expected values come from the doc comments, DOMAIN.md §5 and RFC 4180. All NIKs are synthetic.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bufferSource, READ_CHUNK_BYTES } from '../../../src/io/byte-source.js';
import { sniffDelimiter } from '../../../src/io/csv-delimiter.js';
import { CsvRecordParser, CsvRecordTooLongError } from '../../../src/io/csv-record-parser.js';
import { readCsv } from '../../../src/io/read-csv.js';
import { feedCut } from './feed-cut.js';

/** The records must not depend on where chunks end: one push, every single cut, one character at a time. */
function expectAnyChunking(text: string, expected: string[][], delimiter = ','): void {
  expect(new CsvRecordParser(delimiter).push(text, true), 'one final push').toEqual(expected);
  for (let at = 1; at < text.length; at++) expect(feedCut(new CsvRecordParser(delimiter), text, [at]), `cut at ${at}`).toEqual(expected);
  const everyChar = Array.from({ length: text.length - 1 }, (_, i) => i + 1);
  expect(feedCut(new CsvRecordParser(delimiter), text, everyChar), 'one character at a time').toEqual(expected);
}

async function readText(bytes: Buffer): Promise<{ encoding: string; delimiter: string; rows: unknown[][] }> {
  const { sheet, format } = await readCsv(bufferSource('opd.csv', bytes));
  const rows: unknown[][] = [];
  for await (const batch of sheet.batches) for (const r of batch) rows.push([...r.cells]);
  return { encoding: format.encoding, delimiter: format.delimiter, rows };
}

describe('CsvRecordParser: line breaks inside quotes, however the text is chunked', () => {
  it('CRLF, lone CR and LF inside quoted fields are kept as written; the record ends only outside quotes', () => {
    const text = 'NAMA,ALAMAT\r\n"BUDI","Jl. Mawar 1\r\nRT 02"\r\n"ANI","Jl. Melati\rNo. 3"\r\nSITI,"Gg. Buntu\nRW 04"\r\n';
    expectAnyChunking(text, [
      ['NAMA', 'ALAMAT'],
      ['BUDI', 'Jl. Mawar 1\r\nRT 02'],
      ['ANI', 'Jl. Melati\rNo. 3'],
      ['SITI', 'Gg. Buntu\nRW 04'],
    ]);
  });

  it('a quoted last field ends its record at CRLF: no extra blank record when CR and LF arrive apart', () => {
    expectAnyChunking('"NAMA";"NIK"\r\n"BUDI";"3671010101900001"\r\n\r\nANI;3671014101900002\r\n', [['NAMA', 'NIK'], ['BUDI', '3671010101900001'], [], ['ANI', '3671014101900002']], ';');
  });

  it('a quoted last field ends its record at a lone CR (old Mac Excel)', () => {
    expectAnyChunking('"NAMA"\r"BUDI"\r\r"ANI"', [['NAMA'], ['BUDI'], [], ['ANI']]);
  });

  it('an unquoted last field ends its record at a lone CR, and at CRLF split across chunks', () => {
    expectAnyChunking('NAMA;NIK\rBUDI;3671010101900001\r\nANI;3671014101900002\r', [['NAMA', 'NIK'], ['BUDI', '3671010101900001'], ['ANI', '3671014101900002']], ';');
  });

  it('text after a closing quote runs to the delimiter or line end, never past a CR', () => {
    expectAnyChunking('"BUDI" S.Pd,x\r"ANI" S.E.\rSITI', [['BUDI S.Pd', 'x'], ['ANI S.E.'], ['SITI']]);
  });
});

describe('CsvRecordParser: quotes', () => {
  it('doubled quotes are one quote, also at the start, the end and as the whole field', () => {
    expectAnyChunking('"""UJANG"" BUDI",x\n"BUDI ""UJANG""",y\n"""",z\n"",w\n', [
      ['"UJANG" BUDI', 'x'],
      ['BUDI "UJANG"', 'y'],
      ['"', 'z'],
      ['', 'w'],
    ]);
  });

  it('a quote inside an unquoted field is a literal character and does not hide the delimiter', () => {
    // Only a quote that starts a field opens quoting (RFC 4180 §2.5): the comma between still splits.
    expectAnyChunking('BUDI "UJANG",3671010101900001\nA"B,C"D\n', [
      ['BUDI "UJANG"', '3671010101900001'],
      ['A"B', 'C"D'],
    ]);
  });

  it('a space before the opening quote makes the field unquoted', () => {
    expectAnyChunking(' "SUPRIYADI, S.Pd",x\n', [[' "SUPRIYADI', ' S.Pd"', 'x']]);
  });

  it('a quoted field followed by the delimiter at the end of input gives an empty last field', () => {
    expectAnyChunking('"BUDI",', [['BUDI', '']]);
    expectAnyChunking('"BUDI";\n', [['BUDI', '']], ';');
  });

  it('an unclosed quote keeps everything to the end of input, line breaks included', () => {
    expectAnyChunking('NAMA\n"BUDI\r\nANI,x\r\n', [['NAMA'], ['BUDI\r\nANI,x\r\n']]);
  });

  it('refuses an empty delimiter (it must be one character)', () => {
    expect(() => new CsvRecordParser('')).toThrow(RangeError);
  });
});

describe('CsvRecordParser: record-length limit', () => {
  it('the limit applies to the record being read, not to the short records completed after it', () => {
    const parser = new CsvRecordParser(',', 10);
    expect(parser.push('a\nABCDEFGHIJ', false)).toEqual([['a']]);
    expect(parser.push('\nb\nc\nd\ne\nf\n', false)).toEqual([['ABCDEFGHIJ'], ['b'], ['c'], ['d'], ['e'], ['f']]);
    expect(parser.push('', true)).toEqual([]);
  });

  it('one record longer than the limit still throws while it is being read, chunk by chunk', () => {
    const parser = new CsvRecordParser(',', 100_000);
    const chunk = 'Z'.repeat(30_000);
    expect(() => {
      for (let i = 0; i < 5; i++) parser.push(chunk, false);
    }).toThrow(CsvRecordTooLongError);
  });

  // Was a bug: a record longer than 64 Ki characters is re-parsed only once the buffer has doubled, but the
  // limit is checked on the whole buffer meanwhile, so the short records after it count towards it.
  // Any record over half the limit followed by enough rows throws (readCsv: a 12 Mi-character record
  // then 9 Mi characters of rows gives io.record_too_long although the limit is 16 Mi).
  it('a record of 70,000 characters followed by short rows is accepted under a 100,000 limit', () => {
    const parser = new CsvRecordParser(',', 100_000);
    const long = 'Y'.repeat(70_000);
    expect(parser.push(long, false)).toEqual([]);
    const rows = parser.push(`\n${'a\n'.repeat(20_000)}`, false);
    expect(rows).toHaveLength(20_001);
    expect(rows[0]).toEqual([long]);
  });

});

describe('sniffDelimiter: rows that are not table rows', () => {
  const NIK1 = '3671010101900001';
  const NIK2 = '3671014101900002';

  it('blank lines do not count, even when they outnumber the rows', () => {
    expect(sniffDelimiter(`NAMA;NIK\n\n\n\nBUDI;${NIK1}\n\n\n\nANI;${NIK2}\n\n\n`)).toBe(';');
  });

  it('two title rows above a one-row table: the table wins the tie with the titles (more fields)', () => {
    expect(sniffDelimiter(`DAFTAR TENAGA HONORER\nDINAS PENDIDIKAN\nNAMA;NIK\nBUDI;${NIK1}\n`)).toBe(';');
  });

  it('a footer row below a one-row table: the table wins the tie with the footer (more fields)', () => {
    expect(sniffDelimiter(`NAMA;NIK\nBUDI;${NIK1}\nJUMLAH 1 ORANG\nMENGETAHUI KEPALA DINAS\n`)).toBe(';');
  });

  it('a title block of several rows above the header does not hide the table', () => {
    const title = 'PEMERINTAH KABUPATEN CONTOH\nDINAS PENDIDIKAN\nDAFTAR TENAGA HONORER\nTAHUN ANGGARAN 2025\n';
    const rows = [NIK1, NIK2, '3671010202900003', '3671014202900004', '3671010303900005'].map((nik, i) => `HONORER ${i + 1};${nik};GURU\n`).join('');
    expect(sniffDelimiter(`${title}NAMA;NIK;JABATAN\n${rows}`)).toBe(';');
  });

  it('more fields break a near-tie: one comma in every record (header included) still reads as ";"', () => {
    // ',' splits every record in two, ';' in three: DOMAIN.md §5, Indonesian Excel uses ';' as list separator.
    const text = `NAMA;NIK;TEMPAT, TGL LAHIR\nSITI;${NIK1};Tangerang, 05-01-1990\nBUDI;${NIK2};Bandung, 02-03-1985\n`;
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('a single line after a leading blank line is sniffed from that line', () => {
    expect(sniffDelimiter('\nNAMA;NIK;JABATAN')).toBe(';');
  });

  // Was a bug: the modal field count included one-field title rows, so a title block longer than the table
  // makes every candidate's mode 1 and the file falls back to ','.
  it('a title block with more rows than a small table (header and two honorer) still reads as ";"', () => {
    const title = 'PEMERINTAH KABUPATEN CONTOH\nDINAS PENDIDIKAN\nDAFTAR TENAGA HONORER\nTAHUN ANGGARAN 2025\n';
    expect(sniffDelimiter(`${title}NAMA;NIK;JABATAN\nBUDI;${NIK1};GURU\nANI;${NIK2};STAF\n`)).toBe(';');
  });

  // Was a bug: log2 weighting let ',' (3 fields in the 3 data rows) beat TAB (2 fields in all 4 records) when
  // every name carries two degree commas; a tab-separated export does not quote commas.
  it('a two-column tab-separated file whose names hold two commas each reads as TAB', () => {
    const text = `NAMA\tNIK\nSUPRIYADI, S.Pd., M.Si\t${NIK1}\nANI, S.E., M.M.\t${NIK2}\nH. BUDI, S.H., M.H.\t3671010202900003\n`;
    expect(sniffDelimiter(text)).toBe('\t');
  });
});

describe('readCsv: characters across chunk and block boundaries', () => {
  it('a UTF-8 "€" across the 1 MiB validation block keeps the file UTF-8', async () => {
    // Validation reads 1 MiB blocks (read-csv.ts); the 3-byte "€" starts one byte before the boundary.
    const head = `NAMA;NIK;HONOR\n${`BUDI;3671010101900001;1500000\n`.repeat(30_000)}`;
    const pad = 'P'.repeat(1024 * 1024 - 1 - Buffer.byteLength(head) - ';3671014101900002;'.length);
    const bytes = Buffer.from(`${head}${pad};3671014101900002;€ 2000000\nANI;3671010202900003;1\n`, 'utf8');
    expect(bytes.indexOf(Buffer.from('€', 'utf8'))).toBe(1024 * 1024 - 1);
    const { encoding, rows } = await readText(bytes);
    expect(encoding).toBe('utf-8');
    expect(rows.at(-2)).toEqual([pad, '3671014101900002', '€ 2000000']);
    expect(rows.at(-1)).toEqual(['ANI', '3671010202900003', '1']);
  });

  it('Excel "Unicode Text" (UTF-16 LE, tab-separated) with a surrogate pair across a read chunk', async () => {
    // Bytes: BOM (2) + header; the pad puts the 4-byte "𝐀" at READ_CHUNK_BYTES - 2, split between its halves.
    const header = 'NAMA\tNIK\r\n';
    const padChars = (READ_CHUNK_BYTES - 2 - 2) / 2 - header.length;
    const name = `${'X'.repeat(padChars)}𝐀 JOSÉ`;
    const text = `${header}${name}\t3671010101900001\r\nÁNI\t3671014101900002\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    expect(bytes.readUInt16LE(READ_CHUNK_BYTES - 2)).toBe(0xd835); // high surrogate of U+1D400
    const { encoding, delimiter, rows } = await readText(bytes);
    expect(encoding).toBe('utf-16le');
    expect(delimiter).toBe('\t');
    expect(rows).toEqual([
      ['NAMA', 'NIK'],
      [name, '3671010101900001'],
      ['ÁNI', '3671014101900002'],
    ]);
  });
});
