import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { RunSummary } from '../report/model/agency-summary.js';

/** Conditions for exit code 1 (cron/CI): stable machine values. */
export const FAIL_ON_CONDITIONS = ['unregistered', 'review', 'bpjs_only', 'problems', 'inactive'] as const;
export type FailOnCondition = (typeof FAIL_ON_CONDITIONS)[number];

export function parseFailOn(value: string | undefined): readonly FailOnCondition[] {
  if (value === undefined) return [];
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  // An empty list (`--fail-on "$FAIL_ON"` with the variable unset) must not turn the check off in silence.
  if (parts.length === 0) throw new UsageError(msg('cli.bad_choice', { option: '--fail-on', value, allowed: FAIL_ON_CONDITIONS.join(', ') }));
  const out: FailOnCondition[] = [];
  for (const part of parts) {
    if (!(FAIL_ON_CONDITIONS as readonly string[]).includes(part)) {
      throw new UsageError(msg('cli.bad_choice', { option: '--fail-on', value: part, allowed: FAIL_ON_CONDITIONS.join(', ') }));
    }
    out.push(part as FailOnCondition);
  }
  return out;
}

/**
 * The chosen conditions that hold for this run, each with its count, in the order given: none means exit 0.
 * Pure, so the exit code is decided in one place.
 */
export function failOnMet(conditions: readonly FailOnCondition[], run: { summary: RunSummary; problems: number }): { condition: FailOnCondition; count: number }[] {
  const met: { condition: FailOnCondition; count: number }[] = [];
  for (const c of new Set(conditions)) {
    const count = c === 'problems' ? run.problems : c === 'bpjs_only' ? run.summary.bpjsOnly : run.summary.total[c];
    if (count > 0) met.push({ condition: c, count });
  }
  return met;
}
