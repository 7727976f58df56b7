import { Command, Option } from 'commander';
import { access } from 'node:fs/promises';
import { makeFolder } from '../../io/make-folder.js';
import { join } from 'node:path';
import type { CliContext } from '../cli-context.js';
import { t } from '../cli-context.js';
import type { SetExit } from '../program.js';
import { withExamples } from '../help-examples.js';
import { CONFIG_FILE_NAME } from '../config-file.js';
import { checkOutputDir } from '../output-guard.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/message.js';
import { starterConfig } from '../starter-config.js';

interface InitOptions {
  readonly force?: boolean;
  readonly dir?: string;
}

/** `rekon init`: writes a commented starter rekon.toml that every command then reads. */
export function initCommand(ctx: CliContext, _setExit: SetExit): Command {
  const cmd = new Command('init')
    .description(t(ctx, { code: 'cmd.init.description' }))
    // No commander default: its help would add `(default: ".")` after the description's own words.
    .addOption(new Option('--dir <dir>', t(ctx, { code: 'cmd.init.dir' })))
    .option('--force', t(ctx, { code: 'cmd.init.force' }))
    .action(async (opts: InitOptions) => {
      const dir = opts.dir ?? '.';
      const path = join(dir, CONFIG_FILE_NAME);
      if (opts.force !== true && (await exists(path))) throw new UsageError(msg('init.exists', { file: path }));
      const text = starterConfig(ctx.lang);
      const { parseConfig } = await import('../parse-config.js');
      parseConfig(path, text); // the starter must itself be valid
      // A new month's folder (the help's own example) is created, as --out creates its folder.
      await checkOutputDir(dir, '--dir');
      await makeFolder(dir);
      await writeFileAtomic(path, text);
      ctx.err(`${t(ctx, { code: 'init.written', params: { file: path } })}\n`);
    });
  return withExamples(ctx, cmd, ['rekon init', 'rekon init --dir laporan-bulanan --lang id'], false);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
