import { msg } from '../i18n/message.js';
import { formatProvenance, provenanceOf } from '../io/provenance.js';
import type { BpjsParticipant } from '../normalize/person-record.js';
import { isDeceasedStatus } from '../normalize/bpjs-status.js';
import type { RowProblem } from '../normalize/row-problem.js';
import type { WorkerDecision } from './match-decision.js';

/**
 * Whether a decision matches its roster row to a participant BPJS records as dead. Such a membership cannot be
 * reactivated: either the roster still lists a dead person (still drawing honor) or the match, or BPJS's record,
 * is wrong. The status stays `inactive` (stable machine values); only the first row of a person is meant, a
 * `duplicate` carries that person's match and is budgeted nowhere.
 */
export function matchedDeceased(d: WorkerDecision): d is WorkerDecision & { readonly bpjs: BpjsParticipant & { readonly statusRaw: string } } {
  return d.status === 'inactive' && d.bpjs !== null && d.bpjs.statusRaw !== null && isDeceasedStatus(d.bpjs.statusRaw);
}

/**
 * A `bpjs_deceased` problem on each roster row matched to a deceased participant, naming the BPJS row, so the
 * officer chases it with the agency or the branch office (exploratory round 4, C06: it had been budgeted "to
 * reactivate" like a lapse, with no problem).
 */
export function deceasedMatchProblems(decisions: readonly WorkerDecision[]): RowProblem[] {
  const out: RowProblem[] = [];
  for (const d of decisions) {
    if (!matchedDeceased(d)) continue;
    out.push({
      kind: 'bpjs_deceased',
      at: provenanceOf(d.worker),
      column: null,
      detail: msg('match.problem.bpjs_deceased', { status: d.bpjs.statusRaw, ref: formatProvenance(d.bpjs) }),
    });
  }
  return out;
}
