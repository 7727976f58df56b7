/**
 * Excel writes characters XML cannot hold (a carriage return from Alt+Enter, other control characters)
 * as `_xHHHH_` in shared and inline strings, and a literal `_x` that would read as one as `_x005F_`.
 * Undone here, or a name typed with a line break reads "BUDI_x000D_ SANTOSO" and matches no one.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
