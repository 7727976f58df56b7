import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import type { Provenance } from '../io/provenance.js';
import { cellText, isBlankCell } from '../io/raw-cell.js';
import { decodeExcelRoundedNip, decodeNip } from './nip.js';
import type { RawCell } from '../io/raw-cell.js';
import type { MergedCover, RawRow } from '../io/raw-sheet.js';
import { mergedRangeRef } from '../io/merged-down.js';
import { parseBpjsStatus } from './bpjs-status.js';
import { statusFromSheetName } from './sheet-status.js';
import type { ColumnRole } from './column-role.js';
import { parseDate } from './date.js';
import type { ParseDateOptions } from './date.js';
import type { IsoDate } from './iso-date.js';
import { readKpj } from './kpj.js';
import { parseRupiah } from './money.js';
import { implausibleWage } from './plausible-wage.js';
import { wageUnitScale } from './wage-header.js';
import { normalizeName } from './name.js';
import { NIK_REASON_NIP, decodeNik, nikBirthDateNumber, nikSex, parseNik } from './nik.js';
import type { ParsedNik, Sex } from './parsed-nik.js';
import type { BpjsParticipant, BpjsStatus, PersonRecord, Worker } from './person-record.js';
import { parsePlaceAndDate } from './place-date.js';
import { isPlaceholderText } from './placeholder.js';
import type { ProblemKind } from './problem-kind.js';
import type { RowProblem } from './row-problem.js';
import { ownText } from './own-text.js';
import { fileAgencyName, namesAgency } from './agency-name.js';
import { parseSex, parseSexMarks } from './sex.js';

/**
 * What record building needs to know about a sheet, resolved once so that each row costs only
 * array lookups: the column index per role (-1 when the sheet has no such column).
 */
export interface RecordPlan {
  readonly file: string;
  readonly sheet: string;
  readonly columns: Readonly<Record<ColumnRole, number>>;
  /** The P column of an L | P pair of tick columns (`columns.sex` is then the L column); -1 when none. */
  readonly femaleMarkColumn: number;
  /** Agency when the row has none (defaultAgency): the sheet or file name, or a title row's agency. */
  readonly defaultAgency: string;
  /** Where `defaultAgency` comes from (a title row's agency is said in a note). */
  readonly defaultAgencySource: AgencySource;
  /**
   * The agency of the sheet's last row that had one (roster rows are built in order, one plan per sheet).
   * A blank agency cell under a filled one is "the same as above": a unit written once for its group, or
   * a merged cell, whose value the streaming XLSX reader sees only in its top cell.
   */
  readonly carried: { agency: string | null };
  /**
   * BPJS side without a status column: the status the sheet's name states ("TK NONAKTIF"), or null
   * (statusFromSheetName); its participants get it, the sheet name standing for the status word.
   */
  readonly sheetStatus: BpjsStatus | null;
  /** Config aliases (upper-cased short name → full agency name), applied to roster agencies. */
  readonly agencyAliases: ReadonlyMap<string, string>;
  /** The run's year, for the century of the NIK's two-digit birth year (the core reads no clock). */
  readonly referenceYear: number;
  /** Column-level Excel damage (src/normalize/record-zeroed-nik.ts): text NIKs ending in 0 are damaged. */
  readonly zeroedNikColumn: boolean;
  /** Two-digit years in date columns follow the run's year too. */
  readonly dateOptions: ParseDateOptions;
  /**
   * Kept strings get storage of their own (ownText) and repeated ones are shared (intern). Off when
   * the records are copied to another thread right away: the copy does both, and this would be
   * wasted work on the reader thread.
   */
  readonly detachStrings: boolean;
  /** The power of ten the wage header states its amounts in ("HONOR (Rp RIBU)" → 3); 0 for rupiah. */
  readonly wageUnitScale: number;
}

