import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/i18n/message.js';
import { reviewRowsOf } from '../../../src/report/model/review-rows.js';
import { NIK_A, NIK_B, decision, participant, worker } from './report-fixtures.js';

const identity = (s: string): string => s;

describe('review.csv rows', () => {
  const w = worker({ row: 13, name: 'TEGUH PRASETYO', birthDate: '1990-06-15' });
  const first = participant({ row: 20, nik: NIK_A, name: 'TEGUH PRASETYO', birthDate: '1990-06-15' });
  const second = participant({ row: 41, nik: NIK_B, name: 'TEGUH PRASETIO', birthDate: '1990-06-15' });
  const why = msg('match.reason.ambiguous', { margin: 0.5, required: 3 });
  const shared = msg('match.reason.nik_shared', { ref: 'a.xlsx!Sheet1!5' });
  const firstReasons = [msg('match.reason.nik_missing'), msg('match.reason.name_equal'), msg('match.reason.dob_equal')];
  const secondReasons = [msg('match.reason.nik_missing'), msg('match.reason.name_typo', { roster: 'PRASETYO', bpjs: 'PRASETIO' }), msg('match.reason.dob_equal')];
  // As the matcher builds it: why, then the best candidate's reasons (for workers.csv), then the row's own.
  const d = decision(w, 'review', {
    score: 14.5,
    candidates: [
      { bpjs: first, score: 14.5, reasons: firstReasons },
      { bpjs: second, score: 14, reasons: secondReasons },
    ],
    reasons: [why, ...firstReasons, shared],
  });

  it("gives each candidate its own pair reasons once, after the decision's own", () => {
    const rows = reviewRowsOf('en', [d], identity);
    expect(rows.map((r) => r.bpjs.row)).toEqual([20, 41]);
    expect(rows[0]!.reasons).toBe(
      'another candidate is nearly as strong (score margin 0.5, needs 3); ' +
        'same NIK as row a.xlsx!Sheet1!5 but a different name: check the NIK; no usable NIK on one side; names equal; same birth date',
    );
    expect(rows[1]!.reasons.match(/names equal/g)).toBeNull();
    expect(rows[1]!.reasons.match(/no usable NIK on one side/g)).toHaveLength(1);
    expect(rows[1]!.reasons.startsWith('another candidate is nearly as strong')).toBe(true);
  });

  it('keeps every reason of a decision that does not repeat its first candidate', () => {
    const other = decision(w, 'review', { candidates: [{ bpjs: first, score: 9, reasons: firstReasons }], reasons: [why] });
    const [row] = reviewRowsOf('en', [other], identity);
    expect(row!.reasons.split('; ')).toHaveLength(1 + firstReasons.length);
  });

  it('narrows the roster key of a NIK-less row to its agency when another agency lists the same name and birth date', () => {
    const candidate = [{ bpjs: first, score: 14, reasons: firstReasons }];
    const inPanti = decision(worker({ row: 2, name: 'SITI AMINAH', birthDate: '1990-05-20', agency: 'UPT Panti' }), 'review', { candidates: candidate, reasons: [why] });
    const inDinsos = decision(worker({ row: 4, name: 'SITI AMINAH', birthDate: '1990-05-20', agency: 'DINSOS' }), 'review', { candidates: candidate, reasons: [why] });
    const rows = reviewRowsOf('en', [inPanti, inDinsos], identity);
    expect(rows.map((r) => r.rosterKey)).toEqual(['name:AMINAH SITI|1990-05-20|opd:UPT PANTI', 'name:AMINAH SITI|1990-05-20|opd:DINSOS']);
    // The same agency twice is one key: such rows are the same person listed twice (find-duplicates).
    const sameAgency = decision(worker({ row: 9, name: 'SITI AMINAH', birthDate: '1990-05-20', agency: 'upt panti' }), 'review', { candidates: candidate, reasons: [why] });
    expect(reviewRowsOf('en', [inPanti, sameAgency], identity).map((r) => r.rosterKey)).toEqual(['name:AMINAH SITI|1990-05-20', 'name:AMINAH SITI|1990-05-20']);
    // A matched row of another agency counts too: a decision's roster key finds a row by its name key, NIK or not.
    const matchedElsewhere = decision(worker({ row: 3, nik: NIK_A, name: 'SITI AMINAH', birthDate: '1990-05-20', agency: 'DINKES' }), 'registered', { bpjs: first });
    expect(reviewRowsOf('en', [inPanti, matchedElsewhere], identity).map((r) => r.rosterKey)).toEqual(['name:AMINAH SITI|1990-05-20|opd:UPT PANTI']);
  });

  // Was the machine value ("active") in an Indonesian review card (exploratory test round 2).
  it("shows the BPJS status as the export wrote it, else the machine value", () => {
    const raw = participant({ row: 20, nik: NIK_A, name: 'TEGUH PRASETYO', birthDate: '1990-06-15', statusRaw: 'NON AKTIF', status: 'inactive' });
    const d2 = decision(w, 'review', { candidates: [{ bpjs: raw, score: 9, reasons: [] }, { bpjs: second, score: 8, reasons: [] }], reasons: [why] });
    expect(reviewRowsOf('en', [d2], identity).map((r) => r.bpjs.status)).toEqual(['NON AKTIF', second.status ?? '']);
  });
});
