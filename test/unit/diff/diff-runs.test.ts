import { describe, expect, it } from 'vitest';
import { budgetSettingsDiffer, diffRuns, trackCategories } from '../../../src/diff/diff-runs.js';
import type { DiffCategory, PersonStatus } from '../../../src/diff/diff-category.js';
import type { RunSnapshot, SnapshotBudgetLine, SnapshotParticipant, SnapshotProblem, SnapshotWorker } from '../../../src/diff/run-snapshot.js';
import type { DiffItem } from '../../../src/diff/run-diff.js';
import type { Message } from '../../../src/i18n/message.js';

// Synthetic people only: region 327301 / 367101 with made-up serials.
const NIK_A = '3273014403900001';
const NIK_B = '3273015507880002';
const NIK_C = '3671011203950003';
const NIK_D = '3671016108920004';

function worker(row: number, nik: string, name: string, status: SnapshotWorker['status'], extra: Partial<SnapshotWorker> = {}): SnapshotWorker {
  return { status, at: { file: 'roster.csv', sheet: '', row }, nik, name, agency: 'DINAS A', birthDate: '1990-03-04', flags: [], ...extra };
}

function participant(row: number, nik: string, name: string, extra: Partial<SnapshotParticipant> = {}): SnapshotParticipant {
  return { at: { file: 'bpjs.csv', sheet: '', row }, nik, name, birthDate: '1990-03-04', ...extra };
}

function run(parts: { workers?: SnapshotWorker[]; bpjsOnly?: SnapshotParticipant[]; problems?: SnapshotProblem[]; budget?: SnapshotBudgetLine[] }): RunSnapshot {
  return { workers: parts.workers ?? [], bpjsOnly: parts.bpjsOnly ?? [], problems: parts.problems ?? [], budget: parts.budget ?? [] };
}

/** category:name:previous→current, compact enough to compare whole diffs in a table. */
function summary(items: readonly DiffItem[]): string[] {
  return items.map((i) => `${i.category}:${i.name}:${i.previousStatus ?? '-'}>${i.currentStatus ?? '-'}${i.problem === null ? '' : `:${i.problem.kind}`}`);
}

describe('diffRuns: categories', () => {
  it.each([
    {
      description: 'nothing changed: no items',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      expected: [],
    },
    {
      description: 'unregistered → registered is newly_registered',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'unregistered')] }),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      expected: ['newly_registered:SITI AMINAH:unregistered>registered'],
    },
    {
      description: 'inactive → registered (reactivated) is newly_registered',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'inactive')] }),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      expected: ['newly_registered:SITI AMINAH:inactive>registered'],
    },
    {
      description: 'registered → inactive is lost_coverage',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'inactive')] }),
      expected: ['lost_coverage:SITI AMINAH:registered>inactive'],
    },
    {
      description: 'registered → review is lost_coverage',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'review')] }),
      expected: ['lost_coverage:SITI AMINAH:registered>review'],
    },
    {
      description: 'a registered worker who left the rosters but is still in BPJS: worker_gone only (not unprotected)',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      current: run({ bpjsOnly: [participant(5, NIK_A, 'SITI AMINAH')] }),
      expected: ['worker_gone:SITI AMINAH:registered>bpjs_only'],
    },
    {
      description: 'a registered worker gone from both files',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      current: run({}),
      expected: ['worker_gone:SITI AMINAH:registered>absent'],
    },
    {
      description: 'an unregistered worker who left is only worker_gone',
      previous: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'unregistered')] }),
      current: run({}),
      expected: ['worker_gone:SITI AMINAH:unregistered>absent'],
    },
    {
      description: 'a new worker registered at once: new_worker and newly_registered',
      previous: run({}),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      expected: ['newly_registered:SITI AMINAH:absent>registered', 'new_worker:SITI AMINAH:absent>registered'],
    },
    {
      description: 'a new worker who was bpjs_only last month',
      previous: run({ bpjsOnly: [participant(4, NIK_A, 'SITI AMINAH')] }),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] }),
      expected: ['newly_registered:SITI AMINAH:bpjs_only>registered', 'new_worker:SITI AMINAH:bpjs_only>registered'],
    },
    {
      description: 'an unregistered new worker is only new_worker',
      previous: run({}),
      current: run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'unregistered')] }),
      expected: ['new_worker:SITI AMINAH:absent>unregistered'],
    },
    {
      description: 'bpjs_only people on their own are not changes',
      previous: run({ bpjsOnly: [participant(4, NIK_A, 'SITI AMINAH')] }),
      current: run({ bpjsOnly: [participant(9, NIK_B, 'AGUS SETIAWAN')] }),
      expected: [],
    },
  ])('$description', ({ previous, current, expected }) => {
    expect(summary(diffRuns(previous, current).items)).toEqual(expected);
  });
});

