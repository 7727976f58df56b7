import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { cellText, isBlankCell } from '../io/raw-cell.js';
import type { RawRow } from '../io/raw-sheet.js';
import type { ColumnRole } from '../normalize/column-role.js';
import { CONFIDENCE, matchHeader } from './header-aliases.js';
import type { HeaderMatch } from './header-aliases.js';
import { headerKey } from './header-text.js';
import { isNumberingRow, nonBlankCount, rowPreview } from './row-shape.js';
import { PAY_PERIOD_WORDS, payPeriod, wageUnitScale } from '../normalize/wage-header.js';
import type { ColumnBinding, ColumnOverrides, ConfigColumnMap, Side, SkippedRow, TableLayout } from './table-layout.js';

export interface DetectOptions {
  readonly file: string;
  readonly sheet: string;
  readonly side: Side;
  readonly overrides: ColumnOverrides;
  /** Force the header row (spreadsheet row number) instead of scoring. */
  readonly headerRow?: number | undefined;
  /**
   * The option that maps a column by hand, named in hints: `--map` (inspect, budget), `--roster-map` or
   * `--bpjs-map` (reconcile reads two sides). A hint must be a command line the user can run.
   */
  readonly mapFlag?: string | undefined;
  /** Which of the overrides came from the config file (the rest came from the command line). */
  readonly configMap?: ConfigColumnMap | undefined;
}

export type TableDetection =
  | { readonly kind: 'table'; readonly layout: TableLayout; readonly skipped: readonly SkippedRow[] }
  | { readonly kind: 'no_table'; readonly reason: Message };

/** How many rows from the top are searched for the header (title blocks are 2–6 rows, DOMAIN.md §3.2). */
export const HEADER_SCAN_ROWS = 30;

const IDENTITY_ROLES: ReadonlySet<ColumnRole> = new Set(['nik', 'name', 'birth_date', 'birth_place_date', 'kpj']);

/**
 * Finds the header row among the first rows of a sheet and gives each column a role. Pure.
 *
 * Header row: the row whose cells name the most distinct roles (exact alias 1, alias inside a longer
 * header 0.6, bare STATUS 0.5) among rows naming ≥ 2 roles including NAMA or NIK — so title rows such
 * as "DAFTAR NAMA TENAGA HONORER" (one role at most) lose. The row below may be a sub-header
 * ("TEMPAT | TANGGAL" under a merged "TEMPAT/TGL LAHIR", "KPJ | STATUS" under "BPJS"): its texts
 * combine with the upper header filled forward across the merged gap (merged ranges themselves are
 * not available when streaming, see src/io/xlsx-sheet-rows.ts). A numbering row "1 2 3 …" after the
 * header is skipped.
 *
 * `--map` overrides win. A required role missing (name, and one of nik / birth date) → `no_table`
 * with a message listing the headers and a `--map` hint; two columns claiming an identity role with
 * equal confidence → InputError (a guess there would silently match the wrong column).
 */
