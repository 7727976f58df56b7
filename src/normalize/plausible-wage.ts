import { msg, type Message } from '../i18n/message.js';

/**
 * Below this a monthly amount is no honor: one tenth of the lowest wage base pemda declare (a nominal
 * Rp 1,000,000, DOMAIN.md §2.4; also BPJS's minimum declared income for BPU, §2.3), and far below any UMP
 * (lowest of 2025 about Rp 2.17 jt). What lands there is an amount written in thousands ("2.500" for
 * Rp 2.500.000, up to a Rp 100 jt honor) or a daily rate, not a wage.
 */
export const IMPLAUSIBLE_LOW_RUPIAH = 100_000;

/**
 * Above this a monthly amount is no honorer's wage: about 18× the highest UMP (DKI 2025 Rp 5,396,761) and
 * 9× the 2026 JP wage cap (Rp 11,086,300, DOMAIN.md §2.2). What lands there is a year's total or a column
 * scaled twice (rupiah under a "RIBU" header).
 */
export const IMPLAUSIBLE_HIGH_RUPIAH = 100_000_000;

/**
 * Why a wage read from a cell cannot be a monthly honor, or null when it can. Zero is left to the budget,
 * which already lists a row without a usable wage. The wage is kept: the row is budgeted as written and
 * the finding points at its cell.
 */
export function implausibleWage(rupiah: number): Message | null {
  if (rupiah > 0 && rupiah < IMPLAUSIBLE_LOW_RUPIAH) return msg('record.wage_implausible_low', { wage_rupiah: rupiah, floor_rupiah: IMPLAUSIBLE_LOW_RUPIAH });
  if (rupiah > IMPLAUSIBLE_HIGH_RUPIAH) return msg('record.wage_implausible_high', { wage_rupiah: rupiah, ceiling_rupiah: IMPLAUSIBLE_HIGH_RUPIAH });
  return null;
}
