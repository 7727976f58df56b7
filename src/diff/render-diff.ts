import Table from 'cli-table3';
import { TOTAL_AGENCY } from '../budget/agency-key.js';
import type { ChalkInstance } from 'chalk';
import type { Lang, Message } from '../i18n/message.js';
import { hasMessage, label, translate } from '../i18n/translate.js';
import { BUDGET_GROUP_CODES } from '../report/xlsx-messages.js';
import { formatProvenance, type Provenance } from '../io/provenance.js';
import type { CsvCell } from '../report/csv-cell.js';
import { id, num, text } from '../report/csv-cell.js';
import { formatInteger, formatRupiah } from '../report/format-number.js';
import { DIFF_CATEGORIES, type DiffCategory, type PersonStatus } from './diff-category.js';
import { isMaskedNik } from './person-identity.js';
import { countColumnsOf, countDiff, type CategoryCounts, type CountColumn } from './diff-summary.js';
import { itemLocation, type BudgetChange, type DiffItem, type RunDiff } from './run-diff.js';
import { birthDateBeside } from '../report/birth-date-beside.js';
import { maskMessageIds } from '../report/problem-row.js';

/**
 * diff.csv columns: stable English keys, one row per change. `previous_agency` (filled for agency_changed) and
 * `previous_nik` (for nik_corrected) came last so the columns before them kept their places for scripts that read
 * them by position.
 */
export const DIFF_COLUMNS = ['category', 'agency', 'name', 'nik', 'birth_date', 'previous_status', 'current_status', 'file', 'sheet', 'row', 'detail', 'previous_agency', 'previous_nik'] as const;
export type DiffColumn = (typeof DIFF_COLUMNS)[number];

/**
 * diff_budget.csv columns. `previous`, `current` and `change` are the period total (employer + worker share) as
 * they always were; the employer's share, the figure each run's summary leads with, came later and is appended
 * (empty when a run has none), so scripts reading the first columns by position or name read what they did.
 */
export const BUDGET_CHANGE_COLUMNS = ['agency', 'group', 'previous', 'current', 'change', 'previous_employer', 'current_employer', 'change_employer'] as const;
export type BudgetChangeColumn = (typeof BUDGET_CHANGE_COLUMNS)[number];

/** NIK display: identity in files, maskNik on a terminal (DOMAIN.md §6). */
export type MaskFn = (value: string) => string;

/**
 * The NIK and birth date as shown. A masked NIK hides digits 5-12, which encode the district and the
 * birth date: beside the birth date the mask would hide almost nothing, so the date goes with it
 * (as `rekon nik` does), whether the diff masks it or a run did (--mask-nik): the date may come from
 * the other run, which had no NIK or did not mask it. A person without a NIK keeps the date: it is how
 * they are known.
 */
export function shownIdentity(item: Pick<DiffItem, 'nik' | 'birthDate'>, mask: MaskFn): { nik: string; birthDate: string } {
  const birthDate = isMaskedNik(item.nik) ? null : birthDateBeside(mask, item.nik, item.birthDate);
  return { nik: item.nik === '' ? '' : mask(item.nik), birthDate: birthDate ?? '' };
}


/** The previous NIK of a nik_corrected item as shown (masked as the diff masks); '' for other items. */
function shownPreviousNik(item: DiffItem, mask: MaskFn): string {
  const nik = item.previousNik ?? '';
  return nik === '' ? '' : mask(nik);
}

/**
 * A finding's detail in the diff's language when the run wrote its code + parameters (identifiers in it
 * masked as the diff masks NIKs), else the text the run wrote.
 */
export function problemDetail(lang: Lang, problem: NonNullable<DiffItem['problem']>, mask: MaskFn): string {
  const m = problem.message ?? null;
  return m !== null && hasMessage(m.code) ? translate(lang, maskMessageIds(m, mask)) : problem.detail;
}

/** The problem as one line: "kind: detail". */
function problemText(lang: Lang, item: DiffItem, mask: MaskFn): string {
  return item.problem === null ? '' : `${item.problem.kind}: ${problemDetail(lang, item.problem, mask)}`;
}

