/**
 * Converts an Excel date serial to an ISO calendar date (time of day dropped).
 *
 * 1900 system: serial 1 = 1900-01-01, and Excel counts a fictitious 1900-02-29 (serial 60, the Lotus
 * bug), so serials ≥ 61 are days since 1899-12-30. 1904 system (old Mac workbooks, `date1904`):
 * serial 0 = 1904-01-01. Returns null for serials that are no real date (< 1, the phantom leap day,
 * or beyond year 9999).
 */
export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  // Excel holds 15 significant digits (DOMAIN.md §5): 44999.99999999999 is its 45000, shown as that day,
  // so binary noise below midnight must not floor to the day before. Times of day are kept as they are.
  const day = Math.floor(Number.isInteger(serial) ? serial : Number(serial.toPrecision(15)));
  let epochDays: number; // days since 1970-01-01
  if (date1904) {
    if (day < 0) return null;
    epochDays = day - 24107; // 1904-01-01 is 24107 days before 1970-01-01
  } else {
    if (day < 1 || day === 60) return null;
    epochDays = day < 60 ? day - 25568 : day - 25569;
  }
  if (epochDays > 2932896) return null; // 9999-12-31
  return civilFromDays(epochDays);
}

/**
 * Days since 1970-01-01 → `YYYY-MM-DD` in the proleptic Gregorian calendar, without a Date object
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days); this runs per date cell.
 */
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