export function makeRecordPlan(input: {
  file: string;
  sheet: string;
  columns: Readonly<Partial<Record<ColumnRole, { readonly index: number; readonly header?: string; readonly femaleMarkIndex?: number | undefined }>>>;
  referenceYear: number;
  zeroedNikColumn: boolean;
  agencyAliases?: ReadonlyMap<string, string> | undefined;
  detachStrings?: boolean;
  /** The agency a title row above the header names (roster sheets without an agency column), or null. */
  titleAgency?: string | null | undefined;
}): RecordPlan {
  const index = (role: ColumnRole): number => input.columns[role]?.index ?? -1;
  const columns: Record<ColumnRole, number> = {
    nik: index('nik'),
    name: index('name'),
    birth_date: index('birth_date'),
    birth_place_date: index('birth_place_date'),
    birth_place: index('birth_place'),
    sex: index('sex'),
    agency: index('agency'),
    position: index('position'),
    wage: index('wage'),
    kpj: index('kpj'),
    bpjs_status: index('bpjs_status'),
    membership_date: index('membership_date'),
    nip: index('nip'),
  };
  const sheetStatus = columns.bpjs_status < 0 ? statusFromSheetName(input.sheet) : null;
  const femaleMarkColumn = input.columns.sex?.femaleMarkIndex ?? -1;
  const fallback = defaultAgency(input.file, input.sheet, input.titleAgency ?? null);
  return { file: input.file, sheet: input.sheet, columns, femaleMarkColumn, sheetStatus, defaultAgency: fallback.name, defaultAgencySource: fallback.source, carried: { agency: null }, agencyAliases: input.agencyAliases ?? NO_ALIASES, referenceYear: input.referenceYear, zeroedNikColumn: input.zeroedNikColumn, dateOptions: { twoDigitYearPivot: input.referenceYear % 100 }, detachStrings: input.detachStrings ?? true, wageUnitScale: wageUnitScale(input.columns.wage?.header ?? '') };
}

// Default sheet names that spreadsheet programs invent ("Sheet1", "Lembar1", "Tabelle1"…) say nothing
// about the agency: the file name does.
const GENERIC_SHEET = /^(sheet|lembar|lembar kerja|tabelle|feuil|hoja|foglio|blad|data|daftar)\s*\d*$/i;

/** Where a sheet's agency comes from when its rows have none. */
export type AgencySource = 'sheet' | 'file' | 'title';

/**
 * The agency of rows without one: a sheet or file name that names an agency itself ("DLHK", "dinas-kesehatan.csv":
 * the officer's own label), else the agency a title row names ("DAFTAR TENAGA NON ASN / DINAS LINGKUNGAN HIDUP"
 * above the header of HONORER_2027.xlsx), else the sheet name, else the file name (CSV has no sheet name;
 * "Sheet1" is no name). File names read hyphens and underscores as spaces.
 */
export function defaultAgency(file: string, sheet: string, title: string | null = null): { readonly name: string; readonly source: AgencySource } {
  const named = sheet.trim() !== '' && !GENERIC_SHEET.test(sheet.trim()) ? sheet.trim() : null;
  const fromFile = fileAgencyName(file);
  if (named !== null && namesAgency(named)) return { name: named, source: 'sheet' };
  if (namesAgency(fromFile)) return { name: fromFile, source: 'file' };
  if (title !== null) return { name: title, source: 'title' };
  if (named !== null) return { name: named, source: 'sheet' };
  return { name: fromFile, source: 'file' };
}

const NO_ALIASES: ReadonlyMap<string, string> = new Map();

/** The agency's full name when the config gives one for what the roster wrote. */
function resolveAgency(agency: string, aliases: ReadonlyMap<string, string>): string {
  return aliases.size === 0 ? agency : (aliases.get(agency.trim().toUpperCase()) ?? agency);
}

/** A roster row → Worker. `seq` is the row's position in the combined roster input. */
export function buildWorker(row: RawRow, plan: RecordPlan, seq: number): Worker {
  const p = buildPerson(row, plan);
  if (plan.columns.nip >= 0) addAsnNipProblem(row.cells[plan.columns.nip], p.at, p.problems as RowProblem[]);
  if (p.agency !== null) plan.carried.agency = p.agency;
  const agency = p.agency ?? plan.carried.agency ?? plan.defaultAgency;
  // Explicit literals, not spreads: this runs per row and spreads cost ~8% of loading time.
  return {
    side: 'roster', file: p.at.file, sheet: p.at.sheet, row: p.at.row, nik: p.nik, name: p.name, birthDate: p.birthDate, birthPlace: p.birthPlace, sex: p.sex,
    agency: resolveAgency(agency, plan.agencyAliases), position: p.position, wage: p.wage, kpj: p.kpj, problems: problemsOrNone(p.problems), seq,
  };
}