export function diffRowCells(lang: Lang, item: DiffItem, mask: MaskFn): Record<DiffColumn, CsvCell> {
  const at = itemLocation(item);
  const shown = shownIdentity(item, mask);
  return {
    category: text(item.category),
    agency: text(item.agency),
    name: text(item.name),
    nik: id(shown.nik),
    birth_date: text(shown.birthDate),
    previous_status: text(item.previousStatus ?? ''),
    current_status: text(item.currentStatus ?? ''),
    file: text(at?.file ?? ''),
    sheet: text(at?.sheet ?? ''),
    row: num(at?.row ?? null),
    detail: text(problemText(lang, item, mask)),
    previous_agency: text(item.previousAgency),
    previous_nik: id(shownPreviousNik(item, mask)),
  };
}

/** diff_budget.csv's row: the JSON entry's values, as text and number cells. */
export function budgetChangeCells(b: BudgetChange): Record<BudgetChangeColumn, CsvCell> {
  const values = budgetChangeJson(b);
  const cells = {} as Record<BudgetChangeColumn, CsvCell>;
  for (const column of BUDGET_CHANGE_COLUMNS) {
    const v = values[column];
    cells[column] = typeof v === 'string' ? text(v) : num(v);
  }
  return cells;
}

/** diff.json's budget entry: the diff_budget.csv columns as keys. */
function budgetChangeJson(b: BudgetChange): Record<BudgetChangeColumn, string | number | null> {
  const e = b.employer ?? null;
  return {
    agency: b.agency,
    group: b.group,
    previous: b.previous,
    current: b.current,
    change: b.change,
    previous_employer: e?.previous ?? null,
    current_employer: e?.current ?? null,
    change_employer: e?.change ?? null,
  };
}

const atJson = (at: Provenance | null): Record<string, string | number> | null => (at === null ? null : { file: at.file, sheet: at.sheet, row: at.row });

/** Everything as JSON: counts, the changes, the budget change, notes (snake_case keys). */
export function diffJson(lang: Lang, diff: RunDiff, mask: MaskFn, inputs: { previous: string; current: string }): Record<string, unknown> {
  const counts = countDiff(diff);
  return {
    previous: inputs.previous,
    current: inputs.current,
    identity: diff.identity,
    counts: { total: counts.total, agencies: counts.agencies.map((a) => ({ agency: a.agency, ...a.counts })) },
    changes: diff.items.map((i) => ({
      category: i.category,
      agency: i.agency,
      previous_agency: i.previousAgency,
      name: i.name,
      ...shownJson(shownIdentity(i, mask)),
      previous_nik: shownPreviousNik(i, mask),
      previous_status: i.previousStatus,
      current_status: i.currentStatus,
      previous_at: atJson(i.previousAt),
      current_at: atJson(i.currentAt),
      problem: i.problem === null ? null : { kind: i.problem.kind, column: i.problem.column, detail: problemDetail(lang, i.problem, mask) },
    })),
    budget: diff.budget.map(budgetChangeJson),
    notes: diff.notes.map((n) => ({ code: n.code, params: n.params ?? {}, text: noteText(lang, n) })),
  };
}

const shownJson = (s: { nik: string; birthDate: string }): { nik: string; birth_date: string } => ({ nik: s.nik, birth_date: s.birthDate });

const statusLabel = (lang: Lang, s: PersonStatus | null): string => (s === null ? '' : label(lang, `diff.status.${s}`));

/**
 * The terminal report: counts per agency × category, then each non-empty category's list, then the
 * budget change per agency. Colour is a parameter (level 0 when off), so this stays pure.
 */
