import { cellText, isBlankCell } from '../io/raw-cell.js';
import type { RawCell } from '../io/raw-cell.js';
import type { RawRow } from '../io/raw-sheet.js';
import { hasCompactKey, headerKey } from './header-text.js';
import { isNumberingRow, nonBlankCount } from './row-shape.js';
import type { SkipReason, TableLayout } from './table-layout.js';

const MONTHS = 'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|agus|sep|sept|okt|nov|des';

/**
 * Lines of the signature block under an OPD roster (DOMAIN.md §3.2): "Klaten, 31 Desember 2025",
 * "Mengetahui,", "Kepala Dinas …", "a.n. …", "Plt.", "NIP. 19…", a rank such as "Pembina Tk. I".
 */
const SIGNATURE = [
  new RegExp(`^[A-Za-z][A-Za-z .'-]*,\\s*(\\d{1,2}\\s+)?(${MONTHS})\\.?\\s+\\d{4}$`, 'i'),
  /^(mengetahui|menyetujui|disetujui|diketahui|dibuat oleh|yang membuat|yang menyerahkan|tanda tangan|ttd)\b/i,
  /^(kepala|kadis|plt|plh|pj|sekretaris|sekda|bendahara|pejabat|camat|lurah|kabid|kasubag|kasubbag|kasi|direktur|bupati|walikota|wali kota|gubernur)\b/i,
  /^a\.?\s?n\.?\s/i,
  /^nip\b\.?\s*[:.]?\s*\d/i,
  /^(pembina|penata|pengatur|juru)\b/i,
];

/**
 * The first three letters (or digits) of JUMLAH, JML, TOTAL, SUB TOTAL/JUMLAH, GRAND TOTAL: a cheap filter
 * before tokenizing (it runs on the name cell of every row, and many names start with J, T, S or G).
 */
const TOTAL_STARTS: ReadonlySet<string> = new Set(['JUM', 'JML', 'TOT', 'SUB', 'GRA']);
/** Part of the rule itself, not only a filter: the cell's first character is a (plain) J, T, S or G. */
const TOTAL_START = /^\s*[JjTtSsGg]/;
const TOTAL_WORDS = new Set(['JUMLAH', 'TOTAL', 'SUBTOTAL', 'JML', 'GRANDTOTAL']);
/** Compact keys a total row's label starts with: SUB TOTAL, Sub Jumlah, Sub-Jumlah, GRAND TOTAL. */
const TOTAL_PREFIXES = ['SUBTOTAL', 'SUBJUMLAH', 'GRANDTOTAL'];
/** "J U M L A H" / "T O T A L": letters spaced out for a heading look (its tokens are single letters). */
const SPACED_TOTALS: ReadonlySet<string> = new Set(['JUMLAH', 'TOTAL', 'SUBTOTAL', 'SUBJUMLAH', 'GRANDTOTAL']);

/** What numbers a section in the NO column: "A", "II.", "(3)", "1)". */
const ENUMERATOR = /^\(?([0-9]{1,3}|[A-Za-z]|[IVXLivxl]{1,6})\s*[.)]?$/;
/** The same at the start of a heading's text: "A. BIDANG …", "II) UPTD …", "1. SEKSI …". */
const NAME_ENUMERATOR = /^\s*\(?([0-9]{1,3}|[A-Za-z]|[IVXLivxl]{1,6})\s*[.)]\s*/;
/**
 * First words of an OPD's unit headings (bidang, seksi, UPT, puskesmas …): no personal name starts with them.
 * SUB BAGIAN / SUB BIDANG written apart are matched by SUB followed by one of these.
 */
const SECTION_WORDS: ReadonlySet<string> = new Set([
  'BIDANG', 'SUBBIDANG', 'SUBBID', 'SEKSI', 'SUBBAG', 'SUBBAGIAN', 'BAGIAN', 'UPT', 'UPTD', 'UNIT', 'PUSKESMAS', 'KELURAHAN',
  'KECAMATAN', 'SEKRETARIAT', 'INSTALASI', 'RUANG', 'RUANGAN', 'BALAI',
]);

