import { msg, type Message } from '../i18n/message.js';
import { formatProvenance } from '../io/provenance.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';
import { assignOneToOne } from './assign-one-to-one.js';
import {
  BLOCKING_RULES,
  NIK_WINDOWS,
  WEAK_RULES,
  kpjKey,
  nameFullKeys,
  nameRegionKeys,
  nikWindowKey,
  prefixKey,
  confirmedBirthDateNameKey,
  queryBirthDateNameKeys,
  ruleIndex,
  type BlockingRule,
  type KeyEmitter,
} from './blocking-rules.js';
import { matchedStatus, matchMethod, passesAcceptGuard, workerFlags } from './classify.js';
import { shareAnyKey } from './compare-name.js';
import { compareDigits } from './compare-nik.js';
import { explainPair } from './explain-pair.js';
import { findDuplicates } from './find-duplicates.js';
import { buildMatchFrequencies, type MatchFrequencies } from './frequency-table.js';
import type { KeyIndex } from './key-index.js';
import type { MatchCandidate, ReconcileResult, WorkerDecision } from './match-decision.js';
import { DEFAULT_MATCH_SETTINGS, type MatchSettings } from './match-settings.js';
import { bestBirthDate, personFeatures, type PersonFeatures } from './person-features.js';
import { buildRosterIndex } from './roster-index.js';
import { createScoredPairScratch, scorePair, setFrequencyPenalties, type ScoredPair } from './score-pair.js';

/** Streaming matcher: the roster is indexed up front, the BPJS export arrives in batches. */
export interface Matcher {
  /** Matches a batch of participants against the roster. Batches may have any size; order does not matter. */
  addParticipants(batch: readonly BpjsParticipant[]): void;
  /** One-to-one assignment and classification; call once, after the last batch. */
  finish(): ReconcileResult;
  /** Candidate pairs per blocking rule and skipped over-size look-ups so far (for --verbose and benchmarks). */
  stats(): BlockingStats;
}

export interface BlockingStats {
  /** Candidate pairs found per rule (each pair counted for the first rule that found it), before scoring. */
  readonly candidatesByRule: Readonly<Record<BlockingRule, number>>;
  /** Look-ups skipped because the block was larger than the cap. */
  readonly skippedByRule: Readonly<Record<BlockingRule, number>>;
  /** Pairs kept after scoring (score ≥ reviewScore). */
  readonly keptPairs: number;
}

const GUARD_PASSED = 1;

/**
 * Pipeline: duplicates in the rosters → roster index (blocking keys) → per BPJS record: candidates
 * from the blocking rules → scoring (comparison levels + frequency adjustment) → keep pairs at or above
 * the review score; at the end: one-to-one assignment of acceptable pairs → margin check → statuses,
 * flags and reasons. Pure: no I/O, no clock, no randomness; the result does not depend on how the
 * BPJS export is split into batches or in which order they arrive (ties are broken by `seq`).
 */
