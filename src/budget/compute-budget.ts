import { UsageError } from '../errors.js';
import { formatProvenance, provenanceOf, type Provenance } from '../io/provenance.js';
import { msg, type Message } from '../i18n/message.js';
import type { WorkerDecision, WorkerStatus } from '../match/match-decision.js';
import type { Worker } from '../normalize/person-record.js';
import { agencyKey, compareCodePoints, TOTAL_AGENCY } from './agency-key.js';
import { BUDGET_GROUPS, ROSTER_ONLY_GROUPS, groupsForStatus, type BudgetGroup } from './budget-group.js';
import { budgetInputsFromDecisions, budgetInputsFromWorkers, type BudgetInput } from './budget-input.js';
import { copyWagesOf, CopyWageNotes, personRosterWage, type CopyWages } from './copy-wage.js';
import { PROGRAMS, type Program } from './budget-program.js';
import { validateBudgetSettings, type BudgetSettings } from './budget-settings.js';
import { appliedRateAt, premiumForMonth, type AppliedRate } from './monthly-premium.js';
import { entryAt, type RateTable } from './rate-table.js';
import { RISK_CLASSES, type RiskClass } from './risk-class.js';
import { isUsableWage, resolveWageBase } from './wage-base-policy.js';
import { wageBasis } from './wage-basis.js';
import { IMPLAUSIBLE_HIGH_RUPIAH, IMPLAUSIBLE_LOW_RUPIAH, implausibleWage } from '../normalize/plausible-wage.js';

export { TOTAL_AGENCY } from './agency-key.js';

/**
 * One budget line: one agency (or TOTAL) × group × program. Integer rupiah.
 *
 * "Monthly" figures are those of the FIRST month of the period. They are not periodTotal / months:
 * the JP wage cap can change inside the period (every March), so periodTotal is the exact sum of every
 * month's premiums, each month at the rates and cap in force in it.
 */
export interface BudgetLine {
  readonly agency: string;
  readonly group: BudgetGroup;
  readonly program: Program;
  /**
   * JKK risk class used (PU JKK only). Always null on TOTAL lines: a sum over agencies has no class, and one
   * that named the class whenever a single agency made up the group read as "the whole total is class III".
   */
  readonly riskClass: RiskClass | null;
  readonly workers: number;
  readonly monthlyEmployer: number;
  readonly monthlyWorker: number;
  readonly monthlyTotal: number;
  /** Employer share over the period: what the pemda budgets in its APBD. */
  readonly periodEmployer: number;
  /** Worker share over the period (JHT 2 %, JP 1 %), deducted from wages. */
  readonly periodWorker: number;
  readonly periodTotal: number;
}

/** A roster row left out of the budget because it has no usable wage and no default wage was set. */
export interface NotBudgetedRow {
  readonly at: Provenance;
  readonly agency: string;
  readonly status: WorkerStatus | null;
  /** Groups it would have counted in. */
  readonly groups: readonly BudgetGroup[];
  readonly reason: Message;
}

/** How the figures were obtained, echoed in every report. */
export interface BudgetBasis {
  readonly settings: BudgetSettings;
  /** The groups budgeted (all_roster only for rosters without a BPJS export). */
  readonly groups: readonly BudgetGroup[];
  readonly rateTableVersion: string;
  /** Citations of every rate and cap used, in program order, without repeats. */
  readonly regulations: readonly Message[];
  /** The rounding rule sentence (budget.rounding_rule). */
  readonly rounding: Message;
  /** What "monthly" means (budget.monthly_rule, with the month). */
  readonly monthly: Message;
  /** The wage the premiums were computed on, in words (wageBasis): the value, without "Wage basis:". */
  readonly wageBasis: Message;
}

export interface BudgetResult {
  /** Agencies in code-point order of agencyKey(), then TOTAL; groups and programs in their fixed order. */
  readonly lines: readonly BudgetLine[];
  /** In input order. */
  readonly notBudgeted: readonly NotBudgetedRow[];
  readonly basis: BudgetBasis;
  readonly notes: readonly Message[];
}

