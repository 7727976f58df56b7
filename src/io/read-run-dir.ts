import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { msg, type Message } from '../i18n/message.js';
import { WORKER_STATUSES, type WorkerStatus } from '../match/match-decision.js';
import type { RunSnapshot, SnapshotBudgetLine, SnapshotParticipant, SnapshotProblem, SnapshotWorker } from '../diff/run-snapshot.js';
import { parseProblemDetailKey } from '../report/problem-detail-key.js';
import { cellText } from './raw-cell.js';
import { readInput } from './read-input.js';

/** The files of a `rekon reconcile --out` folder that a diff reads (summary.json and report.xlsx are not needed). */
export const RUN_DIR_FILES = ['workers.csv', 'bpjs_only.csv', 'problems.csv', 'budget.csv'] as const;

/** Columns each file must have; others are ignored, so a newer rekon's extra columns do no harm. */
const REQUIRED = {
  'workers.csv': ['status', 'roster_file', 'roster_sheet', 'roster_row', 'nik', 'name', 'agency', 'flags', 'birth_date'],
  'bpjs_only.csv': ['bpjs_file', 'bpjs_sheet', 'bpjs_row', 'nik', 'name', 'birth_date'],
  'problems.csv': ['file', 'sheet', 'row', 'column', 'kind', 'detail'],
  'budget.csv': ['agency', 'group', 'program', 'period_total'],
} as const satisfies Record<(typeof RUN_DIR_FILES)[number], readonly string[]>;

/** Columns read when present: older runs' files lack them. */
const OPTIONAL = {
  'workers.csv': ['kpj'],
  'bpjs_only.csv': ['kpj'],
  'problems.csv': ['detail_key'],
  'budget.csv': ['period_employer'],
} as const satisfies Record<(typeof RUN_DIR_FILES)[number], readonly string[]>;

type Row<F extends keyof typeof REQUIRED> = Record<(typeof REQUIRED)[F][number], string> &
  Record<(typeof OPTIONAL)[F][number], string | null> & { readonly $row: number };

/**
 * Undoes what rekon's CSV writer did to keep spreadsheets safe (src/report/csv-cell.ts): an
 * identifier written as ="…" (--excel-safe) and the `'` put before text starting with = + - @ TAB
 * or CR (formula-injection guard).
 */
