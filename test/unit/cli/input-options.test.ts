import { describe, expect, it } from 'vitest';
import { Command, CommanderError } from 'commander';
import { addInputOptions, addReadOptions, columnMapping, mapOption, parseHeaderRow, parseMapOptions, sheetSelection, type InputCliOptions } from '../../../src/cli/input-options.js';
import { t, type CliContext } from '../../../src/cli/cli-context.js';
import { COLUMN_ROLES } from '../../../src/normalize/column-role.js';
import { ALL_SHEETS } from '../../../src/io/sheet-selection.js';
import { usageErrorOf } from './usage-error-of.js';

const ctx = { lang: 'en' } as CliContext;

/** A command set up as src/cli/program.ts sets up each command: errors thrown, nothing printed. */
function command(add: (cmd: Command) => Command): Command {
  const cmd = new Command('inspect').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
  cmd.argument('[files...]').action(() => undefined);
  return add(cmd);
}

function parse(add: (cmd: Command) => Command, args: string[]): Record<string, unknown> {
  const cmd = command(add);
  cmd.parse(args, { from: 'user' });
  return cmd.opts();
}

function commanderErrorOf(add: (cmd: Command) => Command, args: string[]): CommanderError {
  try {
    command(add).parse(args, { from: 'user' });
  } catch (e) {
    expect(e).toBeInstanceOf(CommanderError);
    return e as CommanderError;
  }
  throw new Error('expected a CommanderError');
}

const withInput = (cmd: Command): Command => addInputOptions(ctx, cmd);
const withRead = (cmd: Command): Command => addReadOptions(ctx, cmd);

describe('addInputOptions / addReadOptions (commander)', () => {
  it('nothing given: every input option is undefined', () => {
    expect(parse(withInput, ['a.csv'])).toEqual({});
  });

  it('--map, --sheet and --skip-sheet repeat and keep their order; the others take one value', () => {
    const opts = parse(withInput, [
      '--map',
      'nik=NO KTP',
      '--sheet',
      'DATA',
      '--map',
      'name=NAMA',
      '--skip-sheet',
      'REKAP',
      '--sheet',
      '2026',
      '--skip-sheet',
      '2025 LAMA',
      '--input-delimiter',
      ';',
      '--input-encoding',
      'windows-1252',
      '--header-row',
      '3',
      'a.xlsx',
    ]);
    expect(opts).toEqual({
      map: ['nik=NO KTP', 'name=NAMA'],
      sheet: ['DATA', '2026'],
      skipSheet: ['REKAP', '2025 LAMA'],
      inputDelimiter: ';',
      inputEncoding: 'windows-1252',
      headerRow: '3',
    });
  });

  it('a single --sheet is still a list; a comma in a sheet name is part of the name', () => {
    expect(parse(withRead, ['--sheet', 'A,B'])).toEqual({ sheet: ['A,B'] });
  });

  it('a repeated single-value option: the last one wins', () => {
    expect(parse(withRead, ['--header-row', '2', '--header-row', '5'])).toEqual({ headerRow: '5' });
  });

  it('addReadOptions has no --map (reconcile names its maps --roster-map / --bpjs-map)', () => {
    const e = commanderErrorOf(withRead, ['--map', 'nik=X']);
    expect(e.code).toBe('commander.unknownOption');
  });

  it.each(['--sheet', '--skip-sheet', '--header-row', '--input-delimiter', '--input-encoding'])('%s without a value is a commander error', (flag) => {
    expect(commanderErrorOf(withRead, [flag]).code).toBe('commander.optionMissingArgument');
  });

  it('mapOption under another name: repeatable, stored under that name, its help naming it', () => {
    const opts = parse((cmd) => cmd.addOption(mapOption(ctx, '--roster-map')).addOption(mapOption(ctx, '--bpjs-map')), [
      '--roster-map',
      'nik=NO KTP',
      '--bpjs-map',
      'kpj=NO PESERTA',
      '--roster-map',
      'name=NAMA',
    ]);
    expect(opts).toEqual({ rosterMap: ['nik=NO KTP', 'name=NAMA'], bpjsMap: ['kpj=NO PESERTA'] });
    expect(mapOption(ctx, '--roster-map').description).toBe(t(ctx, { code: 'cli.opt.map', params: { flag: '--roster-map' } }));
    expect(mapOption(ctx).long).toBe('--map');
    expect(mapOption(ctx).description).toBe(t(ctx, { code: 'cli.opt.map', params: { flag: '--map' } }));
  });
});

