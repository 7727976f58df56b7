// Why this file exists: a mutation audit of src/normalize/record-wire.ts found that the property test
// (CSV rosters, one sheet, no sex/place/position columns, wages never 0) let through losses a user would
// see: the sheet of a multi-sheet workbook, a wage of 0, sex, birth place vs position, the NIK pivot, and
// the per-kind previous-row shortcut. These tests round-trip records built as the loader builds them.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/io/raw-cell.js';
import type { ColumnRole } from '../../../src/normalize/column-role.js';
import type { BpjsParticipant, Worker } from '../../../src/normalize/person-record.js';
import { buildParticipant, buildWorker, makeRecordPlan } from '../../../src/normalize/record-from-row.js';
import { createWireDecoder, createWireEncoder, type RecordWire, type WireDictionaryLimits } from '../../../src/normalize/record-wire.js';

type AnyRecord = Worker | BpjsParticipant;

/** Synthetic NIKs (made-up serials). Kota Bandung, woman born 04-10-1993. */
const NIK_WOMAN = '3273014410930002';
/** Kabupaten Klaten, man born 12-03-1990. */
const NIK_MAN = '3310011203900003';

/** The dictionary from the first record: every repeatable string goes through it. */
const EAGER: WireDictionaryLimits = { size: 500_000, maxLength: 40, startAfter: 0 };
/** Default limits, the eager dictionary, and none at all: what crosses must not depend on them. */
const ALL_LIMITS: readonly (WireDictionaryLimits | undefined)[] = [undefined, EAGER, { size: 0, maxLength: 0, startAfter: 0 }];

interface Where {
  file?: string;
  sheet?: string;
  referenceYear?: number;
}

/** A plan whose columns are the keys of `values`, in that order (cell i is the i-th key). */
function rowOf(values: Partial<Record<ColumnRole, RawCell>>, where: Where) {
  const roles = Object.keys(values) as ColumnRole[];
  const columns: Partial<Record<ColumnRole, { index: number }>> = {};
  roles.forEach((role, index) => (columns[role] = { index }));
  const plan = makeRecordPlan({ file: where.file ?? 'in/roster.xlsx', sheet: where.sheet ?? 'DLH', columns, referenceYear: where.referenceYear ?? 2026, zeroedNikColumn: false });
  return { cells: roles.map((r) => values[r] ?? null), plan };
}

function worker(values: Partial<Record<ColumnRole, RawCell>>, rowNumber: number, seq: number, where: Where = {}): Worker {
  const { cells, plan } = rowOf(values, where);
  return buildWorker({ row: rowNumber, cells }, plan, seq);
}

function participant(values: Partial<Record<ColumnRole, RawCell>>, rowNumber: number, seq: number, where: Where = {}): BpjsParticipant {
  const { cells, plan } = rowOf(values, { file: 'bpjs/export.xlsx', sheet: 'Sheet1', ...where });
  return buildParticipant({ row: rowNumber, cells }, plan, seq);
}

/** What the main thread gets: each batch encoded, structured-cloned (the thread boundary), decoded in order. */
function acrossThreads<R extends AnyRecord>(batches: readonly (readonly R[])[], limits?: WireDictionaryLimits): R[] {
  const encode = createWireEncoder(limits);
  const decode = createWireDecoder();
  return batches.flatMap((b) => decode<R>(structuredClone(encode(b))));
}

/** Every record comes back whole, as one batch and one record per batch, under every dictionary. */
function expectRoundTrip(records: readonly AnyRecord[]): void {
  for (const limits of ALL_LIMITS) {
    expect(acrossThreads([records], limits)).toStrictEqual(records);
    expect(acrossThreads(records.map((r) => [r]), limits)).toStrictEqual(records);
  }
}

/** How many times `value` crosses as text in the wires of one stream. */
const timesSent = (wires: readonly RecordWire[], value: string): number => wires.reduce((n, w) => n + w.strings.filter((s) => s === value).length, 0);

describe('record wire: provenance', () => {
  it('keeps each record’s sheet when rows of two sheets of one workbook alternate in a batch', () => {
    const file = 'in/roster-pemda.xlsx';
    const records = [
      worker({ nik: NIK_MAN, name: 'BUDI SANTOSO' }, 2, 0, { file, sheet: 'DLH' }),
      worker({ nik: NIK_WOMAN, name: 'SITI AMINAH' }, 2, 1, { file, sheet: 'DINKES' }),
      worker({ nik: NIK_MAN, name: 'AGUS' }, 3, 2, { file, sheet: 'DLH' }),
      worker({ nik: NIK_WOMAN, name: 'DEWI' }, 3, 3, { file: 'in/other.xlsx', sheet: 'DLH' }),
    ];
    for (const limits of ALL_LIMITS) {
      const got = acrossThreads([records.slice(0, 3), records.slice(3)], limits);
      // The data officer finds the row again by file, sheet and row: each must be the record's own.
      expect(got.map((r) => [r.file, r.sheet, r.row])).toEqual([
        [file, 'DLH', 2],
        [file, 'DINKES', 2],
        [file, 'DLH', 3],
        ['in/other.xlsx', 'DLH', 3],
      ]);
    }
    expectRoundTrip(records);
  });

  it('carries the provenance inside row problems, not the decoded record’s', () => {
    const a = worker({ nik: '-', name: 'BUDI' }, 17, 0, { sheet: 'DLH' });
    const b = worker({ nik: '-', name: 'SITI' }, 4, 1, { sheet: 'DINKES' });
    const [ga, gb] = acrossThreads([[a, b]], EAGER);
    expect(ga!.problems.map((p) => [p.kind, p.at])).toEqual([['nik_missing', { file: 'in/roster.xlsx', sheet: 'DLH', row: 17 }]]);
    expect(gb!.problems.map((p) => [p.kind, p.at])).toEqual([['nik_missing', { file: 'in/roster.xlsx', sheet: 'DINKES', row: 4 }]]);
  });
});

