import type { ReviewDecision } from './review-row.js';

/**
 * Words a spreadsheet user may type in the `decision` column (issue "Review that sticks": be
 * lenient). Indonesian and English, plus 1/0 and tick/cross marks; compared case- and
 * space-insensitively. ✔/✘ are the heavy variants of ✓/✗ that spreadsheet symbol pickers offer.
 */
export const ACCEPT_WORDS = ['accept', 'terima', 'ya', 'y', 'yes', 'setuju', '1', '✓', '✔'] as const;
export const REJECT_WORDS = ['reject', 'tolak', 'tidak', 't', 'no', 'n', '0', '✗', '✘'] as const;

export type ParsedDecisionWord = { readonly ok: true; readonly decision: ReviewDecision | null } | { readonly ok: false };

/** Reads a `decision` cell: blank = undecided (null); an unknown word is `{ok: false}` (the caller names file and row). */
export function parseDecisionWord(value: string): ParsedDecisionWord {
  const word = value.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
  if (word === '') return { ok: true, decision: null };
  if ((ACCEPT_WORDS as readonly string[]).includes(word)) return { ok: true, decision: 'accept' };
  if ((REJECT_WORDS as readonly string[]).includes(word)) return { ok: true, decision: 'reject' };
  return { ok: false };
}
