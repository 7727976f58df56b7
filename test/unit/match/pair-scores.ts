import { explainPair } from '../../../src/match/explain-pair.js';
import { createMatchFrequencyCounter } from '../../../src/match/frequency-table.js';
import { personFeatures } from '../../../src/match/person-features.js';
import { createScoredPairScratch, rosterPenalties, scorePair, scorePairAtLeast } from '../../../src/match/score-pair.js';
import { makeParticipant, makeWorker, type RecordSpec } from './make-records.js';

/**
 * Scores a roster row against a BPJS record twice: with `scorePair`, and with `scorePairAtLeast` at
 * `floor` (null when it gave up). `others` are further roster rows, counted in the frequency tables only.
 */
export function pairScores(roster: RecordSpec, bpjs: RecordSpec, floor = -Infinity, others: readonly RecordSpec[] = []): { full: number; bounded: number | null } {
  const workers = [roster, ...others].map((s, i) => makeWorker(i, s));
  const wf = workers.map(personFeatures);
  const counter = createMatchFrequencyCounter();
  for (const f of wf) counter.add(f);
  const freq = counter.tables();
  const pens = rosterPenalties(wf, freq);
  const p = makeParticipant(0, bpjs);
  const pf = personFeatures(p);
  const full = scorePair(wf[0]!, workers[0]!.nik, pf, p.nik, freq, pens, 0).score;
  const bounded = scorePairAtLeast(wf[0]!, workers[0]!.nik, pf, p.nik, freq, pens, 0, floor, createScoredPairScratch());
  return { full, bounded: bounded === null ? null : bounded.score };
}

/**
 * The reasons (codes and parameters) of roster row 0 against one BPJS record; `others` are further roster rows,
 * counted in the frequency tables; the birth date is said to be on `birthDateCount` roster rows.
 */
export function pairReasons(roster: RecordSpec, bpjs: RecordSpec, others: readonly RecordSpec[] = [], birthDateCount = 0): { codes: string[]; params: unknown[] } {
  const workers = [roster, ...others].map((s, i) => makeWorker(i, s));
  const wf = workers.map(personFeatures);
  const counter = createMatchFrequencyCounter();
  const tallies = wf.map((f) => counter.add(f));
  const freq = counter.tables();
  const pens = rosterPenalties(wf, freq);
  const p = makeParticipant(0, bpjs);
  const pf = personFeatures(p);
  const s = scorePair(wf[0]!, workers[0]!.nik, pf, p.nik, freq, pens, 0);
  const reasons = explainPair(wf[0]!, pf, s, { name: () => tallies[0]!.count, birthDate: () => birthDateCount });
  return { codes: reasons.map((r) => r.code), params: reasons.map((r) => r.params) };
}