export function detectTable(rows: readonly RawRow[], options: DetectOptions): TableDetection {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  const headerIndex = options.headerRow !== undefined ? scan.findIndex((r) => r.row === options.headerRow) : findHeaderIndex(scan, options.overrides);
  if (headerIndex < 0) {
    const seen = [...new Set(scan.flatMap((r) => r.cells.filter((c) => !isBlankCell(c)).map((c) => cellText(c).trim())))].slice(0, 12);
    return { kind: 'no_table', reason: msg('table.no_header', { file: options.file, sheet: options.sheet, where: where(options), flag: options.mapFlag ?? '--map', rows: scan.length, headers: quoteList(seen) }) };
  }
  const found = scan[headerIndex] as RawRow;
  const above = options.headerRow === undefined && headerIndex > 0 ? groupRowAbove(scan[headerIndex - 1] as RawRow, found) : null;
  const upperIndex = above !== null ? headerIndex - 1 : headerIndex;
  const upper = scan[upperIndex] as RawRow;
  const skipped: SkippedRow[] = scan.slice(0, upperIndex).map((r) => ({ row: r.row, reason: nonBlankCount(r.cells) === 0 ? 'blank' : 'title', text: rowPreview(r.cells) }));
  skipped.push({ row: upper.row, reason: 'header', text: rowPreview(upper.cells) });

  let next = upperIndex + 1;
  let headers = upper.cells.map((c) => cellText(c).trim());
  let matches = headers.map((h) => matchHeader(h));
  const lower = scan[next];
  if (above !== null) {
    headers = above.headers;
    matches = above.matches;
    skipped.push({ row: found.row, reason: 'sub_header', text: rowPreview(found.cells) });
    next++;
  } else if (lower !== undefined && lower.row === upper.row + 1 && isSubHeader(upper.cells, lower.cells)) {
    const combined = combineHeaders(upper.cells, lower.cells);
    headers = combined.headers;
    matches = combined.matches;
    skipped.push({ row: lower.row, reason: 'sub_header', text: rowPreview(lower.cells) });
    next++;
  }
  const numbering = scan[next];
  if (numbering !== undefined && isNumberingRow(numbering.cells)) {
    skipped.push({ row: numbering.row, reason: 'numbering', text: rowPreview(numbering.cells) });
    next++;
  }
  const lastHeaderRow = (scan[next - 1] as RawRow).row;
  const sample = scan.slice(next);
  const notes: Message[] = [];
  const columns = assignRoles(headers, matches, sample, options, upper.row, notes);
  if (columns instanceof InputError) throw columns;
  if ('code' in columns) return { kind: 'no_table', reason: columns };
  return { kind: 'table', layout: { headerRow: upper.row, lastHeaderRow, headers, columns, notes }, skipped };
}

/** A mapped header the sheet lacks, said where it was given: the config file's key, or the command-line option. */
function headerNotFound(options: DetectOptions, at: Record<string, string>, role: ColumnRole, header: string, headers: string): InputError {
  const config = options.configMap;
  if (config !== undefined && config.roles.includes(role)) {
    return new InputError(msg('table.config_header_not_found', { ...at, config: config.file, section: `columns.${options.side}`, role, header, headers }));
  }
  return new InputError(msg('table.map_header_not_found', { ...at, role, header, headers }));
}

