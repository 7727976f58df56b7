// Why this file exists: src/io/text-encoding.ts holds the byte-level pieces readCsv builds its
// encoding decision from (DOMAIN.md §5: a BOM decides; else valid UTF-8 is UTF-8; else Windows-1252)
// and the streaming decoder every CSV/TXT roster goes through. read-csv.test.ts checks whole files;
// these tests pin the pieces directly: each BOM, the binary sniff and its 10% threshold, UTF-8
// validation across chunk boundaries (incl. the reused read buffer of ByteSource.blocks), and
// decoding of UTF-8 / UTF-16 LE / UTF-16 BE / Windows-1252 when a chunk ends inside a character.
// All NIKs are synthetic (kecamatan 36 71 01, made-up serials).
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { bomlessUtf16, detectBom, isKnownEncoding, looksBinary, makeDecoder, Utf8Validator } from '../../../src/io/text-encoding.js';

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const BOM_UTF16LE = [0xff, 0xfe];
const BOM_UTF16BE = [0xfe, 0xff];

const ROW = 'NAMA;NIK;TGL LAHIR\r\nJOSÉ DJOKO;3671011203850002;12-03-1985\r\n';

const bytes = (...parts: (number[] | Buffer)[]): Buffer => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));

/** Decodes `buf` fed in pieces cut at `cuts` (sorted, deduplicated offsets), then end(). */
function decodeInPieces(encoding: string, buf: Buffer, cuts: readonly number[] = []): string {
  const d = makeDecoder(encoding);
  let out = '';
  let from = 0;
  for (const at of [...new Set(cuts)].filter((c) => c > 0 && c < buf.length).sort((a, b) => a - b)) {
    out += d.write(buf.subarray(from, at));
    from = at;
  }
  out += d.write(buf.subarray(from));
  return out + d.end();
}

/** Feeds `buf` to a fresh Utf8Validator in pieces cut at `cuts`; returns end(). */
function validateInPieces(buf: Buffer, cuts: readonly number[]): boolean {
  const v = new Utf8Validator();
  let from = 0;
  for (const at of [...new Set(cuts)].filter((c) => c > 0 && c < buf.length).sort((a, b) => a - b)) {
    v.push(buf.subarray(from, at));
    from = at;
  }
  v.push(buf.subarray(from));
  return v.end();
}

describe('detectBom', () => {
  it.each<{ description: string; head: number[]; expected: ReturnType<typeof detectBom> }>([
    { description: 'UTF-8 BOM (Excel "CSV UTF-8")', head: [...BOM_UTF8, 0x4e, 0x41], expected: { encoding: 'utf-8', bomLength: 3 } },
    { description: 'UTF-8 BOM alone', head: BOM_UTF8, expected: { encoding: 'utf-8', bomLength: 3 } },
    { description: 'UTF-16 LE BOM (Excel "Unicode Text")', head: [...BOM_UTF16LE, 0x4e, 0x00], expected: { encoding: 'utf-16le', bomLength: 2 } },
    { description: 'UTF-16 BE BOM', head: [...BOM_UTF16BE, 0x00, 0x4e], expected: { encoding: 'utf-16be', bomLength: 2 } },
    { description: 'no BOM (plain ASCII)', head: [0x4e, 0x41, 0x4d, 0x41], expected: null },
    { description: 'no BOM (Windows-1252 "É" first)', head: [0xc9, 0x4b, 0x41], expected: null },
    { description: 'an incomplete UTF-8 BOM', head: [0xef, 0xbb], expected: null },
    { description: 'EF BB followed by something else', head: [0xef, 0xbb, 0x41], expected: null },
    { description: 'a single FF', head: [0xff], expected: null },
    { description: 'a BOM that is not at the start', head: [0x41, ...BOM_UTF8], expected: null },
    { description: 'empty', head: [], expected: null },
  ])('$description', ({ head, expected }) => {
    expect(detectBom(Uint8Array.from(head))).toEqual(expected);
  });
});

