import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/translate.js';
import { unappliedDecisionNotes } from '../../../src/review/unapplied-decision-notes.js';
import type { ManualDecision } from '../../../src/review/manual-decision.js';
import { makeParticipant, makeWorker } from '../match/make-records.js';

const shown = { rosterName: 'TEGUH PRASETYO', rosterBirthDate: '1990-06-15', bpjsName: 'TEGUH PRASETYO', bpjsKpj: '26010000011' };
const decision: ManualDecision = { roster: 'name:PRASETYO TEGUH|1990-06-15', bpjs: 'nik:3201011506900011', decision: 'accept', rosterAgency: 'SATPOL PP', shown };
const rows = [
  makeWorker(0, { nik: null, name: 'TEGUH PRASETYO', birthDate: '1990-06-15', agency: 'DINAS PERHUBUNGAN' }),
  makeWorker(1, { nik: null, name: 'TEGUH PRASETYO', birthDate: '1990-06-15', agency: 'SATPOL PP' }),
];

describe('notes of decisions that do not apply', () => {
  it('name the people as the file shows them, the decision word in the run language, and the rows a key fits', () => {
    const notes = unappliedDecisionNotes([decision], [], [{ decision: 0, kind: 'roster_ambiguous', rows, participants: [] }]);
    expect(translate('en', notes[0]!)).toBe('review decisions: 0 of 1 apply');
    const en = translate('en', notes[1]!);
    expect(en).toBe(
      'decision accept TEGUH PRASETYO (1990-06-15, SATPOL PP) ↔ TEGUH PRASETYO (KPJ 26*******11) not used: that name and birth date fit 2 roster rows ' +
        '(TEGUH PRASETYO (1990-06-15, DINAS PERHUBUNGAN, roster.xlsx [DINAS]:2); TEGUH PRASETYO (1990-06-15, SATPOL PP, roster.xlsx [DINAS]:3)) ' +
        'and the agency does not tell which one it was taken for; those rows are matched again (review)',
    );
    const id = translate('id', notes[1]!);
    expect(id).toMatch(/^keputusan terima TEGUH PRASETYO \(1990-06-15, SATPOL PP\) ↔ /);
    expect(id).not.toMatch(/accept|name:/);
  });

  it('fall back on the keys (NIK masked) when the file does not show the people', () => {
    const bare: ManualDecision = { roster: 'nik:3201010708880004', bpjs: 'nik:1204010708880099', decision: 'reject' };
    const [, note] = unappliedDecisionNotes([bare], [], [{ decision: 0, kind: 'roster_absent', rows: [], participants: [] }]);
    expect(translate('en', note!)).toBe('decision reject nik:3201********0004 ↔ nik:1204********0099 no longer applies: that person is not on these rosters');
  });

  it('a NIK filled in since: names whose NIK it is, or says only that it is not the participant\'s', () => {
    const row = makeWorker(1, { nik: '3201021506900012', name: 'TEGUH PRASETYO', birthDate: '1990-06-15', agency: 'SATPOL PP' });
    const holder = makeParticipant(1, { nik: '3201021506900012', name: 'TEGUH PRASETYO', birthDate: '1990-06-15', kpj: '26010000012' });
    const [, named] = unappliedDecisionNotes([decision], [], [{ decision: 0, kind: 'nik_elsewhere', rows: [row], participants: [holder] }]);
    expect(translate('en', named!)).toContain("is not that participant's but the NIK of TEGUH PRASETYO (KPJ 26*******12, ");
    const [, alone] = unappliedDecisionNotes([decision], [], [{ decision: 0, kind: 'nik_elsewhere', rows: [row], participants: [] }]);
    expect(alone!.code).toBe('run.decision_unapplied.accept.nik_not_theirs');
    expect(translate('id', alone!)).toMatch(/bukan NIK peserta itu\. Periksa/);
  });

  it('say nothing without decisions, only the count when all apply', () => {
    expect(unappliedDecisionNotes([], [], [])).toEqual([]);
    expect(unappliedDecisionNotes([decision], [0], []).map((m) => m.code)).toEqual(['run.decisions_applied']);
  });
});
