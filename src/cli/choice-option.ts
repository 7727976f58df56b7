import { Option } from 'commander';

/**
 * An option whose value is one of `choices`, in any letter case (`--format CSV`), as `--only` and `--fail-on`
 * already are: the value is lower-cased, then checked by commander's own choices check, so help text and the
 * "allowed choices" error stay commander's (translated in commander-errors.ts).
 */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  const option = new Option(flags, description).choices([...choices]);
  const check = option.parseArg;
  if (check === undefined) return option;
  return option.argParser((value: string, previous: unknown) => check(value.toLowerCase(), previous));
}
