/**
 * Data-quality findings on a row. Stable machine values (JSON/CSV), also the keys
 * of their Indonesian/English titles in the i18n catalog. `wage_invalid` is a wage that cannot be read (the row
 * has no wage); `wage_implausible` one that was read but is no monthly honor (src/normalize/plausible-wage.ts),
 * still budgeted as written. `bpjs_deceased` is found by the match, not on loading: a roster row matched to a
 * participant BPJS records as dead (src/match/deceased-match.ts). `bpjs_row_repeated` is a BPJS export row that
 * repeats an earlier one (same KPJ, NIK, name, birth date), read once (src/normalize/repeated-participant-rows.ts).
 */
export const PROBLEM_KINDS = [
  'nik_invalid',
  'nik_excel_damaged',
  'nik_missing',
  'nik_duplicate',
  'nik_dob_mismatch',
  'nik_sex_mismatch',
  'nik_region_unknown',
  'nip_in_nik_column',
  'date_invalid',
  'wage_invalid',
  'wage_implausible',
  'name_missing',
  'sex_invalid',
  'status_invalid',
  'kpj_invalid',
  'birth_date_conflict',
  'asn_nip',
  'bpjs_deceased',
  'bpjs_row_repeated',
] as const;

export type ProblemKind = (typeof PROBLEM_KINDS)[number];
