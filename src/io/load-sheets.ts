import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';
import { buildParticipant, buildWorker, makeRecordPlan } from '../normalize/record-from-row.js';
import { agencyInTitle } from '../normalize/agency-name.js';
import { cellText } from './raw-cell.js';
import type { RecordPlan } from '../normalize/record-from-row.js';
import { NikDuplicateTracker } from '../normalize/record-nik-duplicates.js';
import { judgeZeroedNikColumn } from '../normalize/record-zeroed-nik.js';
import { RowClassifier } from '../table/classify-row.js';
import { rowPreview } from '../table/row-shape.js';
import { detectTable, HEADER_SCAN_ROWS } from '../table/detect-table.js';
import type { ColumnOverrides, ConfigColumnMap, Side, SkippedRow, SkipReason, TableLayout } from '../table/table-layout.js';
import type { ColumnRole } from '../normalize/column-role.js';
import type { RawCell } from './raw-cell.js';
import type { MergedCover, RawRow } from './raw-sheet.js';
import type { CsvFormat } from './read-csv.js';
import { expandInputs, readInput } from './read-input.js';
import type { InputSheet, ReadOptions } from './read-input.js';
import { leftOutBy, leftOutNote, leftOutSource, type SheetSelection } from './sheet-selection.js';

export type RecordOf<S extends Side> = S extends 'roster' ? Worker : BpjsParticipant;

export interface LoadOptions<S extends Side> extends ReadOptions {
  readonly side: S;
  readonly overrides: ColumnOverrides;
  /** The run's year (for the NIK's two-digit birth year); the caller reads the clock. */
  readonly referenceYear: number;
  /** Force the header row (spreadsheet row number) on every sheet. */
  readonly headerRow?: number | undefined;
  /** Data rows buffered after the header to judge the NIK column (Excel zeros). Default 500. */
  readonly lookAheadRows?: number | undefined;
  /**
   * Flag a NIK repeated within a file (default true). Off for a streamed BPJS export, where the
   * map of every NIK would make memory grow with the export; the roster side does the duplicate work.
   */
  readonly trackNikDuplicates?: boolean | undefined;
  /** The option that maps a column by hand, named in hints (`--map`, `--roster-map`, `--bpjs-map`). */
  readonly mapFlag?: string | undefined;
  /** Which overrides the config file gave (a header it names and a sheet lacks is said to be the file's). */
  readonly configMap?: ConfigColumnMap | undefined;
  /** Roster only: agency aliases from the config (upper-cased short name → full name). */
  readonly agencyAliases?: ReadonlyMap<string, string> | undefined;
  /**
   * The records are copied to another thread as soon as they are built (side-reader-worker.ts), which
   * gives every string its own storage: record building then need not detach its strings from the
   * file's chunks nor share repeated ones (RecordPlan.detachStrings).
   */
  readonly copiedOnArrival?: boolean | undefined;
  /** Workbook sheets to read (`--sheet`) or leave out (`--skip-sheet`); every sheet when absent. */
  readonly sheets?: SheetSelection | undefined;
}

/**
 * One sheet (or CSV file) as loaded: where the table is, what its columns mean, and its records.
 *
 * Streaming contract: `records` can be iterated once, and must be (or is drained automatically)
 * before the next sheet arrives; `skipped` and `recordCount` are complete once it has ended.
 */
export interface LoadedSheet<R> {
  readonly file: string;
  /** Sheet name; '' for CSV/TXT. */
  readonly sheet: string;
  /** Encoding and delimiter used for a text file; null for workbooks. */
  readonly textFormat: CsvFormat | null;
  /** null when the sheet holds no table (see `noTable`). */
  readonly layout: TableLayout | null;
  /** Why the sheet was skipped: said, not an error — unless no sheet of the file has a table. */
  readonly noTable: Message | null;
  /**
   * The option that left the sheet out, unread (the same as the config's `[sheets] only`/`skip`;
   * `noTable` names the option or the config key), else null.
   */
  readonly leftOutBy: '--sheet' | '--skip-sheet' | null;
  /** Sheet-level notes (layout choices, the Excel-zero verdict); complete before `records` starts. */
  readonly notes: readonly Message[];
  /** Notes known only once every row was read (hidden worker rows); complete once `records` has ended. */
  readonly endNotes: readonly Message[];
  /** Rows read as workers that are hidden in the sheet (spreadsheet row numbers, up to MAX_SKIPPED_LISTED). */
  readonly hiddenRows: readonly number[];
  readonly records: AsyncIterable<readonly R[]>;
  readonly skipped: readonly SkippedRow[];
  /** Skipped rows past MAX_SKIPPED_LISTED, counted but not listed. */
  readonly skippedBeyond: number;
  /** Every skipped row counted by reason (listed or not). */
  readonly skippedCounts: Readonly<Partial<Record<SkipReason, number>>>;
  readonly recordCount: number;
}

