import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { ByteSource } from './byte-source.js';

/** Safety limits against zip bombs: a small .xlsx must not inflate to gigabytes. */
export interface ZipLimits {
  /** Largest inflated size of one entry (declared or actual), bytes. */
  readonly maxEntryBytes: number;
  /** Largest inflated size of all entries read, bytes. */
  readonly maxTotalBytes: number;
  /** Largest compression ratio, checked on entries above `ratioMinBytes`. */
  readonly maxRatio: number;
  readonly ratioMinBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 1024 ** 3,
  maxTotalBytes: 2 * 1024 ** 3,
  // Sheet XML is repetitive; real workbooks stay well below 100:1. A bomb is ≥ 1000:1.
  maxRatio: 200,
  ratioMinBytes: 50 * 1024 ** 2,
};

/** A read-only view of a zip's central directory with guarded entry streams. */
export class ZipArchive {
  private totalBytes = 0;
  private byLowerName: Map<string, Entry> | null = null;

  private constructor(
    private readonly zip: ZipFile,
    private readonly source: ByteSource,
    private readonly entries: Map<string, Entry>,
    private readonly limits: ZipLimits,
  ) {}

  static async open(source: ByteSource, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
    let zip: ZipFile;
    try {
      zip = source.path !== null ? await yauzl.openPromise(source.path, options) : await yauzl.fromBufferPromise(await source.all(), options);
    } catch (err) {
      throw corrupt(source, err);
    }
    const entries = new Map<string, Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(normalizeEntryName(entry.fileName), entry);
    } catch (err) {
      zip.close();
      throw corrupt(source, err);
    }
    return new ZipArchive(zip, source, entries, limits);
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /**
   * Streams an entry's inflated bytes, enforcing the limits as bytes arrive. `again`: the entry was or
   * will be read once more (a first pass over a sheet): its bytes count towards the total only once.
   */
  async *read(name: string, again = false): AsyncGenerator<Buffer> {
    const entry = this.find(name);
    if (entry === undefined) throw corrupt(this.source, new Error(`missing part ${name}`));
    this.checkDeclared(entry);
    let stream;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (err) {
      throw corrupt(this.source, err);
    }
    let entryBytes = 0;
    // yauzl does not check the CRC-32: a flipped bit in a deflated part can inflate to other digits
    // (a NIK changed without a word). Checked once the whole part has been read.
    let crc = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        entryBytes += chunk.length;
        if (!again) this.totalBytes += chunk.length;
        if (entryBytes > this.limits.maxEntryBytes) throw bomb(this.source, entry, entryBytes, this.limits.maxEntryBytes);
        // Parts each within their limit can still add up to a bomb: said as the total, not as this part's size.
        if (this.totalBytes > this.limits.maxTotalBytes) {
          throw new InputError(msg('io.zip_bomb_total', { file: this.source.name, size: this.totalBytes, limit: this.limits.maxTotalBytes }));
        }
        crc = crc32(chunk, crc);
        yield chunk;
      }
      if (crc >>> 0 !== entry.crc32 >>> 0) throw new InputError(msg('io.part_checksum', { file: this.source.name, part: entry.fileName }));
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw corrupt(this.source, err);
    } finally {
      stream.destroy();
    }
  }

  async readAll(name: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of this.read(name)) parts.push(chunk);
    return Buffer.concat(parts);
  }

  close(): void {
    this.zip.close();
  }

  private find(name: string): Entry | undefined {
    const key = normalizeEntryName(name);
    const exact = this.entries.get(key);
    if (exact !== undefined) return exact;
    // Some writers differ in case ("xl/SharedStrings.xml"). Indexed once, on the first miss: a scan per
    // look-up was quadratic for workbooks of thousands of sheets.
    if (this.byLowerName === null) {
      this.byLowerName = new Map();
      for (const [k, e] of this.entries) if (!this.byLowerName.has(k.toLowerCase())) this.byLowerName.set(k.toLowerCase(), e);
    }
    return this.byLowerName.get(key.toLowerCase());
  }

  private checkDeclared(entry: Entry): void {
    const size = entry.uncompressedSize;
    const { maxEntryBytes, maxRatio, ratioMinBytes } = this.limits;
    const ratio = entry.compressedSize > 0 ? size / entry.compressedSize : size > 0 ? Infinity : 0;
    if (size > maxEntryBytes) throw bomb(this.source, entry, size, maxEntryBytes);
    if (size > ratioMinBytes && ratio > maxRatio) throw bomb(this.source, entry, size, Math.floor(entry.compressedSize * maxRatio));
  }
}

function normalizeEntryName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

function corrupt(source: ByteSource, err: unknown): InputError {
  const reason = err instanceof Error ? err.message : String(err);
  return new InputError(msg('io.corrupt_workbook', { file: source.name, reason }), { cause: err });
}

function bomb(source: ByteSource, entry: Entry, size: number, limit: number): InputError {
  return new InputError(msg('io.zip_bomb', { file: source.name, entry: entry.fileName, size, limit }));
}
