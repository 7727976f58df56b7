import type { Provenance } from '../io/provenance.js';
import type { Message } from '../i18n/message.js';
import type { ProblemKind } from './problem-kind.js';

/** A data-quality finding: data, not an exception. */
export interface RowProblem {
  readonly kind: ProblemKind;
  readonly at: Provenance;
  /** Column role the finding is about, e.g. 'nik'. */
  readonly column: string | null;
  readonly detail: Message;
}
