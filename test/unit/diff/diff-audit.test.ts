// Why this file exists: a mutation audit of src/diff/diff-runs.ts and person-identity.ts found changes
// the existing tests let through: masked runs meeting BPJS-only rows, the NIK shown when it vanished
// this month, BPJS-side findings keyed by kind + detail, the order of same-row findings and of unknown
// budget groups, and who a finding on a duplicate row is about. All NIKs are synthetic.
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../../src/diff/diff-runs.js';
import { niksCompatible } from '../../../src/diff/person-identity.js';
import type { DiffItem } from '../../../src/diff/run-diff.js';
import type { RunSnapshot, SnapshotBudgetLine, SnapshotParticipant, SnapshotProblem, SnapshotWorker } from '../../../src/diff/run-snapshot.js';

// Synthetic people only: region 327301 with made-up serials.
const NIK_SITI = '3273014403900001';
const NIK_AGUS = '3273011203880002';
const masked = (nik: string): string => `${nik.slice(0, 4)}********${nik.slice(12)}`;

function worker(row: number, nik: string, name: string, status: SnapshotWorker['status'], extra: Partial<SnapshotWorker> = {}): SnapshotWorker {
  return { status, at: { file: 'roster.xlsx', sheet: 'OPD', row }, nik, name, agency: 'DINAS A', birthDate: '1990-03-04', flags: [], ...extra };
}

function participant(row: number, nik: string, name: string, extra: Partial<SnapshotParticipant> = {}): SnapshotParticipant {
  return { at: { file: 'bpjs.csv', sheet: '', row }, nik, name, birthDate: '1990-03-04', ...extra };
}

function problem(file: string, row: number, kind: string, detail: string, column = 'nik'): SnapshotProblem {
  return { at: { file, sheet: file.endsWith('.xlsx') ? 'OPD' : '', row }, column, kind, detail };
}

function run(parts: Partial<RunSnapshot>): RunSnapshot {
  return { workers: [], bpjsOnly: [], problems: [], budget: [], ...parts };
}

/** category:name:previous>current[:kind], compact enough to compare whole diffs. */
function summary(items: readonly DiffItem[]): string[] {
  return items.map((i) => `${i.category}:${i.name}:${i.previousStatus ?? '-'}>${i.currentStatus ?? '-'}${i.problem === null ? '' : `:${i.problem.kind}`}`);
}

describe('diffRuns: a masked run and BPJS-only people', () => {
  it('a run that masked NIKs only its BPJS-only rows show still switches to name + birth date', () => {
    // Last month every roster row lacked a NIK, so only bpjs_only.csv shows the mask. SITI was paid for
    // in BPJS then and is on a roster now: she is a new worker who came from bpjs_only, not from nowhere.
    const previous = run({ workers: [worker(2, '', 'AGUS SETIAWAN', 'review', { flags: ['nik_missing'], birthDate: '1988-03-12' })], bpjsOnly: [participant(7, masked(NIK_SITI), 'SITI AMINAH')] });
    const current = run({ workers: [worker(2, '', 'AGUS SETIAWAN', 'review', { flags: ['nik_missing'], birthDate: '1988-03-12' }), worker(3, NIK_SITI, 'SITI AMINAH', 'registered')] });
    const diff = diffRuns(previous, current);
    expect(diff.identity).toBe('name_birth_date');
    expect(diff.notes.map((n) => n.code)).toEqual(['diff.note.masked_nik']);
    expect(summary(diff.items)).toEqual(['newly_registered:SITI AMINAH:bpjs_only>registered', 'new_worker:SITI AMINAH:bpjs_only>registered']);
    expect(diff.items[0]?.previousAt).toEqual({ file: 'bpjs.csv', sheet: '', row: 7 });
  });

  it('a masked worker who left the roster is found in this month\'s unmasked bpjs_only', () => {
    const previous = run({ workers: [worker(2, masked(NIK_SITI), 'SITI AMINAH', 'registered')] });
    const current = run({ bpjsOnly: [participant(9, NIK_SITI, 'SITI AMINAH')] });
    const diff = diffRuns(previous, current);
    expect(summary(diff.items)).toEqual(['worker_gone:SITI AMINAH:registered>bpjs_only']);
    // The full NIK of the current run is the one shown (the shell masks it for the terminal).
    expect(diff.items.map((i) => i.nik)).toEqual([NIK_SITI]);
  });
});

describe('diffRuns: NIKs that cannot identify', () => {
  it('a placeholder NIK of 16 zeros (flagged nik_missing) does not make two people one', () => {
    // workers.csv writes the roster cell as typed when the NIK is missing, so "0000000000000000" has
    // 16 digits; the nik_missing flag is what says it is nobody's NIK.
    const zeros = '0000000000000000';
    const previous = run({ workers: [worker(2, zeros, 'SITI AMINAH', 'review', { flags: ['nik_missing'] })] });
    const current = run({ workers: [worker(2, zeros, 'AGUS SETIAWAN', 'review', { flags: ['nik_missing'], birthDate: '1988-03-12' })] });
    expect(summary(diffRuns(previous, current).items)).toEqual(['new_worker:AGUS SETIAWAN:absent>review', 'worker_gone:SITI AMINAH:review>absent']);
  });

  it('NIKs of different lengths are never compatible, whatever a prefix shows', () => {
    expect(niksCompatible(NIK_SITI, NIK_SITI.slice(0, 12))).toBe(false);
    expect(niksCompatible(NIK_SITI.slice(0, 12), NIK_SITI)).toBe(false);
    expect(niksCompatible(`${NIK_SITI}****`, NIK_SITI)).toBe(false);
  });
});

