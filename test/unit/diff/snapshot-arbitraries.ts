import fc from 'fast-check';
import { BUDGET_GROUPS } from '../../../src/budget/budget-group.js';
import { WORKER_STATUSES } from '../../../src/match/match-decision.js';
import type { RunSnapshot, SnapshotBudgetLine, SnapshotParticipant, SnapshotProblem, SnapshotWorker } from '../../../src/diff/run-snapshot.js';

/**
 * fast-check arbitraries for RunSnapshot, as `rekon reconcile --out` would write them: people drawn
 * from a small cast (so they recur across runs), each person on one row per run. All NIKs are
 * synthetic (kecamatan 32 73 01 / 36 71 01, made-up serials).
 */
export interface Person {
  readonly nik: string;
  readonly name: string;
  readonly birthDate: string;
}

export const CAST: readonly Person[] = [
  { nik: '3273014403900001', name: 'SITI AMINAH', birthDate: '1990-03-04' },
  { nik: '3273011203880002', name: 'AGUS SETIAWAN', birthDate: '1988-03-12' },
  { nik: '3671015104870003', name: 'SRI MULYANI', birthDate: '1987-04-11' },
  { nik: '3671015104870004', name: 'Sri  Mulyani', birthDate: '1987-04-12' },
  { nik: '3671016108920005', name: 'DEWI LESTARI, S.Pd.', birthDate: '1992-08-21' },
  { nik: '3273010909910006', name: 'H. MUHAMMAD YUSUF', birthDate: '' },
  { nik: '3273010505850007', name: 'DJOKO SOEPRIJADI', birthDate: '1985-05-05' },
  { nik: '3671012202990008', name: 'ratna sari', birthDate: '1999-02-22' },
];

export const AGENCIES = ['DINAS A', 'DINAS B', 'Dinas Kesehatan', 'TOTAL'] as const;

/** "3273********0001": how --mask-nik writes a NIK. */
export const maskedNik = (nik: string): string => `${nik.slice(0, 4)}********${nik.slice(12)}`;

/** How a person's NIK appears in one run: as written, masked, or unusable (and flagged so). */
type NikForm = 'full' | 'masked' | 'missing' | 'invalid';
const nikForm: fc.Arbitrary<NikForm> = fc.constantFrom('full', 'full', 'full', 'missing', 'invalid');

function nikAndFlags(p: Person, form: NikForm): { nik: string; flags: string[] } {
  switch (form) {
    case 'full':
      return { nik: p.nik, flags: [] };
    case 'masked':
      return { nik: maskedNik(p.nik), flags: [] };
    case 'missing':
      return { nik: '', flags: ['nik_missing'] };
    case 'invalid':
      return { nik: p.nik.slice(0, 15), flags: ['nik_invalid'] };
  }
}

export interface SnapshotOptions {
  /** Write every NIK masked, as a run with --mask-nik does. */
  readonly masked?: boolean;
}

const PROBLEM_KINDS = ['nik_missing', 'date_invalid', 'wage_invalid', 'nik_duplicate'] as const;

/**
 * One run: each person of the cast is on a roster row, in bpjs_only, or in neither; plus `duplicate`
 * rows, problems on those rows or on BPJS rows, and budget lines. Rows are unique per file.
 */
export function snapshotArb(options: SnapshotOptions = {}): fc.Arbitrary<RunSnapshot> {
  const placement = fc.record({
    where: fc.constantFrom('roster', 'roster', 'bpjs', 'none'),
    status: fc.constantFrom(...WORKER_STATUSES.filter((s) => s !== 'duplicate')),
    agency: fc.constantFrom(...AGENCIES),
    form: options.masked === true ? fc.constant<NikForm>('masked') : nikForm,
    duplicated: fc.boolean(),
  });
  const problem = fc.record({ on: fc.nat(40), kind: fc.constantFrom(...PROBLEM_KINDS), detail: fc.constantFrom('x', 'y') });
  const line = fc.record({
    agency: fc.constantFrom(...AGENCIES, 'DINAS Z'),
    group: fc.constantFrom(...BUDGET_GROUPS, 'later_group'),
    program: fc.constantFrom('jkk', 'jkm', 'jkp'),
    periodTotal: fc.integer({ min: -1_000_000, max: 50_000_000 }),
    periodEmployer: fc.integer({ min: -1_000_000, max: 50_000_000 }),
  });
  return fc
    .record({
      placements: fc.array(placement, { minLength: CAST.length, maxLength: CAST.length }),
      problems: fc.array(problem, { maxLength: 8 }),
      budget: fc.array(line, { maxLength: 10 }),
    })
    .map(({ placements, problems, budget }) => {
      const workers: SnapshotWorker[] = [];
      const bpjsOnly: SnapshotParticipant[] = [];
      placements.forEach((pl, i) => {
        const person = CAST[i] as Person;
        const { nik, flags } = nikAndFlags(person, pl.form);
        if (pl.where === 'roster') {
          const row = 2 + workers.length;
          workers.push({ status: pl.status, at: { file: 'roster.xlsx', sheet: 'OPD', row }, nik, name: person.name, agency: pl.agency, birthDate: person.birthDate, flags });
          if (pl.duplicated) {
            workers.push({ status: 'duplicate', at: { file: 'roster.xlsx', sheet: 'OPD', row: row + 1 }, nik, name: person.name, agency: pl.agency, birthDate: person.birthDate, flags });
          }
        } else if (pl.where === 'bpjs') {
          bpjsOnly.push({ at: { file: 'bpjs.csv', sheet: '', row: 2 + bpjsOnly.length }, nik, name: person.name, birthDate: person.birthDate });
        }
      });
      const places = [...workers.map((w) => w.at), ...bpjsOnly.map((p) => p.at), { file: 'bpjs.csv', sheet: '', row: 999 }];
      const seen = new Set<string>();
      const problemRows: SnapshotProblem[] = [];
      for (const p of problems) {
        const at = places[p.on % places.length]!;
        const key = `${at.file}|${at.row}|${p.kind}`;
        if (seen.has(key)) continue; // one finding of a kind per row
        seen.add(key);
        problemRows.push({ at, column: 'nik', kind: p.kind, detail: p.detail, message: { code: `test.${p.detail}`, params: {} } });
      }
      return { workers, bpjsOnly, problems: problemRows, budget: budget as SnapshotBudgetLine[] };
    });
}

/** The same items in another order, from a seed (Fisher–Yates on a small LCG). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
