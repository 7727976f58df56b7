// Why this file exists: src/diff/run-snapshot.ts is the contract between the reader of a reconcile
// `--out` folder (src/io/read-run-dir.ts) and the month-over-month diff (src/diff/diff-runs.ts). It holds
// types only, so the first half of this file pins them at the type level (checked by `tsc`, which the
// project runs over test/): a field renamed, widened or made mutable breaks these lines. The second half
// checks what the contract means at run time: a snapshot is a set of people and findings, not of row
// positions, so diffing a run with itself, or with its rows in another order, shows nothing new.
// All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { diffRuns } from '../../../src/diff/diff-runs.js';
import type { RunSnapshot, SnapshotBudgetLine, SnapshotParticipant, SnapshotProblem, SnapshotWorker } from '../../../src/diff/run-snapshot.js';
import type { Message } from '../../../src/i18n/message.js';
import type { Provenance } from '../../../src/io/provenance.js';
import { readRunDir } from '../../../src/io/read-run-dir.js';
import type { WorkerStatus } from '../../../src/match/match-decision.js';
import { shuffled, snapshotArb } from './snapshot-arbitraries.js';

describe('RunSnapshot: the types', () => {
  it('a snapshot is four read-only lists, one per file of the run, and the budget settings of summary.json', () => {
    expectTypeOf<RunSnapshot>().toEqualTypeOf<{
      readonly workers: readonly SnapshotWorker[];
      readonly bpjsOnly: readonly SnapshotParticipant[];
      readonly problems: readonly SnapshotProblem[];
      readonly budget: readonly SnapshotBudgetLine[];
      readonly budgetSettings?: Readonly<Record<string, string>> | null;
    }>();
  });

  it('a workers.csv row: a roster status (duplicate included), where it is, and text fields as written', () => {
    expectTypeOf<SnapshotWorker>().toEqualTypeOf<{
      readonly status: WorkerStatus;
      readonly at: Provenance;
      readonly nik: string;
      readonly name: string;
      readonly agency: string;
      readonly birthDate: string;
      readonly flags: readonly string[];
      readonly kpj?: string;
    }>();
    // 'duplicate' is a status a snapshot worker may have; a diff-only status is not.
    expectTypeOf<'duplicate'>().toExtend<SnapshotWorker['status']>();
    expectTypeOf<'bpjs_only'>().not.toExtend<SnapshotWorker['status']>();
    // Text, never a number: a NIK above 2^53 would lose digits (DOMAIN.md §1.5).
    expectTypeOf<SnapshotWorker['nik']>().toEqualTypeOf<string>();
  });

  it('a bpjs_only.csv row has no status and no agency', () => {
    expectTypeOf<SnapshotParticipant>().toEqualTypeOf<{ readonly at: Provenance; readonly nik: string; readonly name: string; readonly birthDate: string; readonly kpj?: string }>();
  });

  it('a problems.csv row keeps the rendered detail as text, and the detail as code + parameters when the run wrote them', () => {
    expectTypeOf<SnapshotProblem>().toEqualTypeOf<{ readonly at: Provenance; readonly column: string; readonly kind: string; readonly detail: string; readonly message?: Message | null }>();
  });

  it('a budget.csv line: agency × group × program, its period total and (when the run wrote it) employer share as numbers', () => {
    expectTypeOf<SnapshotBudgetLine>().toEqualTypeOf<{ readonly agency: string; readonly group: string; readonly program: string; readonly periodTotal: number; readonly periodEmployer?: number | null }>();
  });

  it('is what the reader returns and what the diff takes', () => {
    expectTypeOf(readRunDir).returns.resolves.toEqualTypeOf<RunSnapshot>();
    expectTypeOf(diffRuns).parameters.toEqualTypeOf<[RunSnapshot, RunSnapshot]>();
  });

  it('cannot be changed once read, and keeps its value types', () => {
    // Type-level only (tsc reports an unused @ts-expect-error if a line below starts to compile); the
    // function is never called, so nothing is mutated at run time.
    const _mustNotCompile = (run: RunSnapshot, worker: SnapshotWorker): void => {
      // @ts-expect-error -- the lists are read-only
      run.workers.push(worker);
      // @ts-expect-error -- so are the fields
      worker.nik = '3273014403900001';
      // @ts-expect-error -- and the flags
      worker.flags.push('nik_missing');
      // @ts-expect-error -- a person status of the diff is not a roster status
      const _absent: SnapshotWorker = { ...worker, status: 'absent' };
      // @ts-expect-error -- a period total is a number, not the CSV text
      const _text: SnapshotBudgetLine = { agency: 'A', group: 'unregistered', program: 'jkk', periodTotal: '172800' };
      // @ts-expect-error -- a participant has no agency (BPJS-only people belong to none)
      const _agency: SnapshotParticipant = { at: worker.at, nik: '', name: '', birthDate: '', agency: 'DINAS A' };
    };
    expectTypeOf(_mustNotCompile).parameters.toEqualTypeOf<[RunSnapshot, SnapshotWorker]>();
  });
});

describe('RunSnapshot: people, not row positions', () => {
  it('diffing a run with itself shows no change and an unchanged budget', () => {
    fc.assert(
      fc.property(snapshotArb(), (run) => {
        const diff = diffRuns(run, structuredClone(run));
        expect(diff.items).toEqual([]);
        for (const b of diff.budget) {
          expect(b.previous).not.toBeNull();
          expect(b.current).toBe(b.previous);
          expect(b.change).toBe(0);
        }
      }),
    );
  });

  it('diffing a masked run with itself shows no change either (people recognised by name + birth date)', () => {
    fc.assert(
      fc.property(snapshotArb({ masked: true }), (run) => {
        const diff = diffRuns(run, structuredClone(run));
        expect(diff.items).toEqual([]);
        expect(diff.identity).toBe(run.workers.length + run.bpjsOnly.length === 0 ? 'nik' : 'name_birth_date');
      }),
    );
  });

  it('the order of the rows in either run does not change the diff', () => {
    fc.assert(
      fc.property(snapshotArb(), snapshotArb(), fc.integer(), (previous, current, seed) => {
        const reorder = (run: RunSnapshot, s: number): RunSnapshot => ({
          workers: shuffled(run.workers, s),
          bpjsOnly: shuffled(run.bpjsOnly, s + 1),
          problems: run.problems,
          budget: shuffled(run.budget, s + 2),
        });
        expect(diffRuns(reorder(previous, seed), reorder(current, seed + 7))).toEqual(diffRuns(previous, current));
      }),
    );
  });

  it('does not keep or change the snapshots it is given', () => {
    fc.assert(
      fc.property(snapshotArb(), snapshotArb(), (previous, current) => {
        const before = structuredClone([previous, current]);
        diffRuns(previous, current);
        expect([previous, current]).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });

  // A roster row with neither a usable NIK nor a name (NIK "-", name "-", both kept as data rows) is known
  // by its place only; the same row in an unchanged roster used to be a worker gone plus a new worker.
  it('a row without NIK or name that is still there is not a change', () => {
    const row: SnapshotWorker = { status: 'review', at: { file: 'roster.xlsx', sheet: 'OPD', row: 9 }, nik: '', name: '-', agency: 'DINAS A', birthDate: '', flags: ['nik_missing'] };
    const run: RunSnapshot = { workers: [row], bpjsOnly: [], problems: [{ at: row.at, column: 'name', kind: 'name_missing', detail: 'the name is empty' }], budget: [] };
    expect(diffRuns(run, structuredClone(run)).items).toEqual([]);
  });
});
