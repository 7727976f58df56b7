import type { Worker } from '../normalize/person-record.js';
import type { Lang } from '../i18n/message.js';
import { label } from '../i18n/translate.js';
import { formatProvenance } from '../io/provenance.js';
import type { MatchCandidate, MatchMethod, WorkerDecision, WorkerFlag, WorkerStatus } from '../match/match-decision.js';
import type { BpjsParticipant, BpjsStatus } from '../normalize/person-record.js';
import { rosterNikText } from './model/worker-row.js';
import { reasonsText } from './reasons-text.js';
import { BPJS_STATUS_CODES, FLAG_CODES, METHOD_CODES, STATUS_CODES, type XlsxColumnCode } from './xlsx-messages.js';
import type { XlsxCell, XlsxColumn, XlsxColumnType } from './xlsx-sheet.js';
import { xDate, xId, xInt, xRupiah, xScore, xText } from './xlsx-sheet.js';
import { birthDateBeside } from './birth-date-beside.js';

type Mask = (value: string) => string;

/** Column headers are catalog codes; `type` decides the width. */
type ColumnDef = readonly [XlsxColumnCode, XlsxColumnType];

function columns(lang: Lang, defs: readonly ColumnDef[]): XlsxColumn[] {
  return defs.map(([code, type]) => ({ header: label(lang, code), type }));
}

const maskedId = (mask: Mask, s: string | null): XlsxCell => (s === null || s === '' ? null : xId(mask(s)));

const ROSTER_DEFS: readonly ColumnDef[] = [
  ['xlsx.col.roster_file', 'file'],
  ['xlsx.col.roster_sheet', 'sheet'],
  ['xlsx.col.roster_row', 'row'],
  ['xlsx.col.name', 'name'],
  ['xlsx.col.nik', 'id'],
  ['xlsx.col.birth_date', 'date'],
  ['xlsx.col.agency', 'agency'],
  ['xlsx.col.position', 'name'],
  ['xlsx.col.wage', 'money'],
  ['xlsx.col.status', 'code'],
  ['xlsx.col.flags', 'flags'],
  ['xlsx.col.reasons', 'long'],
];

/** The BPJS record shown next to a roster row: its match, or a review candidate. */
const BPJS_DEFS: readonly ColumnDef[] = [
  ['xlsx.col.bpjs_name', 'name'],
  ['xlsx.col.bpjs_nik', 'id'],
  ['xlsx.col.kpj', 'id'],
  ['xlsx.col.bpjs_birth_date', 'date'],
  ['xlsx.col.bpjs_status', 'code'],
  ['xlsx.col.bpjs_wage', 'money'],
  ['xlsx.col.bpjs_file', 'file'],
  ['xlsx.col.bpjs_sheet', 'sheet'],
  ['xlsx.col.bpjs_row', 'row'],
  ['xlsx.col.score', 'score'],
];

const MATCH_DEFS: readonly ColumnDef[] = [['xlsx.col.method', 'code'], ...BPJS_DEFS];

const CANDIDATE_DEFS: readonly ColumnDef[] = [['xlsx.col.rank', 'row'], ...BPJS_DEFS, ['xlsx.col.candidate_reasons', 'long']];

/** The wage a roster row is budgeted at (ReportInput.budgetedWage); undefined: the sheets have no such column. */
export type BudgetedWage = ((worker: Worker) => number | null) | undefined;

const BUDGETED_WAGE_DEF: ColumnDef = ['xlsx.col.budgeted_wage', 'money'];

/** Columns of the Unregistered / Registered / Inactive / Duplicates sheets. */
export function workerColumns(lang: Lang, status: WorkerStatus, budgetedWage?: BudgetedWage): XlsxColumn[] {
  const extra: readonly ColumnDef[] = status === 'duplicate' ? [['xlsx.col.duplicate_of', 'file']] : [];
  return columns(lang, [...ROSTER_DEFS, ...MATCH_DEFS, ...extra, ...(budgetedWage === undefined ? [] : [BUDGETED_WAGE_DEF])]);
}

/** Columns of the Review sheet: the roster row, then one candidate per row. */
export function reviewColumns(lang: Lang, budgetedWage?: BudgetedWage): XlsxColumn[] {
  return columns(lang, [...ROSTER_DEFS, ...CANDIDATE_DEFS, ...(budgetedWage === undefined ? [] : [BUDGETED_WAGE_DEF])]);
}

