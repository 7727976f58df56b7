import { agencyKey } from '../budget/agency-key.js';
import type { PersonIdentity } from './person-identity.js';

/** A roster worker of one run as the NIK-correction pairing sees them. */
export interface CorrectionCandidate {
  readonly identity: PersonIdentity;
  readonly agency: string;
  /** The KPJ of the BPJS record the row was matched to; '' when it was not matched (or the KPJ is masked). */
  readonly matchedKpj: string;
}

/** The most digits a corrected NIK differs in: one mistyped digit, two (two typos, or two digits swapped). */
const MAX_CORRECTED_DIGITS = 2;

/**
 * True when one valid NIK is a near edit of the other: the same length, different, and at most two positions
 * differ (a mistyped digit, two, or a swap of neighbours). Masked NIKs are never compared (a hidden digit would
 * count as equal and make any two NIKs of a district "near").
 */
export function isNearNik(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || a.includes('*') || b.includes('*')) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++differ > MAX_CORRECTED_DIGITS) return false;
  return true;
}

/**
 * Pairs a roster worker of the previous run with one of the current run whose NIK the officer corrected between
 * the runs (rekon's reasons ask for it): both NIKs valid and a near edit of each other, the same agency (as the
 * budget groups agencies), and the same person by name + birth date (both known) or by the BPJS record both
 * rows were matched to (same KPJ). Two different matched KPJs are two people whatever the names say (namesakes
 * born the same day in one region have NIKs a few serial digits apart). Only people paired by nothing else are
 * offered here, and a pair is made only when each is the other's one candidate: an ambiguous case stays gone +
 * new rather than joining two people. Returns pairs of indexes into `left` and `right`, in `left` order.
 */
export function pairCorrectedNiks(left: readonly CorrectionCandidate[], right: readonly CorrectionCandidate[]): [number, number][] {
  const keysOf = (c: CorrectionCandidate): string[] => {
    if (c.identity.nik === null) return [];
    const agency = agencyKey(c.agency);
    const keys: string[] = [];
    const nameBirth = c.identity.nameBirth;
    if (nameBirth !== null && !nameBirth.endsWith('|')) keys.push(`n\u0000${agency}\u0000${nameBirth}`);
    if (c.matchedKpj !== '') keys.push(`k\u0000${agency}\u0000${c.matchedKpj}`);
    return keys;
  };
  const rightBy = new Map<string, number[]>();
  right.forEach((c, j) => {
    for (const k of keysOf(c)) {
      const list = rightBy.get(k);
      if (list === undefined) rightBy.set(k, [j]);
      else list.push(j);
    }
  });
  const fits = (l: CorrectionCandidate, r: CorrectionCandidate): boolean =>
    isNearNik(l.identity.nik ?? '', r.identity.nik ?? '') && !(l.matchedKpj !== '' && r.matchedKpj !== '' && l.matchedKpj !== r.matchedKpj);
  const leftCandidates = left.map((l) => {
    const found = new Set<number>();
    for (const k of keysOf(l)) for (const j of rightBy.get(k) ?? []) if (fits(l, right[j] as CorrectionCandidate)) found.add(j);
    return [...found];
  });
  const rightCount = new Map<number, number>();
  for (const list of leftCandidates) for (const j of list) rightCount.set(j, (rightCount.get(j) ?? 0) + 1);
  const pairs: [number, number][] = [];
  leftCandidates.forEach((list, i) => {
    const j = list[0];
    if (list.length === 1 && j !== undefined && rightCount.get(j) === 1) pairs.push([i, j]);
  });
  return pairs;
}
