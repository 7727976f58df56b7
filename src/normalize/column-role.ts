/** What a column of a roster or BPJS export means. Stable machine values (used in `--map role=HEADER`). */
export const COLUMN_ROLES = [
  'nik',
  'name',
  'birth_date',
  'birth_place_date',
  'birth_place',
  'sex',
  'agency',
  'position',
  'wage',
  'kpj',
  'bpjs_status',
  'membership_date',
  'nip',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

export function isColumnRole(s: string): s is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(s);
}