describe('diffRuns: agency_changed (a worker moved to another agency between the runs)', () => {
  // Exploratory repro 09: IMAS left DLH's roster and joined SATPOL PP's; "No changes." while both budget lines moved.
  const moved = (status: SnapshotWorker['status'], agency: string, row = 3): SnapshotWorker => worker(row, NIK_B, 'IMAS SARTIKA', status, { agency });
  const asep = worker(2, NIK_A, 'ASEP SURYANA', 'registered', { agency: 'DLH' });

  it('lists the move once, with the old and the new agency, and not as a worker gone plus a new one', () => {
    const diff = diffRuns(run({ workers: [asep, moved('registered', 'DLH')] }), run({ workers: [asep, moved('registered', 'SATPOL PP', 4)] }));
    expect(diff.items).toEqual([
      {
        category: 'agency_changed',
        agency: 'SATPOL PP',
        previousAgency: 'DLH',
        name: 'IMAS SARTIKA',
        nik: NIK_B,
        birthDate: '1990-03-04',
        previousStatus: 'registered',
        currentStatus: 'registered',
        previousAt: { file: 'roster.csv', sheet: '', row: 3 },
        currentAt: { file: 'roster.csv', sheet: '', row: 4 },
        problem: null,
      },
    ]);
  });

  it('is no move when the agency is written with other case or spacing (the budget groups them as one)', () => {
    const diff = diffRuns(run({ workers: [moved('registered', 'Satpol  PP')] }), run({ workers: [moved('registered', ' SATPOL PP')] }));
    expect(diff.items).toEqual([]);
  });

  it('names both agencies as the per-agency table and the budget do (their key), not as a roster wrote them', () => {
    const diff = diffRuns(run({ workers: [moved('registered', 'dlh ')] }), run({ workers: [moved('unregistered', 'Satpol  PP')] }));
    expect(diff.items.map((i) => [i.category, i.agency, i.previousAgency])).toEqual([
      ['lost_coverage', 'SATPOL PP', ''],
      ['agency_changed', 'SATPOL PP', 'DLH'],
    ]);
  });

  it('a move with a status change is both: the status category and agency_changed', () => {
    const diff = diffRuns(run({ workers: [moved('registered', 'DLH')] }), run({ workers: [moved('inactive', 'SATPOL PP')] }));
    expect(summary(diff.items)).toEqual(['lost_coverage:IMAS SARTIKA:registered>inactive', 'agency_changed:IMAS SARTIKA:registered>inactive']);
    expect(diff.items.map((i) => `${i.previousAgency}>${i.agency}`)).toEqual(['>SATPOL PP', 'DLH>SATPOL PP']);
  });

  it('leaving the rosters is no move, even while still in BPJS', () => {
    const diff = diffRuns(run({ workers: [moved('registered', 'DLH')] }), run({ bpjsOnly: [participant(5, NIK_B, 'IMAS SARTIKA')] }));
    expect(summary(diff.items)).toEqual(['worker_gone:IMAS SARTIKA:registered>bpjs_only']);
  });
});

