import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../src/budget/compute-budget.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { isDefaultWageBasis, wageBasis } from '../../../src/budget/wage-basis.js';
import { msg } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import { input, JAN_2027, settings } from './budget-fixtures.js';

// explore4-D/02: --wage-floor, --fixed-wage and --default-wage changed every figure, and only summary.json said so.
describe('wageBasis: the wage the premiums were computed on, in words', () => {
  it.each([
    [{ wageBase: { kind: 'roster' }, defaultWage: null }, 'Roster wage', 'Upah di daftar pegawai'],
    [{ wageBase: { kind: 'roster' }, defaultWage: 1_500_000 }, 'Roster wage; rows without a wage: Rp 1,500,000 (default wage)', 'Upah di daftar pegawai; baris tanpa upah: Rp 1.500.000 (upah bawaan)'],
    [{ wageBase: { kind: 'floor', rupiah: 2_169_348 }, defaultWage: null }, 'Roster wage, raised to Rp 2,169,348 where lower (UMK/UMP floor)', 'Upah di daftar pegawai, dinaikkan ke Rp 2.169.348 bila lebih rendah (batas bawah UMK/UMP)'],
    [
      { wageBase: { kind: 'floor', rupiah: 2_169_348 }, defaultWage: 1_500_000 },
      'Roster wage, raised to Rp 2,169,348 where lower (UMK/UMP floor); rows without a wage: Rp 1,500,000 (default wage)',
      'Upah di daftar pegawai, dinaikkan ke Rp 2.169.348 bila lebih rendah (batas bawah UMK/UMP); baris tanpa upah: Rp 1.500.000 (upah bawaan)',
    ],
    // A fixed wage is every row's, so a default wage reaches nobody and is not named.
    [{ wageBase: { kind: 'fixed', rupiah: 1_000_000 }, defaultWage: 1_500_000 }, 'Fixed Rp 1,000,000 for every worker (roster wages not used)', 'Tetap Rp 1.000.000 untuk setiap pekerja (upah di daftar tidak dipakai)'],
  ] as const)('%j → "%s"', (s, en, id) => {
    expect(translate('en', wageBasis(s))).toBe(en);
    expect(translate('id', wageBasis(s))).toBe(id);
  });

  it('only the roster wage without a default wage is the default basis (the terminal then says nothing)', () => {
    expect(isDefaultWageBasis({ wageBase: { kind: 'roster' }, defaultWage: null })).toBe(true);
    expect(isDefaultWageBasis({ wageBase: { kind: 'roster' }, defaultWage: 1 })).toBe(false);
    expect(isDefaultWageBasis({ wageBase: { kind: 'fixed', rupiah: 1 }, defaultWage: null })).toBe(false);
    expect(isDefaultWageBasis({ wageBase: { kind: 'floor', rupiah: 1 }, defaultWage: null })).toBe(false);
  });

  it('is part of every budget\'s basis', () => {
    const r = computeBudget([input('DINAS A', null, 2_000_000)], settings({ period: JAN_2027, wageBase: { kind: 'floor', rupiah: 2_169_348 } }), DEFAULT_RATE_TABLE);
    expect(r.basis.wageBasis).toEqual(msg('budget.wage_basis.floor', { floor_rupiah: 2_169_348 }));
  });
});

describe('computeBudget: the rows budgeted at the default wage are named', () => {
  const rows = (): ReturnType<typeof input>[] => [input('DINAS A', 'unregistered', null), input('DINAS A', 'registered', 2_000_000), input('DINAS B', 'unregistered', 0), input('DINAS B', 'duplicate', null)];

  it('counts and names them (not a duplicate, which is not budgeted)', () => {
    const r = computeBudget(rows(), settings({ period: JAN_2027, defaultWage: 1_500_000 }), DEFAULT_RATE_TABLE);
    const note = r.notes.find((n) => n.code === 'budget.note.default_wage_rows');
    expect(note?.params).toMatchObject({ count: 2, default_rupiah: 1_500_000 });
    expect(String(note?.params?.['rows'])).toMatch(/^roster\.xlsx \[DINAS A\]:\d+, roster\.xlsx \[DINAS B\]:\d+$/);
    expect(translate('en', { ...note!, params: { ...note!.params, count: 1, rows: 'x.csv:4' } })).toBe('1 row without a wage is budgeted at the default wage Rp 1,500,000: x.csv:4.');
  });

  it('says they were raised to the floor when it is above the default wage', () => {
    const r = computeBudget(rows(), settings({ period: JAN_2027, defaultWage: 1_500_000, wageBase: { kind: 'floor', rupiah: 2_169_348 } }), DEFAULT_RATE_TABLE);
    expect(r.notes.find((n) => n.code.startsWith('budget.note.default_wage_rows'))).toMatchObject({ code: 'budget.note.default_wage_rows_floor', params: { count: 2, default_rupiah: 1_500_000, floor_rupiah: 2_169_348 } });
  });

  it('has no such note without a default wage, nor with a fixed wage (every row is at the fixed wage)', () => {
    for (const s of [settings({ period: JAN_2027 }), settings({ period: JAN_2027, defaultWage: 1_500_000, wageBase: { kind: 'fixed', rupiah: 1_000_000 } })]) {
      expect(computeBudget(rows(), s, DEFAULT_RATE_TABLE).notes.filter((n) => n.code.startsWith('budget.note.default_wage_rows'))).toEqual([]);
    }
  });
});
