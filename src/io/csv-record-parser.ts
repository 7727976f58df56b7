/**
 * An incremental RFC 4180 record parser: a small state machine over decoded text.
 *
 * Why not csv-parse: it is ~3x slower on 12-column files and rows/s is a target (bench/read-bench.mjs);
 * we also need exact control over record numbering (a record may span lines when quoted, and the
 * `row` we report is the record's 1-based index, DOMAIN.md §5 / RawRow docs).
 *
 * Rules: a field that starts with `"` is quoted; `""` inside is one quote; text after the closing quote
 * up to the delimiter is kept literally (Excel is just as lenient). `\r\n`, `\n` and a lone `\r` end a
 * record. An empty line is a record with no cells. No casting: every cell stays a string, so NIKs keep
 * all 16 digits. A missing final newline is fine.
 */
export class CsvRecordParser {
  private readonly delim: number;
  private pending = '';
  /** Length `pending` must reach before an incomplete record is parsed again (0: every push). */
  private retryAt = 0;

  /** `maxRecordChars`: longest record accepted (default MAX_RECORD_CHARS); a longer one throws CsvRecordTooLongError. */
  constructor(delimiter: string, private readonly maxRecordChars: number = MAX_RECORD_CHARS) {
    if (delimiter.length !== 1) throw new RangeError('delimiter must be one character');
    this.delim = delimiter.charCodeAt(0);
  }

  /** Feeds text; returns the records completed so far. Pass `final` with the last chunk (may be ''). */
  push(text: string, final: boolean): string[][] {
    const buf = this.pending === '' ? text : this.pending + text;
    // An incomplete record is re-parsed from its start on the next push. A record spanning many
    // chunks (an unclosed quote swallowing the rest of the file, a file with no line ends) would make
    // that quadratic, so a long one waits until the buffer has doubled: linear overall.
    // Past the limit the buffer is parsed at once: it may hold the long record's end and the short
    // records after it, and only the record still incomplete counts towards the limit.
    if (!final && buf.length < this.retryAt && buf.length <= this.maxRecordChars) {
      this.pending = buf;
      return [];
    }
    const out: string[][] = [];
    const consumed = parseRecords(buf, this.delim, final, out);
    this.pending = consumed >= buf.length ? '' : buf.slice(consumed);
    this.retryAt = this.pending.length >= RETRY_MIN_CHARS ? this.pending.length * 2 : 0;
    this.checkLength();
    return out;
  }

  private checkLength(): void {
    if (this.pending.length > this.maxRecordChars) {
      this.pending = '';
      throw new CsvRecordTooLongError(this.maxRecordChars);
    }
  }
}

/**
 * Longest record kept in memory, in characters. Excel caps a cell at 32,767 characters and a sheet at
 * 16,384 columns; a record beyond 16 Mi characters is an unclosed quote or not a CSV, and holding it
 * would make memory grow with the file instead of with the row.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;
const RETRY_MIN_CHARS = 64 * 1024;

/** Thrown by `push` when one record exceeds the limit; the reader turns it into an InputError naming file and row. */
export class CsvRecordTooLongError extends Error {
  constructor(readonly limit: number) {
    super(`CSV record longer than ${limit} characters`);
    this.name = 'CsvRecordTooLongError';
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Parses complete records of `buf` into `out`; returns how many characters were consumed. */
function parseRecords(buf: string, delim: number, final: boolean, out: string[][]): number {
  const n = buf.length;
  let i = 0;
  records: while (i < n) {
    const recStart = i;
    const first = buf.charCodeAt(i);
    if (first === LF || first === CR) {
      if (first === CR && i + 1 >= n && !final) return recStart;
      i += first === CR && buf.charCodeAt(i + 1) === LF ? 2 : 1;
      out.push([]);
      continue;
    }
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        i++;
        let seg = i;
        value = '';
        for (;;) {
          const j = buf.indexOf('"', i);
          if (j < 0) {
            if (!final) return recStart;
            value += buf.slice(seg); // unterminated quote at end of input: keep what is there
            i = n;
            break;
          }
          if (j + 1 >= n && !final) return recStart;
          if (buf.charCodeAt(j + 1) === QUOTE) {
            value += buf.slice(seg, j + 1);
            i = j + 2;
            seg = i;
            continue;
          }
          value += buf.slice(seg, j);
          i = j + 1;
          break;
        }
        // Lenient: characters between the closing quote and the delimiter are kept.
        const tailStart = i;
        while (i < n) {
          const c = buf.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        if (i > tailStart) value += buf.slice(tailStart, i);
      } else {
        const start = i;
        while (i < n) {
          const c = buf.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        value = buf.slice(start, i);
      }
      fields.push(value);
      if (i >= n) {
        if (!final) return recStart;
        out.push(fields);
        return n;
      }
      const c = buf.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) {
          if (!final) return recStart;
          fields.push('');
          out.push(fields);
          return n;
        }
        continue;
      }
      // End of line.
      if (c === CR) {
        if (i + 1 >= n && !final) return recStart;
        i += buf.charCodeAt(i + 1) === LF ? 2 : 1;
      } else {
        i++;
      }
      out.push(fields);
      continue records;
    }
  }
  return i;
}