const DEFAULT_LOOK_AHEAD = 500;

/** Skipped rows listed per sheet; more are only counted (`skippedBeyond`). */
export const MAX_SKIPPED_LISTED = 10_000;

/**
 * Reads every input (files, directories, '-') and yields its sheets with detected tables and
 * streamed records. `seq` numbers records of the side across all inputs in read order. A `nik_duplicate`
 * finding is added for a valid NIK repeated within one file. A file where no sheet holds a table →
 * InputError (the first sheet's reason, which lists the headers and a `--map` hint).
 */
export async function* loadSheets<S extends Side>(inputs: readonly string[], options: LoadOptions<S>): AsyncGenerator<LoadedSheet<RecordOf<S>>> {
  const files = await expandInputs(inputs);
  let seq = 0;
  const nextSeq = (): number => seq++;
  for (const file of files) {
    const duplicates = options.trackNikDuplicates === false ? null : new NikDuplicateTracker();
    let tables = 0;
    let firstReason: Message | null = null;
    const leftOut: string[] = [];
    const flags = new Set<string>();
    for await (const raw of readInput(file, options)) {
      const flag = leftOutBy(raw.sheet, options.sheets);
      if (flag !== null) {
        leftOut.push(raw.sheet);
        flags.add(leftOutSource(flag, options.sheets));
        await raw.batches[Symbol.asyncIterator]().return?.();
        yield { ...unread(raw, leftOutNote(flag, options.sheets)), leftOutBy: flag };
        continue;
      }
      const loaded = await loadSheet(raw, options, duplicates, nextSeq);
      if (loaded.layout !== null) tables++;
      else firstReason ??= loaded.noTable;
      yield loaded;
      await loaded.drain();
    }
    if (tables > 0) continue;
    // Every sheet left out is the user's choice, but reading nothing of a file they named is not.
    if (firstReason === null && leftOut.length > 0) {
      const sheets = leftOut.map((n) => `"${n}"`).join(', ');
      throw new InputError(msg('io.all_sheets_left_out', { file: file.name, flag: [...flags].join(' / '), sheets }));
    }
    throw new InputError(firstReason ?? msg('io.empty_file', { file: file.name }));
  }
}

interface SheetState<R> extends LoadedSheet<R> {
  drain(): Promise<void>;
}

/** A sheet whose rows are not read: it holds no table, or an option left it out (`reason` says which). */
function unread<R>(raw: InputSheet, reason: Message): SheetState<R> {
  const empty: AsyncIterable<readonly R[]> = { async *[Symbol.asyncIterator]() {} };
  return {
    file: raw.file,
    sheet: raw.sheet,
    textFormat: raw.textFormat,
    leftOutBy: null,
    layout: null,
    noTable: reason,
    notes: [],
    endNotes: [],
    hiddenRows: [],
    records: empty,
    skipped: [],
    skippedBeyond: 0,
    skippedCounts: {},
    recordCount: 0,
    drain: () => Promise.resolve(),
  };
}

