import type { Lang } from '../i18n/message.js';
import { hasMessage, label } from '../i18n/translate.js';
import { TOTAL_AGENCY_LINE, type BudgetLineLike } from './model/report-input.js';

/**
 * The agencies budgeted at a JKK risk class other than the default (rekon.toml [agencies.risk]), with
 * that class, in the order of the lines. Read off the JKK lines, so it names what the figures used: a
 * configured agency no row has is not in it.
 */
export function agenciesWithOwnClass(lines: readonly BudgetLineLike[], defaultClass: string): [agency: string, riskClass: string][] {
  const seen = new Map<string, string>();
  for (const l of lines) {
    if (l.agency === TOTAL_AGENCY_LINE || l.riskClass === null || l.riskClass === defaultClass) continue;
    if (!seen.has(l.agency)) seen.set(l.agency, l.riskClass);
  }
  return [...seen.entries()];
}

/** A risk class in the reader's words ("Kelas V (sangat tinggi)"); a value without a text is shown as it is. */
export function riskClassLabel(lang: Lang, riskClass: string | null): string | null {
  if (riskClass === null) return null;
  const code = `budget.risk_class.${riskClass}`;
  return hasMessage(code) ? label(lang, code) : riskClass;
}
