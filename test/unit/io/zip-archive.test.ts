// Direct tests of ZipArchive (src/io/zip-archive.ts). It was only reached through readXlsx, where a
// wrong limit, a lost entry or an unwrapped yauzl error shows up as a vague sheet-level failure; here
// each guard (declared size, ratio, total, actual-vs-declared) and each corrupt-archive path is pinned
// to the exact InputError it must raise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { bufferSource, fileSource } from '../../../src/io/byte-source.js';
import { DEFAULT_ZIP_LIMITS, ZipArchive } from '../../../src/io/zip-archive.js';
import type { ZipLimits } from '../../../src/io/zip-archive.js';
import { errorOf } from './read-helpers.js';
import { makeZip } from './zip-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = 'roster.xlsx';
const open = (bytes: Buffer, limits?: ZipLimits): Promise<ZipArchive> => ZipArchive.open(bufferSource(FILE, bytes), limits);
const NO_LIMITS: ZipLimits = { maxEntryBytes: 1e12, maxTotalBytes: 1e12, maxRatio: 1e12, ratioMinBytes: 1e12 };

/** The InputError a promise rejects with (fails the test on any other outcome). */
async function inputError(p: Promise<unknown>): Promise<InputError> {
  const err = await errorOf(p);
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

function corrupt(reason: string): { code: string; params: { file: string; reason: string } } {
  return { code: 'io.corrupt_workbook', params: { file: FILE, reason } };
}

/**
 * Entry layouts makeZip (always deflate, sizes in the local header, UTF-8 flag) cannot write: stored
 * entries, data descriptors, other flags and methods, raw payloads, entries left out of the central
 * directory. Sizes in the central directory are the real ones unless `centralSizes` says otherwise.
 */
interface RawEntry {
  readonly name: string | Buffer;
  readonly data: string | Buffer;
  /** 0 stored, 8 deflate (default); any other number is written as is with the data stored. */
  readonly method?: number;
  /** General-purpose bit flags; default 0x0800 (UTF-8 name). Bit 3 is added for `descriptor`. */
  readonly flags?: number;
  /** CRC and sizes after the data (bit 3), zeros in the local header: what streaming writers do. */
  readonly descriptor?: boolean;
  /** Bytes written as the entry's data instead of `data` compressed with `method`. */
  readonly payload?: Buffer;
  readonly centralSizes?: { readonly compressed: number; readonly uncompressed: number };
  readonly inCentralDirectory?: boolean;
}

function rawZip(entries: readonly RawEntry[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const method = e.method ?? 8;
    const payload = e.payload ?? (method === 8 ? deflateRawSync(data) : data);
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const flags = (e.flags ?? 0x0800) | (e.descriptor === true ? 0x0008 : 0);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    if (e.descriptor !== true) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(payload.length, 18);
      local.writeUInt32LE(data.length, 22);
    }
    local.writeUInt16LE(name.length, 26);
    out.push(local, name, payload);
    let size = 30 + name.length + payload.length;
    if (e.descriptor === true) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(payload.length, 8);
      dd.writeUInt32LE(data.length, 12);
      out.push(dd);
      size += 16;
    }
    if (e.inCentralDirectory !== false) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(flags, 8);
      c.writeUInt16LE(method, 10);
      c.writeUInt32LE(crc, 16);
      c.writeUInt32LE(e.centralSizes?.compressed ?? payload.length, 20);
      c.writeUInt32LE(e.centralSizes?.uncompressed ?? data.length, 24);
      c.writeUInt16LE(name.length, 28);
      c.writeUInt32LE(offset, 42);
      central.push(c, name);
      listed++;
    }
    offset += size;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, cd, end]);
}

