// Why this file exists: src/budget/budget-input.ts turns matcher decisions, or bare roster rows, into
// what computeBudget reads. Its two rules decide money: the BPJS wage is taken only from the matched
// participant, and without the matcher a repeated valid NIK is `duplicate` (budgeted once) while rows
// without a valid NIK are all kept. Both are generators read lazily (a million inputs are never held at
// once). Until now they were only exercised through computeBudget. All NIKs are synthetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetInputsFromDecisions, budgetInputsFromWorkers, type BudgetInput } from '../../../src/budget/budget-input.js';
import type { WorkerDecision } from '../../../src/match/match-decision.js';
import type { ParsedNik } from '../../../src/normalize/parsed-nik.js';
import type { Worker } from '../../../src/normalize/person-record.js';
import { makeWorker } from '../match/make-records.js';
import { decision, participant, validNik, worker } from './budget-fixtures.js';

const NIK_A = '3273014403900001';
const NIK_B = '3273015507880002';

/** A worker whose NIK cell went through the real parser (`{ excel }` = a numeric Excel cell). */
function parsedWorker(seq: number, nik: string | { excel: string } | null, agency = 'DINAS A'): Worker {
  return makeWorker(seq, { nik, agency, wage: 1_000_000 + seq });
}

/** An array whose item `index` throws when read: proves a generator reads no further than asked. */
function trapAt<T>(items: T[], index: number): T[] {
  const out = [...items];
  Object.defineProperty(out, index, {
    get() {
      throw new Error(`item ${index} was read`);
    },
  });
  return out;
}

describe('budgetInputsFromDecisions', () => {
  it('gives one input per decision, in order, with the row itself as `at`', () => {
    const w1 = worker(0, 'DINAS A', 2_500_000, NIK_A);
    const w2 = worker(1, 'DINAS B', null);
    const w3 = worker(2, 'DINAS A', 1_800_000, NIK_B);
    const decisions = [decision(w1, 'registered', 2_200_000), decision(w2, 'unregistered'), decision(w3, 'inactive', null)];
    const inputs = [...budgetInputsFromDecisions(decisions)];
    expect(inputs).toStrictEqual<BudgetInput[]>([
      { at: w1, agency: 'DINAS A', status: 'registered', rosterWage: 2_500_000, bpjsWage: 2_200_000, deceased: false },
      { at: w2, agency: 'DINAS B', status: 'unregistered', rosterWage: null, bpjsWage: null, deceased: false },
      { at: w3, agency: 'DINAS A', status: 'inactive', rosterWage: 1_800_000, bpjsWage: null, deceased: false },
    ]);
    // Not a copy: the record is its own provenance (the budget copies it only when it keeps it).
    expect(inputs.map((i) => i.at)).toEqual([w1, w2, w3]);
    inputs.forEach((input, i) => expect(input.at).toBe(decisions[i]?.worker));
  });

  it('takes the BPJS wage from the matched participant only, never from the roster', () => {
    const w = worker(0, 'DINAS A', 3_000_000, NIK_A);
    const unmatched: WorkerDecision = { ...decision(w, 'review'), bpjs: null };
    const matchedNoWage: WorkerDecision = { ...decision(w, 'registered'), bpjs: participant(0, null) };
    const matchedZero: WorkerDecision = { ...decision(w, 'registered'), bpjs: participant(0, 0) };
    expect([...budgetInputsFromDecisions([unmatched, matchedNoWage, matchedZero])].map((i) => i.bpjsWage)).toEqual([null, null, 0]);
  });

  it('passes every status through, a duplicate with the earlier row\'s match wage', () => {
    const first = worker(0, 'DINAS A', 2_000_000, NIK_A);
    const again = worker(1, 'DINAS B', 2_100_000, NIK_A);
    const dup: WorkerDecision = { ...decision(again, 'duplicate'), bpjs: participant(0, 1_900_000), duplicateOf: first };
    const statuses = ['registered', 'inactive', 'unregistered', 'review'] as const;
    const inputs = [...budgetInputsFromDecisions([...statuses.map((s) => decision(first, s, 5)), dup])];
    expect(inputs.map((i) => i.status)).toEqual([...statuses, 'duplicate']);
    // The duplicate counts under its own agency and roster wage.
    expect(inputs[4]).toStrictEqual({ at: again, agency: 'DINAS B', status: 'duplicate', rosterWage: 2_100_000, bpjsWage: 1_900_000, deceased: false });
  });

  // Exploratory round 4, C06: a dead participant cannot be reactivated.
  it('marks an inactive match to a participant BPJS records as deceased, and only that', () => {
    const w = worker(0, 'DINAS A', 2_000_000, NIK_A);
    const withStatus = (status: 'inactive' | 'registered', raw: string): WorkerDecision => {
      const d = decision(w, status);
      return { ...d, bpjs: { ...participant(0, null), status: status === 'inactive' ? 'inactive' : 'active', statusRaw: raw } };
    };
    const inputs = [...budgetInputsFromDecisions([withStatus('inactive', 'Meninggal'), withStatus('inactive', 'MD'), withStatus('inactive', 'NON AKTIF'), withStatus('inactive', 'KELUAR')])];
    expect(inputs.map((i) => i.deceased)).toEqual([true, true, false, false]);
  });

  it('keeps the agency as the roster wrote it (grouping by agencyKey is the budget\'s job)', () => {
    const w = worker(0, '  dinas   kesehatan ', 1);
    expect([...budgetInputsFromDecisions([decision(w, 'unregistered')])][0]?.agency).toBe('  dinas   kesehatan ');
  });

  it('gives nothing for no decisions', () => {
    expect([...budgetInputsFromDecisions([])]).toEqual([]);
  });

  it('makes each input as it is read, not all of them up front', () => {
    const decisions = trapAt([decision(worker(0, 'A', 1), 'unregistered'), decision(worker(1, 'A', 2), 'unregistered')], 1);
    const inputs = budgetInputsFromDecisions(decisions);
    expect(inputs.next().value).toMatchObject({ rosterWage: 1 });
    expect(() => inputs.next()).toThrow('item 1 was read');
  });
});