describe('parseMapOptions (--map role=HEADER)', () => {
  const roles = COLUMN_ROLES.join(', ');

  it('nothing given: no override (or the config base, copied)', () => {
    expect(parseMapOptions(undefined)).toEqual({});
    expect(parseMapOptions([])).toEqual({});
    const base = { nik: 'NO KTP' };
    const out = parseMapOptions(undefined, base);
    expect(out).toEqual({ nik: 'NO KTP' });
    expect(out).not.toBe(base);
  });

  it('role=HEADER for each role', () => {
    for (const role of COLUMN_ROLES) expect(parseMapOptions([`${role}=KOLOM X`])).toEqual({ [role]: 'KOLOM X' });
  });

  it('the role ignores case, spaces and - for _; the header keeps its inner spaces and case', () => {
    expect(parseMapOptions([' Birth-Date = Tgl  Lahir ', 'BPJS_STATUS=Status'])).toEqual({ birth_date: 'Tgl  Lahir', bpjs_status: 'Status' });
  });

  it('quotes around the header are dropped (a shell may pass them through)', () => {
    expect(parseMapOptions(['name="NAMA LENGKAP"', "nik='NO KTP'"])).toEqual({ name: 'NAMA LENGKAP', nik: 'NO KTP' });
  });

  it('only the first = splits: a header may contain =', () => {
    expect(parseMapOptions(['nik=NIK=KTP'])).toEqual({ nik: 'NIK=KTP' });
  });

  it('a repeated role: the last one wins', () => {
    expect(parseMapOptions(['nik=A', 'NIK=B'])).toEqual({ nik: 'B' });
  });

  it('the command line wins over the config file, role by role, without changing the config', () => {
    const base = { nik: 'NO KTP', name: 'NAMA' };
    expect(parseMapOptions(['nik=NIK BARU', 'wage=GAJI'], base)).toEqual({ nik: 'NIK BARU', name: 'NAMA', wage: 'GAJI' });
    expect(base).toEqual({ nik: 'NO KTP', name: 'NAMA' });
  });

  it.each([
    'nik', // no =
    '=NAMA', // no role
    'nikk=NO KTP', // unknown role
    'nama=NAMA', // Indonesian word, not a role
    'nik=', // no header
    'nik=   ', // blank header
    'nik=""', // quotes only
    "nik=''",
    '',
  ])('%j is refused naming the option, the value as typed and every role', (value) => {
    const e = usageErrorOf(() => parseMapOptions([value], {}, '--roster-map'));
    expect(e).toEqual({ code: 'cli.bad_map', params: { flag: '--roster-map', value, roles }, exitCode: 2 });
  });

  it('the flag defaults to --map in the error, and the first bad value is the one named', () => {
    const e = usageErrorOf(() => parseMapOptions(['nik=NO KTP', 'x=1', 'y=2']));
    expect(e.params).toEqual({ flag: '--map', value: 'x=1', roles });
  });
});

describe('parseHeaderRow (--header-row)', () => {
  it('not given: detected (undefined)', () => {
    expect(parseHeaderRow(undefined)).toBeUndefined();
  });

  it('a positive whole number, 1 being the first row', () => {
    expect(parseHeaderRow('1')).toBe(1);
    expect(parseHeaderRow('12')).toBe(12);
    expect(parseHeaderRow(' 3 ')).toBe(3);
  });

  it.each(['0', '-1', '1.5', 'abc', '', ' ', 'NaN', 'Infinity', 'dua', '0x10', '1e1', '+2', '3.0', '99999999999999999999'])('%j is refused naming the option and the value', (value) => {
    const e = usageErrorOf(() => parseHeaderRow(value));
    expect(e).toEqual({ code: 'cli.bad_choice', params: { option: '--header-row', value, allowed: '1, 2, 3 …' }, exitCode: 2 });
  });
});

describe('sheetSelection (--sheet / --skip-sheet over [sheets] in rekon.toml)', () => {
  const config = { only: ['DATA'], skip: ['REKAP'] };

  it('neither option: the config selection, else every sheet', () => {
    expect(sheetSelection({}, config)).toBe(config);
    expect(sheetSelection({})).toBe(ALL_SHEETS);
    expect(ALL_SHEETS).toEqual({ only: [], skip: [] });
  });

  it('--sheet replaces the whole config selection, its skip list too', () => {
    const opts: InputCliOptions = { sheet: ['REKAP'] };
    expect(sheetSelection(opts, config)).toEqual({ only: ['REKAP'], skip: [] });
  });

  it('--skip-sheet replaces the whole config selection, its only list too', () => {
    expect(sheetSelection({ skipSheet: ['DATA'] }, config)).toEqual({ only: [], skip: ['DATA'] });
  });

  it('both options together', () => {
    expect(sheetSelection({ sheet: ['A', 'B'], skipSheet: ['C'] }, config)).toEqual({ only: ['A', 'B'], skip: ['C'] });
    expect(sheetSelection({ sheet: ['A'], skipSheet: ['C'] })).toEqual({ only: ['A'], skip: ['C'] });
  });

  it('as the commands use it: parsed by commander, then selected', () => {
    const opts = parse(withInput, ['--skip-sheet', '2025 LAMA', 'a.xlsx']) as InputCliOptions;
    expect(sheetSelection(opts, config)).toEqual({ only: [], skip: ['2025 LAMA'] });
    expect(sheetSelection(parse(withInput, ['a.xlsx']) as InputCliOptions, config)).toBe(config);
  });
});

describe('columnMapping (config [columns.<side>] merged with --map)', () => {
  const config = { path: '/data/rekon.toml', columns: { roster: { wage: 'HONOR', nik: 'NO KTP' }, bpjs: { kpj: 'NO PESERTA' } } };

  it('says which roles still come from the config file once the command line has had its say', () => {
    expect(columnMapping(['nik=NIK BARU'], config, 'roster', '--roster-map')).toEqual({
      overrides: { wage: 'HONOR', nik: 'NIK BARU' },
      configMap: { file: '/data/rekon.toml', roles: ['wage'] },
    });
    expect(columnMapping(undefined, config, 'bpjs')).toEqual({ overrides: { kpj: 'NO PESERTA' }, configMap: { file: '/data/rekon.toml', roles: ['kpj'] } });
  });

  it('no config file, or none of its roles left: no config map', () => {
    expect(columnMapping(['nik=X'], { path: null, columns: { roster: {}, bpjs: {} } }, 'roster')).toEqual({ overrides: { nik: 'X' } });
    expect(columnMapping(['kpj=X'], config, 'bpjs', '--bpjs-map')).toEqual({ overrides: { kpj: 'X' } });
  });
});
