import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCY_NAMED_TOTAL, TOTAL_AGENCY, agencyKey, compareCodePoints } from '../../../src/budget/agency-key.js';
import { WORKER_STATUSES, type BpjsOnlyLink, type ReconcileResult, type WorkerDecision, type WorkerStatus } from '../../../src/match/match-decision.js';
import { summarize, type StatusCounts } from '../../../src/report/model/agency-summary.js';
import { decision, participant, worker } from './report-fixtures.js';

function result(decisions: readonly WorkerDecision[], o: Partial<ReconcileResult> = {}): ReconcileResult {
  return { decisions, bpjsOnly: [], notes: [], ...o };
}

let row = 1;
function d(agency: string, status: WorkerStatus): WorkerDecision {
  row += 1;
  return decision(worker({ row, agency }), status);
}

const COUNT_KEYS = ['workers', 'registered', 'inactive', 'unregistered', 'review', 'duplicate'] as const;

describe('summarize', () => {
  it('counts each status per agency and in total, with coverage = registered ÷ (workers − duplicates)', () => {
    const s = summarize(
      result([
        d('Dinas Kesehatan', 'registered'),
        d('Dinas Kesehatan', 'registered'),
        d('Dinas Kesehatan', 'inactive'),
        d('Dinas Kesehatan', 'unregistered'),
        d('Dinas Kesehatan', 'duplicate'),
        d('Dinas Pendidikan', 'review'),
        d('Dinas Pendidikan', 'unregistered'),
      ]),
    );
    expect(s.agencies).toEqual([
      { agency: 'DINAS KESEHATAN', workers: 5, registered: 2, inactive: 1, unregistered: 1, review: 0, duplicate: 1, coverage: 0.5 },
      { agency: 'DINAS PENDIDIKAN', workers: 2, registered: 0, inactive: 0, unregistered: 1, review: 1, duplicate: 0, coverage: 0 },
    ]);
    expect(s.total).toEqual({ workers: 7, registered: 2, inactive: 1, unregistered: 2, review: 1, duplicate: 1, coverage: 2 / 6 });
  });

  it('does not count an inactive participation as covered', () => {
    const s = summarize(result([d('A', 'inactive'), d('A', 'inactive'), d('A', 'registered')]));
    expect(s.total.coverage).toBeCloseTo(1 / 3, 12);
    expect(s.agencies[0]?.coverage).toBeCloseTo(1 / 3, 12);
  });

  it('gives full coverage when every distinct person is registered, duplicates aside', () => {
    const s = summarize(result([d('A', 'registered'), d('A', 'duplicate'), d('A', 'duplicate')]));
    expect(s.total).toMatchObject({ workers: 3, registered: 1, duplicate: 2, coverage: 1 });
  });

  it('has no agencies and a null coverage for an empty run', () => {
    const s = summarize(result([]));
    expect(s).toEqual({
      agencies: [],
      total: { workers: 0, registered: 0, inactive: 0, unregistered: 0, review: 0, duplicate: 0, coverage: null },
      bpjsOnly: 0,
      bpjsOnlyInactive: 0,
      bpjsOnlyRelated: { other_registration: 0, review_candidate: 0 },
    });
  });

  // Exploratory round 4, C05: a death or a leaver on no roster is not "paid for".
  it('counts the BPJS-only participants whose membership is not active', () => {
    const bpjsOnly = [participant({ row: 2, status: 'active' }), participant({ row: 3, status: 'inactive', statusRaw: 'Meninggal' }), participant({ row: 4, status: null })];
    const s = summarize({ decisions: [], bpjsOnly, notes: [] });
    expect([s.bpjsOnly, s.bpjsOnlyInactive]).toEqual([3, 1]);
  });

  it('groups agencies written with other spacing or case as one, under the budget key', () => {
    const s = summarize(result([d('Dinas  Kesehatan', 'registered'), d(' dinas kesehatan ', 'unregistered'), d('DINAS\tKESEHATAN', 'review'), d('DINAS KESEHATAN', 'inactive')]));
    expect(s.agencies.map((a) => [a.agency, a.workers])).toEqual([['DINAS KESEHATAN', 4]]);
  });

  it('groups an agency written with composed or decomposed accents as one', () => {
    const composed = 'Dinas Pariwisata Cárdenas'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    const s = summarize(result([d(composed, 'registered'), d(decomposed, 'unregistered')]));
    expect(s.agencies).toHaveLength(1);
    expect(s.agencies[0]).toMatchObject({ agency: agencyKey(composed), workers: 2 });
  });

  it('orders agencies by code point, not by locale nor by UTF-16 code unit', () => {
    // É (U+00C9) sorts after Z by code point (a locale puts it with E); Ｚ (U+FF3A) sorts before 𝐀 (U+1D400)
    // by code point, after it by UTF-16 code unit (a surrogate, 0xD835).
    const s = summarize(result([d('𝐀 Dinas', 'registered'), d('Ｚ Dinas', 'registered'), d('Ékonomi', 'registered'), d('Zakat', 'registered'), d('Bappeda', 'registered'), d('Dinas', 'registered')]));
    expect(s.agencies.map((a) => a.agency)).toEqual(['BAPPEDA', 'DINAS', 'ZAKAT', 'ÉKONOMI', 'Ｚ DINAS', '𝐀 DINAS']);
  });

  it('keeps an agency called "Total" apart from the total lines, as the budget does', () => {
    const s = summarize(result([d('Total', 'registered'), d(' total ', 'unregistered')]));
    expect(s.agencies.map((a) => a.agency)).toEqual([AGENCY_NAMED_TOTAL]);
    expect(s.agencies.some((a) => a.agency === TOTAL_AGENCY)).toBe(false);
  });

  it('takes the BPJS-only count from the result, unless the caller counts them (the streamed ones)', () => {
    const r = result([d('A', 'registered')], { bpjsOnly: [participant({ row: 2 }), participant({ row: 3 })] });
    expect(summarize(r).bpjsOnly).toBe(2);
    expect(summarize(r, 1234).bpjsOnly).toBe(1234);
    expect(summarize(r, 0).bpjsOnly).toBe(0);
  });

  it('counts the BPJS-only records still tied to a roster row, by kind, ignoring untied ones', () => {
    const w = worker({ row: 5 });
    const links: (BpjsOnlyLink | null)[] = [
      { kind: 'other_registration', roster: w },
      null,
      { kind: 'review_candidate', roster: w },
      { kind: 'review_candidate', roster: w },
      null,
    ];
    const r = result([d('A', 'review')], { bpjsOnly: links.map((_, i) => participant({ row: i + 2 })), bpjsOnlyLinks: links });
    const s = summarize(r);
    expect(s.bpjsOnlyRelated).toEqual({ other_registration: 1, review_candidate: 2 });
    expect(s.bpjsOnly).toBe(5);
    const { bpjsOnlyLinks: _links, ...withoutLinks } = r;
    expect(summarize(withoutLinks).bpjsOnlyRelated).toEqual({ other_registration: 0, review_candidate: 0 });
  });

  it('does not let one summary change another (fresh counters per call)', () => {
    const r = result([d('A', 'registered')]);
    const first = summarize(r);
    const second = summarize(r);
    expect(second).toEqual(first);
    expect(second.total.workers).toBe(1);
  });

  describe('properties', () => {
    const agencies = ['Dinas Kesehatan', 'DINAS  KESEHATAN', 'dinas pendidikan', 'Bappeda', 'Ékonomi', 'Total', 'Sekretariat DPRD', ' x '];
    const decisionsArb = fc.array(fc.tuple(fc.constantFrom(...agencies), fc.constantFrom(...WORKER_STATUSES)), { maxLength: 60 }).map((xs) => xs.map(([agency, status], i) => decision(worker({ row: i + 2, agency }), status)));

    it('the agency rows add up to the total, each row adds up to its workers, and coverage is a share', () => {
      fc.assert(
        fc.property(decisionsArb, (ds) => {
          const s = summarize(result(ds));
          expect(s.total.workers).toBe(ds.length);
          for (const k of COUNT_KEYS) expect(s.agencies.reduce((n, a) => n + a[k], 0)).toBe(s.total[k]);
          const rows: StatusCounts[] = [...s.agencies, s.total];
          for (const a of rows) {
            expect(a.registered + a.inactive + a.unregistered + a.review + a.duplicate).toBe(a.workers);
            const people = a.workers - a.duplicate;
            if (people === 0) expect(a.coverage).toBeNull();
            else expect(a.coverage).toBe(a.registered / people);
          }
          for (const a of s.agencies) expect(a.workers).toBeGreaterThan(0);
        }),
      );
    });

    it('agencies are distinct budget keys in strictly increasing code-point order', () => {
      fc.assert(
        fc.property(decisionsArb, (ds) => {
          const s = summarize(result(ds));
          const keys = s.agencies.map((a) => a.agency);
          expect(new Set(keys)).toEqual(new Set(ds.map((x) => agencyKey(x.worker.agency))));
          for (let i = 1; i < keys.length; i++) expect(compareCodePoints(keys[i - 1] ?? '', keys[i] ?? '')).toBeLessThan(0);
        }),
      );
    });

    it('does not depend on the order of the roster rows', () => {
      fc.assert(
        fc.property(
          decisionsArb.chain((ds) => fc.tuple(fc.constant(ds), fc.shuffledSubarray(ds, { minLength: ds.length, maxLength: ds.length }))),
          ([ds, shuffled]) => {
            expect(summarize(result(shuffled))).toEqual(summarize(result(ds)));
          },
        ),
      );
    });
  });
});
