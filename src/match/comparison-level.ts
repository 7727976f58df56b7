/**
 * Comparisons and their levels (Splink vocabulary, STYLE.md): each attribute is compared by an
 * ordered list of levels, from exact to far, plus `missing` when either side has no value.
 * Each level carries a weight in bits (log2 of how much more often the level is seen among true
 * matches than among non-matches); a pair's score is the sum of its levels' weights.
 * Stable machine values: they appear in JSON output and in tests.
 */

export const NIK_LEVELS = ['exact', 'damaged_prefix', 'rounded', 'one_substitution', 'transposition', 'two_substitutions', 'far', 'unusable', 'missing'] as const;
export type NikLevel = (typeof NIK_LEVELS)[number];

export const NAME_LEVELS = ['exact', 'equal_strong', 'initials', 'subset', 'close', 'partial', 'far', 'missing'] as const;
export type NameLevel = (typeof NAME_LEVELS)[number];

export const DATE_LEVELS = ['exact', 'swapped', 'one_digit', 'year_off', 'far', 'missing'] as const;
export type DateLevel = (typeof DATE_LEVELS)[number];

export const SEX_LEVELS = ['equal', 'differs', 'missing'] as const;
export type SexLevel = (typeof SEX_LEVELS)[number];

export const KPJ_LEVELS = ['equal', 'differs', 'missing'] as const;
export type KpjLevel = (typeof KPJ_LEVELS)[number];

export const REGION_LEVELS = ['equal', 'differs', 'not_compared'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * NIK weights. A NIK is nearly unique (DOMAIN.md §1.1), so equality is strong evidence but not
 * proof: it can be typed into the wrong row, hence the name/date guards in classify.ts.
 * One typo (substitution or adjacent swap) is common, but twins and siblings have NIKs one
 * serial apart, so a near NIK is worth much less than an exact one. Fifteen digits left by Excel
 * (§5) leave ten candidates for the 16th digit: a little weaker than exact. A Papua NIK rounded by
 * software that read it as a number (§1.5) is one of the even value's two odd neighbours: that is
 * also what consecutive serials (twins, neighbours born the same day) look like, so it weighs what a
 * typo in the serial does.
 * Two digits wrong is a rarer typo, and also what two siblings' serials look like (0019 / 0020):
 * weak counter-evidence, so that an equal rare name and birth date still reach at least review.
 * Two present and unrelated NIKs are strong evidence of two different people, but a roster NIK is
 * sometimes another document's number (a KK number, a relative's NIK): an equal name and birth date
 * still reach review when neither is common, and never auto-accept (classify.ts).
 */
export const NIK_WEIGHTS = {
  exact: 14,
  damaged_prefix: 10,
  rounded: 6,
  one_substitution: 6,
  transposition: 6,
  two_substitutions: -2,
  far: -6,
  unusable: -2,
  missing: 0,
} as const satisfies Record<NikLevel, number>;

/**
 * Name weights before frequency adjustment (compare-name.ts). Exact after normalization (titles,
 * old spellings, Muhammad family, token order) is the best a name can do; a dropped middle name,
 * initials or a one-letter typo are routine in hand-typed rosters (DOMAIN.md §4); sharing one
 * token only (a surname shared by twins) is barely evidence; nothing in common is strong counter-evidence:
 * it outweighs a birth date shared by neighbours whose NIKs are one serial apart.
 */
export const NAME_WEIGHTS = {
  exact: 8,
  equal_strong: 7,
  initials: 6,
  subset: 6,
  close: 6,
  partial: 2,
  far: -8,
  missing: 0,
} as const satisfies Record<NameLevel, number>;

/** Birth-date weights when both dates come from birth-date columns. Compared as dates, never strings. */
export const DATE_WEIGHTS = {
  exact: 6,
  swapped: 3,
  one_digit: 3,
  year_off: 1,
  far: -6,
  missing: 0,
} as const satisfies Record<DateLevel, number>;

/**
 * Birth-date weights when one side's date is only the one encoded in its NIK: weak evidence,
 * since Dukcapil says the NIK date can differ from the real one (DOMAIN.md §1.1).
 */
export const WEAK_DATE_WEIGHTS = {
  exact: 2,
  swapped: 1,
  one_digit: 1,
  year_off: 0,
  far: -1,
  missing: 0,
} as const satisfies Record<DateLevel, number>;

/** Sex from a column disagreeing is strong counter-evidence; from a NIK digit (day + 40) less so. */
export const SEX_WEIGHTS = { equal: 1, differs: -4, missing: 0 } as const satisfies Record<SexLevel, number>;
export const WEAK_SEX_WEIGHTS = { equal: 0.5, differs: -2, missing: 0 } as const satisfies Record<SexLevel, number>;

/** KPJ is BPJS' own participant number (DOMAIN.md §1.4): equal is strong; different may be a second registration. */
export const KPJ_WEIGHTS = { equal: 6, differs: -2, missing: 0 } as const satisfies Record<KpjLevel, number>;

/**
 * Region of first NIK issue; compared only when the NIKs themselves disagree (else it is counted twice):
 * a NIK from another district makes a namesake born the same day still less likely to be the same person.
 */
export const REGION_WEIGHTS = { equal: 1, differs: -1, not_compared: 0 } as const satisfies Record<RegionLevel, number>;

/** Caps on how much a frequent value lowers a weight (bits), see frequency-table.ts. */
export const MAX_NAME_FREQUENCY_PENALTY = 5;
export const MAX_TOKEN_FREQUENCY_PENALTY = 4;
export const MAX_DATE_FREQUENCY_PENALTY = 3;
