import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/i18n/message.js';
import { dateMessages } from '../../../src/normalize/date-messages.js';
import { moneyMessages } from '../../../src/normalize/money-messages.js';
import { nikMessages } from '../../../src/normalize/nik-messages.js';
import { sexMessages } from '../../../src/normalize/sex-messages.js';
import type { RawCell } from '../../../src/io/raw-cell.js';
import { parseDate } from '../../../src/normalize/date.js';
import { parseNik } from '../../../src/normalize/nik.js';
import { parseRupiah } from '../../../src/normalize/money.js';
import { parseSex, parseSexMarks } from '../../../src/normalize/sex.js';
import type { Message } from '../../../src/i18n/message.js';

const all: Record<string, Catalog> = { nikMessages, dateMessages, moneyMessages, sexMessages };
const placeholders = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe('normalize message catalogs', () => {
  it.each(Object.entries(all))('%s: Indonesian and English use the same placeholders', (_name, catalog) => {
    for (const [code, { id, en }] of Object.entries(catalog)) {
      expect(placeholders(id), code).toEqual(placeholders(en));
      expect(id.trim(), code).not.toBe('');
    }
  });

  it('every message the parsers emit has a template whose placeholders it fills', () => {
    const merged: Catalog = Object.assign({}, ...Object.values(all));
    const num = (raw: string): RawCell => ({ kind: 'number', raw });
    const emitted: Message[] = [];
    const niks: RawCell[] = ['12345', 'A1', '1111111111111111', '3671011213900001', '3671013212900001', '198503122010011002',
      { kind: 'date', iso: '1990-01-01', serial: null }, '3.67101E+15', num('3671011203900000'), '3,671,011,203,900,000',
      '9901011203900000', '3671013102900001'];
    for (const v of niks) {
      const r = parseNik(v, { referenceYear: 2026 });
      if (r.reason !== null) emitted.push(r.reason);
      emitted.push(...r.warnings);
    }
    for (const v of ['kemarin', '31-02-1990', '12/25/1990', '12-03-2190', num('60'), num('5'), '99999'] as RawCell[]) {
      const r = parseDate(v);
      if (r.kind === 'invalid') emitted.push(r.reason);
    }
    for (const v of ['dua juta', '-5', '2.50.000', '99999999999999', { kind: 'date', iso: '1990-01-01', serial: null }] as RawCell[]) {
      const r = parseRupiah(v);
      if (r.kind === 'invalid') emitted.push(r.reason);
    }
    for (const v of ['Z', '1']) {
      const r = parseSex(v);
      if (r.kind === 'invalid') emitted.push(r.reason);
    }
    for (const [l, p] of [['√', 'V'], ['P', null]] as [RawCell, RawCell][]) {
      const r = parseSexMarks(l, p);
      if (r.kind === 'invalid') emitted.push(r.reason);
    }
    const codes = new Set(emitted.map((m) => m.code));
    expect([...codes].sort()).toEqual(Object.keys(merged).sort());
    for (const m of emitted) {
      const texts = merged[m.code];
      expect(texts, m.code).toBeDefined();
      expect(Object.keys(m.params ?? {}).sort(), m.code).toEqual(placeholders(texts?.en ?? ''));
    }
  });
});
