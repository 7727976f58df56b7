import { describe, expect, it } from 'vitest';
import { createMatchFrequencyCounter, frequencyPenalty } from '../../../src/match/frequency-table.js';
import { MAX_NAME_FREQUENCY_PENALTY } from '../../../src/match/comparison-level.js';
import { personFeatures } from '../../../src/match/person-features.js';
import { rosterPenalties } from '../../../src/match/score-pair.js';
import { makeWorker, type RecordSpec } from './make-records.js';
import { pairScores } from './pair-scores.js';

const BUDI = '3273012203850004';
const base: RecordSpec = { nik: BUDI, name: 'BUDI SANTOSO', birthDate: '1985-03-22', sex: 'M' };

function score(roster: RecordSpec, bpjs: RecordSpec, others: RecordSpec[] = []): number {
  return pairScores(roster, bpjs, -Infinity, others).full;
}

describe('scorePair monotonicity: a better level never lowers the score', () => {
  it('NIK: exact > damaged prefix > one substitution = transposition > missing > two substitutions > far', () => {
    const s = (nik: RecordSpec['nik']) => score({ ...base, nik }, base);
    const exact = s(BUDI);
    const prefix = s({ excel: '3273012203850000' });
    const sub = s('3273012203850094');
    const trans = s('3273012230850004');
    const missing = s(null);
    const two = s('3273012203851094');
    // Unrelated, but encoding the row's own birth date (a NIK that does not is set aside, as missing).
    const far = s('3578012203851727');
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(sub);
    expect(sub).toBe(trans);
    expect(sub).toBeGreaterThan(missing);
    expect(missing).toBeGreaterThan(two);
    expect(two).toBeGreaterThan(far);
    expect(s('3578012809881727')).toBe(missing);
  });

  it('name: exact > equal_strong > subset = close > partial > far', () => {
    const s = (name: string, bpjs = 'BUDI SANTOSO') => score({ ...base, nik: null, name }, { ...base, name: bpjs });
    const [exact, equalStrong, subset, close, partial, far] = [
      s('BUDI SANTOSO'),
      s('BUDI SANTOSO BIN AHMAD'),
      s('BUDI SANTOSO', 'BUDI SANTOSO ADI'),
      s('BUDI SANTOSA'),
      s('AGUS SANTOSO'),
      s('BAMBANG SUGIHARTO'),
    ];
    expect(exact).toBeGreaterThan(equalStrong!);
    expect(equalStrong).toBeGreaterThan(subset!);
    expect(subset).toBe(close);
    expect(close).toBeGreaterThan(partial!);
    expect(partial).toBeGreaterThan(far!);
  });

  it('birth date: exact > swapped = one digit > year off > missing > far', () => {
    const s = (birthDate: string | null) => score({ ...base, nik: null, birthDate }, { ...base, birthDate: '1985-03-12' });
    const exact = s('1985-03-12');
    const swapped = s('1985-12-03');
    const digit = s('1985-03-13');
    const year = s('1979-03-12');
    const missing = s(null);
    const far = s('1962-11-30');
    expect(exact).toBeGreaterThan(swapped);
    expect(swapped).toBe(digit);
    expect(digit).toBeGreaterThan(year);
    expect(year).toBeGreaterThanOrEqual(missing);
    expect(missing).toBeGreaterThan(far);
  });

  it('a common name proves less than a rare one', () => {
    const rare = score({ ...base, nik: null }, base);
    const namesakes = Array.from({ length: 20 }, (_, i) => ({ nik: null, name: 'BUDI SANTOSO', birthDate: `19${60 + i}-01-01` }));
    const others = Array.from({ length: 20 }, (_, i) => ({ nik: null, name: `PERSON ${String.fromCharCode(65 + i)}X`, birthDate: '1970-01-01' }));
    const common = score({ ...base, nik: null }, base, [...namesakes, ...others]);
    expect(common).toBeLessThan(rare);
  });

  it('a common birth date proves less than a rare one', () => {
    const rare = score({ ...base, nik: null }, base);
    const sameDay = Array.from({ length: 30 }, (_, i) => ({ nik: null, name: `ORANG ${String.fromCharCode(65 + i)}Z`, birthDate: '1985-03-22' }));
    const spread = Array.from({ length: 30 }, (_, i) => ({ nik: null, name: `WARGA ${String.fromCharCode(65 + i)}Y`, birthDate: `19${50 + i}-06-15` }));
    expect(score({ ...base, nik: null }, base, [...sameDay, ...spread])).toBeLessThan(rare);
  });

  it('the NIK birth date alone is weak evidence', () => {
    const column = score({ ...base, nik: null }, base);
    const nikOnly = score({ ...base, nik: null }, { ...base, birthDate: null });
    expect(column).toBeGreaterThan(nikOnly);
  });
});

