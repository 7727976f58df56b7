import { isRealDate, toIsoDate } from './calendar.js';
import { parseScientificText } from './id-text.js';

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
  if (d.endsWith('000')) return null;
  return decodeFirst15(d, '12');
}

/**
 * An ASN NIP that Excel stored as a number: 15 significant digits survive, so the serial reads 000
 * ("198001012005011000", or "1.98001012005011E+17" in scientific notation) — a serial no NIP has. Birth
 * date, appointment month and sex digit are all within the first 15 digits, so the holder is still
 * known to be an ASN. Rounding the 16th digit may have raised the sex digit (2 → 3). Fewer than 15
 * significant digits (Excel's General format shows 6) say too little: null.
 */
export function decodeExcelRoundedNip(text: string): NipDecoded | null {
  const t = text.replace(/\s+/g, '');
  let d = t;
  const sci = parseScientificText(t);
  if (sci !== null) {
    if (sci.integerDigits !== 18 || sci.significant.length < 15 || sci.significant.length > 18) return null;
    d = sci.significant.padEnd(18, '0');
  } else if (!/^\d{18}$/.test(d)) return null;
  if (!d.endsWith('000')) return null;
  return decodeFirst15(d, '123');
}

function decodeFirst15(d: string, sexDigits: string): NipDecoded | null {
  const by = Number(d.slice(0, 4));
  const bm = twoDigits(d, 4);
  const bd = twoDigits(d, 6);
  const ty = Number(d.slice(8, 12));
  const tm = twoDigits(d, 12);
  const sex = d[14];
  if (by < 1930 || by > 2015 || !isRealDate(by, bm, bd)) return null;
  if (ty < by + 15 || ty > 2060 || tm < 1 || tm > 12) return null;
  if (sex === undefined || !sexDigits.includes(sex)) return null;
  return { birth: toIsoDate(by, bm, bd), tmt: `${ty}-${tm < 10 ? `0${tm}` : String(tm)}` };
}

function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}
