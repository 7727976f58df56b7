import { msg, type Message } from '../i18n/message.js';
import { parseRupiah } from '../normalize/money.js';

/**
 * Which monthly wage the premiums are computed on (DOMAIN.md §2.4: pemda report either the actual honor,
 * a nominal fixed wage such as Rp 1,000,000, or UMK/UMP):
 * - `roster`: the wage in the roster (the default);
 * - `fixed`: the same declared wage for everyone, whatever the roster says;
 * - `floor`: the roster wage raised to at least `rupiah` (UMK/UMP), i.e. max(roster, floor).
 */
export type WageBasePolicy =
  | { readonly kind: 'roster' }
  | { readonly kind: 'fixed'; readonly rupiah: number }
  | { readonly kind: 'floor'; readonly rupiah: number };

/** Where a worker's wage base came from. `default` = the configured default wage for a row without one. */
export type WageBaseSource = 'roster' | 'floor' | 'fixed' | 'default';

export type WageBaseOutcome =
  | { readonly kind: 'base'; readonly rupiah: number; readonly source: WageBaseSource }
  | { readonly kind: 'none'; readonly reason: Message };

/** A usable wage: a positive whole number of rupiah. */
export function isUsableWage(wage: number | null): wage is number {
  return wage !== null && Number.isSafeInteger(wage) && wage > 0;
}

/**
 * The wage base of one worker. A row without a usable wage gets `defaultWage` when one is set; otherwise
 * it is not budgeted (and listed as such) — never silently budgeted at zero. A zero or negative roster
 * wage counts as missing for the same reason.
 */
export function resolveWageBase(policy: WageBasePolicy, rosterWage: number | null, defaultWage: number | null): WageBaseOutcome {
  if (policy.kind === 'fixed') return { kind: 'base', rupiah: policy.rupiah, source: 'fixed' };
  let rupiah: number;
  let source: WageBaseSource;
  if (isUsableWage(rosterWage)) {
    rupiah = rosterWage;
    source = 'roster';
  } else if (isUsableWage(defaultWage)) {
    rupiah = defaultWage;
    source = 'default';
  } else {
    return {
      kind: 'none',
      reason: rosterWage === null ? msg('budget.not_budgeted.no_wage') : msg('budget.not_budgeted.bad_wage', { wage: rosterWage }),
    };
  }
  if (policy.kind === 'floor' && rupiah < policy.rupiah) {
    return { kind: 'base', rupiah: policy.rupiah, source: source === 'default' ? 'default' : 'floor' };
  }
  return { kind: 'base', rupiah, source };
}

/**
 * Reads a policy as written on a command line: `roster` (or `actual`), `fixed:1000000`, `floor:2169348`
 * (or `min:`). Amounts may use `.` or `,` as thousands separators ("1.000.000"). Null when malformed or
 * when the amount is not a positive whole number of rupiah.
 */
export function parseWageBasePolicy(text: string): WageBasePolicy | null {
  const v = text.trim().toLowerCase();
  if (v === 'roster' || v === 'actual') return { kind: 'roster' };
  const m = /^(fixed|floor|min)\s*[:=]\s*(.+)$/.exec(v);
  if (m === null) return null;
  const rupiah = parseRupiahAmount(m[2] ?? '');
  if (rupiah === null) return null;
  return { kind: m[1] === 'fixed' ? 'fixed' : 'floor', rupiah };
}

/**
 * A number with a unit, as rosters write wages: "2,2jt", "2.2 juta", "750 rb". One separator at most, the
 * decimal mark (as the wage parser reads it after a unit), with no more decimals than the unit has zeros.
 */
const SHORTHAND = /^\d+(?:[.,](\d+))?\s*(jt|juta|rb|ribu|k)$/i;

/**
 * "1000000", "1.000.000", "1,000,000", "Rp 1.000.000", and the roster wage shorthand "2,2 jt", "Rp 2.2 juta",
 * "750rb" (parseRupiah reads it) → integer rupiah; null for anything else (no decimals: rupiah are whole).
 * One kind of separator throughout: "1.000,000" is a decimal in one convention and a typo in the other, so
 * it is refused rather than guessed.
 */
export function parseRupiahAmount(text: string): number | null {
  const v = text.trim().replace(/^rp\.?\s*/i, '');
  const short = SHORTHAND.exec(v);
  if (short !== null) {
    const unit = (short[2] as string).toLowerCase();
    if ((short[1] ?? '').length > (unit === 'jt' || unit === 'juta' ? 6 : 3)) return null;
    const parsed = parseRupiah(v);
    return parsed.kind === 'ok' && parsed.rupiah > 0 ? parsed.rupiah : null;
  }
  if (!/^\d{1,3}(\.\d{3})+$|^\d{1,3}(,\d{3})+$|^\d+$/.test(v)) return null;
  const n = Number(v.replace(/[.,]/g, ''));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
