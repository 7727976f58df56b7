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

/**
 * `headerKey(text).compact === compact`, without building the key for ASCII text (the check runs on
 * the cells of every data row, looking for a repeated header).
 */
export function hasCompactKey(text: string, compact: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return headerKey(text).compact === compact;
    if (c >= 97 && c <= 122) c -= 32;
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if (j >= compact.length || compact.charCodeAt(j) !== c) return false;
      j++;
    }
  }
  return j === compact.length;
}
