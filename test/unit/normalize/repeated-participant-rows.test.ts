import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/translate.js';
import { RepeatedParticipantRows } from '../../../src/normalize/repeated-participant-rows.js';
import { makeParticipant } from '../match/make-records.js';

// Exploratory round 4, C08: a BPJS export row repeated (overlapping downloads: same KPJ, NIK, name, birth date) was
// reported as a second registration "to close", and a BPJS-only person was listed twice. Synthetic NIKs.
const UJANG = { kpj: '26010000021', nik: '3201011111910021', name: 'UJANG SUPRIATNA', birthDate: '1991-11-11' };
const KOKOM = { kpj: '26010000031', nik: '3201012010900031', name: 'KOKOM KOMALASARI', birthDate: '1990-10-20' };

describe('RepeatedParticipantRows', () => {
  it('reads a repeated row once, with a problem on the repeat naming the first row', () => {
    const r = new RepeatedParticipantRows();
    const rows = [makeParticipant(0, UJANG), makeParticipant(1, KOKOM), makeParticipant(2, UJANG)];
    expect(r.drop(rows).map((p) => p.seq)).toEqual([0, 1]);
    // Across batches (and files): the copies are often in two downloads.
    expect(r.drop([{ ...makeParticipant(3, KOKOM), file: 'bpjs (susulan).csv' }]).map((p) => p.seq)).toEqual([]);
    expect(r.problems.map((p) => [p.kind, p.at.file, p.at.row])).toEqual([
      ['bpjs_row_repeated', 'bpjs.csv', 4],
      ['bpjs_row_repeated', 'bpjs (susulan).csv', 5],
    ]);
    expect(translate('en', r.problems[0]!.detail)).toBe('this row repeats bpjs.csv:2 (KPJ 26010000021, same NIK, name and birth date): one participant, read once — overlapping downloads?');
    expect(translate('id', r.problems[1]!.detail)).toContain('mengulang bpjs.csv:3 (KPJ 26010000031');
  });

  it('keeps a second registration (another KPJ), a namesake, and rows without a KPJ', () => {
    const r = new RepeatedParticipantRows();
    const rows = [
      makeParticipant(0, UJANG),
      makeParticipant(1, { ...UJANG, kpj: '26010000099' }), // same person, another KPJ: a real second registration
      makeParticipant(2, { ...UJANG, birthDate: '1991-11-12' }),
      makeParticipant(3, { ...UJANG, name: 'UJANG SUPRIADI' }),
      makeParticipant(4, { ...KOKOM, kpj: null }),
      makeParticipant(5, { ...KOKOM, kpj: null }),
    ];
    const batch = r.drop(rows);
    expect(batch).toBe(rows); // nothing dropped: the batch itself, not a copy
    expect(r.problems).toEqual([]);
  });

  it('remembers thousands of KPJs (the tables grow) and names the right first row for each repeat', () => {
    const r = new RepeatedParticipantRows();
    const people = Array.from({ length: 3000 }, (_, i) => makeParticipant(i, { ...UJANG, kpj: String(26010000000 + i) }));
    expect(r.drop(people)).toBe(people);
    const again = Array.from({ length: 3000 }, (_, i) => ({ ...makeParticipant(3000 + i, { ...UJANG, kpj: String(26010000000 + i) }), file: 'bpjs-2.csv', sheet: 'TK' }));
    expect(r.drop(again)).toEqual([]);
    expect(r.problems).toHaveLength(3000);
    expect(translate('en', r.problems[2999]!.detail)).toContain('repeats bpjs.csv:3001 (KPJ 26010002999');
    expect(r.problems[2999]!.at).toEqual({ file: 'bpjs-2.csv', sheet: 'TK', row: 6001 });
  });

  it('lists at most maxProblems repeats and counts the rest, still dropping every one', () => {
    const r = new RepeatedParticipantRows(2);
    const rows = Array.from({ length: 6 }, (_, i) => makeParticipant(i, UJANG));
    expect(r.drop(rows).map((p) => p.seq)).toEqual([0]);
    expect(r.problems.map((p) => p.at.row)).toEqual([3, 4]);
    expect(r.dropped).toBe(3);
  });
});
