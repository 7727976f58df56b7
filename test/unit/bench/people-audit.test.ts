// Mutation audit of bench/lib/people.mjs: the generator must really produce, per seed, each phenomenon
// issue 3 lists (tags are only a claim; these tests check the rows against the truth), leave rows
// without a tag untouched, and build only NIKs of the synthetic shape. The published precision and
// recall are only as honest as this data.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATES, REGION_CODES, generateWorld } from '../../../bench/lib/people.mjs';
import type { Rates, TruthRow, WorldChunk } from '../../../bench/lib/people.mjs';

type Fields = WorldChunk['roster'][number]['fields'];
function world(rows: number, seed: number, rates: Partial<Rates> = {}) {
  const chunks = [...generateWorld({ rows, seed, rates })];
  const roster = new Map(chunks.flatMap((c) => c.roster).map((r) => [r.row, r.fields]));
  const bpjs = new Map(chunks.flatMap((c) => c.bpjs).map((b) => [b.row, b.fields]));
  const truth = chunks.flatMap((c) => c.truth);
  const only = chunks.flatMap((c) => c.bpjsOnly);
  return { roster, bpjs, truth, only, byRow: new Map(truth.map((t) => [t.roster_row, t])) };
}
const s = (v: Fields[number] | undefined) => String(v ?? '');
const has = (t: TruthRow, tag: string) => t.tags.includes(tag);
const diffAt = (a: string, b: string) => [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
/** The roster's TEMPAT/TGL LAHIR date in any of its five formats, as dd-mm-yyyy. */
function rosterDob(ttl: string): string {
  const d = ttl.split(', ')[1] ?? '';
  let m = /^(\d{2})[-/.](\d{2})[-/.](\d{4})$/.exec(d);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(d);
  if (m) return `${m[1]!.padStart(2, '0')}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${m[3]}`;
  return `unparsed:${d}`;
}
const NAME_TAGS = ['title', 'old_spelling', 'muhammad_variant', 'dropped_middle', 'token_swap', 'name_typo', 'bin_binti'];
const levenshtein1 = (a: string, b: string) => {
  if (a.length === b.length) return diffAt(a, b).length === 1;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return long.slice(i + 1) === short.slice(i);
};

// The benchmark's size and seed 1 at default rates: every phenomenon of issue 3 must be present.
const W = world(20000, 1);

describe('people.mjs at default rates (20k rows, seed 1)', () => {
  it('every phenomenon issue 3 lists occurs, and every expected status', () => {
    const count = (tag: string) => W.truth.filter((t) => has(t, tag)).length + W.only.filter((o) => o.tags.includes(tag)).length;
    for (const tag of ['title', 'old_spelling', 'muhammad_variant', 'name_typo', 'nik_typo', 'nik_transposition', 'nik_excel_damaged', 'nik_missing', 'duplicate', 'non_active', 'same_name', 'same_name_dob', 'twin', 'hard_negative', 'wrong_row_nik']) {
      expect(count(tag), tag).toBeGreaterThan(0);
    }
    expect(new Set(W.truth.map((t) => t.expected))).toEqual(new Set(['registered', 'inactive', 'unregistered', 'duplicate']));
  });

  it('each NIK tag is what the roster cell shows against the true (BPJS) NIK; an untagged cell is the true NIK', () => {
    for (const t of W.truth) {
      if (t.bpjs_row === null) continue;
      const nik = s(W.roster.get(t.roster_row)?.[2]);
      const real = s(W.bpjs.get(t.bpjs_row)?.[2]);
      const where = `row ${t.roster_row} ${t.tags.join('|')}`;
      if (has(t, 'nik_typo')) expect(diffAt(nik, real).length === 1 && diffAt(nik, real)[0]! >= 6 && nik.length === 16, where).toBe(true);
      else if (has(t, 'nik_transposition')) {
        const d = diffAt(nik, real);
        expect(d.length === 2 && d[1] === d[0]! + 1 && nik[d[0]!] === real[d[1]!] && nik[d[1]!] === real[d[0]!], where).toBe(true);
      } else if (has(t, 'nik_excel_damaged')) expect(nik === real.slice(0, 15) + '0' && real[15] !== '0', where).toBe(true);
      else if (has(t, 'nik_excel_sci')) expect(Math.abs(Number(nik) - Number(real)) / Number(real), where).toBeLessThan(1e-5);
      else if (has(t, 'nik_missing')) expect(['', '-', '0'], where).toContain(nik);
      else if (has(t, 'nip_in_nik')) expect(nik, where).toMatch(/^(19|20)\d{16}$/);
      else if (has(t, 'nik_noise')) expect(nik !== real && nik.replace(/^'/, '').replace(/\s+/g, '').replace(/\.0$/, '') === real, where).toBe(true);
      else if (has(t, 'wrong_row_nik')) expect(nik, where).not.toBe(real);
      else expect(nik, where).toBe(real);
    }
  });

  it('each name tag shows in the roster name; an untagged name is the KTP name (case aside)', () => {
    const seen = { typo: 0, muhammad: 0, title: 0, old: 0 };
    for (const t of W.truth) {
      if (t.bpjs_row === null) continue;
      const name = s(W.roster.get(t.roster_row)?.[1]);
      const ktp = s(W.bpjs.get(t.bpjs_row)?.[3]);
      const nameTags = t.tags.filter((x) => NAME_TAGS.includes(x));
      const where = `row ${t.roster_row}: ${name} / ${ktp}`;
      if (nameTags.length === 0) expect(name.toUpperCase(), where).toBe(ktp);
      if (has(t, 'title')) {
        expect(name, where).toMatch(/^(H\.|Hj\.|Drs\.|Dra\.|Ir\.|dr\.|Ns\.|Ny\.|Bpk\.) |, \S/);
        seen.title++;
      }
      if (has(t, 'muhammad_variant')) {
        expect(ktp.startsWith('MUHAMMAD ') && !name.toUpperCase().includes('MUHAMMAD '), where).toBe(true);
        seen.muhammad++;
      }
      if (nameTags.length === 1 && has(t, 'name_typo')) {
        expect(levenshtein1(name.toUpperCase(), ktp), where).toBe(true);
        seen.typo++;
      }
      if (nameTags.length === 1 && has(t, 'old_spelling')) {
        expect(name.length >= ktp.length && /DJ|OE|TJ|SJ|CH|NJ|J/i.test(name) && name.toUpperCase() !== ktp, where).toBe(true);
        seen.old++;
      }
      // "binti" (daughter of) for women, "bin" (son of) for men; roster sex is P/PEREMPUAN or L/LAKI-LAKI
      if (has(t, 'bin_binti')) expect(name.toUpperCase(), where).toMatch(s(W.roster.get(t.roster_row)?.[4]).startsWith('P') ? / BINTI [A-Z]+/ : / BIN [A-Z]+/);
    }
    for (const [k, v] of Object.entries(seen)) expect(v, k).toBeGreaterThan(5);
  });

  it('a duplicate is the same person again, later, in another agency, with the first listing\'s BPJS row', () => {
    const dups = W.truth.filter((t) => t.dup_of !== null);
    expect(dups.length).toBeGreaterThan(100);
    for (const t of dups) {
      const first = W.byRow.get(t.dup_of!)!;
      expect([t.expected, t.person, t.bpjs_row, first.dup_of]).toEqual(['duplicate', first.person, first.bpjs_row, null]);
      expect(has(t, 'duplicate')).toBe(true);
      expect(W.roster.get(t.roster_row)?.[5]).not.toBe(W.roster.get(first.roster_row)?.[5]);
    }
  });

  it('non-active participants: BPJS status NON AKTIF exactly when the truth says inactive (and tags non_active)', () => {
    for (const t of W.truth) {
      if (t.bpjs_row === null || t.dup_of !== null) continue;
      const inactive = W.bpjs.get(t.bpjs_row)?.[7] === 'NON AKTIF';
      expect([t.expected === 'inactive', has(t, 'non_active')]).toEqual([inactive, inactive]);
    }
  });

  it('wrong-row NIK: the row carries the next row\'s person\'s NIK, and both people are registered', () => {
    const rows = W.truth.filter((t) => has(t, 'wrong_row_nik'));
    expect(rows.length).toBeGreaterThan(5);
    for (const t of rows) {
      const next = W.byRow.get(t.roster_row + 1)!;
      expect(t.bpjs_row).not.toBeNull();
      expect(next.bpjs_row).not.toBeNull();
      expect(s(W.roster.get(t.roster_row)?.[2])).toBe(s(W.bpjs.get(next.bpjs_row!)?.[2]));
    }
  });

  it('only synthetic-shaped NIKs: known region prefix, DD (+40 women) MM YY, serial not 0000; unique in the export', () => {
    const seen = new Set<string>();
    for (const f of W.bpjs.values()) {
      const nik = s(f[2]);
      expect(nik).toMatch(/^\d{16}$/);
      expect(REGION_CODES).toContain(nik.slice(0, 6));
      const dd = Number(nik.slice(6, 8));
      expect((dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71)).toBe(true);
      expect(Number(nik.slice(8, 10))).toBeGreaterThanOrEqual(1);
      expect(Number(nik.slice(8, 10))).toBeLessThanOrEqual(12);
      expect(nik.slice(12)).not.toBe('0000');
      expect(seen.has(nik)).toBe(false);
      seen.add(nik);
    }
  });

  it('is deterministic per seed: the same truth and BPJS-only rows too', () => {
    const again = world(3000, 1);
    const first = world(3000, 1);
    expect(again.truth).toEqual(first.truth);
    expect(again.only).toEqual(first.only);
    expect([...again.bpjs.values()]).toEqual([...first.bpjs.values()]);
  });
});

describe('hard negatives (raised rates, clean names and dates so they can be compared)', () => {
  const quiet = Object.fromEntries(['title', 'titleCase', 'oldSpelling', 'muhammadVariant', 'droppedMiddle', 'tokenSwap', 'binBinti', 'nameTypo', 'dobSwap', 'dobDigit', 'dobMissing', 'nikDobDiffers'].map((k) => [k, 0])) as Partial<Rates>;
  const H = world(3000, 8, { ...quiet, sameName: 0.03, sameNameDob: 0.03, twins: 0.03 });

  it('same name (and same birth date): a BPJS-only other person with a NIK from another district', () => {
    for (const tag of ['same_name', 'same_name_dob']) {
      const others = H.only.filter((o) => o.tags.includes(tag));
      const rosterSide = H.truth.filter((t) => has(t, tag));
      expect(others.length, tag).toBeGreaterThan(20);
      for (const o of others) {
        const b = H.bpjs.get(o.bpjs_row)!;
        const match = rosterSide.find((t) => s(H.roster.get(t.roster_row)?.[1]) === s(b[3]) && (tag === 'same_name' || rosterDob(s(H.roster.get(t.roster_row)?.[3])) === s(b[4])));
        expect(match, `${tag} ${s(b[3])}`).toBeDefined();
        expect(s(H.roster.get(match!.roster_row)?.[2]).slice(0, 6)).not.toBe(s(b[2]).slice(0, 6));
        if (tag === 'same_name_dob') expect(match!.expected).toBe('unregistered');
      }
    }
  });

  it('twins: same family name, birth date and NIK date/region, consecutive serials; one registered, one not', () => {
    const firsts = H.truth.filter((t) => has(t, 'twin') && !has(t, 'hard_negative'));
    expect(firsts.length).toBeGreaterThan(20);
    for (const a of firsts) {
      const b = H.byRow.get(a.roster_row + 1)!;
      expect(has(b, 'twin') && has(b, 'hard_negative')).toBe(true);
      const [ra, rb] = [H.roster.get(a.roster_row)!, H.roster.get(b.roster_row)!];
      expect(s(ra[1]).split(' ').pop()).toBe(s(rb[1]).split(' ').pop());
      expect(rosterDob(s(ra[3]))).toBe(rosterDob(s(rb[3])));
      expect(s(ra[2]).slice(0, 12)).toBe(s(rb[2]).slice(0, 12));
      expect(Number(s(rb[2]).slice(12)) - Number(s(ra[2]).slice(12))).toBe(1);
      expect([a.bpjs_row !== null, b.bpjs_row]).toEqual([true, null]);
      expect(s(ra[1])).not.toBe(s(rb[1]));
    }
  });
});

it('DEFAULT_RATES keep the README figures for the hard negatives and NIK damage', () => {
  expect([DEFAULT_RATES.sameName, DEFAULT_RATES.sameNameDob, DEFAULT_RATES.twins, DEFAULT_RATES.wrongRowNik, DEFAULT_RATES.duplicate, DEFAULT_RATES.nonActive, DEFAULT_RATES.nikTypo, DEFAULT_RATES.nikTransposition, DEFAULT_RATES.excelDamage, DEFAULT_RATES.nikMissing]).toEqual([0.01, 0.002, 0.002, 0.001, 0.01, 0.06, 0.008, 0.004, 0.02, 0.008]);
});
