// Why this file exists: a mutation audit of src/diff/render-diff.ts (and diff-category.ts) found that
// render-diff.test.ts checks one worker_gone row only: the fallback location, BPJS-side findings, the
// JSON shape, --only columns, thousands separators, the budget table's signs, dashes and TOTAL row,
// notes and colours could all change unnoticed. Expected values follow the doc comments and what an
// officer reading the report needs. All NIKs are synthetic (region 3273 01, made-up serials).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { DIFF_CATEGORIES, PERSON_STATUSES, isDiffCategory } from '../../../src/diff/diff-category.js';
import { BUDGET_CHANGE_COLUMNS, DIFF_COLUMNS, budgetChangeCells, diffJson, diffRowCells, renderDiffText } from '../../../src/diff/render-diff.js';
import { itemLocation } from '../../../src/diff/run-diff.js';
import type { BudgetChange, DiffItem, RunDiff } from '../../../src/diff/run-diff.js';
import { hasMessage } from '../../../src/i18n/translate.js';
import { csvCellText, type CsvCell } from '../../../src/report/csv-cell.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import { BUDGET_GROUPS } from '../../../src/budget/budget-group.js';

const NIK_SITI = '3273014403900001';
const NIK_AGUS = '3273011203880002';
const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });
const identity = (s: string): string => s;

function item(extra: Partial<DiffItem>): DiffItem {
  return {
    category: 'newly_registered',
    agency: 'DINAS KESEHATAN',
    previousAgency: '',
    name: 'SITI AMINAH',
    nik: NIK_SITI,
    birthDate: '1990-04-04',
    previousStatus: 'unregistered',
    currentStatus: 'registered',
    previousAt: { file: 'roster-okt.xlsx', sheet: 'DINKES', row: 5 },
    currentAt: { file: 'roster-nov.xlsx', sheet: 'DINKES', row: 7 },
    problem: null,
    ...extra,
  };
}

/** A BPJS-side finding: no roster person, no statuses, no NIK. */
const bpjsFinding = item({
  category: 'problem_new',
  agency: '',
  name: '',
  nik: '',
  birthDate: '',
  previousStatus: null,
  currentStatus: null,
  previousAt: null,
  currentAt: { file: 'bpjs.csv', sheet: '', row: 12 },
  problem: { kind: 'nik_invalid', column: 'nik', detail: 'NIK has 15 digits' },
});

function diffOf(items: DiffItem[], budget: BudgetChange[] = [], notes: RunDiff['notes'] = []): RunDiff {
  return { items, budget, identity: 'nik', notes };
}

/** The table text without its cell borders, so a row reads as words separated by spaces. */
const unboxed = (text: string): string => text.replace(/│/g, ' ');
const cellTexts = (cells: Record<string, CsvCell>): Record<string, string> => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, csvCellText(c, { excelSafe: false })]));