describe('frequencyPenalty', () => {
  const cases = [
    { description: 'average value', count: 1, mean: 1, expected: 0 },
    { description: 'twice the mean is free', count: 2, mean: 1, expected: 0 },
    { description: 'eight times the mean', count: 8, mean: 1, expected: 2 },
    { description: 'capped', count: 1024, mean: 1, expected: 3 },
    { description: 'unseen value', count: 0, mean: 1, expected: 0 },
  ];
  it.each(cases)('$description', ({ count, mean, expected }) => {
    expect(frequencyPenalty(count, mean, 3)).toBeCloseTo(expected, 6);
  });
});

describe('rosterPenalties', () => {
  it('penalizes the rows of a common name and a common birth date, not the rare ones', () => {
    // 12 SITI AMINAH born 1990-01-01 and 12 people with a name and a date of their own.
    const specs: RecordSpec[] = [
      ...Array.from({ length: 12 }, () => ({ nik: null, name: 'SITI AMINAH', birthDate: '1990-01-01' })),
      ...Array.from({ length: 12 }, (_, i) => ({ nik: null, name: `BUDI NAMA${String.fromCharCode(65 + i)}`, birthDate: `1980-02-${String(i + 1).padStart(2, '0')}` })),
    ];
    const wf = specs.map((s, i) => personFeatures(makeWorker(i, s)));
    const counter = createMatchFrequencyCounter();
    for (const f of wf) counter.add(f);
    const freq = counter.tables();
    const pens = rosterPenalties(wf, freq);
    expect(pens.name[0]).toBeCloseTo(frequencyPenalty(12, freq.names.mean, MAX_NAME_FREQUENCY_PENALTY), 9);
    expect(pens.name[0]).toBeGreaterThan(0);
    expect(pens.birthDate[0]).toBeGreaterThan(0);
    expect(pens.name[12]).toBe(0);
    expect(pens.birthDate[12]).toBe(0);
    // The caller's own counts win over the table's.
    expect(rosterPenalties(wf, freq, () => 1).name[0]).toBe(0);
  });
});

describe('scorePairAtLeast', () => {
  const both = (roster: RecordSpec, bpjs: RecordSpec, floor: number) => pairScores(roster, bpjs, floor);

  it('gives up before the names when the NIK and the birth date already rule the pair out', () => {
    // Same name, but another person's NIK and another birth date: even an exact name cannot lift it to 6.
    const r = both(base, { ...base, nik: '3578012809881727', birthDate: '1988-09-28' }, 6);
    expect(r.bounded).toBeNull();
    expect(r.full).toBeLessThan(6);
  });

  it('scores exactly like scorePair when the pair may reach the floor', () => {
    const r = both(base, { ...base, name: 'BUDI SANTOSA' }, 6);
    expect(r.bounded).toBe(r.full);
    expect(r.full).toBeGreaterThanOrEqual(6);
  });

  it('with no floor, scores every pair like scorePair', () => {
    const r = both(base, { ...base, nik: '3578012809881727', birthDate: '1988-09-28' }, -Infinity);
    expect(r.bounded).toBe(r.full);
  });
});
