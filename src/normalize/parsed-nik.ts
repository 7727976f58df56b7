import type { IsoDate } from './iso-date.js';
import type { Message } from '../i18n/message.js';

/**
 * What we know about the value found in a NIK column.
 * - `valid`: 16 digits that pass the hard checks (DOMAIN.md §1.2); `nik` holds them.
 * - `excel_damaged`: the value went through a floating-point number and lost digits
 *   (Excel keeps 15 significant digits; JS doubles above 2^53 lose odd digits). Not trusted as
 *   an identifier; `trustedPrefix` holds the digits that survived (usually 15) for blocking.
 * - `invalid`: present but not a NIK; `reason` says why (e.g. an 18-digit NIP).
 * - `missing`: empty cell or a placeholder such as "-".
 */
export type NikStatus = 'valid' | 'excel_damaged' | 'invalid' | 'missing';

export type Sex = 'M' | 'F';

export interface NikDecoded {
  /** 6-digit province+regency+district code where the NIK was first issued. */
  readonly region: string;
  readonly province: string;
  /** Birth date encoded in the NIK (day − 40 for women); null if not a real date. Weak evidence. */
  readonly birthDate: IsoDate | null;
  readonly sex: Sex;
  readonly serial: string;
}

export interface ParsedNik {
  readonly status: NikStatus;
  /** The cell text as found (for messages; may be masked when shown). */
  readonly raw: string;
  /** 16-digit NIK when status is `valid`; otherwise null. */
  readonly nik: string | null;
  /** Leading digits that can still be trusted when status is `excel_damaged`. */
  readonly trustedPrefix: string | null;
  /** Digits after cleaning (whatever they are), useful for near-miss blocking of invalid values. */
  readonly digits: string;
  /**
   * Two-digit-year pivot the NIK's birth year is read with (YY > pivot → 19YY). What the NIK encodes
   * (region, birth date, sex, serial) is derived on demand by `decodeNik` rather than kept: a record
   * object per row less, for a million rows on each side.
   */
  readonly pivot: number;
  /** Why it is invalid or damaged. */
  readonly reason: Message | null;
  /** Soft findings that do not reject the NIK (unknown region, serial 0000, impossible date). */
  readonly warnings: readonly Message[];
}
