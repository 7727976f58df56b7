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

  // explore4-D/07: "1 rows are budgeted on a monthly wage below Rp 100,000 …" on the Summary sheet.
  it.each([
    ['budget.note.implausible_wages', { floor_rupiah: 100_000, ceiling_rupiah: 100_000_000, rows: 'roster.csv:3' }, /^1 row is budgeted .*: roster\.csv:3\. Check it before the budget goes out; it is a data problem/, /^2 rows are budgeted .* Check them .*; each is a data problem/],
    ['budget.note.duplicate_rows_more', {}, /^… and 1 more duplicate row \(/, /^… and 2 more duplicate rows \(/],
    ['io.lines_read_as_windows_1252', { lines: '5' }, /except 1 line typed .*: it was read as Windows-1252; check the names on line 5$/, /except 2 lines typed .*: those were read as Windows-1252; check the names on lines 5$/],
    ['match.reason.other_registrations_more', {}, /^and 1 more registration with/, /^and 2 more registrations with/],
    ['match.note.block_skipped', { rule: 'name', max: 500 }, /: 1 look-up skipped because/, /: 2 look-ups skipped because/],
    ['run.problems_capped', { kept: 1000 }, /; 1 more is only counted$/, /; 2 more are only counted$/],
    ['review.end_with_skipped', {}, /^End of the list: 1 skipped pair left undecided \(run again to review it\)$/, /^End of the list: 2 skipped pairs left undecided \(run again to review them\)$/],
  ] as const)('%s agrees with its count in English', (code, params, one, two) => {
    expect(translate('en', { code, params: { ...params, count: 1 } })).toMatch(one);
    expect(translate('en', { code, params: { ...params, count: 2 } })).toMatch(two);
  });

  it('every English text that puts a plural noun after {count} has a singular, unless the count is never 1', () => {
    // A "common" name or birth date is one at least four times as frequent as the average (frequency-table.ts), and
    // bpjs_only.csv alone holds the list only past the workbook's limit, and a decision is ambiguous only when its
    // key fits two or more rows or participants: those counts are never 1.
    const neverOne = new Set([
      'match.reason.name_common',
      'match.reason.dob_common',
      'run.bpjs_only_in_csv_only',
      'run.decision_unapplied.accept.roster_ambiguous',
      'run.decision_unapplied.reject.roster_ambiguous',
      'run.decision_unapplied.accept.bpjs_ambiguous',
    ]);
    const pluralAfterCount = /\{count\} (?:[\w-]+ ){0,3}?[\w-]+s\b/;
    const missing: string[] = [];
    for (const catalog of catalogs) {
      for (const [code, texts] of Object.entries(catalog)) {
        expect(texts.en, code).not.toContain('(s)');
        if (pluralAfterCount.test(texts.en) && (texts as { en_one?: string }).en_one === undefined && !neverOne.has(code)) missing.push(code);
      }
    }
    expect(missing).toEqual([]);
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
          const one = lang === 'en' && params['count'] === 1 ? (texts as { en_one?: string }).en_one : undefined;
          expect(translate(lang, { code, params })).toBe(reference(one ?? texts[lang], params));
          if (keys.length > 1) filled++;
        }
      }
    }
    expect(filled).toBeGreaterThan(10);
  });
});
