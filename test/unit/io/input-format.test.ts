// Direct tests of input sniffing (src/io/input-format.ts): content beats the extension where they
// disagree in a known way (.xls that is HTML or text, .xlsx that is CFB), the extension decides the rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffInputFormat, SPREADSHEET_EXTENSIONS } from '../../../src/io/input-format.js';
import type { FormatVerdict } from '../../../src/io/input-format.js';

const bytes = (...parts: (string | readonly number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const ZIP = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06, 0x00, 0x00];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00];
const BOM = [0xef, 0xbb, 0xbf];
/** An ODS starts with a stored `mimetype` entry: 30-byte local header, the name, then the content. */
const ODS = bytes([0x50, 0x4b, 0x03, 0x04, ...Array<number>(26).fill(0)], 'mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK');
/** A BIFF2 worksheet (not CFB): BOF record 0x0009. */
const BIFF2 = [0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00];

const format = (f: 'xlsx' | 'sheetjs' | 'html' | 'csv'): FormatVerdict => ({ kind: 'format', format: f });
const ENCRYPTED: FormatVerdict = { kind: 'encrypted_or_legacy' };
const NOT_WORKBOOK: FormatVerdict = { kind: 'not_a_workbook' };
const UNSUPPORTED: FormatVerdict = { kind: 'unsupported' };

