import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';

/** Encodings we name ourselves; any other iconv-lite name is accepted via `--encoding`. */
export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A byte-order mark, if any. Excel writes UTF-8 with BOM ("CSV UTF-8") and UTF-16 LE with BOM
 * ("Unicode Text"); a BOM-less file is read as UTF-8 when valid, else Windows-1252 (DOMAIN.md §5).
 */
export function detectBom(head: Uint8Array): { encoding: DetectedEncoding; bomLength: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * UTF-16 text saved without a byte-order mark (some exporters and "Unicode Text" saves do): Latin text
 * then has a zero in every other byte — the high byte of each character, second in little-endian,
 * first in big-endian. Read from the first 8 KiB; null when fewer than 9 in 10 characters show it or
 * the sample is too short to tell (binary data has zeros too, but not in that rhythm).
 */
export function bomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(sample.length, 8192) & ~1;
  if (n < 16) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    const a = sample[i] as number;
    const b = sample[i + 1] as number;
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  const pairs = n / 2;
  if (le >= pairs * 0.9) return 'utf-16le';
  if (be >= pairs * 0.9) return 'utf-16be';
  return null;
}

/**
 * True when the bytes do not look like text: NUL bytes (not UTF-16, which has a BOM here) or more than
 * 10% control characters in the sample. Catches an .xlsx or a PDF renamed to .csv.
 */
export function looksBinary(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 26 && b !== 27)) control++;
  }
  return control / sample.length > 0.1;
}

/**
 * Validates UTF-8 across chunk boundaries: a multibyte character split between two chunks is carried
 * over. Feed every chunk, then call `end()`.
 */
export class Utf8Validator {
  private carry: Buffer = Buffer.alloc(0);
  private ok = true;

  push(chunk: Buffer): boolean {
    if (!this.ok) return false;
    const buf = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const cut = completeUtf8Prefix(buf);
    this.carry = Buffer.from(buf.subarray(cut));
    if (!isUtf8(buf.subarray(0, cut))) this.ok = false;
    return this.ok;
  }

  end(): boolean {
    return this.ok && this.carry.length === 0;
  }
}

/** Length of the longest prefix that does not end inside a multibyte sequence. */
function completeUtf8Prefix(buf: Buffer): number {
  const n = buf.length;
  // Look back at most 3 bytes for a lead byte whose sequence runs past the end.
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = buf[n - k] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? n - k : n;
  }
  return n;
}

export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/** A streaming decoder (split multibyte characters are handled by iconv-lite); strips a BOM. */
export function makeDecoder(encoding: string): { write(chunk: Buffer): string; end(): string } {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  return {
    write: (chunk) => decoder.write(chunk),
    end: () => decoder.end() ?? '',
  };
}
