import { InputError } from '../errors.js';
import { msg, type Message } from '../i18n/message.js';
import { localSideEvents, type SideEvent } from './side-events.js';
import type { LoadOptions } from '../io/load-sheets.js';
import type { SheetSelection } from '../io/sheet-selection.js';
import { workerSideEvents, type ReadJob } from './worker-side-events.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';
import type { RowProblem } from '../normalize/row-problem.js';
import type { ColumnOverrides, ConfigColumnMap, Side } from '../table/table-layout.js';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import type { Progress } from './progress.js';
import { formatInteger } from '../report/format-number.js';
import { isInformation } from './stderr-note.js';

export interface SideReadOptions {
  readonly overrides: ColumnOverrides;
  readonly headerRow: number | undefined;
  readonly delimiter: string | undefined;
  readonly encoding: string | undefined;
  /** Roster only: agency aliases from the config. */
  readonly agencyAliases?: ReadonlyMap<string, string>;
  /** The option that maps this side's columns, named in hints (default `--map`). */
  readonly mapFlag?: string;
  /** Which overrides the config file gave (see columnMapping). */
  readonly configMap?: ConfigColumnMap | undefined;
  /** `--sheet` / `--skip-sheet`. */
  readonly sheets?: SheetSelection;
}

export interface SideStats {
  readonly records: number;
  readonly problems: readonly RowProblem[];
  /** Sheet notes and skipped sheets, already located ("file [sheet]: …"). */
  readonly notes: readonly Message[];
  /** Column roles present in at least one sheet (e.g. to say "the BPJS export has no birth date"). */
  readonly roles: ReadonlySet<string>;
  /** Problems past `maxProblems`: counted (and said in a `run.problems_capped` note), not listed. */
  readonly droppedProblems: number;
}

export function sideLoadOptions<S extends Side>(ctx: CliContext, side: S, options: SideReadOptions): Omit<LoadOptions<S>, 'stdin'> {
  return {
    side,
    overrides: options.overrides,
    referenceYear: Number(ctx.today.slice(0, 4)),
    headerRow: options.headerRow,
    delimiter: options.delimiter,
    encoding: options.encoding,
    // Repeated NIKs matter on the rosters; tracking them in a streamed BPJS export would grow with it.
    trackNikDuplicates: side === 'roster',
    agencyAliases: options.agencyAliases,
    mapFlag: options.mapFlag,
    configMap: options.configMap,
    sheets: options.sheets,
  };
}

/** Where one side is read from: its inputs and read options. */
export interface SideInputs {
  readonly inputs: readonly string[];
  readonly options: SideReadOptions;
}

/**
 * Starts reading the rosters and the BPJS export now, in one worker thread, rosters first: they are
 * read in parallel with the main thread on a 2-core machine. A side with stdin among its inputs is
 * left to the main thread (null): only it can read stdin.
 *
 * One thread for both sides, not one each: while the rosters load, the roster reader is the slowest
 * of the threads on two cores, and a second reader reading the export ahead took CPU from it; a
 * thread of its own also boots and compiles the reading code a second time.
 */
export function startSidesInWorker(
  ctx: CliContext,
  roster: SideInputs,
  bpjs: SideInputs,
): { readonly roster: AsyncGenerator<SideEvent<Worker>> | null; readonly bpjs: AsyncGenerator<SideEvent<BpjsParticipant>> | null } {
  const inWorker = (s: SideInputs): boolean => !s.inputs.includes('-');
  const jobs: ReadJob[] = [];
  if (inWorker(roster)) jobs.push({ inputs: roster.inputs, options: sideLoadOptions(ctx, 'roster', roster.options) });
  if (inWorker(bpjs)) jobs.push({ inputs: bpjs.inputs, options: sideLoadOptions(ctx, 'bpjs', bpjs.options) });
  const streams = jobs.length === 0 ? [] : workerSideEvents(jobs, ctx.readerThread);
  const rosterStream = inWorker(roster) ? streams.shift() : undefined;
  const bpjsStream = inWorker(bpjs) ? streams.shift() : undefined;
  return {
    roster: (rosterStream as AsyncGenerator<SideEvent<Worker>> | undefined) ?? null,
    bpjs: (bpjsStream as AsyncGenerator<SideEvent<BpjsParticipant>> | undefined) ?? null,
  };
}

