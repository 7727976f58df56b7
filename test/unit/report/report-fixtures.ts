import type { Message } from '../../../src/i18n/message.js';
import { msg } from '../../../src/i18n/message.js';
import type { MatchCandidate, ReconcileResult, WorkerDecision, WorkerFlag, WorkerStatus, MatchMethod } from '../../../src/match/match-decision.js';
import type { ParsedNik } from '../../../src/normalize/parsed-nik.js';
import type { NormalizedName } from '../../../src/normalize/normalized-name.js';
import type { BpjsParticipant, Worker } from '../../../src/normalize/person-record.js';
import { summarize } from '../../../src/report/model/agency-summary.js';
import type { ReportInput } from '../../../src/report/model/report-input.js';

/** Synthetic NIKs only: made-up serials in regions 327301 / 367101. */
export function nik(digits: string): ParsedNik {
  const valid = /^\d{16}$/.test(digits);
  return {
    status: digits === '' ? 'missing' : valid ? 'valid' : 'invalid',
    raw: digits,
    nik: valid ? digits : null,
    trustedPrefix: null,
    digits,
    pivot: 30,
    reason: valid || digits === '' ? null : msg('nik.wrong_length', { length: digits.length }),
    warnings: [],
  };
}

export function name(original: string): NormalizedName {
  const clean = original.toUpperCase().replace(/[^A-Z ]/g, '').trim();
  const tokens = clean === '' ? [] : clean.split(/\s+/);
  return { original, clean, tokens, keys: tokens, weak: tokens.map(() => false), removed: [] };
}

export function worker(o: Partial<Omit<Worker, 'nik' | 'name'>> & { nik?: string; name?: string; row: number }): Worker {
  return {
    side: 'roster',
    file: o.file ?? 'dinas-kesehatan.xlsx',
    sheet: o.sheet ?? 'Honorer',
    row: o.row,
    nik: nik(o.nik ?? ''),
    name: name(o.name ?? 'SITI AMINAH'),
    birthDate: o.birthDate ?? null,
    birthPlace: o.birthPlace ?? null,
    sex: o.sex ?? null,
    agency: o.agency ?? 'Dinas Kesehatan',
    position: o.position ?? 'Tenaga Administrasi',
    wage: o.wage ?? null,
    kpj: o.kpj ?? null,
    problems: o.problems ?? [],
    seq: o.seq ?? o.row,
  };
}

export function participant(o: Partial<Omit<BpjsParticipant, 'nik' | 'name'>> & { nik?: string; name?: string; row: number }): BpjsParticipant {
  return {
    side: 'bpjs',
    file: o.file ?? 'bpjs-export.csv',
    sheet: o.sheet ?? '',
    row: o.row,
    nik: nik(o.nik ?? ''),
    name: name(o.name ?? 'SITI AMINAH'),
    birthDate: o.birthDate ?? null,
    birthPlace: o.birthPlace ?? null,
    sex: o.sex ?? null,
    agency: o.agency ?? null,
    position: o.position ?? null,
    wage: o.wage ?? null,
    kpj: o.kpj ?? null,
    problems: o.problems ?? [],
    status: o.status === undefined ? 'active' : o.status,
    statusRaw: o.statusRaw ?? null,
    membershipDate: o.membershipDate ?? null,
    seq: o.seq ?? o.row,
  };
}

export function decision(
  w: Worker,
  status: WorkerStatus,
  o: { method?: MatchMethod; score?: number | null; bpjs?: BpjsParticipant | null; duplicateOf?: Worker | null; candidates?: readonly MatchCandidate[]; flags?: readonly WorkerFlag[]; reasons?: readonly Message[] } = {},
): WorkerDecision {
  return {
    worker: w,
    status,
    method: o.method ?? (o.bpjs ? 'nik' : 'none'),
    score: o.score ?? null,
    bpjs: o.bpjs ?? null,
    duplicateOf: o.duplicateOf ?? null,
    candidates: o.candidates ?? [],
    flags: o.flags ?? [],
    reasons: o.reasons ?? [],
  };
}

export const NIK_A = '3273014501900001';
export const NIK_B = '3273010203850002';
export const NIK_C = '3671016607920003';
export const NIK_D = '3671011111880004';
/** Above 2^53: would lose its odd last digit as a JS number (DOMAIN.md §1.5). */
export const NIK_PAPUA = '9471020505950007';

