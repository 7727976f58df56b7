/**
 * How often a value occurs among the roster rows, so that agreeing on a common value (SITI, MUHAMMAD
 * RIZKI, 1 January) proves less than agreeing on a rare one (Splink's term-frequency adjustment).
 * Counted on the roster side only: it is complete before matching starts, so the adjustment is the
 * same whatever order or batch sizes the BPJS export arrives in.
 */
export interface FrequencyTable<K> {
  count(value: K): number;
  /** Mean occurrences per distinct value (≥ 1 when anything was counted). */
  readonly mean: number;
}

/**
 * Bits to subtract from an agreement weight for a value seen `count` times where an average value
 * is seen `mean` times: log2(count / mean) − 1, so values up to twice as frequent as average keep the
 * full weight (small samples are noisy); never negative (rare values do not gain); at most `cap`, so
 * that a very common value still counts for something.
 */
export function frequencyPenalty(count: number, mean: number, cap: number): number {
  if (count <= 0 || mean <= 0 || count <= 2 * mean) return 0;
  return Math.min(cap, Math.log2(count / mean) - 1);
}

/** The roster-side frequency tables used by score-pair.ts. */
export interface MatchFrequencies {
  /** Full strong name keys (NameSide.strongKey). */
  readonly names: FrequencyTable<string>;
  /** Single strong name keys, each counted once per row. */
  readonly tokens: FrequencyTable<string>;
  /** Birth dates (column, else NIK), packed YYYYMMDD. */
  readonly birthDates: FrequencyTable<number>;
}

type FrequencyRow = { readonly name: { readonly strongKey: string; readonly strong: readonly string[] }; readonly birthDate: number; readonly nikBirthDate: number };

/** How many rows so far carry one full strong name key; final once tables() is called. */
export interface NameTally {
  readonly count: number;
}

const NO_NAME: NameTally = Object.freeze({ count: 0 });

/**
 * Counts roster rows one at a time (as they are read: counting overlaps with reading the rest),
 * then gives the tables. Counts do not depend on the order rows are added in.
 */
export interface MatchFrequencyCounter {
  /**
   * Returns the row's name tally (count 0 for a row without a strong name): reading it later costs
   * nothing, where a look-up in a table of a million names costs a cache miss or two per row.
   */
  add(row: FrequencyRow): NameTally;
  tables(): MatchFrequencies;
}

export function createMatchFrequencyCounter(): MatchFrequencyCounter {
  const names = new Map<string, { count: number }>();
  const tokens = new Map<string, number>();
  const dates = new Map<number, number>();
  let nNames = 0;
  let nTokens = 0;
  let nDates = 0;
  return {
    add(r) {
      let tally = NO_NAME;
      const key = r.name.strongKey;
      if (key !== '') {
        let t = names.get(key);
        if (t === undefined) {
          t = { count: 0 };
          names.set(key, t);
        }
        t.count++;
        nNames++;
        tally = t;
      }
      const strong = r.name.strong;
      for (let i = 0; i < strong.length; i++) {
        const t = strong[i] ?? '';
        if (strong.indexOf(t) !== i) continue;
        tokens.set(t, (tokens.get(t) ?? 0) + 1);
        nTokens++;
      }
      const d = r.birthDate !== 0 ? r.birthDate : r.nikBirthDate;
      if (d !== 0) {
        dates.set(d, (dates.get(d) ?? 0) + 1);
        nDates++;
      }
      return tally;
    },
    tables() {
      const namesMean = names.size === 0 ? 1 : nNames / names.size;
      return { names: { count: (v) => names.get(v)?.count ?? 0, mean: namesMean }, tokens: table(tokens, nTokens), birthDates: table(dates, nDates) };
    },
  };
}

function table<K>(counts: Map<K, number>, total: number): FrequencyTable<K> {
  const mean = counts.size === 0 ? 1 : total / counts.size;
  return { count: (v) => counts.get(v) ?? 0, mean };
}
