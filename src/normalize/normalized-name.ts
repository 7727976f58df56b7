/**
 * A person's name prepared for comparison (DOMAIN.md §4). `original` is kept for output.
 */
export interface NormalizedName {
  readonly original: string;
  /** Uppercase, titles/degrees/honorifics and punctuation removed, single spaces. */
  readonly clean: string;
  /** Tokens of `clean`, in order. */
  readonly tokens: readonly string[];
  /**
   * Comparison key per token: old/new spellings meet (OE/U, DJ/J, TJ/C, SJ/SY, CH/KH, NJ/NY, J/Y)
   * and the Muhammad family maps to one key. Same length and order as `tokens`.
   */
  readonly keys: readonly string[];
  /** For each token, true when it is a legal-name title (RADEN, TEUKU, ANDI…) or BIN/BINTI or the patronymic after it: weigh low. */
  readonly weak: readonly boolean[];
  /** Titles/degrees removed from the original, as written (for explanations, e.g. "S.Pd"). */
  readonly removed: readonly string[];
}