describe('diff.csv rows', () => {
  it('a person no longer on any file is found where they were (previous location)', () => {
    const gone = item({ category: 'worker_gone', previousStatus: 'registered', currentStatus: 'absent', currentAt: null });
    expect(itemLocation(gone)).toEqual({ file: 'roster-okt.xlsx', sheet: 'DINKES', row: 5 });
    const cells = cellTexts(diffRowCells('en', gone, identity));
    expect([cells['file'], cells['sheet'], cells['row'], cells['previous_status'], cells['current_status']]).toEqual(['roster-okt.xlsx', 'DINKES', '5', 'registered', 'absent']);
  });

  it('--mask-nik leaves the birth date out beside a masked NIK, not beside a full one or without a NIK', () => {
    const full = cellTexts(diffRowCells('en', item({}), identity));
    expect([full['nik'], full['birth_date']]).toEqual([NIK_SITI, '1990-04-04']);
    const masked = cellTexts(diffRowCells('en', item({}), maskNik));
    expect([masked['nik'], masked['birth_date']]).toEqual(['3273********0001', '']);
    const noNik = cellTexts(diffRowCells('en', item({ nik: '' }), maskNik));
    expect([noNik['nik'], noNik['birth_date']]).toEqual(['', '1990-04-04']);
  });

  it('a BPJS-side finding: empty statuses and NIK, detail "kind: detail", its own row', () => {
    expect(cellTexts(diffRowCells('en', bpjsFinding, maskNik))).toEqual({
      category: 'problem_new',
      agency: '',
      name: '',
      nik: '',
      birth_date: '',
      previous_status: '',
      current_status: '',
      file: 'bpjs.csv',
      sheet: '',
      row: '12',
      detail: 'nik_invalid: NIK has 15 digits',
      previous_agency: '',
      previous_nik: '',
    });
    expect(Object.keys(diffRowCells('en', bpjsFinding, identity))).toEqual([...DIFF_COLUMNS]);
  });

  it('an item with no location at all leaves file, sheet and row empty (not row 0)', () => {
    const cells = cellTexts(diffRowCells('en', item({ previousAt: null, currentAt: null }), identity));
    expect([cells['file'], cells['sheet'], cells['row']]).toEqual(['', '', '']);
  });

  it('diff_budget.csv: previous, current and signed change; a missing line is empty', () => {
    const cells = budgetChangeCells({ agency: 'DINAS KESEHATAN', group: 'unregistered', previous: null, current: 259_200, change: 259_200 });
    // The employer share came later: appended, so the first five columns keep their places and meaning.
    expect(Object.keys(cells)).toEqual([...BUDGET_CHANGE_COLUMNS]);
    expect(BUDGET_CHANGE_COLUMNS).toEqual(['agency', 'group', 'previous', 'current', 'change', 'previous_employer', 'current_employer', 'change_employer']);
    expect(cellTexts(cells)).toEqual({ agency: 'DINAS KESEHATAN', group: 'unregistered', previous: '', current: '259200', change: '259200', previous_employer: '', current_employer: '', change_employer: '' });
    expect(cellTexts(budgetChangeCells({ agency: 'TOTAL', group: 'all_roster', previous: 388_800, current: 129_600, change: -259_200, employer: { previous: 239_760, current: 79_920, change: -159_840 } }))).toEqual({
      agency: 'TOTAL',
      group: 'all_roster',
      previous: '388800',
      current: '129600',
      change: '-259200',
      previous_employer: '239760',
      current_employer: '79920',
      change_employer: '-159840',
    });
  });
});

