import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/translate.js';

describe('translate', () => {
  it('returns a text without placeholders as it is, in either language', () => {
    expect(translate('en', { code: 'match.reason.nik_exact' })).toBe('same NIK');
    expect(translate('id', { code: 'match.reason.nik_exact', params: { unused: 1 } })).toBe('NIK sama');
  });

  it('fills placeholders, and leaves one without a value visible', () => {
    const text = translate('en', { code: 'match.reason.name_common', params: { count: 42 } });
    expect(text).toContain('42');
    expect(text).not.toContain('{count}');
    expect(translate('en', { code: 'match.reason.name_common' })).toContain('{count}');
  });

  it('falls back to the code and its parameters for an unknown code', () => {
    expect(translate('en', { code: 'no.such.code', params: { a: 1 } })).toBe('no.such.code (a=1)');
    expect(translate('id', { code: 'no.such.code' })).toBe('no.such.code');
  });
});
