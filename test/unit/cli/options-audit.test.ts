// Why this file exists: a mutation audit of the command-line option modules (budget-options, output-guard,
// run-date, i18n/resolve-lang and friends) found behaviour no test pinned: the config-over-default paths of
// the budget options, the --months bounds, settings problems found after parsing, refusing to write over an
// input reached through a link or another spelling of its path, the run date's time zone, and the locale chain.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { addBudgetOptions, budgetSettingsFrom, type BudgetCliOptions, type BudgetConfigDefaults } from '../../../src/cli/budget-options.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { checkOutputDir, checkOutputFile, refuseToOverwriteInputs } from '../../../src/cli/output-guard.js';
import { runDate } from '../../../src/cli/run-date.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { UsageError } from '../../../src/errors.js';
import { parseLang, resolveLang } from '../../../src/i18n/resolve-lang.js';
import { usageErrorOf } from './usage-error-of.js';

const ctx = { lang: 'en', today: '2026-11-23' } as CliContext; // next fiscal year: 2027

function settings(opts: BudgetCliOptions, config: BudgetConfigDefaults = {}) {
  return budgetSettingsFrom(ctx, opts, config, DEFAULT_RATE_TABLE);
}

/** The UsageError an async call rejects with, as its message code and params. */
async function asyncUsageErrorOf(p: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const err = e as UsageError;
    return { code: err.detail.code, params: { ...(err.detail.params ?? {}) } };
  }
  throw new Error('expected a UsageError');
}

describe('budgetSettingsFrom: command line over rekon.toml over the defaults', () => {
  it('each config value is used when its option is not given', () => {
    const s = settings({}, { programs: 'jkk,jkm,jht', scheme: 'bpu', period: '2027-03..2027-05', defaultWage: 1_500_000, agencyRisk: { 'Satpol PP': 'high' } });
    expect(s.programs).toEqual(['jkk', 'jkm', 'jht']);
    expect(s.scheme).toBe('bpu');
    expect(s.period).toEqual(['2027-03', '2027-04', '2027-05']);
    expect(s.defaultWage).toBe(1_500_000);
    expect(s.agencyRiskClasses).toEqual({ 'Satpol PP': 'high' });
  });

  it('each option wins over its config value', () => {
    const s = settings(
      { programs: 'jkk', scheme: 'pu', period: '2027-06', defaultWage: 'Rp 2.000.000' },
      { programs: 'jkk,jkm,jht', scheme: 'bpu', period: '2027-03..2027-05', defaultWage: 1_500_000 },
    );
    expect(s.programs).toEqual(['jkk']);
    expect(s.scheme).toBe('pu');
    expect(s.period).toEqual(['2027-06']);
    expect(s.defaultWage).toBe(2_000_000);
  });

  it('--months wins over a period in rekon.toml', () => {
    expect(settings({ months: '2' }, { period: '2028' }).period).toEqual(['2027-01', '2027-02']);
  });

  // --wage-floor on the command line replaces a fixed_wage from the config (and the reverse): one wage base.
  it('--wage-floor replaces the config fixed_wage; --fixed-wage replaces the config wage_floor', () => {
    expect(settings({ wageFloor: '2.169.348' }, { fixedWage: 1_000_000 }).wageBase).toEqual({ kind: 'floor', rupiah: 2_169_348 });
    expect(settings({ fixedWage: '1000000' }, { wageFloor: 2_169_348 }).wageBase).toEqual({ kind: 'fixed', rupiah: 1_000_000 });
    expect(settings({}, { wageFloor: 2_169_348 }).wageBase).toEqual({ kind: 'floor', rupiah: 2_169_348 });
  });
});