describe('diff.json', () => {
  const budget: BudgetChange[] = [{ agency: 'DINAS KESEHATAN', group: 'unregistered', previous: 129_600, current: null, change: -129_600, employer: { previous: 79_920, current: null, change: -79_920 } }];
  const diff = diffOf([item({}), bpjsFinding], budget, [{ code: 'diff.note.masked_nik' }]);

  it('each change with both locations, statuses and problem, the NIK masked as asked', () => {
    const json = diffJson('en', diff, maskNik, { previous: 'out-okt', current: 'out-nov' });
    expect(json['previous']).toBe('out-okt');
    expect(json['current']).toBe('out-nov');
    expect(json['identity']).toBe('nik');
    expect(json['changes']).toEqual([
      {
        category: 'newly_registered',
        agency: 'DINAS KESEHATAN',
        previous_agency: '',
        previous_nik: '',
        name: 'SITI AMINAH',
        nik: '3273********0001',
        // The birth date would give back the masked digits 7-12.
        birth_date: '',
        previous_status: 'unregistered',
        current_status: 'registered',
        previous_at: { file: 'roster-okt.xlsx', sheet: 'DINKES', row: 5 },
        current_at: { file: 'roster-nov.xlsx', sheet: 'DINKES', row: 7 },
        problem: null,
      },
      {
        category: 'problem_new',
        agency: '',
        previous_agency: '',
        previous_nik: '',
        name: '',
        nik: '',
        birth_date: '',
        previous_status: null,
        current_status: null,
        previous_at: null,
        current_at: { file: 'bpjs.csv', sheet: '', row: 12 },
        problem: { kind: 'nik_invalid', column: 'nik', detail: 'NIK has 15 digits' },
      },
    ]);
  });

  it('counts name the agency on each row; budget and notes (params always an object, text in the language)', () => {
    const json = diffJson('id', diff, identity, { previous: 'a', current: 'b' }) as { counts: { agencies: Record<string, unknown>[] }; budget: unknown; notes: { code: string; params: unknown; text: string }[] };
    expect(json.counts.agencies).toEqual([
      { agency: 'DINAS KESEHATAN', newly_registered: 1, lost_coverage: 0, new_worker: 0, worker_gone: 0, moved_out: 0, moved_in: 0, nik_corrected: 0, problem_fixed: 0, problem_new: 0 },
      { agency: '', newly_registered: 0, lost_coverage: 0, new_worker: 0, worker_gone: 0, moved_out: 0, moved_in: 0, nik_corrected: 0, problem_fixed: 0, problem_new: 1 },
    ]);
    // previous/current/change keep their meaning (the period total); the employer share is under new keys.
    expect(json.budget).toStrictEqual([
      { agency: 'DINAS KESEHATAN', group: 'unregistered', previous: 129_600, current: null, change: -129_600, previous_employer: 79_920, current_employer: null, change_employer: -79_920 },
    ]);
    const older = diffJson('en', diffOf([], [{ ...budget[0]!, employer: null }]), identity, { previous: 'a', current: 'b' }) as { budget: unknown };
    expect(older.budget).toStrictEqual([{ agency: 'DINAS KESEHATAN', group: 'unregistered', previous: 129_600, current: null, change: -129_600, previous_employer: null, current_employer: null, change_employer: null }]);
    expect(json.notes).toHaveLength(1);
    expect(json.notes[0]?.code).toBe('diff.note.masked_nik');
    expect(json.notes[0]?.params).toEqual({});
    expect(json.notes[0]?.text).toMatch(/^NIK disamarkan/);
  });
});