interface Sums {
  workers: number;
  monthlyEmployer: number;
  monthlyWorker: number;
  periodEmployer: number;
  periodWorker: number;
}

/** Consecutive months sharing one rate (e.g. Jan–Feb and Mar–Dec when the JP cap changes in March). */
interface Segment {
  readonly rate: AppliedRate;
  readonly months: number;
}

/**
 * Premium budget over roster rows. Pure: rates, period and settings come in as parameters.
 *
 * Rounding (DOMAIN.md "Decisions already taken"): per worker, per program, per share, per month,
 * half up to the whole rupiah (roundHalfUpRupiah); then multiplied by months and summed.
 * Rows with status `duplicate` are not budgeted. `groups` limits the groups budgeted.
 * Throws a UsageError (first problem) when validateBudgetSettings finds any.
 */
export function computeBudget(
  rows: Iterable<BudgetInput>,
  settings: BudgetSettings,
  rates: RateTable,
  groups: readonly BudgetGroup[] = BUDGET_GROUPS,
): BudgetResult {
  const problems = validateBudgetSettings(settings, rates);
  const firstProblem = problems[0];
  if (firstProblem !== undefined) throw new UsageError(firstProblem);

  const scope = BUDGET_GROUPS.filter((g) => groups.includes(g));
  const programs = PROGRAMS.filter((p) => settings.programs.includes(p));
  const agencyRisk = new Map<string, RiskClass>();
  for (const [agency, riskClass] of Object.entries(settings.agencyRiskClasses)) agencyRisk.set(agencyKey(agency), riskClass);

  const pricingCache = new Map<string, Pricing>();
  const pricingFor = (program: Program, riskClass: RiskClass): Pricing => {
    const key = `${program}|${riskClass}`;
    let p = pricingCache.get(key);
    if (p === undefined) {
      p = pricing(buildSegments(program, riskClass, settings, rates));
      pricingCache.set(key, p);
    }
    return p;
  };

  // The default class is priced even when no row uses it, so the basis always cites its regulations.
  for (const program of programs) pricingFor(program, settings.riskClass);

  // agency key → group → program → sums
  const sums = new Map<string, Map<BudgetGroup, Map<Program, Sums>>>();
  const agencyClass = new Map<string, RiskClass>();
  const notBudgeted: NotBudgetedRow[] = [];
  // Budgeted on a roster wage no monthly honor can be (Rp 2.500 written in thousands): named, not dropped.
  const implausible: Provenance[] = [];
  const copyWages = new CopyWageNotes();
  // Budgeted at the default wage (no wage of their own): named, as the default wage is an assumption per row.
  const atDefault: Provenance[] = [];
  let duplicates = 0;
  let deceased = 0;
  // Per status, the groups in scope: one list each, not one per row.
  const groupsInScope = new Map<WorkerStatus | null, readonly BudgetGroup[]>();

  for (const row of rows) {
    if (row.status === 'duplicate') duplicates += 1;
    let fullGroups = groupsInScope.get(row.status);
    if (fullGroups === undefined) {
      fullGroups = groupsForStatus(row.status).filter((g) => scope.includes(g));
      groupsInScope.set(row.status, fullGroups);
    }
    if (row.deceased === true && fullGroups.includes('inactive')) {
      deceased += 1;
      fullGroups = fullGroups.filter((g) => g !== 'inactive');
    }
    const gapCandidate = scope.includes('underreported_gap') && row.status === 'registered' && isUsableWage(row.bpjsWage);
    if (fullGroups.length === 0 && !gapCandidate) continue;

    const agency = agencyKey(row.agency);
    const rosterWage = personRosterWage(row.rosterWage, row.copies, settings.wageBase);
    const base = resolveWageBase(settings.wageBase, rosterWage.wage, settings.defaultWage);
    if (base.kind === 'none') {
      notBudgeted.push({ at: provenanceOf(row.at), agency, status: row.status, groups: fullGroups, reason: base.reason });
      continue;
    }
    if (base.source === 'roster' && fullGroups.length > 0 && implausibleWage(base.rupiah) !== null) implausible.push(provenanceOf(rosterWage.from?.at ?? row.at));
    if (row.copies !== undefined && rosterWage.wage !== null && settings.wageBase.kind !== 'fixed') copyWages.add(row.at, rosterWage.wage, rosterWage.from, row.copies);
    if (base.source === 'default' && fullGroups.length > 0) atDefault.push(provenanceOf(row.at));
    const riskClass = agencyRisk.get(agency) ?? settings.riskClass;
    agencyClass.set(agency, riskClass);

    // The gap compares the wage base with BPJS's wage; a base made up from the default wage says
    // nothing about under-reporting, so such rows get no gap.
    const bpjsWage = gapCandidate && base.source !== 'default' && row.bpjsWage !== null && row.bpjsWage < base.rupiah ? row.bpjsWage : null;

    for (const program of programs) {
      const priced = pricingFor(program, riskClass);
      const full = priced.premiums(base.rupiah);
      for (const group of fullGroups) add(sums, agency, group, program, full);
      if (bpjsWage !== null) {
        const reported = priced.premiums(bpjsWage);
        add(sums, agency, 'underreported_gap', program, {
          monthlyEmployer: Math.max(0, full.monthlyEmployer - reported.monthlyEmployer),
          monthlyWorker: Math.max(0, full.monthlyWorker - reported.monthlyWorker),
          periodEmployer: Math.max(0, full.periodEmployer - reported.periodEmployer),
          periodWorker: Math.max(0, full.periodWorker - reported.periodWorker),
        });
      }
    }
  }

  const lines = buildLines(sums, agencyClass, scope, programs, settings);
  const notes = buildNotes(settings, rates, duplicates, notBudgeted.length);
  notes.push(...copyWages.fromCopyNotes(), ...copyWages.differsNotes());
  if (deceased > 0) notes.push(msg('budget.note.deceased_not_reactivated', { count: deceased }));
  if (implausible.length > 0) notes.push(implausibleWagesNote(implausible));
  if (atDefault.length > 0) notes.push(defaultWageNote(atDefault, settings));
  // A risk class for an agency no budgeted row has (a typo, or a name the rosters do not use) changes
  // nothing: said, or the agency is budgeted at the default class in silence (JKK up to 7× too low).
  for (const agency of Object.keys(settings.agencyRiskClasses)) {
    if (!sums.has(agencyKey(agency))) notes.push(msg('budget.note.risk_agency_unused', { agency }));
  }
  const firstMonth = settings.period[0] ?? '';
  return {
    lines,
    notBudgeted,
    basis: {
      settings,
      groups: scope,
      rateTableVersion: rates.version,
      regulations: collectRegulations(programs, pricingCache),
      rounding: msg('budget.rounding_rule'),
      monthly: msg('budget.monthly_rule', { month: firstMonth }),
      wageBasis: wageBasis(settings),
    },
    notes,
  };
}

