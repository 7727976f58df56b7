import { describe, expect, it } from 'vitest';
import { budgetSettingsFrom } from '../../../src/cli/budget-options.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { UsageError } from '../../../src/errors.js';

const ctx = { lang: 'en', today: '2026-11-23' } as CliContext;

describe('budgetSettingsFrom', () => {
  it('defaults to the 12 months of the next fiscal year', () => {
    const s = budgetSettingsFrom(ctx, {}, {}, DEFAULT_RATE_TABLE);
    expect(s.period).toHaveLength(12);
    expect([s.period[0], s.period[11]]).toEqual(['2027-01', '2027-12']);
    expect(s.programs).toEqual(['jkk', 'jkm']);
  });
  it('--months N counts from January of the next fiscal year, across a year end', () => {
    const s = budgetSettingsFrom(ctx, { months: '14' }, {}, DEFAULT_RATE_TABLE);
    expect(s.period).toHaveLength(14);
    expect(s.period.slice(11)).toEqual(['2027-12', '2028-01', '2028-02']);
  });
  it('the command line wins over the config file', () => {
    const s = budgetSettingsFrom(ctx, { risk: 'tinggi' }, { risk: 'low', fixedWage: 1_000_000 }, DEFAULT_RATE_TABLE);
    expect(s.riskClass).toBe('high');
    expect(s.wageBase).toEqual({ kind: 'fixed', rupiah: 1_000_000 });
  });
  it.each([[{ months: '0' }], [{ months: '0x3' }], [{ months: '1e1' }], [{ months: '3.0' }], [{ risk: 'extreme' }], [{ period: '2027-13' }], [{ fixedWage: '-5' }], [{ programs: 'jkk,xyz' }]])('rejects %j', (opts) => {
    expect(() => budgetSettingsFrom(ctx, opts, {}, DEFAULT_RATE_TABLE)).toThrow(UsageError);
  });
});
