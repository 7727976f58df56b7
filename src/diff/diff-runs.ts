import { agencyKey } from '../budget/agency-key.js';
import { BUDGET_GROUPS } from '../budget/budget-group.js';
import { TOTAL_AGENCY } from '../budget/compute-budget.js';
import { msg, type Message } from '../i18n/message.js';
import type { Provenance } from '../io/provenance.js';
import { problemDetailKey } from '../report/problem-detail-key.js';
import { DIFF_CATEGORIES, type DiffCategory, type PersonStatus } from './diff-category.js';
import { isMaskedNik, pairPeople, personIdentity } from './person-identity.js';
import type { BudgetChange, BudgetFigures, DiffItem, RunDiff } from './run-diff.js';
import type { RunSnapshot, SnapshotBudgetLine, SnapshotProblem } from './run-snapshot.js';

/** A person as seen in one run. */
interface Seen {
  readonly status: PersonStatus;
  readonly at: Provenance;
  readonly nik: string;
  readonly name: string;
  readonly agency: string;
  readonly birthDate: string;
}

/** One person followed across both runs; `null` = not in that run's workers or bpjs_only. */
interface Track {
  readonly previous: Seen | null;
  readonly current: Seen | null;
}

/**
 * Month-over-month changes between two reconcile runs. People are recognised by who they are,
 * not by row numbers (rows shift when someone joins or leaves): by valid NIK, else by name keys
 * + birth date (src/diff/person-identity.ts). When either run masked its NIKs (--mask-nik) the
 * NIK cannot identify, so everyone is recognised by name + birth date and a note says so.
 * `duplicate` roster rows are the same person listed again and never count on their own.
 */
export function diffRuns(previous: RunSnapshot, current: RunSnapshot): RunDiff {
  const masked = [previous, current].some((run) => run.workers.some((w) => isMaskedNik(w.nik)) || run.bpjsOnly.some((p) => isMaskedNik(p.nik)));
  const byNik = !masked;
  const notes: Message[] = masked ? [msg('diff.note.masked_nik')] : [];

  const prevWorkers = previous.workers.filter((w) => w.status !== 'duplicate');
  const curWorkers = current.workers.filter((w) => w.status !== 'duplicate');
  const prevSeen = prevWorkers.map((w): Seen => ({ ...w, status: w.status as PersonStatus }));
  const curSeen = curWorkers.map((w): Seen => ({ ...w, status: w.status as PersonStatus }));
  const prevIds = prevWorkers.map((w) => personIdentity(w));
  const curIds = curWorkers.map((w) => personIdentity(w));

  const tracks: Track[] = [];
  const prevTrack = new Map<number, number>();
  const curTrack = new Map<number, number>();
  for (const [i, j] of pairPeople(prevIds, curIds, byNik)) {
    prevTrack.set(i, tracks.length);
    curTrack.set(j, tracks.length);
    tracks.push({ previous: prevSeen[i] as Seen, current: curSeen[j] as Seen });
  }

  // Gone from the rosters: still paid for in BPJS (bpjs_only now), or gone from both.
  const gone = indexesNotIn(prevWorkers.length, prevTrack);
  const curBpjsOnly = current.bpjsOnly.map((p): Seen => ({ ...p, status: 'bpjs_only', agency: '' }));
  const goneTo = new Map(pairPeople(pick(prevIds, gone), current.bpjsOnly.map((p) => personIdentity(p)), byNik));
  gone.forEach((i, k) => {
    prevTrack.set(i, tracks.length);
    const j = goneTo.get(k);
    tracks.push({ previous: prevSeen[i] as Seen, current: j === undefined ? null : (curBpjsOnly[j] as Seen) });
  });

  // New on the rosters: maybe already paid for in BPJS last time (bpjs_only then).
  const added = indexesNotIn(curWorkers.length, curTrack);
  const prevBpjsOnly = previous.bpjsOnly.map((p): Seen => ({ ...p, status: 'bpjs_only', agency: '' }));
  const addedFrom = new Map(pairPeople(pick(curIds, added), previous.bpjsOnly.map((p) => personIdentity(p)), byNik));
  added.forEach((j, k) => {
    curTrack.set(j, tracks.length);
    const i = addedFrom.get(k);
    tracks.push({ previous: i === undefined ? null : (prevBpjsOnly[i] as Seen), current: curSeen[j] as Seen });
  });

  const items: DiffItem[] = [];
  for (const track of tracks) {
    for (const category of trackCategories(track)) items.push(itemOf(category, track, null));
    if (movedAgency(track)) items.push(itemOf('agency_changed', track, null));
  }
  items.push(...problemItems(previous, current, prevWorkers, curWorkers, prevTrack, curTrack, tracks));
  items.sort(compareItems);
  const settingsDiffer = budgetSettingsDiffer(previous.budgetSettings, current.budgetSettings);
  if (settingsDiffer.length > 0) notes.push(msg('diff.note.budget_settings_differ', { settings: settingsDiffer.join(', ') }));
  if (problemsComparedByText(previous, current)) notes.push(msg('diff.note.problems_by_text'));
  const budget = budgetChanges(previous.budget, current.budget);
  if (!budget.withEmployer) notes.push(msg('diff.note.budget_without_employer_share'));
  return { items, budget: budget.changes, identity: masked ? 'name_birth_date' : 'nik', notes };
}

