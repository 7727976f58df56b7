import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n/catalogs.js';
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

  it('uses the English singular when the count is 1, and no other time (Indonesian has one form)', () => {
    expect(translate('en', { code: 'summary.problems', params: { count: '1' } })).toBe('1 data problem found; run `rekon inspect` or see Data Problems in the report.');
    expect(translate('en', { code: 'summary.problems', params: { count: 1 } })).toMatch(/^1 data problem found/);
    expect(translate('en', { code: 'summary.problems', params: { count: '2' } })).toMatch(/^2 data problems found/);
    expect(translate('en', { code: 'summary.problems', params: { count: '1,001' } })).toMatch(/^1,001 data problems found/);
    expect(translate('id', { code: 'summary.problems', params: { count: '1' } })).toMatch(/^1 masalah data/);
  });

  it('every singular English text has the placeholders of its plural', () => {
    const placeholders = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    let singulars = 0;
    for (const catalog of catalogs) {
      for (const texts of Object.values(catalog)) {
        const one = (texts as { en_one?: string }).en_one;
        if (one === undefined) continue;
        singulars++;
        expect(placeholders(one)).toEqual(placeholders(texts.en));
        expect(one).toContain('{count}');
      }
    }
    expect(singulars).toBeGreaterThanOrEqual(8);
  });

  it('falls back to the code and its parameters for an unknown code', () => {
    expect(translate('en', { code: 'no.such.code', params: { a: 1 } })).toBe('no.such.code (a=1)');
    expect(translate('id', { code: 'no.such.code' })).toBe('no.such.code');
  });
});

describe('translate: every catalog text', () => {
  it('is filled as a plain search-and-replace of its placeholders would fill it', () => {
    // An amount parameter (`…_rupiah`, a number) is written as an amount: "Rp " before it (the values here are under 1,000).
    const shown = (key: string, v: string | number): string => (key.endsWith('_rupiah') && typeof v === 'number' ? `Rp ${v}` : String(v));
    const reference = (template: string, params: Record<string, string | number>): string =>
      template.replace(/\{(\w+)\}/g, (whole, key: string) => (params[key] === undefined ? whole : shown(key, params[key])));
    let filled = 0;
    for (const catalog of catalogs) {
      for (const [code, texts] of Object.entries(catalog)) {
        for (const lang of ['id', 'en'] as const) {
          const keys = [...texts[lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
          // Every placeholder but the last gets a value (one with `$&` and braces in it), the last none.
          const params: Record<string, string | number> = {};
          keys.slice(0, -1).forEach((k, i) => (params[k] = i % 2 === 0 ? `v$&{${k}}` : i));
          expect(translate(lang, { code, params })).toBe(reference(texts[lang], params));
          if (keys.length > 1) filled++;
        }
      }
    }
    expect(filled).toBeGreaterThan(10);
  });
});
