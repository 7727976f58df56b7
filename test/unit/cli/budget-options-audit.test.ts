// Why this file exists: a mutation audit of src/cli/budget-options.ts found that the usage errors for
// --programs, --period and --risk were only checked to be thrown, not to name the option and list what is
// allowed (a user who mistypes one needs to see the accepted forms), and that only the first bad option
// was reported although the doc comment promises every problem at once (fixed; see below).
import { describe, expect, it } from 'vitest';
import { budgetSettingsFrom, type BudgetCliOptions, type BudgetConfigDefaults } from '../../../src/cli/budget-options.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { UsageError } from '../../../src/errors.js';
import { translate } from '../../../src/i18n/translate.js';
import { usageErrorOf } from './usage-error-of.js';

const ctx = { lang: 'en', today: '2026-11-23' } as CliContext; // next fiscal year: 2027

function settings(opts: BudgetCliOptions, config: BudgetConfigDefaults = {}) {
  return budgetSettingsFrom(ctx, opts, config, DEFAULT_RATE_TABLE);
}

describe('budgetSettingsFrom: a bad value names its option and what is allowed', () => {
  it('--programs lists the four programs', () => {
    expect(usageErrorOf(() => settings({ programs: 'jkk,jkp' }))).toEqual({
      code: 'cli.bad_choice',
      params: { option: '--programs', value: 'jkk,jkp', allowed: 'jkk,jkm,jht,jp' },
      exitCode: 2,
    });
  });

  it('--period shows a range and a year', () => {
    expect(usageErrorOf(() => settings({ period: '2027-12..2027-01' }))).toEqual({
      code: 'cli.bad_choice',
      params: { option: '--period', value: '2027-12..2027-01', allowed: '2027-01..2027-12 | 2027' },
      exitCode: 2,
    });
  });

  it('--risk lists the English, Indonesian and numbered spellings parseRiskClass takes', () => {
    const allowed = String(usageErrorOf(() => settings({ risk: 'ekstrem' })).params['allowed']);
    for (const word of ['very_low', 'very_high', 'sangat_rendah', 'sedang', 'sangat_tinggi', '1-5']) expect(allowed).toContain(word);
  });
});

describe('budgetSettingsFrom: every problem at once, as its doc comment says', () => {
  // Was a bug: a bad --programs threw before --risk was read, so the user fixed one option per run.
  it('two bad options are both named in one usage error', () => {
    let text = '';
    try {
      settings({ programs: 'jkk,xyz', risk: 'ekstrem' });
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      text = translate('en', (e as UsageError).detail);
    }
    expect(text).toContain('--programs');
    expect(text).toContain('--risk');
  });
});
