import { InputError } from '../errors.js';
import { msg, type Message } from '../i18n/message.js';
import { loadSheets, type LoadedSheet } from '../io/load-sheets.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';
import type { RowProblem } from '../normalize/row-problem.js';
import type { ColumnOverrides, Side } from '../table/table-layout.js';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import type { Progress } from './progress.js';
import { formatInteger } from '../report/format-number.js';

export interface SideReadOptions {
  readonly overrides: ColumnOverrides;
  readonly headerRow: number | undefined;
  readonly delimiter: string | undefined;
  readonly encoding: string | undefined;
}

export interface SideStats {
  readonly records: number;
  readonly problems: readonly RowProblem[];
  /** Sheet notes and skipped sheets, already located ("file [sheet]: …"). */
  readonly notes: readonly Message[];
  /** Column roles present in at least one sheet (e.g. to say "the BPJS export has no birth date"). */
  readonly roles: ReadonlySet<string>;
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
): Promise<SideStats> {
  const problems: RowProblem[] = [];
  const notes: Message[] = [];
  const roles = new Set<string>();
  let records = 0;
  const sheets = loadSheets(inputs, {
    side,
    overrides: options.overrides,
    referenceYear: Number(ctx.today.slice(0, 4)),
    headerRow: options.headerRow,
    delimiter: options.delimiter,
    encoding: options.encoding,
    stdin: ctx.stdin as AsyncIterable<unknown>,
  });
  const label = t(ctx, { code: side === 'roster' ? 'progress.roster' : 'progress.bpjs' });
  for await (const sheet of sheets as AsyncIterable<LoadedSheet<S extends 'roster' ? Worker : BpjsParticipant>>) {
    const where = sheet.sheet === '' ? sheet.file : `${sheet.file} [${sheet.sheet}]`;
    if (sheet.noTable !== null) {
      notes.push(msg('run.sheet_skipped', { where }));
      continue;
    }
    for (const role of Object.keys(sheet.layout?.columns ?? {})) roles.add(role);
    for (const n of sheet.notes) notes.push(msg('run.sheet_note', { where, note: t(ctx, n) }));
    for await (const batch of sheet.records) {
      for (const r of batch) for (const p of r.problems) problems.push(p);
      records += batch.length;
      consume(batch);
      progress.update(`${label}: ${formatInteger(ctx.lang, records)}`);
    }
  }
  return { records, problems, notes, roles };
}

/** The roster side is kept whole: the matcher indexes it. Agency aliases from the config apply here. */
export async function readRoster(
  ctx: CliContext,
  inputs: readonly string[],
  options: SideReadOptions,
  progress: Progress,
  aliases: ReadonlyMap<string, string>,
): Promise<{ workers: Worker[]; stats: SideStats }> {
  const workers: Worker[] = [];
  const stats = await readSide(ctx, 'roster', inputs, options, progress, (batch) => {
    for (const w of batch) {
      const alias = aliases.size === 0 ? undefined : aliases.get(w.agency.trim().toUpperCase());
      workers.push(alias === undefined ? w : { ...w, agency: alias });
    }
  });
  if (workers.length === 0) throw new InputError(msg('run.no_workers', { inputs: inputs.join(', ') }));
  return { workers, stats };
}
