import { describe, expect, it } from 'vitest';
import { agenciesByNameKey, agencyNameKey, personKey, personKeys, rosterPersonKeys, rosterReviewKey } from '../../../src/match/person-key.js';
import { parseNik } from '../../../src/normalize/nik.js';
import { normalizeName } from '../../../src/normalize/name.js';

const rec = (nik: string, name: string, birthDate: string | null) => ({ nik: parseNik(nik, { referenceYear: 2026 }), name: normalizeName(name), birthDate });

describe('personKey', () => {
  it('is the NIK when valid, whatever the name or row', () => {
    expect(personKey(rec('3273014501900001', 'Hj. SITI AMINAH, S.Pd', '1990-01-05'))).toBe('nik:3273014501900001');
    expect(personKey(rec("'3273 0145 0190 0001", 'siti aminah', null))).toBe('nik:3273014501900001');
  });
  it('falls back to the name key and birth date, insensitive to titles and old spellings', () => {
    const a = personKey(rec('', 'DJOKO SOEPRIJADI', '1970-02-03'));
    expect(a).not.toBeNull();
    expect(personKey(rec('-', 'Drs. Joko Supriyadi', '1970-02-03'))).toBe(a);
    expect(personKey(rec('', 'JOKO SUPRIYADI', '1970-02-04'))).not.toBe(a);
  });
  it('is null without a valid NIK and without a birth date', () => {
    expect(personKey(rec('3.27301E+15', 'SITI AMINAH', null))).toBeNull();
  });
});

describe('personKeys', () => {
  it('lists the NIK key and the name + birth-date key, so a decision survives a NIK filled in later', () => {
    const before = personKey(rec('', 'SRI MULYANI', '1987-04-11'));
    const after = rec('3279025104870308', 'SRI MULYANI', '1987-04-11');
    expect(personKeys(after)).toEqual(['nik:3279025104870308', before]);
    expect(personKeys(rec('', 'SRI MULYANI', null))).toEqual([]);
  });
});

const inAgency = (nik: string, name: string, birthDate: string | null, agency: string) => ({ ...rec(nik, name, birthDate), agency });

describe('agency-narrowed name keys (two NIK-less namesakes in two agencies)', () => {
  it('rosterPersonKeys adds the name key narrowed to the agency key (case and spaces do not matter)', () => {
    const w = inAgency('', 'Siti Aminah', '1990-05-20', 'upt  panti');
    const name = personKey(w)!;
    expect(rosterPersonKeys(w)).toEqual([name, agencyNameKey(name, 'UPT PANTI')]);
    expect(agencyNameKey(name, 'upt  panti')).toBe(`${name}|opd:UPT PANTI`);
    const withNik = inAgency('3273014505900041', 'SITI AMINAH', '1990-05-20', 'DINSOS');
    expect(rosterPersonKeys(withNik)).toEqual(['nik:3273014505900041', name, `${name}|opd:DINSOS`]);
    expect(rosterPersonKeys(inAgency('3273014505900041', 'SITI AMINAH', null, 'DINSOS'))).toEqual(['nik:3273014505900041']);
  });

  it('rosterReviewKey narrows a name key only when another agency has a row with that key', () => {
    const a = inAgency('', 'SITI AMINAH', '1990-05-20', 'UPT PANTI');
    const b = inAgency('-', 'Hj. Siti Aminah', '1990-05-20', 'Dinsos');
    const c = inAgency('', 'SITI AMINAH', '1990-05-20', 'upt panti');
    const other = inAgency('', 'SITI AMINAH', '1990-05-21', 'DINKES');
    const name = personKey(a)!;
    const both = agenciesByNameKey([a, b, c, other], new Set([name]));
    expect([...both.keys()]).toEqual([name]);
    expect([...both.get(name)!]).toEqual(['UPT PANTI', 'DINSOS']);
    expect(rosterReviewKey(a, both)).toBe(`${name}|opd:UPT PANTI`);
    expect(rosterReviewKey(b, both)).toBe(`${name}|opd:DINSOS`);
    // One agency only (a listed twice there is a duplicate, not two people): the plain key.
    const one = agenciesByNameKey([a, c, other], new Set([name]));
    expect(rosterReviewKey(a, one)).toBe(name);
    // A row with a valid NIK keeps its NIK key; one without a birth date has none.
    expect(rosterReviewKey(inAgency('3273014505900041', 'SITI AMINAH', '1990-05-20', 'X'), both)).toBe('nik:3273014505900041');
    expect(rosterReviewKey(inAgency('', 'SITI AMINAH', null, 'X'), both)).toBeNull();
  });

  it('agenciesByNameKey counts rows with a NIK too (a decision names a row by any of its keys) and only wanted keys', () => {
    const a = inAgency('', 'SITI AMINAH', '1990-05-20', 'UPT PANTI');
    const withNik = inAgency('3273014505900041', 'SITI AMINAH', '1990-05-20', 'DINSOS');
    const name = personKey(a)!;
    expect([...agenciesByNameKey([a, withNik], new Set([name])).get(name)!]).toEqual(['UPT PANTI', 'DINSOS']);
    expect(agenciesByNameKey([a, withNik], new Set()).size).toBe(0);
    expect(agenciesByNameKey([a, withNik], new Set([personKey(inAgency('', 'BUDI', '1990-05-20', 'X'))!])).size).toBe(0);
  });
});
