import { isRealDate, toIsoDate } from './calendar.js';

/** What an ASN NIP says about its holder. */
export interface NipDecoded {
  /** Birth date, YYYY-MM-DD. */
  readonly birth: string;
  /** Appointment month (TMT CPNS/PPPK), YYYY-MM. */
  readonly tmt: string;
}

/**
 * Reads 18 digits as an ASN NIP (Perka BKN 22/2007): YYYYMMDD birth + YYYYMM appointment + sex digit
 * 1/2 + 3-digit serial (DOMAIN.md §1.4). Returns the birth and appointment dates if it is plausible,
 * else null (any other 18 digits, or not 18 digits).
 */
export function decodeNip(d: string): NipDecoded | null {
  if (d.length !== 18 || !/^\d{18}$/.test(d)) return null;
  const by = Number(d.slice(0, 4));
  const bm = twoDigits(d, 4);
  const bd = twoDigits(d, 6);
  const ty = Number(d.slice(8, 12));
  const tm = twoDigits(d, 12);
  const sex = d[14];
  if (by < 1930 || by > 2015 || !isRealDate(by, bm, bd)) return null;
  if (ty < by + 15 || ty > 2060 || tm < 1 || tm > 12) return null;
  if (sex !== '1' && sex !== '2') return null;
  if (d.endsWith('000')) return null;
  return { birth: toIsoDate(by, bm, bd), tmt: `${ty}-${tm < 10 ? `0${tm}` : String(tm)}` };
}

function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}
