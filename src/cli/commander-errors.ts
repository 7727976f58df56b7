import type { CommanderError } from 'commander';
import type { Lang } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';

/** commander writes English; we re-say its errors in the user's language, keeping the offending word. */
export function commanderErrorMessage(lang: Lang, err: CommanderError): string {
  const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  const byCode: Record<string, string> = {
    'commander.unknownOption': 'cli.unknown_option',
    'commander.unknownCommand': 'cli.unknown_command',
    'commander.missingArgument': 'cli.missing_argument',
    'commander.optionMissingArgument': 'cli.option_missing_argument',
    'commander.missingMandatoryOptionValue': 'cli.missing_mandatory_option',
    'commander.excessArguments': 'cli.excess_arguments',
    'commander.invalidArgument': 'cli.invalid_argument',
  };
  const code = byCode[err.code];
  if (code === undefined) return err.message.replace(/^error: /, '');
  return translate(lang, { code, params: { name: quoted, detail: err.message.replace(/^error: /, '') } });
}
