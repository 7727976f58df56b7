import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { msg, type Message } from '../i18n/message.js';
import type { CliContext } from './cli-context.js';
import { t } from './cli-context.js';
import { defaultBudgetSettings, validateBudgetSettings, type BudgetSettings } from '../budget/budget-settings.js';
import { monthsOfNextFiscalYear, parsePeriod, MAX_PERIOD_MONTHS } from '../budget/budget-period.js';
import { parsePrograms, PROGRAMS } from '../budget/budget-program.js';
import { parseRiskClass, RISK_CLASSES, type RiskClass } from '../budget/risk-class.js';
import { parseBudgetScheme } from '../budget/budget-scheme.js';
import { parseRupiahAmount } from '../budget/wage-base-policy.js';
import type { RateTable } from '../budget/rate-table.js';
import { nextYearMonth, type YearMonth } from '../budget/year-month.js';

/** Budget options shared by `budget` and `reconcile`, worded identically in both. */
export interface BudgetCliOptions {
  readonly programs?: string;
  readonly risk?: string;
  readonly scheme?: string;
  readonly period?: string;
  readonly months?: string;
  readonly fixedWage?: string;
  readonly wageFloor?: string;
  readonly defaultWage?: string;
}

/** Budget settings that may come from the config file (already validated there). */
export interface BudgetConfigDefaults {
  readonly programs?: string | undefined;
  readonly risk?: string | undefined;
  readonly scheme?: string | undefined;
  readonly period?: string | undefined;
  readonly fixedWage?: number | undefined;
  readonly wageFloor?: number | undefined;
  readonly defaultWage?: number | undefined;
  readonly agencyRisk?: Readonly<Record<string, RiskClass>> | undefined;
}

export function addBudgetOptions(ctx: CliContext, cmd: Command): Command {
  return cmd
    .addOption(new Option('--programs <list>', t(ctx, { code: 'cli.opt.programs' })))
    .addOption(new Option('--risk <class>', t(ctx, { code: 'cli.opt.risk' })))
    .addOption(new Option('--scheme <scheme>', t(ctx, { code: 'cli.opt.scheme' })))
    .addOption(new Option('--period <from..to>', t(ctx, { code: 'cli.opt.period' })).conflicts('months'))
    .addOption(new Option('--months <n>', t(ctx, { code: 'cli.opt.months' })))
    .addOption(new Option('--fixed-wage <amount>', t(ctx, { code: 'cli.opt.fixed_wage' })).conflicts('wageFloor'))
    .addOption(new Option('--wage-floor <amount>', t(ctx, { code: 'cli.opt.wage_floor' })))
    .addOption(new Option('--default-wage <amount>', t(ctx, { code: 'cli.opt.default_wage' })));
}

function bad(option: string, value: string, allowed: string): Message {
  return msg('cli.bad_choice', { option, value, allowed });
}

/** The amount, or undefined after noting the problem. */
function amount(option: string, value: string, problems: Message[]): number | undefined {
  const n = parseRupiahAmount(value);
  if (n === null) problems.push(msg('cli.bad_amount', { option, value }));
  return n ?? undefined;
}

/** One problem as itself (its own code), several in one line. */
function problemsError(ctx: CliContext, problems: readonly Message[]): UsageError | null {
  if (problems.length === 1 && problems[0] !== undefined) return new UsageError(problems[0]);
  if (problems.length > 1) return new UsageError(msg('cli.many_problems', { list: problems.map((p) => t(ctx, p)).join('; ') }));
  return null;
}

/** Command line over config over the documented defaults; every problem reported at once. */
export function budgetSettingsFrom(ctx: CliContext, opts: BudgetCliOptions, config: BudgetConfigDefaults, rates: RateTable): BudgetSettings {
  const nextYear = monthsOfNextFiscalYear(ctx.today);
  let settings = defaultBudgetSettings(nextYear);
  // Every bad option is said in one run, not one per run.
  const wrong: Message[] = [];

  const programsText = opts.programs ?? config.programs;
  if (programsText !== undefined) {
    const programs = parsePrograms(programsText);
    if (programs === null) wrong.push(bad('--programs', programsText, PROGRAMS.join(',')));
    else settings = { ...settings, programs };
  }
  const riskText = opts.risk ?? config.risk;
  if (riskText !== undefined) {
    const riskClass = parseRiskClass(riskText);
    if (riskClass === null) wrong.push(bad('--risk', riskText, `${RISK_CLASSES.join(' | ')} | sangat_rendah | rendah | sedang | tinggi | sangat_tinggi | 1-5 | I-V`));
    else settings = { ...settings, riskClass };
  }
  const schemeText = opts.scheme ?? config.scheme;
  if (schemeText !== undefined) {
    const scheme = parseBudgetScheme(schemeText);
    if (scheme === null) wrong.push(bad('--scheme', schemeText, 'pu | bpu'));
    else settings = { ...settings, scheme };
  }
  if (opts.months !== undefined) {
    // Digits only, as --header-row: Number() would also take "0x3", "1e1" and "3.0".
    const n = /^\s*\d+\s*$/.test(opts.months) ? Number(opts.months) : NaN;
    // N months from the start of the next fiscal year (the default is its 12 months).
    if (!Number.isInteger(n) || n < 1 || n > MAX_PERIOD_MONTHS) wrong.push(bad('--months', opts.months, `1..${MAX_PERIOD_MONTHS}`));
    else settings = { ...settings, period: monthsFrom(nextYear[0] ?? '', n) };
  } else {
    const periodText = opts.period ?? config.period;
    if (periodText !== undefined) {
      const period = parsePeriod(periodText);
      if (period === null) wrong.push(bad('--period', periodText, '2027-01..2027-12 | 2027'));
      else settings = { ...settings, period };
    }
  }
  const fixed = opts.fixedWage !== undefined ? amount('--fixed-wage', opts.fixedWage, wrong) : opts.wageFloor === undefined ? config.fixedWage : undefined;
  const floor = opts.wageFloor !== undefined ? amount('--wage-floor', opts.wageFloor, wrong) : opts.fixedWage === undefined ? config.wageFloor : undefined;
  if (fixed !== undefined) settings = { ...settings, wageBase: { kind: 'fixed', rupiah: fixed } };
  else if (floor !== undefined) settings = { ...settings, wageBase: { kind: 'floor', rupiah: floor } };
  const defaultWage = opts.defaultWage !== undefined ? amount('--default-wage', opts.defaultWage, wrong) : config.defaultWage;
  if (defaultWage !== undefined) settings = { ...settings, defaultWage };
  if (config.agencyRisk !== undefined) settings = { ...settings, agencyRiskClasses: config.agencyRisk };

  // Unreadable options first: checking the rest against defaults they replace would say wrong things.
  const error = problemsError(ctx, wrong.length > 0 ? wrong : validateBudgetSettings(settings, rates));
  if (error !== null) throw error;
  return settings;
}

function monthsFrom(first: YearMonth, n: number): YearMonth[] {
  const months: YearMonth[] = [first];
  while (months.length < n) months.push(nextYearMonth(months[months.length - 1] as YearMonth));
  return months;
}
