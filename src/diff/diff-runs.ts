import { agencyKey } from '../budget/agency-key.js';
import { BUDGET_GROUPS } from '../budget/budget-group.js';
import { TOTAL_AGENCY } from '../budget/compute-budget.js';
import { msg, type Message } from '../i18n/message.js';
import type { Provenance } from '../io/provenance.js';
import { problemDetailKey } from '../report/problem-detail-key.js';
import { DIFF_CATEGORIES, type DiffCategory, type PersonStatus } from './diff-category.js';
import { pairCorrectedNiks, type CorrectionCandidate } from './corrected-nik.js';
import { knownKpj, matchedKpj } from './record-kpj.js';
import { isMaskedNik, niksCompatible, pairPeople, personIdentity, type PersonIdentity } from './person-identity.js';
import { itemLocation, type BudgetChange, type BudgetFigures, type DiffItem, type RunDiff } from './run-diff.js';
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
  /** Paired as one worker whose roster NIK was corrected between the runs (src/diff/corrected-nik.ts). */
  readonly nikCorrected?: boolean;
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
  // A NIK the officer corrected (as rekon's reasons ask) is the same worker, not one gone and one new; the old
  // NIK may even be another participant's, who would otherwise be shown as the worker who left. Masked NIKs
  // cannot show a near edit, and people are then paired by name anyway.
  if (byNik) {
    const prevLeft = indexesNotIn(prevWorkers.length, prevTrack);
    const curLeft = indexesNotIn(curWorkers.length, curTrack);
    const candidate = (w: RunSnapshot['workers'][number], identity: PersonIdentity): CorrectionCandidate => ({ identity, agency: w.agency, matchedKpj: matchedKpj(w.status, w.kpj) });
    const corrected = pairCorrectedNiks(
      prevLeft.map((i) => candidate(prevWorkers[i] as RunSnapshot['workers'][number], prevIds[i] as PersonIdentity)),
      curLeft.map((j) => candidate(curWorkers[j] as RunSnapshot['workers'][number], curIds[j] as PersonIdentity)),
    );
    for (const [a, b] of corrected) {
      const i = prevLeft[a] as number;
      const j = curLeft[b] as number;
      prevTrack.set(i, tracks.length);
      curTrack.set(j, tracks.length);
      tracks.push({ previous: prevSeen[i] as Seen, current: curSeen[j] as Seen, nikCorrected: true });
    }
  }

  // Gone from the rosters: still paid for in BPJS (bpjs_only now), or gone from both.
  const gone = indexesNotIn(prevWorkers.length, prevTrack);
  const curBpjsOnly = current.bpjsOnly.map((p): Seen => ({ ...p, status: 'bpjs_only', agency: '' }));
  const goneTo = pairWithRecords(pick(prevWorkers, gone), pick(prevIds, gone), current.bpjsOnly, byNik);
  gone.forEach((i, k) => {
    prevTrack.set(i, tracks.length);
    const j = goneTo.get(k);
    tracks.push({ previous: prevSeen[i] as Seen, current: j === undefined ? null : (curBpjsOnly[j] as Seen) });
  });

  // New on the rosters: maybe already paid for in BPJS last time (bpjs_only then).
  const added = indexesNotIn(curWorkers.length, curTrack);
  const prevBpjsOnly = previous.bpjsOnly.map((p): Seen => ({ ...p, status: 'bpjs_only', agency: '' }));
  const addedFrom = pairWithRecords(pick(curWorkers, added), pick(curIds, added), previous.bpjsOnly, byNik);
  added.forEach((j, k) => {
    curTrack.set(j, tracks.length);
    const i = addedFrom.get(k);
    tracks.push({ previous: i === undefined ? null : (prevBpjsOnly[i] as Seen), current: curSeen[j] as Seen });
  });

  const items: DiffItem[] = [];
  for (const track of tracks) {
    for (const category of trackCategories(track)) items.push(itemOf(category, track, null));
    if (movedAgency(track)) items.push(itemOf('agency_changed', track, null));
    if (track.nikCorrected === true) items.push(itemOf('nik_corrected', track, null));
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
 * Pairs roster workers on a roster in one run only with the BPJS records on no roster in the other run (index of
 * the worker → index of the record). First by the record a worker was matched to (its KPJ), then as people are
 * paired (NIK, name + birth date), never with a record whose KPJ differs from the one the worker was matched to:
 * a roster NIK one digit off can be another participant's (rekon matched the worker to their own record anyway),
 * and that participant is not where the worker went.
 */
function pairWithRecords(workers: readonly RunSnapshot['workers'][number][], ids: readonly PersonIdentity[], records: readonly RunSnapshot['bpjsOnly'][number][], byNik: boolean): Map<number, number> {
  const out = new Map<number, number>();
  const recordKpj = records.map((r) => knownKpj(r.kpj));
  const workerKpj = workers.map((w) => matchedKpj(w.status, w.kpj));
  const byKpj = new Map<string, number>();
  recordKpj.forEach((k, j) => {
    if (k !== '' && !byKpj.has(k)) byKpj.set(k, j);
  });
  const used = new Set<number>();
  workerKpj.forEach((k, i) => {
    const j = k === '' ? undefined : byKpj.get(k);
    if (j === undefined || used.has(j)) return;
    out.set(i, j);
    used.add(j);
  });
  const restWorkers = indexesNotIn(workers.length, out);
  const restRecords = records.map((_, j) => j).filter((j) => !used.has(j));
  const apart = (a: number, b: number): boolean => {
    const w = workerKpj[restWorkers[a] as number] ?? '';
    const r = recordKpj[restRecords[b] as number] ?? '';
    return w !== '' && r !== '' && w !== r;
  };
  const recordIds = restRecords.map((j) => personIdentity(records[j] as RunSnapshot['bpjsOnly'][number]));
  for (const [a, b] of pairPeople(pick(ids, restWorkers), recordIds, byNik, apart)) out.set(restWorkers[a] as number, restRecords[b] as number);
  return out;
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
  // A roster worker is named as the roster names them. The other side fills a blank only when it is a roster row
  // too: a BPJS record paired by NIK with a worker gone (or new) may be someone else's, whose roster NIK was wrong.
  const [first, second] = cur !== null && onRoster(cur.status) ? [cur, prev] : [prev, cur];
  const fallback = second !== null && onRoster(second.status) ? second : null;
  const firstNonEmpty = (f: (s: Seen) => string): string => (first !== null && f(first) !== '' ? f(first) : fallback !== null ? f(fallback) : '');
  // A NIK a run masked (--mask-nik) is shown in full from the other run when that one shows the same NIK.
  const nik = (): string => {
    const own = firstNonEmpty((s) => s.nik);
    const other = second?.nik ?? '';
    return isMaskedNik(own) && other !== '' && !isMaskedNik(other) && niksCompatible(own, other) ? other : own;
  };
  // Named as the per-agency table and the budget name it ("dinas  kesehatan" on a roster is DINAS KESEHATAN there).
  const agency = cur !== null && cur.agency !== '' ? cur.agency : prev !== null && prev.agency !== '' ? prev.agency : (shown?.agency ?? '');
  return {
    category,
    agency: agency === '' ? '' : agencyKey(agency),
    previousAgency: category === 'agency_changed' && prev !== null && prev.agency !== '' ? agencyKey(prev.agency) : '',
    name: track === null ? (shown?.name ?? '') : firstNonEmpty((s) => s.name),
    nik: track === null ? (shown?.nik ?? '') : nik(),
    birthDate: track === null ? (shown?.birthDate ?? '') : firstNonEmpty((s) => s.birthDate),
    previousStatus: track === null ? null : (prev?.status ?? 'absent'),
    currentStatus: track === null ? null : (cur?.status ?? 'absent'),
    previousAt: track === null ? (problem?.previous === true ? problem.at : null) : (prev?.at ?? null),
    currentAt: track === null ? (problem?.previous === false ? problem.at : null) : (cur?.at ?? null),
    problem: problem === null ? null : { kind: problem.p.kind, column: problem.p.column, detail: problem.p.detail, message: problem.p.message ?? null },
    ...(category === 'nik_corrected' ? { previousNik: prev?.nik ?? '' } : {}),
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
  const la = itemLocation(a);
  const lb = itemLocation(b);
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

