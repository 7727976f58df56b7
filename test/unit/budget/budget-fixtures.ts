import type { WorkerDecision, WorkerStatus } from '../../../src/match/match-decision.js';
import type { ParsedNik } from '../../../src/normalize/parsed-nik.js';
import type { BpjsParticipant, Worker } from '../../../src/normalize/person-record.js';
import type { BudgetInput } from '../../../src/budget/budget-input.js';
import type { BudgetGroup } from '../../../src/budget/budget-group.js';
import { parsePeriod } from '../../../src/budget/budget-period.js';
import type { Program } from '../../../src/budget/budget-program.js';
import { defaultBudgetSettings, type BudgetSettings } from '../../../src/budget/budget-settings.js';
import type { BudgetLine, BudgetResult } from '../../../src/budget/compute-budget.js';

/** Synthetic NIKs only (made-up serials in region 327301 / 367101). */
export function validNik(nik: string): ParsedNik {
  return { status: 'valid', raw: nik, nik, trustedPrefix: null, digits: nik, pivot: 30, reason: null, warnings: [] };
}

const MISSING_NIK: ParsedNik = { status: 'missing', raw: '', nik: null, trustedPrefix: null, digits: '', pivot: 30, reason: null, warnings: [] };

export function worker(seq: number, agency: string, wage: number | null, nik: string | null = null): Worker {
  return {
    side: 'roster',
    seq,
    file: 'roster.xlsx',
    sheet: agency,
    row: seq + 2,
    nik: nik === null ? MISSING_NIK : validNik(nik),
    name: { original: `PEKERJA ${seq}`, clean: `PEKERJA ${seq}`, tokens: ['PEKERJA', String(seq)], keys: ['PEKERJA', String(seq)], weak: [false, false], removed: [] },
    birthDate: null,
    birthPlace: null,
    sex: null,
    agency,
    position: null,
    wage,
    kpj: null,
    problems: [],
  };
}

export function participant(seq: number, wage: number | null): BpjsParticipant {
  return {
    side: 'bpjs',
    seq,
    file: 'bpjs.csv',
    sheet: '',
    row: seq + 2,
    nik: MISSING_NIK,
    name: { original: `PESERTA ${seq}`, clean: `PESERTA ${seq}`, tokens: ['PESERTA', String(seq)], keys: ['PESERTA', String(seq)], weak: [false, false], removed: [] },
    birthDate: null,
    birthPlace: null,
    sex: null,
    agency: null,
    position: null,
    wage,
    kpj: null,
    problems: [],
    status: 'active',
    statusRaw: null,
    membershipDate: null,
  };
}

export function decision(w: Worker, status: WorkerStatus, bpjsWage: number | null = null): WorkerDecision {
  const bpjs = status === 'registered' || status === 'inactive' ? participant(w.seq, bpjsWage) : null;
  return { worker: w, status, method: bpjs === null ? 'none' : 'nik', score: null, bpjs, duplicateOf: null, candidates: [], flags: [], reasons: [] };
}

let row = 1;
export function input(agency: string, status: WorkerStatus | null, rosterWage: number | null, bpjsWage: number | null = null): BudgetInput {
  row += 1;
  return { at: { file: 'roster.xlsx', sheet: agency, row }, agency, status, rosterWage, bpjsWage };
}

export const YEAR_2027 = parsePeriod('2027') ?? [];
export const JAN_2027 = ['2027-01'];

/** The default budget settings over 2027, with `overrides`. */
export function settings(overrides: Partial<BudgetSettings> = {}): BudgetSettings {
  return { ...defaultBudgetSettings(YEAR_2027), ...overrides };
}

/** The line of one agency, group and program, if any. */
export function line(result: BudgetResult, agency: string, group: BudgetGroup, program: Program): BudgetLine | undefined {
  return result.lines.find((l) => l.agency === agency && l.group === group && l.program === program);
}
