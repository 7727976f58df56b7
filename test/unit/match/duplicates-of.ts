// Shared by the findDuplicates tests: run it on roster rows as matcherState does, and compare whole results.
import { findDuplicates, type DuplicateKind } from '../../../src/match/find-duplicates.js';
import { createMatchFrequencyCounter } from '../../../src/match/frequency-table.js';
import { packRosterDigits } from '../../../src/match/packed-nik-digits.js';
import { personFeatures } from '../../../src/match/person-features.js';
import { makeWorker, type RecordSpec } from './make-records.js';

/** findDuplicates' result as plain arrays, so that a whole result is compared with toEqual. */
export interface Dups {
  firstOf: number[];
  kind: (DuplicateKind | null)[];
  sharedNikWith: number[];
  nikShared: number[];
  sharedNikByBirthDate: number[];
}

/** Runs findDuplicates on roster rows as matcherState does (name counts over the whole roster). */
export function duplicates(roster: readonly RecordSpec[]): Dups {
  const workers = roster.map((s, i) => makeWorker(i, s));
  const features = workers.map((w) => personFeatures(w));
  const counter = createMatchFrequencyCounter();
  for (const f of features) counter.add(f);
  const names = counter.tables().names;
  const nikDigits = packRosterDigits(workers.length, (i) => features[i]!.digits16);
  const d = findDuplicates(workers, features, (key) => names.count(key), nikDigits);
  return {
    firstOf: [...d.firstOf],
    kind: [...d.kind],
    sharedNikWith: [...d.sharedNikWith],
    nikShared: [...d.nikShared],
    sharedNikByBirthDate: [...d.sharedNikByBirthDate],
  };
}

/** The result for n rows with no duplicate and no shared NIK; tests override the fields they expect set. */
export function clear(n: number): Dups {
  return {
    firstOf: Array.from({ length: n }, () => -1),
    kind: Array.from({ length: n }, () => null),
    sharedNikWith: Array.from({ length: n }, () => -1),
    nikShared: Array.from({ length: n }, () => 0),
    sharedNikByBirthDate: Array.from({ length: n }, () => 0),
  };
}
