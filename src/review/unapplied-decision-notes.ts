import { msg, type Message } from '../i18n/message.js';
import { formatProvenance } from '../io/provenance.js';
import type { ManualNotApplied } from '../match/match-decision.js';
import { maskNik } from '../normalize/mask-nik.js';
import type { BpjsParticipant, Worker } from '../normalize/person-record.js';
import type { ManualDecision } from './manual-decision.js';
import { maskPersonKey } from './mask-person-key.js';

/**
 * The notes of a run with `--decisions`: how many apply, and for each that does not, why, naming the people
 * as the officer knows them (name, birth date, agency; the participant's KPJ, masked like a NIK) rather than
 * by their keys (`name:PRASETYO TEGUH|…` is the name's sorted comparison key). Exploratory round 4, repro 09:
 * every such decision read "one of the two is not in this data", also when both were there.
 */
export function unappliedDecisionNotes(decisions: readonly ManualDecision[], applied: readonly number[], notApplied: readonly ManualNotApplied[]): Message[] {
  if (decisions.length === 0) return [];
  const used = new Set(applied);
  const notes: Message[] = [msg('run.decisions_applied', { applied: used.size, total: decisions.length })];
  const why = new Map(notApplied.map((x) => [x.decision, x]));
  decisions.forEach((d, i) => {
    if (used.has(i)) return;
    const x = why.get(i);
    const params = { roster: rosterPerson(d), bpjs: bpjsPerson(d) };
    if (x === undefined) {
      notes.push(msg(`run.decision_unapplied.${d.decision}.roster_absent`, params));
      return;
    }
    // A NIK held by no participant of this export has no one to name.
    const kind = x.kind === 'nik_elsewhere' && x.participants.length === 0 ? 'nik_not_theirs' : x.kind;
    notes.push(msg(`run.decision_unapplied.${d.decision}.${kind}`, { ...params, rows: x.rows.map(rowShown).join('; '), participants: x.participants.map(participantShown).join('; '), count: x.rows.length + x.participants.length }));
  });
  return notes;
}

/** The roster person of a decision: name (birth date, agency) as its file shows them, else its key (NIK masked). */
function rosterPerson(d: ManualDecision): string {
  const name = d.shown?.rosterName ?? '';
  if (name === '') return maskPersonKey(d.roster);
  const more = [d.shown?.rosterBirthDate ?? '', d.rosterAgency ?? ''].filter((s) => s !== '');
  return more.length === 0 ? name : `${name} (${more.join(', ')})`;
}

function bpjsPerson(d: ManualDecision): string {
  const name = d.shown?.bpjsName ?? '';
  if (name === '') return maskPersonKey(d.bpjs);
  const kpj = d.shown?.bpjsKpj ?? '';
  return kpj === '' ? name : `${name} (KPJ ${maskNik(kpj)})`;
}

function rowShown(w: Worker): string {
  return `${w.name.original} (${[w.birthDate ?? '', w.agency, formatProvenance(w)].filter((s) => s !== '').join(', ')})`;
}

function participantShown(p: BpjsParticipant): string {
  return `${p.name.original} (${[p.kpj === null ? '' : `KPJ ${maskNik(p.kpj)}`, formatProvenance(p)].filter((s) => s !== '').join(', ')})`;
}
