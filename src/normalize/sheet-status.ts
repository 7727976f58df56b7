import type { BpjsStatus } from './person-record.js';
import { parseBpjsStatus } from './bpjs-status.js';

/**
 * The participant status a BPJS export's sheet name states, for exports without a status column that
 * split participants by sheet ("TK AKTIF" / "TK NONAKTIF", "Peserta Keluar"): without it everyone on the
 * non-active sheet was taken for active, covered, and left out of the cost to reactivate (exploratory
 * test round 3). Inactive when the name holds a word the status column would read as inactive; active
 * when it has the word AKTIF (or ACTIVE) and none of those; else null (Sheet1, a region, a month).
 */
export function statusFromSheetName(sheet: string): BpjsStatus | null {
  const name = sheet.trim();
  if (name === '') return null;
  const parsed = parseBpjsStatus(name);
  if (parsed.kind === 'ok' && parsed.status === 'inactive' && !TOO_SHORT.has(lettersOf(name))) return 'inactive';
  return ACTIVE_WORD.test(name) ? 'active' : null;
}

/**
 * Status words that are too short to read into a sheet's name ("N", "NA", "A", "Y"); "MD" (meninggal dunia in
 * a status cell) names a sheet of doctors or someone's initials as well.
 */
const TOO_SHORT: ReadonlySet<string> = new Set(['N', 'NA', 'NON', 'OFF', 'A', 'Y', 'YA', 'TIDAK', 'TDK', 'MD', 'ALM', 'ALMH']);
/** Upper-case letters only, as the status reader compares: "Alm." and "M.D." are ALM and MD. */
function lettersOf(name: string): string {
  return name.toUpperCase().replace(/[^A-Z]+/g, '');
}

const ACTIVE_WORD = /(?:^|[^A-Z])(?:AKTIF|AKTIP|ACTIVE)(?![A-Z])/i;
