import type { StatusCounts } from './model/agency-summary.js';

/**
 * Coverage as people read it, on the terminal and in the workbook alike, in tenths of a percent (0..1000):
 * registered ÷ distinct people (workers − duplicates), rounded half up to 0.1 %, as the workbook's "0.0%" format
 * and summary.json round. Except at the ends: 100.0 % only when every one of them is registered (1,999 of 2,000
 * rounds to 100.0 % and is shown 99.9 %, one worker is unprotected), 0.0 % only when none is (1 of 2,001 is 0.1 %).
 * Computed on the counts, so 57 of 100 is 57.0 % with no binary fraction in between. Null when there is nobody
 * (an agency whose only rows are copies of workers counted elsewhere).
 */
export function coverageTenths(c: Pick<StatusCounts, 'workers' | 'duplicate' | 'registered'>): number | null {
  const people = c.workers - c.duplicate;
  if (people <= 0) return null;
  const rounded = Math.floor((2000 * c.registered + people) / (2 * people));
  if (c.registered >= people) return 1000;
  if (c.registered <= 0) return 0;
  return Math.min(999, Math.max(1, rounded));
}
