/**
 * The global flags that must be known before commander builds the (localized) help:
 * scanned from argv by hand. commander still declares and validates them.
 */
export interface GlobalFlags {
  readonly lang: string | undefined;
  readonly debug: boolean;
  readonly noColor: boolean;
  readonly quiet: boolean;
  readonly config: string | undefined;
}

export function scanGlobalFlags(argv: readonly string[]): GlobalFlags {
  let lang: string | undefined;
  let config: string | undefined;
  let debug = false;
  let noColor = false;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    if (a === '--lang') lang = argv[i + 1];
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
    else if (a === '--config') config = argv[i + 1];
    else if (a.startsWith('--config=')) config = a.slice('--config='.length);
    else if (a === '--debug') debug = true;
    else if (a === '--no-color') noColor = true;
    else if (a === '--quiet' || a === '-q') quiet = true;
  }
  return { lang, debug, noColor, quiet, config };
}
