import { Command, Option } from 'commander';
import { stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { CliContext } from '../cli-context.js';
import { t, warn } from '../cli-context.js';
import type { SetExit } from '../program.js';
import { withExamples } from '../help-examples.js';
import { paintFor } from '../paint.js';
import { EXIT } from '../exit-codes.js';
import { canonicalPath } from '../output-guard.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/message.js';
import { maskNik } from '../../normalize/mask-nik.js';
import { writeOutputs } from '../../io/output-set.js';
import { DEFAULT_DECISION_FORMAT, readDecisionTable, writeDecisionFile, type DecisionTable } from '../../review/decision-file.js';
import { decisionsOf } from '../../review/decisions-of.js';
import { mergeDecisionRows } from '../../review/merge-decision-rows.js';
import { renderReviewCard, renderReviewPrompt } from '../../review/render-review-card.js';
import { openReviewInput } from '../../review/review-keys.js';
import { DECISIONS_FILE } from '../carry-decisions.js';
import { applyReviewAction, canUndo, currentReviewIndex, reviewProgress, sessionDecisionRows, startReview, type ReviewSession } from '../../review/review-session.js';

interface ReviewOptions {
  readonly decisions?: string;
  readonly showNik?: boolean;
}

/**
 * `rekon review REVIEW_CSV`: the human half of matching. Walks the undecided pairs of review.csv
 * (written by `rekon reconcile --out`), grouped by roster person, and appends the answers to the
 * decisions file that `rekon reconcile --decisions` honours on every later run. Answers already in
 * the decisions file are not asked again.
 */
export function reviewCommand(ctx: CliContext, setExit: SetExit): Command {
  const cmd = new Command('review')
    .description(t(ctx, { code: 'cmd.review.description' }))
    .argument('<review_csv>', t(ctx, { code: 'cmd.review.arg' }))
    .addOption(new Option('--decisions <file>', t(ctx, { code: 'cmd.review.decisions' })))
    .addOption(new Option('--show-nik', t(ctx, { code: 'cli.opt.show_nik' })));
  cmd.action(async (reviewCsv: string, opts: ReviewOptions) => {
    setExit(await runReview(ctx, reviewCsv, opts));
  });
  return withExamples(ctx, cmd, [
    'rekon review laporan/review.csv',
    'rekon review laporan/review.csv --decisions keputusan/decisions.csv',
    'rekon reconcile --roster data/opd --bpjs data/bpjs.csv --decisions laporan/decisions.csv --out laporan',
    "printf 'a\\nr\\nq\\n' | rekon review laporan/review.csv",
  ], false);
}

async function runReview(ctx: CliContext, reviewCsv: string, opts: ReviewOptions): Promise<number> {
  const decisionsPath = opts.decisions ?? join(dirname(reviewCsv), DECISIONS_FILE);
  if (extname(decisionsPath).toLowerCase() !== '.csv') throw new UsageError(msg('review.decisions_not_csv', { file: decisionsPath }));
  const review = await readDecisionTable(reviewCsv);
  // review.csv filled in a spreadsheet may itself be the decisions file.
  const existing: DecisionTable | null =
    (await canonicalPath(decisionsPath)) === (await canonicalPath(reviewCsv)) ? review : (await isFile(decisionsPath)) ? await readDecisionTable(decisionsPath) : null;
  const prior = decisionsOf(existing?.rows ?? []);
  for (const w of prior.warnings) warn(ctx, w);

  const keyless = review.rows.filter((r) => r.decision === null && (r.rosterKey === null || r.bpjsKey === null)).length;
  if (keyless > 0) warn(ctx, msg('review.no_key_rows', { count: keyless }));

  let session = startReview(review.rows, prior.decisions);
  if (currentReviewIndex(session) === null) {
    if (!ctx.quiet) ctx.err(`${t(ctx, msg('review.nothing_to_ask', { file: reviewCsv }))}\n`);
  } else {
    session = await walk(ctx, session, opts);
  }

  const fresh = sessionDecisionRows(session, existing === review);
  if (fresh.length > 0) {
    const rows = mergeDecisionRows(existing?.rows ?? [], fresh);
    // Keep the delimiter the user's spreadsheet chose (`;` in an Indonesian locale).
    const format = { ...DEFAULT_DECISION_FORMAT, delimiter: existing?.delimiter ?? review.delimiter };
    await writeOutputs((set) => set.write(decisionsPath, (f) => writeDecisionFile(f, rows, format)));
  }
  if (!ctx.quiet) {
    const p = reviewProgress(session);
    const decided = fresh.length;
    const accepted = fresh.filter((r) => r.decision === 'accept').length;
    const file = fresh.length > 0 ? t(ctx, msg('review.summary.saved', { file: decisionsPath })) : t(ctx, msg('review.summary.not_saved'));
    ctx.err(`${t(ctx, msg('review.summary', { decided, accepted, rejected: decided - accepted, left: p.left, file }))}\n`);
  }
  return EXIT.ok;
}

/** The interactive loop: card, prompt, one key (or line), next state — until quit, end of input or nothing left. */
async function walk(ctx: CliContext, start: ReviewSession, opts: ReviewOptions): Promise<ReviewSession> {
  const paint = paintFor(ctx);
  const mask = opts.showNik === true ? (s: string): string => s : maskNik;
  const input = openReviewInput(ctx.stdin);
  let session = start;
  let showCard = true;
  try {
    for (;;) {
      const index = currentReviewIndex(session);
      const row = index === null ? undefined : session.rows[index];
      if (row === undefined) {
        // Skipped pairs are still undecided: "all reviewed" would contradict the summary line below.
        const left = reviewProgress(session).left;
        if (!session.quit) ctx.out(`\n${left === 0 ? paint.green(t(ctx, msg('review.all_done'))) : t(ctx, msg('review.end_with_skipped', { count: left }))}\n`);
        break;
      }
      if (showCard) ctx.out(renderReviewCard(row, reviewProgress(session), { lang: ctx.lang, paint, mask }));
      ctx.out(renderReviewPrompt(ctx.lang, paint));
      // End of input (Ctrl-D, or the end of a pipe) saves like q.
      const command = (await input.next()) ?? 'quit';
      if (command === 'unknown') {
        ctx.out(`\n${t(ctx, msg('review.unknown_key'))}\n`);
        showCard = false;
        continue;
      }
      if (command === 'undo' && !canUndo(session)) {
        ctx.out(`${t(ctx, msg('review.nothing_to_undo'))}\n`);
        showCard = false;
        continue;
      }
      ctx.out(`${t(ctx, msg(`review.echo.${command}`))}\n`);
      session = applyReviewAction(session, command);
      showCard = true;
    }
  } finally {
    input.close();
  }
  return session;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