describe('terminal report: counts and lists', () => {
  it('BPJS-side findings are labelled as such, in the table and in the list; with no name, a dash', () => {
    const text = renderDiffText('en', diffOf([bpjsFinding]), plain, maskNik);
    expect(text.match(/\(BPJS side\)/g)).toHaveLength(2);
    expect(text).toContain('  –  (BPJS side)  nik_invalid: NIK has 15 digits  bpjs.csv:12\n');
    expect(text).toContain('New data problems (1)');
    expect(text).toContain('TOTAL');
    expect(text).not.toContain('No changes.');
  });

  it('a person line: name · NIK · birth date, agency, status move, location (current first)', () => {
    const text = renderDiffText('id', diffOf([item({})]), plain, identity);
    expect(text).toContain(`  SITI AMINAH · ${NIK_SITI} · 1990-04-04  DINAS KESEHATAN  belum terdaftar → terdaftar  roster-nov.xlsx [DINKES]:7\n`);
    // A masked NIK goes without the birth date, which would give back its hidden digits 7-12.
    const masked = renderDiffText('id', diffOf([item({})]), plain, maskNik);
    expect(masked).toContain('  SITI AMINAH · 3273********0001  DINAS KESEHATAN  belum terdaftar → terdaftar  roster-nov.xlsx [DINKES]:7\n');
    expect(masked).not.toContain('1990-04-04');
    // Without a NIK the birth date is how the person is known, masked or not.
    const noNik = renderDiffText('en', diffOf([item({ nik: '' })]), plain, maskNik);
    expect(noNik).toContain('  SITI AMINAH · 1990-04-04  DINAS KESEHATAN');
    // A person without NIK or birth date: no empty " · " pieces.
    const bare = renderDiffText('en', diffOf([item({ nik: '', birthDate: '', currentAt: null })]), plain, maskNik);
    expect(bare).toContain('  SITI AMINAH  DINAS KESEHATAN  unregistered → registered  roster-okt.xlsx [DINKES]:5\n');
  });

  it('no changes: says so, and every count is 0', () => {
    const text = renderDiffText('en', diffOf([]), plain, identity);
    expect(text).toContain('No changes.');
    expect(text).not.toMatch(/\(\d+\)/);
    expect(text).toContain('Neither run has budget lines.');
  });

  it('counts of 1,000 and more carry the language’s thousands separator', () => {
    const many = Array.from({ length: 1000 }, (_, i) => item({ name: `PEGAWAI ${i}`, nik: '', currentAt: { file: 'r.csv', sheet: '', row: i + 2 } }));
    const en = renderDiffText('en', diffOf(many), plain, identity);
    expect(en).toContain('Newly registered (1,000)');
    expect(en.match(/1,000/g)?.length).toBeGreaterThanOrEqual(3); // agency row, total row, list heading
    const id = renderDiffText('id', diffOf(many), plain, identity);
    expect(id).toContain('Baru terdaftar (1.000)');
    expect(id.match(/1\.000/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('--only: the table shows only the chosen categories’ columns', () => {
    const text = renderDiffText('en', diffOf([item({ category: 'lost_coverage', previousStatus: 'registered', currentStatus: 'inactive' })]), plain, identity, ['lost_coverage']);
    const header = text.split('\n')[2] ?? '';
    expect(header).toContain('Lost coverage');
    for (const other of ['Newly registered', 'New workers', 'Workers gone', 'Data problems fixed', 'New data problems']) expect(text).not.toContain(other);
  });

  it('lists categories in their fixed order, each under its heading', () => {
    const text = renderDiffText('en', diffOf([item({ category: 'problem_fixed', problem: { kind: 'nik_invalid', column: 'nik', detail: 'x' } }), item({ category: 'new_worker', name: 'AGUS SETIAWAN', nik: NIK_AGUS })]), plain, identity);
    expect(text.indexOf('New workers (1)')).toBeGreaterThan(0);
    expect(text.indexOf('New workers (1)')).toBeLessThan(text.indexOf('Data problems fixed (1)'));
    expect(text.indexOf('AGUS SETIAWAN')).toBeLessThan(text.indexOf('Data problems fixed (1)'));
  });
});

describe('terminal report: budget', () => {
  const budget: BudgetChange[] = [
    { agency: 'DINAS KESEHATAN', group: 'unregistered', previous: null, current: 259_200, change: 259_200 },
    { agency: 'DINAS KESEHATAN', group: 'inactive', previous: 129_600, current: 129_600, change: 0 },
    { agency: 'TOTAL', group: 'all_roster', previous: 1_296_000, current: null, change: -1_296_000 },
  ];

  it('signed changes, a dash for a missing line, groups named as the workbook names them, the TOTAL row', () => {
    const en = unboxed(renderDiffText('en', diffOf([], budget), plain, identity));
    expect(en).toMatch(/DINAS KESEHATAN\s+Unregistered\s+–\s+Rp 259,200\s+\+Rp 259,200/);
    expect(en).toMatch(/Inactive \(to reactivate\)\s+Rp 129,600\s+Rp 129,600\s+Rp 0 /);
    expect(en).toMatch(/TOTAL\s+All workers on the rosters\s+Rp 1,296,000\s+–\s+-Rp 1,296,000/);
    expect(en).not.toContain('Neither run has budget lines.');
    const id = unboxed(renderDiffText('id', diffOf([], budget), plain, identity));
    expect(id).toMatch(/Belum terdaftar\s+–\s+Rp 259\.200\s+\+Rp 259\.200/);
    expect(id).toMatch(/Nonaktif \(diaktifkan kembali\)\s+Rp 129\.600/);
    expect(id).toMatch(/Seluruh pekerja di daftar\s+Rp 1\.296\.000/);
  });

  // Exploratory finding: with JHT/JP the table showed the period total (employer + worker share), a figure neither
  // run's headline budget shows.
  it('shows the employer share, as each run\'s summary leads with it; the total only for a run without it', () => {
    const jht: BudgetChange[] = [{ agency: 'TOTAL', group: 'all_roster', previous: 22_176_000, current: 24_393_600, change: 2_217_600, employer: { previous: 14_976_000, current: 16_473_600, change: 1_497_600 } }];
    const en = unboxed(renderDiffText('en', diffOf([], jht), plain, identity));
    expect(en).toContain('Budget change per agency (employer share, APBD; period total)');
    expect(en).toMatch(/TOTAL\s+All workers on the rosters\s+Rp 14,976,000\s+Rp 16,473,600\s+\+Rp 1,497,600/);
    expect(en).not.toContain('22,176,000');
    expect(unboxed(renderDiffText('id', diffOf([], jht), plain, identity))).toContain('Perubahan anggaran per OPD (iuran pemberi kerja, APBD; total periode)');
    const older = unboxed(renderDiffText('en', diffOf([], [{ ...jht[0]!, employer: null }]), plain, identity));
    expect(older).toContain('Budget change per agency (employer + worker share; period total)');
    expect(older).toMatch(/Rp 22,176,000\s+Rp 24,393,600\s+\+Rp 2,217,600/);
  });

  it('names the budget settings that differ in words, in the text only (diff.json keeps the keys)', () => {
    const note = { code: 'diff.note.budget_settings_differ', params: { settings: 'period, programs, wage_base' } };
    const id = renderDiffText('id', diffOf([], budget, [note]), plain, identity);
    expect(id).toContain('Pengaturan anggaran kedua laporan berbeda (periode, program, dasar upah)');
    expect(id).not.toContain('wage_base');
    expect(renderDiffText('en', diffOf([], budget, [note]), plain, identity)).toContain('different settings (period, programs, wage base)');
    const json = diffJson('id', diffOf([], budget, [note]), identity, { previous: 'a', current: 'b' });
    expect(json['notes']).toEqual([{ code: note.code, params: note.params, text: expect.stringContaining('(periode, program, dasar upah)') }]);
  });

  it('notes follow, dimmed, in the language', () => {
    const text = renderDiffText('en', diffOf([], budget, [{ code: 'diff.note.masked_nik' }]), plain, identity);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^· NIKs are masked \(--mask-nik\)/);
  });

  it('colours: a cost increase yellow, a saving green, a change of 0 uncoloured', () => {
    const text = renderDiffText('en', diffOf([], budget), coloured, identity);
    expect(text).toContain(coloured.yellow('+Rp 259,200'));
    expect(text).toContain(coloured.green('-Rp 1,296,000'));
    expect(text).not.toContain(coloured.yellow('Rp 0'));
    expect(text).not.toContain(coloured.green('Rp 0'));
  });

  it('colours: gains green, losses red, joins cyan, leavers yellow', () => {
    const cats = { newly_registered: 'green', problem_fixed: 'green', lost_coverage: 'red', problem_new: 'red', new_worker: 'cyan', worker_gone: 'yellow' } as const;
    for (const [category, colour] of Object.entries(cats)) {
      const c = category as keyof typeof cats;
      const text = renderDiffText('en', diffOf([item({ category: c })]), coloured, identity);
      expect(text, category).toContain(coloured[colour].bold(`${({ newly_registered: 'Newly registered', problem_fixed: 'Data problems fixed', lost_coverage: 'Lost coverage', problem_new: 'New data problems', new_worker: 'New workers', worker_gone: 'Workers gone' } as const)[c]} (1)`));
    }
  });
});

describe('categories and their texts', () => {
  it('only the eight machine values are categories (--only / --fail-on)', () => {
    for (const c of DIFF_CATEGORIES) expect(isDiffCategory(c)).toBe(true);
    for (const v of ['', 'Newly_registered', 'newly registered', 'registered', 'problem', 'worker_gone ']) expect(isDiffCategory(v), v).toBe(false);
    expect(DIFF_CATEGORIES).toEqual(['newly_registered', 'lost_coverage', 'new_worker', 'worker_gone', 'agency_changed', 'nik_corrected', 'problem_fixed', 'problem_new']);
  });

  it('every category, status and budget group the report names has a text', () => {
    for (const c of DIFF_CATEGORIES) expect(hasMessage(`diff.category.${c}`), c).toBe(true);
    for (const s of PERSON_STATUSES) expect(hasMessage(`diff.status.${s}`), s).toBe(true);
    for (const c of ['moved_out', 'moved_in']) expect(hasMessage(`diff.count.${c}`), c).toBe(true);
    for (const g of BUDGET_GROUPS) expect(hasMessage(`budget.group.${g}`), g).toBe(true);
  });
});

describe('a worker moved to another agency (agency_changed)', () => {
  // Exploratory repro 09: the move was invisible; each agency's row must explain its budget change.
  const move = item({ category: 'agency_changed', agency: 'SATPOL PP', previousAgency: 'DLH', name: 'IMAS SARTIKA', previousStatus: 'registered', currentStatus: 'registered' });

  it('the table counts it moved out of the old agency and moved in to the new one; the list names both', () => {
    const text = unboxed(renderDiffText('en', diffOf([move]), plain, identity));
    expect(text).toMatch(/Agency\s+Newly registered\s+Lost coverage\s+New workers\s+Workers gone\s+Moved out\s+Moved in\s+NIK corrected\s+Data problems fixed/);
    expect(text).toMatch(/ DLH\s+0\s+0\s+0\s+0\s+1\s+0\s+0\s+0 /);
    expect(text).toMatch(/ SATPOL PP\s+0\s+0\s+0\s+0\s+0\s+1\s+0\s+0 /);
    expect(text).toContain('Moved to another agency (1)');
    expect(text).toContain(`  IMAS SARTIKA · ${NIK_SITI} · 1990-04-04  DLH → SATPOL PP  registered → registered  roster-nov.xlsx [DINKES]:7\n`);
    expect(text).not.toContain('No changes.');
    const id = unboxed(renderDiffText('id', diffOf([move]), plain, identity));
    expect(id).toMatch(/Pindah keluar\s+Pindah masuk/);
    expect(id).toContain('Pindah OPD (1)');
  });

  it('--only agency_changed keeps both columns', () => {
    const text = unboxed(renderDiffText('en', diffOf([move]), plain, identity, ['agency_changed']));
    expect(text).toMatch(/Agency\s+Moved out\s+Moved in\s*\n/);
  });

  it('CSV and JSON carry the previous agency', () => {
    const cells = cellTexts(diffRowCells('en', move, identity));
    expect([cells['category'], cells['agency'], cells['previous_agency']]).toEqual(['agency_changed', 'SATPOL PP', 'DLH']);
    const json = diffJson('en', diffOf([move]), identity, { previous: 'a', current: 'b' }) as { changes: Record<string, unknown>[]; counts: { agencies: Record<string, unknown>[] } };
    expect([json.changes[0]?.['agency'], json.changes[0]?.['previous_agency']]).toEqual(['SATPOL PP', 'DLH']);
    expect(json.counts.agencies.map((a) => [a['agency'], a['moved_out'], a['moved_in']])).toEqual([['DLH', 1, 0], ['SATPOL PP', 0, 1]]);
  });

  it('is coloured magenta', () => {
    expect(renderDiffText('en', diffOf([move]), coloured, identity)).toContain(coloured.magenta.bold('Moved to another agency (1)'));
  });
});
