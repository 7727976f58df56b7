import { formatProvenance, type Provenance } from '../io/provenance.js';
import { msg, type Message } from '../i18n/message.js';
import type { WorkerDecision } from '../match/match-decision.js';
import { isUsableWage, resolveWageBase, type WageBasePolicy } from './wage-base-policy.js';

/**
 * A usable roster wage written on a copy of a person's row (a later row the matcher marked `duplicate`
 * of it). Roster copies differ in which cells are filled: last year's sheet, an honor cell still empty.
 */
export interface CopyWage {
  readonly at: Provenance;
  readonly wage: number;
}

/** Copies per kept row, keyed by that row's record (the object the duplicates point at). */
export type CopyWages = ReadonlyMap<Provenance, readonly CopyWage[]>;

/**
 * The copies whose wage their kept row lacks or contradicts, gathered before the budget reads the rows (a
 * copy comes after its kept row). Only such copies are held, never one entry per row.
 */
export function copyWagesOf(decisions: readonly WorkerDecision[]): CopyWages {
  const out = new Map<Provenance, CopyWage[]>();
  for (const d of decisions) {
    if (d.status !== 'duplicate' || d.duplicateOf === null) continue;
    const wage = d.worker.wage;
    if (!isUsableWage(wage) || wage === d.duplicateOf.wage) continue;
    const list = out.get(d.duplicateOf);
    if (list === undefined) out.set(d.duplicateOf, [{ at: d.worker, wage }]);
    else list.push({ at: d.worker, wage });
  }
  return out;
}

/**
 * The roster wage a person is budgeted at. The kept (first) row counts, as it does for agency and status;
 * only when it has no usable wage does the first copy with one stand in (`from`): else a person listed
 * twice, the kept row's honor cell empty, was budgeted zero times. A fixed wage base reads no roster wage.
 */
export function personRosterWage(
  own: number | null,
  copies: readonly CopyWage[] | undefined,
  policy: WageBasePolicy,
): { readonly wage: number | null; readonly from: CopyWage | null } {
  const from = policy.kind !== 'fixed' && !isUsableWage(own) ? (copies?.[0] ?? null) : null;
  return { wage: from?.wage ?? own, from };
}

/**
 * The monthly wage a kept roster row is budgeted at, as computeBudget resolves it (its copy's wage when it has
 * none, then the wage basis: fixed, floor, default); null when it is not budgeted for want of a wage.
 */
export function budgetedWage(
  settings: { readonly wageBase: WageBasePolicy; readonly defaultWage: number | null },
  own: number | null,
  copies: readonly CopyWage[] | undefined,
): number | null {
  const base = resolveWageBase(settings.wageBase, personRosterWage(own, copies, settings.wageBase).wage, settings.defaultWage);
  return base.kind === 'base' ? base.rupiah : null;
}

/**
 * Of a budget's notes, those on people budgeted at the wage of a copy of their row: reconcile's terminal summary
 * shows them, since they explain its budget figure.
 */
export function wageFromCopyNotes(notes: readonly Message[]): Message[] {
  return notes.filter((n) => n.code === 'budget.note.wage_from_copy' || n.code === 'budget.note.wage_from_copy_more');
}

/** Rows named per kind of copy-wage note; the rest are counted. */
const NAMED = 20;

/** Notes of one kind: the first NAMED, then a count of the rest. */
class NamedNotes {
  private readonly named: Message[] = [];
  private more = 0;

  constructor(private readonly moreCode: string) {}

  say(note: () => Message): void {
    if (this.named.length < NAMED) this.named.push(note());
    else this.more += 1;
  }

  notes(): Message[] {
    return this.more === 0 ? this.named : [...this.named, msg(this.moreCode, { count: this.more })];
  }
}

/** The budget notes that say where a person's wage came from when their copies fill a gap or disagree. */
export class CopyWageNotes {
  private readonly fromCopy = new NamedNotes('budget.note.wage_from_copy_more');
  private readonly differs = new NamedNotes('budget.note.copy_wage_differs_more');

  /** Row `at`, budgeted on roster wage `wage` (taken from `from` when not null), with its copies. */
  add(at: Provenance, wage: number, from: CopyWage | null, copies: readonly CopyWage[]): void {
    if (from !== null) this.fromCopy.say(() => msg('budget.note.wage_from_copy', { row: formatProvenance(at), copy: formatProvenance(from.at), wage_rupiah: wage }));
    for (const c of copies) {
      if (c === from || c.wage === wage) continue;
      this.differs.say(() => msg('budget.note.copy_wage_differs', { row: formatProvenance(at), wage_rupiah: wage, copy: formatProvenance(c.at), other_rupiah: c.wage }));
    }
  }

  /** People budgeted at a copy's wage: these change the figure. */
  fromCopyNotes(): Message[] {
    return this.fromCopy.notes();
  }

  /** Copies whose wage was not used, named; the first row's counted. */
  differsNotes(): Message[] {
    return this.differs.notes();
  }
}
