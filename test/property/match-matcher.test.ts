import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, type ManualDecision } from '../../src/match/create-matcher.js';
import { personKey } from '../../src/match/person-key.js';
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
type Decision = readonly [number, number, 'accept' | 'reject'];

const decisionsArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('accept' as const, 'reject' as const)), { maxLength: 5 });

function run(w: World, split: boolean, decisions: readonly Decision[] = []): { result: ReconcileResult; participants: BpjsParticipant[]; returned: BpjsParticipant[] } {
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
  // Manual decisions name a roster row and a BPJS row of the world; they are keyed by the people, as a decisions file is.
  const manual: ManualDecision[] = [];
  for (const [ri, bi, decision] of decisions) {
    const wk = workers.length > 0 ? personKey(workers[ri % workers.length]!) : null;
    const pk = participants.length > 0 ? personKey(participants[bi % participants.length]!) : null;
    if (wk !== null && pk !== null) manual.push({ roster: wk, bpjs: pk, decision });
  }
  const m = createMatcher(workers, DEFAULT_MATCH_SETTINGS, manual);
  const returned: BpjsParticipant[] = [];
  if (!split) returned.push(...m.addParticipants(participants));
  else {
    // Shuffle the arrival order (deterministically from the generated `order`) and cut into batches.
    const arrival = participants.map((p, i) => ({ p, k: w.order[i] ?? i })).sort((a, b) => a.k - b.k || a.p.seq - b.p.seq).map((x) => x.p);
    const cuts = [...new Set(w.cuts.filter((c) => c < arrival.length))].sort((a, b) => a - b);
    let from = 0;
    for (const c of [...cuts, arrival.length]) {
      const batch = arrival.slice(from, c);
      const back = m.addParticipants(batch);
      // Returned in batch order, and only participants of this batch.
      expect(back.every((p) => batch.includes(p))).toBe(true);
      expect(back.map((p) => batch.indexOf(p))).toEqual(back.map((p) => batch.indexOf(p)).sort((a, b) => a - b));
      returned.push(...back);
      from = c;
    }
  }
  return { result: m.finish(), participants, returned };
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
    manualApplied: r.manualApplied,
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

  it('one-to-one: a BPJS record is matched by at most one non-duplicate row; matched, returned-unmatched and bpjsOnly cover the export exactly once', () => {
    fc.assert(
      fc.property(world, fc.boolean(), (w, split) => {
        const { result, participants, returned } = run(w, split);
        const matched = result.decisions.filter((d) => d.status === 'registered' || d.status === 'inactive').map((d) => d.bpjs!.seq);
        expect(new Set(matched).size).toBe(matched.length);
        const only = result.bpjsOnly.map((p) => p.seq);
        expect([...matched, ...returned.map((p) => p.seq), ...only].sort((a, b) => a - b)).toEqual(participants.map((p) => p.seq));
        // A returned participant appears in no decision (not even as a review candidate).
        const back = new Set(returned.map((p) => p.seq));
        for (const d of result.decisions) for (const c of d.candidates) expect(back.has(c.bpjs.seq)).toBe(false);
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
        const split = run(w, true);
        const whole = run(w, false);
        expect(summary(split.result)).toEqual(summary(whole.result));
        expect(split.returned.map((p) => p.seq).sort((a, b) => a - b)).toEqual(whole.returned.map((p) => p.seq));
      }),
      { numRuns: 150 },
    );
  });

  it('with manual decisions: still one-to-one, the export covered exactly once, and independent of the batch split', () => {
    fc.assert(
      fc.property(world, decisionsArb, (w, decisions) => {
        const split = run(w, true, decisions);
        const whole = run(w, false, decisions);
        expect(summary(split.result)).toEqual(summary(whole.result));
        const { result, participants, returned } = whole;
        const matched = result.decisions.filter((d) => d.status === 'registered' || d.status === 'inactive').map((d) => d.bpjs!.seq);
        expect(new Set(matched).size).toBe(matched.length);
        expect([...matched, ...returned.map((p) => p.seq), ...result.bpjsOnly.map((p) => p.seq)].sort((a, b) => a - b)).toEqual(participants.map((p) => p.seq));
        const applied = result.manualApplied ?? [];
        expect([...applied].sort((a, b) => a - b)).toEqual(applied);
        // Every manual match is an applied accept decision between exactly these two people.
        for (const d of result.decisions) {
          if (d.method !== 'manual' || d.status === 'duplicate') continue;
          expect(d.reasons[0]?.code).toBe('match.reason.manual_accept');
        }
      }),
      { numRuns: 150 },
    );
  });
});
