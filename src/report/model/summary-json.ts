import type { Lang } from '../../i18n/message.js';
import type { Message } from '../../i18n/message.js';
import { translate } from '../../i18n/translate.js';
import type { BudgetResult } from '../../budget/compute-budget.js';
import type { RowProblem } from '../../normalize/row-problem.js';
import { formatProvenance } from '../../io/provenance.js';
import type { RunSummary, StatusCounts } from './agency-summary.js';
import { budgetLineJson } from '../budget-row.js';

export interface SummaryJsonInput {
  readonly version: string;
  readonly rosterInputs: readonly string[];
  readonly bpjsInputs: readonly string[];
  readonly summary: RunSummary | null;
  readonly workers: number;
  readonly problems: readonly RowProblem[];
  readonly notes: readonly Message[];
  readonly settings: Readonly<Record<string, unknown>>;
  readonly budget: BudgetResult | null;
}

function counts(c: StatusCounts): Record<string, number | null> {
  return {
    workers: c.workers,
    registered: c.registered,
    inactive: c.inactive,
    unregistered: c.unregistered,
    review: c.review,
    duplicate: c.duplicate,
    coverage: c.coverage === null ? null : Math.round(c.coverage * 10000) / 10000,
  };
}

/** summary.json: stable snake_case keys; no timestamps, so reruns are byte-identical. */
export function summaryJson(lang: Lang, input: SummaryJsonInput): Record<string, unknown> {
  const byKind: Record<string, number> = {};
  for (const p of input.problems) byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
  const sortedKinds = Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    rekon_version: input.version,
    inputs: { roster: input.rosterInputs, bpjs: input.bpjsInputs },
    totals: input.summary === null ? { workers: input.workers } : totalsJson(input.summary),
    agencies: input.summary === null ? [] : input.summary.agencies.map((a) => ({ agency: a.agency, ...counts(a) })),
    problems: { total: input.problems.length, by_kind: sortedKinds },
    notes: input.notes.map((n) => translate(lang, n)),
    settings: input.settings,
    budget: input.budget === null ? null : budgetJson(lang, input.budget),
  };
}

function totalsJson(s: RunSummary): Record<string, unknown> {
  return {
    ...counts(s.total),
    bpjs_only: s.bpjsOnly,
    bpjs_only_other_registration: s.bpjsOnlyRelated.other_registration,
    bpjs_only_review_candidate: s.bpjsOnlyRelated.review_candidate,
    bpjs_only_inactive: s.bpjsOnlyInactive,
  };
}

export function budgetJson(lang: Lang, b: BudgetResult): Record<string, unknown> {
  const s = b.basis.settings;
  return {
    period: { from: s.period[0] ?? null, to: s.period[s.period.length - 1] ?? null, months: s.period.length },
    programs: s.programs,
    scheme: s.scheme,
    risk_class: s.riskClass,
    agency_risk_classes: s.agencyRiskClasses,
    wage_base: s.wageBase,
    default_wage: s.defaultWage,
    rate_table_version: b.basis.rateTableVersion,
    rounding: translate(lang, b.basis.rounding),
    monthly: translate(lang, b.basis.monthly),
    regulations: b.basis.regulations.map((r) => translate(lang, r)),
    lines: b.lines.map(budgetLineJson),
    not_budgeted: b.notBudgeted.map((r) => ({ at: formatProvenance(r.at), file: r.at.file, sheet: r.at.sheet, row: r.at.row, agency: r.agency, status: r.status, reason: translate(lang, r.reason) })),
    notes: b.notes.map((n) => translate(lang, n)),
  };
}