/** Rows named in the implausible-wage and default-wage notes; the rest are counted. */
const ROWS_NAMED = 20;

function implausibleWagesNote(rows: readonly Provenance[]): Message {
  return msg('budget.note.implausible_wages', { count: rows.length, rows: namedRows(rows), floor_rupiah: IMPLAUSIBLE_LOW_RUPIAH, ceiling_rupiah: IMPLAUSIBLE_HIGH_RUPIAH });
}

function namedRows(rows: readonly Provenance[]): string {
  const named = rows.slice(0, ROWS_NAMED).map(formatProvenance);
  if (rows.length > ROWS_NAMED) named.push(`… (+${rows.length - ROWS_NAMED})`);
  return named.join(', ');
}

/** The rows budgeted at the default wage; with a floor above it, they were budgeted at the floor, and it says so. */
function defaultWageNote(rows: readonly Provenance[], settings: BudgetSettings): Message {
  const defaultRupiah = settings.defaultWage ?? 0;
  const w = settings.wageBase;
  if (w.kind === 'floor' && w.rupiah > defaultRupiah) {
    return msg('budget.note.default_wage_rows_floor', { count: rows.length, default_rupiah: defaultRupiah, floor_rupiah: w.rupiah, rows: namedRows(rows) });
  }
  return msg('budget.note.default_wage_rows', { count: rows.length, default_rupiah: defaultRupiah, rows: namedRows(rows) });
}

