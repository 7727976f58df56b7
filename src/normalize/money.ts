import type { RawCell } from '../io/raw-cell.js';
import { msg, type Message } from '../i18n/message.js';
import { hasNonAscii, isAllDigits } from './id-text.js';
import type { MoneyMessageCode } from './money-messages.js';
import { isPlaceholderText } from './placeholder.js';
import { memoByText } from './memo-by-text.js';

export type MoneyParse = { readonly kind: 'empty' } | { readonly kind: 'ok'; readonly rupiah: number } | { readonly kind: 'invalid'; readonly reason: Message };

const EMPTY: MoneyParse = Object.freeze({ kind: 'empty' });

/** Words after the number and the power of ten they stand for: "2,5 jt", "2 juta", "750 rb", "2.500.000 rupiah". */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['JT', 6], ['JUTA', 6], ['RB', 3], ['RIBU', 3], ['K', 3], ['RUPIAH', 0], ['RP', 0], ['IDR', 0],
]);

/** Currency marks and the accounting "no cents" tail: "Rp", "Rp.", "IDR", ",-", ".-". */
const CURRENCY = /^(?:RP\.?|IDR)\s*/;
const NO_CENTS_TAIL = /[.,]\s*-+$|\s*-{1,2}$/;
const AMOUNT = /^([\d.,\s]*\d[\d.,]*)\s*([A-Z]*)$/;

/** Largest amount accepted: Rp 1 trillion is far above any wage and far below 2^53. */
const MAX_RUPIAH = 1_000_000_000_000;

/**
 * Reads a wage as integer rupiah. Thousands and decimal separators are told apart by structure,
 * not by locale: with both "." and "," the later one is the decimal mark ("2.500.000,00",
 * "2,500,000.00"); a separator repeated is a thousands separator ("2.500.000"); a single
 * separator followed by exactly three digits is a thousands separator ("1.500" = 1500, "1,500" =
 * 1500), otherwise a decimal mark ("1,5", "2500000.00"). After "jt"/"juta"/"rb"/"ribu" a single
 * separator is always the decimal mark ("1,500 jt" = 1,500,000). Cents round half up to the
 * rupiah. Negative amounts are invalid.
 *
 * `unitScale` is the power of ten the column's header states ("HONOR (Rp RIBU)" → 3, see wage-header.ts):
 * a plain number is read in that unit, separators as without it ("2.500" = 2,500 thousand); a cell that
 * names its own unit ("2,5 jt", "Rp 2.500.000 rupiah") keeps it.
 */
export function parseRupiah(cell: RawCell | undefined, unitScale = 0): MoneyParse {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'string') return unitScale === 0 ? parseRupiahTextOnce(cell) : parseRupiahText(cell, unitScale);
  if (cell.kind === 'date') return invalid('money.date_cell', { date: cell.iso });
  const value = Number(cell.raw);
  if (!Number.isFinite(value)) return invalid('money.unrecognized', { text: cell.raw });
  if (value < 0) return invalid('money.negative', { text: cell.raw });
  if (value * 10 ** unitScale > MAX_RUPIAH) return invalid('money.too_large', { text: cell.raw });
  // Round half up on the decimal text when there is one, so 0.1 + 0.2-style binary error cannot flip a half.
  return /^\d+(\.\d+)?$/.test(cell.raw) ? fromParts(...splitDecimal(cell.raw, '.'), unitScale, cell.raw) : { kind: 'ok', rupiah: Math.floor(value * 10 ** unitScale + 0.5) };
}

/** Wage texts repeat across a roster (55 distinct amounts in 100,000 generated rows; honoraria follow a few scales). */
const parseRupiahTextOnce = memoByText((raw) => parseRupiahText(raw), { size: 4096, maxLength: 40 });

function parseRupiahText(raw: string, unitScale = 0): MoneyParse {
  // Fast path: plain digits, the usual shape of a wage column.
  if (unitScale === 0 && raw.length > 0 && raw.length <= 12 && isAllDigits(raw)) return { kind: 'ok', rupiah: Number(raw) };
  const text = raw.trim();
  if (text === '' || isPlaceholderText(text)) return EMPTY;
  let s = (hasNonAscii(text) ? text.normalize('NFKC').replace(/\u00A0/g, ' ') : text).toUpperCase().trim();
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY, '');
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(NO_CENTS_TAIL, '').trim();
  const m = AMOUNT.exec(s);
  if (m === null) return invalid('money.unrecognized', { text });
  const unit = m[2] ?? '';
  const scale = unit === '' ? unitScale : MULTIPLIERS.get(unit);
  if (scale === undefined) return invalid('money.unrecognized', { text });
  const number = (m[1] ?? '').replace(/\s+/g, '');
  const parts = splitAmount(number, unit !== '' && scale > 0);
  if (parts === null) return invalid('money.ambiguous_separators', { text });
  if (negative && /[1-9]/.test(number)) return invalid('money.negative', { text });
  return fromParts(parts[0], parts[1], scale, text);
}

/** Integer digits and fraction digits of a number written with thousands/decimal separators. */
function splitAmount(s: string, decimalPreferred: boolean): [string, string] | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return [s, ''];
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [intPart, frac] = splitDecimal(s, decimal);
    if (!isAllDigits(frac)) return null;
    const digits = ungroup(intPart, thousands);
    return digits === null ? null : [digits, frac];
  }
  const sep = lastDot >= 0 ? '.' : ',';
  const count = s.split(sep).length - 1;
  if (count > 1) {
    const digits = ungroup(s, sep);
    return digits === null ? null : [digits, ''];
  }
  const [intPart, frac] = splitDecimal(s, sep);
  if (!isAllDigits(intPart) || !isAllDigits(frac)) return null;
  if (frac.length === 3 && !decimalPreferred && intPart !== '0') {
    // "1.500" is a thousands mark. After more than 3 digits it cannot be one, nor is a wage written to the
    // tenth of a sen: "2500.000" (2.500.000 missing a dot?) or "1500000.499" is said, not guessed.
    return intPart.length <= 3 ? [intPart + frac, ''] : null;
  }
  return [intPart, frac];
}

function splitDecimal(s: string, decimal: string): [string, string] {
  const i = s.lastIndexOf(decimal);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

/** "2.500.000" with "." → "2500000"; null unless the groups are 1–3 digits then exactly 3. */
function ungroup(s: string, sep: string): string | null {
  const groups = s.split(sep);
  const head = groups[0] ?? '';
  if (head.length > 3 || !isAllDigits(head)) return null;
  for (let i = 1; i < groups.length; i++) {
    const g = groups[i] ?? '';
    if (g.length !== 3 || !isAllDigits(g)) return null;
  }
  return groups.join('');
}

/** Integer rupiah from integer digits, fraction digits and a power-of-ten multiplier; round half up. */
function fromParts(intDigits: string, fracDigits: string, scale: number, text: string): MoneyParse {
  const padded = fracDigits.padEnd(scale, '0');
  const whole = (intDigits + padded.slice(0, scale)).replace(/^0+(?=\d)/, '');
  const roundUp = (padded.charCodeAt(scale) || 48) >= 53; // next digit ≥ 5
  if (whole.length > 13) return invalid('money.too_large', { text });
  const rupiah = Number(whole === '' ? '0' : whole) + (roundUp ? 1 : 0);
  if (rupiah > MAX_RUPIAH) return invalid('money.too_large', { text });
  return { kind: 'ok', rupiah };
}

function invalid(code: MoneyMessageCode, params?: Record<string, string | number>): MoneyParse {
  return { kind: 'invalid', reason: msg(code, params) };
}
