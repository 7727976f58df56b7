import type { Message } from '../i18n/message.js';

/**
 * Message parameters that quote what NIK digits 5–12 encode (birth day, month, year, the date in a NIK, a NIP's
 * birth and appointment dates, a date typed in the NIK column, the district in a region code). Where NIKs are
 * masked these are hidden too, or a reason such as "the birth date in the NIK (31-02-90) is not a real date"
 * would print what the mask hides (DOMAIN.md §6).
 */
const HIDDEN_PARAMS: ReadonlySet<string> = new Set(['day', 'month', 'year', 'birth', 'tmt', 'date', 'nik_date']);

/** The message with those parameters' digits starred (`**-**-****`) and a region code's district hidden (`3273**`). */
export function maskedMessage(m: Message): Message {
  if (m.params === undefined) return m;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(m.params)) {
    if (key === 'region' && String(value).length === 6) params[key] = hideDistrict(String(value));
    else params[key] = HIDDEN_PARAMS.has(key) ? String(value).replace(/\d/g, '*') : value;
  }
  return { code: m.code, params };
}

/** A region code with its district digits (5–6) hidden: `3273**`. */
export function hideDistrict(code6: string): string {
  return `${code6.slice(0, 4)}**`;
}
