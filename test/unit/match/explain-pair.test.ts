import { describe, expect, it } from 'vitest';
import { explainPair } from '../../../src/match/explain-pair.js';
import { sharedReasons } from '../../../src/match/fixed-message.js';
import { createMatchFrequencyCounter } from '../../../src/match/frequency-table.js';
import { personFeatures } from '../../../src/match/person-features.js';
import { rosterPenalties, scorePair } from '../../../src/match/score-pair.js';
import { makeParticipant, makeWorker, type RecordSpec } from './make-records.js';
import { pairReasons } from './pair-scores.js';

// A shared word (SETIAWAN) on many other roster rows, each of them a different name found once.
const others: RecordSpec[] = Array.from({ length: 40 }, (_, i) => ({
  nik: null,
  name: `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}NTO SETIAWAN`,
  birthDate: `19${50 + i}-02-03`,
}));

describe('explainPair: a common name', () => {
  it('quotes how often the whole name occurs when the names are equal', () => {
    const namesakes: RecordSpec[] = Array.from({ length: 40 }, (_, i) => ({ nik: null, name: 'AGUS SETIAWAN', birthDate: `19${50 + i}-02-03` }));
    const fillers: RecordSpec[] = Array.from({ length: 40 }, (_, i) => ({ nik: null, name: `${String.fromCharCode(65 + (i % 26))}Q WARGA${i}`, birthDate: '1999-09-09' }));
    const { codes, params } = pairReasons({ nik: null, name: 'AGUS SETIAWAN', birthDate: '1988-04-05' }, { nik: null, name: 'AGUS SETIAWAN', birthDate: '1988-04-05' }, [...namesakes, ...fillers]);
    const at = codes.indexOf('match.reason.name_common');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(params[at]).toEqual({ count: 41 });
    expect(codes).not.toContain('match.reason.name_words_common');
  });

  it('says the shared words are common, not the whole name, when the names only partly agree', () => {
    const { codes } = pairReasons({ nik: null, name: 'JOKO SETIAWAN', birthDate: '1988-04-05' }, { nik: null, name: 'JOKI SETIAWAN', birthDate: '1988-04-05' }, others);
    expect(codes).not.toContain('match.reason.name_common');
    expect(codes).toContain('match.reason.name_words_common');
  });
});

describe('explainPair: how the names were lined up', () => {
  it('names the words written apart and joined', () => {
    const { codes, params } = pairReasons({ nik: null, name: 'SITI NUR HAYATI' }, { nik: null, name: 'SITI NURHAYATI' }, []);
    const at = codes.indexOf('match.reason.name_joined');
    expect(params[at]).toEqual({ roster: 'NUR HAYATI', bpjs: 'NURHAYATI' });
    expect(codes).not.toContain('match.reason.name_equal_except_weak');
  });

  it('names words that may be one name spelt two ways, and only those', () => {
    const { codes, params } = pairReasons({ nik: null, name: 'NURHAYATI SAEPUDIN' }, { nik: null, name: 'NURHAYATI SAIFUDIN' }, []);
    const at = codes.indexOf('match.reason.name_spelling');
    expect(params[at]).toEqual({ roster: 'SAEPUDIN', bpjs: 'SAIFUDIN' });
    expect(codes).toContain('match.reason.name_partial');
    // Two different given names are not called a spelling.
    expect(pairReasons({ nik: null, name: 'SITI AMINAH' }, { nik: null, name: 'SITI RAHMA' }, []).codes).not.toContain('match.reason.name_spelling');
  });

  it('names the word where the BPJS name was cut off', () => {
    const { codes, params } = pairReasons({ nik: null, name: 'HUSEN FEBRIANSYAH SETIAWAN' }, { nik: null, name: 'HUSEN FEBRIANSYAH SETI' }, []);
    const at = codes.indexOf('match.reason.name_cut');
    expect(params[at]).toEqual({ roster: 'SETIAWAN', bpjs: 'SETI' });
    expect(codes).not.toContain('match.reason.name_initials');
  });

  it('names a NIK two digits off by both positions', () => {
    const { codes, params } = pairReasons({ nik: '7341010485900035', name: 'TAUFIK HUSNA' }, { nik: '7371010405900035', name: 'TAUFIK HUSNA' }, []);
    expect(codes[0]).toBe('match.reason.nik_two_digits');
    expect(params[0]).toEqual({ position: 3, second: 9 });
  });

  it('says when a pair looks like twins', () => {
    const { codes } = pairReasons({ nik: '9401016403700001', name: 'LESTARI YULIANTI', birthDate: '1970-03-24' }, { nik: '9401016403700002', name: 'AISYAH YULIANTI', birthDate: '1970-03-24' }, []);
    expect(codes).toContain('match.reason.looks_like_siblings');
    expect(pairReasons({ nik: '9401016403700001', name: 'AISYAH YULIANTI' }, { nik: '9401016403700002', name: 'AISYAH YULIANTI' }, []).codes).not.toContain('match.reason.looks_like_siblings');
  });
});

describe('explainPair: repeated reasons are shared', () => {
  it('two pairs with the same title removed get the same message, and the same list of reasons', () => {
    const explain = (i: number) => {
      const w = makeWorker(i, { nik: null, name: 'Drs. BUDI SANTOSO', birthDate: '1970-01-0' + String(i + 1) });
      const p = makeParticipant(i, { nik: null, name: 'BUDI SANTOSO', birthDate: '1970-01-0' + String(i + 1) });
      const wf = [personFeatures(w)];
      const counter = createMatchFrequencyCounter();
      counter.add(wf[0]!);
      const freq = counter.tables();
      const pf = personFeatures(p);
      const s = scorePair(wf[0]!, w.nik, pf, p.nik, freq, rosterPenalties(wf, freq), 0);
      return sharedReasons(explainPair(wf[0]!, pf, s, { name: () => 1, birthDate: () => 1 }));
    };
    const a = explain(0);
    const b = explain(1);
    expect(a.map((m) => m.code)).toContain('match.reason.name_titles_removed');
    expect(b).toBe(a);
  });
});
