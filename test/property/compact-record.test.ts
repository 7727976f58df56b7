import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { localSideEvents } from '../../src/cli/side-events.js';
import { createRecordCompactor } from '../../src/normalize/compact-record.js';
import type { BpjsParticipant, Worker } from '../../src/normalize/person-record.js';
import type { Side } from '../../src/table/table-layout.js';

const dir = mkdtempSync(join(tmpdir(), 'rekon-compact-'));
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

async function load(side: Side, rows: readonly { name: string; nik: string; date: string; wage: string; status: string }[], file: string): Promise<(Worker | BpjsParticipant)[]> {
  const header = side === 'roster' ? 'NO,NAMA,NIK,TGL LAHIR,OPD,GAJI' : 'NO,NAMA,NIK,TGL LAHIR,UPAH,STATUS KEPESERTAAN';
  const lines = rows.map((r, i) => [String(i + 1), r.name, r.nik, r.date, side === 'roster' ? 'DINAS SOSIAL' : r.wage, side === 'roster' ? r.wage : r.status].map(csvField).join(','));
  writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
  const out: (Worker | BpjsParticipant)[] = [];
  for await (const ev of localSideEvents([file], { side, overrides: {}, referenceYear: 2026, headerRow: undefined, delimiter: undefined, encoding: undefined, stdin: process.stdin })) {
    if (ev.kind === 'batch') out.push(...(ev.records as (Worker | BpjsParticipant)[]));
  }
  return out;
}

describe('record compactor', () => {
  it('keeps every value of every record, also of records that crossed a thread boundary (structured clone)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Side>('roster', 'bpjs'), fc.array(row, { minLength: 1, maxLength: 12 }), async (side, rows) => {
        const records = await load(side, rows, join(dir, `in-${run++}.csv`));
        const compactor = createRecordCompactor();
        for (const r of records) {
          const c = compactor.compact(r);
          expect(c).toEqual(r);
          expect(Object.keys(c).sort()).toEqual(Object.keys(r).sort());
          expect(compactor.compact(structuredClone(r))).toEqual(r);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('shares what repeats: empty lists, all-false weak flags, keys equal to tokens', async () => {
    const records = await load('bpjs', [
      { name: 'SITI AMINAH', nik: '3171014501900001', date: '1990-01-05', wage: '', status: 'AKTIF' },
      { name: 'BUDI SANTOSO', nik: '3171010501900002', date: '1990-01-05', wage: '', status: 'AKTIF' },
    ], join(dir, 'shared.csv'));
    const compactor = createRecordCompactor();
    const [a, b] = records.map((r) => compactor.compact(structuredClone(r)));
    expect(a!.problems).toBe(b!.problems);
    expect(a!.name.removed).toBe(b!.name.removed);
    expect(a!.name.weak).toBe(b!.name.weak);
    expect(a!.name.keys).toBe(a!.name.tokens);
    expect(a!.at.file).toBe(b!.at.file);
    expect(Object.isFrozen(a!.problems)).toBe(true);
  });
});