describe('bomlessUtf16', () => {
  it('tells UTF-16 LE and BE text without a BOM by the zero high bytes, Indonesian letters included', () => {
    expect(bomlessUtf16(iconv.encode(ROW, 'utf-16le'))).toBe('utf-16le');
    expect(bomlessUtf16(iconv.encode(ROW, 'utf-16be'))).toBe('utf-16be');
  });

  it('UTF-8, Windows-1252, a zip and a sample too short to tell are not UTF-16', () => {
    expect(bomlessUtf16(Buffer.from(ROW, 'utf8'))).toBeNull();
    expect(bomlessUtf16(iconv.encode(ROW, 'windows-1252'))).toBeNull();
    expect(bomlessUtf16(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee, 0x9d, 0x68]))).toBeNull();
    expect(bomlessUtf16(iconv.encode('NIK;NAMA', 'utf-16le').subarray(0, 14))).toBeNull();
  });

  it('any Latin-1 text of 8+ characters without NUL: found in its own byte order, never in the other', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 1, max: 255 }).map((c) => String.fromCharCode(c)), minLength: 8, maxLength: 300 }), (text) => {
        expect(bomlessUtf16(iconv.encode(text, 'utf-16le'))).toBe('utf-16le');
        expect(bomlessUtf16(iconv.encode(text, 'utf-16be'))).toBe('utf-16be');
        // UTF-8 of text without NUL has no zero byte at all.
        expect(bomlessUtf16(Buffer.from(text, 'utf8'))).toBeNull();
      }),
    );
  });
});

