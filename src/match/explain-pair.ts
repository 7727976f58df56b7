import { msg, type Message } from '../i18n/message.js';
import { fixedMsg, sharedMsg } from './fixed-message.js';
import type { PersonFeatures } from './person-features.js';
import { looksLikeSiblings, nikNotOwn, type ScoredPair } from './score-pair.js';
import { alignNames, differOnlyInSpelling, type NameAlignment } from './compare-name.js';
import { unpackDate } from './compare-birth-date.js';

/** How often the roster row's name and birth date occur on the rosters; asked only when a reason mentions it. */
export interface RosterCounts {
  name(): number;
  birthDate(): number;
}

function countMsg(code: string, count: number): Message {
  return sharedMsg(code, count, { count });
}

/** Below this many bits of frequency penalty a value is not called "common" in the reasons. */
const MENTION_PENALTY = 1;

/**
 * An exact or equal name is weighed by how often the whole name occurs; any other level by how often
 * its shared words occur (score-pair.ts), so the whole name's count would not say why: a name found
 * once was called "common (1 roster rows)".
 */
function nameCommonReason(s: ScoredPair, counts: RosterCounts): Message {
  const level = s.levels.name.level;
  return level === 'exact' || level === 'equal_strong'
    ? countMsg('match.reason.name_common', counts.name())
    : fixedMsg('match.reason.name_words_common');
}

/**
 * Human-readable reasons for a scored pair, one per comparison that says something, e.g.
 * "NIK differs in 1 digit (position 9); names equal after removing title 'S.Pd'; same birth date".
 * No NIK digits are put in the messages (privacy, DOMAIN.md §6); names and dates are the user's own data.
 */
export function explainPair(w: PersonFeatures, p: PersonFeatures, s: ScoredPair, counts: RosterCounts): Message[] {
  const out: Message[] = [];
  const nik = s.levels.nik;
  switch (nik.level) {
    case 'exact':
      out.push(fixedMsg('match.reason.nik_exact'));
      break;
    case 'one_substitution':
      out.push(sharedMsg('match.reason.nik_one_digit', nik.position, { position: nik.position }));
      break;
    case 'transposition':
      out.push(sharedMsg('match.reason.nik_transposed', nik.position, { position: nik.position, next: nik.position + 1 }));
      break;
    case 'two_substitutions':
      out.push(sharedMsg('match.reason.nik_two_digits', nik.position * 100 + (nik.second ?? 0), { position: nik.position, second: nik.second ?? 0 }));
      break;
    case 'damaged_prefix':
      out.push(fixedMsg('match.reason.nik_damaged_prefix'));
      break;
    case 'rounded':
      out.push(fixedMsg('match.reason.nik_rounded'));
      break;
    case 'unusable':
      out.push(fixedMsg('match.reason.nik_damaged_differs'));
      break;
    case 'far':
      out.push(fixedMsg('match.reason.nik_differs'));
      break;
    case 'missing':
      // Both have one, but the roster's is not this person's (score-pair.ts): say why it was set aside.
      out.push(fixedMsg(w.digits16 !== null && p.digits16 !== null && nikNotOwn(w) ? 'match.reason.nik_not_own' : 'match.reason.nik_missing'));
      break;
  }
  out.push(...explainName(w, p, s));
  if (looksLikeSiblings(s.levels.nik, s.levels.name, w, p)) out.push(fixedMsg('match.reason.looks_like_siblings'));
  if (s.namePenalty >= MENTION_PENALTY) out.push(nameCommonReason(s, counts));
  out.push(...explainDate(w, p, s));
  if (s.birthDatePenalty >= MENTION_PENALTY) out.push(countMsg('match.reason.dob_common', counts.birthDate()));
  if (s.levels.sex === 'differs') out.push(fixedMsg('match.reason.sex_differs'));
  if (s.levels.kpj === 'equal') out.push(fixedMsg('match.reason.kpj_equal'));
  else if (s.levels.kpj === 'differs') out.push(fixedMsg('match.reason.kpj_differs'));
  return out;
}