export function createMatcher(workers: readonly Worker[], settings: MatchSettings = DEFAULT_MATCH_SETTINGS): Matcher {
  const ws = [...workers].sort((a, b) => a.seq - b.seq);
  const n = ws.length;
  const wf: PersonFeatures[] = ws.map(personFeatures);
  const freq: MatchFrequencies = buildMatchFrequencies(wf);
  for (const f of wf) setFrequencyPenalties(f, freq);
  const dups = findDuplicates(
    ws,
    wf.map((f) => f.name),
    (key) => freq.names.count(key),
  );
  for (let i = 0; i < n; i++) if (dups.nikShared[i] === 1) wf[i]!.nikShared = true;
  const index = buildRosterIndex(wf, (i) => dups.firstOf[i] === -1);

  const participants: BpjsParticipant[] = [];
  let anyNullStatus = false;
  const pairs = new PairStore();
  const scratch = createScoredPairScratch();
  const candidatesByRule = new Float64Array(BLOCKING_RULES.length);
  const skippedByRule = new Float64Array(BLOCKING_RULES.length);

  // Per-participant scratch, reused: candidate rows and the rule that found each.
  const stamp = new Int32Array(n);
  const candRows: number[] = [];
  const candRules: number[] = [];
  const found: number[] = [];
  let stampId = 0;
  let k1 = 0;
  let k2 = 0;
  const capture: KeyEmitter = (a, b) => {
    k1 = a;
    k2 = b;
  };
  const add = (row: number, rule: number): void => {
    if (stamp[row] === stampId) return;
    stamp[row] = stampId;
    candRows.push(row);
    candRules.push(rule);
  };
  let lookupIndex: KeyIndex = index.nameFull;
  let lookupRule = 0;
  let lookupCap = 0;
  const lookup: KeyEmitter = (h1, h2) => {
    found.length = 0;
    if (lookupIndex.find(h1, h2, lookupCap, found) < 0) {
      skippedByRule[lookupRule]!++;
      return;
    }
    for (const row of found) add(row, lookupRule);
  };
  const useRule = (ix: KeyIndex, rule: BlockingRule): void => {
    lookupIndex = ix;
    lookupRule = ruleIndex(rule);
    lookupCap = WEAK_RULES.has(rule) ? settings.maxBlockSize : settings.maxStrongBlockSize;
  };
  const R_EXACT = ruleIndex('nik_exact');
  const R_NEAR = ruleIndex('nik_near');

  /** Candidates of one participant; returns nothing, fills candRows/candRules. */
  function block(pf: PersonFeatures): void {
    let confirmed = false;
    const pd = pf.digits16;
    if (pd !== null) {
      for (let w = 0; w < NIK_WINDOWS.length; w++) {
        // Window 0 holds the exact-NIK block. An exact NIK whose name agrees makes the near-NIK windows
        // unnecessary: with a million rows, neighbours one serial apart (same district and birth date)
        // would otherwise be scored for nearly every participant.
        if (w > 0 && confirmed) break;
        nikWindowKey(pd, w, capture);
        found.length = 0;
        if (index.nikWindows.find(k1, k2, settings.maxStrongBlockSize, found) < 0) {
          skippedByRule[R_NEAR]!++;
          continue;
        }
        for (const row of found) {
          if (stamp[row] === stampId) continue;
          const f = wf[row];
          const wd = f?.digits16 ?? null;
          if (f === undefined || wd === null) continue;
          if (wd === pd) {
            add(row, R_EXACT);
            if (shareAnyKey(f.name, pf.name)) confirmed = true;
          } else if (compareDigits(wd, pd).level !== 'far') add(row, R_NEAR);
        }
      }
    }
    if (pf.prefix15 !== null && (pd === null || index.hasDamagedNik)) {
      useRule(index.nikPrefix, 'nik_prefix');
      prefixKey(pf.prefix15, lookup);
    }
    if (pf.kpj !== null) {
      useRule(index.kpj, 'kpj');
      kpjKey(pf.kpj, lookup);
    }
    useRule(index.birthDateName, 'birth_date_name');
    if (confirmed) {
      // Still one cheap look-up (birth date + first name token): the same person may be listed again
      // without a NIK; the pair then marks that row as a duplicate (see finish()).
      confirmedBirthDateNameKey(pf, lookup);
      return;
    }
    queryBirthDateNameKeys(pf, lookup);
    // The name without a birth date is the last resort (a missing or mistyped NIK together with a
    // mistyped birth date): its blocks are the largest and its pairs rarely reach the review score, so
    // these rules run only when no stronger rule found anything.
    if (candRows.length > 0) return;
    useRule(index.nameRegion, 'name_region');
    nameRegionKeys(pf, lookup);
    if (candRows.length > 0) return;
    useRule(index.nameFull, 'name_full');
    nameFullKeys(pf, lookup);
  }

  function addParticipant(p: BpjsParticipant): void {
    const ord = participants.length;
    participants.push(p);
    if (p.status === null) anyNullStatus = true;
    const pf = personFeatures(p);
    stampId = ord + 1;
    candRows.length = 0;
    candRules.length = 0;
    block(pf);
    for (let i = 0; i < candRows.length; i++) {
      const row = candRows[i] ?? 0;
      const rule = candRules[i] ?? 0;
      candidatesByRule[rule]!++;
      const w = ws[row];
      const f = wf[row];
      if (w === undefined || f === undefined) continue;
      const s = scorePair(f, w.nik, pf, p.nik, freq, scratch);
      if (s.score < settings.reviewScore) continue;
      pairs.push(row, ord, s.score, passesAcceptGuard(s.levels, settings) ? GUARD_PASSED : 0);
    }
  }

  const stats = (): BlockingStats => ({
    candidatesByRule: perRule(candidatesByRule),
    skippedByRule: perRule(skippedByRule),
    keptPairs: pairs.length,
  });

  return {
    addParticipants(batch) {
      for (const p of batch) addParticipant(p);
    },
    stats,
    finish() {
      return finish({ ws, wf, freq, dups, participants, pairs, settings, anyNullStatus, skippedByRule });
    },
  };
}

