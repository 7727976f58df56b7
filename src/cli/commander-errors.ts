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
  // commander's own guess at a mistyped option or command ("(Did you mean --format?)"), kept.
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(err.message)?.[1];
  if (suggestion !== undefined && (code === 'cli.unknown_option' || code === 'cli.unknown_command')) {
    return translate(lang, { code: `${code}_suggest`, params: { name: quoted, suggestion } });
  }
  return translate(lang, { code, params: { name: quoted, detail: err.message.replace(/^error: /, '') } });
}
