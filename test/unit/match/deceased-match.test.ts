import { describe, expect, it } from 'vitest';
import { deceasedMatchProblems, matchedDeceased } from '../../../src/match/deceased-match.js';
import type { WorkerDecision } from '../../../src/match/match-decision.js';
import { translate } from '../../../src/i18n/translate.js';
import { decision, participant, worker } from '../budget/budget-fixtures.js';

// Exploratory round 4, C06: a roster worker matched to a participant BPJS records as dead ("Meninggal") was only
// `inactive`, budgeted to reactivate, with no data problem. Synthetic records.
function matched(status: 'inactive' | 'registered' | 'duplicate', raw: string | null): WorkerDecision {
  const w = { ...worker(0, 'SATPOL PP', 2_000_000), file: 'roster.csv', sheet: '', row: 2 };
  return { ...decision(w, status), bpjs: { ...participant(0, 2_000_000), row: 5, status: status === 'registered' ? 'active' : 'inactive', statusRaw: raw } };
}

describe('deceasedMatchProblems', () => {
  it('raises bpjs_deceased on the roster row, naming the BPJS row and its status word', () => {
    const [p, ...rest] = deceasedMatchProblems([matched('inactive', 'Meninggal Dunia')]);
    expect(rest).toEqual([]);
    expect(p?.kind).toBe('bpjs_deceased');
    expect(p?.at).toEqual({ file: 'roster.csv', sheet: '', row: 2 });
    expect(translate('en', p!.detail)).toContain('("Meninggal Dunia", bpjs.csv:5)');
    expect(translate('id', p!.detail)).toContain('("Meninggal Dunia", bpjs.csv:5)');
  });

  it('leaves lapses, leavers, active matches and duplicates alone', () => {
    const none = [matched('inactive', 'NON AKTIF'), matched('inactive', 'KELUAR'), matched('inactive', null), matched('registered', 'AKTIF'), matched('duplicate', 'Meninggal')];
    expect(deceasedMatchProblems(none)).toEqual([]);
    expect(none.map(matchedDeceased)).toEqual([false, false, false, false, false]);
  });
});
