import type { Message } from '../i18n/message.js';

/**
 * A finding's detail as machine values: its message code and parameters as JSON, parameters in key order
 * (problems.csv `detail_key`). The `detail` column is translated; this one reads the same whatever `--lang`
 * the run used, so `rekon diff` can tell a finding from another without comparing texts.
 */
export function problemDetailKey(detail: Message): string {
  const params = detail.params ?? {};
  const sorted: Record<string, string | number> = {};
  for (const k of Object.keys(params).sort()) sorted[k] = params[k] as string | number;
  return JSON.stringify({ code: detail.code, params: sorted });
}

/** The message a `detail_key` cell holds; null when the cell is not one (empty, or not that JSON shape). */
export function parseProblemDetailKey(cell: string): Message | null {
  let json: unknown;
  try {
    json = JSON.parse(cell);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const { code, params } = json as { code?: unknown; params?: unknown };
  if (typeof code !== 'string' || code === '' || typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    out[k] = v;
  }
  return { code, params: out };
}