/**
 * The budget settings that differ between two runs (summary.json): a budget change then comes partly or
 * wholly from the settings, not from the people. Empty when either run has no readable summary.json.
 */
export function budgetSettingsDiffer(a: Readonly<Record<string, string>> | null | undefined, b: Readonly<Record<string, string>> | null | undefined): string[] {
  if (a === null || a === undefined || b === null || b === undefined) return [];
  return Object.keys(a).filter((k) => a[k] !== b[k]);
}

/** The status categories of one person: registration gained or lost on a roster, joined or left the rosters. */
export function trackCategories(track: { readonly previous: { readonly status: PersonStatus } | null; readonly current: { readonly status: PersonStatus } | null }): DiffCategory[] {
  const before = track.previous?.status ?? 'absent';
  const now = track.current?.status ?? 'absent';
  const out: DiffCategory[] = [];
  if (now === 'registered' && before !== 'registered') out.push('newly_registered');
  // A registered worker who left the rosters is gone, not unprotected: still active in BPJS (now bpjs_only) they
  // are paid for on no roster, which reconcile lists; counting them here would set off --fail-on lost_coverage
  // for every leaver.
  if (before === 'registered' && now !== 'registered' && onRoster(now)) out.push('lost_coverage');
  if (onRoster(now) && !onRoster(before)) out.push('new_worker');
  if (onRoster(before) && !onRoster(now)) out.push('worker_gone');
  return out;
}

/**
 * True when a worker on a roster in both runs is under another agency now. Agencies are compared by the key the
 * budget groups them by (case and spacing; config aliases are resolved before workers.csv is written), so a
 * move here is a move of budget lines; an agency written in another case is not.
 */
export function movedAgency(track: { readonly previous: { readonly status: PersonStatus; readonly agency: string } | null; readonly current: { readonly status: PersonStatus; readonly agency: string } | null }): boolean {
  const { previous, current } = track;
  if (previous === null || current === null || !onRoster(previous.status) || !onRoster(current.status)) return false;
  if (previous.agency === '' || current.agency === '') return false;
  return agencyKey(previous.agency) !== agencyKey(current.agency);
}

function onRoster(status: PersonStatus): boolean {
  return status !== 'bpjs_only' && status !== 'absent';
}

function itemOf(category: DiffCategory, track: Track | null, problem: { at: Provenance | null; p: SnapshotProblem; shown: Omit<Seen, 'status' | 'at'> | null; previous: boolean } | null): DiffItem {
  const prev = track?.previous ?? null;
  const cur = track?.current ?? null;
  const shown = cur ?? prev ?? problem?.shown ?? null;
  const firstNonEmpty = (f: (s: Seen) => string): string => (cur !== null && f(cur) !== '' ? f(cur) : prev !== null ? f(prev) : '');
  return {
    category,
    agency: cur !== null && cur.agency !== '' ? cur.agency : prev !== null && prev.agency !== '' ? prev.agency : (shown?.agency ?? ''),
    previousAgency: category === 'agency_changed' ? (prev?.agency ?? '') : '',
    name: track === null ? (shown?.name ?? '') : firstNonEmpty((s) => s.name),
    nik: track === null ? (shown?.nik ?? '') : firstNonEmpty((s) => s.nik),
    birthDate: track === null ? (shown?.birthDate ?? '') : firstNonEmpty((s) => s.birthDate),
    previousStatus: track === null ? null : (prev?.status ?? 'absent'),
    currentStatus: track === null ? null : (cur?.status ?? 'absent'),
    previousAt: track === null ? (problem?.previous === true ? problem.at : null) : (prev?.at ?? null),
    currentAt: track === null ? (problem?.previous === false ? problem.at : null) : (cur?.at ?? null),
    problem: problem === null ? null : { kind: problem.p.kind, column: problem.p.column, detail: problem.p.detail, message: problem.p.message ?? null },
  };
}

