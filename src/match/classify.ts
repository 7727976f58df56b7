import type { NameLevel } from './comparison-level.js';
import type { NameComparison } from './compare-name.js';
import type { PairLevels } from './score-pair.js';
import { NIK_BIRTH_DATE_POSITION, NIK_SERIAL_POSITION } from '../normalize/nik-layout.js';
import type { MatchSettings } from './match-settings.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';
import { WORKER_FLAGS, type MatchMethod, type WorkerFlag, type WorkerStatus } from './match-decision.js';

/** Name levels that confirm an exact NIK (normalization, initials, a dropped name, one typo). */
const CONFIRMING_NAME: ReadonlySet<NameLevel> = new Set(['exact', 'equal_strong', 'initials', 'subset', 'close']);

/**
 * Name levels strong enough when the NIK itself is not exact. A one-letter difference is excluded:
 * twins have consecutive NIK serials and often names one letter apart (RINA/RINI, BUDI/RUDI), and a
 * NIK typo together with a name typo is rare enough to leave to a human.
 */
const IDENTIFYING_NAME: ReadonlySet<NameLevel> = new Set(['exact', 'equal_strong', 'initials', 'subset']);

export function nameConfirms(level: NameLevel): boolean {
  return CONFIRMING_NAME.has(level);
}

export function nameIdentifies(level: NameLevel): boolean {
  return IDENTIFYING_NAME.has(level);
}

/**
 * A name that agrees only in one word while the names differ otherwise (a word more, an initial, a
 * legal title on one side): ANDI SAPUTRA / ANDIKA SAPUTRA, RADEN SURYA / SURYA, SITI AMINAH / AMINAH.
 * Twins and namesakes born the same day look exactly like that, so without an exact NIK it does not
 * identify a person on its own.
 */
function nameIdentifiesAlone(name: NameComparison): boolean {
  return nameIdentifies(name.level) && (name.level === 'exact' || name.agreeing >= 2);
}

/**
 * Where no twin can be the other record (the NIKs differ outside the serial number, or there is no NIK
 * to be a twin's), an initial for a word (SITI A. / SITI AMINAH) also identifies, and so does a name
 * with one typo when a NIK typo outside the serial and the same birth date tie the records.
 */
function nameIdentifiesWithoutTwin(name: NameComparison, typoAllowed: boolean): boolean {
  return nameIdentifiesAlone(name) || (name.level === 'initials' && name.agreeing >= 1) || (typoAllowed && name.level === 'close');
}

/**
 * Two NIK digits apart that are not two people born the same day with the same name: siblings' or
 * namesakes' NIKs from one place differ in the serial (0019 / 0020), and a namesake's from the next
 * kecamatan in a region digit and the serial. So both typos outside the serial, or one of them in the
 * birth-date digits (7–11, where two people born the same day agree) and the other anywhere.
 */
function twoTyposNotSiblings(nik: PairLevels['nik']): boolean {
  const second = nik.second ?? 0;
  if (second === 0) return false;
  return second < NIK_SERIAL_POSITION || (nik.position >= NIK_BIRTH_DATE_POSITION && nik.position < NIK_SERIAL_POSITION - 1);
}

/**
 * True when a near NIK may be a twin's: its differing digit is in the serial number, where twins differ
 * (consecutive serials: 0011 / 0012, or 0019 / 0020 rounded). Two swapped digits never make consecutive
 * serials (ab and ba are a multiple of 9 apart), so a transposition is a typo wherever it is.
 */
function mayBeTwins(nik: PairLevels['nik']): boolean {
  return nik.level !== 'transposition' && nik.position >= NIK_SERIAL_POSITION;
}

/**
 * Guards on top of the score before a pair may be accepted without a human looking at it.
 * They encode the hard negatives (issue: matching core):
 * - an exact NIK must be confirmed by the name (or, if the name only partly agrees, by a birth date
 *   from the columns, unless the NIK may be a rounded twin's): a NIK typed into the wrong row must not pass;
 * - a NIK one typo away, or fifteen digits left by Excel, needs an identifying name (no typo, and more
 *   than one word in common unless equal) and a birth date that is not plainly different: twins have
 *   consecutive NIK serials (so also the same first 15 digits), the same surname and birth date. A NIK
 *   typo outside the serial, or two swapped digits anywhere, cannot be a twin's: there an initial, or one
 *   name typo with the same birth date, is enough;
 * - two NIKs two digits apart need an equal name and birth date, and a difference that two people born the
 *   same day do not show (siblings' serials differ in two digits: 0019 / 0020; see twoTyposNotSiblings);
 * - two NIKs that are both present and further apart are never accepted automatically;
 * - without a NIK on one side, the name must identify (by more than one word, or a word and an initial,
 *   unless equal) and the birth dates (from the columns) must be equal, or the KPJ must be equal.
 */
