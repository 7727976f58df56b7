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
  /** Full strong name keys (PersonFeatures.strongKey). */
  readonly names: FrequencyTable<string>;
  /** Single strong name keys, each counted once per row. */
  readonly tokens: FrequencyTable<string>;
  /** Birth dates (column, else NIK), packed YYYYMMDD. */
  readonly birthDates: FrequencyTable<number>;
}

type FrequencyRow = { readonly strongKey: string; readonly strong: readonly string[]; readonly birthDate: number; readonly nikBirthDate: number };

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
  // Counts kept in boxes: a row's token costs one look-up instead of a get and a set.
  const tokens = new Map<string, { count: number }>();
  const dates = createDateCounter();
  let nNames = 0;
  let nTokens = 0;
  return {
    add(r) {
      let tally = NO_NAME;
      const key = r.strongKey;
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
      const strong = r.strong;
      for (let i = 0; i < strong.length; i++) {
        const k = strong[i] ?? '';
        if (strong.indexOf(k) !== i) continue;
        const t = tokens.get(k);
        if (t === undefined) tokens.set(k, { count: 1 });
        else t.count++;
        nTokens++;
      }
      dates.add(r.birthDate !== 0 ? r.birthDate : r.nikBirthDate);
      return tally;
    },
    tables() {
      const namesMean = names.size === 0 ? 1 : nNames / names.size;
      const tokensMean = tokens.size === 0 ? 1 : nTokens / tokens.size;
      return {
        names: { count: (v) => names.get(v)?.count ?? 0, mean: namesMean },
        tokens: { count: (v) => tokens.get(v)?.count ?? 0, mean: tokensMean },
        birthDates: dates.table(),
      };
    },
  };
}

/** Days of 1900–2099 get a slot of a dense array (index by year, month, day: no Map per row). */
const FIRST_YEAR = 1900;
const YEARS = 200;
/** Slots per month and per year (every month gets 32, so that a date's slot is plain arithmetic). */
const PER_MONTH = 32;
const PER_YEAR = 12 * PER_MONTH;
const SLOTS = YEARS * PER_YEAR;

function dateSlot(d: number): number {
  const y = Math.floor(d / 10000);
  const m = Math.floor(d / 100) % 100;
  const day = d % 100;
  if (!Number.isInteger(d) || y < FIRST_YEAR || y >= FIRST_YEAR + YEARS || m < 1 || m > 12 || day < 1 || day > 31) return -1;
  return (y - FIRST_YEAR) * PER_YEAR + (m - 1) * PER_MONTH + (day - 1);
}

/** Counts packed birth dates (YYYYMMDD, 0 = none): a dense array for 1900–2099, a Map for anything else. */
function createDateCounter(): { add(d: number): void; table(): FrequencyTable<number> } {
  const dense = new Int32Array(SLOTS);
  const other = new Map<number, number>();
  let distinct = 0;
  let total = 0;
  return {
    add(d) {
      if (d === 0) return;
      total++;
      const slot = dateSlot(d);
      if (slot >= 0) {
        if (dense[slot]!++ === 0) distinct++;
        return;
      }
      const c = other.get(d) ?? 0;
      if (c === 0) distinct++;
      other.set(d, c + 1);
    },
    table() {
      const count = (v: number): number => {
        if (v === 0) return 0;
        const slot = dateSlot(v);
        return slot >= 0 ? (dense[slot] ?? 0) : (other.get(v) ?? 0);
      };
      return { count, mean: distinct === 0 ? 1 : total / distinct };
    },
  };
}