interface FinishInput {
  readonly ws: readonly Worker[];
  readonly wf: readonly PersonFeatures[];
  readonly freq: MatchFrequencies;
  readonly dups: ReturnType<typeof findDuplicates>;
  readonly participants: readonly BpjsParticipant[];
  readonly pairs: PairStore;
  readonly settings: MatchSettings;
  readonly anyNullStatus: boolean;
  readonly skippedByRule: Float64Array;
}

function finish(input: FinishInput): ReconcileResult {
  const { ws, wf, freq, dups, participants, pairs, settings } = input;
  const n = ws.length;
  const nP = participants.length;
  const rosterSeq = Float64Array.from(ws, (w) => w.seq);
  const bpjsSeq = Float64Array.from(participants, (p) => p.seq);
  const cols = pairs.columns();

  const eligible = (k: number): boolean => (cols.score[k] ?? 0) >= settings.acceptScore && ((cols.flags[k] ?? 0) & GUARD_PASSED) !== 0;
  const assignment = assignOneToOne(cols, eligible, rosterSeq, bpjsSeq, n, nP);
  const byRosterPairs = groupPairs(cols.roster, cols.length, n);
  const byBpjsPairs = groupPairs(cols.bpjs, cols.length, nP);

  /** Best score among pairs that compete with pair k: same roster row or same BPJS record, other side still free. */
  const competitor = (k: number): number => {
    const r = cols.roster[k] ?? 0;
    const b = cols.bpjs[k] ?? 0;
    let best = -Infinity;
    forEachPair(byRosterPairs, r, (k2) => {
      if (k2 === k) return;
      const b2 = cols.bpjs[k2] ?? 0;
      if (assignment.byBpjs[b2] !== -1 && assignment.byBpjs[b2] !== k2) return;
      best = Math.max(best, cols.score[k2] ?? 0);
    });
    forEachPair(byBpjsPairs, b, (k2) => {
      if (k2 === k) return;
      const r2 = cols.roster[k2] ?? 0;
      if (assignment.byRoster[r2] !== -1 && assignment.byRoster[r2] !== k2) return;
      best = Math.max(best, cols.score[k2] ?? 0);
    });
    return best;
  };

  // Margins are computed against the assignment before any demotion, so the outcome does not depend
  // on the order rows are visited in.
  const acceptedOfRoster = new Int32Array(n).fill(-1);
  const acceptedOfBpjs = new Int32Array(nP).fill(-1);
  for (let r = 0; r < n; r++) {
    const k = assignment.byRoster[r] ?? -1;
    if (k < 0) continue;
    if ((cols.score[k] ?? 0) - competitor(k) < settings.minMargin) continue;
    acceptedOfRoster[r] = k;
    acceptedOfBpjs[cols.bpjs[k] ?? 0] = r;
  }

  // A row left without a match whose acceptable pair lost its BPJS record to another row is the same
  // person listed twice, e.g. once with an Excel-damaged or mistyped NIK and once with the right one
  // (the NIK rule of find-duplicates.ts cannot see it). The earlier row keeps the match; the later one
  // becomes its duplicate.
  const matchDupOf = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    if ((dups.firstOf[r] ?? -1) >= 0 || acceptedOfRoster[r] !== -1 || matchDupOf[r] !== -1) continue;
    let bestK = -1;
    forEachPair(byRosterPairs, r, (k2) => {
      if (!eligible(k2) || acceptedOfBpjs[cols.bpjs[k2] ?? 0] === -1) return;
      if (bestK < 0) bestK = k2;
      else {
        const d = (cols.score[k2] ?? 0) - (cols.score[bestK] ?? 0);
        if (d > 0 || (d === 0 && (bpjsSeq[cols.bpjs[k2] ?? 0] ?? 0) < (bpjsSeq[cols.bpjs[bestK] ?? 0] ?? 0))) bestK = k2;
      }
    });
    if (bestK < 0) continue;
    const b = cols.bpjs[bestK] ?? 0;
    const owner = acceptedOfBpjs[b] ?? -1;
    if (owner < r) {
      matchDupOf[r] = owner;
      continue;
    }
    acceptedOfRoster[owner] = -1;
    acceptedOfRoster[r] = bestK;
    acceptedOfBpjs[b] = r;
    matchDupOf[owner] = r;
  }

  // Participant features are recomputed where needed (about once per decision) rather than kept for the
  // whole export; a one-entry cache covers scoring followed by explaining the same pair.
  let cachedB = -1;
  let cachedF: PersonFeatures | null = null;
  const pFeatures = (b: number): PersonFeatures => {
    if (b !== cachedB || cachedF === null) {
      cachedF = personFeatures(participants[b]!);
      cachedB = b;
    }
    return cachedF;
  };
  const score = (r: number, b: number): ScoredPair => scorePair(wf[r]!, ws[r]!.nik, pFeatures(b), participants[b]!.nik, freq);
  const reasonsOf = (r: number, b: number, s: ScoredPair): Message[] => {
    const f = wf[r]!;
    return explainPair(f, pFeatures(b), s, freq.names.count(f.name.strongKey), freq.birthDates.count(bestBirthDate(f)));
  };
  const round = (x: number): number => Math.round(x * 100) / 100;

  const decisions: WorkerDecision[] = new Array<WorkerDecision>(n);
  const rootOf = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const w = ws[r]!;
    const extra: Message[] = [];
    const shared = dups.sharedNikWith[r] ?? -1;
    if (shared >= 0) extra.push(msg('match.reason.nik_shared', { ref: formatProvenance(ws[shared]!.at) }));

    const nikOrNameFirst = dups.firstOf[r] ?? -1;
    const direct = nikOrNameFirst >= 0 ? nikOrNameFirst : (matchDupOf[r] ?? -1);
    // The row it duplicates may itself have become a duplicate (of an earlier row matching the same
    // BPJS record): point at the first occurrence.
    const first = direct >= 0 ? (rootOf[direct] ?? direct) : -1;
    rootOf[r] = first >= 0 ? first : r;
    if (first >= 0) {
      const kind = nikOrNameFirst >= 0 ? dups.kind[r] : 'same_bpjs_match';
      const reason =
        kind === 'same_nik'
          ? 'match.reason.duplicate_nik'
          : kind === 'same_bpjs_match'
            ? 'match.reason.duplicate_same_match'
            : kind === 'same_name_birth_date'
              ? 'match.reason.duplicate_name_date_nik'
              : 'match.reason.duplicate_name_date';
      const kFirst = acceptedOfRoster[first] ?? -1;
      const b = kFirst >= 0 ? (cols.bpjs[kFirst] ?? 0) : -1;
      const s = b >= 0 ? score(r, b) : null;
      const firstDecision = decisions[first]!;
      decisions[r] = {
        worker: w,
        status: 'duplicate',
        method: firstDecision.method,
        score: b >= 0 ? round(cols.score[kFirst] ?? 0) : null,
        bpjs: b >= 0 ? participants[b]! : null,
        duplicateOf: ws[first]!,
        candidates: [],
        flags: workerFlags(w, b >= 0 && s !== null ? { bpjs: participants[b]!, levels: s.levels } : null),
        reasons: [
          msg(reason, { ref: formatProvenance(ws[first]!.at) }),
          ...extra,
        ],
      };
      continue;
    }

    const k = acceptedOfRoster[r] ?? -1;
    if (k >= 0) {
      const b = cols.bpjs[k] ?? 0;
      const p = participants[b]!;
      const s = score(r, b);
      const status = matchedStatus(p);
      decisions[r] = {
        worker: w,
        status,
        method: matchMethod(s.levels),
        score: round(s.score),
        bpjs: p,
        duplicateOf: null,
        candidates: [],
        flags: workerFlags(w, { bpjs: p, levels: s.levels }),
        reasons: [...reasonsOf(r, b, s), ...(status === 'inactive' ? [msg('match.reason.status_inactive')] : []), ...extra],
      };
      continue;
    }

    // Not accepted: candidates still free, best first.
    const open: number[] = [];
    let takenBy = -1;
    let takenScore = -Infinity;
    forEachPair(byRosterPairs, r, (k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      const owner = acceptedOfBpjs[b2] ?? -1;
      if (owner === -1) open.push(k2);
      else if ((cols.score[k2] ?? 0) > takenScore) {
        takenScore = cols.score[k2] ?? 0;
        takenBy = owner;
      }
    });
    open.sort((x, y) => (cols.score[y] ?? 0) - (cols.score[x] ?? 0) || (bpjsSeq[cols.bpjs[x] ?? 0] ?? 0) - (bpjsSeq[cols.bpjs[y] ?? 0] ?? 0));
    if (open.length === 0) {
      decisions[r] = {
        worker: w,
        status: 'unregistered',
        method: 'none',
        score: null,
        bpjs: null,
        duplicateOf: null,
        candidates: [],
        flags: workerFlags(w, null),
        reasons: [
          takenBy >= 0 ? msg('match.reason.candidate_taken', { ref: formatProvenance(ws[takenBy]!.at) }) : msg('match.reason.no_candidate'),
          ...extra,
        ],
      };
      continue;
    }
    const candidates: MatchCandidate[] = open.slice(0, settings.maxReviewCandidates).map((k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      const s = score(r, b2);
      return { bpjs: participants[b2]!, score: round(s.score), reasons: reasonsOf(r, b2, s) };
    });
    const top = open[0]!;
    const topScore = cols.score[top] ?? 0;
    let why: Message;
    if (topScore < settings.acceptScore) why = msg('match.reason.below_accept', { score: round(topScore), threshold: settings.acceptScore });
    else if (!eligible(top)) why = msg('match.reason.not_confirmed');
    else {
      const c = competitor(top);
      why = msg('match.reason.ambiguous', { margin: round(Number.isFinite(c) ? topScore - c : 0), required: settings.minMargin });
    }
    decisions[r] = {
      worker: w,
      status: 'review',
      method: 'none',
      score: round(topScore),
      bpjs: null,
      duplicateOf: null,
      candidates,
      flags: workerFlags(w, null),
      reasons: [why, ...(candidates[0]?.reasons ?? []), ...extra],
    };
  }

  const bpjsOnly = participants.filter((_, b) => acceptedOfBpjs[b] === -1).sort((a, b) => a.seq - b.seq);
  const notes: Message[] = [];
  if (input.anyNullStatus) notes.push(msg('match.note.bpjs_no_status'));
  BLOCKING_RULES.forEach((rule, i) => {
    const skipped = input.skippedByRule[i] ?? 0;
    if (skipped > 0) {
      notes.push(msg('match.note.block_skipped', { rule, count: skipped, max: WEAK_RULES.has(rule) ? settings.maxBlockSize : settings.maxStrongBlockSize }));
    }
  });
  return { decisions, bpjsOnly, notes };
}

