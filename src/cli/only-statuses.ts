import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { WORKER_STATUSES, type WorkerStatus } from '../match/match-decision.js';

/** `--only registered,review` (worker statuses) or `--only bpjs_only` (the BPJS records on no roster). */
export type OnlyFilter = { readonly kind: 'all' } | { readonly kind: 'workers'; readonly statuses: ReadonlySet<WorkerStatus> } | { readonly kind: 'bpjs_only' };

export function parseOnly(value: string | undefined): OnlyFilter {
  if (value === undefined) return { kind: 'all' };
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const allowed = [...WORKER_STATUSES, 'bpjs_only'].join(', ');
  if (parts.length > 0 && parts.every((p) => p === 'bpjs_only')) return { kind: 'bpjs_only' };
  // bpjs_only with worker statuses is a combination rekon cannot print as one CSV, not an unknown value.
  const others = parts.filter((p) => p !== 'bpjs_only');
  if (others.length < parts.length && others.every((p) => (WORKER_STATUSES as readonly string[]).includes(p))) {
    throw new UsageError(msg('cli.only_bpjs_alone', { statuses: [...new Set(others)].join(',') }));
  }
  const statuses = new Set<WorkerStatus>();
  for (const p of others) {
    if (!(WORKER_STATUSES as readonly string[]).includes(p)) throw new UsageError(msg('cli.bad_choice', { option: '--only', value: p, allowed }));
    statuses.add(p as WorkerStatus);
  }
  if (statuses.size === 0) throw new UsageError(msg('cli.bad_choice', { option: '--only', value, allowed }));
  return { kind: 'workers', statuses };
}