describe('record wire: values that are present but falsy, or absent', () => {
  it('a wage of 0 stays 0 (a stated wage), not null (no wage)', () => {
    const zero = worker({ name: 'BUDI', wage: '0' }, 2, 0);
    const none = worker({ name: 'SITI', wage: '' }, 3, 1);
    expect([zero.wage, none.wage]).toEqual([0, null]);
    for (const limits of ALL_LIMITS) expect(acrossThreads([[zero, none]], limits).map((r) => r.wage)).toEqual([0, null]);
    expectRoundTrip([zero, none]);
  });

  it('an empty string stays empty and a null stays null in every optional field', () => {
    const base = participant({ nik: NIK_MAN, name: 'BUDI' }, 5, 0);
    const empty: BpjsParticipant = { ...base, birthDate: '', birthPlace: '', agency: '', position: '', kpj: '', statusRaw: '', membershipDate: '' };
    const absent: BpjsParticipant = { ...base, seq: 1, birthDate: null, birthPlace: null, agency: null, position: null, kpj: null, statusRaw: null, membershipDate: null };
    const got = acrossThreads([[empty, absent]], EAGER);
    expect(got[0]).toMatchObject({ birthDate: '', birthPlace: '', agency: '', position: '', kpj: '', statusRaw: '', membershipDate: '' });
    expect(got[1]).toMatchObject({ birthDate: null, birthPlace: null, agency: null, position: null, kpj: null, statusRaw: null, membershipDate: null });
    expectRoundTrip([empty, absent]);
    // A name text whose clean form differs only by spaces is still two strings.
    const spaced: BpjsParticipant = { ...base, seq: 2, name: { ...base.name, original: 'BUDI ', clean: 'BUDI' } };
    expect(acrossThreads([[spaced]], EAGER)[0]!.name).toStrictEqual(spaced.name);
  });

  it('a wage of -0 arrives as a present zero (never null); large and fractional wages exactly', () => {
    const base = worker({ name: 'BUDI' }, 2, 0);
    const wages = [-0, 2_147_483_647, 2_147_483_648, -1, 1_500_000.5, Number.MAX_SAFE_INTEGER];
    const records = wages.map((wage, i) => ({ ...base, seq: i, wage }));
    const got = acrossThreads([records], EAGER).map((r) => r.wage);
    expect(got[0] === 0).toBe(true);
    expect(got.slice(1)).toEqual(wages.slice(1));
  });

  it('a name with no words and an empty NIK cell', () => {
    const blank = worker({ nik: '', name: '' }, 9, 0);
    expect(blank.name.tokens).toEqual([]);
    expectRoundTrip([blank, worker({ nik: NIK_MAN, name: 'BUDI' }, 10, 1)]);
  });
});

