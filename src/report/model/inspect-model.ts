import type { Message } from '../../i18n/message.js';
import type { ColumnRole } from '../../normalize/column-role.js';
import type { ProblemKind } from '../../normalize/problem-kind.js';
import type { SkippedRow } from '../../table/table-layout.js';

/** What `rekon inspect` found in one sheet (or CSV file). */
export interface InspectSheet {
  readonly name: string;
  readonly headerRow: number | null;
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
  readonly rows: number;
  readonly problems: readonly InspectProblem[];
  readonly skipped: readonly SkippedRow[];
  /** Skipped rows beyond the listed ones (only counted). */
  readonly skippedBeyond: number;
  /** Every skipped row counted by reason. */
  readonly skippedCounts: Readonly<Record<string, number>>;
  readonly notes: readonly Message[];
  /** Rows read as workers that are hidden in the sheet (a note says so; problems on them are marked). */
  readonly hiddenRows?: readonly number[] | undefined;
  /** Why the sheet holds no table; null when it does. */
  readonly noTable: Message | null;
  /** Left out by `--sheet`/`--skip-sheet` (or the config's `[sheets] only`/`skip`; then `noTable` names it); null when read. */
  readonly leftOutBy: '--sheet' | '--skip-sheet' | null;
  readonly encoding: string | null;
  readonly delimiter: string | null;
}

export interface InspectProblem {
  readonly row: number;
  readonly kind: ProblemKind;
  readonly column: string | null;
  readonly detail: Message;
}

export interface InspectFile {
  readonly file: string;
  readonly sheets: readonly InspectSheet[];
}
