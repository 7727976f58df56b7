import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { localSideEvents } from '../../src/cli/side-events.js';
import { createWireDecoder, createWireEncoder, type WireDictionaryLimits } from '../../src/normalize/record-wire.js';
import type { BpjsParticipant, Worker } from '../../src/normalize/person-record.js';
import type { Side } from '../../src/table/table-layout.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-wire-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOKENS = ['SITI', 'AMINAH', 'MUHAMMAD', 'Moch.', 'RADEN', 'BIN', 'AHMAD', 'Djoko', 'I', 'NI', 'KETUT', 'Nur', "Ma'ruf"];
const name = fc.tuple(
  fc.constantFrom('', 'Hj. ', 'Drs. ', 'dr. '),
  fc.array(fc.constantFrom(...TOKENS), { minLength: 0, maxLength: 4 }),
  fc.constantFrom('', ', S.Pd', ' SE', ', A.Md.Kep'),
).map(([pre, tokens, post]) => `${pre}${tokens.join(' ')}${post}`);
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const nik = fc.oneof(
  fc.tuple(fc.constantFrom('3171', '3273', '9101'), fc.constantFrom('01', '02'), fc.integer({ min: 1, max: 71 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 60, max: 99 }), digits(4)).map(
    ([r, d, day, m, y, s]) => `${r}${d}${String(day).padStart(2, '0')}${String(m).padStart(2, '0')}${y}${s}`,
  ),
  digits(15).map((d) => `${d}0`),
  digits(15),
  fc.constantFrom('', '-', '3.17101E+15', "'3171014501900001"),
);
const date = fc.oneof(fc.constantFrom('', '12-03-1990', '1985-07-31', '31/02/1990', '12 Maret 1990'), fc.date({ min: new Date('1960-01-01'), max: new Date('2005-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const row = fc.record({ name, nik, date, wage: fc.constantFrom('', 'Rp 2.500.000', '1750000'), status: fc.constantFrom('AKTIF', 'NON AKTIF', '') });

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function load(side: Side, rows: readonly { name: string; nik: string; date: string; wage: string; status: string }[], file: string, copiedOnArrival = false): Promise<(Worker | BpjsParticipant)[]> {
  const header = side === 'roster' ? 'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI' : 'NO,NAMA,NIK,TGL LAHIR,UPAH,STATUS KEPESERTAAN';
  const lines = rows.map((r, i) => [String(i + 1), r.name, r.nik, r.date, side === 'roster' ? 'DINAS SOSIAL' : r.wage, side === 'roster' ? r.wage : r.status].map(csvField).join(','));
  writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
  const out: (Worker | BpjsParticipant)[] = [];
  for await (const ev of localSideEvents([file], { side, overrides: {}, referenceYear: 2026, headerRow: undefined, delimiter: undefined, encoding: undefined, stdin: process.stdin, copiedOnArrival })) {
    if (ev.kind === 'batch') out.push(...(ev.records as (Worker | BpjsParticipant)[]));
  }
  return out;
}

/** What the main thread gets from a reader thread: the wire, structured-cloned, decoded. */
function acrossThreads<R extends Worker | BpjsParticipant>(batches: readonly (readonly R[])[], limits?: WireDictionaryLimits): R[] {
  const encode = createWireEncoder(limits);
  const decode = createWireDecoder();
  return batches.flatMap((b) => decode<R>(structuredClone(encode(b))));
}

// The default dictionary, one used from the first record, one that starts after 3 records, one too
// small for a run (later repeats travel as text), and none at all.
const DICTIONARIES: readonly (WireDictionaryLimits | undefined)[] = [
  undefined,
  { size: 500_000, maxLength: 40, startAfter: 0 },
  { size: 500_000, maxLength: 40, startAfter: 3 },
  { size: 3, maxLength: 6, startAfter: 0 },
  { size: 0, maxLength: 0, startAfter: 0 },
];

describe('record wire', () => {
  it('rebuilds every value of every record, whatever the batches and files', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Side>('roster', 'bpjs'),
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.array(row, { minLength: 0, maxLength: 6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(...DICTIONARIES),
        async (side, rows, moreRows, batchSize, limits) => {
          // Two files: the provenance changes inside a batch and between batches.
          const first = join(dir, `in-${run++}.csv`);
          const firstRecords = await load(side, rows, first);
          const records = [...firstRecords, ...(await load(side, moreRows, join(dir, `in-${run++}.csv`)))];
          const batches: (Worker | BpjsParticipant)[][] = [];
          for (let i = 0; i < records.length; i += batchSize) batches.push(records.slice(i, i + batchSize));
          const got = acrossThreads(batches, limits);
          expect(got).toStrictEqual(records);
          // Built as on a reader thread (strings neither detached nor shared there): the same values.
          expect(await load(side, rows, first, true)).toStrictEqual(firstRecords);
          got.forEach((r, i) => expect(Object.keys(r)).toEqual(Object.keys(records[i]!)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('carries the rare values: problems, NIK reasons, removed titles, weak tokens, keys unlike the tokens, a 40-token name, a wage past 32 bits', async () => {
    // 40 tokens, weak ones (BIN and the patronymic) past the 30 that fit in a code's bits.
    const long = `${Array.from({ length: 38 }, (_, i) => `NAMA${String.fromCharCode(65 + (i % 26))}`).join(' ')} BIN AHMAD`;
    const records = await load('bpjs', [
      { name: 'Hj. RADEN Djoko BIN AHMAD, S.Pd', nik: '3171014501900001', date: '31/02/1990', wage: 'Rp 2.500.000', status: 'AKTIF' },
      { name: 'SITI', nik: '3.17101E+15', date: '', wage: '', status: 'NON AKTIF' },
      { name: long, nik: '123', date: '1985-07-31', wage: 'Rp 3.000.000.000', status: '' },
    ], join(dir, 'rare.csv'));
    const [a, b, c] = records as BpjsParticipant[];
    // The records really hold what this test is about (else it would prove nothing).
    expect(a!.problems.length).toBeGreaterThan(0);
    expect(a!.name.removed.length).toBeGreaterThan(0);
    expect(a!.name.weak).toContain(true);
    expect(a!.name.keys).not.toEqual(a!.name.tokens);
    expect(b!.nik.status).toBe('excel_damaged');
    expect(c!.nik.reason).not.toBeNull();
    expect(c!.name.tokens.length).toBe(40);
    expect(c!.wage).toBe(3_000_000_000);
    expect(c!.name.weak.slice(38)).toEqual([true, true]);
    for (const limits of DICTIONARIES) expect(acrossThreads([records], limits)).toStrictEqual(records);
  });

  it('sends removed titles with the strings, not as extras, unless there are more than the codes can count', async () => {
    const [titled] = (await load('roster', [{ name: 'Hj. SITI AMINAH, S.Pd', nik: '3171014501900001', date: '1990-01-05', wage: '2500000', status: '' }], join(dir, 'titled.csv'))) as Worker[];
    expect(titled!.name.removed.length).toBeGreaterThan(1);
    expect(titled!.problems).toEqual([]);
    expect(createWireEncoder()([titled!]).extras).toEqual([]);
    const many = { ...titled!, name: { ...titled!.name, removed: Array.from({ length: 16 }, (_, i) => `GELAR${i}`) } };
    const fifteen = { ...titled!, seq: titled!.seq + 1, name: { ...titled!.name, removed: many.name.removed.slice(0, 15) } };
    expect(createWireEncoder()([many]).extras.length).toBe(1);
    expect(createWireEncoder()([fifteen]).extras).toEqual([]);
    for (const limits of DICTIONARIES) expect(acrossThreads([[titled!, many], [fifteen]], limits)).toStrictEqual([titled, many, fifteen]);
  });

  /** Active participants born on 5 January 1990, no wage. */
  const born1990 = (people: readonly [name: string, nik: string][]) => people.map(([name, nik]) => ({ name, nik, date: '1990-01-05', wage: '', status: 'AKTIF' }));

  it('shares what repeats: file, NIK text, empty lists, all-false weak flags, keys equal to tokens', async () => {
    const records = await load('bpjs', born1990([['SITI AMINAH', '3171014501900001'], ['BUDI SANTOSO', '3171010501900002'], ['SITI RAHMA', '3171014601900003']]), join(dir, 'shared.csv'));
    const [a, b, c] = acrossThreads([records.slice(0, 2), records.slice(2)]);
    expect(a!.problems).toBe(b!.problems);
    expect(a!.name.removed).toBe(b!.name.removed);
    expect(a!.name.weak).toBe(b!.name.weak);
    expect(a!.name.keys).toBe(a!.name.tokens);
    expect(Object.isFrozen(a!.problems)).toBe(true);
    // Shared strings are the same values (their sharing is not observable from JavaScript, only in the heap).
    expect(c!.name.tokens).toEqual(['SITI', 'RAHMA']);
    expect(c!.birthDate).toBe('1990-01-05');
  });

  it('sends a repeated string once per stream, then by number; a full dictionary sends new ones as text', async () => {
    const records = await load('bpjs', born1990([['SITI AMINAH', '3171014501900001'], ['SITI AMINAH', '3171014501900002'], ['BUDI AMINAH', '3171010501900003']]), join(dir, 'dictionary.csv'));
    const encode = createWireEncoder({ size: 500_000, maxLength: 40, startAfter: 0 });
    const first = encode(records.slice(0, 1));
    const later = encode(records.slice(1));
    expect(first.strings).toEqual(expect.arrayContaining(['SITI', 'AMINAH', '1990-01-05']));
    expect(later.strings).not.toContain('SITI');
    expect(later.strings).not.toContain('1990-01-05');
    expect(later.strings).toContain('BUDI');
    // Room for two strings: the later ones (the date, BUDI) travel as text every time.
    const small = createWireEncoder({ size: 2, maxLength: 40, startAfter: 0 });
    small(records.slice(0, 1));
    const full = small(records.slice(1));
    expect(full.strings).not.toContain('SITI');
    expect(full.strings.filter((v) => v === '1990-01-05')).toHaveLength(2);
    // Started after one record: the first record's strings were not remembered.
    const late = createWireEncoder({ size: 500_000, maxLength: 40, startAfter: 1 });
    late(records.slice(0, 1));
    expect(late(records.slice(1)).strings.filter((v) => v === '1990-01-05')).toHaveLength(1);
    // The same records again, in a second batch of a fresh stream: rebuilt from numbers alone.
    const again = createWireEncoder({ size: 500_000, maxLength: 40, startAfter: 0 });
    const decode = createWireDecoder();
    expect([...decode(structuredClone(again(records))), ...decode(structuredClone(again(records)))]).toStrictEqual([...records, ...records]);
  });
});
