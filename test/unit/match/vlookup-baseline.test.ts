import { describe, expect, it } from 'vitest';
import { vlookupBaseline } from '../../../src/match/vlookup-baseline.js';
import { makeParticipant, makeWorker } from './make-records.js';

describe('vlookupBaseline', () => {
  it('pairs exact NIK digits only, first BPJS row wins, not one-to-one', () => {
    const workers = [
      makeWorker(0, { nik: '3671015001900001', name: 'SITI AMINAH' }),
      makeWorker(1, { nik: '3671015001900001', name: 'ORANG LAIN' }),
      makeWorker(2, { nik: '3671015001900002', name: 'TYPO' }),
      makeWorker(3, { nik: null, name: 'TANPA NIK' }),
      makeWorker(4, { nik: "'3273012203850004", name: 'APOSTROF' }),
    ];
    const participants = [
      makeParticipant(0, { nik: '3273012203850004', name: 'BUDI' }),
      makeParticipant(1, { nik: '3671015001900001', name: 'SITI AMINAH' }),
      makeParticipant(2, { nik: '3671015001900001', name: 'SITI AMINAH (2)' }),
      makeParticipant(3, { nik: '3671015001900003', name: 'X' }),
    ];
    expect([...vlookupBaseline(workers, participants)]).toEqual([
      [0, 1],
      [1, 1],
      [4, 0],
    ]);
  });
});
