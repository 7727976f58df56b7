/** Scored candidate pairs in columns (no object per pair). */
export interface PairColumns {
  readonly length: number;
  /** Roster row (index into the roster in seq order) of each pair. */
  readonly roster: ArrayLike<number>;
  /** BPJS row (index into the participants as stored) of each pair. */
  readonly bpjs: ArrayLike<number>;
  readonly score: ArrayLike<number>;
}

export interface Assignment {
  /** Pair index assigned to each roster row, or -1. */
  readonly byRoster: Int32Array;
  /** Pair index assigned to each BPJS row, or -1. */
  readonly byBpjs: Int32Array;
}

/**
 * One-to-one assignment: a BPJS record goes to at most one roster row and vice versa. Greedy over
 * the eligible pairs in a total order — score descending, then roster seq ascending, then BPJS seq
 * ascending — so the result does not depend on the order pairs were found in. Greedy (not an optimal
 * matching) keeps every accepted pair explainable: nothing better was available for either side.
 */
export function assignOneToOne(
  pairs: PairColumns,
  eligible: (pair: number) => boolean,
  rosterSeq: ArrayLike<number>,
  bpjsSeq: ArrayLike<number>,
  rosterCount: number,
  bpjsCount: number,
): Assignment {
  const order: number[] = [];
  for (let k = 0; k < pairs.length; k++) if (eligible(k)) order.push(k);
  order.sort((x, y) => {
    const ds = (pairs.score[y] ?? 0) - (pairs.score[x] ?? 0);
    if (ds !== 0) return ds;
    const dr = (rosterSeq[pairs.roster[x] ?? 0] ?? 0) - (rosterSeq[pairs.roster[y] ?? 0] ?? 0);
    if (dr !== 0) return dr;
    return (bpjsSeq[pairs.bpjs[x] ?? 0] ?? 0) - (bpjsSeq[pairs.bpjs[y] ?? 0] ?? 0);
  });
  return assignInOrder(order, pairs, rosterCount, bpjsCount);
}

/** Takes the pairs in the given order, each one whose roster row and BPJS row are both still free. */
export function assignInOrder(order: readonly number[], pairs: Pick<PairColumns, 'roster' | 'bpjs'>, rosterCount: number, bpjsCount: number): Assignment {
  const byRoster = new Int32Array(rosterCount).fill(-1);
  const byBpjs = new Int32Array(bpjsCount).fill(-1);
  for (const k of order) {
    const r = pairs.roster[k] ?? 0;
    const b = pairs.bpjs[k] ?? 0;
    if (byRoster[r] !== -1 || byBpjs[b] !== -1) continue;
    byRoster[r] = k;
    byBpjs[b] = k;
  }
  return { byRoster, byBpjs };
}