async function loadSheet<S extends Side>(
  raw: InputSheet,
  options: LoadOptions<S>,
  duplicates: NikDuplicateTracker | null,
  nextSeq: () => number,
): Promise<SheetState<RecordOf<S>>> {
  const iterator = raw.batches[Symbol.asyncIterator]();
  const lookAhead = options.lookAheadRows ?? DEFAULT_LOOK_AHEAD;
  const head: RawRow[] = [];
  let exhausted = false;
  while (head.length < HEADER_SCAN_ROWS + lookAhead) {
    const next = await iterator.next();
    if (next.done === true) {
      exhausted = true;
      break;
    }
    for (const r of next.value) head.push(r);
  }
  const base = { file: raw.file, sheet: raw.sheet, textFormat: raw.textFormat, leftOutBy: null };
  const detection = detectTable(head, { file: raw.file, sheet: raw.sheet, side: options.side, overrides: options.overrides, headerRow: options.headerRow, mapFlag: options.mapFlag, configMap: options.configMap });
  if (detection.kind === 'no_table') {
    if (!exhausted) await iterator.return?.();
    return unread(raw, detection.reason);
  }

  const layout = detection.layout;
  const skipped: SkippedRow[] = [...detection.skipped];
  let skippedBeyond = 0;
  const skippedCounts: Partial<Record<SkipReason, number>> = {};
  for (const k of skipped) skippedCounts[k.reason] = (skippedCounts[k.reason] ?? 0) + 1;
  const firstData = head.findIndex((r) => r.row > layout.lastHeaderRow);
  const bufferedData = firstData < 0 ? [] : head.slice(firstData);
  const notes: Message[] = [...layout.notes];
  if (raw.hidden === true) notes.push(msg('io.sheet_hidden', { sheet: raw.sheet }));
  const mixed = raw.textFormat?.windows1252Lines;
  if (mixed !== undefined) notes.push(msg('io.lines_read_as_windows_1252', { count: mixed.count, lines: `${mixed.first.join(', ')}${mixed.count > mixed.first.length ? ', …' : ''}` }));
  const nikIndex = layout.columns.nik?.index;
  let zeroed = false;
  if (nikIndex !== undefined) {
    const sample = bufferedData.slice(0, lookAhead);
    const verdict = judgeZeroedNikColumn(sample.map((r) => r.cells[nikIndex]));
    zeroed = verdict.zeroed;
    if (zeroed) notes.push(msg('record.nik_zeroed_column_note', { ending_zero: verdict.endingZero, sixteen: verdict.sixteen, sampled: sample.length }));
  }
  const title = options.side === 'roster' && layout.columns.agency === undefined ? titleAgency(head, detection.skipped) : null;
  const plan = makeRecordPlan({ file: raw.file, sheet: raw.sheet, columns: layout.columns, referenceYear: options.referenceYear, zeroedNikColumn: zeroed, agencyAliases: options.agencyAliases, detachStrings: options.copiedOnArrival !== true, titleAgency: title?.agency });
  // Said: the agency is a reading of a title, which the officer can check (or map an agency column).
  if (title !== null && plan.defaultAgencySource === 'title') notes.push(msg('io.agency_from_title', { agency: title.agency, row: title.row, text: title.text }));
  // Said, as it is a reading of the sheet's name: the officer can check it (or map a status column).
  if (options.side === 'bpjs' && plan.sheetStatus !== null) notes.push(msg(plan.sheetStatus === 'inactive' ? 'io.status_from_sheet_inactive' : 'io.status_from_sheet_active', { sheet: raw.sheet }));
  const build = (options.side === 'roster' ? buildWorker : buildParticipant) as (row: RawRow, plan: RecordPlan, seq: number) => RecordOf<S>;
  const classifier = new RowClassifier(layout);
  const sharedColumns = sharedByMergeColumns(layout);
  const hiddenRows: number[] = [];
  let hiddenCount = 0;
  const endNotes: Message[] = [];

  let count = 0;
  let started = false;
  let finished = exhausted;
  const convert = (rows: readonly RawRow[]): RecordOf<S>[] => {
    const out: RecordOf<S>[] = [];
    for (const row of rows) {
      const reason = classifier.classify(row);
      if (reason !== null) {
        // Listed up to a cap (a million blank lines must not become a million entries), then counted.
        skippedCounts[reason] = (skippedCounts[reason] ?? 0) + 1;
        if (skipped.length < MAX_SKIPPED_LISTED) skipped.push({ row: row.row, reason, text: rowPreview(row.cells) });
        else skippedBeyond++;
        continue;
      }
      if (row.hidden === true) {
        hiddenCount++;
        if (hiddenRows.length < MAX_SKIPPED_LISTED) hiddenRows.push(row.row);
      }
      const record = build(row.mergedDown === undefined ? row : withMergedValues(row, row.mergedDown, sharedColumns), plan, nextSeq());
      out.push(duplicates === null ? record : duplicates.check(record));
    }
    count += out.length;
    return out;
  };
  const pull = async (): Promise<RecordOf<S>[] | null> => {
    if (finished) return null;
    const next = await iterator.next();
    if (next.done === true) {
      finished = true;
      return null;
    }
    return convert(next.value);
  };
  async function* records(): AsyncGenerator<readonly RecordOf<S>[]> {
    if (started) return;
    started = true;
    if (bufferedData.length > 0) yield convert(bufferedData);
    for (let batch = await pull(); batch !== null; batch = await pull()) if (batch.length > 0) yield batch;
    closeSheet();
  }
  let closed = false;
  const closeSheet = (): void => {
    if (closed) return;
    closed = true;
    if (hiddenCount > 0) endNotes.push(hiddenRowsNote(hiddenCount, hiddenRows));
  };
  const state: SheetState<RecordOf<S>> = {
    ...base,
    layout,
    noTable: null,
    notes,
    endNotes,
    hiddenRows,
    records: { [Symbol.asyncIterator]: records },
    skipped,
    get recordCount() {
      return count;
    },
    get skippedBeyond() {
      return skippedBeyond;
    },
    skippedCounts,
    async drain() {
      // Whatever the consumer left unread is still classified and counted, so `skipped` and
      // `recordCount` are complete, and the sheet's stream is closed before the next sheet.
      if (!started) {
        started = true;
        convert(bufferedData);
      }
      while ((await pull()) !== null) {
        /* keep reading */
      }
      closeSheet();
    },
  };
  return state;
}

