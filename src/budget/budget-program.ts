/**
 * BPJS Ketenagakerjaan programs rekon can budget. Stable machine values, in output order.
 * JKP is left out on purpose: whether pemda non-ASN are covered is unverified (DOMAIN.md §2.1).
 */
export const PROGRAMS = ['jkk', 'jkm', 'jht', 'jp'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Default programs: JKK + JKM, the minimum first step of Inpres 2/2021 (DOMAIN.md "Decisions already taken", §2.5). */
export const DEFAULT_PROGRAMS: readonly Program[] = ['jkk', 'jkm'];

export function isProgram(s: string): s is Program {
  return (PROGRAMS as readonly string[]).includes(s);
}

/**
 * A comma-separated program list such as "jkk,jkm,jht" (case-insensitive, spaces allowed).
 * Returned in canonical order (jkk, jkm, jht, jp) without repeats; null if any item is unknown or the list is empty.
 */
export function parsePrograms(text: string): Program[] | null {
  const items = text.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (items.length === 0 || !items.every(isProgram)) return null;
  return PROGRAMS.filter((p) => items.includes(p));
}