describe('diffRuns: identity across months', () => {
  it('follows people whose row numbers shifted (someone left above them)', () => {
    const previous = run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered'), worker(3, NIK_B, 'AGUS SETIAWAN', 'unregistered')] });
    const current = run({ workers: [worker(2, NIK_B, 'AGUS SETIAWAN', 'unregistered'), worker(3, NIK_C, 'DEWI LESTARI', 'unregistered')] });
    expect(summary(diffRuns(previous, current).items)).toEqual([
      'new_worker:DEWI LESTARI:absent>unregistered',
      'worker_gone:SITI AMINAH:registered>absent',
    ]);
  });

  it('recognises a renamed person by NIK (spelling fixed between months)', () => {
    const previous = run({ workers: [worker(2, NIK_A, 'SITI AMINA', 'unregistered')] });
    const current = run({ workers: [worker(7, NIK_A, 'SITI AMINAH', 'registered')] });
    const items = diffRuns(previous, current).items;
    expect(summary(items)).toEqual(['newly_registered:SITI AMINAH:unregistered>registered']);
    expect(items[0]?.currentAt).toEqual({ file: 'roster.csv', sheet: '', row: 7 });
    expect(items[0]?.previousAt).toEqual({ file: 'roster.csv', sheet: '', row: 2 });
  });

  it('recognises by name + birth date when the NIK was missing last month (old spelling meets new)', () => {
    const previous = run({ workers: [worker(9, '', 'DJOKO SOEPRIJADI', 'review', { flags: ['nik_missing'] })] });
    const current = run({ workers: [worker(9, NIK_A, 'JOKO SUPRIYADI', 'registered')] });
    expect(summary(diffRuns(previous, current).items)).toEqual(['newly_registered:JOKO SUPRIYADI:review>registered']);
  });

  it('does not use a NIK flagged invalid or Excel-damaged as identity', () => {
    const damaged = '3273014403900000';
    const previous = run({ workers: [worker(2, damaged, 'SITI AMINAH', 'review', { flags: ['nik_excel_damaged'] })] });
    const current = run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] });
    expect(summary(diffRuns(previous, current).items)).toEqual(['newly_registered:SITI AMINAH:review>registered']);
  });

  it('keeps two people apart who share name and birth date but have different valid NIKs', () => {
    const previous = run({ workers: [worker(2, NIK_A, 'SRI MULYANI', 'registered')] });
    const current = run({ workers: [worker(2, NIK_B, 'SRI MULYANI', 'registered')] });
    expect(summary(diffRuns(previous, current).items)).toEqual([
      'newly_registered:SRI MULYANI:absent>registered',
      'new_worker:SRI MULYANI:absent>registered',
      'worker_gone:SRI MULYANI:registered>absent',
    ]);
  });

  it('ignores duplicate rows (the same person listed again)', () => {
    const previous = run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')] });
    const current = run({
      workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered'), worker(3, NIK_A, 'SITI AMINAH', 'duplicate'), worker(4, NIK_D, 'RATNA SARI', 'duplicate')],
    });
    expect(diffRuns(previous, current).items).toEqual([]);
  });

  it('falls back to name + birth date when NIKs are masked, and says so', () => {
    const previous = run({ workers: [worker(2, '3273********0001', 'SITI AMINAH', 'unregistered'), worker(3, '3273********0002', 'AGUS SETIAWAN', 'registered')] });
    const current = run({ workers: [worker(5, '3273********0001', 'SITI AMINAH', 'registered'), worker(6, '3273********0002', 'AGUS SETIAWAN', 'registered')] });
    const diff = diffRuns(previous, current);
    expect(diff.identity).toBe('name_birth_date');
    expect(diff.notes.map((n) => n.code)).toEqual(['diff.note.masked_nik']);
    expect(summary(diff.items)).toEqual(['newly_registered:SITI AMINAH:unregistered>registered']);
  });

  it('with masked NIKs, still keeps apart namesakes whose visible NIK digits differ', () => {
    const previous = run({ workers: [worker(2, '3279********0308', 'SRI MULYANI', 'registered')] });
    const current = run({ workers: [worker(2, '3279********0309', 'SRI MULYANI', 'registered')] });
    expect(summary(diffRuns(previous, current).items)).toContain('worker_gone:SRI MULYANI:registered>absent');
  });

  it('with one run masked and the other not, pairs a full NIK with its mask', () => {
    const previous = run({ workers: [worker(2, '3273********0001', 'SITI AMINAH', 'unregistered')] });
    const current = run({ workers: [worker(4, NIK_A, 'SITI AMINAH', 'registered')] });
    const diff = diffRuns(previous, current);
    expect(summary(diff.items)).toEqual(['newly_registered:SITI AMINAH:unregistered>registered']);
    expect(diff.items[0]?.nik).toBe(NIK_A);
  });
});