describe('budgetSettingsFrom: --months', () => {
  it('120 months (MAX_PERIOD_MONTHS, ten years) is taken, from January 2027 to December 2036', () => {
    const p = settings({ months: '120' }).period;
    expect(p).toHaveLength(120);
    expect([p[0], p[119]]).toEqual(['2027-01', '2036-12']);
  });

  it('--months 1 is January of the next fiscal year alone', () => {
    expect(settings({ months: '1' }).period).toEqual(['2027-01']);
  });

  it.each(['121', '0', '1.5', 'abc', '', '-3'])('--months %j is refused naming the option and 1..120', (months) => {
    expect(usageErrorOf(() => settings({ months }))).toEqual({ code: 'cli.bad_choice', params: { option: '--months', value: months, allowed: '1..120' }, exitCode: 2 });
  });
});

describe('budgetSettingsFrom: bad values name the option, the value and what is allowed', () => {
  it('--risk', () => {
    const e = usageErrorOf(() => settings({ risk: 'extreme' }));
    expect(e.params['option']).toBe('--risk');
    expect(e.params['value']).toBe('extreme');
    expect(String(e.params['allowed'])).toContain('very_low');
  });

  it('--scheme lists both schemes', () => {
    expect(usageErrorOf(() => settings({ scheme: 'pbi' })).params).toEqual({ option: '--scheme', value: 'pbi', allowed: 'pu | bpu' });
  });

  it.each([
    ['fixedWage', '--fixed-wage'],
    ['wageFloor', '--wage-floor'],
    ['defaultWage', '--default-wage'],
  ] as const)('a bad amount for %s names %s', (key, option) => {
    // Was "choose one of: Rp 1.000.000 | 1000000" (exploratory test): format examples, not choices.
    const e = usageErrorOf(() => settings({ [key]: 'sejuta' }));
    expect([e.code, e.params]).toEqual(['cli.bad_amount', { option, value: 'sejuta' }]);
  });

  // Values each valid alone can still make settings the budget refuses: said before any file is read.
  it('one problem found after parsing (jp in the bpu scheme) is a usage error with that problem', () => {
    const e = usageErrorOf(() => settings({ scheme: 'bpu', programs: 'jkk,jkm,jp' }));
    expect(e.code).toBe('budget.invalid.program_not_in_scheme');
    expect(e.exitCode).toBe(2);
  });

  it('two such problems are said at once, each in the user language, not as message codes', () => {
    const e = usageErrorOf(() => settings({ scheme: 'bpu', programs: 'jkk,jp' }, { agencyRisk: { 'Satpol PP': 'low', 'SATPOL  PP': 'high' } }));
    expect(e.code).toBe('cli.many_problems');
    const list = String(e.params['list']);
    expect(list).toContain('program jp is not available in the bpu scheme');
    expect(list.split('; ')).toHaveLength(2);
    expect(list).not.toContain('budget.invalid');
  });
});

describe('addBudgetOptions: options that cannot go together', () => {
  function commanderCode(args: string[]): string | null {
    const cmd = new Command('budget').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
    addBudgetOptions(ctx, cmd).action(() => undefined);
    try {
      cmd.parse(args, { from: 'user' });
    } catch (e) {
      expect(e).toBeInstanceOf(CommanderError);
      return (e as CommanderError).code;
    }
    return null;
  }

  it.each([
    [['--period', '2027', '--months', '3']],
    [['--months', '3', '--period', '2027']],
    [['--fixed-wage', '1000000', '--wage-floor', '2169348']],
    [['--wage-floor', '2169348', '--fixed-wage', '1000000']],
  ])('%j is refused by commander', (args) => {
    expect(commanderCode(args)).toBe('commander.conflictingOption');
  });

  it('each alone, and --months with a wage option, are taken', () => {
    expect(commanderCode(['--period', '2027', '--wage-floor', '2169348'])).toBeNull();
    expect(commanderCode(['--months', '3', '--fixed-wage', '1000000', '--default-wage', '1500000'])).toBeNull();
  });
});

