import { msg, type Message } from '../i18n/message.js';
import { formatProvenance, provenanceOf, type Provenance } from '../io/provenance.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';
import { assignInOrder, assignOneToOne } from './assign-one-to-one.js';
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
import { agencyKey } from '../budget/agency-key.js';
import { NIK_WEIGHTS } from './comparison-level.js';
import { compareBirthDates, farApart } from './compare-birth-date.js';
import type { NikComparison } from './compare-nik.js';
import { matchedStatus, matchMethod, passesAcceptGuard, workerFlags } from './classify.js';
import { shareAnyKey } from './compare-name.js';
import { explainPair } from './explain-pair.js';
import { fixedMsg, sharedMsg, sharedReasons } from './fixed-message.js';
import { findDuplicates, type DuplicateKind } from './find-duplicates.js';
import { createMatchFrequencyCounter, type MatchFrequencies, type MatchFrequencyCounter, type NameTally } from './frequency-table.js';
import type { KeyIndex } from './key-index.js';
import type { BpjsOnlyLink, BpjsOnlyLinkKind, ManualNotApplied, MatchCandidate, ReconcileResult, WorkerDecision } from './match-decision.js';
import { DEFAULT_MATCH_SETTINGS, type MatchSettings } from './match-settings.js';
import { duplicateBirthDateReason } from './duplicate-birth-date.js';
import { bestBirthDate, nikYearsFromOwn, personFeatures, type PersonFeatures } from './person-features.js';
import { createRosterIndexBuilder, type RosterIndex, type RosterIndexBuilder } from './roster-index.js';
import { personKeys, rosterPersonKeys } from './person-key.js';
import { NO_DIGITS, packComparableDigits, packedDigitsNear, packRosterDigits } from './packed-nik-digits.js';
import { createScoredPairScratch, rosterPenalties, scorePair, scorePairAtLeast, type PairLevels, type RosterPenalties, type ScoredPair } from './score-pair.js';

/**
 * Streaming matcher: the roster (the smaller side) is indexed up front, the BPJS export (possibly far
 * larger than memory) arrives in batches and is not kept: memory is bounded by the roster side plus
 * the participants that got a candidate pair.
 */
