import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/i18n/message.js';
import { fixedMsg, sharedMsg, sharedReasons } from '../../../src/match/fixed-message.js';

describe('fixedMsg', () => {
  it('gives one frozen message per code', () => {
    const a = fixedMsg('match.reason.nik_exact');
    expect(fixedMsg('match.reason.nik_exact')).toBe(a);
    expect(a).toEqual(msg('match.reason.nik_exact'));
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('sharedReasons', () => {
  const nik = fixedMsg('match.reason.nik_exact');
  const name = fixedMsg('match.reason.name_equal');
  const dob = fixedMsg('match.reason.dob_equal');

  it('shares one frozen copy of a list of fixed messages, whatever array it is given in', () => {
    const first = sharedReasons([nik, name, dob]);
    const again = sharedReasons([nik, name].concat([dob]));
    expect(again).toBe(first);
    expect(first).toEqual([nik, name, dob]);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps lists apart by order and by length', () => {
    const abc = sharedReasons([nik, name, dob]);
    expect(sharedReasons([name, nik, dob])).not.toBe(abc);
    expect(sharedReasons([name, nik, dob])).toEqual([name, nik, dob]);
    expect(sharedReasons([nik, name])).toEqual([nik, name]);
    expect(sharedReasons([nik, name])).not.toBe(abc);
    expect(sharedReasons([])).toEqual([]);
  });

  it('returns a list with a parameterised message as it is', () => {
    const typo = msg('match.reason.name_typo', { roster: 'AMINAH', bpjs: 'AMINA' });
    const list = [nik, typo, dob];
    expect(sharedReasons(list)).toBe(list);
    // An equal-looking message that is not the shared fixed one is not shared either.
    const lookalike = [msg('match.reason.nik_exact'), name];
    expect(sharedReasons(lookalike)).toBe(lookalike);
  });
});

describe('sharedMsg', () => {
  it('gives one frozen message per code and key, equal to the plain message', () => {
    const a = sharedMsg('match.reason.name_common', 7, { count: 7 });
    expect(sharedMsg('match.reason.name_common', 7, { count: 7 })).toBe(a);
    expect(a).toEqual(msg('match.reason.name_common', { count: 7 }));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.params)).toBe(true);
    expect(sharedMsg('match.reason.name_common', 8, { count: 8 })).not.toBe(a);
    expect(sharedMsg('match.reason.dob_common', 7, { count: 7 })).not.toBe(a);
  });

  it('lists of shared messages with parameters are shared too', () => {
    const nik = fixedMsg('match.reason.nik_exact');
    const titles = sharedMsg('match.reason.name_titles_removed', 'S.Pd', { titles: 'S.Pd' });
    const first = sharedReasons([nik, titles, fixedMsg('match.reason.dob_equal')]);
    expect(sharedReasons([nik, sharedMsg('match.reason.name_titles_removed', 'S.Pd', { titles: 'S.Pd' }), fixedMsg('match.reason.dob_equal')])).toBe(first);
    // The same text as a plain message is not shared.
    const plain = [nik, msg('match.reason.name_titles_removed', { titles: 'S.Pd' })];
    expect(sharedReasons(plain)).toBe(plain);
  });
});
