import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * The value of an option the command cannot run without, declared as a plain option and checked
 * here, in the action: commander checks required options before unknown ones, so a mistyped
 * `--rooster x` was answered "--roster not given" instead of naming the typo and its fix.
 */
export function required<T>(value: T | undefined, flag: string): T {
  if (value === undefined) throw new UsageError(msg('cli.missing_mandatory_option', { name: flag }));
  return value;
}