describe('sniffInputFormat by extension and content', () => {
  const cases: { description: string; head: Uint8Array; ext: string; expected: FormatVerdict }[] = [
    // .xlsx / .xlsm
    { description: '.xlsx zip', head: bytes(ZIP), ext: '.xlsx', expected: format('xlsx') },
    { description: '.xlsm zip', head: bytes(ZIP), ext: '.xlsm', expected: format('xlsx') },
    { description: '.xlsx empty zip (end-of-directory magic)', head: bytes(ZIP_EMPTY), ext: '.xlsx', expected: format('xlsx') },
    { description: '.xlsx that is CFB (password-protected or renamed .xls)', head: bytes(CFB), ext: '.xlsx', expected: ENCRYPTED },
    { description: '.xlsm that is CFB', head: bytes(CFB), ext: '.xlsm', expected: ENCRYPTED },
    { description: '.xlsx that is HTML', head: bytes('<html><table>'), ext: '.xlsx', expected: NOT_WORKBOOK },
    { description: '.xlsx that is text', head: bytes('NAMA,NIK\n'), ext: '.xlsx', expected: NOT_WORKBOOK },
    { description: '.xlsx cut after 3 bytes of the magic', head: bytes([0x50, 0x4b, 0x03]), ext: '.xlsx', expected: NOT_WORKBOOK },
    { description: '.xlsx with only 7 bytes of the CFB magic', head: bytes(CFB.slice(0, 7)), ext: '.xlsx', expected: NOT_WORKBOOK },
    // .ods
    { description: '.ods zip', head: ODS, ext: '.ods', expected: format('sheetjs') },
    { description: '.ods that is any zip', head: bytes(ZIP), ext: '.ods', expected: format('sheetjs') },
    { description: '.ods that is CFB', head: bytes(CFB), ext: '.ods', expected: NOT_WORKBOOK },
    { description: '.ods that is text', head: bytes('a,b\n'), ext: '.ods', expected: NOT_WORKBOOK },
    // .xls: the web-app exports
    { description: '.xls CFB (real BIFF8)', head: bytes(CFB), ext: '.xls', expected: format('sheetjs') },
    { description: '.xls that is an xlsx zip', head: bytes(ZIP), ext: '.xls', expected: format('xlsx') },
    { description: '.xls that is an ODS zip', head: ODS, ext: '.xls', expected: format('sheetjs') },
    { description: '.xls that is HTML', head: bytes('<html><body><table><tr><td>NAMA</td></tr></table>'), ext: '.xls', expected: format('html') },
    { description: '.xls HTML in upper case after a BOM and blank lines', head: bytes(BOM, '\r\n\r\n  <HTML xmlns:x="urn:schemas-microsoft-com:office:excel">'), ext: '.xls', expected: format('html') },
    { description: '.xls HTML with a DOCTYPE', head: bytes('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">'), ext: '.xls', expected: format('html') },
    { description: '.xls that is a bare <table>', head: bytes('<table border="1"><tr><th>NIK</th></tr>'), ext: '.xls', expected: format('html') },
    { description: '.xls SpreadsheetML 2003', head: bytes('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), ext: '.xls', expected: format('html') },
    { description: '.xls HTML after a leading comment', head: bytes('<!-- exported by SIMPEG -->\n<html>'), ext: '.xls', expected: format('html') },
    { description: '.xls tab-separated text', head: bytes('NAMA\tNIK\tJABATAN\r\nBUDI\t3273011505900001\tGuru\r\n'), ext: '.xls', expected: format('csv') },
    { description: '.xls Windows-1252 text (bytes ≥ 0x80 are text)', head: bytes('NAMA\tALAMAT\nJOS\xc9\tJl. Merdeka\xa0No. 1\n'), ext: '.xls', expected: format('csv') },
    { description: '.xls text that starts with "<" but is no markup', head: bytes('<NAMA>\tNIK\n'), ext: '.xls', expected: format('csv') },
    { description: '.xls text mentioning <html> later on', head: bytes('NAMA\t<html>\n'), ext: '.xls', expected: format('csv') },
    { description: '.xls BIFF2 (not CFB, binary)', head: bytes(BIFF2), ext: '.xls', expected: format('sheetjs') },
    // Excel's "Unicode text": read by the CSV reader (UTF-16, day-first dates), not SheetJS (month-first).
    { description: '.xls UTF-16LE text with BOM', head: bytes([0xff, 0xfe], Buffer.from('NAMA\tNIK\n', 'utf16le').toString('latin1')), ext: '.xls', expected: format('csv') },
    { description: '.xls UTF-16BE text with BOM', head: bytes([0xfe, 0xff], Buffer.from('NAMA\tNIK\n', 'utf16le').swap16().toString('latin1')), ext: '.xls', expected: format('csv') },
    { description: 'stdin UTF-16LE text with BOM', head: bytes([0xff, 0xfe], Buffer.from('NAMA\tNIK\n', 'utf16le').toString('latin1')), ext: '', expected: format('csv') },
    { description: '.xls with NUL bytes and no BOM (BIFF2-4)', head: bytes([0x09, 0x00, 0x04, 0x00], 'abc'), ext: '.xls', expected: format('sheetjs') },
    { description: '.xls empty head', head: bytes(), ext: '.xls', expected: format('csv') },
    // stdin: no extension
    { description: 'stdin zip', head: bytes(ZIP), ext: '', expected: format('xlsx') },
    { description: 'stdin empty zip', head: bytes(ZIP_EMPTY), ext: '', expected: format('xlsx') },
    { description: 'stdin ODS', head: ODS, ext: '', expected: format('sheetjs') },
    { description: 'stdin CFB', head: bytes(CFB), ext: '', expected: format('sheetjs') },
    { description: 'stdin HTML', head: bytes('<html>'), ext: '', expected: format('html') },
    { description: 'stdin text', head: bytes('NAMA;NIK\n'), ext: '', expected: format('csv') },
    { description: 'stdin binary that is no workbook is read as text', head: bytes(BIFF2), ext: '', expected: format('csv') },
    // text extensions: always text, whatever the content
    { description: '.csv holding a zip', head: bytes(ZIP), ext: '.csv', expected: format('csv') },
    { description: '.txt holding CFB', head: bytes(CFB), ext: '.txt', expected: format('csv') },
    { description: '.tsv holding HTML', head: bytes('<html>'), ext: '.tsv', expected: format('csv') },
    // anything else
    { description: '.docx (a zip)', head: bytes(ZIP), ext: '.docx', expected: UNSUPPORTED },
    { description: '.xlsb', head: bytes(ZIP), ext: '.xlsb', expected: UNSUPPORTED },
    { description: '.html', head: bytes('<html>'), ext: '.html', expected: UNSUPPORTED },
    { description: '.pdf', head: bytes('%PDF-1.7'), ext: '.pdf', expected: UNSUPPORTED },
    { description: 'an extension without its dot', head: bytes(ZIP), ext: 'xlsx', expected: UNSUPPORTED },
  ];
  it.each(cases)('$description', ({ head, ext, expected }) => {
    expect(sniffInputFormat(head, ext)).toEqual(expected);
  });
});

describe('sniffInputFormat: the limits of a sniff', () => {
  it('looks for the ODS mimetype in the first 200 bytes only', () => {
    const mime = 'application/vnd.oasis.opendocument.spreadsheet';
    const at = (end: number): Uint8Array => bytes(ZIP, 'x'.repeat(end - mime.length - ZIP.length), mime, 'PK');
    expect(sniffInputFormat(at(200), '.xls')).toEqual(format('sheetjs'));
    expect(sniffInputFormat(at(201), '.xls')).toEqual(format('xlsx'));
  });

  it('looks for markup in the first 4096 bytes only', () => {
    const at = (start: number): Uint8Array => bytes('<!--', 'x'.repeat(start - 4), '<html>');
    expect(sniffInputFormat(at(4091), '.xls')).toEqual(format('html')); // "<html" ends at byte 4095
    expect(sniffInputFormat(at(4092), '.xls')).toEqual(format('csv'));
  });

  it('reads as text when fewer than 2 % of the bytes are control characters', () => {
    const withControls = (n: number): Uint8Array => bytes('A'.repeat(100 - n), Array<number>(n).fill(0x01));
    expect(sniffInputFormat(withControls(1), '.xls')).toEqual(format('csv'));
    expect(sniffInputFormat(withControls(2), '.xls')).toEqual(format('sheetjs'));
  });

  it('counts tab, line feed, vertical tab, form feed and carriage return as text', () => {
    expect(sniffInputFormat(bytes([0x41, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x41]), '.xls')).toEqual(format('csv'));
    expect(sniffInputFormat(bytes('A'.repeat(10), [0x08, 0x0e]), '.xls')).toEqual(format('sheetjs'));
    expect(sniffInputFormat(bytes('A'.repeat(200), [0x1f]), '.xls')).toEqual(format('csv'));
  });

  it('takes one NUL byte in the first 4096 as binary, and ignores one after them', () => {
    const nulAt = (i: number): Uint8Array => bytes('A'.repeat(i), [0], 'A'.repeat(100));
    expect(sniffInputFormat(nulAt(4095), '.xls')).toEqual(format('sheetjs'));
    expect(sniffInputFormat(nulAt(4096), '.xls')).toEqual(format('csv'));
  });
});

describe('SPREADSHEET_EXTENSIONS and sniffInputFormat agree', () => {
  const candidates = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv', '.txt', '.tsv', '.xlsb', '.docx', '.pdf', '.html', '.json', '.numbers', '.zip'];

  it('lists lower-case extensions with their dot, once each', () => {
    for (const ext of SPREADSHEET_EXTENSIONS) expect(ext).toMatch(/^\.[a-z]+$/);
    expect(new Set(SPREADSHEET_EXTENSIONS).size).toBe(SPREADSHEET_EXTENSIONS.length);
  });

  it('lists exactly the extensions the sniffer accepts (a folder scan picks up what can be read)', () => {
    const accepted = candidates.filter((ext) => sniffInputFormat(bytes(ZIP), ext).kind !== 'unsupported');
    expect([...accepted].sort()).toEqual([...SPREADSHEET_EXTENSIONS].sort());
  });
});

describe('sniffInputFormat properties', () => {
  const head = fc.uint8Array({ maxLength: 600 });

  it('never refuses a listed extension, and only .xlsx/.xlsm/.ods can be "not a workbook"', () => {
    fc.assert(
      fc.property(head, fc.constantFrom(...SPREADSHEET_EXTENSIONS, ''), (h, ext) => {
        const v = sniffInputFormat(h, ext);
        expect(v.kind).not.toBe('unsupported');
        if (v.kind === 'not_a_workbook') expect(['.xlsx', '.xlsm', '.ods']).toContain(ext);
        if (v.kind === 'encrypted_or_legacy') expect(['.xlsx', '.xlsm']).toContain(ext);
      }),
    );
  });

  it('decides a zip or CFB file by its magic, whatever follows', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('.xlsx', '.xlsm', '.xls', ''), (tail, ext) => {
        // The tail holds no ODS mimetype (the property would need it in bytes 0–199).
        fc.pre(!Buffer.from(tail).toString('latin1').includes('opendocument'));
        expect(sniffInputFormat(bytes(ZIP, [...tail]), ext)).toEqual(format('xlsx'));
        const cfb = sniffInputFormat(bytes(CFB, [...tail]), ext);
        expect(cfb).toEqual(ext === '.xlsx' || ext === '.xlsm' ? ENCRYPTED : format('sheetjs'));
      }),
    );
  });

  it('reads printable text (no markup) as csv for .xls and stdin', () => {
    const line = fc.string({ unit: fc.constantFrom('A', 'z', '0', ' ', '\t', ';', ',', '\n', '\r', '"', 'é'), maxLength: 400 });
    fc.assert(
      fc.property(line, fc.constantFrom('.xls', ''), (text, ext) => {
        expect(sniffInputFormat(new Uint8Array(Buffer.from(text, 'utf8')), ext)).toEqual(format('csv'));
      }),
    );
  });

  it('does not change the head it is given', () => {
    fc.assert(
      fc.property(head, fc.constantFrom(...SPREADSHEET_EXTENSIONS, ''), (h, ext) => {
        const copy = Uint8Array.from(h);
        sniffInputFormat(h, ext);
        expect(h).toEqual(copy);
      }),
    );
  });
});