/**
 * Decides, row by row after the header, whether a row is data or why it is skipped. Stateful only for
 * the signature block: once it starts, the rest is skipped — unless a row that plainly holds a person
 * (a 15–16 digit NIK and a name) turns up, which ends the block (a false start).
 */
export class RowClassifier {
  private inSignature = false;
  private readonly nameIndex: number;
  private readonly nikIndex: number;
  private readonly positionIndex: number;
  /** Columns whose values are places and dates ("Bandung, 2 Februari 1990"), as a signature's date line is. */
  private readonly dateIndexes: readonly number[];
  private readonly headerKeys: readonly string[];
  private readonly firstKeyIndex: number;
  private readonly totalScanEnd: number;
  /** Indexes of the bound columns, once (this runs for every row). */
  private readonly boundIndexes: readonly number[];

  constructor(private readonly layout: TableLayout) {
    this.nameIndex = layout.columns.name?.index ?? -1;
    this.nikIndex = layout.columns.nik?.index ?? -1;
    this.positionIndex = layout.columns.position?.index ?? -1;
    this.dateIndexes = [layout.columns.birth_place_date?.index, layout.columns.birth_date?.index].filter((i): i is number => i !== undefined);
    this.headerKeys = layout.headers.map((h) => headerKey(h.split(' / ')[0] ?? h).compact);
    this.boundIndexes = Object.values(layout.columns).map((b) => b.index);
    const firstKey = [this.nameIndex, this.nikIndex].filter((i) => i >= 0);
    this.firstKeyIndex = firstKey.length > 0 ? Math.min(...firstKey) : 0;
    // Up to the name column even when the NIK comes first (BKN's NO, NIK, NAMA order): JUMLAH written
    // under the names with the NIK cell blank is a total row there too.
    this.totalScanEnd = Math.max(this.firstKeyIndex, this.nameIndex);
  }

  /** null when the row is data; otherwise why it is skipped. */
  classify(row: RawRow): SkipReason | null {
    const cells = row.cells;
    const filled = nonBlankCount(cells);
    if (filled === 0) return 'blank';
    if (this.inSignature) {
      if (!this.holdsPerson(cells)) return 'signature_block';
      this.inSignature = false;
    }
    if (isNumberingRow(cells)) return 'numbering';
    if (this.isRepeatedHeader(cells)) return 'repeated_header';
    if (this.isTotal(cells)) return 'total';
    if (filled <= 3 && !this.holdsPerson(cells) && this.hasSignatureLine(cells)) {
      this.inSignature = true;
      return 'signature_block';
    }
    const name = this.nameIndex >= 0 ? cells[this.nameIndex] : undefined;
    const nik = this.nikIndex >= 0 ? cells[this.nikIndex] : undefined;
    if (isBlankCell(name) && isBlankCell(nik)) return 'no_identity';
    if (isBlankCell(nik) && this.isSectionHeading(cells)) return 'section';
    return null;
  }