/** A BPJS export row → BpjsParticipant (status null when the export has no status column). */
export function buildParticipant(row: RawRow, plan: RecordPlan, seq: number): BpjsParticipant {
  const person = buildPerson(row, plan);
  const c = plan.columns;
  let status: BpjsStatus | null = null;
  let statusRaw: string | null = null;
  if (c.bpjs_status >= 0) {
    const s = parseBpjsStatus(row.cells[c.bpjs_status]);
    if (s.kind === 'ok') {
      status = s.status;
      statusRaw = s.raw;
    } else if (s.kind === 'invalid') statusRaw = s.raw;
  } else if (plan.sheetStatus !== null) {
    status = plan.sheetStatus;
    statusRaw = plan.sheet;
  }
  let membershipDate: IsoDate | null = null;
  const problems = person.problems as RowProblem[];
  // Not silently taken for "active": said on the row (the matcher then treats it as active, and says so).
  if (status === null && statusRaw !== null) problems.push(problem('status_invalid', person.at, 'bpjs_status', msg('record.status_invalid', { value: statusRaw })));
  if (c.membership_date >= 0) {
    const d = parseDate(row.cells[c.membership_date], plan.dateOptions);
    if (d.kind === 'ok') membershipDate = d.date;
    else if (d.kind === 'invalid') problems.push(problem('date_invalid', person.at, 'membership_date', d.reason));
  }
  const p = person;
  return {
    side: 'bpjs', file: p.at.file, sheet: p.at.sheet, row: p.at.row, nik: p.nik, name: p.name, birthDate: p.birthDate, birthPlace: p.birthPlace, sex: p.sex,
    agency: p.agency, position: p.position, wage: p.wage, kpj: p.kpj, problems: problemsOrNone(p.problems), status, statusRaw, membershipDate, seq,
  };
}

/** A record's common fields while its row is read; its problems share `at`. */
type Person = Omit<PersonRecord, 'problems' | keyof Provenance> & { readonly at: Provenance; readonly problems: RowProblem[] };

/** Most rows have no problem: they share one frozen empty list instead of an array each (a million rows). */
const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

function problemsOrNone(problems: RowProblem[]): readonly RowProblem[] {
  return problems.length === 0 ? NO_PROBLEMS : problems;
}

/**
 * One shared copy of repeated cell texts (agency, position, birth place): a roster of a
 * million rows holds a few hundred distinct values of each, and every separate copy costs more than
 * its characters. Bounded; the values are equal strings either way.
 */
const internCache = new Map<string, string>();
const INTERN_LIMIT = 100_000;
const INTERN_MAX_LENGTH = 64;

function intern(s: string | null): string | null {
  if (s === null) return s;
  if (s.length > INTERN_MAX_LENGTH) return ownText(s);
  const hit = internCache.get(s);
  if (hit !== undefined) return hit;
  const own = ownText(s);
  if (internCache.size >= INTERN_LIMIT) internCache.clear();
  internCache.set(own, own);
  return own;
}

const asIs = <S extends string | null>(s: S): S => s;