export interface Matcher {
  /**
   * Matches a batch of participants against the roster. Batches may have any size; order does not
   * matter. Returns the participants of this batch that got no candidate pair at or above the review
   * score (in batch order): they can match no roster row, so they are BPJS-only whatever comes later;
   * the matcher does not keep them, the caller writes them out. Every other participant is kept until
   * finish(), which lists those left unassigned in `bpjsOnly`.
   */
  addParticipants(batch: readonly BpjsParticipant[]): readonly BpjsParticipant[];
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

/**
 * A human review decision from `reconcile --decisions FILE`, keyed by the people (personKey() of the
 * roster Worker and of the BpjsParticipant), never by row numbers: rows shift every month. A key
 * matches a record when it is any of the record's personKeys() (its NIK key or its name + birth-date key;
 * on the roster side also that name key narrowed to the row's agency, see agencyNameKey).
 * - accept: the pair is matched (method 'manual') whenever both people are present, before any
 *   automatic pair; one-to-one still holds.
 * - reject: the pair is never a candidate again (dropped before scoring), so the roster row gets its
 *   next-best outcome.
 */
export interface ManualDecision {
  readonly roster: string;
  readonly bpjs: string;
  readonly decision: 'accept' | 'reject';
  /**
   * Where the roster person was when the decision was taken (the decisions file's roster_agency,
   * roster_file, roster_sheet; '' or absent when unknown): a key that fits several roster rows applies
   * only to the one row these single out (see prepareManual).
   */
  readonly rosterAgency?: string;
  readonly rosterFile?: string;
  readonly rosterSheet?: string;
}

const EMPTY_INDEX: KeyIndex = { entries: 0, find: () => 0 };

/** Shared by the decisions without review candidates (all but `review`): one frozen array, not a million. */
const NO_CANDIDATES: readonly MatchCandidate[] = Object.freeze([]);
// Reason lists are joined with concat, which sizes the result exactly; a spread in an array literal
// leaves ~130 bytes of spare capacity in each of a million lists.
const NO_REASONS: readonly Message[] = Object.freeze([]);

/** Pair flags (PairStore.flags). */
const GUARD_PASSED = 1;
/** The pair is an accepted manual decision: assigned first, no margin check. */
const MANUAL_ACCEPT = 2;
/** The pair was not found by any blocking rule; it exists only to be assigned and explained (score shown as null). */
const NOT_BLOCKED = 4;
/** Equal NIKs that may be a Papua NIK rounded by software that read it as a number (DOMAIN.md §1.5). */
const NIK_MAY_BE_ROUNDED = 8;
/** NIKs one apart, one the other's rounding (NIK level `rounded`). */
const NIK_ROUNDED = 16;
/**
 * A pair a human rejected: never assigned nor proposed, but still a rival of the row's (and the record's)
 * other pairs. A rejection says "not this participant", not "the other one": the namesake it names still
 * shows that the name and birth date alone do not identify the person (exploratory round 4, repro 02).
 */
const REJECTED = 32;
/**
 * What the NIK adds to an exact pair over a rounded one. Where a roster row's NIK may be rounded and it
 * has both an exact candidate and a rounded one (…0008 exact, …0007 rounded: twins), the NIK cannot
 * tell them apart: the margin between them is counted without it.
 */
const ROUNDING_GAP = NIK_WEIGHTS.exact - NIK_WEIGHTS.rounded;

function nikRoundingFlag(nik: NikComparison): number {
  if (nik.level === 'rounded') return NIK_ROUNDED;
  return nik.level === 'exact' && nik.mayBeRounded === true ? NIK_MAY_BE_ROUNDED : 0;
}

/**
 * Pipeline: duplicates in the rosters → roster index (blocking keys) → per BPJS record: candidates
 * from the blocking rules → scoring (comparison levels + frequency adjustment) → keep pairs at or above
 * the review score; at the end: one-to-one assignment of acceptable pairs → margin check → statuses,
 * flags and reasons. Pure: no I/O, no clock, no randomness; the result does not depend on how the
 * BPJS export is split into batches or in which order they arrive (ties are broken by `seq`).
 */
export function createMatcher(workers: readonly Worker[], settings: MatchSettings = DEFAULT_MATCH_SETTINGS, manual: readonly ManualDecision[] = []): Matcher {
  const intake = createRosterIntake();
  intake.add(workers);
  return intake.matcher(settings, manual);
}

/**
 * Takes the roster in as it is read: each row's features and blocking keys are computed when it
 * arrives, while the reader thread parses the next rows, instead of all at once after the last one.
 * What needs the whole roster (frequency penalties, duplicates, the index itself) is done by matcher();
 * value frequencies are counted on arrival too.
 * Rows are expected in `seq` order (as read); otherwise matcher() starts over from the sorted roster.
 */
export interface RosterIntake {
  add(batch: readonly Worker[]): void;
  /** Call once, after the last batch. */
  matcher(settings?: MatchSettings, manual?: readonly ManualDecision[]): Matcher;
}

export function createRosterIntake(): RosterIntake {
  let ws: Worker[] = [];
  let wf: PersonFeatures[] = [];
  let keys = createRosterIndexBuilder();
  let counts = createMatchFrequencyCounter();
  let tallies: NameTally[] = [];
  let inOrder = true;
  let done = false;
  const take = (w: Worker): void => {
    const f = personFeatures(w);
    keys.add(f, ws.length);
    tallies.push(counts.add(f));
    ws.push(w);
    wf.push(f);
  };
  return {
    add(batch) {
      if (done) throw new Error('RosterIntake.matcher() was already called');
      for (const w of batch) {
        if (inOrder && ws.length > 0 && ws[ws.length - 1]!.seq > w.seq) inOrder = false;
        if (inOrder) take(w);
        else ws.push(w);
      }
    },
    matcher(settings = DEFAULT_MATCH_SETTINGS, manual = []) {
      if (done) throw new Error('RosterIntake.matcher() was already called');
      done = true;
      if (!inOrder) {
        const sorted = [...ws].sort((a, b) => a.seq - b.seq);
        ws = [];
        wf = [];
        keys = createRosterIndexBuilder();
        counts = createMatchFrequencyCounter();
        tallies = [];
        for (const w of sorted) take(w);
      }
      // The working state (features, index, frequency tables, kept pairs: hundreds of MB for a million
      // rows) is let go once finish() has produced the result, so that it is not carried through report
      // writing while the caller still holds the matcher.
      let live: Matcher | null = matcherState(ws, wf, keys, counts, tallies, settings, manual);
      // The features belong to the matcher now, which lets go of them after finish(); the caller may
      // keep the intake in scope through report writing (a million rows: ~180 MB).
      ws = [];
      wf = [];
      tallies = [];
      let finalStats: BlockingStats | null = null;
      const state = (): Matcher => {
        if (live === null) throw new Error('Matcher.finish() was already called');
        return live;
      };
      return {
        addParticipants: (batch) => state().addParticipants(batch),
        stats: () => finalStats ?? state().stats(),
        finish() {
          const s = state();
          const result = s.finish();
          finalStats = s.stats();
          live = null;
          return result;
        },
      };
    },
  };
}

function matcherState(
  ws: readonly Worker[],
  wf: PersonFeatures[],
  keys: RosterIndexBuilder,
  counts: MatchFrequencyCounter,
  tallies: readonly NameTally[],
  settings: MatchSettings,
  manual: readonly ManualDecision[],
): Matcher {
  const n = ws.length;
  const freq: MatchFrequencies = counts.tables();
  // Each row's name count, read from its tally rather than looked up (kept for the reasons in finish()).
  const nameCount = new Int32Array(n);
  for (let i = 0; i < n; i++) nameCount[i] = tallies[i]!.count;
  const penalties = rosterPenalties(wf, freq, (i) => nameCount[i] ?? 0);
  // Parsed once, for duplicates and for blocking.
  const rosterNik = packRosterDigits(n, (i) => wf[i]!.digits16);
  const dups = findDuplicates(
    ws,
    wf,
    (key) => freq.names.count(key),
    rosterNik,
  );
  for (let i = 0; i < n; i++) if (dups.nikShared[i] === 1) wf[i]!.nikShared = true;
  const provisional = provisionalDuplicates(ws, dups);
  const matched = (i: number): boolean => dups.firstOf[i] === -1 || provisional[i] === 1;
  // Blocking only: dropped before finish(), which builds the decisions (peak memory of a large run).
  let liveIndex: RosterIndex | null = keys.build(wf, matched);
  const man = prepareManual(ws, manual, matched);

  // Only participants with at least one kept pair are retained (`ord` indexes them).
  const participants: BpjsParticipant[] = [];
  let anyNullStatus = false;
  // Kept pairs number about one per roster row: sized once (see PairStore).
  const pairs = new PairStore(n);
  const scratch = createScoredPairScratch();
  const candidatesByRule = new Float64Array(BLOCKING_RULES.length);
  const skippedByRule = new Float64Array(BLOCKING_RULES.length);
  /** Roster rows whose valid NIK a participant of another name and birth date holds (the pair failed): where. */
  const nikHeldByOther = new Map<number, Provenance>();

  // Per-participant scratch, reused: candidate rows and the rule that found each, the rows of this
  // participant's manual decisions, and its kept pairs before it is known to be retained. The
  // candidate, look-up and kept-pair arrays are filled by index up to a count and never shortened:
  // `xs.length = 0` makes V8 drop the backing store, and a new one per participant and look-up was
  // ~1 KB of garbage per participant.
  const stamp = new Int32Array(n);
  const rejectStamp = man.anyReject ? new Int32Array(n) : null;
  const acceptRows: number[] = [];
  const acceptDecisions: number[] = [];
  const rejectRows: number[] = [];
  const candRows: number[] = [];
  const candRules: number[] = [];
  const found: number[] = [];
  const keptRows: number[] = [];
  const keptScores: number[] = [];
  const keptFlags: number[] = [];
  let nCand = 0;
  let nKept = 0;
  /** block() left the name-only rules for after scoring (see blockByName). */
  let nameRulesLeft = false;
  let stampId = 0;
  let k1 = 0;
  let k2 = 0;
  const capture: KeyEmitter = (a, b) => {
    k1 = a;
    k2 = b;
  };
  const rejected = (row: number): boolean => rejectStamp !== null && rejectStamp[row] === stampId;
  const add = (row: number, rule: number): void => {
    if (stamp[row] === stampId || rejected(row)) return;
    stamp[row] = stampId;
    candRows[nCand] = row;
    candRules[nCand] = rule;
    nCand++;
  };
  let lookupIndex: KeyIndex = liveIndex.nameFull;
  let lookupRule = 0;
  let lookupCap = 0;
  /** The rows under one key of the rule in use, into `found`; an over-size block is counted and gives 0. */
  const blockRows = (h1: number, h2: number): number => {
    const count = lookupIndex.find(h1, h2, lookupCap, found);
    if (count >= 0) return count;
    skippedByRule[lookupRule]!++;
    return 0;
  };
  const lookup: KeyEmitter = (h1, h2) => {
    const count = blockRows(h1, h2);
    for (let i = 0; i < count; i++) add(found[i] ?? 0, lookupRule);
  };
  // After an exact, name-confirmed NIK: only rows that may be the same person listed again, i.e.
  // without a comparable NIK or with one a typing error away. A row with an unrelated valid NIK is
  // someone else (with a million rows, a namesake born the same day is common).
  // The participant's NIK digits packed like rosterNik (set by block() when it has 16 digits).
  let queryHi = NO_DIGITS;
  let queryLo = 0;
  const mayCarryQueryNik = (row: number): boolean => {
    const hi = rosterNik.hi[row] ?? NO_DIGITS;
    return hi === NO_DIGITS || packedDigitsNear(hi, rosterNik.lo[row] ?? 0, queryHi, queryLo);
  };
  const lookupSameOrNoNik: KeyEmitter = (h1, h2) => {
    const count = blockRows(h1, h2);
    for (let i = 0; i < count; i++) {
      const row = found[i] ?? 0;
      if (mayCarryQueryNik(row)) add(row, lookupRule);
    }
  };
  // The whole-name search after the name+region rule's candidates all failed: only rows whose birth date
  // is not far from the participant's (or unknown). It is there for a row that carries another person's
  // NIK; a namesake born on another day would score under review anyway, and with a million rows a common
  // name's block holds hundreds of them (+280,000 candidates at 1M × 1M without this filter).
  // Where the search is limited to rows that may carry the participant's NIK (lookupSameOrNoNik), a row
  // whose NIK encodes a birth date years from its own is admitted too: that NIK is someone else's.
  let queryBirthDate = 0;
  let queryOwnNikOnly = false;
  const lookupNearBirthDate: KeyEmitter = (h1, h2) => {
    const count = blockRows(h1, h2);
    for (let i = 0; i < count; i++) {
      const row = found[i] ?? 0;
      const f = wf[row]!;
      if (compareBirthDates(bestBirthDate(f), queryBirthDate) === 'far') continue;
      if (queryOwnNikOnly && !mayCarryQueryNik(row) && !nikYearsFromOwn(f)) continue;
      add(row, lookupRule);
    }
  };
  // The whole-name search when the stronger rules' candidates were all unrelated to the participant's
  // NIK: rows that may carry it, and rows born about the same day whose NIK is someone else's (years
  // from their own birth date) — the row this search is there for.
  const lookupSameNikOrCarrier: KeyEmitter = (h1, h2) => {
    const count = blockRows(h1, h2);
    for (let i = 0; i < count; i++) {
      const row = found[i] ?? 0;
      if (mayCarryQueryNik(row)) {
        add(row, lookupRule);
        continue;
      }
      const f = wf[row]!;
      if (nikYearsFromOwn(f) && compareBirthDates(bestBirthDate(f), queryBirthDate) !== 'far') add(row, lookupRule);
    }
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
    const index = liveIndex;
    if (index === null) throw new Error('Matcher.finish() was already called');
    let confirmed = false;
    const pd = pf.digits16;
    queryHi = NO_DIGITS;
    if (pd !== null) {
      const [pHi, pLo] = packComparableDigits(pd);
      queryHi = pHi;
      queryLo = pLo;
      for (let w = 0; w < NIK_WINDOWS.length; w++) {
        // Window 0 holds the exact-NIK block. An exact NIK whose name agrees makes the near-NIK windows
        // unnecessary: with a million rows, neighbours one serial apart (same district and birth date)
        // would otherwise be scored for nearly every participant.
        if (w > 0 && confirmed) break;
        nikWindowKey(pd, w, capture);
        const count = index.nikWindows.find(k1, k2, settings.maxStrongBlockSize, found);
        if (count < 0) {
          skippedByRule[R_NEAR]!++;
          continue;
        }
        for (let i = 0; i < count; i++) {
          const row = found[i] ?? 0;
          if (stamp[row] === stampId || rejected(row)) continue;
          const hi = rosterNik.hi[row] ?? NO_DIGITS;
          if (hi === NO_DIGITS) continue;
          const lo = rosterNik.lo[row] ?? 0;
          if (hi === pHi && lo === pLo) {
            add(row, R_EXACT);
            // Not when the two were born years apart: a shared word is then often a family name (NASUTION,
            // SIREGAR) and the NIK was copied to a relative's row; the person's own row, with a mistyped
            // NIK, must still be looked for by birth date and name.
            const f = wf[row]!;
            if (shareAnyKey(f, pf) && !farApart(bestBirthDate(f), bestBirthDate(pf))) confirmed = true;
          } else if (packedDigitsNear(hi, lo, pHi, pLo)) add(row, R_NEAR);
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
      // without a NIK; the pair then marks that row as a duplicate (see finish()). Only reached with
      // a packed NIK (confirmed by an exact one), so queryHi/queryLo are this participant's.
      confirmedBirthDateNameKey(pf, lookupSameOrNoNik);
      return;
    }
    queryBirthDateNameKeys(pf, lookup);
    // The name without a birth date is the last resort (a missing or mistyped NIK together with a
    // mistyped birth date): its blocks are the largest and its pairs rarely reach the review score, so
    // these rules run only when the stronger rules found nothing (blockByNameRegion, then blockByNameFull,
    // each after scoring).
    nameRulesLeft = true;
  }

  /**
   * The name-only rules, once the stronger rules' candidates all scored under the review score: a
   * namesake born the same day must not hide the person whose birth date was mistyped. Then a
   * participant with a NIK looks only at rows that may carry the same one (none, or one a typing error
   * away): with a million rows, a common name's block is full of namesakes with their own NIKs, born on
   * other days, and scoring them found nothing (+650,000 candidates at 1M × 1M). The emitter that
   * applies that restriction is chosen by the caller, once for both rules.
   */
  function blockByNameRegion(pf: PersonFeatures, emit: KeyEmitter): void {
    useRule(liveIndex!.nameRegion, 'name_region');
    nameRegionKeys(pf, emit);
  }

  function blockByNameFull(pf: PersonFeatures, emit: KeyEmitter): void {
    useRule(liveIndex!.nameFull, 'name_full');
    nameFullKeys(pf, emit);
  }

  /** Marks this participant's manual pairs: rejected rows (never candidates) and accepted rows. */
  function applyManual(p: BpjsParticipant): void {
    acceptRows.length = 0;
    acceptDecisions.length = 0;
    rejectRows.length = 0;
    // Any key the participant is known by (NIK, name + birth date): a decision made while one side
    // had no NIK still applies once the NIK is filled in.
    for (const key of personKeys(p)) {
      const ds = man.byBpjs.get(key);
      if (ds !== undefined) applyDecisions(ds, p);
    }
  }

  function applyDecisions(ds: readonly number[], p: BpjsParticipant): void {
    for (const d of ds) {
      man.bpjsSeen[d] = 1;
      const m = manual[d]!;
      for (const row of man.rowsOf[d] ?? []) {
        // An accept made while the row had no NIK (keyed by name and birth date) does not hold once the row's
        // NIK is filled in and is another participant's: the NIK now says who the person is (a decision
        // between namesakes had picked the other one). It is reported as no longer applying.
        if (m.decision === 'accept' && staleByNik(m.roster, ws[row]!, p)) {
          man.staleRow.set(d, row);
          continue;
        }
        if (m.decision === 'reject') {
          rejectStamp![row] = stampId;
          rejectRows.push(row);
        } else {
          acceptRows.push(row);
          acceptDecisions.push(d);
        }
      }
    }
  }

  /** Scores candidates `from`… of participant p; those reaching the review score become kept pairs. */
  function scoreCandidates(p: BpjsParticipant, pf: PersonFeatures, from: number): void {
    for (let i = from; i < nCand; i++) {
      const row = candRows[i] ?? 0;
      candidatesByRule[candRules[i] ?? 0]!++;
      const w = ws[row];
      const f = wf[row];
      if (w === undefined || f === undefined) continue;
      // An accepted manual pair is kept whatever its score (it must be assigned and explained).
      const accepted = acceptRows.length > 0 && acceptRows.includes(row) && !rejected(row);
      const s = scorePairAtLeast(f, w.nik, pf, p.nik, freq, penalties, row, accepted ? -Infinity : settings.reviewScore, scratch);
      if (s === null || (s.score < settings.reviewScore && !accepted)) {
        if (w.nik.nik !== null && w.nik.nik === p.nik.nik && !nikHeldByOther.has(row)) nikHeldByOther.set(row, provenanceOf(p));
        continue;
      }
      keptRows[nKept] = row;
      keptScores[nKept] = s.score;
      keptFlags[nKept] = (passesAcceptGuard(s.levels, settings) ? GUARD_PASSED : 0) | (accepted ? MANUAL_ACCEPT : 0) | nikRoundingFlag(s.levels.nik);
      nKept++;
    }
  }

  /** Whether a pair kept for this participant so far could be accepted (score and guards). */
  function anyAcceptable(): boolean {
    for (let i = 0; i < nKept; i++) {
      if ((keptScores[i] ?? 0) >= settings.acceptScore && ((keptFlags[i] ?? 0) & GUARD_PASSED) !== 0) return true;
    }
    return false;
  }

  /** Scores the candidates of one participant; true when it is retained (some pair kept). */
  function addParticipant(p: BpjsParticipant): boolean {
    if (p.status === null) anyNullStatus = true;
    const pf = personFeatures(p);
    stampId++;
    nCand = 0;
    nKept = 0;
    if (man.byBpjs.size > 0) applyManual(p);
    nameRulesLeft = false;
    block(pf);
    scoreCandidates(p, pf, 0);
    // The name-only rules, when the stronger rules kept nothing, or only pairs that cannot be accepted:
    // a review-level namesake must not hide a row listed with its name alone (NIK and birth date missing).
    if (nameRulesLeft && (nKept === 0 || !anyAcceptable())) {
      const keptBefore = nKept;
      const emit = nCand === 0 || queryHi === NO_DIGITS ? lookup : lookupSameOrNoNik;
      let from = nCand;
      blockByNameRegion(pf, emit);
      scoreCandidates(p, pf, from);
      // The whole name anywhere, when the region's namesakes all scored under the review score too: the
      // region comes from a NIK, and a roster row carrying another person's NIK sits in that one's region.
      // Without any candidate yet, as before; after failed or review-only ones, among rows born about the
      // same day.
      if (nKept === keptBefore) {
        const narrow = nCand > from || keptBefore > 0;
        queryBirthDate = bestBirthDate(pf);
        queryOwnNikOnly = emit === lookupSameOrNoNik;
        from = nCand;
        blockByNameFull(pf, narrow ? lookupNearBirthDate : emit === lookupSameOrNoNik ? lookupSameNikOrCarrier : emit);
        scoreCandidates(p, pf, from);
      }
    }
    // Accepted manual pairs no blocking rule found: made candidates so that they are explained.
    for (let i = 0; i < acceptRows.length; i++) {
      const row = acceptRows[i] ?? 0;
      if (stamp[row] === stampId || rejected(row)) continue;
      stamp[row] = stampId;
      const w = ws[row];
      const f = wf[row];
      if (w === undefined || f === undefined) continue;
      const s = scorePair(f, w.nik, pf, p.nik, freq, penalties, row, scratch);
      keptRows[nKept] = row;
      keptScores[nKept] = s.score;
      keptFlags[nKept] = MANUAL_ACCEPT | NOT_BLOCKED;
      nKept++;
    }
    // Rejected pairs, kept as rivals only (see REJECTED); no blocking rule needs to find them.
    for (let i = 0; i < rejectRows.length; i++) {
      const row = rejectRows[i] ?? 0;
      if (stamp[row] === stampId) continue;
      stamp[row] = stampId;
      const w = ws[row];
      const f = wf[row];
      if (w === undefined || f === undefined) continue;
      const s = scorePairAtLeast(f, w.nik, pf, p.nik, freq, penalties, row, settings.reviewScore, scratch);
      if (s === null || s.score < settings.reviewScore) continue;
      keptRows[nKept] = row;
      keptScores[nKept] = s.score;
      keptFlags[nKept] = REJECTED;
      nKept++;
    }
    if (nKept === 0) return false;
    const ord = participants.length;
    participants.push(p);
    for (let i = 0; i < nKept; i++) {
      const flags = keptFlags[i] ?? 0;
      const k = pairs.push(keptRows[i] ?? 0, ord, keptScores[i] ?? 0, flags);
      if ((flags & MANUAL_ACCEPT) !== 0) {
        const row = keptRows[i] ?? 0;
        man.decisionOfPair.set(k, acceptDecisions[acceptRows.indexOf(row)] ?? 0);
      }
    }
    return true;
  }

  const stats = (): BlockingStats => ({
    candidatesByRule: perRule(candidatesByRule),
    skippedByRule: perRule(skippedByRule),
    keptPairs: pairs.length,
  });

  return {
    addParticipants(batch) {
      const unmatched: BpjsParticipant[] = [];
      for (const p of batch) if (!addParticipant(p)) unmatched.push(p);
      return unmatched;
    },
    stats,
    finish() {
      liveIndex = null;
      lookupIndex = EMPTY_INDEX;
      return finish({ ws, wf, freq, penalties, nameCount, dups, provisional, participants, pairs, settings, anyNullStatus, skippedByRule, manual, man, nikHeldByOther });
    },
  };
}

/** Manual decisions prepared for look-ups while streaming. Bounded by the number of decisions. */
interface ManualState {
  /** Decision indices per BPJS person key. */
  readonly byBpjs: ReadonlyMap<string, readonly number[]>;
  /** Per decision: the one roster row (indexed, not a duplicate) it applies to, or none (see prepareManual). */
  readonly rowsOf: readonly (readonly number[])[];
  /** Decisions whose roster key fits several rows that nothing else tells apart: applied to none of them. */
  readonly ambiguousRows: ReadonlyMap<number, readonly number[]>;
  readonly anyReject: boolean;
  /** 1 when a participant with the decision's BPJS key arrived. */
  readonly bpjsSeen: Uint8Array;
  /** Decision index of each kept MANUAL_ACCEPT pair (pair index → decision). */
  readonly decisionOfPair: Map<number, number>;
  /** Accepts keyed by name not applied to a row because its NIK is another participant's (staleByNik): row per decision. */
  readonly staleRow: Map<number, number>;
}

/**
 * The roster rows of each decision. A key may fit several rows: a name + birth-date key written while a
 * worker was the only one of that name and date fits a namesake who joined since (in another agency,
 * listed above him), and rows with a NIK carry their name key too. Applied by row order, the decision
 * picked the first (exploratory round 4, repro 03). Such a decision applies only to the one row of the
 * agency it was taken in (then of its file and sheet); when that does not single out one row, to none,
 * and it is reported (ambiguousRows): the rows are matched as if it did not exist.
 */
function prepareManual(ws: readonly Worker[], manual: readonly ManualDecision[], indexed: (i: number) => boolean): ManualState {
  const byBpjs = new Map<string, number[]>();
  const rowsByKey = new Map<string, number[]>();
  manual.forEach((m, d) => {
    const list = byBpjs.get(m.bpjs);
    if (list === undefined) byBpjs.set(m.bpjs, [d]);
    else list.push(d);
    rowsByKey.set(m.roster, []);
  });
  if (manual.length > 0) {
    for (let r = 0; r < ws.length; r++) {
      if (!indexed(r)) continue;
      for (const key of rosterPersonKeys(ws[r]!)) rowsByKey.get(key)?.push(r);
    }
  }
  const ambiguousRows = new Map<number, readonly number[]>();
  const rowsOf = manual.map((m, d): readonly number[] => {
    const rows = rowsByKey.get(m.roster) ?? [];
    if (rows.length <= 1) return rows;
    const agency = m.rosterAgency ?? '';
    const inAgency = agency === '' ? rows : rows.filter((r) => agencyKey(ws[r]!.agency) === agencyKey(agency));
    const file = m.rosterFile ?? '';
    const sheet = m.rosterSheet ?? '';
    const inSheet = inAgency.length <= 1 || (file === '' && sheet === '') ? inAgency : inAgency.filter((r) => ws[r]!.file === file && ws[r]!.sheet === sheet);
    if (inSheet.length === 1) return inSheet;
    ambiguousRows.set(d, inSheet.length > 1 ? inSheet : rows);
    return [];
  });
  return { byBpjs, rowsOf, ambiguousRows, anyReject: manual.some((m) => m.decision === 'reject'), bpjsSeen: new Uint8Array(manual.length), decisionOfPair: new Map(), staleRow: new Map() };
}

interface FinishInput {
  readonly ws: readonly Worker[];
  /** Rows whose NIK a participant of another name and birth date holds (see addParticipant): that participant's place. */
  readonly nikHeldByOther: ReadonlyMap<number, Provenance>;
  /** Consumed: each row's features are let go once its decision is built (peak memory of a large run). */
  readonly wf: (PersonFeatures | null)[];
  readonly freq: MatchFrequencies;
  readonly penalties: RosterPenalties;
  /** Per roster row: rows with the same full strong name key. */
  readonly nameCount: Int32Array;
  readonly dups: ReturnType<typeof findDuplicates>;
  /** 1 for a provisional duplicate (see provisionalDuplicates): matched for candidates, never accepted automatically. */
  readonly provisional: Uint8Array;
  readonly participants: readonly BpjsParticipant[];
  readonly pairs: PairStore;
  readonly settings: MatchSettings;
  readonly anyNullStatus: boolean;
  readonly skippedByRule: Float64Array;
  readonly manual: readonly ManualDecision[];
  readonly man: ManualState;
}

/**
 * Each record's `seq`, by index. A loop, not `Float64Array.from(records, mapFn)`: that goes through
 * the iterator protocol and a call per element, ~6× slower (~0.2 s per million records).
 */
function seqsOf(records: readonly { readonly seq: number }[]): Float64Array {
  const out = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) out[i] = records[i]!.seq;
  return out;
}

/**
 * Accepts whose BPJS key fitted participants that are not one person (a name + birth-date key taken while
 * the participant had no NIK, and a namesake born that day now in the export): applied to none of them by
 * arrival order. Their pairs lose MANUAL_ACCEPT and are matched as any pair; decision → participants.
 */
function ambiguousParticipants(man: ManualState, cols: ReturnType<PairStore['columns']>, participants: readonly BpjsParticipant[]): Map<number, number[]> {
  const byDecision = new Map<number, number[]>();
  for (const [k, d] of man.decisionOfPair) {
    const b = cols.bpjs[k] ?? 0;
    const list = byDecision.get(d);
    if (list === undefined) byDecision.set(d, [b]);
    else if (!list.includes(b)) list.push(b);
  }
  const out = new Map<number, number[]>();
  for (const [d, bs] of byDecision) {
    if (bs.every((b) => sameParticipant(participants[bs[0]!]!, participants[b]!))) continue;
    out.set(d, bs.sort((x, y) => participants[x]!.seq - participants[y]!.seq));
  }
  if (out.size === 0) return out;
  for (const [k, d] of [...man.decisionOfPair]) {
    if (!out.has(d)) continue;
    man.decisionOfPair.delete(k);
    cols.flags[k] = (cols.flags[k] ?? 0) & ~MANUAL_ACCEPT;
  }
  return out;
}

/** An accept keyed by name (`name:…`) for a row whose valid NIK differs from the participant's valid NIK. */
function staleByNik(rosterKey: string, w: Worker, p: BpjsParticipant): boolean {
  return rosterKey.startsWith('name:') && w.nik.nik !== null && p.nik.nik !== null && w.nik.nik !== p.nik.nik;
}

/**
 * Why a matched row is inactive, with the export's own status word (NON AKTIF, KELUAR, MENINGGAL…): "inactive"
 * alone budgeted a worker BPJS records as deceased "to reactivate" with nothing in any output to say so.
 */
function inactiveReason(p: BpjsParticipant): Message {
  const word = p.statusRaw?.trim() ?? '';
  return word === '' ? fixedMsg('match.reason.status_inactive') : sharedMsg('match.reason.status_inactive_word', word, { status: word });
}

/**
 * The name equal (after normalization) and the same birth date from both records' columns: what makes two
 * registrations namesakes born the same day, or a participant a twin's rival (a NIK's date is not enough).
 */
function sameNameAndBirthDate(levels: PairLevels): boolean {
  return (levels.name.level === 'exact' || levels.name.level === 'equal_strong') && levels.birthDate === 'exact' && !levels.birthDateWeak;
}

/**
 * Rows without a valid NIK that find-duplicates took for a copy of an earlier row with one, by a rare name
 * and birth date only (kind 'same_name_birth_date': two agencies, the NIK's date agreeing). They are
 * matched like any row, so that BPJS can say otherwise: when it registers a second person of that name
 * born that day, the row goes to review with that registration instead of becoming the duplicate (the
 * mirror of secondNamesake in finish()), and a reviewer's accept can take effect. They never take a record
 * automatically, nor hold another row's pair back.
 */
function provisionalDuplicates(ws: readonly Worker[], dups: ReturnType<typeof findDuplicates>): Uint8Array {
  const out = new Uint8Array(ws.length);
  for (let i = 0; i < ws.length; i++) if (dups.kind[i] === 'same_name_birth_date' && ws[i]!.nik.status !== 'valid') out[i] = 1;
  return out;
}

/**
 * Whether a row that lost its acceptable BPJS record to another row may be that row listed twice.
 * Not when neither has any NIK and they are in different agencies: nothing but a name and a birth
 * date joins them, which find-duplicates does not take as one person across agencies either (two
 * SITI AMINAHs born the same day; a reviewer who accepted one has not decided the other).
 */
function mayBeListedTwice(a: Worker, b: Worker): boolean {
  if (a.nik.status !== 'missing' || b.nik.status !== 'missing') return true;
  return agencyKey(a.agency) === agencyKey(b.agency);
}

function finish(input: FinishInput): ReconcileResult {
  const { ws, wf, freq, dups, provisional, participants, pairs, settings } = input;
  const n = ws.length;
  const nP = participants.length;
  const rosterSeq = seqsOf(ws);
  const bpjsSeq = seqsOf(participants);
  const cols = pairs.columns();

  const isManual = (k: number): boolean => ((cols.flags[k] ?? 0) & MANUAL_ACCEPT) !== 0;
  const bpjsAmbiguous = ambiguousParticipants(input.man, cols, participants);
  // Accepted manual decisions first (a human has looked at them), in decision order, then roster and
  // BPJS order; the automatic assignment then runs on the rows and records they left free.
  const manualOrder = [...input.man.decisionOfPair.keys()].sort(
    (x, y) =>
      (input.man.decisionOfPair.get(x) ?? 0) - (input.man.decisionOfPair.get(y) ?? 0) ||
      (rosterSeq[cols.roster[x] ?? 0] ?? 0) - (rosterSeq[cols.roster[y] ?? 0] ?? 0) ||
      (bpjsSeq[cols.bpjs[x] ?? 0] ?? 0) - (bpjsSeq[cols.bpjs[y] ?? 0] ?? 0),
  );
  const anyManual = manualOrder.length > 0;
  const { byRoster: manualByRoster, byBpjs: manualByBpjs } = assignInOrder(manualOrder, cols, anyManual ? n : 0, anyManual ? nP : 0);
  const manuallyTaken = (k: number): boolean =>
    anyManual && (manualByRoster[cols.roster[k] ?? 0] !== -1 || manualByBpjs[cols.bpjs[k] ?? 0] !== -1);
  const eligible = (k: number): boolean =>
    (cols.score[k] ?? 0) >= settings.acceptScore && ((cols.flags[k] ?? 0) & GUARD_PASSED) !== 0 && provisional[cols.roster[k] ?? 0] !== 1;
  const assignment = assignOneToOne(cols, (k) => eligible(k) && !manuallyTaken(k), rosterSeq, bpjsSeq, n, nP);
  for (let r = 0; r < manualByRoster.length; r++) {
    const k = manualByRoster[r] ?? -1;
    if (k < 0) continue;
    assignment.byRoster[r] = k;
    assignment.byBpjs[cols.bpjs[k] ?? 0] = k;
  }
  // Rejected pairs are in no group but their own: everything but competitor() sees the world without them.
  const isRejected = (k: number): boolean => ((cols.flags[k] ?? 0) & REJECTED) !== 0;
  const anyRejected = input.man.anyReject;
  const notRejected = anyRejected ? (k: number): boolean => !isRejected(k) : null;
  const byRosterPairs = groupPairs(cols.roster, cols.length, n, notRejected);
  const byBpjsPairs = groupPairs(cols.bpjs, cols.length, nP, notRejected);
  const rejectedByRoster = anyRejected ? groupPairs(cols.roster, cols.length, n, isRejected) : null;
  const rejectedByBpjs = anyRejected ? groupPairs(cols.bpjs, cols.length, nP, isRejected) : null;

  preferCurrentRegistration(assignment, cols, byRosterPairs, participants, (k) => eligible(k) && !manuallyTaken(k), isManual, settings.minMargin, n);

  /**
   * What pair k's row would score in the assignment with k and `owner` (pair of another row r2 holding
   * b2, row r's other candidate) swapped: r takes b2 (pair k2) and r2 takes k's record, less what r2
   * gives up. Two namesakes born the same day without a NIK on two rosters, against two registrations
   * of that name and date, score the same either way round: greedy order (the row listed first) picked
   * the pairing (exploratory repro 01). A swap no worse than the assignment by the margin is a rival
   * like any other; -Infinity when r2 has no pair with k's record or a human matched r2.
   */
  const swapped = (k: number, k2: number, owner: number, withHuman: boolean): number => {
    // A human matched that record to r2: it is not r's to take, but it still shows r's name and birth
    // date fit two participants (the other namesake is not confirmed by it, as with a rejection).
    if (isManual(owner)) return withHuman ? (cols.score[k2] ?? 0) : -Infinity;
    const b = cols.bpjs[k] ?? 0;
    const r2 = cols.roster[owner] ?? 0;
    let back = -Infinity;
    forEachPair(byRosterPairs, r2, (kx) => {
      if ((cols.bpjs[kx] ?? 0) === b) back = Math.max(back, cols.score[kx] ?? 0);
    });
    return (cols.score[k2] ?? 0) + back - (cols.score[owner] ?? 0);
  };

  /**
   * Best score among pairs that compete with pair k: same roster row or same BPJS record, other side
   * still free, or held by a row that could take k's record instead (see swapped). Another registration
   * of the same participant is no competitor.
   */
  const competitor = (k: number, roundingTies = true, withHuman = true): number => {
    const r = cols.roster[k] ?? 0;
    const b = cols.bpjs[k] ?? 0;
    const mayBeRounded = roundingTies && ((cols.flags[k] ?? 0) & NIK_MAY_BE_ROUNDED) !== 0;
    let best = -Infinity;
    const sameRow = (k2: number): void => {
      if (k2 === k) return;
      const b2 = cols.bpjs[k2] ?? 0;
      if (sameParticipant(participants[b]!, participants[b2]!)) return;
      const owner = assignment.byBpjs[b2] ?? -1;
      if (owner !== -1 && owner !== k2) {
        best = Math.max(best, swapped(k, k2, owner, withHuman));
        return;
      }
      const tie = mayBeRounded && ((cols.flags[k2] ?? 0) & NIK_ROUNDED) !== 0;
      best = Math.max(best, (cols.score[k2] ?? 0) + (tie ? ROUNDING_GAP : 0));
    };
    const sameRecord = (k2: number): void => {
      if (k2 === k) return;
      const r2 = cols.roster[k2] ?? 0;
      if (provisional[r2] === 1 || (assignment.byRoster[r2] !== -1 && assignment.byRoster[r2] !== k2)) return;
      best = Math.max(best, cols.score[k2] ?? 0);
    };
    forEachPair(byRosterPairs, r, sameRow);
    forEachPair(byBpjsPairs, b, sameRecord);
    if (withHuman && rejectedByRoster !== null && rejectedByBpjs !== null) {
      forEachPair(rejectedByRoster, r, sameRow);
      forEachPair(rejectedByBpjs, b, sameRecord);
    }
    return best;
  };

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
  // One scratch result for every re-scoring: each is read (levels, score, reasons) before the next, and
  // nothing kept in a decision refers to it (~20 MB less garbage per 100,000 roster rows).
  const scratch = createScoredPairScratch();
  const score = (r: number, b: number): ScoredPair => scorePair(wf[r]!, ws[r]!.nik, pFeatures(b), participants[b]!.nik, freq, input.penalties, r, scratch);

  /**
   * Whether pair k, its names only close (a letter apart: RINA / RINI), has a rival among row r's pairs
   * with the exact name, the same birth date and a NIK one typo away: twins carry consecutive serials and
   * often given names a letter apart, so the exact-NIK pair may be the twin's record and the rival the
   * person's own. Neither is taken without a human (exploratory test round 2: a twin carrying her sister's
   * NIK was matched to the sister's inactive record).
   */
  const exactNameRival = (k: number): boolean => {
    const r = cols.roster[k] ?? 0;
    // One pair only, as for most rows: no rival, and no re-scoring (a million accepted rows at 1M).
    if ((byRosterPairs.start[r + 1] ?? 0) - (byRosterPairs.start[r] ?? 0) < 2) return false;
    const b = cols.bpjs[k] ?? 0;
    const own = score(r, b).levels;
    if (own.nik.level !== 'exact' || own.name.level === 'exact' || own.name.level === 'equal_strong') return false;
    let found = false;
    forEachPair(byRosterPairs, r, (k2) => {
      if (found || k2 === k) return;
      const b2 = cols.bpjs[k2] ?? 0;
      if (sameParticipant(participants[b]!, participants[b2]!)) return;
      const l = score(r, b2).levels;
      found = sameNameAndBirthDate(l) && (l.nik.level === 'one_substitution' || l.nik.level === 'transposition');
    });
    return found;
  };

  // Margins are computed against the assignment before any demotion, so the outcome does not depend
  // on the order rows are visited in.
  const acceptedOfRoster = new Int32Array(n).fill(-1);
  const acceptedOfBpjs = new Int32Array(nP).fill(-1);
  for (let r = 0; r < n; r++) {
    const k = assignment.byRoster[r] ?? -1;
    if (k < 0) continue;
    if (!isManual(k) && ((cols.score[k] ?? 0) - competitor(k) < settings.minMargin || exactNameRival(k))) continue;
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
    if (!mayBeListedTwice(ws[r]!, ws[owner]!)) continue;
    if (owner < r) {
      matchDupOf[r] = owner;
      continue;
    }
    // A human matched that record to the later row: it stays there.
    if (isManual(acceptedOfRoster[owner] ?? -1)) continue;
    acceptedOfRoster[owner] = -1;
    acceptedOfRoster[r] = bestK;
    acceptedOfBpjs[b] = r;
    matchDupOf[owner] = r;
  }

  const reasonsOf = (r: number, b: number, s: ScoredPair): Message[] => {
    const f = wf[r]!;
    return explainPair(f, pFeatures(b), s, { name: () => input.nameCount[r] ?? 0, birthDate: () => freq.birthDates.count(bestBirthDate(f)) });
  };
  const round = (x: number): number => Math.round(x * 100) / 100;
  /** Other registrations of participant b among row r's candidates, left unmatched (bpjs_only). */
  const otherRegistrations = (r: number, b: number): readonly Message[] => {
    let others: BpjsParticipant[] | null = null;
    forEachPair(byRosterPairs, r, (k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      if (b2 !== b && acceptedOfBpjs[b2] === -1 && sameParticipant(participants[b]!, participants[b2]!)) (others ??= []).push(participants[b2]!);
    });
    if (others === null) return NO_REASONS;
    // In export order: pairs are stored in arrival order, which must not matter. A few are named; an
    // export repeating one NIK thousands of times must not make one row's reasons that long.
    const sorted = (others as BpjsParticipant[]).sort((x, y) => x.seq - y.seq);
    const named = sorted.slice(0, MAX_REGISTRATIONS_NAMED).map((p2) => msg('match.reason.other_registration', { ref: formatProvenance(p2), status: p2.statusRaw ?? '–' }));
    if (sorted.length > MAX_REGISTRATIONS_NAMED) named.push(msg('match.reason.other_registrations_more', { count: sorted.length - MAX_REGISTRATIONS_NAMED }));
    return named;
  };

  /** Row r matched to participant b: `lead` reasons first; the score shown unless the pair was never scored. */
  const matchedDecision = (r: number, b: number, o: { manual: boolean; scored: boolean; lead: readonly Message[]; extra: readonly Message[] }): WorkerDecision => {
    const p = participants[b]!;
    const s = score(r, b);
    const status = matchedStatus(p);
    return {
      worker: ws[r]!,
      status,
      method: o.manual ? 'manual' : matchMethod(s.levels),
      score: o.scored ? round(s.score) : null,
      bpjs: p,
      duplicateOf: null,
      candidates: NO_CANDIDATES,
      flags: workerFlags(ws[r]!, { bpjs: p, levels: s.levels }),
      reasons: sharedReasons(
        o.lead.concat(reasonsOf(r, b, s), status === 'inactive' ? [inactiveReason(p)] : NO_REASONS, otherRegistrations(r, b), o.extra),
      ),
    };
  };

  // A row find-duplicates.ts took for a copy of an earlier one (same name and birth date, NIKs one typo
  // apart) whose own NIK BPJS holds as a registration of its own that no row took, name and birth date
  // agreeing, while the earlier row is matched to another registration: two people after all (namesakes
  // born the same day in one district). BPJS checks each NIK with Dukcapil, so two registrations are
  // better evidence than the roster's look-alike rows. The row is matched to its registration instead of
  // carrying the earlier row's (and its budget is counted).
  // Such rows are not in the index; the registration is among the earlier row's pairs (one NIK typo away).
  // The same holds for a row with a valid NIK taken for a copy of an earlier row without one (same rare
  // name and birth date, the NIK's date agreeing: 'same_name_birth_date') when BPJS registers two people
  // of that name born that day: the roster's rule took the name for rare, BPJS says it is not.
  const ownRegistration = new Int32Array(n).fill(-1);
  /** Whether row `first`'s candidates hold a registration of another NIK with row r's name and birth date. */
  const secondNamesake = (r: number, first: number, nik: string): boolean => {
    let found = false;
    forEachPair(byRosterPairs, first, (k2) => {
      if (found) return;
      const p = participants[cols.bpjs[k2] ?? 0]!;
      if (p.nik.status !== 'valid' || p.nik.nik === nik) return;
      const levels = score(r, cols.bpjs[k2] ?? 0).levels;
      found = sameNameAndBirthDate(levels);
    });
    return found;
  };
  for (let r = 0; r < n; r++) {
    const kind = dups.kind[r];
    if (kind !== 'same_name_birth_date_near_nik' && kind !== 'same_name_birth_date') continue;
    const nik = ws[r]!.nik;
    if (nik.status !== 'valid' || nik.nik === null) continue;
    // Two people only when the earlier row has a registration of its own: if it has none (say its NIK was cut
    // by Excel and it waits for review), the one registration is most likely this person's, listed twice.
    // An earlier row without a NIK, only when BPJS has a second namesake born that day (see above).
    const first = dups.firstOf[r] ?? 0;
    if (kind === 'same_name_birth_date_near_nik' ? (acceptedOfRoster[first] ?? -1) < 0 : !secondNamesake(r, first, nik.nik)) continue;
    // Pairs are stored in arrival order: the registration is chosen as preferCurrentRegistration would
    // (active, then the latest membership), then by export order, so the batch split cannot change it.
    let best = -1;
    forEachPair(byRosterPairs, first, (k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      if (acceptedOfBpjs[b2] !== -1) return;
      const p = participants[b2]!;
      if (p.nik.status !== 'valid' || p.nik.nik !== nik.nik) return;
      if (best >= 0) {
        const q = participants[best]!;
        if (!isCurrentOver(p, q) && (isCurrentOver(q, p) || (bpjsSeq[b2] ?? 0) > (bpjsSeq[best] ?? 0))) return;
      }
      const s = score(r, b2);
      if (s.score < settings.acceptScore || !passesAcceptGuard(s.levels, settings)) return;
      best = b2;
    });
    if (best < 0) continue;
    ownRegistration[r] = best;
    acceptedOfBpjs[best] = r;
  }

  /**
   * Whether provisional duplicate r (provisionalDuplicates) has an open candidate that is a second person
   * of its name born that day: a registration of another NIK than the one the earlier row is matched to,
   * the name and the birth date (from the columns) agreeing.
   */
  const secondNamesakeOpen = (r: number): boolean => {
    const first = dups.firstOf[r] ?? 0;
    const kFirst = acceptedOfRoster[first] ?? -1;
    const bFirst = kFirst >= 0 ? (cols.bpjs[kFirst] ?? 0) : (ownRegistration[first] ?? -1);
    if (bFirst < 0) return false;
    const taken = participants[bFirst]!;
    let found = false;
    forEachPair(byRosterPairs, r, (k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      if (found || acceptedOfBpjs[b2] !== -1) return;
      const p = participants[b2]!;
      if (p.nik.status !== 'valid' || p.nik.nik === taken.nik.nik || sameParticipant(taken, p)) return;
      const levels = score(r, b2).levels;
      found = sameNameAndBirthDate(levels);
    });
    return found;
  };

  const decisions: WorkerDecision[] = new Array<WorkerDecision>(n);
  const rootOf = new Int32Array(n);
  // Rows with a candidate a human rejected (a reject decision whose participant arrived): left without
  // candidates, their reason says so rather than "not found in the BPJS data".
  const rejectedRows = new Set<number>();
  input.manual.forEach((m, d) => {
    if (m.decision !== 'reject' || input.man.bpjsSeen[d] !== 1) return;
    for (const r of input.man.rowsOf[d] ?? []) rejectedRows.add(r);
  });
  /** Why row r has no open candidate: another row took the best one, a human rejected them, its NIK is someone else's, or none. */
  const unmatchedReason = (r: number, takenBy: number): Message => {
    if (takenBy >= 0) return msg('match.reason.candidate_taken', { ref: formatProvenance(ws[takenBy]!) });
    if (rejectedRows.has(r)) return fixedMsg('match.reason.candidates_rejected');
    const holder = input.nikHeldByOther.get(r);
    return holder !== undefined ? msg('match.reason.nik_held_by_other', { ref: formatProvenance(holder) }) : fixedMsg('match.reason.no_candidate');
  };
  for (let r = 0; r < n; r++) {
    const w = ws[r]!;
    const extra: Message[] = [];
    // Row r's features serve only its own decision below; each is let go once that is built.
    const shared = dups.sharedNikWith[r] ?? -1;
    if (shared >= 0) {
      const code = dups.sharedNikByBirthDate[r] === 1 ? 'match.reason.nik_shared_birth_date' : 'match.reason.nik_shared';
      extra.push(msg(code, { ref: formatProvenance(ws[shared]!) }));
    }

    const own = ownRegistration[r] ?? -1;
    if (own >= 0) {
      rootOf[r] = r;
      const code = dups.kind[r] === 'same_name_birth_date' ? 'match.reason.own_registration_namesake' : 'match.reason.own_registration_not_duplicate';
      const lead = [msg(code, { ref: formatProvenance(ws[dups.firstOf[r] ?? 0]!) })];
      decisions[r] = matchedDecision(r, own, { manual: false, scored: true, lead, extra });
      wf[r] = null;
      continue;
    }
    // A provisional duplicate that a reviewer matched, or that BPJS shows may be another person, is not one.
    const namesakeReview = provisional[r] === 1 && (acceptedOfRoster[r] ?? -1) < 0 && secondNamesakeOpen(r);
    const notCopy = provisional[r] === 1 && ((acceptedOfRoster[r] ?? -1) >= 0 || namesakeReview);
    const nikOrNameFirst = notCopy ? -1 : (dups.firstOf[r] ?? -1);
    const direct = nikOrNameFirst >= 0 ? nikOrNameFirst : (matchDupOf[r] ?? -1);
    // The row it duplicates may itself have become a duplicate (of an earlier row matching the same
    // BPJS record): point at the first occurrence.
    const first = direct >= 0 ? (rootOf[direct] ?? direct) : -1;
    rootOf[r] = first >= 0 ? first : r;
    if (first >= 0) {
      const kind = nikOrNameFirst >= 0 ? dups.kind[r] : 'same_bpjs_match';
      const reason = DUPLICATE_REASON[kind ?? 'same_name_birth_date_agency'];
      const kFirst = acceptedOfRoster[first] ?? -1;
      // The row it copies may have been matched to its own registration (ownRegistration): no pair index then.
      const ownOfFirst = ownRegistration[first] ?? -1;
      const b = kFirst >= 0 ? (cols.bpjs[kFirst] ?? 0) : ownOfFirst;
      const s = b >= 0 ? score(r, b) : null;
      const firstDecision = decisions[first]!;
      decisions[r] = {
        worker: w,
        status: 'duplicate',
        method: firstDecision.method,
        score: kFirst >= 0 ? (((cols.flags[kFirst] ?? 0) & NOT_BLOCKED) === 0 ? round(cols.score[kFirst] ?? 0) : null) : ownOfFirst >= 0 ? firstDecision.score : null,
        bpjs: b >= 0 ? participants[b]! : null,
        duplicateOf: ws[first]!,
        candidates: NO_CANDIDATES,
        flags: workerFlags(w, b >= 0 && s !== null ? { bpjs: participants[b]!, levels: s.levels } : null, ws[first]!),
        reasons: [msg(reason, { ref: formatProvenance(ws[first]!) })].concat(birthDateReasons(w, ws[first]!), extra),
      };
      wf[r] = null;
      continue;
    }

    const k = acceptedOfRoster[r] ?? -1;
    if (k >= 0) {
      const manualPair = isManual(k);
      decisions[r] = matchedDecision(r, cols.bpjs[k] ?? 0, {
        manual: manualPair,
        scored: ((cols.flags[k] ?? 0) & NOT_BLOCKED) === 0,
        lead: manualPair ? [fixedMsg('match.reason.manual_accept')] : NO_REASONS,
        extra,
      });
      wf[r] = null;
      continue;
    }

    // Not accepted: candidates still free, best first.
    const open: number[] = [];
    let takenBy = -1;
    let takenScore = -Infinity;
    let takenSeq = Infinity;
    forEachPair(byRosterPairs, r, (k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      const owner = acceptedOfBpjs[b2] ?? -1;
      // A manual pair no rule found, left unassigned, is no candidate to propose.
      if (owner === -1 && ((cols.flags[k2] ?? 0) & NOT_BLOCKED) !== 0) return;
      if (owner === -1) {
        open.push(k2);
        return;
      }
      // Ties broken by BPJS seq: pairs are stored in arrival order, which must not matter.
      const sc = cols.score[k2] ?? 0;
      const seq = bpjsSeq[b2] ?? 0;
      if (sc > takenScore || (sc === takenScore && seq < takenSeq)) {
        takenScore = sc;
        takenSeq = seq;
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
        candidates: NO_CANDIDATES,
        flags: workerFlags(w, null),
        reasons: sharedReasons(
          [unmatchedReason(r, takenBy)].concat(extra),
        ),
      };
      wf[r] = null;
      continue;
    }
    const candidates: MatchCandidate[] = open.slice(0, settings.maxReviewCandidates).map((k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      const s = score(r, b2);
      return { bpjs: participants[b2]!, score: round(s.score), reasons: reasonsOf(r, b2, s).slice() };
    });
    const top = open[0]!;
    const topScore = cols.score[top] ?? 0;
    let why: Message;
    if (namesakeReview) why = msg('match.reason.namesake_second_registration', { ref: formatProvenance(ws[dups.firstOf[r] ?? 0]!) });
    else if (topScore < settings.acceptScore) why = msg('match.reason.below_accept', { score: round(topScore), threshold: settings.acceptScore });
    else if (!eligible(top)) why = fixedMsg('match.reason.not_confirmed');
    else {
      const c = competitor(top, false);
      // Clear of every rival on the scores: what held it back is a rival with the exact name (a twin's NIK?),
      // or a rival its NIK may be rounded from.
      const margin = { margin: round(Number.isFinite(c) ? topScore - c : 0), required: settings.minMargin };
      if (topScore - c >= settings.minMargin) why = exactNameRival(top) ? fixedMsg('match.reason.exact_name_rival') : fixedMsg('match.reason.rounding_tie');
      // Only a participant a human decided about is as strong: say so, or the row looks held back by nothing listed.
      else if (topScore - competitor(top, false, false) >= settings.minMargin) why = msg('match.reason.ambiguous_decided', margin);
      else why = msg('match.reason.ambiguous', margin);
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
      reasons: [why].concat(candidates[0]?.reasons ?? NO_REASONS, extra),
    };
    wf[r] = null;
  }

  /**
   * The roster row an unmatched participant is still tied to, through its kept pairs: a row matched to
   * another registration of the same person first, else a row in review that lists it; the earliest
   * such row. It tells "on no roster" apart from "registered twice" and "waiting for review".
   */
  const bpjsOnlyLink = (b: number): BpjsOnlyLink | null => {
    const p = participants[b]!;
    let kind: BpjsOnlyLinkKind | null = null;
    let row = -1;
    forEachPair(byBpjsPairs, b, (k) => {
      const r = cols.roster[k] ?? 0;
      const here = linkKind(decisions[r]!, p);
      if (here === null) return;
      if (kind === null || LINK_PRIORITY[here] < LINK_PRIORITY[kind] || (here === kind && (rosterSeq[r] ?? 0) < (rosterSeq[row] ?? 0))) {
        kind = here;
        row = r;
      }
    });
    return kind === null ? null : { kind, roster: ws[row]! };
  };
  const unmatched: number[] = [];
  for (let b = 0; b < nP; b++) if (acceptedOfBpjs[b] === -1) unmatched.push(b);
  unmatched.sort((x, y) => (bpjsSeq[x] ?? 0) - (bpjsSeq[y] ?? 0));
  const bpjsOnly = unmatched.map((b) => participants[b]!);
  const bpjsOnlyLinks = unmatched.map((b) => bpjsOnlyLink(b));
  const notes: Message[] = [];
  if (input.anyNullStatus) notes.push(fixedMsg('match.note.bpjs_no_status'));
  BLOCKING_RULES.forEach((rule, i) => {
    const skipped = input.skippedByRule[i] ?? 0;
    if (skipped > 0) {
      notes.push(msg('match.note.block_skipped', { rule, count: skipped, max: WEAK_RULES.has(rule) ? settings.maxBlockSize : settings.maxStrongBlockSize }));
    }
  });
  if (input.manual.length === 0) return { decisions, bpjsOnly, bpjsOnlyLinks, notes };
  // Which decisions took effect: an accepted pair that was assigned; a rejection whose two people are
  // both present. The others no longer apply (a row vanished, or the pair lost to another decision).
  const manualApplied = new Set<number>();
  for (let r = 0; r < n; r++) {
    const k = acceptedOfRoster[r] ?? -1;
    if (k >= 0 && isManual(k)) manualApplied.add(input.man.decisionOfPair.get(k) ?? -1);
  }
  input.manual.forEach((m, d) => {
    if (m.decision === 'reject' && input.man.bpjsSeen[d] === 1 && (input.man.rowsOf[d]?.length ?? 0) > 0) manualApplied.add(d);
  });
  const manualNotApplied = notAppliedDecisions(input, manualApplied, bpjsAmbiguous, decisions);
  return { decisions, bpjsOnly, bpjsOnlyLinks, notes, manualApplied: [...manualApplied].sort((a, b) => a - b), manualNotApplied };
}

/** Why each decision outside `applied` did not take effect (see ManualNotApplied), from what finish() decided. */
function notAppliedDecisions(input: FinishInput, applied: ReadonlySet<number>, bpjsAmbiguous: ReadonlyMap<number, readonly number[]>, decisions: readonly WorkerDecision[]): ManualNotApplied[] {
  const { ws, man, participants } = input;
  const out: ManualNotApplied[] = [];
  // The rows matched to a participant known by a decision's BPJS key: only for decisions whose roster
  // person is gone (a million decisions are not looked through otherwise).
  const gone = new Set<string>();
  input.manual.forEach((m, d) => {
    if (!applied.has(d) && (man.rowsOf[d]?.length ?? 0) === 0 && !man.ambiguousRows.has(d) && man.bpjsSeen[d] === 1) gone.add(m.bpjs);
  });
  const matchedByKey = new Map<string, WorkerDecision>();
  if (gone.size > 0) {
    // A worker leaving is common, so this runs most months: a participant's keys are built only when its NIK or
    // birth date is one a gone key names (a million matched rows, a few keys wanted).
    const niks = new Set<string>();
    const dates = new Set<string>();
    for (const key of gone) {
      if (key.startsWith('nik:')) niks.add(key.slice(4));
      else dates.add(key.slice(key.lastIndexOf('|') + 1));
    }
    for (const dec of decisions) {
      const b = dec.bpjs;
      if (b === null || dec.status === 'duplicate') continue;
      if (!(b.nik.nik !== null && niks.has(b.nik.nik)) && !(b.birthDate !== null && dates.has(b.birthDate))) continue;
      for (const key of personKeys(b)) if (gone.has(key) && !matchedByKey.has(key)) matchedByKey.set(key, dec);
    }
  }
  input.manual.forEach((m, d) => {
    if (applied.has(d)) return;
    const rows = man.ambiguousRows.get(d);
    if (rows !== undefined) {
      out.push({ decision: d, kind: 'roster_ambiguous', rows: rows.map((r) => ws[r]!), participants: [] });
      return;
    }
    const bs = bpjsAmbiguous.get(d);
    if (bs !== undefined) {
      out.push({ decision: d, kind: 'bpjs_ambiguous', rows: [], participants: bs.map((b) => participants[b]!) });
      return;
    }
    const stale = man.staleRow.get(d);
    if (stale !== undefined) {
      // The participant the row's own NIK belongs to, when the row was matched to it.
      const now = decisions[stale]?.bpjs ?? null;
      const holder = now !== null && now.nik.nik === ws[stale]!.nik.nik ? [now] : [];
      out.push({ decision: d, kind: 'nik_elsewhere', rows: [ws[stale]!], participants: holder });
      return;
    }
    if ((man.rowsOf[d]?.length ?? 0) === 0) {
      const dec = matchedByKey.get(m.bpjs);
      if (m.decision === 'accept' && dec !== undefined && dec.bpjs !== null && sameNameAsKey(m.roster, dec.worker)) {
        out.push({ decision: d, kind: 'matched_otherwise', rows: [dec.worker], participants: [dec.bpjs] });
        return;
      }
      out.push({ decision: d, kind: 'roster_absent', rows: [], participants: [] });
      return;
    }
    out.push({ decision: d, kind: man.bpjsSeen[d] === 1 ? 'taken' : 'bpjs_absent', rows: [], participants: [] });
  });
  return out;
}

/**
 * Whether a decision's roster key names this row's person by name: a name key (`name:NAME|DATE…`) with the
 * row's name and birth date. A NIK key carries no name: then only the NIK's birth date is compared.
 */
function sameNameAsKey(rosterKey: string, w: Worker): boolean {
  if (rosterKey.startsWith('name:')) return rosterKey.split('|opd:')[0] === personKeys(w).find((k) => k.startsWith('name:'));
  const nik = rosterKey.slice(4);
  const own = w.nik.nik;
  // Digits 7-12 are the birth date (women +40): a NIK corrected keeps them, another person's rarely does.
  return own !== null && nik.slice(6, 12) === own.slice(6, 12);
}

/** Other registrations of a matched participant named in its reasons; the rest are counted. */
const MAX_REGISTRATIONS_NAMED = 3;

/** A duplicate row's birth-date conflict with the row it copies, as a list (usually empty). */
function birthDateReasons(w: Worker, kept: Worker): readonly Message[] {
  const reason = duplicateBirthDateReason(w, kept);
  return reason === null ? NO_REASONS : [reason];
}

/** The reason given for each kind of duplicate. */
const DUPLICATE_REASON: Record<DuplicateKind, string> = {
  same_nik: 'match.reason.duplicate_nik',
  same_bpjs_match: 'match.reason.duplicate_same_match',
  same_name_birth_date: 'match.reason.duplicate_name_date_nik',
  same_name_birth_date_near_nik: 'match.reason.duplicate_near_nik',
  same_name_birth_date_agency: 'match.reason.duplicate_name_date',
};

/** How an unmatched participant p is tied to roster row d, if at all (see finish(), bpjsOnlyLink). */
function linkKind(d: WorkerDecision, p: BpjsParticipant): BpjsOnlyLinkKind | null {
  if (d.status !== 'duplicate' && d.bpjs !== null && sameParticipant(d.bpjs, p)) return 'other_registration';
  if (d.status === 'review' && d.candidates.some((c) => c.bpjs === p)) return 'review_candidate';
  return null;
}

/** Which tie a BPJS-only record names when it has several: another registration first (lower is first). */
const LINK_PRIORITY: Readonly<Record<BpjsOnlyLinkKind, number>> = { other_registration: 0, review_candidate: 1 };

/**
 * Two BPJS records of one participant: the same valid NIK (BPJS checks NIKs against Dukcapil) and no
 * conflicting birth date. A worker registered again under a new KPJ leaves the old record, often
 * NON AKTIF, in the export.
 */
function sameParticipant(a: BpjsParticipant, b: BpjsParticipant): boolean {
  return a.nik.nik !== null && a.nik.nik === b.nik.nik && (a.birthDate === null || b.birthDate === null || a.birthDate === b.birthDate);
}

/** Active before inactive, then the later membership date: the registration that covers the worker now. */
function isCurrentOver(a: BpjsParticipant, b: BpjsParticipant): boolean {
  const activeA = a.status !== 'inactive';
  const activeB = b.status !== 'inactive';
  if (activeA !== activeB) return activeA;
  return a.membershipDate !== null && (b.membershipDate === null || a.membershipDate > b.membershipDate);
}

/**
 * A roster row assigned one registration of a participant who has another, current one (see
 * isCurrentOver) still free and about as well matched, takes the current one.
 */
function preferCurrentRegistration(
  assignment: { byRoster: Int32Array; byBpjs: Int32Array },
  cols: ReturnType<PairStore['columns']>,
  byRosterPairs: PairGroups,
  participants: readonly BpjsParticipant[],
  eligible: (k: number) => boolean,
  isManual: (k: number) => boolean,
  minMargin: number,
  n: number,
): void {
  for (let r = 0; r < n; r++) {
    const k = assignment.byRoster[r] ?? -1;
    // A human chose this record.
    if (k < 0 || isManual(k)) continue;
    const assigned = participants[cols.bpjs[k] ?? 0]!;
    const floor = (cols.score[k] ?? 0) - minMargin;
    // The most current registration, then the best score, then the first in the export: one answer
    // whatever order the pairs arrived in.
    let best = k;
    forEachPair(byRosterPairs, r, (k2) => {
      const b2 = cols.bpjs[k2] ?? 0;
      if (k2 === k || assignment.byBpjs[b2] !== -1 || !eligible(k2) || (cols.score[k2] ?? 0) <= floor) return;
      const p2 = participants[b2]!;
      if (!sameParticipant(assigned, p2)) return;
      const pBest = participants[cols.bpjs[best] ?? 0]!;
      if (isCurrentOver(p2, pBest)) best = k2;
      else if (isCurrentOver(pBest, p2)) return;
      else {
        const d = (cols.score[k2] ?? 0) - (cols.score[best] ?? 0);
        if (d > 0 || (d === 0 && p2.seq < pBest.seq)) best = k2;
      }
    });
    if (best === k) continue;
    assignment.byBpjs[cols.bpjs[k] ?? 0] = -1;
    assignment.byBpjs[cols.bpjs[best] ?? 0] = best;
    assignment.byRoster[r] = best;
  }
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

/** `include`: only those pairs (all when null). */
function groupPairs(side: ArrayLike<number>, count: number, groups: number, include: ((k: number) => boolean) | null = null): PairGroups {
  const start = new Int32Array(groups + 1);
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (include !== null && !include(k)) continue;
    start[(side[k] ?? 0) + 1]!++;
    total++;
  }
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const items = new Int32Array(total);
  for (let k = 0; k < count; k++) if (include === null || include(k)) items[fill[side[k] ?? 0]!++] = k;
  return { start, items };
}

function forEachPair(groups: PairGroups, g: number, visit: (k: number) => void): void {
  const hi = groups.start[g + 1] ?? 0;
  for (let i = groups.start[g] ?? 0; i < hi; i++) visit(groups.items[i] ?? 0);
}

/** Growable columns of kept pairs: roster row, BPJS row (arrival order), score, guard flags. */
class PairStore {
  private roster: Int32Array;
  private bpjs: Int32Array;
  private score: Float64Array;
  private flags: Uint8Array;
  length = 0;

  /** Growing typed arrays of a large roster repeatedly would make V8 collect the whole heap each time. */
  constructor(expected: number) {
    const size = Math.max(1024, expected);
    this.roster = new Int32Array(size);
    this.bpjs = new Int32Array(size);
    this.score = new Float64Array(size);
    this.flags = new Uint8Array(size);
  }

  /** Appends a pair; returns its index. */
  push(r: number, b: number, s: number, f: number): number {
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
    return this.length++;
  }

  columns(): { length: number; roster: Int32Array; bpjs: Int32Array; score: Float64Array; flags: Uint8Array } {
    return { length: this.length, roster: this.roster, bpjs: this.bpjs, score: this.score, flags: this.flags };
  }
}