/** Budget from the matcher's decisions: every group; a kept row without a wage takes its copy's. */
export function budgetFromDecisions(decisions: readonly WorkerDecision[], settings: BudgetSettings, rates: RateTable): BudgetResult {
  return computeBudget(budgetInputsFromDecisions(decisions, copyWagesOf(decisions)), settings, rates, BUDGET_GROUPS);
}

/**
 * Budget from rosters alone (no BPJS export): the all_roster group only; `duplicate` and `copies` as
 * budgetInputsFromWorkers.
 */
export function budgetFromRoster(
  workers: readonly Worker[],
  settings: BudgetSettings,
  rates: RateTable,
  duplicate?: (index: number) => boolean,
  copies?: CopyWages,
): BudgetResult {
  return computeBudget(budgetInputsFromWorkers(workers, duplicate, copies), settings, rates, ROSTER_ONLY_GROUPS);
}

function buildSegments(program: Program, riskClass: RiskClass, settings: BudgetSettings, rates: RateTable): Segment[] {
  const segments: { rate: AppliedRate; key: string; months: number }[] = [];
  for (const month of settings.period) {
    const rate = appliedRateAt(program, settings.scheme, riskClass, month, rates);
    // validateBudgetSettings checked the first month; schedules never end, so this cannot happen.
    if (rate === null) throw new Error(`no ${program} rate for ${month}`);
    const key = JSON.stringify([rate.contribution, rate.wageCap, rate.wageMinimum, rate.regulations]);
    const last = segments[segments.length - 1];
    if (last !== undefined && last.key === key) last.months += 1;
    else segments.push({ rate, key, months: 1 });
  }
  return segments.map(({ rate, months }) => ({ rate, months }));
}

type Amounts = Readonly<Omit<Sums, 'workers'>>;

/** One program and risk class over the period: its rate segments, and a worker's premiums at a wage. */
interface Pricing {
  readonly segments: readonly Segment[];
  premiums(wageBase: number): Amounts;
}

/**
 * Wages repeat (honoraria follow a few scales): each distinct wage is priced once per run. Bounded: a
 * roster where every wage differs gains nothing from it.
 */
function pricing(segments: readonly Segment[]): Pricing {
  const byWage = new Map<number, Amounts>();
  return {
    segments,
    premiums(wageBase) {
      let a = byWage.get(wageBase);
      if (a === undefined) {
        a = totals(segments, wageBase);
        if (byWage.size < 50_000) byWage.set(wageBase, a);
      }
      return a;
    },
  };
}

/** One worker's premiums: the first month, and the sum over all months of the period. */
function totals(segments: readonly Segment[], wageBase: number): Amounts {
  let periodEmployer = 0;
  let periodWorker = 0;
  let monthlyEmployer = 0;
  let monthlyWorker = 0;
  segments.forEach((segment, i) => {
    const p = premiumForMonth(segment.rate, wageBase);
    if (i === 0) {
      monthlyEmployer = p.employer;
      monthlyWorker = p.worker;
    }
    periodEmployer += p.employer * segment.months;
    periodWorker += p.worker * segment.months;
  });
  return { monthlyEmployer, monthlyWorker, periodEmployer, periodWorker };
}

function add(sums: Map<string, Map<BudgetGroup, Map<Program, Sums>>>, agency: string, group: BudgetGroup, program: Program, a: Amounts): void {
  let byGroup = sums.get(agency);
  if (byGroup === undefined) {
    byGroup = new Map();
    sums.set(agency, byGroup);
  }
  let byProgram = byGroup.get(group);
  if (byProgram === undefined) {
    byProgram = new Map();
    byGroup.set(group, byProgram);
  }
  const s = byProgram.get(program) ?? emptySums();
  s.workers += 1;
  s.monthlyEmployer += a.monthlyEmployer;
  s.monthlyWorker += a.monthlyWorker;
  s.periodEmployer += a.periodEmployer;
  s.periodWorker += a.periodWorker;
  byProgram.set(program, s);
}

