import { LEGACY_REGENCIES } from './legacy-regencies.js';
import { PROVINCE_NAMES, REGENCY_NAMES } from './region-data.js';

export interface RegionDescription {
  /** Current name of the province code (first 2 digits); null if there is no such province. */
  readonly province: string | null;
  /** Name of the regency/city (first 4 digits) in the table where it was found; null if unknown. */
  readonly regency: string | null;
  /** Where the regency code was found: the current Kemendagri table, the legacy (pre-2022) list, or neither. */
  readonly known: 'current' | 'legacy' | 'unknown';
}

const provinces: ReadonlyMap<string, string> = new Map(Object.entries(PROVINCE_NAMES));
const regencies: ReadonlyMap<string, string> = new Map(Object.entries(REGENCY_NAMES));
const legacy: ReadonlyMap<string, string> = new Map(Object.entries(LEGACY_REGENCIES).map(([k, v]) => [k, v.name]));

/**
 * Names the region a NIK was first issued in, from its region code (the first 4–6 digits:
 * province, regency, district; only province and regency are looked up). Codes are checked
 * against the current Kemendagri table and the legacy pre-2022 Papua codes, never BPS codes.
 */
export function describeRegion(code6: string): RegionDescription {
  const province = provinces.get(code6.slice(0, 2)) ?? null;
  const code4 = code6.slice(0, 4);
  const current = regencies.get(code4);
  if (current !== undefined) return { province, regency: current, known: 'current' };
  const old = legacy.get(code4);
  if (old !== undefined) return { province, regency: old, known: 'legacy' };
  return { province, regency: null, known: 'unknown' };
}

/** Fast check used per row by parseNik: is the regency (first 4 digits) current or legacy? */
export function isKnownRegency(code4: string): boolean {
  return regencies.has(code4) || legacy.has(code4);
}