function explainName(w: PersonFeatures, p: PersonFeatures, s: ScoredPair): Message[] {
  const wn = w.source;
  const pn = p.source;
  switch (s.levels.name.level) {
    case 'exact': {
      // Most names carry no title: no set or list is built for them (one pair per roster row).
      if (wn.removed.length > 0 || pn.removed.length > 0) {
        const text = [...new Set([...wn.removed, ...pn.removed])].join("', '");
        return [sharedMsg('match.reason.name_titles_removed', text, { titles: text })];
      }
      if (wn.clean !== pn.clean) return [msg('match.reason.name_equal_normalized', { roster: wn.clean, bpjs: pn.clean })];
      return [fixedMsg('match.reason.name_equal')];
    }
    case 'equal_strong': {
      // Equal strong words, or the same words written apart on one side and joined on the other.
      if (w.strongKey !== p.strongKey) return joinedReasons(alignNames(w, p));
      const weakOf = (n: typeof wn) => n.tokens.filter((_, i) => n.weak[i] === true);
      const a = weakOf(wn);
      const b = weakOf(pn);
      const diff = [...multisetMinus(a, b), ...multisetMinus(b, a)];
      return [msg('match.reason.name_equal_except_weak', { tokens: (diff.length > 0 ? diff : [...a, ...b]).join(' ') })];
    }
    case 'initials': {
      const cut = cutReasons(alignNames(w, p));
      return cut.length > 0 ? cut : [msg('match.reason.name_initials', { roster: wn.clean, bpjs: pn.clean })];
    }
    case 'subset':
    case 'close':
    case 'partial': {
      const al = alignNames(w, p);
      const out: Message[] = [];
      for (const [a, b] of al.typos) out.push(msg('match.reason.name_typo', { roster: a, bpjs: b }));
      out.push(...joinedReasons(al), ...cutReasons(al));
      // What the names share: the equal words, and a word written joined on one side (as the roster writes it).
      // With nothing shared but typos, the typo reasons say it all ("share only –" said nothing).
      if (s.levels.name.level === 'partial') {
        const shared = [...al.common, ...al.joined.map(([roster]) => roster)];
        if (shared.length > 0) out.push(msg('match.reason.name_partial', { tokens: shared.join(' ') }));
        // The words left over may be one name spelt two ways (SAEPUDIN / SAIFUDIN): why no twins were assumed.
        if (al.unmatchedRoster.length > 0 && differOnlyInSpelling(w, p)) {
          out.push(msg('match.reason.name_spelling', { roster: al.unmatchedRoster.join(' '), bpjs: al.unmatchedBpjs.join(' ') }));
        }
      }
      else if (s.levels.name.level === 'subset') out.push(msg('match.reason.name_subset', { tokens: [...al.unmatchedRoster, ...al.unmatchedBpjs].join(' ') }));
      return out.length > 0 ? out : [msg('match.reason.name_differs', { roster: wn.clean, bpjs: pn.clean })];
    }
    case 'far':
      return [msg('match.reason.name_differs', { roster: wn.clean, bpjs: pn.clean })];
    case 'missing':
      return [fixedMsg('match.reason.name_missing')];
  }
}

function explainDate(w: PersonFeatures, p: PersonFeatures, s: ScoredPair): Message[] {
  const level = s.levels.birthDate;
  const a = w.birthDate !== 0 ? w.birthDate : w.nikBirthDate;
  const b = p.birthDate !== 0 ? p.birthDate : p.nikBirthDate;
  const params = () => ({ roster: unpackDate(a), bpjs: unpackDate(b) });
  switch (level) {
    case 'exact':
      if (s.levels.birthDateWeak && s.weights.birthDate === 0) return [];
      return [fixedMsg(s.levels.birthDateWeak ? 'match.reason.dob_equal_nik' : 'match.reason.dob_equal')];
    case 'swapped':
      return [msg('match.reason.dob_swapped', params())];
    case 'one_digit':
      return [msg('match.reason.dob_one_digit', params())];
    case 'year_off':
      return [msg('match.reason.dob_year_off', params())];
    case 'far':
      return [msg('match.reason.dob_differs', params())];
    case 'missing':
      return [fixedMsg('match.reason.dob_missing')];
  }
}

function joinedReasons(al: NameAlignment): Message[] {
  return al.joined.map(([a, b]) => msg('match.reason.name_joined', { roster: a, bpjs: b }));
}

function cutReasons(al: NameAlignment): Message[] {
  return al.cut.map(([a, b]) => msg('match.reason.name_cut', { roster: a, bpjs: b }));
}

/** The words of `a` left after taking out one per word of `b` ("RADEN RADEN" minus "RADEN" is "RADEN"). */
function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((t) => {
    const i = left.indexOf(t);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}
