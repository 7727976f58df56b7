/**
 * Masks a NIK (or any identifier) for display (DOMAIN.md §6): a 16-digit NIK keeps its first 4
 * digits (province + regency, useful to a reader) and its last 4: "3671********0001". Anything
 * else keeps at most its first 2 and last 2 characters — fewer when it is short, so that at least
 * half of any value is always hidden. Length is preserved, so columns still line up.
 *
 * Idempotent: a NIK masked already (a run written with --mask-nik, read back by `rekon diff --mask-nik`)
 * stays as it is; read as "16 characters, not all digits" it lost its region digits ("36************01").
 */
export function maskNik(value: string): string {
  const n = value.length;
  if (n === 16 && /^\d{4}[\d*]{8}\d{4}$/.test(value)) return `${value.slice(0, 4)}********${value.slice(12)}`;
  const keep = n >= 8 ? 2 : n >= 4 ? 1 : 0;
  return value.slice(0, keep) + '*'.repeat(n - 2 * keep) + value.slice(n - keep);
}
