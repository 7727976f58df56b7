import type { CommanderError } from 'commander';
import type { Lang } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';

/** commander writes English; we re-say its errors in the user's language, keeping the offending word. */
export function commanderErrorMessage(lang: Lang, err: CommanderError): string {
  // The first quoted word, up to a quote that ends it (followed by the end, a space or a period): a word
  // may hold apostrophes of its own ("Rekap Jum'at.xlsx", "Ma'ruf").
  const quoted = /'(.*?)'(?=$|[\s.,)])/m.exec(err.message)?.[1] ?? '';
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
  // commander's own guess at a mistyped option or command ("(Did you mean --format?)", or "one of" several), kept.
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(err.message)?.[1];
  if (suggestion !== undefined && (code === 'cli.unknown_option' || code === 'cli.unknown_command')) {
    const several = /^one of (.+)$/.exec(suggestion);
    if (several !== null) return translate(lang, { code: `${code}_suggest_many`, params: { name: quoted, suggestion: several[1] ?? '' } });
    return translate(lang, { code: `${code}_suggest`, params: { name: quoted, suggestion } });
  }
  // A value outside an option's choices: said as our own bad-choice message, in the user's language.
  const choice = /option '(\S+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/.exec(err.message);
  if (code === 'cli.invalid_argument' && choice !== null) {
    return translate(lang, { code: 'cli.bad_choice', params: { option: choice[1] ?? '', value: choice[2] ?? '', allowed: choice[3] ?? '' } });
  }
  return translate(lang, { code, params: { name: quoted, detail: err.message.replace(/^error: /, '') } });
}
