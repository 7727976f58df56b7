import { msg, type Message } from '../i18n/message.js';
import type { BudgetSettings } from './budget-settings.js';

/**
 * The wage the premiums were computed on, in words, for every report: the same roster gives Rp 421,704 on the
 * UMK floor and Rp 194,400 at a fixed Rp 1,000,000 (DOMAIN.md §2.4), so a budget that does not say which cannot
 * be checked. The value only ("Roster wage, …"); callers put it after "Wage basis" / "Dasar upah" (the settings row, the terminal line).
 * A default wage is named with the roster and floor bases; a fixed wage applies to every row, so it has none.
 */
export function wageBasis(settings: Pick<BudgetSettings, 'wageBase' | 'defaultWage'>): Message {
  const w = settings.wageBase;
  if (w.kind === 'fixed') return msg('budget.wage_basis.fixed', { fixed_rupiah: w.rupiah });
  const withDefault = settings.defaultWage === null ? {} : { default_rupiah: settings.defaultWage };
  const suffix = settings.defaultWage === null ? '' : '_default';
  if (w.kind === 'floor') return msg(`budget.wage_basis.floor${suffix}`, { floor_rupiah: w.rupiah, ...withDefault });
  return msg(`budget.wage_basis.roster${suffix}`, withDefault);
}

/** True for the documented default (the roster wage, rows without one not budgeted): the terminal then says nothing. */
export function isDefaultWageBasis(settings: Pick<BudgetSettings, 'wageBase' | 'defaultWage'>): boolean {
  return settings.wageBase.kind === 'roster' && settings.defaultWage === null;
}
