// Why this file exists: a mutation audit of src/i18n (translate.ts, message.ts, catalogs.ts) found that
// dropping a module's catalog from the registry, a code defined twice, an Indonesian/English pair with
// different placeholders, hasMessage and the unknown-code fallback were checked only for some areas
// (review, budget, normalize) or not at all. These tests hold for every catalog.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n/catalogs.js';
import { msg } from '../../src/i18n/message.js';
import { hasMessage, label, translate } from '../../src/i18n/translate.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const placeholders = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? messageFiles(join(dir, e.name)) : e.name.endsWith('-messages.ts') ? [join(dir, e.name)] : []));
}

/** Looks like a catalog: an object of { id, en } texts. */
function isCatalog(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const texts = Object.values(value);
  return texts.length > 0 && texts.every((t) => typeof t === 'object' && t !== null && typeof (t as { id?: unknown }).id === 'string' && typeof (t as { en?: unknown }).en === 'string');
}

describe('catalogs: every message in both languages', () => {
  it('every catalog a *-messages.ts module exports is registered (else its texts show as bare codes)', async () => {
    let found = 0;
    for (const file of messageFiles(SRC)) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (!isCatalog(value)) continue;
        found++;
        expect(catalogs.includes(value as (typeof catalogs)[number]), `${relative(SRC, file)}: ${name}`).toBe(true);
      }
    }
    expect(found).toBe(catalogs.length);
  });

  it('no code is defined in two catalogs (the later would silently replace the earlier)', () => {
    const seen = new Map<string, number>();
    catalogs.forEach((catalog, i) => {
      for (const code of Object.keys(catalog)) {
        expect(seen.has(code), `${code} in catalogs ${seen.get(code)} and ${i}`).toBe(false);
        seen.set(code, i);
      }
    });
    expect(seen.size).toBeGreaterThan(300);
  });

  it('Indonesian and English are both written and use the same placeholders', () => {
    for (const catalog of catalogs) {
      for (const [code, texts] of Object.entries(catalog)) {
        expect(texts.id.trim(), code).not.toBe('');
        expect(texts.en.trim(), code).not.toBe('');
        expect(placeholders(texts.id), code).toEqual(placeholders(texts.en));
        expect(hasMessage(code), code).toBe(true);
      }
    }
  });

  it('each language renders its own text', () => {
    expect(translate('id', { code: 'diff.no_changes' })).toBe('Tidak ada perubahan.');
    expect(translate('en', { code: 'diff.no_changes' })).toBe('No changes.');
    expect(translate('id', { code: 'diff.outputs_written', params: { dir: 'hasil-nov' } })).toBe('Hasil diff ditulis ke hasil-nov');
  });
});

describe('translate: unknown codes and helpers', () => {
  it('hasMessage is false for a code no catalog defines', () => {
    expect(hasMessage('diff.no_such_code')).toBe(false);
    expect(hasMessage('')).toBe(false);
  });

  it('an unknown code shows every parameter, comma-separated, in the order given', () => {
    expect(translate('id', { code: 'x.unknown', params: { file: 'a.csv', row: 7 } })).toBe('x.unknown (file=a.csv, row=7)');
    expect(translate('en', { code: 'x.unknown', params: {} })).toBe('x.unknown');
  });

  it('a placeholder whose value is missing stays visible as {name}', () => {
    expect(translate('en', { code: 'diff.missing_file', params: { dir: 'out-okt' } })).toBe('out-okt is not a rekon output folder: {file} is missing. Create it with `rekon reconcile … --out out-okt`');
  });

  it('the English singular only for count 1; other numbers and Indonesian keep the general text', () => {
    const one = 'budget.note.duplicates_excluded';
    expect(translate('en', { code: one, params: { count: 1 } })).toBe('1 duplicate row is not budgeted twice.');
    expect(translate('en', { code: one, params: { count: 0 } })).toBe('0 duplicate rows are not budgeted twice.');
    expect(translate('en', { code: one, params: { count: 11 } })).toBe('11 duplicate rows are not budgeted twice.');
    expect(translate('id', { code: one, params: { count: 1 } })).toBe('1 baris ganda tidak dianggarkan dua kali.');
  });

  it('label is the parameterless translation', () => {
    expect(label('id', 'diff.category.worker_gone')).toBe('Pekerja keluar');
    expect(label('en', 'diff.category.worker_gone')).toBe('Workers gone');
  });

  it('msg keeps its parameters, and leaves them out when none are given', () => {
    expect(msg('diff.no_changes')).toStrictEqual({ code: 'diff.no_changes' });
    expect(msg('diff.outputs_written', { dir: 'x' })).toStrictEqual({ code: 'diff.outputs_written', params: { dir: 'x' } });
  });

  // Was a bug: numeric parameters were written with String(): a core note such as compute-budget's
  // `budget.note.duplicates_excluded` read "1500 baris ganda…" while the same run's summary says "1.500".
  it('a count passed as a number is written with the language’s thousands separator', () => {
    expect(translate('id', { code: 'budget.note.duplicates_excluded', params: { count: 1500 } })).toBe('1.500 baris ganda tidak dianggarkan dua kali.');
    expect(translate('en', { code: 'budget.note.duplicates_excluded', params: { count: 1500 } })).toBe('1,500 duplicate rows are not budgeted twice.');
    expect(translate('en', { code: 'budget.note.duplicates_excluded', params: { count: 1234567 } })).toBe('1,234,567 duplicate rows are not budgeted twice.');
    expect(translate('en', { code: 'budget.note.duplicates_excluded', params: { count: 999 } })).toBe('999 duplicate rows are not budgeted twice.');
  });
});