const locKey = (at: Provenance): string => `${at.file}\u0000${at.sheet}\u0000${at.row}`;

/**
 * Problems keyed by person + kind when the problem's row is a roster person's row (joined on
 * file, sheet, row); on a duplicate roster row by kind + who is listed again; otherwise (BPJS side,
 * skipped rows) by kind + column + detail (its code and parameters; its text for a run without them), which
 * carry no file name, so a renamed monthly export still lines up. Equal keys are counted, so
 * three "empty NIK" findings last month and two now give one `problem_fixed`.
 */
function problemItems(
  previous: RunSnapshot,
  current: RunSnapshot,
  prevWorkers: readonly RunSnapshot['workers'][number][],
  curWorkers: readonly RunSnapshot['workers'][number][],
  prevTrack: ReadonlyMap<number, number>,
  curTrack: ReadonlyMap<number, number>,
  tracks: readonly Track[],
): DiffItem[] {
  const keyed = (run: RunSnapshot, workers: readonly RunSnapshot['workers'][number][], trackOf: ReadonlyMap<number, number>) => {
    const trackAt = new Map<string, number>();
    workers.forEach((w, i) => {
      const t = trackOf.get(i);
      if (t !== undefined) trackAt.set(locKey(w.at), t);
    });
    // Who a problem without a person is about, for display only.
    const shownAt = new Map<string, Omit<Seen, 'status' | 'at'>>();
    for (const w of run.workers) if (!shownAt.has(locKey(w.at))) shownAt.set(locKey(w.at), w);
    for (const p of run.bpjsOnly) if (!shownAt.has(locKey(p.at))) shownAt.set(locKey(p.at), { ...p, agency: '' });
    // A duplicate row's finding names the first row ("already appears in row 3"), which shifts when
    // someone above leaves: such findings are keyed by who is listed again instead of by their detail.
    const duplicateAt = new Map<string, string>();
    for (const w of run.workers) {
      if (w.status !== 'duplicate') continue;
      const id = personIdentity(w);
      duplicateAt.set(locKey(w.at), id.nik ?? id.nameBirth ?? id.place ?? '');
    }
    return run.problems.map((p) => {
      const t = trackAt.get(locKey(p.at));
      const dup = duplicateAt.get(locKey(p.at));
      const key = t !== undefined ? `t${t}\u0000${p.kind}` : dup !== undefined ? `d${dup}\u0000${p.kind}` : `x\u0000${p.kind}\u0000${findingKey(p)}`;
      return { p, track: t, key, shown: shownAt.get(locKey(p.at)) ?? null };
    });
  };
  // Findings are told apart by their code + parameters, the same in every language; only when a run wrote no
  // `detail_key` (an older rekon) by the text, which differs between a run in Indonesian and one in English.
  const byMessage = withMessages(previous) && withMessages(current);
  const findingKey = (p: SnapshotProblem): string => (byMessage && p.message != null ? `${p.column}\u0000${problemDetailKey(p.message)}` : p.detail);
  const before = keyed(previous, prevWorkers, prevTrack);
  const now = keyed(current, curWorkers, curTrack);
  const out: DiffItem[] = [];
  const emit = (category: DiffCategory, mine: typeof before, other: typeof before, isPrevious: boolean): void => {
    const available = new Map<string, number>();
    for (const o of other) available.set(o.key, (available.get(o.key) ?? 0) + 1);
    for (const m of mine) {
      const left = available.get(m.key) ?? 0;
      if (left > 0) {
        available.set(m.key, left - 1);
        continue;
      }
      const track = m.track === undefined ? null : (tracks[m.track] ?? null);
      out.push(itemOf(category, track, { at: m.p.at, p: m.p, shown: m.shown, previous: isPrevious }));
    }
  };
  emit('problem_fixed', before, now, true);
  emit('problem_new', now, before, false);
  return out;
}