const WORKBOOK = '<?xml version="1.0"?><workbook><sheets><sheet name="Data" sheetId="1"/></sheets></workbook>';
const SHEET = '<worksheet><sheetData>' + Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c><v>${3671014501900000 + i}</v></c></row>`).join('') + '</sheetData></worksheet>';

describe('ZipArchive.open: the central directory', () => {
  it('lists every entry of the central directory; has() is false for anything else', async () => {
    const zip = await open(makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: WORKBOOK }, { name: 'xl/worksheets/sheet1.xml', data: SHEET }]));
    expect([zip.has('[Content_Types].xml'), zip.has('xl/workbook.xml'), zip.has('xl/worksheets/sheet1.xml')]).toEqual([true, true, true]);
    expect([zip.has('xl/worksheets/sheet2.xml'), zip.has('xl/'), zip.has('workbook.xml'), zip.has('')]).toEqual([false, false, false, false]);
    zip.close();
  });

  it('an entry whose local header is in the file but not in the central directory does not exist', async () => {
    const zip = await open(rawZip([{ name: 'xl/ghost.xml', data: 'boo', inCentralDirectory: false }, { name: 'xl/workbook.xml', data: WORKBOOK }]));
    expect(zip.has('xl/ghost.xml')).toBe(false);
    expect(zip.has('xl/workbook.xml')).toBe(true);
    expect((await zip.readAll('xl/workbook.xml')).toString('utf8')).toBe(WORKBOOK);
    zip.close();
  });

  it('finds names case-insensitively, preferring the exact spelling, and accepts / or \\ and a leading /', async () => {
    const zip = await open(makeZip([{ name: 'xl/SharedStrings.xml', data: 'upper' }, { name: 'xl/styles.xml', data: 'lower' }, { name: 'xl/Styles.xml', data: 'Upper' }]));
    expect((await zip.readAll('xl/sharedStrings.xml')).toString()).toBe('upper');
    expect((await zip.readAll('XL/SHAREDSTRINGS.XML')).toString()).toBe('upper');
    expect((await zip.readAll('xl/styles.xml')).toString()).toBe('lower');
    expect((await zip.readAll('xl/Styles.xml')).toString()).toBe('Upper');
    expect((await zip.readAll('/xl/styles.xml')).toString()).toBe('lower');
    expect((await zip.readAll('xl\\styles.xml')).toString()).toBe('lower');
    zip.close();
  });

  it('an entry written with backslashes (some Windows tools) is found by its forward-slash name', async () => {
    const zip = await open(makeZip([{ name: 'xl\\worksheets\\sheet1.xml', data: SHEET }]));
    expect(zip.has('xl/worksheets/sheet1.xml')).toBe(true);
    expect((await zip.readAll('xl/worksheets/sheet1.xml')).toString()).toBe(SHEET);
    zip.close();
  });

  it('non-ASCII names: UTF-8 when the header says so, CP437 (the zip default) when it does not', async () => {
    const utf8 = await open(makeZip([{ name: 'xl/media/Daftar Pegawai – Ñ 数据.xml', data: 'utf8' }]));
    expect(utf8.has('xl/media/Daftar Pegawai – Ñ 数据.xml')).toBe(true);
    expect(utf8.has('xl/media/daftar pegawai – ñ 数据.xml')).toBe(true);
    expect((await utf8.readAll('xl/media/Daftar Pegawai – Ñ 数据.xml')).toString()).toBe('utf8');
    utf8.close();
    // 0x82 is é in code page 437; 0xA5 is Ñ.
    const cp437 = await open(rawZip([{ name: Buffer.from([0x63, 0x61, 0x66, 0x82, 0x2d, 0xa5, 0x2e, 0x78, 0x6d, 0x6c]), data: 'cp437', flags: 0 }]));
    expect(cp437.has('café-Ñ.xml')).toBe(true);
    expect((await cp437.readAll('café-Ñ.xml')).toString()).toBe('cp437');
    cp437.close();
  });

  it('opens the same archive from a file path and from a buffer', async () => {
    const bytes = makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }, { name: 'xl/worksheets/sheet1.xml', data: SHEET }]);
    const path = join(dir, 'both.xlsx');
    writeFileSync(path, bytes);
    const fromFile = await ZipArchive.open(fileSource('both.xlsx', path, bytes.length));
    const fromBuffer = await open(bytes);
    for (const zip of [fromFile, fromBuffer]) {
      expect((await zip.readAll('xl/workbook.xml')).toString()).toBe(WORKBOOK);
      expect((await zip.readAll('xl/worksheets/sheet1.xml')).toString()).toBe(SHEET);
      zip.close();
    }
  });

  it('a path that does not exist is a corrupt-workbook InputError naming the file', async () => {
    const err = await inputError(ZipArchive.open(fileSource('hilang.xlsx', join(dir, 'hilang.xlsx'), 100)));
    expect(err.detail.code).toBe('io.corrupt_workbook');
    expect(err.detail.params?.['file']).toBe('hilang.xlsx');
    expect(err.detail.params?.['reason']).toMatch(/^ENOENT: no such file or directory/);
  });
});

describe('ZipArchive.open: truncated and corrupt archives', () => {
  const NO_EOCD = 'End of central directory record signature not found. Either not a zip file, or file is truncated.';
  const whole = makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }, { name: 'xl/styles.xml', data: '<styleSheet/>' }]);

  it.each([
    { description: 'no bytes', bytes: Buffer.alloc(0) },
    { description: 'a CSV named .xlsx', bytes: Buffer.from('NAMA,NIK\nSITI,3671014501900001\n') },
    { description: 'the first half of a workbook', bytes: whole.subarray(0, whole.length >> 1) },
    { description: 'a workbook without its last byte', bytes: whole.subarray(0, whole.length - 1) },
  ])('$description is refused: end of central directory record not found', async ({ bytes }) => {
    expect((await inputError(open(bytes))).detail).toEqual(corrupt(NO_EOCD));
  });

  it('every strict prefix of an archive is refused with an InputError, none opens', async () => {
    const reasons = new Set<string>();
    for (let n = 0; n < whole.length; n++) reasons.add((await inputError(open(whole.subarray(0, n)))).detail.params?.['reason'] as string);
    expect([...reasons]).toEqual([NO_EOCD]);
  });

  it('a broken central directory record is refused when opening', async () => {
    const bytes = Buffer.from(whole);
    const cdStart = bytes.readUInt32LE(bytes.length - 22 + 16);
    bytes.writeUInt32LE(0x12345678, cdStart);
    expect((await inputError(open(bytes))).detail).toEqual(corrupt('invalid central directory file header signature: 0x12345678'));
  });

  it('an entry named with an absolute path or "..": the whole archive is refused (no path escapes)', async () => {
    expect((await inputError(open(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }, { name: '/etc/passwd', data: 'x' }])))).detail).toEqual(corrupt('absolute path: /etc/passwd'));
    expect((await inputError(open(makeZip([{ name: 'xl/../../evil.xml', data: 'x' }])))).detail).toEqual(corrupt('invalid relative path: xl/../../evil.xml'));
  });

  it('a stored entry whose compressed and uncompressed sizes differ is refused when opening', async () => {
    const bytes = rawZip([{ name: 'xl/workbook.xml', data: 'abcde', method: 0, centralSizes: { compressed: 5, uncompressed: 99 } }]);
    expect((await inputError(open(bytes))).detail).toEqual(corrupt('compressed/uncompressed size mismatch for stored file: 5 != 99'));
  });
});

describe('ZipArchive.read', () => {
  it('inflates a deflated entry exactly, in several chunks for a large one', async () => {
    const zip = await open(makeZip([{ name: 'xl/worksheets/sheet1.xml', data: SHEET }]));
    const chunks: Buffer[] = [];
    for await (const chunk of zip.read('xl/worksheets/sheet1.xml')) chunks.push(chunk);
    expect(Buffer.byteLength(SHEET)).toBeGreaterThan(100_000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(SHEET);
    zip.close();
  });

  it('reads stored (uncompressed) entries and empty entries', async () => {
    const zip = await open(rawZip([{ name: 'xl/workbook.xml', data: WORKBOOK, method: 0 }, { name: 'xl/empty.xml', data: '', method: 0 }, { name: 'xl/empty-deflated.xml', data: '' }]));
    expect((await zip.readAll('xl/workbook.xml')).toString()).toBe(WORKBOOK);
    expect((await zip.readAll('xl/empty.xml')).length).toBe(0);
    expect((await zip.readAll('xl/empty-deflated.xml')).length).toBe(0);
    zip.close();
  });

  it('reads entries written with data descriptors (sizes after the data, zeros in the local header)', async () => {
    const zip = await open(rawZip([{ name: 'xl/workbook.xml', data: WORKBOOK, descriptor: true }, { name: 'xl/worksheets/sheet1.xml', data: SHEET, descriptor: true }, { name: 'xl/stored.xml', data: 'stored', method: 0, descriptor: true }]));
    expect((await zip.readAll('xl/workbook.xml')).toString()).toBe(WORKBOOK);
    expect((await zip.readAll('xl/worksheets/sheet1.xml')).toString()).toBe(SHEET);
    expect((await zip.readAll('xl/stored.xml')).toString()).toBe('stored');
    zip.close();
  });

  it('reads an entry again, and another entry after a reader stopped early', async () => {
    const zip = await open(makeZip([{ name: 'xl/worksheets/sheet1.xml', data: SHEET }, { name: 'xl/workbook.xml', data: WORKBOOK }]));
    for await (const chunk of zip.read('xl/worksheets/sheet1.xml')) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    expect((await zip.readAll('xl/workbook.xml')).toString()).toBe(WORKBOOK);
    expect((await zip.readAll('xl/worksheets/sheet1.xml')).toString()).toBe(SHEET);
    expect((await zip.readAll('xl/worksheets/sheet1.xml')).toString()).toBe(SHEET);
    zip.close();
  });

  it('a missing entry is a corrupt workbook naming the part', async () => {
    const zip = await open(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }]));
    expect((await inputError(zip.readAll('xl/worksheets/sheet1.xml'))).detail).toEqual(corrupt('missing part xl/worksheets/sheet1.xml'));
    zip.close();
  });

  it('deflate data that does not inflate is a corrupt workbook with zlib\'s reason', async () => {
    const zip = await open(rawZip([{ name: 'xl/workbook.xml', data: WORKBOOK, payload: Buffer.from([0xff, 0xff, 0xff, 0xff]), centralSizes: { compressed: 4, uncompressed: 10 } }]));
    expect((await inputError(zip.readAll('xl/workbook.xml'))).detail).toEqual(corrupt('invalid block type'));
    zip.close();
  });

  it('a part whose bytes fail its CRC-32 (a flipped digit) is a corrupt workbook; a reader that stops early is not checked', async () => {
    const written = '<c><v>3671014501900001</v></c>';
    const damaged = deflateRawSync(written.replace('0001', '0007'));
    const zip = await open(rawZip([{ name: 'xl/sharedStrings.xml', data: written, payload: damaged }]));
    expect((await inputError(zip.readAll('xl/sharedStrings.xml'))).detail).toEqual({ code: 'io.part_checksum', params: { file: FILE, part: 'xl/sharedStrings.xml' } });
    for await (const chunk of zip.read('xl/sharedStrings.xml')) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    zip.close();
  });

  it('a damaged local header is a corrupt workbook when its entry is read', async () => {
    const bytes = makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }]);
    bytes.writeUInt32LE(0xdeadbeef, 0);
    const zip = await open(bytes);
    expect((await inputError(zip.readAll('xl/workbook.xml'))).detail).toEqual(corrupt('invalid local file header signature: 0xdeadbeef'));
    zip.close();
  });

  it('an encrypted entry or an unsupported compression method is a corrupt workbook', async () => {
    const zip = await open(rawZip([{ name: 'xl/locked.xml', data: WORKBOOK, flags: 0x0801 }, { name: 'xl/lzma.xml', data: WORKBOOK, method: 14 }]));
    expect(zip.has('xl/locked.xml') && zip.has('xl/lzma.xml')).toBe(true);
    expect((await inputError(zip.readAll('xl/locked.xml'))).detail).toEqual(corrupt('entry is encrypted, and options.decodeFileData !== false'));
    expect((await inputError(zip.readAll('xl/lzma.xml'))).detail).toEqual(corrupt('unsupported compression method: 14'));
    zip.close();
  });

  it('reading after close() is a corrupt workbook, not a crash', async () => {
    const zip = await open(makeZip([{ name: 'xl/workbook.xml', data: WORKBOOK }]));
    zip.close();
    expect((await inputError(zip.readAll('xl/workbook.xml'))).detail).toEqual(corrupt('closed'));
  });
});

describe('ZipArchive: zip-bomb limits', () => {
  it('the defaults: 1 GiB per entry, 2 GiB in all, ratio 200:1 checked above 50 MiB', () => {
    expect(DEFAULT_ZIP_LIMITS).toEqual({ maxEntryBytes: 1024 ** 3, maxTotalBytes: 2 * 1024 ** 3, maxRatio: 200, ratioMinBytes: 50 * 1024 ** 2 });
  });

  it('refuses an entry whose declared size is over maxEntryBytes before inflating a byte; the limit itself is allowed', async () => {
    const data = 'x'.repeat(1000);
    const limits = (maxEntryBytes: number): ZipLimits => ({ ...NO_LIMITS, maxEntryBytes });
    const atLimit = await open(makeZip([{ name: 'xl/a.xml', data }]), limits(1000));
    expect((await atLimit.readAll('xl/a.xml')).toString()).toBe(data);
    const over = await open(makeZip([{ name: 'xl/a.xml', data }]), limits(999));
    const seen: Buffer[] = [];
    const err = await inputError((async () => {
      for await (const chunk of over.read('xl/a.xml')) seen.push(chunk);
    })());
    expect(err.detail).toEqual({ code: 'io.zip_bomb', params: { file: FILE, entry: 'xl/a.xml', size: 1000, limit: 999 } });
    expect(seen).toEqual([]);
    // A header may claim a huge size: it is refused on the claim alone.
    const claims = await open(makeZip([{ name: 'xl/worksheets/sheet1.xml', data: 'tiny', declaredSize: 3_000_000_000 }]));
    expect((await inputError(claims.readAll('xl/worksheets/sheet1.xml'))).detail).toEqual({ code: 'io.zip_bomb', params: { file: FILE, entry: 'xl/worksheets/sheet1.xml', size: 3_000_000_000, limit: DEFAULT_ZIP_LIMITS.maxEntryBytes } });
  });

  describe('compression ratio', () => {
    const spaces = '<sheetData>' + ' '.repeat(2_000_000) + '</sheetData>';
    const size = Buffer.byteLength(spaces);
    const compressed = deflateRawSync(Buffer.from(spaces)).length;
    const bytes = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: spaces }]);
    const ratio = size / compressed;

    it('refuses an entry above ratioMinBytes compressed more than maxRatio:1', async () => {
      expect(ratio).toBeGreaterThan(200);
      const zip = await open(bytes, { ...NO_LIMITS, maxRatio: 200, ratioMinBytes: 1_000_000 });
      expect((await inputError(zip.readAll('xl/worksheets/sheet1.xml'))).detail).toEqual({
        code: 'io.zip_bomb',
        params: { file: FILE, entry: 'xl/worksheets/sheet1.xml', size, limit: compressed * 200 },
      });
    });

    it('allows exactly maxRatio, and does not look at the ratio of entries up to ratioMinBytes', async () => {
      const exact = await open(bytes, { ...NO_LIMITS, maxRatio: ratio, ratioMinBytes: 1 });
      expect((await exact.readAll('xl/worksheets/sheet1.xml')).length).toBe(size);
      const small = await open(bytes, { ...NO_LIMITS, maxRatio: 2, ratioMinBytes: size });
      expect((await small.readAll('xl/worksheets/sheet1.xml')).length).toBe(size);
      const justOver = await open(bytes, { ...NO_LIMITS, maxRatio: 2, ratioMinBytes: size - 1 });
      expect((await inputError(justOver.readAll('xl/worksheets/sheet1.xml'))).detail.code).toBe('io.zip_bomb');
    });

    it('an entry claiming inflated bytes from zero compressed bytes has an infinite ratio', async () => {
      const zip = await open(rawZip([{ name: 'xl/a.xml', data: '', payload: Buffer.alloc(0), centralSizes: { compressed: 0, uncompressed: 5000 } }]), { ...NO_LIMITS, maxRatio: 1000, ratioMinBytes: 4096 });
      expect((await inputError(zip.readAll('xl/a.xml'))).detail).toEqual({ code: 'io.zip_bomb', params: { file: FILE, entry: 'xl/a.xml', size: 5000, limit: 0 } });
    });
  });

  it('an entry that inflates to more than it declares is stopped as corrupt before its bytes are passed on', async () => {
    const zip = await open(makeZip([{ name: 'xl/worksheets/sheet1.xml', data: ' '.repeat(1_000_000), declaredSize: 10_000 }]));
    const seen: Buffer[] = [];
    const err = await inputError((async () => {
      for await (const chunk of zip.read('xl/worksheets/sheet1.xml')) seen.push(chunk);
    })());
    expect(err.detail.code).toBe('io.corrupt_workbook');
    expect(err.detail.params?.['reason']).toMatch(/^too many bytes in the stream\. expected 10000\. got at least \d+$/);
    expect(Buffer.concat(seen).length).toBeLessThanOrEqual(10_000);
  });

  it('an entry that inflates to less than it declares is corrupt', async () => {
    const zip = await open(makeZip([{ name: 'xl/a.xml', data: 'x'.repeat(50), declaredSize: 1000 }]));
    expect((await inputError(zip.readAll('xl/a.xml'))).detail).toEqual(corrupt('not enough bytes in the stream. expected 1000. got only 50'));
  });

  it('maxTotalBytes counts every byte inflated by this archive, across entries and re-reads', async () => {
    const bytes = makeZip([{ name: 'xl/a.xml', data: 'a'.repeat(100) }, { name: 'xl/b.xml', data: 'b'.repeat(60) }]);
    const limits: ZipLimits = { ...NO_LIMITS, maxTotalBytes: 150 };
    const zip = await open(bytes, limits);
    expect((await zip.readAll('xl/a.xml')).toString()).toBe('a'.repeat(100));
    const err = await inputError(zip.readAll('xl/b.xml'));
    // Said as the total inflated so far against the total limit (b.xml alone is only 60 bytes).
    expect(err.detail).toEqual({ code: 'io.zip_bomb_total', params: { file: FILE, size: 160, limit: 150 } });

    const again = await open(bytes, limits);
    expect((await again.readAll('xl/a.xml')).length).toBe(100);
    expect((await inputError(again.readAll('xl/a.xml'))).detail).toEqual({ code: 'io.zip_bomb_total', params: { file: FILE, size: 200, limit: 150 } });

    const fits = await open(bytes, { ...NO_LIMITS, maxTotalBytes: 160 });
    expect((await fits.readAll('xl/a.xml')).length + (await fits.readAll('xl/b.xml')).length).toBe(160);
  });
});
