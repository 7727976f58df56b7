/**
 * Whether a number format shows a date, so that a numeric cell is really a date serial.
 * Built-in ids 14–22 (d/m/yy, d-mmm-yy, …, m/d/yy h:mm) and 45–47 (mm:ss, [h]:mm:ss, mmss.0) are
 * date/time formats in ECMA-376 Part 1 §18.8.30; custom formats are dates when, outside quoted text,
 * escapes and [brackets], they contain d or y, or m without h/s (m next to h or s means minutes).
 */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isBuiltinDateFormat(id: number): boolean {
  return BUILTIN_DATE_IDS.has(id);
}

export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '')
    .toLowerCase();
  // Only the first section (positive numbers) decides.
  const first = bare.split(';')[0] ?? '';
  if (/[dy]/.test(first)) return true;
  if (first.includes('m') && !/[hs]/.test(first)) return !/^general$/.test(first.trim());
  return false;
}
