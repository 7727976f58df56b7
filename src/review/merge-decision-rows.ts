import type { ReviewRow } from './review-row.js';

/**
 * What `rekon review` writes back to the decisions file (pure): every existing row is kept as it
 * was and the new decisions are appended, so the later row wins (decisionsOf) and nothing a
 * spreadsheet user typed is lost. The one exception: an existing *undecided* row of a pair that
 * is now decided is dropped — it was a blank line waiting for this answer (e.g. when review.csv
 * itself is used as the decisions file).
 */
export function mergeDecisionRows(existing: readonly ReviewRow[], fresh: readonly ReviewRow[]): ReviewRow[] {
  const answered = new Set<string>();
  for (const r of fresh) if (r.decision !== null && r.rosterKey !== null && r.bpjsKey !== null) answered.add(`${r.rosterKey}\u0000${r.bpjsKey}`);
  const kept = existing.filter((r) => r.decision !== null || r.rosterKey === null || r.bpjsKey === null || !answered.has(`${r.rosterKey}\u0000${r.bpjsKey}`));
  return [...kept, ...fresh];
}