export function unwrapCsvCell(value: string): string {
  const wrapped = /^="(.*)"$/s.exec(value);
  if (wrapped !== null) return wrapped[1] ?? '';
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * Reads a reconcile `--out` folder back. Whatever delimiter, BOM or --excel-safe wrapping the run
 * used is undone. A folder that is not a rekon output gives an InputError naming the missing file
 * or columns.
 */
export async function readRunDir(dir: string): Promise<RunSnapshot> {
  let isDir = false;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError(msg('diff.not_a_directory', { dir }));
  for (const file of RUN_DIR_FILES) {
    if (!(await isFile(join(dir, file)))) throw new InputError(msg('diff.missing_file', { dir, file }));
  }
  const workers = (await readRows(dir, 'workers.csv')).map((r): SnapshotWorker => {
    const file = join(dir, 'workers.csv');
    if (!(WORKER_STATUSES as readonly string[]).includes(r.status)) {
      throw new InputError(msg('diff.bad_value', { file, row: r.$row, column: 'status', value: r.status, expected: WORKER_STATUSES.join(' | ') }));
    }
    return {
      status: r.status as WorkerStatus,
      at: { file: r.roster_file, sheet: r.roster_sheet, row: rowNumber(file, r.$row, 'roster_row', r.roster_row) },
      nik: r.nik,
      name: r.name,
      agency: r.agency,
      birthDate: r.birth_date,
      flags: r.flags.split(' ').filter((f) => f !== ''),
      kpj: r.kpj ?? '',
    };
  });
  const bpjsOnly = (await readRows(dir, 'bpjs_only.csv')).map(
    (r): SnapshotParticipant => ({
      at: { file: r.bpjs_file, sheet: r.bpjs_sheet, row: rowNumber(join(dir, 'bpjs_only.csv'), r.$row, 'bpjs_row', r.bpjs_row) },
      nik: r.nik,
      name: r.name,
      birthDate: r.birth_date,
      kpj: r.kpj ?? '',
    }),
  );
  const problems = (await readRows(dir, 'problems.csv')).map((r): SnapshotProblem => {
    const file = join(dir, 'problems.csv');
    const message = r.detail_key === null || r.detail_key.trim() === '' ? null : detailMessage(file, r.$row, r.detail_key);
    return { at: { file: r.file, sheet: r.sheet, row: rowNumber(file, r.$row, 'row', r.row) }, column: r.column, kind: currentKind(r.kind, message), detail: r.detail, message };
  });
  const budget = (await readRows(dir, 'budget.csv')).map((r): SnapshotBudgetLine => {
    const file = join(dir, 'budget.csv');
    const employer = r.period_employer === null || r.period_employer.trim() === '' ? null : rupiah(file, r.$row, 'period_employer', r.period_employer);
    return { agency: r.agency, group: r.group, program: r.program, periodTotal: rupiah(file, r.$row, 'period_total', r.period_total), periodEmployer: employer };
  });
  return { workers, bpjsOnly, problems, budget, budgetSettings: await readBudgetSettings(join(dir, 'summary.json')) };
}

/** What sets a budget's amounts, from summary.json (see RunSnapshot.budgetSettings); null when absent or unreadable. */
const BUDGET_SETTING_KEYS = ['period', 'programs', 'scheme', 'risk_class', 'agency_risk_classes', 'wage_base', 'default_wage', 'rate_table_version'] as const;

async function readBudgetSettings(path: string): Promise<Record<string, string> | null> {
  let budget: Record<string, unknown>;
  try {
    const json = JSON.parse(await readFile(path, 'utf8')) as { budget?: Record<string, unknown> };
    if (typeof json.budget !== 'object' || json.budget === null) return null;
    budget = json.budget;
  } catch {
    return null;
  }
  const out: Record<string, string> = {};
  for (const key of BUDGET_SETTING_KEYS) out[key] = JSON.stringify(budget[key] ?? null);
  return out;
}

/**
 * A finding's kind as this rekon names it. An older rekon wrote an implausible wage as `wage_invalid`; its
 * detail_key still tells it apart, and read as `wage_implausible` it is the same finding next month, not one
 * fixed and one new.
 */
function currentKind(kind: string, message: Message | null): string {
  return kind === 'wage_invalid' && message !== null && message.code.startsWith('record.wage_implausible_') ? 'wage_implausible' : kind;
}

/** A `detail_key` cell as the message it holds (src/report/problem-detail-key.ts). */
function detailMessage(file: string, row: number, value: string): Message {
  const message = parseProblemDetailKey(value);
  if (message === null) throw new InputError(msg('diff.bad_value', { file, row, column: 'detail_key', value, expected: '{"code": …, "params": {…}}' }));
  return message;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function rupiah(file: string, row: number, column: string, value: string): number {
  const v = value.trim();
  if (!/^-?\d+$/.test(v)) throw new InputError(msg('diff.bad_rupiah', { file, row, column, value: v }));
  return Number(v);
}

function rowNumber(file: string, row: number, column: string, value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v)) throw new InputError(msg('diff.bad_row_number', { file, row, column, value }));
  return Number(v);
}

/** All records of one CSV file as objects keyed by the required columns (header = row 1). */
async function readRows<F extends keyof typeof REQUIRED>(dir: string, name: F): Promise<Row<F>[]> {
  const path = join(dir, name);
  const required: readonly string[] = REQUIRED[name];
  const optional: readonly string[] = OPTIONAL[name];
  const rows: Row<F>[] = [];
  let index: Map<string, number> | null = null;
  for await (const sheet of readInput({ name: path, path })) {
    for await (const batch of sheet.batches) {
      for (const raw of batch) {
        const cells = raw.cells.map((c) => cellText(c));
        if (index === null) {
          index = new Map(cells.map((h, i) => [h.replace(/^\uFEFF/, '').trim(), i]));
          const missing = required.filter((c) => !index?.has(c));
          if (missing.length > 0) throw new InputError(msg('diff.missing_columns', { file: path, columns: missing.join(', ') }));
          continue;
        }
        if (cells.every((c) => c.trim() === '')) continue;
        const record: Record<string, string | number> = { $row: raw.row };
        for (const c of required) record[c] = unwrapCsvCell(cells[index.get(c) as number] ?? '');
        const optionalRecord: Record<string, string | null> = {};
        for (const c of optional) {
          const i = index.get(c);
          optionalRecord[c] = i === undefined ? null : unwrapCsvCell(cells[i] ?? '');
        }
        rows.push({ ...record, ...optionalRecord } as Row<F>);
      }
    }
  }
  return rows;
}
