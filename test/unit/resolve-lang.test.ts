import { describe, expect, it } from 'vitest';
import { parseLang, resolveLang } from '../../src/i18n/resolve-lang.js';

describe('resolveLang', () => {
  it('prefers the flag, then REKON_LANG, then the locale variables', () => {
    expect(resolveLang('en', { REKON_LANG: 'id' }, 'id-ID')).toBe('en');
    expect(resolveLang(undefined, { REKON_LANG: 'id', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('id');
    expect(resolveLang(undefined, { LANG: 'id_ID.UTF-8' }, 'en-US')).toBe('id');
    expect(resolveLang(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'id_ID.UTF-8' }, 'id-ID')).toBe('en');
    expect(resolveLang(undefined, { LANG: 'C' }, 'id-ID')).toBe('id');
    expect(resolveLang(undefined, {}, 'en-US')).toBe('en');
  });
  it('C and POSIX choose no language with or without an encoding (C.UTF-8 is Docker\'s default): Intl decides', () => {
    for (const c of ['C', 'C.UTF-8', 'C.utf8', 'POSIX']) {
      // POSIX precedence: LC_ALL set overrides LANG (exploratory repro 08d: LC_ALL=C in a cron job, LANG=id_ID).
      expect(resolveLang(undefined, { LC_ALL: c, LANG: 'id_ID.UTF-8' }, 'en-US'), c).toBe('en');
      expect(resolveLang(undefined, { LC_MESSAGES: c, LANG: 'id_ID.UTF-8' }, 'en-US'), c).toBe('en');
      expect(resolveLang(undefined, { LANG: c }, 'id-ID'), c).toBe('id');
      expect(resolveLang(undefined, { LANG: c }, 'en-US'), c).toBe('en');
    }
    // A locale merely starting with C is a locale.
    expect(resolveLang(undefined, { LANG: 'CS_CZ.UTF-8' }, 'id-ID')).toBe('en');
  });
  it('rejects an unknown --lang value', () => {
    expect(resolveLang('fr', {}, 'en-US')).toBeNull();
    expect(parseLang('Indonesian')).toBe('id');
  });
});
