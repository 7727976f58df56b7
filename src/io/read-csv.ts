import { InputError, UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { ByteSource } from './byte-source.js';
import { sniffDelimiter } from './csv-delimiter.js';
import { CsvRecordParser, CsvRecordTooLongError } from './csv-record-parser.js';
import type { RawRow, RawSheet } from './raw-sheet.js';
import { isMostlyUtf8, makeLineByLineDecoder, surveyUtf8Lines } from './mixed-encoding.js';
import { bomlessUtf16, detectBom, isKnownEncoding, looksBinary, makeDecoder, Utf8Validator } from './text-encoding.js';

export interface CsvOptions {
  /** One character; 'tab' and '\t' mean TAB. Sniffed when absent. */
  readonly delimiter?: string | undefined;
  /** Any iconv-lite encoding name. Detected when absent (BOM, valid UTF-8, else Windows-1252). */
  readonly encoding?: string | undefined;
  readonly batchSize?: number | undefined;
}

/** What was decided about a text file (also useful for `inspect`). */
export interface CsvFormat {
  readonly encoding: string;
  readonly delimiter: string;
  /**
   * A UTF-8 file with a few lines that are not (see mixed-encoding.ts): those lines, read as Windows-1252.
   * `first` holds the first MAX_LINES_LISTED line numbers (LF-ended lines, from 1).
   */
  readonly windows1252Lines?: { readonly count: number; readonly first: readonly number[] } | undefined;
}

/** Lines read as Windows-1252 named in the note; more are only counted. */
const MAX_LINES_LISTED = 10;

const HEAD = 64 * 1024;
/** Validation reads synchronously, in blocks this large (see ByteSource.blocks). */
const VALIDATE_BLOCK_BYTES = 1024 * 1024;

/** Normalizes a `--delimiter` value; throws UsageError when it is not one character. */
export function parseDelimiterOption(value: string): string {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', semicolon: ';', comma: ',', pipe: '|' };
  const d = named[value.toLowerCase()] ?? value;
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r') throw new UsageError(msg('io.bad_delimiter', { delimiter: value }));
  return d;
}

/** Decides the encoding and delimiter of a text file, reading it once to validate UTF-8 when there is no BOM. */
export async function detectCsvFormat(source: ByteSource, options: CsvOptions): Promise<CsvFormat> {
  const head = await source.head(HEAD);
  if (head.length === 0) throw new InputError(msg('io.empty_file', { file: source.name }));
  const bom = detectBom(head);
  let encoding: string;
  let windows1252Lines: CsvFormat['windows1252Lines'];
  if (options.encoding !== undefined) {
    if (!isKnownEncoding(options.encoding)) throw new UsageError(msg('io.unknown_encoding', { encoding: options.encoding }));
    encoding = options.encoding;
  } else if (bom?.encoding === 'utf-8') {
    // The BOM says UTF-8, but a line appended in Notepad is not: such lines are read as Windows-1252 and
    // named, as in a file without a BOM (the BOM is the evidence the survey's threshold stands for there).
    encoding = 'utf-8';
    if (!isWholeUtf8(source)) {
      const survey = surveyUtf8Lines(source.blocks(VALIDATE_BLOCK_BYTES), MAX_LINES_LISTED);
      windows1252Lines = { count: survey.invalidLines, first: survey.firstInvalid };
    }
  } else if (bom !== null) {
    encoding = bom.encoding;
  } else {
    const utf16 = bomlessUtf16(head);
    if (utf16 !== null) encoding = utf16;
    else if (looksBinary(head.subarray(0, 8192))) throw new InputError(msg('io.not_text', { file: source.name }));
    else if (isWholeUtf8(source)) encoding = 'utf-8';
    else {
      // Looked at line by line only now: a file valid throughout (the usual case) never pays for it.
      const survey = surveyUtf8Lines(source.blocks(VALIDATE_BLOCK_BYTES), MAX_LINES_LISTED);
      encoding = isMostlyUtf8(survey) ? 'utf-8' : 'windows-1252';
      if (encoding === 'utf-8') windows1252Lines = { count: survey.invalidLines, first: survey.firstInvalid };
    }
  }
  const headDecoder = windows1252Lines === undefined ? makeDecoder(encoding) : makeLineByLineDecoder();
  const headText = headDecoder.write(head.subarray(bomBytesToDrop(bom, options, windows1252Lines !== undefined)));
  if (headText.trim() === '') throw new InputError(msg('io.empty_file', { file: source.name }));
  const delimiter = options.delimiter !== undefined ? parseDelimiterOption(options.delimiter) : sniffDelimiter(headText);
  return windows1252Lines === undefined ? { encoding, delimiter } : { encoding, delimiter, windows1252Lines };
}

/**
 * Bytes of a BOM to drop before decoding with an `--encoding` override or line by line: a BOM is never
 * content, and read as the override's characters ("ï»¿" in Windows-1252) it would glue itself to the first
 * header. Otherwise the decoder strips the BOM of the encoding it announces.
 */
function bomBytesToDrop(bom: { bomLength: number } | null, options: CsvOptions, lineByLine: boolean): number {
  return (options.encoding !== undefined || lineByLine) && bom !== null ? bom.bomLength : 0;
}

function isWholeUtf8(source: ByteSource): boolean {
  const v = new Utf8Validator();
  for (const block of source.blocks(VALIDATE_BLOCK_BYTES)) if (!v.push(block)) return false;
  return v.end();
}

/**
 * Reads a CSV/TXT file as one sheet (name ''). Streams: decodes chunk by chunk and yields rows in
 * batches; `row` is the record number with the header line as 1 (a quoted field may span lines).
 */
export async function readCsv(source: ByteSource, options: CsvOptions = {}): Promise<{ sheet: RawSheet; format: CsvFormat }> {
  const format = await detectCsvFormat(source, options);
  const batchSize = options.batchSize ?? 1000;
  const lineByLine = format.windows1252Lines !== undefined;
  let skip = options.encoding !== undefined || lineByLine ? bomBytesToDrop(detectBom(await source.head(4)), options, lineByLine) : 0;
  async function* batches(): AsyncGenerator<readonly RawRow[]> {
    const decoder = lineByLine ? makeLineByLineDecoder() : makeDecoder(format.encoding);
    const parser = new CsvRecordParser(format.delimiter);
    let rowNumber = 0;
    const batch: RawRow[] = [];
    const push = (text: string, final: boolean): string[][] => {
      try {
        return parser.push(text, final);
      } catch (err) {
        if (!(err instanceof CsvRecordTooLongError)) throw err;
        // The record being parsed is the next one; an unclosed quote is the usual cause.
        throw new InputError(msg('io.record_too_long', { file: source.name, row: rowNumber + 1, limit: err.limit }), { cause: err });
      }
    };
    for await (const whole of source.chunks()) {
      const chunk = skip === 0 ? whole : whole.subarray(Math.min(skip, whole.length));
      skip -= whole.length - chunk.length;
      for (const cells of push(decoder.write(chunk), false)) {
        batch.push({ row: ++rowNumber, cells });
      }
      while (batch.length >= batchSize) yield batch.splice(0, batchSize);
    }
    for (const cells of push(decoder.end(), true)) batch.push({ row: ++rowNumber, cells });
    while (batch.length > 0) yield batch.splice(0, batchSize);
  }
  return { sheet: { file: source.name, sheet: '', batches: batches() }, format };
}