function buildPerson(row: RawRow, plan: RecordPlan): Person {
  const own = plan.detachStrings ? ownText : asIs;
  const share = plan.detachStrings ? intern : asIs;
  const cells = row.cells;
  const c = plan.columns;
  const at: Provenance = { file: plan.file, sheet: plan.sheet, row: row.row };
  const problems: RowProblem[] = [];

  const nikCellRaw = c.nik >= 0 ? cells[c.nik] : undefined;
  const nikCell: RawCell | undefined =
    typeof nikCellRaw === 'string' ? own(nikCellRaw) : nikCellRaw?.kind === 'number' && plan.detachStrings ? { ...nikCellRaw, raw: ownText(nikCellRaw.raw) } : nikCellRaw;
  let nik = parseNik(nikCell, { referenceYear: plan.referenceYear });
  if (plan.zeroedNikColumn && nik.status === 'valid' && typeof nikCell === 'string' && nik.nik !== null && nik.nik.endsWith('0')) {
    nik = { ...nik, status: 'excel_damaged', nik: null, trustedPrefix: nik.nik.slice(0, 15), reason: msg('record.nik_zeroed_column') };
  }
  if (c.nik >= 0) addNikProblems(nik, at, problems, row.mergedDown?.get(c.nik));

  const nameText = c.name >= 0 ? own(cellText(cells[c.name]).trim()) : '';
  const name = normalizeName(nameText);
  if (name.clean === '') problems.push(problem('name_missing', at, 'name', msg('record.name_missing')));

  let birthDate: IsoDate | null = null;
  // Which column the birth date was read from, so that a finding about it names that column.
  let birthDateColumn: 'birth_date' | 'birth_place_date' = 'birth_date';
  let birthPlace: string | null = c.birth_place >= 0 ? share(valueOrNull(cells[c.birth_place])) : null;
  if (c.birth_date >= 0) {
    const d = parseDate(cells[c.birth_date], plan.dateOptions);
    if (d.kind === 'ok') birthDate = d.date;
    else if (d.kind === 'invalid') problems.push(problem('date_invalid', at, 'birth_date', d.reason));
  }
  if (c.birth_place_date >= 0) {
    const cell = cells[c.birth_place_date];
    if (!isBlankCell(cell)) {
      // A DateCell here is a date without place; text is "Klaten, 12-03-1990".
      const pd = typeof cell === 'string' ? parsePlaceAndDate(cell, plan.dateOptions) : { place: null, date: parseDate(cell, plan.dateOptions) };
      if (birthPlace === null) birthPlace = share(pd.place);
      // The birth-date column wins; where it is empty (or unreadable) the combined cell's date is used,
      // not lost. Its own problem is said only where no birth-date cell was filled in. Two readable
      // dates that differ are a finding: one of them is a typo, and only a person can say which.
      if (birthDate === null) {
        if (pd.date.kind === 'ok') {
          birthDate = pd.date.date;
          birthDateColumn = 'birth_place_date';
        } else if (pd.date.kind === 'invalid' && (c.birth_date < 0 || isBlankCell(cells[c.birth_date]))) {
          problems.push(problem('date_invalid', at, 'birth_place_date', pd.date.reason));
        }
      } else if (pd.date.kind === 'ok' && pd.date.date !== birthDate) {
        problems.push(problem('birth_date_conflict', at, 'birth_place_date', msg('record.birth_date_conflict', { column_date: birthDate, other_date: pd.date.date })));
      }
    }
  }

  let sex: Sex | null = null;
  if (c.sex >= 0) {
    const s = plan.femaleMarkColumn >= 0 ? parseSexMarks(cells[c.sex], cells[plan.femaleMarkColumn]) : parseSex(cells[c.sex]);
    if (s.kind === 'ok') sex = s.sex;
    else if (s.kind === 'invalid') problems.push(problem('sex_invalid', at, 'sex', s.reason));
  }

  let wage: number | null = null;
  if (c.wage >= 0) {
    const w = parseRupiah(cells[c.wage], plan.wageUnitScale);
    if (w.kind === 'ok') {
      wage = w.rupiah;
      const implausible = implausibleWage(wage);
      if (implausible !== null) problems.push(problem('wage_implausible', at, 'wage', implausible));
    } else if (w.kind === 'invalid') problems.push(problem('wage_invalid', at, 'wage', w.reason));
  }

  let kpj: string | null = null;
  if (c.kpj >= 0) {
    const k = readKpj(cells[c.kpj]);
    if (k.kind === 'ok') kpj = k.kpj;
    else if (k.kind === 'invalid') problems.push(problem('kpj_invalid', at, 'kpj', k.reason));
  }

  // The NIK's date is weak evidence (DOMAIN.md §1.1): a difference is a finding, not a rejection.
  // Compared as day, month and two-digit year, since the NIK's century is only a guess. Read as
  // numbers (every row); the NIK's date as text only for the message.
  if (birthDate !== null) {
    const dateInNik = nikBirthDateNumber(nik);
    if (dateInNik !== 0 && !sameDayMonthYy(dateInNik, birthDate)) {
      const code = birthDateColumn === 'birth_date' ? 'record.nik_dob_mismatch' : 'record.nik_dob_mismatch_place_date';
      problems.push(problem('nik_dob_mismatch', at, birthDateColumn, msg(code, { nik_date: decodeNik(nik)?.birthDate ?? '', column_date: birthDate })));
    }
  }
  if (sex !== null) {
    const sexInNik = nikSex(nik);
    if (sexInNik !== null && sexInNik !== sex) {
      problems.push(problem('nik_sex_mismatch', at, 'sex', msg('record.nik_sex_mismatch', { nik_sex: sexInNik, column_sex: sex })));
    }
  }

  return {
    at,
    nik,
    name,
    birthDate,
    birthPlace,
    sex,
    agency: c.agency >= 0 ? share(valueOrNull(cells[c.agency])) : null,
    position: c.position >= 0 ? share(valueOrNull(cells[c.position])) : null,
    wage,
    kpj,
    problems,
  };
}