/** A small run: 2 agencies, every status, a review row with two candidates, a formula-looking name. */
export function sampleResult(): ReconcileResult {
  const w1 = worker({ row: 5, nik: NIK_A, name: 'Hj. SITI AMINAH, S.Pd', birthDate: '1990-01-05', wage: 2_169_348 });
  const b1 = participant({ row: 2, nik: NIK_A, name: 'SITI AMINAH', birthDate: '1990-01-05', kpj: '23011234567', wage: 2_000_000 });
  const w2 = worker({ row: 6, nik: NIK_B, name: '=HYPERLINK("http://x","click")', wage: 1_500_000 });
  const w3 = worker({ row: 7, nik: NIK_PAPUA, name: 'YOHANES WENDA', agency: 'Dinas Pendidikan', wage: 3_000_000, birthDate: '1995-05-05' });
  const b3 = participant({ row: 3, nik: NIK_PAPUA, name: 'YOHANES WENDA', status: 'inactive', kpj: '23019999991' });
  const w4 = worker({ row: 8, nik: NIK_C, name: 'DJOKO SOEPARMAN', agency: 'Dinas Pendidikan', wage: 2_500_000 });
  const c1 = participant({ row: 4, nik: '3671016607920008', name: 'JOKO SUPARMAN', kpj: '23010000001' });
  const c2 = participant({ row: 5, nik: NIK_D, name: 'JOKO SUPRAPTO', kpj: '23010000002' });
  const w5 = worker({ row: 9, nik: NIK_A, name: 'SITI AMINAH', wage: 2_169_348 });
  const w6 = worker({ row: 10, nik: '32730145019', name: '-MARYAM', wage: null });
  const bOnly = participant({ row: 6, nik: '3273015807800005', name: '+BUDI', kpj: '23015555555', wage: 1_800_000, membershipDate: '2021-03-01' });
  return {
    decisions: [
      decision(w1, 'registered', { bpjs: b1, score: 1, method: 'nik', flags: ['name_differs'], reasons: [msg('xlsx.col.nik')] }),
      decision(w2, 'unregistered', { reasons: [msg('xlsx.total')] }),
      decision(w3, 'inactive', { bpjs: b3, score: 0.97, method: 'nik' }),
      decision(w4, 'review', {
        score: 0.81234,
        method: 'fuzzy',
        candidates: [
          { bpjs: c1, score: 0.81234, reasons: [msg('xlsx.col.name')] },
          { bpjs: c2, score: 0.7, reasons: [msg('xlsx.col.birth_date')] },
        ],
      }),
      decision(w5, 'duplicate', { duplicateOf: w1, bpjs: b1 }),
      decision(w6, 'unregistered', { flags: ['nik_invalid'] }),
    ],
    bpjsOnly: [bOnly],
    notes: [msg('match.bpjs_without_birth_date')],
  };
}

export function sampleInput(over: Partial<ReportInput> = {}): ReportInput {
  const result = over.result ?? sampleResult();
  return {
    lang: 'id',
    result,
    summary: summarize(result),
    problems: [
      { kind: 'nik_invalid', at: { file: 'dinas-kesehatan.xlsx', sheet: 'Honorer', row: 10 }, column: 'nik', detail: msg('nik.wrong_length', { length: 11, nik: '32730145019' }) },
      { kind: 'date_invalid', at: { file: 'dinas-pendidikan.csv', sheet: '', row: 3 }, column: 'birth_date', detail: msg('date.invalid', { raw: '31/02/1990' }) },
    ],
    budget: {
      lines: [
        { agency: 'DINAS PENDIDIKAN', group: 'unregistered', program: 'jkm', workers: 1, monthlyEmployer: 7_500, monthlyWorker: 0, monthlyTotal: 7_500, periodEmployer: 90_000, periodWorker: 0, periodTotal: 90_000, riskClass: null },
        { agency: 'DINAS KESEHATAN', group: 'unregistered', program: 'jkk', workers: 2, monthlyEmployer: 3_600, monthlyWorker: 0, monthlyTotal: 3_600, periodEmployer: 43_200, periodWorker: 0, periodTotal: 43_200, riskClass: 'very_low' },
        { agency: 'DINAS KESEHATAN', group: 'unregistered', program: 'jkm', workers: 2, monthlyEmployer: 4_500, monthlyWorker: 0, monthlyTotal: 4_500, periodEmployer: 54_000, periodWorker: 0, periodTotal: 54_000, riskClass: null },
        { agency: 'DINAS PENDIDIKAN', group: 'unregistered', program: 'jkk', workers: 1, monthlyEmployer: 6_000, monthlyWorker: 0, monthlyTotal: 6_000, periodEmployer: 72_000, periodWorker: 0, periodTotal: 72_000, riskClass: 'very_low' },
        { agency: 'DINAS KESEHATAN', group: 'all_roster', program: 'jkk', workers: 4, monthlyEmployer: 10_000, monthlyWorker: 0, monthlyTotal: 10_000, periodEmployer: 120_000, periodWorker: 0, periodTotal: 120_000, riskClass: 'very_low' },
        { agency: 'DINAS KESEHATAN', group: 'all_roster', program: 'jht', workers: 4, monthlyEmployer: 37_000, monthlyWorker: 20_000, monthlyTotal: 57_000, periodEmployer: 444_000, periodWorker: 240_000, periodTotal: 684_000, riskClass: null },
        // The budget core appends its own TOTAL lines; the workbook must not count them twice.
        { agency: 'TOTAL', group: 'unregistered', program: 'jkk', workers: 3, monthlyEmployer: 9_600, monthlyWorker: 0, monthlyTotal: 9_600, periodEmployer: 115_200, periodWorker: 0, periodTotal: 115_200, riskClass: 'very_low' },
        { agency: 'TOTAL', group: 'unregistered', program: 'jkm', workers: 3, monthlyEmployer: 12_000, monthlyWorker: 0, monthlyTotal: 12_000, periodEmployer: 144_000, periodWorker: 0, periodTotal: 144_000, riskClass: null },
      ],
      notBudgeted: [{ at: { file: 'dinas-kesehatan.xlsx', sheet: 'Honorer', row: 10 }, name: '-MARYAM', agency: 'Dinas Kesehatan' }],
      notes: [msg('budget.rounding', { rule: 'half_up' })],
    },
    run: {
      rosterInputs: ['roster/dinas-kesehatan.xlsx', 'roster/dinas-pendidikan.csv'],
      bpjsInputs: ['bpjs/bpjs-export.csv'],
      settings: [[msg('xlsx.col.score'), '0.85']],
      notes: [],
    },
    mask: (v) => v,
    createdAt: new Date(Date.UTC(2026, 0, 1)),
    ...over,
  };
}
