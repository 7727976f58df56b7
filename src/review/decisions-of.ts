import { msg, type Message } from '../i18n/message.js';
import type { ManualDecision } from './manual-decision.js';
import { maskPersonKey } from './mask-person-key.js';
import type { ReviewRow } from './review-row.js';

export interface DecisionsOfResult {
  /** One decision per roster × BPJS pair, in the order of the row that decided it. */
  readonly decisions: ManualDecision[];
  /** Conflicts that were resolved (the later row won); shown to the user, never fatal. */
  readonly warnings: Message[];
}

/**
 * The decisions a matcher should honour, from the rows of a decisions file (pure).
 * - Undecided rows and rows without both keys carry nothing.
 * - Rows are read top to bottom and the later one wins: `rekon review` appends new decisions
 *   at the end, and a spreadsheet user who changes their mind usually adds a line below.
 * - A person is one person: a roster key accepted with two different BPJS keys (or a BPJS key
 *   accepted for two roster keys) keeps the later accept and warns about the earlier one.
 *   Rejections never conflict: a roster person may reject any number of candidates.
 */
export function decisionsOf(rows: readonly ReviewRow[]): DecisionsOfResult {
  // Re-inserting on every occurrence keeps the Map ordered by each pair's *last* row.
  const latest = new Map<string, ManualDecision>();
  for (const r of rows) {
    if (r.decision === null || r.rosterKey === null || r.bpjsKey === null) continue;
    const pair = `${r.rosterKey}\u0000${r.bpjsKey}`;
    latest.delete(pair);
    latest.set(pair, {
      roster: r.rosterKey,
      bpjs: r.bpjsKey,
      decision: r.decision,
      rosterAgency: r.roster.agency,
      rosterFile: r.roster.file,
      rosterSheet: r.roster.sheet,
      shown: { rosterName: r.roster.name, rosterBirthDate: r.roster.birthDate, bpjsName: r.bpjs.name, bpjsKpj: r.bpjs.kpj },
    });
  }
  const entries = [...latest.values()];
  const dropped = new Set<ManualDecision>();
  const warnings: Message[] = [];
  const acceptedByRoster = new Map<string, ManualDecision>();
  const acceptedByBpjs = new Map<string, ManualDecision>();
  for (const d of entries) {
    if (d.decision !== 'accept') continue;
    const sameRoster = acceptedByRoster.get(d.roster);
    if (sameRoster !== undefined && !dropped.has(sameRoster)) {
      dropped.add(sameRoster);
      warnings.push(msg('review.warn.roster_accepted_twice', { roster: maskPersonKey(d.roster), dropped: maskPersonKey(sameRoster.bpjs), kept: maskPersonKey(d.bpjs) }));
    }
    const sameBpjs = acceptedByBpjs.get(d.bpjs);
    if (sameBpjs !== undefined && !dropped.has(sameBpjs)) {
      dropped.add(sameBpjs);
      warnings.push(msg('review.warn.bpjs_accepted_twice', { bpjs: maskPersonKey(d.bpjs), dropped: maskPersonKey(sameBpjs.roster), kept: maskPersonKey(d.roster) }));
    }
    acceptedByRoster.set(d.roster, d);
    acceptedByBpjs.set(d.bpjs, d);
  }
  return { decisions: entries.filter((d) => !dropped.has(d)), warnings };
}
