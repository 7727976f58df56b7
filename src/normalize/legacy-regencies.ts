/**
 * Regency codes that were valid when older NIKs were issued but are gone from the current
 * Kemendagri tables. A NIK keeps the code of where it was first issued for life, so these NIKs are
 * still valid (DOMAIN.md §1.2). Hand-kept, not generated.
 *
 * Papua (91) and Papua Barat (92) before the 2022 split (UU 14, 15, 16/2022 created Papua Selatan
 * 93, Papua Tengah 94, Papua Pegunungan 95; UU 29/2022 Papua Barat Daya 96). The pre-2022 list is
 * the Kemendagri coding used until then (Permendagri 72/2019 vintage; also nik-parser
 * `src/wilayah.json`, 2020). Only codes absent from the current table are listed: 91 Papua kept
 * 9103, 9105, 9106, 9110, 9111, 9115, 9119, 9120, 9171, and 92 Papua Barat kept 9202, 9203, 9206,
 * 9207, 9208, 9211, 9212. `now` is the regency's current code.
 *
 * Not covered (no verified source yet): Kalimantan Utara (65) regencies issued under Kalimantan
 * Timur (64) codes before 2012. Such NIKs get an "unknown region" warning, never a rejection.
 */
export const LEGACY_REGENCIES: Readonly<Record<string, { readonly name: string; readonly now: string }>> = {
  '9101': { name: 'KABUPATEN MERAUKE', now: '9301' },
  '9102': { name: 'KABUPATEN JAYAWIJAYA', now: '9501' },
  '9104': { name: 'KABUPATEN NABIRE', now: '9401' },
  '9107': { name: 'KABUPATEN PUNCAK JAYA', now: '9402' },
  '9108': { name: 'KABUPATEN PANIAI', now: '9403' },
  '9109': { name: 'KABUPATEN MIMIKA', now: '9404' },
  '9112': { name: 'KABUPATEN PEGUNUNGAN BINTANG', now: '9502' },
  '9113': { name: 'KABUPATEN YAHUKIMO', now: '9503' },
  '9114': { name: 'KABUPATEN TOLIKARA', now: '9504' },
  '9116': { name: 'KABUPATEN BOVEN DIGOEL', now: '9302' },
  '9117': { name: 'KABUPATEN MAPPI', now: '9303' },
  '9118': { name: 'KABUPATEN ASMAT', now: '9304' },
  '9121': { name: 'KABUPATEN MAMBERAMO TENGAH', now: '9505' },
  '9122': { name: 'KABUPATEN YALIMO', now: '9506' },
  '9123': { name: 'KABUPATEN LANNY JAYA', now: '9507' },
  '9124': { name: 'KABUPATEN NDUGA', now: '9508' },
  '9125': { name: 'KABUPATEN PUNCAK', now: '9405' },
  '9126': { name: 'KABUPATEN DOGIYAI', now: '9406' },
  '9127': { name: 'KABUPATEN INTAN JAYA', now: '9407' },
  '9128': { name: 'KABUPATEN DEIYAI', now: '9408' },
  '9201': { name: 'KABUPATEN SORONG', now: '9601' },
  '9204': { name: 'KABUPATEN SORONG SELATAN', now: '9602' },
  '9205': { name: 'KABUPATEN RAJA AMPAT', now: '9603' },
  '9209': { name: 'KABUPATEN TAMBRAUW', now: '9604' },
  '9210': { name: 'KABUPATEN MAYBRAT', now: '9605' },
  '9271': { name: 'KOTA SORONG', now: '9671' },
};
