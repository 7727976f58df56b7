import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { COLUMN_ROLES, isColumnRole, type ColumnRole } from '../normalize/column-role.js';
import type { ColumnOverrides, ConfigColumnMap, Side } from '../table/table-layout.js';
import type { RekonConfig } from './config-file.js';
import { ALL_SHEETS, type SheetSelection } from '../io/sheet-selection.js';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';

/** Options that say how to read input files, worded identically in every command. */
export interface InputCliOptions {
  readonly map?: readonly string[];
  readonly inputDelimiter?: string;
  readonly inputEncoding?: string;
  readonly headerRow?: string;
  readonly sheet?: readonly string[];
  readonly skipSheet?: readonly string[];
}

const collect = (value: string, previous: readonly string[] | undefined): string[] => [...(previous ?? []), value];

/** A repeatable `--map role=HEADER` option (named `--roster-map`/`--bpjs-map` where two sides are read). */
export function mapOption(ctx: CliContext, flag = '--map'): Option {
  return new Option(`${flag} <role=header>`, t(ctx, { code: 'cli.opt.map', params: { flag } })).argParser(collect);
}

/**
 * A hidden option that only says which option this command has instead: `--roster-map` on a
 * one-sided command, `--map` on reconcile. Too far from the real name for commander's own guess,
 * and the likeliest slip when a command line is copied from another command.
 */
export function mapOptionElsewhere(flag: string, instead: readonly string[]): Option {
  return new Option(`${flag} <role=header>`).hideHelp().argParser(() => {
    const code = instead.length === 1 ? 'cli.unknown_option_suggest' : 'cli.unknown_option_suggest_many';
    throw new UsageError(msg(code, { name: flag, suggestion: instead.join(', ') }));
  });
}

/** `--map` plus the options that say how to read files. */
export function addInputOptions(ctx: CliContext, cmd: Command): Command {
  cmd.addOption(mapOption(ctx)).addOption(mapOptionElsewhere('--roster-map', ['--map'])).addOption(mapOptionElsewhere('--bpjs-map', ['--map']));
  return addReadOptions(ctx, cmd);
}

export function addReadOptions(ctx: CliContext, cmd: Command): Command {
  return cmd
    .addOption(new Option('--input-delimiter <char>', t(ctx, { code: 'cli.opt.delimiter_in' })))
    .addOption(new Option('--input-encoding <name>', t(ctx, { code: 'cli.opt.encoding_in' })))
    .addOption(new Option('--header-row <n>', t(ctx, { code: 'cli.opt.header_row' })))
    .addOption(new Option('--sheet <name>', t(ctx, { code: 'cli.opt.sheet' })).argParser(collect))
    .addOption(new Option('--skip-sheet <name>', t(ctx, { code: 'cli.opt.skip_sheet' })).argParser(collect));
}

/**
 * `--sheet` and `--skip-sheet`; either one replaces the config's whole selection, so that naming a
 * sheet on the command line reads it even if the config leaves it out. Names are matched when each
 * workbook is opened.
 */
export function sheetSelection(opts: InputCliOptions, config: SheetSelection = ALL_SHEETS): SheetSelection {
  if (opts.sheet === undefined && opts.skipSheet === undefined) return config;
  return { only: opts.sheet ?? [], skip: opts.skipSheet ?? [] };
}

/** `--map nik="NO KTP"` (repeatable) → overrides; bad roles say which roles exist (and which option had them). */
export function parseMapOptions(values: readonly string[] | undefined, base: ColumnOverrides = {}, flag = '--map'): ColumnOverrides {
  const out: Partial<Record<ColumnRole, string>> = { ...base };
  for (const v of values ?? []) {
    const eq = v.indexOf('=');
    const role = eq < 0 ? '' : v.slice(0, eq).trim().toLowerCase().replace(/-/g, '_');
    const header = eq < 0 ? '' : v.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
    if (!isColumnRole(role) || header === '') throw new UsageError(msg('cli.bad_map', { flag, value: v, roles: COLUMN_ROLES.join(', ') }));
    out[role] = header;
  }
  return out;
}

/** A side's column overrides, and which of them the config file gave (named when its header is not found). */
export interface ColumnMapping {
  readonly overrides: ColumnOverrides;
  readonly configMap: ConfigColumnMap | undefined;
}

/** rekon.toml `[columns.<side>]` with the command line's `--map` values over it, role by role. */
export function columnMapping(values: readonly string[] | undefined, config: Pick<RekonConfig, 'path' | 'columns'>, side: Side, flag = '--map'): ColumnMapping {
  const fromCli = parseMapOptions(values, {}, flag);
  const fromConfig = config.columns[side];
  const roles = (Object.keys(fromConfig) as ColumnRole[]).filter((role) => fromCli[role] === undefined);
  const configMap = config.path === null || roles.length === 0 ? undefined : { file: config.path, roles };
  return { overrides: { ...fromConfig, ...fromCli }, configMap };
}

export function parseHeaderRow(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Digits only: Number() would also take "0x10", "1e1" or "" (0) for a row number.
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(msg('cli.bad_choice', { option: '--header-row', value, allowed: '1, 2, 3 …' }));
  return n;
}
