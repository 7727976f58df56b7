import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import { fixedMsg, isSharedReasons, sharedReasons } from '../../../src/match/fixed-message.js';
import { reasonsText } from '../../../src/report/reasons-text.js';

const nik = fixedMsg('match.reason.nik_exact');
const name = fixedMsg('match.reason.name_equal');
const dob = fixedMsg('match.reason.dob_equal');

describe('reasonsText', () => {
  it('is the reasons translated and joined by "; ", in each language, for shared and unshared lists alike', () => {
    const shared = sharedReasons([nik, name, dob]);
    expect(isSharedReasons(shared)).toBe(true);
    const copy = [nik, name, dob];
    expect(isSharedReasons(copy)).toBe(false);
    for (const lang of ['id', 'en'] as const) {
      const expected = [nik, name, dob].map((r) => translate(lang, r)).join('; ');
      expect(reasonsText(lang, shared)).toBe(expected);
      // Again from the cache, and the same text for an equal list that is not shared.
      expect(reasonsText(lang, shared)).toBe(expected);
      expect(reasonsText(lang, copy)).toBe(expected);
    }
    expect(reasonsText('id', shared)).not.toBe(reasonsText('en', shared));
  });

  it('renders parameterised reasons with their parameters, and no reasons as an empty cell', () => {
    const typo = msg('match.reason.name_typo', { roster: 'AMINAH', bpjs: 'AMINA' });
    const list = sharedReasons([nik, typo]);
    expect(isSharedReasons(list)).toBe(false);
    expect(reasonsText('en', list)).toBe(`${translate('en', nik)}; ${translate('en', typo)}`);
    expect(reasonsText('en', list)).toContain('AMINA');
    expect(reasonsText('en', sharedReasons([]))).toBe('');
    expect(reasonsText('en', [])).toBe('');
  });
});
