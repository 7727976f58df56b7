import { describe, expect, it } from 'vitest';
import {
  BPJS_HEADER,
  DEFAULT_RATES,
  REGION_CODES,
  ROSTER_HEADER,
  Rng,
  csvLine,
  excelScientific,
  excelZero16,
  generateWorld,
  makePerson,
  maskNik,
  mulberry32,
  toOldSpelling,
} from '../../../bench/lib/people.mjs';
import type { WorldChunk } from '../../../bench/lib/people.mjs';

function collect(opts: Parameters<typeof generateWorld>[0]): WorldChunk {
  const all: WorldChunk = { roster: [], bpjs: [], truth: [], bpjsOnly: [] };
  for (const c of generateWorld(opts)) {
    all.roster.push(...c.roster);
    all.bpjs.push(...c.bpjs);
    all.truth.push(...c.truth);
    all.bpjsOnly.push(...c.bpjsOnly);
  }
  return all;
}

describe('mulberry32 / Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(sa);
    expect([c(), c(), c()]).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });
  it('int() stays in range and reaches both ends', () => {
    const r = new Rng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('makePerson', () => {
  it('builds NIKs as PPKKCC + DD(+40 women) + MM + YY + SSSS, unique within a world', () => {
    const rng = new Rng(1);
    const set = new Map<number, number>();
    const niks = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const p = makePerson(rng, set);
      expect(p.nik).toMatch(/^\d{16}$/);
      expect(REGION_CODES).toContain(p.nik.slice(0, 6));
      const dd = Number(p.nik.slice(6, 8));
      expect(dd - (p.sex === 'F' ? 40 : 0)).toBe(p.nikDob.d);
      expect(Number(p.nik.slice(8, 10))).toBe(p.nikDob.m);
      expect(p.nik.slice(10, 12)).toBe(String(p.nikDob.y % 100).padStart(2, '0'));
      expect(p.nik.slice(12)).not.toBe('0000');
      niks.add(p.nik);
    }
    expect(niks.size).toBe(3000);
  });
});

describe('phenomena helpers', () => {
  const cases = [
    { description: 'Excel zeroes the 16th digit', input: '3671014501900001', expected: '3671014501900000' },
    { description: 'a NIK already ending in 0 is unchanged', input: '3671014501900010', expected: '3671014501900010' },
  ];
  for (const c of cases) it(c.description, () => expect(excelZero16(c.input)).toBe(c.expected));

  const sci = [
    { description: 'General format shows 6 significant digits', input: '3671014501900001', expected: '3.67101E+15' },
    { description: 'rounds the 6th digit and drops trailing zeros', input: '3279999999999999', expected: '3.28E+15' },
    { description: 'Papua NIKs too', input: '9471011709840003', expected: '9.47101E+15' },
  ];
  for (const c of sci) it(c.description, () => expect(excelScientific(c.input)).toBe(c.expected));

  it('masks NIKs as 3671********0001', () => expect(maskNik('3671014501900001')).toBe('3671********0001'));

  const old = [
    { description: 'CAHYO → TJAHJO (C→TJ, Y→J)', input: 'CAHYO' },
    { description: 'SYAHRIAL keeps SJ, not SDJ', input: 'SYAHRIAL' },
    { description: 'JOKO → DJOKO', input: 'JOKO' },
  ];
  for (const c of old) {
    it(`old spelling: ${c.description}`, () => {
      // with every rule on, the mapping is fixed; try seeds until all rules fire
      const variants = new Set<string>();
      for (let s = 0; s < 200; s++) variants.add(toOldSpelling(c.input, new Rng(s)));
      const full = { CAHYO: 'TJAHJO', SYAHRIAL: 'SJAHRIAL', JOKO: 'DJOKO' }[c.input];
      expect(variants).toContain(full);
      for (const v of variants) expect(v).not.toMatch(/SDJ|TDJ/);
    });
  }

  it('quotes CSV fields with commas and quotes', () => {
    expect(csvLine(['1', 'Hj. SITI AMINAH, S.Pd', 'a"b', null])).toBe('1,"Hj. SITI AMINAH, S.Pd","a""b",\n');
  });
});

describe('generateWorld', () => {
  it('gives the same rows for the same seed, other rows for another seed', () => {
    const a = collect({ rows: 500, seed: 5 });
    const b = collect({ rows: 500, seed: 5 });
    const c = collect({ rows: 500, seed: 6 });
    expect(b.roster).toEqual(a.roster);
    expect(b.bpjs).toEqual(a.bpjs);
    expect(c.roster).not.toEqual(a.roster);
  });

  it('writes exactly the requested row counts, numbered from 2, across chunks', () => {
    const w = collect({ rows: 2500, bpjsRows: 2700, seed: 3, chunkSize: 1000 });
    expect(w.roster.length).toBe(2500);
    expect(w.bpjs.length).toBe(2700);
    expect(w.roster.map((r) => r.row)).toEqual(Array.from({ length: 2500 }, (_, i) => i + 2));
    expect(w.bpjs.map((r) => r.row)).toEqual(Array.from({ length: 2700 }, (_, i) => i + 2));
    expect(w.roster[0]?.fields.length).toBe(ROSTER_HEADER.length);
    expect(w.bpjs[0]?.fields.length).toBe(BPJS_HEADER.length);
  });

  it('truth is consistent: registered rows point at a BPJS row with the same true NIK', () => {
    const w = collect({ rows: 3000, seed: 11 });
    const bpjsByRow = new Map(w.bpjs.map((b) => [b.row, b.fields]));
    const rosterRows = new Set(w.roster.map((r) => r.row));
    const used = new Set<number>();
    for (const t of w.truth) {
      if (t.dup_of !== null) {
        expect(t.expected).toBe('duplicate');
        expect(rosterRows.has(t.dup_of)).toBe(true);
        expect(t.dup_of).toBeLessThan(t.roster_row);
        continue;
      }
      if (t.bpjs_row === null) {
        expect(t.expected).toBe('unregistered');
        continue;
      }
      expect(['registered', 'inactive']).toContain(t.expected);
      expect(used.has(t.bpjs_row)).toBe(false); // one-to-one
      used.add(t.bpjs_row);
      const b = bpjsByRow.get(t.bpjs_row);
      expect(b?.[7]).toBe(t.expected === 'inactive' ? 'NON AKTIF' : 'AKTIF');
    }
    // BPJS-only rows are exactly the rows nobody points at
    const only = new Set(w.bpjsOnly.map((o) => o.bpjs_row));
    for (const b of w.bpjs) expect(only.has(b.row)).toBe(!used.has(b.row));
  });

  it('rates are parameters: zero rates give clean rows, raised rates show up', () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_RATES).map((k) => [k, 0]));
    const clean = collect({ rows: 1000, seed: 2, rates: zero });
    const bpjsNiks = new Set(clean.bpjs.map((b) => b.fields[2]));
    for (const r of clean.roster) expect(bpjsNiks.has(r.fields[2])).toBe(true);
    expect(clean.truth.every((t) => t.expected === 'registered')).toBe(true);

    const damaged = collect({ rows: 2000, seed: 2, rates: { excelDamage: 0.5 } });
    const n = damaged.truth.filter((t) => t.tags.includes('nik_excel_damaged')).length;
    expect(n).toBeGreaterThan(700);
    expect(n).toBeLessThan(1100);
  });

  it('hard negatives exist at raised rates: same name and birth date, different NIK', () => {
    const w = collect({ rows: 2000, seed: 9, rates: { sameNameDob: 0.05 } });
    const negatives = w.truth.filter((t) => t.tags.includes('same_name_dob'));
    expect(negatives.length).toBeGreaterThan(40);
    for (const t of negatives) expect(t.bpjs_row).toBeNull();
  });
});
