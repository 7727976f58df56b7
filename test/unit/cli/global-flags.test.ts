import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Command, Option } from 'commander';
import { scanGlobalFlags, type GlobalFlags } from '../../../src/cli/global-flags.js';
import { resolveLang, unknownEnvLang } from '../../../src/i18n/resolve-lang.js';

const NONE: GlobalFlags = { lang: undefined, debug: false, noColor: false, quiet: false, config: undefined };

describe('scanGlobalFlags', () => {
  it('nothing given: no language, no config, every switch off', () => {
    expect(scanGlobalFlags([])).toEqual(NONE);
    expect(scanGlobalFlags(['reconcile', '--roster', 'a.xlsx', '--bpjs', 'b.csv', '--format', 'csv'])).toEqual(NONE);
  });

  it('each flag alone', () => {
    expect(scanGlobalFlags(['--lang', 'id'])).toEqual({ ...NONE, lang: 'id' });
    expect(scanGlobalFlags(['--lang=en'])).toEqual({ ...NONE, lang: 'en' });
    expect(scanGlobalFlags(['--config', 'conf/rekon.toml'])).toEqual({ ...NONE, config: 'conf/rekon.toml' });
    expect(scanGlobalFlags(['--config=conf/rekon.toml'])).toEqual({ ...NONE, config: 'conf/rekon.toml' });
    expect(scanGlobalFlags(['--debug'])).toEqual({ ...NONE, debug: true });
    expect(scanGlobalFlags(['--no-color'])).toEqual({ ...NONE, noColor: true });
    expect(scanGlobalFlags(['--quiet'])).toEqual({ ...NONE, quiet: true });
    expect(scanGlobalFlags(['-q'])).toEqual({ ...NONE, quiet: true });
  });

  it('all together, before or after the command and among its options', () => {
    const all: GlobalFlags = { lang: 'id', debug: true, noColor: true, quiet: true, config: 'x.toml' };
    expect(scanGlobalFlags(['--lang', 'id', '--debug', '--no-color', '-q', '--config', 'x.toml', 'nik', '3273014501900001'])).toEqual(all);
    expect(scanGlobalFlags(['reconcile', '--roster', 'a', '--lang=id', '--bpjs', 'b', '--config=x.toml', '--quiet', '--no-color', '--debug'])).toEqual(all);
  });

  it('a repeated --lang or --config: the last one wins (as in commander)', () => {
    expect(scanGlobalFlags(['--lang', 'id', 'nik', '1', '--lang=en'])).toMatchObject({ lang: 'en' });
    expect(scanGlobalFlags(['--config=a.toml', '--config', 'b.toml'])).toMatchObject({ config: 'b.toml' });
  });

  it('the value after = is kept whole, = and all; an empty one is empty, not absent', () => {
    expect(scanGlobalFlags(['--config=dir=x/rekon.toml']).config).toBe('dir=x/rekon.toml');
    expect(scanGlobalFlags(['--lang=']).lang).toBe('');
    expect(scanGlobalFlags(['--config=']).config).toBe('');
    expect(scanGlobalFlags(['--lang', '']).lang).toBe('');
  });

  it('--lang or --config as the last word has no value (commander then says so)', () => {
    expect(scanGlobalFlags(['nik', '1', '--lang'])).toEqual(NONE);
    expect(scanGlobalFlags(['--config'])).toEqual(NONE);
  });

  it('nothing after -- is a flag', () => {
    expect(scanGlobalFlags(['nik', '--', '--lang', 'id', '--debug', '-q', '--no-color', '--config', 'x'])).toEqual(NONE);
    expect(scanGlobalFlags(['--quiet', '--', '--debug'])).toEqual({ ...NONE, quiet: true });
  });

  it('only the exact flags count, not words that start like them', () => {
    expect(scanGlobalFlags(['--language', 'id', '--langx=en', '--debugger', '--no-colors', '--color', '--quieter', '-Q', '--configs', 'x', '--quiet=1'])).toEqual(NONE);
    expect(scanGlobalFlags(['--LANG', 'id', '--Debug'])).toEqual(NONE);
  });

  it("the commands' own options and their values are not global flags", () => {
    expect(scanGlobalFlags(['inspect', 'a.csv', '--sheet', 'DATA', '--header-row', '2'])).toEqual(NONE);
  });
});