function addNikProblems(nik: ParsedNik, at: Provenance, problems: RowProblem[], merged: MergedCover | undefined): void {
  switch (nik.status) {
    case 'missing':
      // Under a merged NIK cell the spreadsheet shows a NIK on this row, but it is the top row's: say why it is empty.
      problems.push(problem('nik_missing', at, 'nik', merged === undefined ? msg('record.nik_missing') : msg('record.nik_merged', { range: mergedRangeRef(merged.range), top: merged.range.top, bottom: merged.range.bottom })));
      return;
    case 'invalid': {
      const reason = nik.reason ?? msg('nik.wrong_length', { length: nik.digits.length });
      problems.push(problem(reason.code === NIK_REASON_NIP ? 'nip_in_nik_column' : 'nik_invalid', at, 'nik', reason));
      return;
    }
    case 'excel_damaged':
      problems.push(problem('nik_excel_damaged', at, 'nik', nik.reason ?? msg('nik.excel_rounded')));
      return;
    case 'valid':
      // Only the region warning has a problem kind; other soft findings stay on ParsedNik.warnings.
      for (const w of nik.warnings) if (w.code === 'nik.region_unknown') problems.push(problem('nik_region_unknown', at, 'nik', w));
      return;
  }
}

/** A yyyymmdd number and an ISO date agree on day, month and the last two digits of the year. */
function sameDayMonthYy(packed: number, iso: IsoDate): boolean {
  const digit = (i: number): number => iso.charCodeAt(i) - 48;
  const yy = digit(2) * 10 + digit(3);
  const mm = digit(5) * 10 + digit(6);
  const dd = digit(8) * 10 + digit(9);
  return packed % 1_000_000 === yy * 10_000 + mm * 100 + dd;
}

function textOrNull(cell: RawCell | undefined): string | null {
  const t = cellText(cell).trim();
  return t === '' ? null : t;
}

/**
 * A free-text value, or null for a placeholder ("-", "BELUM ADA"): an agency of "-" must fall back to
 * the sheet or file name, and a birth place of "-" must not hide the one in a "Tempat, tgl lahir" cell.
 */
function valueOrNull(cell: RawCell | undefined): string | null {
  const t = textOrNull(cell);
  return t === null || isPlaceholderText(t) ? null : t;
}

/**
 * A roster row with an ASN NIP in its NIP column is most likely a PNS or PPPK who slipped into the non-ASN
 * roster (DOMAIN.md §1.4, §2.5): full-time PPPK and PNS get JKK/JKM through Taspen, so budgeting them for BPJS
 * Ketenagakerjaan would be wrong. Said, not dropped: PPPK paruh waktu are still paid to BPJS. A NIP written
 * in groups ("19800101 200501 1 001") counts, and so does one Excel stored as a number (its last 3 digits lost,
 * said as such); anything else in the column ("-", "HONORER") is not a NIP.
 */
function addAsnNipProblem(cell: RawCell | undefined, at: Provenance, problems: RowProblem[]): void {
  if (cell === undefined) return;
  const text = cellText(cell);
  if (text.length < 18) return;
  const nip = decodeNip(text.replace(/[\s.-]/g, ''));
  if (nip !== null) {
    problems.push(problem('asn_nip', at, 'nip', msg('record.asn_nip', { birth: nip.birth, tmt: nip.tmt })));
    return;
  }
  const rounded = decodeExcelRoundedNip(text);
  if (rounded !== null) problems.push(problem('asn_nip', at, 'nip', msg('record.asn_nip_rounded', { birth: rounded.birth, tmt: rounded.tmt })));
}

function problem(kind: ProblemKind, at: Provenance, column: string | null, detail: Message): RowProblem {
  return { kind, at, column, detail };
}
