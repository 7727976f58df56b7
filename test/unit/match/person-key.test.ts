import { describe, expect, it } from 'vitest';
import { personKey, personKeys } from '../../../src/match/person-key.js';
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