describe('diffRuns: problems', () => {
  const problem = (file: string, row: number, kind: string, detail: string): SnapshotProblem => ({ at: { file, sheet: '', row }, column: 'nik', kind, detail });

  it('keys roster problems by person + kind, so a shifted row is the same problem', () => {
    const previous = run({ workers: [worker(2, NIK_B, 'AGUS SETIAWAN', 'registered'), worker(3, NIK_A, 'SITI AMINAH', 'registered')], problems: [problem('roster.csv', 3, 'date_invalid', 'row 3: bad date')] });
    const current = run({ workers: [worker(2, NIK_A, 'SITI AMINAH', 'registered')], problems: [problem('roster.csv', 2, 'date_invalid', 'row 2: bad date')] });
    expect(summary(diffRuns(previous, current).items)).toEqual(['worker_gone:AGUS SETIAWAN:registered>absent']);
  });

  it('reports fixed and new problems with the person', () => {
    const previous = run({ workers: [worker(9, '', 'SRI MULYANI', 'review', { flags: ['nik_missing'] })], problems: [problem('roster.csv', 9, 'nik_missing', 'the NIK is empty')] });
    const current = run({ workers: [worker(9, NIK_A, 'SRI MULYANI', 'registered', { birthDate: '1990-03-04' })], problems: [problem('roster.csv', 9, 'wage_invalid', 'wage "abc"')] });
    const items = diffRuns(previous, current).items.filter((i) => i.problem !== null);
    expect(summary(items)).toEqual(['problem_fixed:SRI MULYANI:review>registered:nik_missing', 'problem_new:SRI MULYANI:review>registered:wage_invalid']);
    expect(items[0]?.nik).toBe(NIK_A);
  });

  it('keys BPJS-side problems by kind + detail, ignoring the (renamed) file and row', () => {
    const previous = run({ problems: [problem('bpjs-2026-01.csv', 4, 'date_invalid', 'birth date "31-02-1990"'), problem('bpjs-2026-01.csv', 7, 'nik_missing', 'the NIK is empty')] });
    const current = run({
      // Of two equal findings now and one before, the later row is the new one.
      bpjsOnly: [participant(8, '', 'RATNA SARI', { at: { file: 'bpjs-2026-02.csv', sheet: '', row: 8 } })],
      problems: [problem('bpjs-2026-02.csv', 5, 'date_invalid', 'birth date "31-02-1990"'), problem('bpjs-2026-02.csv', 6, 'nik_missing', 'the NIK is empty'), problem('bpjs-2026-02.csv', 8, 'nik_missing', 'the NIK is empty')],
    });
    const items = diffRuns(previous, current).items;
    expect(summary(items)).toEqual(['problem_new:RATNA SARI:->-:nik_missing']);
    expect(items[0]?.currentAt).toEqual({ file: 'bpjs-2026-02.csv', sheet: '', row: 8 });
    expect(items[0]?.agency).toBe('');
  });
});

describe('diffRuns: problems in two languages', () => {
  // The same BPJS-side finding written by a run in Indonesian and by one in English (exploratory repro 04).
  const region = (detail: string, message: Message | null): SnapshotProblem => ({ at: { file: 'bpjs.csv', sheet: '', row: 36 }, column: 'nik', kind: 'nik_region_unknown', detail, message });
  const key = { code: 'record.nik_region_unknown', params: { region: '9471' } };
  const ID_TEXT = 'kode wilayah 9471 di NIK tidak ada di daftar Kemendagri';
  const EN_TEXT = 'region code 9471 in the NIK is in neither list';

  it('compares findings by code + parameters, not by their text: no change, no note', () => {
    const diff = diffRuns(run({ problems: [region(ID_TEXT, key)] }), run({ problems: [region(EN_TEXT, key)] }));
    expect(diff.items).toEqual([]);
    expect(diff.notes).toEqual([]);
  });

  it('still tells apart two findings whose parameters differ', () => {
    const other = { code: 'record.nik_region_unknown', params: { region: '9472' } };
    expect(summary(diffRuns(run({ problems: [region(EN_TEXT, key)] }), run({ problems: [region(EN_TEXT, other)] })).items)).toEqual([
      'problem_fixed::->-:nik_region_unknown',
      'problem_new::->-:nik_region_unknown',
    ]);
  });

  it('falls back to the text when a run has no detail_key (older rekon), and says so', () => {
    const diff = diffRuns(run({ problems: [region(ID_TEXT, null)] }), run({ problems: [region(EN_TEXT, key)] }));
    expect(diff.items.map((i) => i.category)).toEqual(['problem_fixed', 'problem_new']);
    expect(diff.notes.map((n) => n.code)).toEqual(['diff.note.problems_by_text']);
    expect(diffRuns(run({ problems: [region(EN_TEXT, null)] }), run({ problems: [region(EN_TEXT, key)] })).items).toEqual([]);
  });

  it('carries the message to the item, so the diff can show it in its own language', () => {
    const [item] = diffRuns(run({}), run({ problems: [region(ID_TEXT, key)] })).items;
    expect(item?.problem).toEqual({ kind: 'nik_region_unknown', column: 'nik', detail: ID_TEXT, message: key });
  });
});