function emptySums(): Sums {
  return { workers: 0, monthlyEmployer: 0, monthlyWorker: 0, periodEmployer: 0, periodWorker: 0 };
}

function toLine(agency: string, group: BudgetGroup, program: Program, riskClass: RiskClass | null, s: Sums): BudgetLine {
  return {
    agency,
    group,
    program,
    riskClass,
    workers: s.workers,
    monthlyEmployer: s.monthlyEmployer,
    monthlyWorker: s.monthlyWorker,
    monthlyTotal: s.monthlyEmployer + s.monthlyWorker,
    periodEmployer: s.periodEmployer,
    periodWorker: s.periodWorker,
    periodTotal: s.periodEmployer + s.periodWorker,
  };
}

function buildLines(
  sums: Map<string, Map<BudgetGroup, Map<Program, Sums>>>,
  agencyClass: Map<string, RiskClass>,
  scope: readonly BudgetGroup[],
  programs: readonly Program[],
  settings: BudgetSettings,
): BudgetLine[] {
  const agencies = [...sums.keys()].sort(compareCodePoints);
  const lineClass = (program: Program, riskClass: RiskClass | null): RiskClass | null =>
    program === 'jkk' && settings.scheme === 'pu' ? riskClass : null;
  const lines: BudgetLine[] = [];
  for (const agency of agencies) {
    const byGroup = sums.get(agency);
    for (const group of scope) {
      const byProgram = byGroup?.get(group);
      if (byProgram === undefined) continue;
      for (const program of programs) {
        lines.push(toLine(agency, group, program, lineClass(program, agencyClass.get(agency) ?? null), byProgram.get(program) ?? emptySums()));
      }
    }
  }
  for (const group of scope) {
    for (const program of programs) {
      const total = emptySums();
      for (const agency of agencies) {
        const s = sums.get(agency)?.get(group)?.get(program);
        if (s === undefined) continue;
        total.workers += s.workers;
        total.monthlyEmployer += s.monthlyEmployer;
        total.monthlyWorker += s.monthlyWorker;
        total.periodEmployer += s.periodEmployer;
        total.periodWorker += s.periodWorker;
      }
      lines.push(toLine(TOTAL_AGENCY, group, program, null, total));
    }
  }
  return lines;
}

function buildNotes(settings: BudgetSettings, rates: RateTable, duplicates: number, notBudgeted: number): Message[] {
  const notes: Message[] = [];
  if (settings.scheme === 'pu' && settings.programs.includes('jp')) {
    const beyond = settings.period.find((m) => m > rates.pu.jpWageCapKnownThrough);
    const cap = beyond === undefined ? null : entryAt(rates.pu.jpWageCap, beyond);
    if (beyond !== undefined && cap !== null) {
      notes.push(msg('budget.note.jp_cap_assumed', { month: beyond, cap_rupiah: cap.value, from: cap.from }));
    }
  }
  if (duplicates > 0) notes.push(msg('budget.note.duplicates_excluded', { count: duplicates }));
  if (notBudgeted > 0) notes.push(msg('budget.note.not_budgeted', { count: notBudgeted }));
  return notes;
}

function collectRegulations(programs: readonly Program[], pricingCache: ReadonlyMap<string, Pricing>): Message[] {
  const seen = new Set<string>();
  const out: Message[] = [];
  for (const program of programs) {
    for (const riskClass of RISK_CLASSES) {
      for (const segment of pricingCache.get(`${program}|${riskClass}`)?.segments ?? []) {
        for (const regulation of segment.rate.regulations) {
          const key = JSON.stringify(regulation);
          if (!seen.has(key)) {
            seen.add(key);
            out.push(regulation);
          }
        }
      }
    }
  }
  return out;
}
