import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { BpjsOnlyStore } from '../../../src/cli/bpjs-only-store.js';
import type { BpjsParticipant } from '../../../src/normalize/person-record.js';
import { compactBpjsOnly } from '../../../src/report/model/bpjs-only-record.js';
import { parseNik } from '../../../src/normalize/nik.js';
import { normalizeName } from '../../../src/normalize/name.js';

function participant(seq: number): BpjsParticipant {
  return {
    side: 'bpjs',
    seq,
    file: seq % 2 === 0 ? 'a.csv' : 'b.xlsx',
    sheet: seq % 2 === 0 ? '' : 'Peserta',
    row: seq + 2,
    nik: parseNik(`32730145019${String(seq).padStart(5, '0')}`, { referenceYear: 2026 }),
    name: normalizeName(`PESERTA ${seq}`),
    birthDate: '1990-01-05',
    birthPlace: null,
    sex: 'F',
    agency: null,
    position: null,
    wage: 2_000_000 + seq,
    kpj: `2601100${String(seq).padStart(4, '0')}`,
    problems: [],
    status: seq % 3 === 0 ? 'inactive' : 'active',
    statusRaw: seq % 3 === 0 ? 'Meninggal' : 'AKTIF',
    membershipDate: '2023-02-01',
  };
}

async function all(store: BpjsOnlyStore, extra: BpjsParticipant[]): Promise<number[]> {
  const out: number[] = [];
  for await (const r of store.records(extra.map((p) => compactBpjsOnly(p)))) out.push(r.seq);
  return out;
}

describe('BpjsOnlyStore', () => {
  it('keeps small sets in memory, merged with the matcher leftovers in export order', async () => {
    const store = new BpjsOnlyStore(100);
    store.add([0, 2, 5].map(participant));
    store.add([7].map(participant));
    expect(store.spilled).toBe(false);
    expect(store.count).toBe(4);
    expect(store.inMemory([participant(1), participant(6)].map((p) => compactBpjsOnly(p))).map((r) => r.seq)).toEqual([0, 1, 2, 5, 6, 7]);
    expect(await all(store, [participant(1), participant(6)])).toEqual([0, 1, 2, 5, 6, 7]);
  });

  it('spills past its limit to a private scratch file and reads everything back, then deletes it', async () => {
    const store = new BpjsOnlyStore(3);
    const seqs = Array.from({ length: 50 }, (_, i) => i * 2);
    for (let i = 0; i < seqs.length; i += 4) store.add(seqs.slice(i, i + 4).map(participant));
    expect(store.spilled).toBe(true);
    expect(store.count).toBe(50);
    const extra = [participant(1), participant(41), participant(1001)];
    const got = await all(store, extra);
    expect(got).toEqual([...seqs, 1, 41, 1001].sort((a, b) => a - b));
    const first: unknown[] = [];
    for await (const r of store.records([])) {
      first.push(r);
      break;
    }
    expect(first[0]).toEqual(compactBpjsOnly(participant(0)));
    const path = (store as unknown as { path: string }).path;
    expect(existsSync(path)).toBe(true);
    store.dispose();
    expect(existsSync(path)).toBe(false);
  });

  // Exploratory round 4, C05: a spilled record keeps the export's status word, and the store counts the
  // participants that are not paid for (not active), spilled or not.
  it('keeps the status as written through a spill and counts the inactive ones', async () => {
    const store = new BpjsOnlyStore(2);
    store.add([0, 1, 2, 3, 4, 5, 6].map(participant));
    expect(store.spilled).toBe(true);
    expect(store.inactive).toBe(3); // seq 0, 3, 6
    const raw: (string | null)[] = [];
    for await (const r of store.records([])) raw.push(r.statusRaw);
    expect(raw).toEqual(['Meninggal', 'AKTIF', 'AKTIF', 'Meninggal', 'AKTIF', 'AKTIF', 'Meninggal']);
    store.dispose();
  });
});