describe('refuseToOverwriteInputs / checkOutputFile (temp folder)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekon-options-audit-'));
  afterAll(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });
  const roster = join(dir, 'roster.csv');
  writeFileSync(roster, 'NIK,NAMA\n');
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'bpjs.csv'), 'KPJ\n');
  symlinkSync(join(dir, 'real'), join(dir, 'linked'));
  symlinkSync(roster, join(dir, 'roster-link.csv'));

  it('an output that is an input, by the same path, is refused naming the output as given', async () => {
    const e = await asyncUsageErrorOf(refuseToOverwriteInputs([join(dir, 'out.csv'), roster], [{ name: 'roster.csv', path: roster }]));
    expect(e).toEqual({ code: 'cli.output_is_input', params: { file: roster } });
  });

  it('another spelling of the same path (relative, with ..) is the same file', async () => {
    const rel = relative(process.cwd(), roster);
    await expect(refuseToOverwriteInputs([rel], [{ name: 'roster.csv', path: roster }])).rejects.toBeInstanceOf(UsageError);
    await expect(refuseToOverwriteInputs([`${dir}/real/../roster.csv`], [{ name: 'roster.csv', path: rel }])).rejects.toBeInstanceOf(UsageError);
  });

  it('a link to an input, as output or as input, is that input', async () => {
    await expect(refuseToOverwriteInputs([join(dir, 'roster-link.csv')], [{ name: 'roster.csv', path: roster }])).rejects.toBeInstanceOf(UsageError);
    await expect(refuseToOverwriteInputs([roster], [{ name: 'roster-link.csv', path: join(dir, 'roster-link.csv') }])).rejects.toBeInstanceOf(UsageError);
    await expect(refuseToOverwriteInputs([join(dir, 'real', 'bpjs.csv')], [{ name: 'bpjs.csv', path: join(dir, 'linked', 'bpjs.csv') }])).rejects.toBeInstanceOf(
      UsageError,
    );
  });

  it('other outputs, and stdin (no path), are no conflict', async () => {
    await expect(refuseToOverwriteInputs([join(dir, 'summary.csv'), join(dir, 'real', 'roster.csv')], [{ name: '-', path: null }, { name: 'roster.csv', path: roster }])).resolves.toBeUndefined();
    await expect(refuseToOverwriteInputs([], [{ name: 'roster.csv', path: roster }])).resolves.toBeUndefined();
  });

  it('a file into a folder that does not exist names that folder as typed', async () => {
    const file = relative(process.cwd(), join(dir, 'missing', 'laporan.xlsx'));
    expect(await asyncUsageErrorOf(checkOutputFile(file))).toEqual({ code: 'cli.out_parent_missing', params: { file, dir: dirname(file) } });
  });

  it('a file "inside" a file is refused as such, not as a missing folder to create or a permission problem', async () => {
    const file = join(roster, 'laporan.xlsx');
    expect(await asyncUsageErrorOf(checkOutputFile(file))).toEqual({ code: 'cli.out_parent_not_folder', params: { file, dir: roster } });
  });

  // Root may write anywhere, so these run only as an ordinary user (as on a pemda laptop or in CI).
  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)('a folder without write permission: the output path asked for is named', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      expect(await asyncUsageErrorOf(checkOutputFile(join(locked, 'r.xlsx')))).toEqual({ code: 'cli.out_not_writable', params: { path: join(locked, 'r.xlsx') } });
      expect(await asyncUsageErrorOf(checkOutputDir(join(locked, 'out', 'new')))).toEqual({ code: 'cli.out_not_writable', params: { path: join(locked, 'out', 'new') } });
      expect(await asyncUsageErrorOf(checkOutputDir(locked))).toEqual({ code: 'cli.out_not_writable', params: { path: locked } });
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe('runDate: SOURCE_DATE_EPOCH', () => {
  const savedTz = process.env['TZ'];
  afterEach(() => {
    if (savedTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedTz;
  });

  // 20:00 UTC on 23 November is 03:00 on the 24th in Jakarta (WIB, UTC+7).
  const lateUtc = Date.UTC(2026, 10, 23, 20);

  it('the pinned date is read as UTC whatever the time zone', () => {
    process.env['TZ'] = 'Asia/Jakarta';
    expect(runDate({ SOURCE_DATE_EPOCH: String(lateUtc / 1000) }, new Date(0))).toBe('2026-11-23');
  });

  it('unpinned, it is the local date (a WIB officer at 03:00 on the 24th runs on the 24th)', () => {
    process.env['TZ'] = 'Asia/Jakarta';
    expect(runDate({}, new Date(lateUtc))).toBe('2026-11-24');
  });

  it('any whole number of seconds is taken: 2100-01-01 and an 11-digit epoch (2286-11-20)', () => {
    expect(runDate({ SOURCE_DATE_EPOCH: '4102444800' }, new Date(0))).toBe('2100-01-01');
    expect(runDate({ SOURCE_DATE_EPOCH: '10000000000' }, new Date(0))).toBe('2286-11-20');
  });

  // A millisecond timestamp (Date.now()) given by mistake would be a date some 50 000 years ahead.
  it.each(['1764892800000', ' 0', '0 ', '1e9', '+1'])('%j is refused with the value named, exit 2', (value) => {
    expect(usageErrorOf(() => runDate({ SOURCE_DATE_EPOCH: value }, new Date(0)))).toEqual({ code: 'cli.bad_source_date_epoch', params: { value }, exitCode: 2 });
  });
});

describe('resolveLang / parseLang: --lang, REKON_LANG, then LC_ALL, LC_MESSAGES, LANG, then Intl', () => {
  it('LC_MESSAGES is read after LC_ALL and before LANG', () => {
    expect(resolveLang(undefined, { LC_MESSAGES: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('id');
    expect(resolveLang(undefined, { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'id_ID.UTF-8' }, 'id-ID')).toBe('en');
  });

  it('an empty locale variable is as if unset: the next one decides', () => {
    expect(resolveLang(undefined, { LC_ALL: '', LANG: 'id_ID.UTF-8' }, 'en-US')).toBe('id');
  });

  it.each([
    ['C', 'C'],
    ['POSIX', 'POSIX'],
  ])('a locale variable that is %s chooses no language and hides the ones after it: Intl decides', (_what, value) => {
    expect(resolveLang(undefined, { LC_ALL: value, LANG: 'id_ID.UTF-8' }, 'en-US')).toBe('en');
    expect(resolveLang(undefined, { LANG: value }, 'id-ID')).toBe('id');
  });

  it('an empty REKON_LANG is as if unset (a script exporting REKON_LANG="")', () => {
    expect(resolveLang(undefined, { REKON_LANG: '', LANG: 'id_ID.UTF-8' }, 'en-US')).toBe('id');
  });

  // main.ts reads null as "bad --lang": a REKON_LANG it does not know must not make that error.
  it('an unknown REKON_LANG is English, not a --lang error', () => {
    expect(resolveLang(undefined, { REKON_LANG: 'fr' }, 'en-US')).toBe('en');
  });

  it.each([
    ['in_ID.UTF-8', 'id'], // "in": the old code for Indonesian, still in some systems
    ['in', 'id'],
    ['id.UTF-8', 'id'],
    ['id', 'id'],
    ['ID_ID.UTF-8', 'id'],
    ['it_IT.UTF-8', 'en'],
    ['de_DE.UTF-8', 'en'],
  ])('LANG=%s → %s', (lang, expected) => {
    expect(resolveLang(undefined, { LANG: lang }, 'en-US')).toBe(expected);
  });

  it.each([
    ['Indonesia', 'id'],
    ['bahasa', 'id'],
    [' ID ', 'id'],
    ['in', 'id'],
    ['id-ID', 'id'],
    ['English', 'en'],
    ['en_US.UTF-8', 'en'],
    ['en-GB', 'en'],
    [' en ', 'en'],
  ])('parseLang(%j) = %s', (text, expected) => {
    expect(parseLang(text)).toBe(expected);
  });

  // "inggris" is Indonesian for English: whatever else, it must not pick Indonesian.
  it.each(['inggris', 'india', 'idn', 'fr', 'enx', ''])('parseLang(%j) is null', (text) => {
    expect(parseLang(text)).toBeNull();
  });

  it('REKON_LANG is read with parseLang (en_US.UTF-8 is English, over an Indonesian locale)', () => {
    expect(resolveLang(undefined, { REKON_LANG: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' }, 'id-ID')).toBe('en');
  });
});
