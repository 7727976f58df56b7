import type { Lang } from './message.js';

/** Integer with the language's thousands separator: 1.234.567 (id) or 1,234,567 (en). */
export function formatInteger(lang: Lang, n: number): string {
  const sep = lang === 'id' ? '.' : ',';
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
