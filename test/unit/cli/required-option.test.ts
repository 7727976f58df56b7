import { describe, expect, it } from 'vitest';
import { Command, CommanderError } from 'commander';
import { required } from '../../../src/cli/required-option.js';
import { UsageError } from '../../../src/errors.js';
import { usageErrorOf } from './usage-error-of.js';

describe('required', () => {
  it('returns the value itself when given', () => {
    const paths = ['a.xlsx', 'b.csv'];
    expect(required(paths, '--roster <path...>')).toBe(paths);
    expect(required('x', '--bpjs <path...>')).toBe('x');
  });

  it('an empty or falsy value is still a value (only undefined is "not given")', () => {
    expect(required('', '--out <dir>')).toBe('');
    expect(required([], '--roster <path...>')).toEqual([]);
    expect(required(0, '--months <n>')).toBe(0);
    expect(required(false, '--bom')).toBe(false);
    expect(required(null, '--x')).toBeNull();
  });

  it('undefined is a usage error (exit 2) naming the option as given', () => {
    expect(usageErrorOf(() => required(undefined, '--roster <path...>'))).toEqual({
      code: 'cli.missing_mandatory_option',
      params: { name: '--roster <path...>' },
      exitCode: 2,
    });
    expect(usageErrorOf(() => required<string>(undefined, '--bpjs <path...>')).params).toEqual({ name: '--bpjs <path...>' });
  });
});

describe('required in a commander action, as reconcile and budget use it', () => {
  /** --roster and --bpjs declared as plain options and checked in the action (reconcile-command.ts). */
  function reconcileLike(): { cmd: Command; seen: { roster: string[]; bpjs: string[] }[] } {
    const seen: { roster: string[]; bpjs: string[] }[] = [];
    const cmd = new Command('reconcile')
      .option('--roster <path...>')
      .option('--bpjs <path...>')
      .exitOverride()
      .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined })
      .action((opts: { roster?: string[]; bpjs?: string[] }) => {
        seen.push({ roster: required(opts.roster, '--roster <path...>'), bpjs: required(opts.bpjs, '--bpjs <path...>') });
      });
    return { cmd, seen };
  }

  async function failure(args: string[]): Promise<unknown> {
    const { cmd, seen } = reconcileLike();
    try {
      await cmd.parseAsync(args, { from: 'user' });
    } catch (e) {
      expect(seen).toEqual([]);
      return e;
    }
    throw new Error('expected the command to fail');
  }

  it('both given: the action runs with them', async () => {
    const { cmd, seen } = reconcileLike();
    await cmd.parseAsync(['--roster', 'a.xlsx', 'b.xlsx', '--bpjs', 'bpjs.csv'], { from: 'user' });
    expect(seen).toEqual([{ roster: ['a.xlsx', 'b.xlsx'], bpjs: ['bpjs.csv'] }]);
  });

  it('a missing one is named, the first checked first', async () => {
    const noBpjs = await failure(['--roster', 'a.xlsx']);
    expect(noBpjs).toBeInstanceOf(UsageError);
    expect((noBpjs as UsageError).detail).toEqual({ code: 'cli.missing_mandatory_option', params: { name: '--bpjs <path...>' } });
    const none = await failure([]);
    expect((none as UsageError).detail).toEqual({ code: 'cli.missing_mandatory_option', params: { name: '--roster <path...>' } });
  });

  it('a mistyped option is reported as unknown, not as the required option missing', async () => {
    const e = await failure(['--rooster', 'a.xlsx', '--bpjs', 'b.csv']);
    expect(e).toBeInstanceOf(CommanderError);
    expect((e as CommanderError).code).toBe('commander.unknownOption');
    const both = await failure(['--rooster', 'a.xlsx']);
    expect((both as CommanderError).code).toBe('commander.unknownOption');
  });
});
