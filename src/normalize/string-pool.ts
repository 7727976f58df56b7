/** Values that repeat across rows (places, agencies, dates, name tokens) are pooled; longer texts are left as they are. */
const MAX_POOLED_LENGTH = 40;
/** Past this many distinct values the pool stops growing (its memory stays bounded on any input). */
const MAX_POOL_SIZE = 1_000_000;

/**
 * Returns one shared copy of each short string it is given, so that a million records that say
 * "AKTIF" or "1990-01-10" hold one string between them instead of a million.
 */
export function createStringPool(): <S extends string | null>(s: S) => S {
  const pool = new Map<string, string>();
  return <S extends string | null>(s: S): S => {
    if (s === null || s.length > MAX_POOLED_LENGTH) return s;
    const hit = pool.get(s);
    if (hit !== undefined) return hit as S;
    if (pool.size < MAX_POOL_SIZE) pool.set(s, s);
    return s;
  };
}