function findHeaderIndex(rows: readonly RawRow[], overrides: ColumnOverrides): number {
  const overrideKeys = new Map<string, ColumnRole>();
  for (const [role, header] of Object.entries(overrides) as [ColumnRole, string | undefined][]) {
    if (header !== undefined) overrideKeys.set(headerKey(header).compact, role);
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < rows.length; i++) {
    const byRole = new Map<ColumnRole, number>();
    for (const cell of (rows[i] as RawRow).cells) {
      if (cell === null || typeof cell !== 'string') continue; // headers are text
      const forced = overrideKeys.get(headerKey(cell).compact);
      const m = forced !== undefined ? { role: forced, confidence: CONFIDENCE.exact } : matchHeader(cell);
      if (m !== null) byRole.set(m.role, Math.max(byRole.get(m.role) ?? 0, m.confidence));
    }
    if (byRole.size < 2 || !(byRole.has('name') || byRole.has('nik'))) continue;
    let score = 0;
    for (const v of byRole.values()) score += v;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** The columns under which a text that is no header word can only be a worker's value. */
const VALUE_ONLY_ROLES: ReadonlySet<string> = new Set(['name', 'nik']);

// POKOK | TUNJANGAN | JUMLAH under a merged HONOR: the parts and the sum of a wage group (the sum is the wage).
const SUB_HEADER_WORDS = new Set(['TEMPAT', 'TANGGAL', 'TGL', 'L', 'P', 'STATUS', 'NO', 'NOMOR', 'KPJ', 'LAKI', 'PEREMPUAN', 'BULAN', 'TAHUN', 'LAHIR', 'POKOK', 'TUNJANGAN', 'TUNJ', 'JUMLAH', 'JML', 'TOTAL', 'DITERIMA']);
// "HONOR" merged over "PER TAHUN | PER BULAN": the pay periods continue a header too.
for (const word of PAY_PERIOD_WORDS) SUB_HEADER_WORDS.add(word);

/**
 * Whether `lower` continues the header in `upper`: it holds only short texts without digits, at
 * least one sits under an empty upper cell (a horizontally merged group) and at least one is a known
 * header word. A text that is no header word under the name or NIK column ("SITI AMINAH" under NAMA) is a
 * value: the row is data, however few digits it has.
 */
function isSubHeader(upper: readonly RawRowCell[], lower: readonly RawRowCell[]): boolean {
  let underGap = false;
  let known = false;
  let any = false;
  for (let c = 0; c < lower.length; c++) {
    const cell = lower[c];
    if (isBlankCell(cell)) continue;
    if (typeof cell !== 'string') return false;
    const text = cell.trim();
    if (/\d/.test(text) || text.length > 40) return false;
    any = true;
    const key = headerKey(text);
    const headerWord = matchHeader(text) !== null || key.tokens.every((t) => SUB_HEADER_WORDS.has(t));
    if (isBlankCell(upper[c])) underGap = true;
    else if (!headerWord && VALUE_ONLY_ROLES.has(matchHeader(cellText(upper[c]))?.role ?? '')) return false;
    if (headerWord) known = true;
  }
  return any && underGap && known;
}

type RawRowCell = RawRow['cells'][number];

/** Labels of a group row that name no column role themselves ("IDENTITAS" over NAMA | NIK | TGL LAHIR). */
const GROUP_WORDS = new Set(['IDENTITAS', 'DATA', 'PRIBADI', 'DIRI', 'PEGAWAI', 'PEKERJA', 'KELAHIRAN', 'LAHIR', 'PENGHASILAN', 'PENDAPATAN', 'PENERIMAAN', 'KEPESERTAAN', 'BPJS', 'KETENAGAKERJAAN', 'KETERANGAN', 'NO', 'NOMOR']);

/**
 * The row right above the header found, when it is the upper line of a two-row header whose roles sit on
 * the lower line: "NO | IDENTITAS (merged) | JENIS KELAMIN (merged) | HONOR (merged)" over "| NAMA | NIK |
 * TGL LAHIR | L | P | POKOK | TUNJANGAN | JUMLAH". Taken for a title row, its HONOR group (the wage) was
 * lost. It must hold ≥ 2 short labels without digits, one of them over a merged gap (a blank upper cell
 * over a header cell), one of them a header word or group word; and the combined header must keep every
 * role the lower line names alone (a title row that happens to pass can only add, never take away).
 */
function groupRowAbove(row: RawRow, header: RawRow): { headers: string[]; matches: (HeaderMatch | null)[] } | null {
  if (row.row !== header.row - 1) return null;
  const up = row.cells;
  const low = header.cells;
  let labels = 0;
  let spans = false;
  let known = false;
  for (let c = 0; c < up.length; c++) {
    const cell = up[c];
    if (isBlankCell(cell)) continue;
    if (typeof cell !== 'string') return null;
    const text = cell.trim();
    if (/\d/.test(text) || text.length > 40) return null;
    labels++;
    if (isBlankCell(up[c + 1]) && !isBlankCell(low[c + 1]) && !isBlankCell(low[c])) spans = true;
    if (matchHeader(text) !== null || headerKey(text).tokens.every((t) => GROUP_WORDS.has(t))) known = true;
  }
  if (labels < 2 || !spans || !known) return null;
  const combined = combineHeaders(up, low);
  const roles = (ms: readonly (HeaderMatch | null)[]): Set<ColumnRole> => new Set(ms.flatMap((m) => (m === null ? [] : [m.role])));
  const before = roles(low.map((c) => matchHeader(cellText(c).trim())));
  const after = roles(combined.matches);
  for (const role of before) if (!after.has(role)) return null;
  return combined;
}

/** Combines a two-line header; the upper text is filled forward over the gap of a merged group. */
function combineHeaders(upper: readonly RawRowCell[], lower: readonly RawRowCell[]): { headers: string[]; matches: (HeaderMatch | null)[] } {
  const width = Math.max(upper.length, lower.length);
  const headers: string[] = [];
  const matches: (HeaderMatch | null)[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const up = cellText(upper[c]).trim();
    const low = cellText(lower[c]).trim();
    if (up !== '') group = low !== '' ? up : '';
    else if (low === '') group = '';
    const top = up !== '' ? up : group;
    if (low === '') {
      headers.push(top);
      matches.push(matchHeader(top));
      continue;
    }
    headers.push(top === '' ? low : `${top} / ${low}`);
    matches.push(matchSubHeader(top, low));
  }
  return { headers, matches };
}

/** Sub-headers of a tick column per sex under JENIS KELAMIN (or L/P): "L | P", "LAKI-LAKI | PEREMPUAN". */
const SEX_MARK_COLUMNS: ReadonlyMap<string, 'M' | 'F'> = new Map([
  ['L', 'M'], ['LK', 'M'], ['LAKILAKI', 'M'], ['PRIA', 'M'],
  ['P', 'F'], ['PR', 'F'], ['PEREMPUAN', 'F'], ['WANITA', 'F'],
]);

/** A sub-header naming the sum of a wage group's parts: JUMLAH, TOTAL, JUMLAH DITERIMA, TOTAL HONOR. */
const WAGE_SUM_WORDS = new Set(['JUMLAH', 'JML', 'TOTAL', 'DITERIMA', 'HONOR', 'GAJI', 'UPAH', 'RP']);

function matchSubHeader(top: string, low: string): HeaderMatch | null {
  const exact = (role: ColumnRole): HeaderMatch => ({ role, confidence: CONFIDENCE.exact, generic: false });
  const topMatch = matchHeader(top);
  const lowKey = headerKey(low);
  const topKey = headerKey(top);
  if (topMatch?.role === 'birth_place_date' || (topKey.tokens.includes('LAHIR') && topMatch?.role !== 'birth_date')) {
    if (lowKey.tokens.includes('TEMPAT') || lowKey.tokens.includes('TMP')) return exact('birth_place');
    if (lowKey.tokens.some((t) => t === 'TGL' || t === 'TANGGAL' || t === 'TANGGAL')) return exact('birth_date');
  }
  if (topKey.tokens.some((t) => t === 'BPJS' || t === 'KETENAGAKERJAAN' || t === 'JAMSOSTEK' || t === 'KEPESERTAAN')) {
    if (lowKey.compact === 'STATUS') return exact('bpjs_status');
    if (lowKey.compact === 'NO' || lowKey.compact === 'NOMOR') return exact('kpj');
    if (lowKey.tokens.includes('TGL') || lowKey.tokens.includes('TANGGAL') || lowKey.compact === 'TMT') return exact('membership_date');
  }
  // L | P under JENIS KELAMIN are one tick column per sex ("√" in one of them), not a sex column each (every
  // row had become sex_invalid): the pair is bound as one (sexMarkPair).
  if (topMatch?.role === 'sex' && SEX_MARK_COLUMNS.has(lowKey.compact)) return null;
  // Under a wage group (HONOR over POKOK | TUNJANGAN | JUMLAH), the sum is what the worker is paid.
  if (topMatch?.role === 'wage' && lowKey.tokens.length > 0 && lowKey.tokens.every((t) => WAGE_SUM_WORDS.has(t))) return exact('wage');
  const lowMatch = matchHeader(low);
  if (lowMatch !== null && lowMatch.confidence === CONFIDENCE.exact) return lowMatch;
  return matchHeader(`${top} ${low}`) ?? lowMatch;
}

const BPJS_STATUS_WORDS = /^(aktif|active|non[\s-]?aktif|tidak aktif|tdk aktif|inactive|non[\s-]?active|na|nonaktif|ya|tidak)$/i;

function assignRoles(
  headers: readonly string[],
  matches: readonly (HeaderMatch | null)[],
  sample: readonly RawRow[],
  options: DetectOptions,
  headerRow: number,
  notes: Message[],
): Partial<Record<ColumnRole, ColumnBinding>> | Message | InputError {
  const columns: Partial<Record<ColumnRole, ColumnBinding>> = {};
  const taken = new Set<number>();
  const at = { file: options.file, sheet: options.sheet, where: where(options), flag: options.mapFlag ?? '--map' };
  const headerList = quoteList(headers.filter((h) => h !== ''));

  for (const [role, wanted] of Object.entries(options.overrides) as [ColumnRole, string | undefined][]) {
    if (wanted === undefined) continue;
    const want = headerKey(wanted).compact;
    const index = headers.findIndex((h) => headerKey(h).compact === want || h.split(' / ').some((part) => headerKey(part).compact === want));
    if (index < 0) return headerNotFound(options, at, role, wanted, headerList);
    columns[role] = { role, index, header: headers[index] as string };
    taken.add(index);
  }

  const byRole = new Map<ColumnRole, { index: number; match: HeaderMatch }[]>();
  matches.forEach((m, index) => {
    if (m === null || taken.has(index) || columns[m.role] !== undefined) return;
    const list = byRole.get(m.role) ?? [];
    list.push({ index, match: m });
    byRole.set(m.role, list);
  });

  const wageCandidates = byRole.get('wage');
  if (wageCandidates !== undefined) byRole.set('wage', totalOverBasicPay(monthlyWages(wageCandidates, headers, notes, at.flag), headers, matches, taken, notes, at.flag));
  for (const [role, candidates] of byRole) {
    if (candidates.length === 0) continue;
    const top = Math.max(...candidates.map((c) => c.match.confidence));
    const best = candidates.filter((c) => c.match.confidence === top);
    const chosen = best[0] as { index: number; match: HeaderMatch };
    if (best.length > 1) {
      const names = quoteList(best.map((c) => headers[c.index] as string));
      if (IDENTITY_ROLES.has(role)) {
        return new InputError(msg('table.ambiguous_role', { ...at, role, candidates: names, example: headers[chosen.index] as string }));
      }
      notes.push(msg('table.optional_role_ambiguous', { role, flag: at.flag, candidates: names, chosen: headers[chosen.index] as string }));
    }
    if (chosen.match.generic && options.side === 'roster') {
      // A roster's bare STATUS is usually employment status (HONORER, PPPK, KONTRAK): keep it only
      // when the values read like BPJS membership status.
      const values = sample.map((r) => cellText(r.cells[chosen.index]).trim()).filter((v) => v !== '');
      const looksBpjs = values.length > 0 && values.filter((v) => BPJS_STATUS_WORDS.test(v)).length / values.length >= 0.6;
      if (!looksBpjs) {
        notes.push(msg('table.status_is_employment', { header: headers[chosen.index] as string, example: values[0] ?? '' }));
        continue;
      }
    }
    columns[role] = { role, index: chosen.index, header: headers[chosen.index] as string };
  }

  if (columns.sex === undefined) {
    const pair = sexMarkPair(headers, taken);
    if (pair !== null) columns.sex = pair;
  }
  const unit = columns.wage === undefined ? 0 : wageUnitScale(columns.wage.header);
  if (unit > 0) notes.push(msg(unit === 3 ? 'table.wage_unit_thousands' : 'table.wage_unit_millions', { header: (columns.wage as ColumnBinding).header }));
  if (columns.birth_date !== undefined && columns.birth_place_date !== undefined) {
    notes.push(msg('table.birth_place_date_unused', { header: columns.birth_place_date.header }));
  }
  const missing: ColumnRole | null = columns.name === undefined ? 'name' : columns.nik === undefined && columns.birth_date === undefined && columns.birth_place_date === undefined ? 'nik' : null;
  if (missing !== null) {
    // A row given as the header row that holds a NIK or a date is a worker's row: a --map hint would
    // offer one of its values ("WAHYU HIDAYAT") as a column name.
    if (options.headerRow !== undefined && headers.some((h) => NIK_LIKE.test(h.trim()) || DATE_LIKE.test(h.trim()))) {
      return msg('table.header_row_is_data', { ...at, row: headerRow });
    }
    const unassigned = headers.flatMap((h, i) => (h !== '' && !Object.values(columns).some((b) => b.index === i) ? [i] : []));
    const example = likeliestColumn(unassigned, headers, sample, missing);
    if (example < 0) return msg('table.missing_role_no_example', { ...at, role: missing, row: headerRow, headers: headerList });
    return msg('table.missing_role', { ...at, role: missing, row: headerRow, headers: headerList, example: headers[example] as string });
  }
  return columns;
}

/**
 * The L | P tick columns of a two-line header ("JENIS KELAMIN / L", "JENIS KELAMIN / P") as one sex
 * binding, or null unless there is exactly one column per sex under the same group, neither mapped by hand.
 */
function sexMarkPair(headers: readonly string[], taken: ReadonlySet<number>): ColumnBinding | null {
  const found: { M: number[]; F: number[] } = { M: [], F: [] };
  headers.forEach((h, i) => {
    const cut = h.lastIndexOf(' / ');
    if (cut < 0 || taken.has(i) || matchHeader(h.slice(0, cut))?.role !== 'sex') return;
    const sex = SEX_MARK_COLUMNS.get(headerKey(h.slice(cut + 3)).compact);
    if (sex !== undefined) found[sex].push(i);
  });
  const [male, female] = [found.M[0], found.F[0]];
  if (found.M.length !== 1 || found.F.length !== 1 || male === undefined || female === undefined) return null;
  const l = headers[male] as string;
  const p = headers[female] as string;
  const group = l.slice(0, l.lastIndexOf(' / '));
  if (p.slice(0, p.lastIndexOf(' / ')) !== group) return null;
  return { role: 'sex', index: male, header: `${l} + ${p.slice(group.length + 3)}`, femaleMarkIndex: female };
}

/**
 * The wage candidates that are not a year's honor: premiums are a share of the monthly wage (DOMAIN.md §2.1),
 * so "HONOR SETAHUN" is never the wage by detection, and a note says which column was passed over. Not
 * divided by 12: a year's honor may hold a 13th month or cover fewer months, and the wage BPJS is told is
 * what is paid a month (§2.4); only the user can point to it.
 */
function monthlyWages(candidates: readonly { index: number; match: HeaderMatch }[], headers: readonly string[], notes: Message[], flag: string): { index: number; match: HeaderMatch }[] {
  const yearly = candidates.filter((c) => payPeriod(headers[c.index] as string) === 'year');
  if (yearly.length === 0) return [...candidates];
  const monthly = candidates.filter((c) => !yearly.includes(c));
  const names = quoteList(yearly.map((c) => headers[c.index] as string));
  if (monthly.length === 0) notes.push(msg('table.wage_yearly_unused', { headers: names, flag }));
  else notes.push(msg('table.wage_yearly_passed_over', { headers: names }));
  return monthly;
}

/** Words of a header naming the sum of the pay columns before it: JUMLAH, JUMLAH DITERIMA, TOTAL HONOR, TOTAL (Rp). */
const PAY_SUM_WORDS = new Set([...WAGE_SUM_WORDS, 'PENGHASILAN', 'PENERIMAAN', 'KOTOR', 'BRUTO', 'YANG', 'DIBAYAR', ...PAY_PERIOD_WORDS]);
const SUM_WORDS = new Set(['JUMLAH', 'JML', 'TOTAL']);

/**
 * A flat header with a basic-pay column (GAJI POKOK, HONOR POKOK) and, right of it, a sum column (JUMLAH DITERIMA,
 * TOTAL HONOR): the wage is the sum, and a note says which column was passed over. The wage BPJS is told is basic
 * pay plus fixed allowances (DOMAIN.md §2.4); GAJI POKOK alone had budgeted such rosters on basic pay, in silence.
 * The first monthly sum column right of the basic pay (a gross total comes before a net one). A two-line header
 * (HONOR over POKOK | TUNJANGAN | JUMLAH) has its sum bound already (matchSubHeader), so no candidate is basic pay.
 */
function totalOverBasicPay(
  candidates: readonly { index: number; match: HeaderMatch }[],
  headers: readonly string[],
  matches: readonly (HeaderMatch | null)[],
  taken: ReadonlySet<number>,
  notes: Message[],
  flag: string,
): { index: number; match: HeaderMatch }[] {
  // Only when basic pay would be the wage: under a wage group the sum is already bound exactly (matchSubHeader).
  const top = Math.max(...candidates.map((c) => c.match.confidence));
  const basic = candidates.find((c) => c.match.confidence === top && headerKey(headers[c.index] as string).tokens.includes('POKOK'));
  if (basic === undefined) return [...candidates];
  const sum = headers.findIndex((h, i) => {
    if (i <= basic.index || taken.has(i) || (matches[i] != null && matches[i]?.role !== 'wage')) return false;
    const tokens = headerKey(h).tokens;
    return tokens.some((t) => SUM_WORDS.has(t)) && tokens.every((t) => PAY_SUM_WORDS.has(t)) && payPeriod(h) !== 'year';
  });
  if (sum < 0) return [...candidates];
  notes.push(msg('table.wage_total_over_basic', { chosen: headers[sum] as string, basic: headers[basic.index] as string, flag }));
  return [{ index: sum, match: { role: 'wage', confidence: CONFIDENCE.exact, generic: false } }];
}

/** Values a name column holds: letters, spaces and the punctuation of titles and initials. */
const NAME_LIKE = /^[\p{L}][\p{L} .,'’-]*$/u;
/** Values a NIK column holds: 15–16 digits, possibly grouped or shown in scientific notation by Excel. */
const NIK_LIKE = /^(?:\d[\d .-]{13,20}\d|\d(?:\.\d+)?E\+?1[45])$/i;

/** A date as rosters write one (dd-mm-yyyy, dd/mm/yy, yyyy-mm-dd): never a column name. */
const DATE_LIKE = /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/** Headers of a row-number column ("NO", "No.", "NO URUT", "NOMOR"): never the example of a --map hint. */
const ROW_NUMBER_HEADERS: ReadonlySet<string> = new Set(['', 'NO', 'NOMOR', 'NOMER', 'NR', 'URUT', 'NOURUT', 'NOMORURUT', 'NOMERURUT', 'NUM', 'NUMBER']);

/**
 * For the --map hint of a missing role: the unassigned column whose sampled values look most like that
 * role; a column without sampled values only when no column has any. Never a row-number column, nor one
 * whose values are there and none of them could be the role (a recap sheet's "NO" had been offered as
 * its NIK column). -1 if none: the hint then names no column.
 */
function likeliestColumn(candidates: readonly number[], headers: readonly string[], sample: readonly RawRow[], role: ColumnRole): number {
  const looksLike = role === 'name' ? NAME_LIKE : NIK_LIKE;
  let best = -1;
  let bestShare = 0;
  let unseen = -1;
  for (const i of candidates) {
    if (ROW_NUMBER_HEADERS.has(headerKey(headers[i] ?? '').compact)) continue;
    const values = sample.map((r) => cellText(r.cells[i]).trim()).filter((v) => v !== '');
    if (values.length === 0) {
      if (unseen < 0) unseen = i;
      continue;
    }
    const share = values.filter((v) => looksLike.test(v)).length / values.length;
    if (share > bestShare) {
      best = i;
      bestShare = share;
    }
  }
  return best >= 0 ? best : unseen;
}

function quoteList(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.map((s) => `"${s}"`).join(', ');
}

/** "file" for CSV, "file [sheet]" for workbooks — the way a data officer finds it. */
function where(options: DetectOptions): string {
  return options.sheet === '' ? options.file : `${options.file} [${options.sheet}]`;
}