function perRule(counts: Float64Array): Record<BlockingRule, number> {
  const out = {} as Record<BlockingRule, number>;
  BLOCKING_RULES.forEach((rule, i) => {
    out[rule] = counts[i] ?? 0;
  });
  return out;
}

/** Pair indices grouped by one side (compressed sparse rows). */
interface PairGroups {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

function groupPairs(side: ArrayLike<number>, count: number, groups: number): PairGroups {
  const start = new Int32Array(groups + 1);
  for (let k = 0; k < count; k++) start[(side[k] ?? 0) + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const items = new Int32Array(count);
  for (let k = 0; k < count; k++) items[fill[side[k] ?? 0]!++] = k;
  return { start, items };
}

function forEachPair(groups: PairGroups, g: number, visit: (k: number) => void): void {
  const hi = groups.start[g + 1] ?? 0;
  for (let i = groups.start[g] ?? 0; i < hi; i++) visit(groups.items[i] ?? 0);
}

/** Growable columns of kept pairs: roster row, BPJS row (arrival order), score, guard flags. */
class PairStore {
  private roster = new Int32Array(1024);
  private bpjs = new Int32Array(1024);
  private score = new Float64Array(1024);
  private flags = new Uint8Array(1024);
  length = 0;

  push(r: number, b: number, s: number, f: number): void {
    if (this.length === this.roster.length) {
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const x = make(a.length * 2);
        x.set(a);
        return x;
      };
      this.roster = grow(this.roster, (m) => new Int32Array(m));
      this.bpjs = grow(this.bpjs, (m) => new Int32Array(m));
      this.score = grow(this.score, (m) => new Float64Array(m));
      this.flags = grow(this.flags, (m) => new Uint8Array(m));
    }
    this.roster[this.length] = r;
    this.bpjs[this.length] = b;
    this.score[this.length] = s;
    this.flags[this.length] = f;
    this.length++;
  }

  columns(): { length: number; roster: Int32Array; bpjs: Int32Array; score: Float64Array; flags: Uint8Array } {
    return { length: this.length, roster: this.roster, bpjs: this.bpjs, score: this.score, flags: this.flags };
  }
}
