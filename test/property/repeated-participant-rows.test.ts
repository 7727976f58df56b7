import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepeatedParticipantRows } from '../../src/normalize/repeated-participant-rows.js';
import type { BpjsParticipant } from '../../src/normalize/person-record.js';
import { makeParticipant } from '../unit/match/make-records.js';

// The typed-array table (KPJ halves + a hash of the details) against the plain rule it stands for: a row is
// dropped when the first row of its KPJ had the same NIK, name and birth date. Few distinct values, so that
// KPJs, details and leading zeros ("0123" / "123") collide often. Synthetic NIKs.
const row = fc.record({
  kpj: fc.constantFrom(null, '', '26010000021', '026010000021', '26010000031', '123', '0123', '12345678901234567', '9999999999999999'),
  nik: fc.constantFrom('3201011111910021', '3201012010900031', ''),
  name: fc.constantFrom('UJANG SUPRIATNA', 'KOKOM KOMALASARI', 'UJANG'),
  birthDate: fc.constantFrom('1991-11-11', '1990-10-20', null),
});

function expected(rows: readonly BpjsParticipant[]): number[] {
  const first = new Map<string, string>();
  const kept: number[] = [];
  for (const p of rows) {
    const details = `${p.nik.nik ?? p.nik.raw}\u0000${p.name.clean}\u0000${p.birthDate ?? ''}`;
    const kpj = p.kpj ?? '';
    if (kpj === '' || kpj.length > 16) {
      kept.push(p.seq);
      continue;
    }
    const f = first.get(kpj);
    if (f === undefined) first.set(kpj, details);
    if (f !== details) kept.push(p.seq);
  }
  return kept;
}

describe('RepeatedParticipantRows (property)', () => {
  it('drops exactly the rows equal to the first row of their KPJ, however the rows are batched', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (specs, batchSize) => {
        const rows = specs.map((s, i) => makeParticipant(i, s));
        const filter = new RepeatedParticipantRows();
        const kept: number[] = [];
        for (let i = 0; i < rows.length; i += batchSize) kept.push(...filter.drop(rows.slice(i, i + batchSize)).map((p) => p.seq));
        expect(kept).toEqual(expected(rows));
        expect(filter.problems.length).toBe(rows.length - kept.length);
      }),
    );
  });
});
