import type { BudgetResult } from '../budget/compute-budget.js';
import { msg, type Lang, type Message } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';

/**
 * "Wage basis: the roster wage, raised to Rp 2,169,348 where lower (UMK/UMP floor)": the terminal line of
 * reconcile and budget, and a note of the workbook's Budget sheet. The value is rendered here (a parameter is text).
 */
export function wageBasisLine(lang: Lang, budget: BudgetResult): Message {
  return msg('budget.wage_basis_line', { basis: translate(lang, budget.basis.wageBasis) });
}