describe('budgetInputsFromWorkers', () => {
  it('marks every later row with a valid NIK already seen as duplicate; the first stays null', () => {
    const rows = [worker(0, 'DINAS A', 1_000_000, NIK_A), worker(1, 'DINAS A', 1_100_000, NIK_B), worker(2, 'DINAS B', 1_200_000, NIK_A), worker(3, 'DINAS A', 1_300_000, NIK_A)];
    expect([...budgetInputsFromWorkers(rows)]).toStrictEqual<BudgetInput[]>([
      { at: rows[0]!, agency: 'DINAS A', status: null, rosterWage: 1_000_000, bpjsWage: null },
      { at: rows[1]!, agency: 'DINAS A', status: null, rosterWage: 1_100_000, bpjsWage: null },
      // Another agency does not make it another person.
      { at: rows[2]!, agency: 'DINAS B', status: 'duplicate', rosterWage: 1_200_000, bpjsWage: null },
      { at: rows[3]!, agency: 'DINAS A', status: 'duplicate', rosterWage: 1_300_000, bpjsWage: null },
    ]);
  });

  it('the earlier row in the given order is the one kept', () => {
    const a = worker(0, 'DINAS A', 1, NIK_A);
    const b = worker(1, 'DINAS B', 2, NIK_A);
    expect([...budgetInputsFromWorkers([a, b])].map((i) => [i.agency, i.status])).toEqual([['DINAS A', null], ['DINAS B', 'duplicate']]);
    expect([...budgetInputsFromWorkers([b, a])].map((i) => [i.agency, i.status])).toEqual([['DINAS B', null], ['DINAS A', 'duplicate']]);
  });

  it('keeps all rows without a valid NIK, even with the same text in the NIK column', () => {
    const rows = [
      parsedWorker(0, null),
      parsedWorker(1, null),
      parsedWorker(2, '-'),
      parsedWorker(3, '-'),
      parsedWorker(4, '198703122010011004'), // an 18-digit NIP
      parsedWorker(5, '198703122010011004'),
      parsedWorker(6, { excel: '3273014403900010' }), // a numeric cell: 16th digit lost
      parsedWorker(7, { excel: '3273014403900010' }),
    ];
    expect(rows.map((r) => r.nik.status)).toEqual(['missing', 'missing', 'missing', 'missing', 'invalid', 'invalid', 'excel_damaged', 'excel_damaged']);
    expect([...budgetInputsFromWorkers(rows)].map((i) => i.status)).toEqual(Array(8).fill(null));
  });

  it('a damaged NIK does not make a later valid NIK with the same digits a duplicate, nor the reverse', () => {
    const damaged = parsedWorker(0, { excel: '3273014403900010' });
    const valid = parsedWorker(1, '3273014403900010');
    expect(valid.nik.status).toBe('valid');
    expect([...budgetInputsFromWorkers([damaged, valid, damaged])].map((i) => i.status)).toEqual([null, null, null]);
  });

  it('NIKs typed with spaces or dots are the same NIK once parsed', () => {
    const rows = [parsedWorker(0, '3273 0144 0390 0001'), parsedWorker(1, '3273.0144.0390.0001'), parsedWorker(2, "'3273014403900001")];
    expect(rows.every((r) => r.nik.status === 'valid' && r.nik.nik === NIK_A)).toBe(true);
    expect([...budgetInputsFromWorkers(rows)].map((i) => i.status)).toEqual([null, 'duplicate', 'duplicate']);
  });

  it('a valid status with a null NIK (never expected) is not a duplicate', () => {
    const odd: ParsedNik = { ...validNik(NIK_A), nik: null };
    const rows = [{ ...worker(0, 'A', 1), nik: odd }, { ...worker(1, 'A', 1), nik: odd }];
    expect([...budgetInputsFromWorkers(rows)].map((i) => i.status)).toEqual([null, null]);
  });

  it('makes each input as it is read, not all of them up front', () => {
    const inputs = budgetInputsFromWorkers(trapAt([worker(0, 'A', 7, NIK_A), worker(1, 'A', 8, NIK_A)], 1));
    expect(inputs.next().value).toMatchObject({ rosterWage: 7, status: null });
    expect(() => inputs.next()).toThrow('item 1 was read');
  });

  it('marks the rows a given rule says (rekon budget passes the matcher\'s duplicates), not the NIK-only default', () => {
    const rows = [worker(0, 'A', 1, NIK_A), worker(1, 'A', 2, NIK_A), worker(2, 'B', 3, NIK_B)];
    expect([...budgetInputsFromWorkers(rows, (i) => i === 2)].map((r) => r.status)).toEqual([null, null, 'duplicate']);
  });

  it('a fresh call starts with nothing seen', () => {
    const rows = [worker(0, 'A', 1, NIK_A)];
    expect([...budgetInputsFromWorkers(rows)][0]?.status).toBeNull();
    expect([...budgetInputsFromWorkers(rows)][0]?.status).toBeNull();
  });

  it('property: one input per row; the non-duplicates are the first row of each valid NIK and every row without one', () => {
    const row = fc.record({ nik: fc.option(fc.constantFrom(NIK_A, NIK_B, '9471021506900007', '3671011203950003'), { nil: null }), wage: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (specs) => {
        const workers = specs.map((s, i) => worker(i, `OPD ${i % 3}`, s.wage, s.nik));
        const inputs = [...budgetInputsFromWorkers(workers)];
        expect(inputs).toHaveLength(workers.length);
        const firstOf = new Map<string, number>();
        specs.forEach((s, i) => {
          if (s.nik !== null && !firstOf.has(s.nik)) firstOf.set(s.nik, i);
        });
        inputs.forEach((input, i) => {
          const s = specs[i]!;
          const kept = s.nik === null || firstOf.get(s.nik) === i;
          expect(input).toStrictEqual({ at: workers[i], agency: `OPD ${i % 3}`, status: kept ? null : 'duplicate', rosterWage: s.wage, bpjsWage: null });
        });
        // Budgeted people = distinct valid NIKs + rows without one.
        expect(inputs.filter((i) => i.status === null)).toHaveLength(firstOf.size + specs.filter((s) => s.nik === null).length);
      }),
    );
  });
});