/**
 * Streams one side's inputs through a consumer, collecting problems and notes. The consumer gets
 * records in batches, so a BPJS export larger than memory never has to sit in memory here.
 */
export async function readSide<S extends Side>(
  ctx: CliContext,
  side: S,
  inputs: readonly string[],
  options: SideReadOptions,
  progress: Progress,
  consume: (batch: readonly (S extends 'roster' ? Worker : BpjsParticipant)[]) => void,
  limits: { readonly maxProblems?: number; readonly events?: AsyncIterable<SideEvent<S extends 'roster' ? Worker : BpjsParticipant>> } = {},
): Promise<SideStats> {
  const maxProblems = limits.maxProblems ?? Infinity;
  let droppedProblems = 0;
  const problems: RowProblem[] = [];
  const notes: Message[] = [];
  const roles = new Set<string>();
  let records = 0;
  const events = limits.events ?? localSideEvents(inputs, { ...sideLoadOptions(ctx, side, options), stdin: ctx.stdin as AsyncIterable<unknown> });
  const label = t(ctx, { code: side === 'roster' ? 'progress.roster' : 'progress.bpjs' });
  for await (const event of events as AsyncIterable<SideEvent<S extends 'roster' ? Worker : BpjsParticipant>>) {
    if (event.kind === 'sheet') {
      const where = event.sheet === '' ? event.file : `${event.file} [${event.sheet}]`;
      if (event.leftOut !== null) notes.push(msg('run.sheet_info', { where, note: t(ctx, event.leftOut) }));
      else if (event.noTable) notes.push(msg('run.sheet_skipped', { where }));
      for (const role of event.roles) roles.add(role);
      for (const n of event.notes) notes.push(msg(isInformation(n) ? 'run.sheet_info' : 'run.sheet_note', { where, note: t(ctx, n) }));
      continue;
    }
    if (event.kind === 'sheet_end') {
      const where = event.sheet === '' ? event.file : `${event.file} [${event.sheet}]`;
      for (const n of event.notes) notes.push(msg(isInformation(n) ? 'run.sheet_info' : 'run.sheet_note', { where, note: t(ctx, n) }));
      continue;
    }
    const batch = event.records;
    for (const r of batch) {
      for (const p of r.problems) {
        if (problems.length < maxProblems) problems.push(p);
        else droppedProblems++;
      }
    }
    records += batch.length;
    consume(batch);
    progress.update(`${label}: ${formatInteger(ctx.lang, records)}`);
  }
  if (droppedProblems > 0) notes.push(msg('run.problems_capped', { kept: problems.length, count: droppedProblems }));
  return { records, problems, notes, roles, droppedProblems };
}

/**
 * The roster side is kept whole: the matcher indexes it. Agency aliases from the config
 * (`options.agencyAliases`) are resolved where each record is built. `events` reads it from a reader
 * thread (startSideInWorker, given the same options); `onBatch` sees each batch as it arrives.
 */
export async function readRoster(
  ctx: CliContext,
  inputs: readonly string[],
  options: SideReadOptions,
  progress: Progress,
  stream: { readonly events?: AsyncIterable<SideEvent<Worker>> | null; readonly onBatch?: (batch: readonly Worker[]) => void } = {},
): Promise<{ workers: Worker[]; stats: SideStats }> {
  const workers: Worker[] = [];
  const stats = await readSide(
    ctx,
    'roster',
    inputs,
    options,
    progress,
    (batch) => {
      for (const w of batch) workers.push(w);
      stream.onBatch?.(batch);
    },
    stream.events === undefined || stream.events === null ? {} : { events: stream.events },
  );
  if (workers.length === 0) throw new InputError(msg('run.no_workers', { inputs: inputs.join(', ') }));
  return { workers, stats };
}
