import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Stream } from 'node:stream';

/** exceljs buffers sheet XML in 64 KiB chunks; this many may wait for the compressor (≈ 1 MiB). */
const MAX_PENDING_CHUNKS = 16;

/** archiver pipes through `readable-stream` 2.x streams, which predate `writableNeedDrain`. */
type WritableLike = NodeJS.WritableStream & { writableNeedDrain?: boolean; _writableState?: { needDrain?: boolean } };

function needsDrain(s: WritableLike): boolean {
  return s.writableNeedDrain ?? s._writableState?.needDrain ?? false;
}

interface DefinedName {
  readonly name: string;
  readonly localSheetId: number;
  readonly ranges: readonly string[];
}

/** A sheet name quoted for a cell reference: 'Belum Terdaftar'!$A$1 (quotes inside doubled). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "A1:W3" → "$A$1:$W$3". */
function absolute(ref: string): string {
  return ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/**
 * exceljs' streaming workbook writer plus three things it does not do by itself, all reaching
 * into its internals (exceljs 4.4 / archiver 5) behind guards, so an upgrade degrades gracefully:
 * - reproducible bytes: every zip entry gets `createdAt` instead of the current time;
 * - autofilters LibreOffice shows: besides the sheet's <autoFilter>, Excel files carry a
 *   sheet-local `_xlnm._FilterDatabase` name, and LibreOffice (checked with 7.4) ignores the
 *   filter without it;
 * - backpressure from the zip compressor (`waitForWriter`).
 */
export class XlsxBook {
  readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly filters: DefinedName[] = [];
  /** The first error of the output stream (disk full, closed pipe); waiting stops on it. */
  private failure: { readonly error: unknown } | null = null;
  private readonly failed: Promise<void>;

  constructor(stream: NodeJS.WritableStream, createdAt: Date) {
    // Without this, an output error would leave us waiting for a drain or a finish that never comes.
    this.failed = new Promise((resolve) => {
      stream.once('error', (error: unknown) => {
        this.failure = { error };
        resolve();
      });
    });
    this.writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: stream as unknown as Stream,
      // Inline strings: shared strings would keep every distinct string in memory until the end.
      useSharedStrings: false,
      useStyles: true,
    });
    pinZipDates(this.writer, createdAt);
    // docProps/core.xml holds these; fixed so reruns on the same input give the same bytes.
    this.writer.created = createdAt;
    this.writer.modified = createdAt;
    this.writer.creator = 'rekon';
    this.writer.lastModifiedBy = 'rekon';
    this.addDefinedNamesHook();
  }

  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet {
    return this.writer.addWorksheet(name, options);
  }

  /** Sets the sheet's autofilter on `ref` (e.g. "A1:W3") and records its defined name. */
  setAutoFilter(ws: ExcelJS.Worksheet, ref: string): void {
    ws.autoFilter = ref;
    // Sheet ids count from 1 in the order sheets were added, which is their order in workbook.xml.
    this.filters.push({ name: '_xlnm._FilterDatabase', localSheetId: ws.id - 1, ranges: [`${quoteSheetName(ws.name)}!${absolute(ref)}`] });
  }

  /**
   * Waits until the zip compressor has caught up with what `ws` has written. exceljs' sheet buffer
   * ignores the compressor's backpressure, so without this a synchronous producer keeps the whole
   * uncompressed sheet XML in Buffers (measured at 200k rows: ~330 MB outside the JS heap without
   * waiting, ~50 MB with it). Guarded like the rest: if the internals differ it only yields.
   */
  async waitForWriter(ws: ExcelJS.Worksheet): Promise<void> {
    const buf = (ws as unknown as { stream?: { pipes?: unknown; buffers?: unknown } }).stream;
    for (;;) {
      const pipes = Array.isArray(buf?.pipes) ? (buf.pipes as unknown[]) : [];
      const dest = pipes[0] as WritableLike | undefined;
      this.throwIfFailed();
      if (dest !== undefined && needsDrain(dest)) {
        await Promise.race([once(dest, 'drain'), this.failed]);
        continue;
      }
      const pending = Array.isArray(buf?.buffers) ? (buf.buffers as unknown[]).length : 0;
      // Not piped yet (the zip is still compressing an earlier sheet): let it get there.
      if (dest === undefined && pending > MAX_PENDING_CHUNKS) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      await new Promise((resolve) => setImmediate(resolve));
      return;
    }
  }

  async commit(): Promise<void> {
    this.throwIfFailed();
    await Promise.race([this.writer.commit(), this.failed]);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure.error;
  }

  private addDefinedNamesHook(): void {
    const w = this.writer as unknown as { _definedNames?: { model?: unknown } };
    const original = w._definedNames;
    if (original === undefined || !Array.isArray(original.model)) return;
    const filters = this.filters;
    // Read once, when workbook.xml is written at commit, after every sheet has recorded its filter.
    w._definedNames = {
      get model(): unknown[] {
        return [...(original.model as unknown[]), ...filters];
      },
    };
  }
}

/**
 * Archiver stamps every zip entry with the current time unless given a date. `_moduleAppend` is its
 * (5.x) private step that builds an entry, run when the queue takes the entry up, so this also covers
 * the entries exceljs appends in its constructor. Without it only byte-identical reruns are lost
 * (a test checks them).
 */
function pinZipDates(writer: ExcelJS.stream.xlsx.WorkbookWriter, date: Date): void {
  const zip = (writer as unknown as { zip?: { _moduleAppend?: unknown } }).zip;
  const original = zip?._moduleAppend;
  if (zip === undefined || typeof original !== 'function') return;
  zip._moduleAppend = function (this: unknown, source: unknown, data: { date?: Date }, callback: unknown): unknown {
    data.date = date;
    return (original as (...args: unknown[]) => unknown).call(this, source, data, callback);
  };
}
