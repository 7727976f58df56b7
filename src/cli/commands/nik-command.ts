import { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { t } from '../cli-context.js';
import { choiceOption } from '../choice-option.js';
import type { SetExit } from '../program.js';
import { withExamples } from '../help-examples.js';
import { isNikHeaderLine } from '../nik-header-line.js';
import { EXIT } from '../exit-codes.js';
import { InputError } from '../../errors.js';
import { msg } from '../../i18n/message.js';
import { parseNik } from '../../normalize/nik.js';
import { describeRegion } from '../../normalize/region.js';
import type { ParsedNik } from '../../normalize/parsed-nik.js';
import { readAllStream } from '../../io/byte-source.js';
import { renderNikLine, nikJson } from '../../report/nik-report.js';

interface NikOptions {
  readonly format: 'text' | 'json';
  readonly showNik?: boolean;
}

export function nikCommand(ctx: CliContext, setExit: SetExit): Command {
  const cmd = new Command('nik')
    .description(t(ctx, { code: 'cmd.nik.description' }))
    .argument('<nik...>', t(ctx, { code: 'cmd.nik.arg' }))
    .addOption(choiceOption('--format <format>', t(ctx, { code: 'cli.opt.format', params: { choices: 'text | json' } }), ['text', 'json']).default('text'))
    .option('--show-nik', t(ctx, { code: 'cli.opt.show_nik' }))
    .action(async (values: string[], opts: NikOptions) => {
      const inputs: string[] = [];
      for (const v of values) {
        if (v === '-') {
          const lines = (await readAllStream(ctx.stdin as AsyncIterable<unknown>)).toString('utf8').split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== '');
          // `cut -d, -f3 pegawai.csv | rekon nik -` brings the column title first: it is no NIK to judge.
          if (lines[0] !== undefined && isNikHeaderLine(lines[0])) lines.shift();
          // An empty pipe is a broken pipeline upstream (a wrong column, an empty file), not "no problems".
          if (lines.length === 0) throw new InputError(msg('cli.nik_stdin_empty'));
          inputs.push(...lines);
        } else inputs.push(v);
      }
      const referenceYear = Number(ctx.today.slice(0, 4));
      const parsed: ParsedNik[] = inputs.map((raw) => parseNik(raw, { referenceYear }));
      // Masked on a terminal by default (UU 27/2022): the screen may be seen by others.
      // What the masked digits encode (district, birth date, sex) is withheld too (see renderNikLine).
      const mask = ctx.stdoutIsTty && opts.showNik !== true;
      // Before the output: `rekon nik - < list | head` still exits 2 for an invalid NIK further down.
      if (parsed.some((p) => p.status !== 'valid')) setExit(EXIT.badInput);
      if (opts.format === 'json') {
        ctx.out(`${JSON.stringify({ niks: parsed.map((p) => nikJson(ctx.lang, p, mask, describeRegion)) }, null, 2)}\n`);
      } else {
        for (const p of parsed) ctx.out(`${renderNikLine(ctx.lang, p, mask, describeRegion)}\n`);
      }
    });
  return withExamples(ctx, cmd, ['rekon nik 3273014501900001', 'rekon nik "3273 0145 0190 0001" 3.27301E+15', 'cut -d, -f3 pegawai.csv | rekon nik - --format json'], false);
}
