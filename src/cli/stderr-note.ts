import type { Message } from '../i18n/message.js';
import { say, warn, type CliContext } from './cli-context.js';

/**
 * Notes that only say what rekon did, as asked or as documented: nothing is missing from the results and
 * nothing waits for the user. On stderr they carry no "warning:" (a cron log that greps for it must not
 * flag a month where every review decision applied). Every other note is a warning: data left unread,
 * a guess, an assumption, a setting that reached nothing. A new note is a warning until listed here.
 */
export const INFORMATION_NOTES: ReadonlySet<string> = new Set([
  'run.decisions_applied',
  'run.sheet_info',
  'run.problems_capped',
  'run.bpjs_only_in_csv_only',
  'table.status_is_employment',
  'table.birth_place_date_unused',
  'table.wage_yearly_passed_over',
  'table.wage_total_over_basic',
  'table.wage_unit_thousands',
  'table.wage_unit_millions',
  'budget.note.duplicates_excluded',
  'budget.note.duplicate_row',
  'budget.note.duplicate_rows_more',
  // Asked for with --default-wage: the rows it reached, named.
  'budget.note.default_wage_rows',
  'budget.note.default_wage_rows_floor',
]);

export function isInformation(message: Message): boolean {
  return INFORMATION_NOTES.has(message.code);
}

/** Writes one note of the run to stderr: "rekon: …" for information, "rekon: warning: …" otherwise. */
export function sayNote(ctx: CliContext, message: Message): void {
  if (!isInformation(message)) {
    warn(ctx, message);
    return;
  }
  say(ctx, '', message);
}
