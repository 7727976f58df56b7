import { msg, type Message } from '../i18n/message.js';
import { agencyKey } from './agency-key.js';
import { MAX_PERIOD_MONTHS } from './budget-period.js';
import { DEFAULT_PROGRAMS, isProgram, type Program } from './budget-program.js';
import { BUDGET_SCHEMES, type BudgetScheme } from './budget-scheme.js';
import { appliedRateAt } from './monthly-premium.js';
import type { RateTable } from './rate-table.js';
import { DEFAULT_RISK_CLASS, RISK_CLASSES, type RiskClass } from './risk-class.js';
import { isUsableWage, type WageBasePolicy } from './wage-base-policy.js';
import { parseYearMonth, type YearMonth } from './year-month.js';

/** What to budget and how. Built and validated by the CLI; echoed in every budget result. */
export interface BudgetSettings {
  /** Programs in canonical order (jkk, jkm, jht, jp), no repeats. */
  readonly programs: readonly Program[];
  readonly scheme: BudgetScheme;
  /** JKK risk class for agencies without an override (PU only). */
  readonly riskClass: RiskClass;
  /**
   * Per-agency risk class, e.g. DLH waste crews or Damkar are riskier work than office staff
   * (DOMAIN.md §2.1). Keys are agency names, matched after agencyKey() (case and spacing ignored).
   */
  readonly agencyRiskClasses: Readonly<Record<string, RiskClass>>;
  /** The months budgeted, ascending, no repeats, e.g. parsePeriod("2027-01..2027-12"). */
  readonly period: readonly YearMonth[];
  readonly wageBase: WageBasePolicy;
  /** Wage base for rows without a usable wage; null = list those rows as not budgeted. */
  readonly defaultWage: number | null;
}

/** The documented defaults (DOMAIN.md "Decisions already taken"): JKK + JKM, PU, class I, roster wage. */
export function defaultBudgetSettings(period: readonly YearMonth[]): BudgetSettings {
  return {
    programs: DEFAULT_PROGRAMS,
    scheme: 'pu',
    riskClass: DEFAULT_RISK_CLASS,
    agencyRiskClasses: {},
    period,
    wageBase: { kind: 'roster' },
    defaultWage: null,
  };
}

/**
 * Every problem with `settings`, all at once so the user fixes them in one pass; [] when valid.
 * computeBudget refuses settings that fail here.
 */
export function validateBudgetSettings(settings: BudgetSettings, rates: RateTable): Message[] {
  const problems: Message[] = [];

  if (settings.programs.length === 0) problems.push(msg('budget.invalid.no_programs'));
  const seen = new Set<string>();
  for (const p of settings.programs) {
    if (!isProgram(p) || seen.has(p)) problems.push(msg('budget.invalid.program', { program: String(p) }));
    seen.add(p);
  }
  if (!(BUDGET_SCHEMES as readonly string[]).includes(settings.scheme)) {
    problems.push(msg('budget.invalid.scheme', { scheme: String(settings.scheme) }));
  } else if (settings.scheme === 'bpu' && settings.programs.includes('jp')) {
    problems.push(msg('budget.invalid.program_not_in_scheme', { program: 'jp', scheme: 'bpu' }));
  }

  if (!isRiskClass(settings.riskClass)) problems.push(msg('budget.invalid.risk_class', { value: String(settings.riskClass) }));
  const byKey = new Map<string, RiskClass>();
  for (const [agency, riskClass] of Object.entries(settings.agencyRiskClasses)) {
    if (!isRiskClass(riskClass)) {
      problems.push(msg('budget.invalid.agency_risk_class', { agency, value: String(riskClass) }));
      continue;
    }
    const key = agencyKey(agency);
    const earlier = byKey.get(key);
    if (earlier !== undefined && earlier !== riskClass) problems.push(msg('budget.invalid.agency_conflict', { agency: key }));
    byKey.set(key, riskClass);
  }

  const period = settings.period;
  if (period.length === 0) problems.push(msg('budget.invalid.empty_period'));
  if (period.length > MAX_PERIOD_MONTHS) problems.push(msg('budget.invalid.period_too_long', { months: period.length, max: MAX_PERIOD_MONTHS }));
  let previous: YearMonth | null = null;
  let periodOk = period.length > 0;
  for (const month of period) {
    if (parseYearMonth(month) !== month) {
      problems.push(msg('budget.invalid.month', { month }));
      periodOk = false;
    } else if (previous !== null && month <= previous) {
      problems.push(msg('budget.invalid.period_order', { month }));
      periodOk = false;
    }
    previous = month;
  }

  const wb = settings.wageBase;
  if (wb.kind !== 'roster' && !isUsableWage(wb.rupiah)) problems.push(msg('budget.invalid.wage_amount', { what: wb.kind, value: wb.rupiah }));
  if (settings.defaultWage !== null && !isUsableWage(settings.defaultWage)) {
    problems.push(msg('budget.invalid.wage_amount', { what: 'default', value: settings.defaultWage }));
  }

  // Rates must exist from the first month on (schedules only ever start, never stop).
  const first = period[0];
  if (periodOk && first !== undefined && problems.length === 0) {
    const classes = new Set<RiskClass>([settings.riskClass, ...byKey.values()]);
    for (const program of settings.programs) {
      for (const riskClass of classes) {
        if (appliedRateAt(program, settings.scheme, riskClass, first, rates) === null) {
          problems.push(msg('budget.invalid.no_rate', { program, month: first }));
          break;
        }
      }
    }
  }
  return problems;
}

function isRiskClass(v: string): v is RiskClass {
  return (RISK_CLASSES as readonly string[]).includes(v);
}