describe('record wire: every field in its own place', () => {
  it('birth place, agency and position are not swapped; birth date, KPJ, status and membership date neither', () => {
    const p = participant(
      { kpj: '12345678901', nik: NIK_WOMAN, name: 'SITI AMINAH', birth_place: 'Bandung', birth_date: '04-10-1993', sex: 'P', agency: 'Dinas Kesehatan', position: 'Bidan', wage: 'Rp 2.500.000', bpjs_status: 'NON AKTIF', membership_date: '01-02-2020' },
      8,
      3,
    );
    expect(p).toMatchObject({ birthPlace: 'Bandung', agency: 'Dinas Kesehatan', position: 'Bidan', kpj: '12345678901', birthDate: '1993-10-04', membershipDate: '2020-02-01', statusRaw: 'NON AKTIF', status: 'inactive', sex: 'F' });
    const w = worker({ nik: NIK_MAN, name: 'BUDI', birth_place: 'Klaten', position: 'Sopir' }, 4, 0);
    for (const limits of ALL_LIMITS) {
      const [gp] = acrossThreads([[p]], limits);
      expect(gp).toMatchObject({ birthPlace: 'Bandung', agency: 'Dinas Kesehatan', position: 'Bidan', kpj: '12345678901', membershipDate: '2020-02-01', statusRaw: 'NON AKTIF', status: 'inactive' });
      const [gw] = acrossThreads([[w]], limits);
      expect([gw!.birthPlace, gw!.position]).toEqual(['Klaten', 'Sopir']);
    }
    expectRoundTrip([p]);
    expectRoundTrip([w]);
  });

  it('sex: woman, man and unknown on both sides', () => {
    const records: AnyRecord[] = [
      worker({ nik: NIK_WOMAN, name: 'SITI', sex: 'Perempuan' }, 2, 0),
      worker({ nik: NIK_MAN, name: 'BUDI', sex: 'L' }, 3, 1),
      worker({ nik: NIK_MAN, name: 'AGUS' }, 4, 2),
      participant({ nik: NIK_WOMAN, name: 'SITI', sex: 'P' }, 2, 0),
      participant({ nik: NIK_MAN, name: 'BUDI', sex: 'Laki-laki' }, 3, 1),
    ];
    expect(records.map((r) => r.sex)).toEqual(['F', 'M', null, 'F', 'M']);
    for (const limits of ALL_LIMITS) expect(acrossThreads([records], limits).map((r) => r.sex)).toEqual(['F', 'M', null, 'F', 'M']);
    expectRoundTrip(records);
  });

  it('keeps the NIK’s two-digit-year pivot of the run year (it decides the century of the NIK birth date)', () => {
    const then = worker({ nik: '3273010410200001', name: 'BUDI' }, 2, 0, { referenceYear: 2019 });
    const now = worker({ nik: '3273010410200001', name: 'BUDI' }, 3, 1, { referenceYear: 2026 });
    expect([then.nik.pivot, now.nik.pivot]).toEqual([19, 26]);
    expect(acrossThreads([[then, now]], EAGER).map((r) => r.nik.pivot)).toEqual([19, 26]);
    expectRoundTrip([then, now]);
  });
});

describe('record wire: the dictionary', () => {
  it('a string equal to the previous value of another kind of field is not taken for it (the shortcut is per kind)', () => {
    // "KLATEN" is the last name word just before the birth place "KLATEN": one string, two kinds.
    const records = [
      worker({ nik: NIK_MAN, name: 'BUDI KLATEN', birth_place: 'KLATEN', agency: 'BUDI' }, 2, 0),
      worker({ nik: NIK_MAN, name: 'KLATEN', birth_place: 'BUDI', agency: 'KLATEN' }, 3, 1),
      worker({ nik: NIK_MAN, name: 'BUDI', birth_place: 'KLATEN', agency: 'KLATEN' }, 4, 2),
    ];
    expect(acrossThreads([records], EAGER).map((r) => [r.name.tokens, r.birthPlace, r.agency])).toEqual([
      [['BUDI', 'KLATEN'], 'KLATEN', 'BUDI'],
      [['KLATEN'], 'BUDI', 'KLATEN'],
      [['BUDI'], 'KLATEN', 'KLATEN'],
    ]);
    expectRoundTrip(records);
  });

  it('remembers strings of up to 40 characters (sent once per stream), not longer ones (sent each time)', () => {
    const forty = 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG.';
    const fortyOne = `${forty}Y`;
    expect([forty.length, fortyOne.length]).toEqual([40, 41]);
    const rows = [0, 1, 2].map((i) => worker({ nik: NIK_MAN, name: 'BUDI', agency: i === 1 ? fortyOne : forty, position: fortyOne }, 2 + i, i));
    const encode = createWireEncoder(EAGER);
    const wires = [encode(rows.slice(0, 1)), encode(rows.slice(1))];
    expect(timesSent(wires, forty)).toBe(1);
    expect(timesSent(wires, fortyOne)).toBe(4);
    const decode = createWireDecoder();
    expect(wires.flatMap((w) => decode(structuredClone(w)))).toStrictEqual(rows);
  });

  it('does not fill the dictionary with KPJ numbers (they do not repeat), yet carries them', () => {
    const rows = [0, 1].map((i) => participant({ kpj: '12345678901', nik: NIK_MAN, name: 'BUDI', birth_date: '12-03-1990' }, 2 + i, i));
    const encode = createWireEncoder(EAGER);
    const wires = [encode(rows.slice(0, 1)), encode(rows.slice(1))];
    expect(timesSent(wires, '12345678901')).toBe(2);
    // A birth date, by contrast, is remembered: sent once.
    expect(timesSent(wires, '1990-03-12')).toBe(1);
    const decode = createWireDecoder();
    expect(wires.flatMap((w) => decode(structuredClone(w)))).toStrictEqual(rows);
  });

  it('a dictionary that fills up mid-stream: remembered strings by number, the rest as text, all decoded in order', () => {
    const names = ['SITI AMINAH', 'BUDI SANTOSO', 'SITI RAHAYU', 'AGUS SANTOSO', 'DEWI AMINAH', 'SITI AMINAH'];
    const rows = names.map((n, i) => worker({ nik: NIK_WOMAN, name: n, birth_date: '04-10-1993', agency: 'Dinas Kesehatan' }, 2 + i, i));
    for (const size of [1, 3, 4, 5]) {
      const limits = { size, maxLength: 40, startAfter: 2 };
      expect(acrossThreads([rows.slice(0, 2), rows.slice(2, 3), rows.slice(3)], limits)).toStrictEqual(rows);
    }
  });
});
