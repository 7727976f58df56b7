import { msg, type Message } from '../i18n/message.js';
import { formatProvenance, type Provenance } from '../io/provenance.js';

/** Rows named in the stderr note; the rest are in budget.json / summary.json and the text output. */
const NAMED = 20;

/**
 * The roster rows left out of a budget (no wage, no default wage), as one note for stderr when stdout is
 * CSV or JSON: a scripted job piping budget.csv would otherwise report an APBD line short by those workers
 * with no signal (text output lists them under the table). Null when every row was budgeted.
 */
export function notBudgetedNote(rows: readonly { readonly at: Provenance }[]): Message | null {
  if (rows.length === 0) return null;
  const named = rows.slice(0, NAMED).map((r) => formatProvenance(r.at));
  if (rows.length > NAMED) named.push(`… (+${rows.length - NAMED})`);
  return msg('budget.not_budgeted_rows', { rows: named.join(', ') });
}