  /**
   * A unit heading typed in the name column ("BIDANG ANGKUTAN", "UPTD TERMINAL TIPE A") between the
   * workers it groups. The name cell is the only value of the row, except an enumerator left of it in a
   * column without a role (the NO column: "A", "II", "3."). The text must start (after its own
   * enumerator) with a unit word; an enumerator alone is no evidence in the name cell ("A. RAHMAN",
   * "I MADE" are names), but a letter or roman numeral in the NO column is (workers are numbered there).
   * A worker written with a name only still has a name that starts with no unit word: it stays data.
   */
  private isSectionHeading(cells: readonly RawCell[]): boolean {
    const name = cells[this.nameIndex];
    if (typeof name !== 'string') return false;
    let letterEnumerator = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (i === this.nameIndex || isBlankCell(cell)) continue;
      if (i > this.nameIndex || this.boundIndexes.includes(i)) return false;
      const m = ENUMERATOR.exec(cellText(cell).trim());
      if (m === null) return false;
      if (!/^\d/.test(m[1] as string)) letterEnumerator = true;
    }
    const tokens = headerKey(name.replace(NAME_ENUMERATOR, '')).tokens;
    const first = tokens[0];
    if (first === undefined) return false;
    return letterEnumerator || SECTION_WORDS.has(first) || (first === 'SUB' && SECTION_WORDS.has(tokens[1] ?? ''));
  }

  /**
   * A cell reading like a signature line. Ranks and titles (Juru, Pengatur, Kepala, Bendahara…) are also
   * honorer positions ("Juru Masak", "Kepala Regu"), and a birth place and date ("Bandung, 2 Februari 1990")
   * reads like the block's "Klaten, 31 Desember 2025": in the position and birth-date columns they count
   * only when the name cell is blank, or a worker without a NIK would start the block and hide every
   * such worker after it.
   */
  private hasSignatureLine(cells: readonly RawCell[]): boolean {
    const named = this.nameIndex >= 0 && !isBlankCell(cells[this.nameIndex]);
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (typeof c !== 'string' || (named && (i === this.positionIndex || this.dateIndexes.includes(i)))) continue;
      const text = c.trim();
      if (SIGNATURE.some((re) => re.test(text))) return true;
    }
    return false;
  }

  private holdsPerson(cells: readonly RawCell[]): boolean {
    if (this.nikIndex < 0 || this.nameIndex < 0) return false;
    const digits = cellText(cells[this.nikIndex]).replace(/\D/g, '');
    return digits.length >= 15 && digits.length <= 16 && !isBlankCell(cells[this.nameIndex]);
  }

  private isRepeatedHeader(cells: readonly RawCell[]): boolean {
    let same = 0;
    for (const index of this.boundIndexes) {
      const cell = cells[index];
      if (typeof cell !== 'string') continue;
      const want = this.headerKeys[index] ?? '';
      // Cheap tests first (this runs for every cell of every row): a repeated header starts with the
      // header's first letter and is about as long as it.
      if (want === '' || cell.length < want.length || cell.length > want.length * 3 + 8) continue;
      const first = cell.trimStart().charAt(0);
      if (first !== want.charAt(0) && first.toUpperCase() !== want.charAt(0)) continue;
      if (hasCompactKey(cell, want)) same++;
    }
    return same >= 2;
  }

  /** JUMLAH / TOTAL / SUB TOTAL in a cell left of the name (the NIK cell included), or as the name with no NIK. */
  private isTotal(cells: readonly RawCell[]): boolean {
    for (let c = 0; c <= this.totalScanEnd && c < cells.length; c++) {
      const cell = cells[c];
      if (typeof cell !== 'string' || !TOTAL_START.test(cell) || !mayStartTotal(cell)) continue;
      const key = headerKey(cell);
      const first = key.tokens[0];
      const isTotalWord = (first !== undefined && TOTAL_WORDS.has(first)) || TOTAL_PREFIXES.some((p) => key.compact.startsWith(p)) || SPACED_TOTALS.has(key.compact);
      if (!isTotalWord) continue;
      if (c < this.firstKeyIndex || c !== this.nameIndex) return true;
      if (this.nikIndex < 0 || isBlankCell(cells[this.nikIndex])) return true;
    }
    return false;
  }
}

/**
 * Whether the header key of `text` (headerKey(text).compact) may start like a total word, read from
 * the ASCII text without building the key; text with other characters is left to headerKey.
 */
function mayStartTotal(text: string): boolean {
  let start = '';
  for (let i = 0; i < text.length && start.length < 3; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (c >= 97 && c <= 122) c -= 32;
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) start += String.fromCharCode(c);
  }
  return TOTAL_STARTS.has(start);
}
