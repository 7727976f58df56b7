import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/i18n/message.js';
import { fixedMsg, sharedReasons } from '../../../src/match/fixed-message.js';

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