/** A duplicate is budgeted once, on its first row: none on the copy. */
function budgetedWageCell(d: WorkerDecision, budgetedWage: NonNullable<BudgetedWage>): XlsxCell {
  return d.status === 'duplicate' ? null : xRupiah(budgetedWage(d.worker));
}

function rosterCells(lang: Lang, d: WorkerDecision, mask: Mask): XlsxCell[] {
  const w = d.worker;
  return [
    xText(w.file),
    xText(w.sheet),
    xInt(w.row),
    xText(w.name.original),
    maskedId(mask, rosterNikText(w.nik)),
    xDate(birthDateBeside(mask, rosterNikText(w.nik), w.birthDate)),
    xText(w.agency),
    xText(w.position),
    xRupiah(w.wage),
    xText(statusText(lang, d.status)),
    xText(flagsText(lang, d.flags)),
    xText(reasonsText(lang, d.reasons)),
  ];
}

/** A status in the reader's words (the head of agency reads "belum terdaftar", not "unregistered"). */
export function statusText(lang: Lang, status: WorkerStatus): string {
  return label(lang, STATUS_CODES[status]);
}

export function methodText(lang: Lang, method: MatchMethod): string {
  return label(lang, METHOD_CODES[method]);
}

/** Flags in words, comma-separated; English keeps workers.csv's space-separated machine values. */
export function flagsText(lang: Lang, flags: readonly WorkerFlag[]): string {
  return flags.map((f) => label(lang, FLAG_CODES[f])).join(lang === 'en' ? ' ' : ', ');
}

export function bpjsStatusText(lang: Lang, status: BpjsStatus | null): string | null {
  return status === null ? null : label(lang, BPJS_STATUS_CODES[status]);
}

/** The BPJS side; KPJ is the participant's, else the one the roster gives (`rosterKpj`). */
function participantCells(lang: Lang, b: BpjsParticipant | null, mask: Mask, rosterKpj: string | null): XlsxCell[] {
  if (b === null) return [null, null, maskedId(mask, rosterKpj), null, null, null, null, null, null];
  return [
    xText(b.name.original),
    maskedId(mask, rosterNikText(b.nik)),
    maskedId(mask, b.kpj ?? rosterKpj),
    xDate(birthDateBeside(mask, rosterNikText(b.nik), b.birthDate)),
    // The export's own word (AKTIF, NON AKTIF…), as the officer knows it, rather than the machine value.
    xText(b.statusRaw ?? bpjsStatusText(lang, b.status)),
    xRupiah(b.wage),
    xText(b.file),
    xText(b.sheet),
    xInt(b.row),
  ];
}

/** Rows of one status sheet, in roster order. */
export function* workerRows(lang: Lang, decisions: readonly WorkerDecision[], status: WorkerStatus, mask: Mask, budgetedWage?: BudgetedWage): Generator<XlsxCell[]> {
  for (const d of decisions) {
    if (d.status !== status) continue;
    const cells = [...rosterCells(lang, d, mask), xText(methodText(lang, d.method)), ...participantCells(lang, d.bpjs, mask, d.worker.kpj), xScore(d.score)];
    if (status === 'duplicate') cells.push(xText(d.duplicateOf === null ? null : formatProvenance(d.duplicateOf)));
    if (budgetedWage !== undefined) cells.push(budgetedWageCell(d, budgetedWage));
    yield cells;
  }
}

function candidateCells(lang: Lang, rank: number, c: MatchCandidate, mask: Mask): XlsxCell[] {
  return [xInt(rank), ...participantCells(lang, c.bpjs, mask, null), xScore(c.score), xText(reasonsText(lang, c.reasons))];
}

/** Review rows: one per candidate (rank 1..n, best first); a review row without candidates still gets one row. */
export function* reviewRows(lang: Lang, decisions: readonly WorkerDecision[], mask: Mask, budgetedWage?: BudgetedWage): Generator<XlsxCell[]> {
  for (const d of decisions) {
    if (d.status !== 'review') continue;
    const roster = rosterCells(lang, d, mask);
    const last = budgetedWage === undefined ? [] : [budgetedWageCell(d, budgetedWage)];
    if (d.candidates.length === 0) {
      yield last.length === 0 ? roster : [...roster, ...new Array<XlsxCell>(CANDIDATE_DEFS.length).fill(null), ...last];
      continue;
    }
    let rank = 0;
    for (const c of d.candidates) yield [...roster, ...candidateCells(lang, ++rank, c, mask), ...last];
  }
}