describe('diffRuns: what an item shows', () => {
  it('when the NIK vanished from the roster this month, the item still shows last month\'s NIK', () => {
    const previous = run({ workers: [worker(4, NIK_SITI, 'SITI AMINAH', 'registered')] });
    const current = run({ workers: [worker(4, '', 'SITI AMINAH', 'review', { flags: ['nik_missing'] })] });
    const items = diffRuns(previous, current).items;
    expect(summary(items)).toEqual(['lost_coverage:SITI AMINAH:registered>review']);
    expect(items[0]?.nik).toBe(NIK_SITI);
    expect(items[0]?.birthDate).toBe('1990-03-04');
  });

  it('a finding on a duplicate row names the person listed there, with the roster agency', () => {
    const current = run({
      workers: [worker(2, NIK_SITI, 'SITI AMINAH', 'registered'), worker(3, NIK_SITI, 'SITI AMINAH', 'duplicate', { agency: 'DINAS B' })],
      problems: [problem('roster.xlsx', 3, 'nik_duplicate', 'the same NIK already appears in row 2')],
    });
    const previous = run({ workers: [worker(2, NIK_SITI, 'SITI AMINAH', 'registered')] });
    const items = diffRuns(previous, current).items;
    expect(summary(items)).toEqual(['problem_new:SITI AMINAH:->-:nik_duplicate']);
    expect(items[0]).toMatchObject({ agency: 'DINAS B', nik: NIK_SITI, currentAt: { file: 'roster.xlsx', sheet: 'OPD', row: 3 }, previousAt: null });
  });
});

describe('diffRuns: findings not about a roster person', () => {
  it('a BPJS-side finding of the same kind with another detail is one fixed and one new', () => {
    const previous = run({ problems: [problem('bpjs-01.csv', 4, 'date_invalid', 'birth date "31-02-1990"')] });
    const current = run({ problems: [problem('bpjs-02.csv', 4, 'date_invalid', 'birth date "30-02-1991"')] });
    const items = diffRuns(previous, current).items;
    expect(items.map((i) => [i.category, i.problem?.detail])).toEqual([
      ['problem_fixed', 'birth date "31-02-1990"'],
      ['problem_new', 'birth date "30-02-1991"'],
    ]);
  });

  // Was a bug (src/diff/diff-runs.ts): findings on duplicate rows were keyed by kind + detail, and a
  // nik_duplicate detail names the first row ("…already appears in row 3"), so when someone above
  // leaves and the rows shift, the unchanged duplicate shows up as one problem fixed plus one new.
  it('a person still listed twice after the rows shifted has no fixed or new finding', () => {
    const previous = run({
      workers: [worker(2, NIK_AGUS, 'AGUS SETIAWAN', 'unregistered', { birthDate: '1988-03-12' }), worker(3, NIK_SITI, 'SITI AMINAH', 'registered'), worker(4, NIK_SITI, 'SITI AMINAH', 'duplicate')],
      problems: [problem('roster.xlsx', 4, 'nik_duplicate', 'the same NIK already appears in row 3')],
    });
    const current = run({
      workers: [worker(2, NIK_SITI, 'SITI AMINAH', 'registered'), worker(3, NIK_SITI, 'SITI AMINAH', 'duplicate')],
      problems: [problem('roster.xlsx', 3, 'nik_duplicate', 'the same NIK already appears in row 2')],
    });
    expect(summary(diffRuns(previous, current).items)).toEqual(['worker_gone:AGUS SETIAWAN:unregistered>absent']);
  });
});

describe('diffRuns: a stable order (byte-identical reruns)', () => {
  it('two new findings on one person\'s row come out in the same order whatever order problems.csv lists them', () => {
    const previous = run({ workers: [worker(5, NIK_SITI, 'SITI AMINAH', 'registered')] });
    // Indonesian details sort the other way round from the kinds, so the kind must decide.
    const findings = [problem('roster.xlsx', 5, 'wage_invalid', 'gaji "abc"', 'wage'), problem('roster.xlsx', 5, 'date_invalid', 'tanggal lahir "1990-02-30"', 'birth_date')];
    const one = diffRuns(previous, run({ workers: previous.workers, problems: findings })).items;
    const other = diffRuns(previous, run({ workers: previous.workers, problems: [...findings].reverse() })).items;
    expect(one).toEqual(other);
    expect(one.map((i) => i.problem?.kind)).toEqual(['date_invalid', 'wage_invalid']);
  });

  it('two BPJS-side findings of one kind on one row are ordered by their detail', () => {
    const findings = [problem('bpjs.csv', 8, 'date_invalid', 'membership date "2020-13-01"'), problem('bpjs.csv', 8, 'date_invalid', 'birth date "31-02-1990"')];
    const one = diffRuns(run({}), run({ problems: findings })).items;
    const other = diffRuns(run({}), run({ problems: [...findings].reverse() })).items;
    expect(one).toEqual(other);
    expect(one.map((i) => i.problem?.detail)).toEqual(['birth date "31-02-1990"', 'membership date "2020-13-01"']);
  });

  it('budget groups the diff does not know come after the known ones, in name order', () => {
    const line = (group: string, periodTotal: number): SnapshotBudgetLine => ({ agency: 'DINAS A', group, program: 'jkk', periodTotal });
    const lines = [line('zeta_group', 10), line('unregistered', 20), line('alpha_group', 30)];
    const forward = diffRuns(run({}), run({ budget: lines })).budget;
    const backward = diffRuns(run({}), run({ budget: [...lines].reverse() })).budget;
    expect(forward.map((b) => b.group)).toEqual(['unregistered', 'alpha_group', 'zeta_group']);
    expect(backward).toEqual(forward);
  });
});
