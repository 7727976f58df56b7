import type { ByteSource } from './byte-source.js';
import type { RawRow, RawSheet } from './raw-sheet.js';
import { MissingSheetPart, readDateStyles, readSharedStrings, readXlsxWorkbook } from './xlsx-parts.js';
import { scanMergedRanges } from './xlsx-merged-cells.js';
import { sheetRowHandlers } from './xlsx-sheet-rows.js';
import { XmlScanner } from './xml-scanner.js';
import { StringDecoder } from 'node:string_decoder';
import { DEFAULT_ZIP_LIMITS, ZipArchive } from './zip-archive.js';
import type { ZipLimits } from './zip-archive.js';
import type { XlsxWorkbook } from './xlsx-parts.js';
import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';

export interface XlsxOptions {
  readonly batchSize?: number | undefined;
  readonly limits?: ZipLimits | undefined;
}

/**
 * Streams the sheets of an .xlsx/.xlsm workbook in workbook order. Only the shared strings and the
 * style table are held in memory; each sheet's XML is inflated and parsed chunk by chunk, rows leave
 * in batches. Sheets must be consumed in order (one zip is read sequentially); the archive is closed
 * when iteration ends or is abandoned.
 */
export async function* readXlsx(source: ByteSource, options: XlsxOptions = {}): AsyncGenerator<RawSheet> {
  const batchSize = options.batchSize ?? 1000;
  const zip = await ZipArchive.open(source, options.limits ?? DEFAULT_ZIP_LIMITS);
  try {
    let workbook: XlsxWorkbook;
    let sharedStrings: string[];
    let dateStyles: boolean[];
    try {
      workbook = await readXlsxWorkbook(zip);
      sharedStrings = await readSharedStrings(zip, workbook.sharedStringsPath);
      dateStyles = await readDateStyles(zip, workbook.stylesPath);
    } catch (err) {
      throw asInputError(source, err);
    }
    const ctx = { sharedStrings, dateStyles, date1904: workbook.date1904 };
    for (const ref of workbook.sheets) {
      async function* batches(): AsyncGenerator<readonly RawRow[]> {
        const rows: RawRow[] = [];
        let merged;
        try {
          merged = await scanMergedRanges(zip.read(ref.path, true));
        } catch (err) {
          throw asInputError(source, err);
        }
        const scanner = new XmlScanner(sheetRowHandlers(ctx, rows, merged));
        const decoder = new StringDecoder('utf8');
        try {
          for await (const chunk of zip.read(ref.path)) {
            scanner.write(decoder.write(chunk));
            while (rows.length >= batchSize) yield rows.splice(0, batchSize);
          }
          scanner.write(decoder.end());
          scanner.end();
        } catch (err) {
          throw asInputError(source, err);
        }
        while (rows.length > 0) yield rows.splice(0, batchSize);
      }
      yield { file: source.name, sheet: ref.name, hidden: ref.hidden, batches: batches() };
    }
  } finally {
    zip.close();
  }
}

/** XML that does not parse (truncated or hand-edited part) is a corrupt workbook, not an internal error. */
function asInputError(source: ByteSource, err: unknown): InputError {
  if (err instanceof InputError) return err;
  if (err instanceof MissingSheetPart) return new InputError(msg('io.sheet_part_missing', { file: source.name, sheet: err.sheet }), { cause: err });
  const reason = err instanceof Error ? err.message : String(err);
  return new InputError(msg('io.corrupt_workbook', { file: source.name, reason }), { cause: err });
}
