/**
 * Matching thresholds, in the unit of a pair's score (bits of evidence, see comparison-level.ts).
 * Configurable; the defaults are explained in docs and in the report of the matching issue.
 */
export interface MatchSettings {
  /** A pair at or above this score (and passing the guards in classify.ts) is accepted automatically. */
  readonly acceptScore: number;
  /** Pairs at or above this score, not accepted, are shown for review; below it they are dropped. */
  readonly reviewScore: number;
  /** An accepted pair must beat every competing pair of the same roster row or BPJS record by this much. */
  readonly minMargin: number;
  /** At most this many candidates are listed for a row under review. */
  readonly maxReviewCandidates: number;
  /** Blocks of weak blocking rules (birth date + name, name) bigger than this are skipped, with a run note. */
  readonly maxBlockSize: number;
  /** Blocks of NIK and KPJ rules bigger than this are skipped (only junk data makes such blocks). */
  readonly maxStrongBlockSize: number;
  /**
   * Accept a pair whose roster NIK lost its last digit in Excel when the name and birth date agree.
   * The row still carries the nik_excel_damaged flag so the roster gets fixed.
   */
  readonly acceptDamagedNik: boolean;
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  acceptScore: 12,
  reviewScore: 6,
  minMargin: 3,
  maxReviewCandidates: 3,
  maxBlockSize: 100,
  maxStrongBlockSize: 1000,
  acceptDamagedNik: true,
};

/** Fills unspecified settings with the defaults. */
export function matchSettings(overrides: Partial<MatchSettings> = {}): MatchSettings {
  const s = { ...DEFAULT_MATCH_SETTINGS };
  for (const [k, v] of Object.entries(overrides)) {
    if (v !== undefined) (s as Record<string, unknown>)[k] = v;
  }
  return s;
}
