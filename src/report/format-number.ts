import type { Lang } from '../i18n/message.js';

import { formatInteger } from '../i18n/format-integer.js';

// Kept here for the report code; it lives in i18n because messages format counts too.
export { formatInteger };

/** Rupiah as people write it: "Rp 1.234.567" in Indonesian, "Rp 1,234,567" in English. */
export function formatRupiah(lang: Lang, n: number): string {
  return `Rp ${formatInteger(lang, n)}`;
}

/**
 * A share 0..1 as a percentage with one decimal in the language's style ("87,5%" / "87.5%"). Rounded
 * down: 1,999 of 2,000 workers covered is 99,9%, never "100,0%" while one of them is unprotected.
 * (The epsilon keeps 0.57 at 57.0: 0.57 × 1000 is 569.999… in binary.)
 */
export function formatPercent(lang: Lang, share: number | null): string {
  if (share === null) return '–';
  const s = (Math.floor(share * 1000 + 1e-6) / 10).toFixed(1);
  return `${lang === 'id' ? s.replace('.', ',') : s}%`;
}

/** A 10-cell bar for a coverage share: ████████░░. Full only at 100 % (rounded down, as the percentage). */
export function coverageBar(share: number | null, width = 10): string {
  if (share === null) return ' '.repeat(width);
  const full = Math.floor(Math.min(1, Math.max(0, share)) * width + 1e-6);
  return '█'.repeat(full) + '░'.repeat(width - full);
}