function withMessages(run: RunSnapshot): boolean {
  return run.problems.every((p) => p.message != null);
}

/**
 * True when findings are compared by their text (a run without problems.csv `detail_key`) and both runs have
 * some: a run in another language then shows each unchanged finding as fixed and new.
 */
export function problemsComparedByText(previous: RunSnapshot, current: RunSnapshot): boolean {
  return previous.problems.length > 0 && current.problems.length > 0 && !(withMessages(previous) && withMessages(current));
}

/**
 * The budget change per agency × group. The employer's share is compared when both runs wrote it on every line
 * (the figure their summaries lead with); a run without it (an older rekon's budget.csv) leaves only the period
 * total, which then stands in, and a note says so.
 */
function budgetChanges(previous: readonly SnapshotBudgetLine[], current: readonly SnapshotBudgetLine[]): { changes: BudgetChange[]; withEmployer: boolean } {
  const withEmployer = [...previous, ...current].every((l) => l.periodEmployer != null);
  const sums = (lines: readonly SnapshotBudgetLine[], figure: (l: SnapshotBudgetLine) => number): Map<string, number> => {
    const m = new Map<string, number>();
    for (const l of lines) {
      const k = `${l.agency}\u0000${l.group}`;
      m.set(k, (m.get(k) ?? 0) + figure(l));
    }
    return m;
  };
  const figures = (before: Map<string, number>, now: Map<string, number>, k: string): BudgetFigures => {
    const p = before.get(k) ?? null;
    const c = now.get(k) ?? null;
    return { previous: p, current: c, change: (c ?? 0) - (p ?? 0) };
  };
  const total = (l: SnapshotBudgetLine): number => l.periodTotal;
  const employer = (l: SnapshotBudgetLine): number => l.periodEmployer ?? 0;
  const [before, now] = [sums(previous, total), sums(current, total)];
  const [beforeEmployer, nowEmployer] = [sums(previous, employer), sums(current, employer)];
  const keys = new Set([...before.keys(), ...now.keys()]);
  const out: BudgetChange[] = [];
  for (const k of keys) {
    const [agency = '', group = ''] = k.split('\u0000');
    out.push({ agency, group, ...figures(before, now, k), employer: withEmployer ? figures(beforeEmployer, nowEmployer, k) : null });
  }
  return { changes: out.sort(compareBudget), withEmployer };
}

function groupRank(group: string): number {
  const i = (BUDGET_GROUPS as readonly string[]).indexOf(group);
  return i < 0 ? BUDGET_GROUPS.length : i;
}

function compareBudget(a: BudgetChange, b: BudgetChange): number {
  const ta = a.agency === TOTAL_AGENCY ? 1 : 0;
  const tb = b.agency === TOTAL_AGENCY ? 1 : 0;
  return ta - tb || cmp(a.agency, b.agency) || groupRank(a.group) - groupRank(b.group) || cmp(a.group, b.group);
}

function compareItems(a: DiffItem, b: DiffItem): number {
  const la = a.currentAt ?? a.previousAt;
  const lb = b.currentAt ?? b.previousAt;
  return (
    DIFF_CATEGORIES.indexOf(a.category) - DIFF_CATEGORIES.indexOf(b.category) ||
    cmp(a.agency, b.agency) ||
    cmp(a.name, b.name) ||
    cmp(la?.file ?? '', lb?.file ?? '') ||
    cmp(la?.sheet ?? '', lb?.sheet ?? '') ||
    (la?.row ?? 0) - (lb?.row ?? 0) ||
    cmp(a.problem?.kind ?? '', b.problem?.kind ?? '') ||
    cmp(a.problem?.detail ?? '', b.problem?.detail ?? '')
  );
}

/** Code-point order: the same on every machine and locale (byte-identical reruns). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function indexesNotIn(length: number, taken: ReadonlyMap<number, number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) if (!taken.has(i)) out.push(i);
  return out;
}

function pick<T>(items: readonly T[], indexes: readonly number[]): T[] {
  return indexes.map((i) => items[i] as T);
}