export function renderDiffText(lang: Lang, diff: RunDiff, paint: ChalkInstance, mask: MaskFn, categories: readonly DiffCategory[] = DIFF_CATEGORIES): string {
  const out: string[] = [];
  const counts = countDiff(diff);
  const agencyName = (a: string): string => (a === '' ? label(lang, 'diff.bpjs_side') : a);
  const columns = countColumnsOf(categories);
  out.push(paint.bold(label(lang, 'diff.heading.counts')));
  const table = new Table({
    head: [label(lang, 'col.agency'), ...columns.map((c) => label(lang, columnLabel(c)))].map((h) => paint.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: ['left', ...columns.map(() => 'right' as const)],
  });
  const line = (name: string, c: CategoryCounts): string[] => [name, ...columns.map((k) => (c[k] > 0 ? colour(paint, columnCategory(k))(formatInteger(lang, c[k])) : '0'))];
  for (const a of counts.agencies) table.push(line(agencyName(a.agency), a.counts));
  table.push(line(label(lang, 'row.total'), counts.total).map((c) => paint.bold(c)));
  out.push(table.toString());

  if (diff.items.length === 0) out.push(label(lang, 'diff.no_changes'));
  for (const category of categories) {
    const items = diff.items.filter((i) => i.category === category);
    if (items.length === 0) continue;
    out.push('', colour(paint, category).bold(`${label(lang, `diff.category.${category}`)} (${formatInteger(lang, items.length)})`));
    for (const i of items) {
      const at = itemLocation(i);
      const shown = shownIdentity(i, mask);
      const who = [i.name, shown.nik, shown.birthDate].filter((s) => s !== '').join(' · ');
      const move =
        i.category === 'nik_corrected'
          ? `NIK ${shownPreviousNik(i, mask)} → ${shown.nik}`
          : i.previousStatus === null
            ? ''
            : `${statusLabel(lang, i.previousStatus)} → ${statusLabel(lang, i.currentStatus)}`;
      const agency = i.category === 'agency_changed' ? `${agencyName(i.previousAgency)} → ${agencyName(i.agency)}` : agencyName(i.agency);
      const parts = [who === '' ? '–' : who, agency, move, problemText(lang, i, mask), at === null ? '' : paint.dim(formatProvenance(at))].filter((s) => s !== '');
      out.push(`  ${parts.join('  ')}`);
    }
  }

  // The employer's share, as each run's summary leads with it; the period total only when a run lacks it (noted).
  const employer = diff.budget.every((b) => b.employer != null);
  out.push('', paint.bold(label(lang, employer ? 'diff.heading.budget' : 'diff.heading.budget_total')));
  if (diff.budget.length === 0) out.push(label(lang, 'diff.no_budget'));
  else {
    const money = new Table({
      head: ['col.agency', 'diff.col.group', 'diff.col.previous', 'diff.col.current', 'diff.col.change'].map((h) => paint.bold(label(lang, h))),
      style: { head: [], border: [], compact: true },
      colAligns: ['left', 'left', 'right', 'right', 'right'],
    });
    for (const b of diff.budget) {
      const f = (employer ? b.employer : null) ?? b;
      const sign = f.change > 0 ? '+' : f.change < 0 ? '-' : '';
      const change = `${sign}${formatRupiah(lang, Math.abs(f.change))}`;
      money.push([
        b.agency === TOTAL_AGENCY ? label(lang, 'row.total') : b.agency,
        // As the workbook (Anggaran) names the group: the diff compares two of them.
        groupText(lang, b.group),
        f.previous === null ? '–' : formatRupiah(lang, f.previous),
        f.current === null ? '–' : formatRupiah(lang, f.current),
        f.change === 0 ? change : f.change > 0 ? paint.yellow(change) : paint.green(change),
      ]);
    }
    out.push(money.toString());
  }
  for (const n of diff.notes) out.push(paint.dim(`· ${noteText(lang, n)}`));
  return `${out.join('\n')}\n`;
}

function groupText(lang: Lang, group: string): string {
  return Object.hasOwn(BUDGET_GROUP_CODES, group) ? label(lang, BUDGET_GROUP_CODES[group as keyof typeof BUDGET_GROUP_CODES]) : group;
}

/**
 * A note in the reader's language. The settings that differ travel as summary.json's keys (diff.json keeps
 * them in `params`); the text names them in words ("periode, program"), not "(period, programs)".
 */
export function noteText(lang: Lang, n: Message): string {
  const keys = n.params?.['settings'];
  if (n.code !== 'diff.note.budget_settings_differ' || typeof keys !== 'string') return translate(lang, n);
  const words = keys.split(', ').map((k) => (hasMessage(`diff.setting.${k}`) ? label(lang, `diff.setting.${k}`) : k));
  return translate(lang, { code: n.code, params: { ...n.params, settings: words.join(', ') } });
}

/** A category's label, or for a move's two columns "moved out" / "moved in". */
function columnLabel(c: CountColumn): string {
  return c === 'moved_out' || c === 'moved_in' ? `diff.count.${c}` : `diff.category.${c}`;
}

function columnCategory(c: CountColumn): DiffCategory {
  return c === 'moved_out' || c === 'moved_in' ? 'agency_changed' : c;
}

function colour(paint: ChalkInstance, category: DiffCategory): ChalkInstance {
  switch (category) {
    case 'newly_registered':
    case 'problem_fixed':
      return paint.green;
    case 'lost_coverage':
    case 'problem_new':
      return paint.red;
    case 'new_worker':
      return paint.cyan;
    case 'worker_gone':
      return paint.yellow;
    case 'agency_changed':
    case 'nik_corrected':
      return paint.magenta;
  }
}
