import { describe, expect, it } from 'vitest';
import { queryBirthDateNameKeys, rosterBirthDateNameKeys } from '../../../src/match/blocking-rules.js';
import { personFeatures } from '../../../src/match/person-features.js';
import { makeParticipant, makeWorker } from './make-records.js';

const keysOf = (emitKeys: (emit: (h1: number, h2: number) => void) => void): string[] => {
  const out: string[] = [];
  emitKeys((h1, h2) => out.push(`${h1}:${h2}`));
  return out;
};

describe('birth_date_name keys of names written apart or joined', () => {
  it('a BPJS name written apart finds a roster name written joined, and the other way round', () => {
    for (const [roster, bpjs] of [['NURHAYATI', 'NUR HAYATI'], ['NUR HAYATI', 'NURHAYATI'], ['ABDURROUF', 'ABDUL ROUF'], ['ABDUL ROUF', 'ABDURROUF'], ['SRI UTAMI', 'SRIUTAMI'], ['NUR HIDAYAT', 'NURHIDAYAT'], ['MUHAMMAD RIZKI', 'MUHAMMADRIZKI']] as const) {
      const w = personFeatures(makeWorker(0, { nik: null, name: roster, birthDate: '1993-04-01' }));
      const p = personFeatures(makeParticipant(0, { nik: null, name: bpjs, birthDate: '1993-04-01' }));
      const rosterKeys = new Set(keysOf((emit) => rosterBirthDateNameKeys(w, emit)));
      expect(keysOf((emit) => queryBirthDateNameKeys(p, emit)).some((k) => rosterKeys.has(k)), `${roster} / ${bpjs}`).toBe(true);
    }
  });

  it('stays a few look-ups per record for hostile names', () => {
    const long = personFeatures(makeParticipant(0, { nik: null, name: 'A'.repeat(60), birthDate: '1993-04-01' }));
    // One date (no NIK) and its day/month swap: 2 × (the word + at most 6 first parts).
    expect(keysOf((emit) => queryBirthDateNameKeys(long, emit)).length).toBeLessThanOrEqual(2 * 7);
    const words = Array.from({ length: 30 }, (_, i) => `NAMA${String.fromCharCode(65 + (i % 26))}${i}`).join(' ');
    const many = personFeatures(makeParticipant(0, { nik: null, name: words, birthDate: '1993-04-01' }));
    expect(keysOf((emit) => queryBirthDateNameKeys(many, emit)).length).toBeLessThanOrEqual(2 * (30 + 3));
  });
});

describe('birth_date_name keys of a roster row whose birth-date column and NIK disagree', () => {
  // NIK 3273014504930001: born 05-04-1993 (day 45 = woman, 5th).
  const roster = personFeatures(makeWorker(0, { nik: '3273014504930001', name: 'SITI RAHAYU', birthDate: '1993-04-15' }));
  const rosterKeys = new Set(keysOf((emit) => rosterBirthDateNameKeys(roster, emit)));
  const found = (birthDate: string): boolean =>
    keysOf((emit) => queryBirthDateNameKeys(personFeatures(makeParticipant(0, { nik: null, name: 'SITI RAHAYU', birthDate })), emit)).some((k) => rosterKeys.has(k));

  it('are found by either date: the column may be the one mistyped', () => {
    expect(found('1993-04-15')).toBe(true);
    expect(found('1993-04-05')).toBe(true);
    expect(found('1993-04-25')).toBe(false);
  });

  it('cost no extra key when the two agree', () => {
    const agreeing = personFeatures(makeWorker(0, { nik: '3273014504930001', name: 'SITI RAHAYU', birthDate: '1993-04-05' }));
    expect(keysOf((emit) => rosterBirthDateNameKeys(agreeing, emit))).toHaveLength(2);
    expect(rosterKeys.size).toBe(4);
  });
});
