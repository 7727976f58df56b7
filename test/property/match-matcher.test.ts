import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/create-matcher.js';
import type { ReconcileResult } from '../../src/match/match-decision.js';
import { DEFAULT_MATCH_SETTINGS } from '../../src/match/match-settings.js';
import type { BpjsParticipant } from '../../src/normalize/person-record.js';
import { makeNik, makeParticipant, makeWorker, type RecordSpec } from '../unit/match/make-records.js';

// Small synthetic worlds: few names and dates, so namesakes, shared birth dates, twins and typos are frequent.
const FIRST = ['SITI', 'MUHAMMAD', 'BUDI', 'RINA', 'RINI', 'AGUS', 'DEWI'];
const LAST = ['AMINAH', 'RIZKI', 'SANTOSO', 'LESTARI', 'SAPUTRA'];
const DATES = ['1990-01-10', '1985-03-22', '1992-06-15', '1990-10-01'];

const person = fc.record({
  first: fc.constantFrom(...FIRST),
  last: fc.constantFrom(...LAST),
  date: fc.constantFrom(...DATES),
  sex: fc.constantFrom('M' as const, 'F' as const),
  serial: fc.integer({ min: 1, max: 3 }),
  region: fc.constantFrom('367101', '327301'),
});

const rosterVariant = fc.constantFrom('same', 'no_nik', 'typo', 'title', 'swap_date');
const bpjsVariant = fc.constantFrom('active', 'inactive', 'no_status');

type Person = { first: string; last: string; date: string; sex: 'M' | 'F'; serial: number; region: string };

function rosterSpec(p: Person, v: string): RecordSpec {
  const nik = makeNik(p.region, p.date, p.sex, p.serial);
  const spec: RecordSpec = { nik, name: `${p.first} ${p.last}`, birthDate: p.date, agency: p.region };
  if (v === 'no_nik') spec.nik = null;
  if (v === 'typo') spec.nik = nik.slice(0, 13) + ((Number(nik[13]) + 1) % 10) + nik.slice(14);
  if (v === 'title') spec.name = `${p.first} ${p.last}, S.Pd`;
  if (v === 'swap_date') spec.birthDate = `${p.date.slice(0, 4)}-${p.date.slice(8, 10)}-${p.date.slice(5, 7)}`;
  return spec;
}

const world = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 14 }),
  roster: fc.array(fc.tuple(fc.nat(), rosterVariant), { maxLength: 14 }),
  bpjs: fc.array(fc.tuple(fc.nat(), bpjsVariant), { maxLength: 14 }),
  cuts: fc.array(fc.nat({ max: 14 }), { maxLength: 4 }),
  order: fc.array(fc.nat(), { maxLength: 14 }),
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function run(w: World, split: boolean): { result: ReconcileResult; participants: BpjsParticipant[] } {
  const people = w.people as Person[];
  const workers = w.roster.map(([i, v], seq) => makeWorker(seq, rosterSpec(people[i % people.length]!, v)));
  const participants = w.bpjs.map(([i, v], seq) => {
    const p = people[i % people.length]!;
    return makeParticipant(seq, {
      nik: makeNik(p.region, p.date, p.sex, p.serial),
      name: `${p.first} ${p.last}`,
      birthDate: p.date,
      status: v === 'no_status' ? null : v === 'inactive' ? 'inactive' : 'active',
    });
  });
  const m = createMatcher(workers, DEFAULT_MATCH_SETTINGS);
  if (!split) m.addParticipants(participants);
  else {
    // Shuffle the arrival order (deterministically from the generated `order`) and cut into batches.
    const arrival = participants.map((p, i) => ({ p, k: w.order[i] ?? i })).sort((a, b) => a.k - b.k || a.p.seq - b.p.seq).map((x) => x.p);
    const cuts = [...new Set(w.cuts.filter((c) => c < arrival.length))].sort((a, b) => a - b);
    let from = 0;
    for (const c of [...cuts, arrival.length]) {
      m.addParticipants(arrival.slice(from, c));
      from = c;
    }
  }
  return { result: m.finish(), participants };
}

function summary(r: ReconcileResult) {
  return {
    decisions: r.decisions.map((d) => ({
      seq: d.worker.seq,
      status: d.status,
      method: d.method,
      score: d.score,
      bpjs: d.bpjs?.seq ?? null,
      dup: d.duplicateOf?.seq ?? null,
      candidates: d.candidates.map((c) => [c.bpjs.seq, c.score]),
      flags: d.flags,
      reasons: d.reasons,
    })),
    bpjsOnly: r.bpjsOnly.map((p) => p.seq),
    notes: r.notes,
  };
}

describe('matcher properties', () => {
  it('one decision per roster row, in roster order', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { result } = run(w, false);
        expect(result.decisions.map((d) => d.worker.seq)).toEqual(w.roster.map((_, i) => i));
      }),
      { numRuns: 150 },
    );
  });

  it('one-to-one: a BPJS record is matched by at most one non-duplicate row; matched and bpjsOnly partition the export', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { result, participants } = run(w, false);
        const matched = result.decisions.filter((d) => d.status === 'registered' || d.status === 'inactive').map((d) => d.bpjs!.seq);
        expect(new Set(matched).size).toBe(matched.length);
        const only = result.bpjsOnly.map((p) => p.seq);
        expect([...matched, ...only].sort((a, b) => a - b)).toEqual(participants.map((p) => p.seq));
        for (const d of result.decisions) {
          if (d.status === 'duplicate') {
            expect(d.duplicateOf!.seq).toBeLessThan(d.worker.seq);
            const first = result.decisions[d.duplicateOf!.seq]!;
            expect(first.status).not.toBe('duplicate');
            expect(d.bpjs?.seq ?? null).toBe(first.bpjs?.seq ?? null);
          }
          if (d.status === 'review') {
            expect(d.candidates.length).toBeGreaterThan(0);
            expect(d.candidates.length).toBeLessThanOrEqual(3);
            const scores = d.candidates.map((c) => c.score);
            expect([...scores].sort((a, b) => b - a)).toEqual(scores);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the same decisions whatever the batch split and arrival order of the BPJS export', () => {
    fc.assert(
      fc.property(world, (w) => {
        expect(summary(run(w, true).result)).toEqual(summary(run(w, false).result));
      }),
      { numRuns: 150 },
    );
  });
});