describe('looksBinary', () => {
  it('empty is not binary', () => {
    expect(looksBinary(new Uint8Array())).toBe(false);
  });

  it('a CSV with tabs, CR LF, form feed and vertical tab is text', () => {
    expect(looksBinary(Buffer.from('NAMA\tNIK\r\nSITI AMINAH\t3671014504900001\r\n\f\v'))).toBe(false);
  });

  it('Windows-1252 and UTF-8 letters (bytes ≥ 0x80) and DEL are not control characters', () => {
    expect(looksBinary(iconv.encode('JOSÉ ÉÉÉÉ ÇÃO', 'windows-1252'))).toBe(false);
    expect(looksBinary(Buffer.from('ÉÉÉÉÉÉ', 'utf8'))).toBe(false);
    expect(looksBinary(Buffer.from([0x7f, 0x7f, 0x7f, 0x7f]))).toBe(false);
  });

  it('one NUL byte anywhere makes it binary', () => {
    const text = Buffer.from('A'.repeat(999));
    expect(looksBinary(bytes(text, [0x00]))).toBe(true);
    expect(looksBinary(bytes([0x00], text))).toBe(true);
  });

  it('a zip (.xlsx renamed to .csv) is binary', () => {
    expect(looksBinary(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe(true);
  });

  it('a PDF header with its binary comment line is binary', () => {
    // "%PDF-1.7\n%" then four high bytes, then a stream with control bytes.
    expect(looksBinary(bytes(Buffer.from('%PDF-1.7\n%'), [0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x01, 0x02, 0x03, 0x05, 0x06, 0x07, 0x08, 0x0e, 0x0f]))).toBe(true);
  });

  it('more than 10% control characters: 1 in 10 is text, 2 in 10 and 2 in 19 are binary', () => {
    const with_ = (control: number, total: number): Buffer => bytes(Array.from({ length: control }, () => 0x01), Buffer.from('A'.repeat(total - control)));
    expect(looksBinary(with_(1, 10))).toBe(false);
    expect(looksBinary(with_(2, 20))).toBe(false);
    expect(looksBinary(with_(2, 19))).toBe(true);
    expect(looksBinary(with_(2, 10))).toBe(true);
  });

  it.each([
    { byte: 0x08, counted: true },
    { byte: 0x09, counted: false },
    { byte: 0x0d, counted: false },
    { byte: 0x0e, counted: true },
    { byte: 0x1a, counted: false }, // Ctrl-Z, end of file in old DOS text
    { byte: 0x1b, counted: false }, // ESC
    { byte: 0x1f, counted: true },
    { byte: 0x20, counted: false },
  ])('byte $byte counted as control: $counted', ({ byte, counted }) => {
    // Three of five bytes: binary exactly when the byte counts.
    expect(looksBinary(Buffer.from([byte, byte, byte, 0x41, 0x41]))).toBe(counted);
  });
});

describe('Utf8Validator', () => {
  it('accepts ASCII and Indonesian text with accents, one chunk', () => {
    const v = new Utf8Validator();
    expect(v.push(Buffer.from(ROW, 'utf8'))).toBe(true);
    expect(v.end()).toBe(true);
  });

  it('accepts no input at all, and an empty chunk', () => {
    expect(new Utf8Validator().end()).toBe(true);
    const v = new Utf8Validator();
    expect(v.push(Buffer.alloc(0))).toBe(true);
    expect(v.end()).toBe(true);
  });

  it('accepts a UTF-8 BOM', () => {
    expect(validateInPieces(bytes(BOM_UTF8, Buffer.from(ROW)), [1, 2])).toBe(true);
  });

  it('accepts 2-, 3- and 4-byte characters cut at every position', () => {
    const text = Buffer.from('é€😀A', 'utf8'); // 2 + 3 + 4 + 1 bytes
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b++) expect(validateInPieces(text, [a, b]), `cut at ${a}, ${b}`).toBe(true);
    }
  });

  it('accepts a 4-byte character fed one byte at a time', () => {
    const v = new Utf8Validator();
    for (const b of [0xf0, 0x9f, 0x98, 0x80]) expect(v.push(Buffer.from([b]))).toBe(true);
    expect(v.end()).toBe(true);
  });

  it('rejects Windows-1252 text: the failing push returns false and so does end()', () => {
    const v = new Utf8Validator();
    expect(v.push(Buffer.from('NAMA\r\n'))).toBe(true);
    expect(v.push(iconv.encode('JOSÉ DJOKO;3671011203850002\r\n', 'windows-1252'))).toBe(false);
    expect(v.end()).toBe(false);
  });

  it('a file that ends inside a character is not UTF-8 (Windows-1252 "É" as the last byte)', () => {
    const v = new Utf8Validator();
    // The lead byte C9 may still be completed by a next chunk, so push() cannot say no yet.
    expect(v.push(iconv.encode('JOSÉ', 'windows-1252'))).toBe(true);
    expect(v.end()).toBe(false);
  });

  it('a carried lead byte followed by a non-continuation byte fails on the next push', () => {
    const v = new Utf8Validator();
    expect(v.push(Buffer.from([0x41, 0xc3]))).toBe(true);
    expect(v.push(Buffer.from([0x41]))).toBe(false);
    expect(v.end()).toBe(false);
  });

  it('stays failed: later valid chunks do not bring it back', () => {
    const v = new Utf8Validator();
    expect(v.push(Buffer.from([0xff]))).toBe(true); // carried: it could be the start of something
    expect(v.push(Buffer.from('SITI'))).toBe(false);
    expect(v.push(Buffer.from('AMINAH'))).toBe(false);
    expect(v.end()).toBe(false);
  });

  it.each([
    { description: 'overlong "/" (C0 AF)', bad: [0xc0, 0xaf] },
    { description: 'a UTF-16 surrogate written as UTF-8 (ED A0 80)', bad: [0xed, 0xa0, 0x80] },
    { description: 'beyond U+10FFFF (F4 90 80 80)', bad: [0xf4, 0x90, 0x80, 0x80] },
    { description: 'F5, never a lead byte', bad: [0xf5, 0x80, 0x80, 0x80] },
    { description: 'continuation bytes with no lead', bad: [0x80, 0x80, 0x80, 0x80] },
    { description: 'a stray continuation after a complete character', bad: [0xe2, 0x82, 0xac, 0x80] },
  ])('rejects $description', ({ bad }) => {
    const v = new Utf8Validator();
    v.push(bytes(Buffer.from('NAMA '), bad, Buffer.from(' OK\n')));
    expect(v.end()).toBe(false);
  });

  it('keeps its own copy of a carried partial character (ByteSource.blocks reuses one buffer)', () => {
    const shared = Buffer.alloc(3);
    const v = new Utf8Validator();
    shared.set([0x41, 0x42, 0xc3]); // "AB" and the lead byte of "é"
    expect(v.push(shared.subarray(0, 3))).toBe(true);
    shared.set([0xa9, 0x41, 0x41]); // the reader overwrites the buffer with the next block
    expect(v.push(shared.subarray(0, 3))).toBe(true);
    expect(v.end()).toBe(true);
  });

  it('agrees with a whole-file check however the bytes are cut into chunks (property)', () => {
    const anyBytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => Buffer.from(s, 'utf8')),
      // Valid text with one byte changed.
      fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, b]) => {
        const buf = Buffer.from(s, 'utf8');
        buf[at % buf.length] = b;
        return buf;
      }),
    );
    fc.assert(
      fc.property(anyBytes, fc.array(fc.nat({ max: 45 }), { maxLength: 6 }), (buf, cuts) => {
        expect(validateInPieces(buf, cuts)).toBe(isUtf8(buf));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isKnownEncoding', () => {
  it.each([
    { name: 'utf-8', known: true },
    { name: 'UTF8', known: true },
    { name: 'utf-16le', known: true },
    { name: 'utf-16be', known: true },
    { name: 'windows-1252', known: true },
    { name: 'cp1252', known: true },
    { name: 'latin1', known: true },
    { name: 'klingon-8', known: false },
    { name: '', known: false },
  ])('$name → $known', ({ name, known }) => {
    expect(isKnownEncoding(name)).toBe(known);
  });
});

describe('makeDecoder', () => {
  it.each([
    { description: 'UTF-8 without BOM', encoding: 'utf-8', buf: Buffer.from(ROW, 'utf8') },
    { description: 'UTF-8 with BOM', encoding: 'utf-8', buf: bytes(BOM_UTF8, Buffer.from(ROW, 'utf8')) },
    { description: 'UTF-16 LE with BOM', encoding: 'utf-16le', buf: bytes(BOM_UTF16LE, iconv.encode(ROW, 'utf-16le')) },
    { description: 'UTF-16 BE with BOM', encoding: 'utf-16be', buf: bytes(BOM_UTF16BE, iconv.encode(ROW, 'utf-16be')) },
    { description: 'UTF-16 LE without BOM (--encoding)', encoding: 'utf-16le', buf: iconv.encode(ROW, 'utf-16le') },
    { description: 'Windows-1252', encoding: 'windows-1252', buf: iconv.encode(ROW, 'windows-1252') },
  ])('$description: decodes to the text, BOM removed', ({ encoding, buf }) => {
    expect(decodeInPieces(encoding, buf)).toBe(ROW);
  });

  it('decodes the exact bytes of "JOSÉ" in each encoding', () => {
    expect(decodeInPieces('utf-8', Buffer.from([0x4a, 0x4f, 0x53, 0xc3, 0x89]))).toBe('JOSÉ');
    expect(decodeInPieces('utf-16le', Buffer.from([0xff, 0xfe, 0x4a, 0x00, 0x4f, 0x00, 0x53, 0x00, 0xc9, 0x00]))).toBe('JOSÉ');
    expect(decodeInPieces('utf-16be', Buffer.from([0xfe, 0xff, 0x00, 0x4a, 0x00, 0x4f, 0x00, 0x53, 0x00, 0xc9]))).toBe('JOSÉ');
    expect(decodeInPieces('windows-1252', Buffer.from([0x4a, 0x4f, 0x53, 0xc9]))).toBe('JOSÉ');
  });

  it('Windows-1252 0x80–0x9F are the Windows letters and quotes, not Latin-1 controls', () => {
    expect(decodeInPieces('windows-1252', Buffer.from([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0x8a, 0x9f]))).toBe('€‘’“”–—…ŠŸ');
  });

  it('Windows-1252 keeps EF BB BF as three letters (no BOM in a single-byte code page)', () => {
    expect(decodeInPieces('windows-1252', Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('ï»¿A');
  });

  it('removes one BOM only; a second U+FEFF and one later in the text are kept', () => {
    expect(decodeInPieces('utf-8', bytes(BOM_UTF8, BOM_UTF8, [0x41]))).toBe('\ufeffA');
    expect(decodeInPieces('utf-8', bytes([0x41], BOM_UTF8, [0x42]))).toBe('A\ufeffB');
  });

  it.each([
    { encoding: 'utf-8', buf: bytes(BOM_UTF8, [0x41, 0x42]) },
    { encoding: 'utf-16le', buf: bytes(BOM_UTF16LE, [0x41, 0x00, 0x42, 0x00]) },
    { encoding: 'utf-16be', buf: bytes(BOM_UTF16BE, [0x00, 0x41, 0x00, 0x42]) },
  ])('removes a $encoding BOM split across chunks, at every cut', ({ encoding, buf }) => {
    for (let a = 1; a < buf.length; a++) {
      for (let b = a; b < buf.length; b++) expect(decodeInPieces(encoding, buf, [a, b]), `cut at ${a}, ${b}`).toBe('AB');
    }
  });

  it('UTF-8: a chunk ending inside a 2-, 3- or 4-byte character loses nothing, at every cut', () => {
    const text = 'É€😀;NIK\n';
    const buf = Buffer.from(text, 'utf8');
    for (let a = 0; a <= buf.length; a++) {
      for (let b = a; b <= buf.length; b++) expect(decodeInPieces('utf-8', buf, [a, b]), `cut at ${a}, ${b}`).toBe(text);
    }
  });

  it('UTF-16 LE/BE: a chunk ending inside a code unit or between the halves of a surrogate pair loses nothing', () => {
    const text = 'JOSÉ😀';
    for (const [encoding, bom] of [
      ['utf-16le', BOM_UTF16LE],
      ['utf-16be', BOM_UTF16BE],
    ] as const) {
      const buf = bytes(bom, iconv.encode(text, encoding));
      for (let a = 0; a <= buf.length; a++) {
        for (let b = a; b <= buf.length; b++) expect(decodeInPieces(encoding, buf, [a, b]), `${encoding} cut at ${a}, ${b}`).toBe(text);
      }
    }
  });

  it('write() returns what is complete so far; end() returns the rest', () => {
    const d = makeDecoder('utf-8');
    expect(d.write(Buffer.from([0x4a, 0x4f, 0x53, 0xc3]))).toBe('JOS');
    expect(d.write(Buffer.from([0x89]))).toBe('É');
    expect(d.end()).toBe('');
  });

  it('UTF-8: an invalid byte becomes U+FFFD and the text goes on', () => {
    expect(decodeInPieces('utf-8', Buffer.from([0x4a, 0x4f, 0x53, 0xc9, 0x3b, 0x41]))).toBe('JOS\ufffd;A');
  });

  it('UTF-8: a character cut off at the end of the file becomes U+FFFD at end()', () => {
    const d = makeDecoder('utf-8');
    expect(d.write(Buffer.from([0x41, 0xe2, 0x82]))).toBe('A');
    expect(d.end()).toBe('\ufffd');
  });

  it('decodes any text written as UTF-8 with BOM, however it is chunked (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.nat({ max: 250 }), { maxLength: 6 }), (text, cuts) => {
        expect(decodeInPieces('utf-8', bytes(BOM_UTF8, Buffer.from(text, 'utf8')), cuts)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any text written as UTF-16 LE or BE with BOM, however it is chunked (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.nat({ max: 250 }), { maxLength: 6 }), fc.boolean(), (text, cuts, little) => {
        const buf = little ? bytes(BOM_UTF16LE, Buffer.from(text, 'utf16le')) : bytes(BOM_UTF16BE, Buffer.from(text, 'utf16le').swap16());
        expect(decodeInPieces(little ? 'utf-16le' : 'utf-16be', buf, cuts)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any Windows-1252 text written in Windows-1252 (property)', () => {
    // Printable ASCII, TAB/CR/LF, A0–FF, and the 27 letters and marks Windows puts at 80–9F.
    const repertoire = [
      '\t',
      '\r',
      '\n',
      ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
      ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
      ...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ',
    ];
    expect(repertoire).toHaveLength(3 + 95 + 96 + 27);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...repertoire), { maxLength: 60 }), fc.array(fc.nat({ max: 60 }), { maxLength: 4 }), (chars, cuts) => {
        const text = chars.join('');
        const buf = iconv.encode(text, 'windows-1252');
        expect(buf.length).toBe(chars.length);
        expect(decodeInPieces('windows-1252', buf, cuts)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