export function passesAcceptGuard(levels: PairLevels, settings: MatchSettings): boolean {
  const name = levels.name.level;
  const columnsEqual = levels.birthDate === 'exact' && !levels.birthDateWeak;
  switch (levels.nik.level) {
    case 'exact':
      return nameConfirms(name) || (name === 'partial' && columnsEqual && levels.nik.mayBeRounded !== true);
    case 'damaged_prefix':
      return settings.acceptDamagedNik && nameIdentifiesAlone(levels.name) && levels.birthDate !== 'far';
    case 'rounded':
    case 'one_substitution':
    case 'transposition':
      if (levels.birthDate === 'far') return false;
      return mayBeTwins(levels.nik) ? nameIdentifiesAlone(levels.name) : nameIdentifiesWithoutTwin(levels.name, columnsEqual);
    case 'missing':
      return (nameIdentifiesWithoutTwin(levels.name, false) && columnsEqual) || (nameIdentifies(name) && levels.kpj === 'equal');
    case 'two_substitutions':
      // Two typos in one NIK, not two siblings' serials (0019 / 0020): an equal name and birth date.
      return (name === 'exact' || name === 'equal_strong') && nameIdentifiesAlone(levels.name) && columnsEqual && twoTyposNotSiblings(levels.nik);
    case 'far':
    case 'unusable':
      return false;
  }
}

/** 'nik' when the accepted pair shares the exact NIK, else 'fuzzy'. */
export function matchMethod(levels: PairLevels): MatchMethod {
  return levels.nik.level === 'exact' ? 'nik' : 'fuzzy';
}

/**
 * Status of a matched roster row from the participant's BPJS status. A null status means the export
 * has no status column: the participant is taken as active (and create-matcher adds a run note).
 */
export function matchedStatus(p: BpjsParticipant): WorkerStatus {
  return p.status === 'inactive' ? 'inactive' : 'registered';
}

/**
 * Every combination of flags, in WORKER_FLAGS order, frozen and shared: a million decisions hold one
 * of 2^7 arrays instead of building a Set and an array each.
 */
const FLAG_SETS: readonly (readonly WorkerFlag[])[] = Array.from({ length: 1 << WORKER_FLAGS.length }, (_, mask) =>
  Object.freeze(WORKER_FLAGS.filter((_f, i) => (mask & (1 << i)) !== 0)),
);
const bit = (f: WorkerFlag): number => 1 << WORKER_FLAGS.indexOf(f);
const NIK_INVALID = bit('nik_invalid');
const NIK_EXCEL_DAMAGED = bit('nik_excel_damaged');
const NIK_MISSING = bit('nik_missing');
const NIK_DIFFERS = bit('nik_differs');
const NAME_DIFFERS = bit('name_differs');
const DOB_DIFFERS = bit('dob_differs');
const WAGE_UNDERREPORTED = bit('wage_underreported');

/**
 * Flags of a roster row, in WORKER_FLAGS order: the roster NIK's state, and when a participant is
 * matched, what differs between the two records. A duplicate row (`kept`: the row it copies) also
 * takes `dob_differs` when its birth date is not the kept row's (duplicate-birth-date.ts says why).
 */
export function workerFlags(
  w: Worker,
  matched: { readonly bpjs: BpjsParticipant; readonly levels: PairLevels } | null,
  kept: Worker | null = null,
): readonly WorkerFlag[] {
  let mask = 0;
  if (kept !== null && w.birthDate !== null && kept.birthDate !== null && w.birthDate !== kept.birthDate) mask |= DOB_DIFFERS;
  if (w.nik.status === 'invalid') mask |= NIK_INVALID;
  else if (w.nik.status === 'excel_damaged') mask |= NIK_EXCEL_DAMAGED;
  else if (w.nik.status === 'missing') mask |= NIK_MISSING;
  if (matched !== null) {
    const { bpjs, levels } = matched;
    // Not when the roster's digits read exactly as the BPJS NIK (an Excel-damaged NIK whose lost last digit
    // was a 0): both columns of the report would show the same number under "differs"; the damage itself
    // is nik_excel_damaged.
    if (w.nik.status !== 'missing' && levels.nik.level !== 'exact' && !(bpjs.nik.nik !== null && w.nik.digits === bpjs.nik.nik)) mask |= NIK_DIFFERS;
    if (levels.name.level !== 'exact') mask |= NAME_DIFFERS;
    if (w.birthDate !== null && bpjs.birthDate !== null && w.birthDate !== bpjs.birthDate) mask |= DOB_DIFFERS;
    if (w.wage !== null && bpjs.wage !== null && bpjs.wage < w.wage) mask |= WAGE_UNDERREPORTED;
  }
  return FLAG_SETS[mask] ?? [];
}
