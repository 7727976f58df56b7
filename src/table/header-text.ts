/**
 * Header text reduced for comparison: uppercase, every run of non-letters/digits is one space.
 * "Tgl. Lahir" → tokens [TGL, LAHIR], compact "TGLLAHIR"; "L/P" → [L, P], "LP".
 */
export interface HeaderKey {
  readonly tokens: readonly string[];
  readonly compact: string;
}

export function headerKey(text: string): HeaderKey {
  const tokens = text
    .normalize('NFKC')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((t) => t !== '');
  return { tokens, compact: tokens.join('') };
}
