// Why this file exists: an honor written in thousands ("2.500" for Rp 2.500.000) was read as Rp 2,500 a
// month and budgeted at Rp 12 a month with no word. A monthly wage no honor can be is a wage_implausible
// problem on its row (file/sheet/row), and the wage is kept: the row stays in the budget, as written. It is not
// wage_invalid (exploratory finding): that kind is a wage that cannot be read, and such a row has no wage.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { IMPLAUSIBLE_HIGH_RUPIAH, IMPLAUSIBLE_LOW_RUPIAH, implausibleWage } from '../../../src/normalize/plausible-wage.js';
import { buildParticipant, buildWorker, makeRecordPlan } from '../../../src/normalize/record-from-row.js';

describe('implausibleWage', () => {
  it('below Rp 100,000 or above Rp 100,000,000 a month is no honor; zero is left to the budget', () => {
    expect(implausibleWage(2_500)).toMatchObject({ code: 'record.wage_implausible_low', params: { wage_rupiah: 2_500, floor_rupiah: 100_000 } });
    expect(implausibleWage(IMPLAUSIBLE_LOW_RUPIAH - 1)?.code).toBe('record.wage_implausible_low');
    expect(implausibleWage(IMPLAUSIBLE_LOW_RUPIAH)).toBeNull();
    expect(implausibleWage(1_000_000)).toBeNull();
    expect(implausibleWage(IMPLAUSIBLE_HIGH_RUPIAH)).toBeNull();
    expect(implausibleWage(IMPLAUSIBLE_HIGH_RUPIAH + 1)).toMatchObject({ code: 'record.wage_implausible_high', params: { ceiling_rupiah: 100_000_000 } });
    expect(implausibleWage(0)).toBeNull();
  });
});

const plan = (wageHeader: string) =>
  makeRecordPlan({ file: 'bappeda.csv', sheet: '', columns: { name: { index: 0 }, wage: { index: 1, header: wageHeader } }, referenceYear: 2027, zeroedNikColumn: false });

const roster = (wageHeader: string, wage: RawCell) => buildWorker({ row: 4, cells: ['HERI SUSANTO', wage] }, plan(wageHeader), 0);

describe('a wage cell read into a record', () => {
  it('a monthly wage of Rp 2.500 is a wage_implausible problem on its row, and the wage is kept', () => {
    const w = roster('HONOR', '2.500');
    expect(w.wage).toBe(2_500);
    expect(w.problems).toEqual([
      { kind: 'wage_implausible', at: { file: 'bappeda.csv', sheet: '', row: 4 }, column: 'wage', detail: { code: 'record.wage_implausible_low', params: { wage_rupiah: 2_500, floor_rupiah: 100_000 } } },
    ]);
  });

  it('under a header in thousands the same cell is Rp 2.500.000 and no problem', () => {
    const w = roster('HONOR (Rp RIBU)', '2.500');
    expect(w.wage).toBe(2_500_000);
    expect(w.problems).toEqual([]);
    expect(roster('HONOR (Rp RIBU)', { kind: 'number', raw: '2600' }).wage).toBe(2_600_000);
    expect(roster('GAJI (JUTA)', '2,5').wage).toBe(2_500_000);
  });

  it('full rupiah under a header in thousands land far above any honor: said on the row', () => {
    const w = roster('HONOR (Rp RIBU)', '2.500.000');
    expect(w.wage).toBe(2_500_000_000);
    expect(w.problems.map((p) => [p.kind, p.detail.code])).toEqual([['wage_implausible', 'record.wage_implausible_high']]);
  });

  it('a wage that cannot be read stays wage_invalid, and the row has no wage', () => {
    const w = roster('HONOR', 'dua juta');
    expect(w.wage).toBeNull();
    expect(w.problems.map((p) => [p.kind, p.detail.code])).toEqual([['wage_invalid', 'money.unrecognized']]);
  });

  it('a BPJS export wage is checked the same way', () => {
    const p = buildParticipant({ row: 5, cells: ['HERI SUSANTO', '2500'] }, plan('UPAH'), 0);
    expect(p.wage).toBe(2_500);
    expect(p.problems.map((x) => [x.kind, x.detail.code])).toEqual([['wage_implausible', 'record.wage_implausible_low']]);
  });
});
