/**
 * Values people type into a cell to say "nothing here". Compared after trimming, uppercasing and
 * collapsing inner spaces. "0" is deliberately absent: it is a placeholder for an identifier but
 * a real amount for a wage, so each parser decides about it.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'N/A', 'NA', '#N/A', 'N.A.', 'N.A', 'NULL', 'NONE', 'NIL', 'NAN', 'UNDEFINED',
  // Excel's error values, left by a formula (a VLOOKUP that found nothing is #N/A)
  '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA',
  'KOSONG', 'BELUM', 'BLM', 'BELUM ADA', 'BLM ADA', 'TIDAK ADA', 'TDK ADA', 'TAK ADA', 'TIDAK', 'TDK',
  'BELUM PUNYA', 'TIDAK PUNYA', 'BELUM MEMILIKI', 'TIDAK MEMILIKI', 'BELUM TERDAFTAR',
  'TIDAK DIKETAHUI', 'TDK DIKETAHUI', 'TIDAK TAHU', 'BELUM DIISI', 'DALAM PROSES', 'PROSES', 'X', 'XX', 'XXX',
  'NIHIL', 'DIPROSES', 'SEDANG PROSES', 'SEDANG DIPROSES',
]);

/** True for a string made only of dashes, dots, underscores, slashes, asterisks, question marks and spaces. */
function isPunctuationOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // space - . _ / * ? and the en/em dashes
    if (c !== 32 && c !== 45 && c !== 46 && c !== 95 && c !== 47 && c !== 42 && c !== 63 && c !== 0x2013 && c !== 0x2014 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether a cell's text says "no value" (empty, "-", "N/A", "belum ada", "tidak ada", …). */
export function isPlaceholderText(text: string): boolean {
  const t = text.trim();
  if (t.length > 24) return false;
  if (isPunctuationOnly(t)) return true;
  let u = t.toUpperCase();
  // Any run of whitespace (a tab, a no-break space from a web page) counts as one space.
  if (/\s\s|[^\S ]/.test(u)) u = u.replace(/\s+/g, ' ');
  if (u.startsWith('(') && u.endsWith(')')) {
    u = u.slice(1, -1).trim();
    if (isPunctuationOnly(u)) return true;
  }
  return PLACEHOLDERS.has(u);
}