describe('scanGlobalFlags agrees with commander, which declares the same flags (program.ts)', () => {
  /** The global options of src/cli/program.ts on a program with one command taking any words. */
  function parseWithCommander(argv: readonly string[]): GlobalFlags {
    const program = new Command('rekon')
      .addOption(new Option('--lang <lang>'))
      .option('--debug')
      .option('--no-color')
      .option('-q, --quiet')
      .option('--config <file>')
      .exitOverride()
      .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
    program.addCommand(new Command('inspect').argument('[files...]').action(() => undefined).exitOverride());
    program.parse([...argv], { from: 'user' });
    const o = program.opts<{ lang?: string; debug?: boolean; color: boolean; quiet?: boolean; config?: string }>();
    return { lang: o.lang, debug: o.debug === true, noColor: !o.color, quiet: o.quiet === true, config: o.config };
  }

  const value = fc.stringMatching(/^[a-zA-Z0-9_./=]{0,8}$/);
  const word = fc.stringMatching(/^[a-zA-Z0-9_.]{1,8}$/);
  const flag = fc.oneof(
    value.map((v) => ['--lang', v]),
    value.map((v) => [`--lang=${v}`]),
    value.map((v) => ['--config', v]),
    value.map((v) => [`--config=${v}`]),
    fc.constant(['--debug']),
    fc.constant(['--no-color']),
    fc.constant(['--quiet']),
    fc.constant(['-q']),
  );
  const anyToken = fc.oneof(flag, word.map((w) => [w]));

  it('on any mix of global flags and words, before and after the command, and after --', () => {
    fc.assert(
      fc.property(fc.array(flag, { maxLength: 4 }), fc.array(anyToken, { maxLength: 6 }), fc.option(fc.array(anyToken, { maxLength: 4 })), (before, after, rest) => {
        const argv = [...before.flat(), 'inspect', ...after.flat(), ...(rest === null ? [] : ['--', ...rest.flat()])];
        expect(scanGlobalFlags(argv), argv.join(' ')).toEqual(parseWithCommander(argv));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the language as main.ts resolves it: --lang, then REKON_LANG, then the locale', () => {
  const langOf = (argv: string[], env: Record<string, string>, locale = 'en-US'): string | null => resolveLang(scanGlobalFlags(argv).lang, env, locale);

  it('--lang wins over REKON_LANG and the locale, wherever it is on the line', () => {
    expect(langOf(['--lang', 'en', 'nik', '1'], { REKON_LANG: 'id', LANG: 'id_ID.UTF-8' }, 'id-ID')).toBe('en');
    expect(langOf(['nik', '1', '--lang=ID'], { REKON_LANG: 'en' })).toBe('id');
  });

  it('without --lang, REKON_LANG wins over the locale', () => {
    expect(langOf(['nik', '1'], { REKON_LANG: 'id', LANG: 'en_US.UTF-8' })).toBe('id');
  });

  it('without either, the locale', () => {
    expect(langOf(['nik', '1'], { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(langOf(['nik', '1'], {}, 'id-ID')).toBe('id');
    expect(langOf(['nik', '1'], {}, 'en-US')).toBe('en');
  });

  it('a --lang after -- is an argument, not the language', () => {
    expect(langOf(['nik', '--', '--lang', 'id'], { REKON_LANG: 'en' })).toBe('en');
  });

  it('a bad or empty --lang is refused (null), not replaced by REKON_LANG', () => {
    expect(langOf(['--lang', 'fr'], { REKON_LANG: 'id' })).toBeNull();
    expect(langOf(['--lang='], { REKON_LANG: 'id' })).toBeNull();
  });
});

describe('unknownEnvLang: a REKON_LANG that decides and names no language (main.ts warns, then uses English)', () => {
  it('is the value when REKON_LANG decides and is neither id nor en', () => {
    expect(unknownEnvLang(undefined, { REKON_LANG: 'fr' })).toBe('fr');
    expect(unknownEnvLang(undefined, { REKON_LANG: 'jawa', LANG: 'id_ID.UTF-8' })).toBe('jawa');
  });

  it('is null when REKON_LANG names a language, is empty or unset, or --lang decides', () => {
    for (const v of ['id', 'EN', 'id_ID.UTF-8', 'indonesian', 'in']) expect(unknownEnvLang(undefined, { REKON_LANG: v }), v).toBeNull();
    expect(unknownEnvLang(undefined, { REKON_LANG: '' })).toBeNull();
    expect(unknownEnvLang(undefined, {})).toBeNull();
    expect(unknownEnvLang('en', { REKON_LANG: 'fr' })).toBeNull();
  });

  it('agrees with resolveLang: whenever it names a value, the run is in English', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (v) => {
        if (unknownEnvLang(undefined, { REKON_LANG: v }) !== null) expect(resolveLang(undefined, { REKON_LANG: v, LANG: 'id_ID.UTF-8' }, 'id-ID')).toBe('en');
      }),
    );
  });
});
