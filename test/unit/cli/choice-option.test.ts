// choiceOption: an option restricted to a few values that accepts them in any letter case, as --only and
// --fail-on do, while an invalid value still fails through commander's own "Allowed choices" check (which
// commander-errors.ts translates) and the help still lists the choices.
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { choiceOption } from '../../../src/cli/choice-option.js';

function parse(args: string[]): { format?: string } {
  const cmd = new Command('x').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
  cmd.addOption(choiceOption('--format <format>', 'output format', ['text', 'csv', 'json']).default('text'));
  cmd.action(() => undefined);
  cmd.parse(args, { from: 'user' });
  return cmd.opts();
}

describe('choiceOption', () => {
  it.each([
    ['csv', 'csv'],
    ['CSV', 'csv'],
    ['Json', 'json'],
    ['TEXT', 'text'],
  ])('%j is taken as %j', (given, taken) => {
    expect(parse(['--format', given]).format).toBe(taken);
  });

  it('not given: the default', () => {
    expect(parse([]).format).toBe('text');
  });

  it.each(['xml', 'csvx', '', 'c sv'])('%j is refused by commander with its allowed-choices message (the value as typed)', (given) => {
    let err: unknown;
    try {
      parse(['--format', given]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CommanderError);
    expect((err as CommanderError).code).toBe('commander.invalidArgument');
    expect((err as CommanderError).message).toBe(`error: option '--format <format>' argument '${given}' is invalid. Allowed choices are text, csv, json.`);
  });

  it('keeps the choices for the help text', () => {
    expect(choiceOption('--side <side>', 'which side', ['roster', 'bpjs']).argChoices).toEqual(['roster', 'bpjs']);
  });
});
