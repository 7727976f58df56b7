import type { RawCell } from '../io/raw-cell.js';
import { cellText } from '../io/raw-cell.js';
import type { BpjsStatus } from './person-record.js';
import { isPlaceholderText } from './placeholder.js';

export type BpjsStatusParse =
  | { kind: 'empty' }
  | { kind: 'ok'; status: BpjsStatus; raw: string }
  | { kind: 'invalid'; raw: string };

const EMPTY: BpjsStatusParse = Object.freeze({ kind: 'empty' });

/** Compared with everything but letters removed: "NON-AKTIF", "Non Aktif" → NONAKTIF. */
const ACTIVE: ReadonlySet<string> = new Set(['AKTIF', 'AKTIP', 'ACTIVE', 'A', 'Y', 'YA', 'PESERTAAKTIF', 'STATUSAKTIF', 'MASIHAKTIF']);

/**
 * Words that mean the participant no longer counts as covered. Checked as substrings, so
 * "NONAKTIF (KELUAR)", "TK KELUAR", "MENINGGAL DUNIA" all match. "NA" alone is BPJS shorthand
 * for non-aktif (while "N/A" is a placeholder, so it is empty). The ways of saying a membership
 * ended (resigned, contract over, JHT paid out) had been unknown words, so those workers counted as
 * covered (exploratory round 4, C07).
 */
const INACTIVE_PARTS: readonly string[] = [
  'NONAKTIF', 'NONAKTIP', 'TIDAKAKTIF', 'TDKAKTIF', 'TAKAKTIF', 'INACTIVE', 'INAKTIF', 'NONACTIVE', 'NOTACTIVE',
  'PASIF', 'KELUAR', 'BERHENTI', 'PENSIUN', 'PHK', 'NONPESERTA', 'DINONAKTIFKAN', 'SUSPEND',
  'TIDAKDIPERPANJANG', 'BERAKHIR', 'TUTUP', 'MUNDUR', 'RESIGN', 'MUTASI',
  'UNDURKANDIRI', 'UNDURDIRI', 'HABISKONTRAK', 'KONTRAKHABIS', 'KONTRAKSELESAI', 'SELESAIKONTRAK', 'PUTUSKONTRAK',
  'PEMUTUSANHUBUNGANKERJA', 'PUTUSHUBUNGANKERJA', 'TIDAKBEKERJA', 'KLAIMJHT', 'PENCAIRANJHT', 'JHTDICAIRKAN', 'JHTCAIR',
  'RETIRED', 'TERMINATED',
];
/** Words for a participant who died: inactive, and a data problem when a roster lists them (budget). */
/** Notes that may stand beside an explicit AKTIF without ending the membership. */
const YIELDS_TO_ACTIVE: ReadonlySet<string> = new Set(['MUTASI', 'KLAIMJHT', 'PENCAIRANJHT', 'JHTDICAIRKAN', 'JHTCAIR']);
const DECEASED_PARTS: readonly string[] = ['MENINGGAL', 'WAFAT', 'ALMARHUM', 'DECEASED'];
/**
 * Whole-cell words only. "MD" is the usual shorthand of "meninggal dunia" in a status cell; inside a
 * longer text or a sheet's name it is anything (a doctor's title, initials), so it is never a substring.
 */
const INACTIVE_EXACT: ReadonlySet<string> = new Set(['N', 'NON', 'OFF']);
const DECEASED_EXACT: ReadonlySet<string> = new Set(['MD', 'ALM', 'ALMH']);

const NOT_LETTERS = /[^A-Z]+/g;
/** The status opens with the word AKTIF (or ACTIVE) itself, not NON-AKTIF. */
const ACTIVE_FIRST_WORD = /^\s*(?:AKTIF|AKTIP|ACTIVE)(?![A-Z])/i;
const NO_WORDS: ReadonlySet<string> = new Set(['TIDAK', 'TDK']);

/**
 * Reads a BPJS participant status. Anything not recognised ("HONORER", "PPPK" in a roster's
 * STATUS column) is `invalid` with its text, for the caller to judge the column.
 */
export function parseBpjsStatus(cell: RawCell | undefined): BpjsStatusParse {
  const raw = cellText(cell).trim();
  if (raw === '') return EMPTY;
  const key = raw.toUpperCase().replace(NOT_LETTERS, '');
  // A bare "NA" is non-aktif; "N/A", "N.A." are "not available" (placeholders, below).
  if (key === 'NA' && !/[/.]/.test(raw)) return { kind: 'ok', status: 'inactive', raw };
  // TIDAK/TDK answer an "AKTIF? YA/TIDAK" column, before they count as "nothing here" placeholders.
  if (NO_WORDS.has(key)) return { kind: 'ok', status: 'inactive', raw };
  if (isPlaceholderText(raw)) return EMPTY;
  if (ACTIVE.has(key)) return { kind: 'ok', status: 'active', raw };
  if (INACTIVE_EXACT.has(key) || isDeceasedStatus(raw)) return { kind: 'ok', status: 'inactive', raw };
  const inactive = INACTIVE_PARTS.filter((p) => key.includes(p));
  // "AKTIF (MUTASI)": a transfer noted beside an explicit AKTIF is still an active membership, while a bare
  // "MUTASI" / "MUTASI KELUAR" has left. Likewise "AKTIF (KLAIM JHT 10%)": a partial JHT payout while still working.
  // Only those notes yield to a leading AKTIF: "AKTIF - KELUAR" stays inactive.
  if (inactive.length > 0 && inactive.every((p) => YIELDS_TO_ACTIVE.has(p)) && ACTIVE_FIRST_WORD.test(raw)) return { kind: 'ok', status: 'active', raw };
  if (inactive.length > 0) return { kind: 'ok', status: 'inactive', raw };
  return { kind: 'invalid', raw };
}

/**
 * Whether a status cell says the participant died (MENINGGAL, MENINGGAL DUNIA, WAFAT, MD): such a
 * membership cannot be reactivated, unlike a lapse (NON AKTIF) or a leaver (KELUAR).
 */
export function isDeceasedStatus(raw: string): boolean {
  const key = raw.toUpperCase().replace(NOT_LETTERS, '');
  return DECEASED_EXACT.has(key) || DECEASED_PARTS.some((p) => key.includes(p));
}
