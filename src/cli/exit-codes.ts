/**
 * Stable exit codes (README "Exit codes"; DOMAIN.md decisions):
 * 0 success · 1 success but a `--fail-on` condition holds · 2 bad usage or bad input · 3 internal error.
 */
export const EXIT = {
  ok: 0,
  conditionMet: 1,
  badInput: 2,
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