/**
 * Roles whose value a vertically merged cell gives every row it spans, as the spreadsheet shows it: one
 * unit, position, honor, sex or BPJS status written once for a group. Never a person's identity (NIK, name,
 * birth date, KPJ, NIP): a NIK merged over two rows would give two people one NIK; such a row keeps its
 * blank (nik_missing, its detail saying the cell is merged), which is what someone must fix.
 */
const SHARED_BY_MERGE: readonly ColumnRole[] = ['agency', 'position', 'wage', 'sex', 'bpjs_status', 'membership_date'];

function sharedByMergeColumns(layout: TableLayout): ReadonlySet<number> {
  const indexes = new Set<number>();
  for (const role of SHARED_BY_MERGE) {
    const binding = layout.columns[role];
    if (binding === undefined) continue;
    indexes.add(binding.index);
    if (binding.femaleMarkIndex !== undefined) indexes.add(binding.femaleMarkIndex);
  }
  return indexes;
}

/**
 * The row with the merged values of the shared columns in its blank cells. `mergedDown` stays: a NIK cell
 * under a merged one is said as such (record-from-row.ts).
 */
function withMergedValues(row: RawRow, mergedDown: ReadonlyMap<number, MergedCover>, shared: ReadonlySet<number>): RawRow {
  let cells: RawCell[] | null = null;
  for (const [index, cover] of mergedDown) {
    if (!shared.has(index)) continue;
    cells ??= [...row.cells];
    while (cells.length < index) cells.push(null);
    cells[index] = cover.value;
  }
  return cells === null ? row : { row: row.row, cells, mergedDown };
}

/**
 * The agency the first title row above the header names that names one (DOMAIN.md §3.2: "DINAS …" among the
 * title rows of an OPD's roster), with the row and its text; null when none does.
 */
function titleAgency(head: readonly RawRow[], skipped: readonly SkippedRow[]): { agency: string; row: number; text: string } | null {
  for (const s of skipped) {
    if (s.reason !== 'title') continue;
    const row = head.find((r) => r.row === s.row);
    for (const cell of row?.cells ?? []) {
      if (typeof cell !== 'string') continue;
      const agency = agencyInTitle(cell);
      if (agency !== null) return { agency, row: s.row, text: cellText(cell).trim() };
    }
  }
  return null;
}

/** Rows listed in the hidden-rows note; the rest are counted ("6, 9, 12, …"). */
const HIDDEN_ROWS_LISTED = 10;

function hiddenRowsNote(count: number, rows: readonly number[]): Message {
  const listed = rows.slice(0, HIDDEN_ROWS_LISTED).join(', ');
  return msg('io.rows_hidden', { count, rows: count > HIDDEN_ROWS_LISTED ? `${listed}, …` : listed });
}