describe('diffRuns: budget change', () => {
  const line = (agency: string, group: string, program: string, periodTotal: number, periodEmployer: number | null = periodTotal): SnapshotBudgetLine => ({ agency, group, program, periodTotal, periodEmployer });
  const same = (previous: number | null, current: number | null, change: number) => ({ previous, current, change, employer: { previous, current, change } });

  it('sums programs per agency × group, keeps lines present in one run only, TOTAL last', () => {
    const previous = run({
      budget: [line('DINAS B', 'unregistered', 'jkk', 100), line('DINAS B', 'unregistered', 'jkm', 200), line('DINAS B', 'inactive', 'jkk', 50), line('TOTAL', 'unregistered', 'jkk', 100), line('TOTAL', 'unregistered', 'jkm', 200)],
    });
    const current = run({ budget: [line('TOTAL', 'unregistered', 'jkk', 40), line('DINAS B', 'unregistered', 'jkk', 40), line('DINAS A', 'all_roster', 'jkk', 70)] });
    expect(diffRuns(previous, current).budget).toEqual([
      { agency: 'DINAS A', group: 'all_roster', ...same(null, 70, 70) },
      { agency: 'DINAS B', group: 'unregistered', ...same(300, 40, -260) },
      { agency: 'DINAS B', group: 'inactive', ...same(50, null, -50) },
      { agency: 'TOTAL', group: 'unregistered', ...same(300, 40, -260) },
    ]);
  });

  // Exploratory finding: with JHT/JP the diff compared period_total (employer + worker share), a figure neither
  // run's summary shows; the headline budget is the employer's share.
  it('compares the employer share with JHT/JP, the total kept beside it', () => {
    const jan = run({ budget: [line('TOTAL', 'all_roster', 'jkk', 576_000), line('TOTAL', 'all_roster', 'jht', 14_400_000, 8_880_000)] });
    const feb = run({ budget: [line('TOTAL', 'all_roster', 'jkk', 633_600), line('TOTAL', 'all_roster', 'jht', 15_840_000, 9_768_000)] });
    const diff = diffRuns(jan, feb);
    expect(diff.budget).toEqual([
      { agency: 'TOTAL', group: 'all_roster', previous: 14_976_000, current: 16_473_600, change: 1_497_600, employer: { previous: 9_456_000, current: 10_401_600, change: 945_600 } },
    ]);
    expect(diff.notes).toEqual([]);
  });

  it('an older run without the employer share: the period total is compared, and a note says so', () => {
    const older = run({ budget: [line('TOTAL', 'all_roster', 'jht', 14_400_000, null)] });
    const newer = run({ budget: [line('TOTAL', 'all_roster', 'jht', 15_840_000, 9_768_000)] });
    for (const diff of [diffRuns(older, newer), diffRuns(newer, older)]) {
      expect(diff.budget.map((b) => b.employer)).toEqual([null]);
      expect(diff.notes.map((n) => n.code)).toEqual(['diff.note.budget_without_employer_share']);
    }
    expect(diffRuns(older, newer).budget[0]).toMatchObject({ previous: 14_400_000, current: 15_840_000, change: 1_440_000 });
    // No budget lines: nothing is missing.
    expect(diffRuns(run({}), run({})).notes).toEqual([]);
  });
});

describe('trackCategories', () => {
  const all: PersonStatus[] = ['registered', 'inactive', 'unregistered', 'review', 'bpjs_only', 'absent'];
  it.each(all.flatMap((before) => all.map((now) => ({ before, now }))))('$before → $now', ({ before, now }) => {
    const got = trackCategories({ previous: { status: before }, current: { status: now } });
    const expected: DiffCategory[] = [];
    const onRoster = (s: PersonStatus): boolean => s !== 'bpjs_only' && s !== 'absent';
    if (now === 'registered' && before !== 'registered') expected.push('newly_registered');
    if (before === 'registered' && onRoster(now) && now !== 'registered') expected.push('lost_coverage');
    if (onRoster(now) && !onRoster(before)) expected.push('new_worker');
    if (onRoster(before) && !onRoster(now)) expected.push('worker_gone');
    expect(got).toEqual(expected);
  });
});

describe('budgetSettingsDiffer', () => {
  it('names the settings that differ; nothing without both runs\' summary.json', () => {
    const a = { months: '12', programs: '["jkk","jkm"]', risk_class: '"very_low"' };
    expect(budgetSettingsDiffer(a, { ...a, programs: '["jkk","jkm","jht"]', risk_class: '"low"' })).toEqual(['programs', 'risk_class']);
    expect(budgetSettingsDiffer(a, { ...a })).toEqual([]);
    expect(budgetSettingsDiffer(a, null)).toEqual([]);
    expect(budgetSettingsDiffer(undefined, a)).toEqual([]);
  });
});
