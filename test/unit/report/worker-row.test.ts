import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/i18n/message.js';
import type { WorkerDecision } from '../../../src/match/match-decision.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import type { CellSink } from '../../../src/report/cell-sink.js';
import { csvCellText, type CsvCell } from '../../../src/report/csv-cell.js';
import { WORKER_COLUMNS, rosterNikText, shownId, workerRowCells, workerRowEmitter, type RowPrivacy, type WorkerColumn } from '../../../src/report/model/worker-row.js';
import { makeWorker } from '../match/make-records.js';
import { NIK_A, NIK_C, NIK_D, NIK_PAPUA, decision, participant, worker } from './report-fixtures.js';

const identity: RowPrivacy = { mask: (v) => v };
const masked: RowPrivacy = { mask: maskNik };
const plain = { excelSafe: false };

/** A privacy that records what it was asked to mask. */
function spyPrivacy(): RowPrivacy & { calls: string[] } {
  const calls: string[] = [];
  return { calls, mask: (v) => (calls.push(v), `#${v}#`) };
}

function texts(cells: Record<WorkerColumn, CsvCell>): Record<WorkerColumn, string> {
  const out = {} as Record<WorkerColumn, string>;
  for (const c of WORKER_COLUMNS) out[c] = csvCellText(cells[c], plain);
  return out;
}

describe('WORKER_COLUMNS', () => {
  it('are the issue list first, then the extras, as stable snake_case keys', () => {
    expect(WORKER_COLUMNS).toEqual([
      'status',
      'match_method',
      'score',
      'roster_file',
      'roster_sheet',
      'roster_row',
      'bpjs_file',
      'bpjs_sheet',
      'bpjs_row',
      'nik',
      'bpjs_nik',
      'name',
      'bpjs_name',
      'agency',
      'wage',
      'kpj',
      'flags',
      'reasons',
      'birth_date',
      'bpjs_birth_date',
      'bpjs_status',
      'bpjs_wage',
      'duplicate_of',
      'candidates',
    ]);
    for (const c of WORKER_COLUMNS) expect(c).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(new Set(WORKER_COLUMNS).size).toBe(WORKER_COLUMNS.length);
  });
});

describe('shownId', () => {
  it('is empty for an absent or empty identifier, without asking the mask', () => {
    const p = spyPrivacy();
    expect(shownId(p, null)).toBe('');
    expect(shownId(p, '')).toBe('');
    expect(p.calls).toEqual([]);
  });

  it('passes a present identifier through the mask exactly once', () => {
    const p = spyPrivacy();
    expect(shownId(p, NIK_A)).toBe(`#${NIK_A}#`);
    expect(p.calls).toEqual([NIK_A]);
    expect(shownId(masked, NIK_A)).toBe('3273********0001');
    expect(shownId(identity, NIK_PAPUA)).toBe(NIK_PAPUA);
  });
});

describe('rosterNikText', () => {
  it('prefers the valid NIK, then the digits, then the trimmed raw text', () => {
    expect(rosterNikText({ nik: NIK_A, digits: '999', raw: 'x' })).toBe(NIK_A);
    expect(rosterNikText({ nik: null, digits: '32730145019', raw: ' 3273-0145-019 ' })).toBe('32730145019');
    expect(rosterNikText({ nik: null, digits: '', raw: '  BELUM ADA \t' })).toBe('BELUM ADA');
    expect(rosterNikText({ nik: null, digits: '', raw: '' })).toBe('');
    expect(rosterNikText({ nik: null, digits: '', raw: '   ' })).toBe('');
  });

  it.each([
    { description: 'a clean NIK', cell: NIK_A, expected: NIK_A },
    { description: 'a NIK with spaces around it', cell: `  ${NIK_A} `, expected: NIK_A },
    { description: 'a NIK typed with an apostrophe', cell: `'${NIK_A}`, expected: NIK_A },
    { description: 'a NIK typed in dotted groups', cell: '3273.0145.0190.0001', expected: NIK_A },
    { description: 'an 11-digit NIK (its digits)', cell: '32730145019', expected: '32730145019' },
    { description: 'a placeholder text (as written, trimmed)', cell: '  BELUM ADA  ', expected: 'BELUM ADA' },
    { description: 'a dash placeholder', cell: '  -  ', expected: '-' },
    { description: 'an empty cell', cell: '', expected: '' },
  ])('shows $description as the roster wrote it once cleaned', ({ cell, expected }) => {
    expect(rosterNikText(makeWorker(0, { nik: cell }).nik)).toBe(expected);
  });

  it('shows an Excel-damaged NIK by its digits (the zeroed 16th digit included), a Papua NIK exactly', () => {
    expect(rosterNikText(makeWorker(0, { nik: { excel: '3273014501900000' } }).nik)).toBe('3273014501900000');
    expect(rosterNikText(makeWorker(0, { nik: NIK_PAPUA }).nik)).toBe(NIK_PAPUA);
  });

  // Was "327301" (exploratory test): the 6 digits left of "3.27301E+15" read as a short NIK, or a region code.
  it('shows a NIK Excel wrote in scientific notation with digits lost as written (cleaned), not by the digits left', () => {
    expect(rosterNikText(makeWorker(0, { nik: '3.27301E+15' }).nik)).toBe('3.27301E+15');
    expect(rosterNikText(makeWorker(0, { nik: ' ="3,27301E+15" ' }).nik)).toBe('3,27301E+15');
    expect(rosterNikText(makeWorker(0, { nik: '3.27301450190000E+15' }).nik)).toBe('3.27301450190000E+15');
    expect(rosterNikText(makeWorker(0, { nik: '3.27301E+14' }).nik)).toBe('3.27301E+14');
    // Notation that kept every digit stands for them.
    expect(rosterNikText(makeWorker(0, { nik: '3.273014501900001E+15' }).nik)).toBe(NIK_A);
  });

  it('property: any valid NIK, however it is grouped or padded, is shown as its 16 digits', () => {
    const nikArb = fc.tuple(fc.constantFrom('3273', '3671', '9471'), fc.stringMatching(/^[0-9]{2}$/), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.stringMatching(/^[0-9]{2}$/), fc.integer({ min: 1, max: 9999 }));
    fc.assert(
      fc.property(nikArb, fc.constantFrom('', ' ', '.', '-'), fc.constantFrom('', ' ', '  '), ([prov, reg, day, month, year, serial], sep, pad) => {
        const nik = `${prov}${reg}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(serial).padStart(4, '0')}`;
        const typed = `${pad}${nik.slice(0, 4)}${sep}${nik.slice(4, 8)}${sep}${nik.slice(8, 12)}${sep}${nik.slice(12)}${pad}`;
        expect(rosterNikText(makeWorker(0, { nik: typed }).nik)).toBe(nik);
      }),
    );
  });
});

describe('workerRowCells', () => {
  const w1 = worker({ row: 5, nik: NIK_A, name: 'Hj. SITI AMINAH, S.Pd', birthDate: '1990-01-05', wage: 2_169_348, kpj: '23019999999' });
  const b1 = participant({ row: 2, nik: NIK_A, name: 'SITI AMINAH', birthDate: '1990-01-05', kpj: '23011234567', wage: 2_000_000, status: 'active' });

  it('writes a registered row column by column, typed', () => {
    const d = decision(w1, 'registered', { bpjs: b1, score: 14.567, method: 'nik', flags: ['name_differs', 'wage_underreported'], reasons: [msg('match.reason.nik_exact'), msg('match.reason.name_equal')] });
    expect(workerRowCells('en', d, identity)).toEqual({
      status: { kind: 'text', value: 'registered' },
      match_method: { kind: 'text', value: 'nik' },
      score: { kind: 'number', value: 14.57 },
      roster_file: { kind: 'text', value: 'dinas-kesehatan.xlsx' },
      roster_sheet: { kind: 'text', value: 'Honorer' },
      roster_row: { kind: 'number', value: 5 },
      bpjs_file: { kind: 'text', value: 'bpjs-export.csv' },
      bpjs_sheet: { kind: 'text', value: '' },
      bpjs_row: { kind: 'number', value: 2 },
      nik: { kind: 'id', value: NIK_A },
      bpjs_nik: { kind: 'id', value: NIK_A },
      name: { kind: 'text', value: 'Hj. SITI AMINAH, S.Pd' },
      bpjs_name: { kind: 'text', value: 'SITI AMINAH' },
      agency: { kind: 'text', value: 'Dinas Kesehatan' },
      wage: { kind: 'number', value: 2_169_348 },
      // The participant's KPJ wins over the one the roster gives.
      kpj: { kind: 'id', value: '23011234567' },
      flags: { kind: 'text', value: 'name_differs wage_underreported' },
      reasons: { kind: 'text', value: 'same NIK; names equal' },
      birth_date: { kind: 'text', value: '1990-01-05' },
      bpjs_birth_date: { kind: 'text', value: '1990-01-05' },
      bpjs_status: { kind: 'text', value: 'active' },
      bpjs_wage: { kind: 'number', value: 2_000_000 },
      duplicate_of: { kind: 'text', value: '' },
      candidates: { kind: 'text', value: '' },
    });
  });

  it('keys the cells in column order, one per column, for every kind of decision', () => {
    const c1 = participant({ row: 4, nik: NIK_C, kpj: '23010000001' });
    const ds: WorkerDecision[] = [
      decision(w1, 'registered', { bpjs: b1, score: 13 }),
      decision(w1, 'inactive', { bpjs: { ...b1, status: 'inactive' }, score: 12 }),
      decision(w1, 'unregistered'),
      decision(w1, 'review', { score: 7, method: 'fuzzy', candidates: [{ bpjs: c1, score: 7, reasons: [] }] }),
      decision(w1, 'duplicate', { duplicateOf: w1 }),
    ];
    for (const d of ds) expect(Object.keys(workerRowCells('id', d, identity))).toEqual([...WORKER_COLUMNS]);
  });

  it('emits each column exactly once, in column order, through a sink', () => {
    const seen: string[] = [];
    const sink: CellSink<WorkerColumn> = {
      text: (c) => void seen.push(c),
      num: (c) => void seen.push(c),
      id: (c) => void seen.push(c),
      cell: (c) => void seen.push(c),
    };
    workerRowEmitter('en', identity)(decision(w1, 'unregistered'), sink);
    expect(seen).toEqual([...WORKER_COLUMNS]);
  });

  it('leaves the BPJS side empty for a row with no participant and shows the roster KPJ', () => {
    const d = decision(w1, 'unregistered', { flags: [] });
    const t = texts(workerRowCells('en', d, identity));
    expect(t).toMatchObject({ status: 'unregistered', match_method: 'none', score: '', bpjs_file: '', bpjs_sheet: '', bpjs_row: '', bpjs_nik: '', bpjs_name: '' });
    expect(t).toMatchObject({ bpjs_birth_date: '', bpjs_status: '', bpjs_wage: '', flags: '', reasons: '', duplicate_of: '', candidates: '' });
    expect(t.kpj).toBe('23019999999');
    expect(workerRowCells('en', d, identity).bpjs_row).toEqual({ kind: 'number', value: null });
  });

  it('falls back to the roster KPJ when the participant has none, and is empty when neither has one', () => {
    const noKpj = { ...b1, kpj: null };
    expect(texts(workerRowCells('en', decision(w1, 'registered', { bpjs: noKpj }), identity)).kpj).toBe('23019999999');
    const w = { ...w1, kpj: null };
    expect(workerRowCells('en', decision(w, 'registered', { bpjs: noKpj }), identity).kpj).toEqual({ kind: 'id', value: '' });
  });

  it('shows the best candidate on the BPJS side of a review row and lists all candidates, best first, scores to 2 decimals', () => {
    const c1 = participant({ row: 4, file: 'bpjs.xlsx', sheet: 'Peserta', nik: '3671016607920008', name: 'JOKO SUPARMAN', kpj: '23010000001', birthDate: '1992-07-26', status: 'inactive', wage: 1_900_000 });
    const c2 = participant({ row: 5, nik: NIK_D, name: 'JOKO SUPRAPTO', kpj: '23010000002' });
    const w4 = worker({ row: 8, nik: NIK_C, name: 'DJOKO SOEPARMAN', agency: 'Dinas Pendidikan' });
    const d = decision(w4, 'review', { score: 8.8149, method: 'fuzzy', candidates: [{ bpjs: c1, score: 8.8149, reasons: [] }, { bpjs: c2, score: 6.2, reasons: [] }] });
    const t = texts(workerRowCells('en', d, identity));
    expect(t).toMatchObject({
      status: 'review',
      match_method: 'fuzzy',
      score: '8.81',
      bpjs_file: 'bpjs.xlsx',
      bpjs_sheet: 'Peserta',
      bpjs_row: '4',
      nik: NIK_C,
      bpjs_nik: '3671016607920008',
      bpjs_name: 'JOKO SUPARMAN',
      kpj: '23010000001',
      bpjs_birth_date: '1992-07-26',
      bpjs_status: 'inactive',
      bpjs_wage: '1900000',
      candidates: 'bpjs.xlsx [Peserta]:4 (8.81); bpjs-export.csv:5 (6.2)',
    });
  });

  it('prefers the matched participant over the candidates', () => {
    const c1 = participant({ row: 40, nik: NIK_C, name: 'OTHER' });
    const d = decision(w1, 'registered', { bpjs: b1, candidates: [{ bpjs: c1, score: 3, reasons: [] }] });
    expect(texts(workerRowCells('en', d, identity))).toMatchObject({ bpjs_row: '2', bpjs_name: 'SITI AMINAH' });
  });

  it.each([
    { score: 12, expected: 12 },
    { score: 0.81234, expected: 0.81 },
    { score: 13.456, expected: 13.46 },
    { score: -3.214, expected: -3.21 },
    { score: 6.999, expected: 7 },
  ])('rounds a score of $score to $expected', ({ score, expected }) => {
    expect(workerRowCells('en', decision(w1, 'review', { score }), identity).score).toEqual({ kind: 'number', value: expected });
  });

  it('names the earlier row of a duplicate as a spreadsheet user finds it (no sheet for a CSV)', () => {
    const first = worker({ row: 5, file: 'dinas.xlsx', sheet: 'Honorer 2024' });
    expect(texts(workerRowCells('en', decision(w1, 'duplicate', { duplicateOf: first }), identity)).duplicate_of).toBe('dinas.xlsx [Honorer 2024]:5');
    const csvFirst = worker({ row: 17, file: 'dinas.csv', sheet: '' });
    expect(texts(workerRowCells('en', decision(w1, 'duplicate', { duplicateOf: csvFirst }), identity)).duplicate_of).toBe('dinas.csv:17');
  });

  it('translates only the reasons: status, method and flags are the same machine values in both languages', () => {
    const d = decision(w1, 'registered', { bpjs: b1, score: 13, method: 'nik', flags: ['dob_differs'], reasons: [msg('match.reason.nik_exact'), msg('match.reason.name_equal')] });
    const id = texts(workerRowCells('id', d, identity));
    const en = texts(workerRowCells('en', d, identity));
    expect(id.reasons).toBe('NIK sama; nama sama');
    expect(en.reasons).toBe('same NIK; names equal');
    for (const c of WORKER_COLUMNS) if (c !== 'reasons') expect(id[c]).toBe(en[c]);
    expect(id.status).toBe('registered');
    expect(id.flags).toBe('dob_differs');
  });

  it('shows the roster NIK as written when it is not valid, and masks it too', () => {
    const messy = makeWorker(3, { nik: '  BELUM ADA ', name: 'SITI', agency: 'Dinas' });
    expect(texts(workerRowCells('en', decision(messy, 'unregistered'), identity)).nik).toBe('BELUM ADA');
    expect(texts(workerRowCells('en', decision(messy, 'unregistered'), masked)).nik).toBe(maskNik('BELUM ADA'));
    const damaged = makeWorker(3, { nik: { excel: '3273014501900000' } });
    expect(texts(workerRowCells('en', decision(damaged, 'unregistered'), masked)).nik).toBe('3273********0000');
  });

  it('masks NIK, BPJS NIK and KPJ with --mask-nik, and asks the mask for nothing else', () => {
    const p = spyPrivacy();
    const d = decision(w1, 'registered', { bpjs: { ...b1, nik: participant({ row: 2, nik: NIK_PAPUA }).nik }, score: 13 });
    const cells = workerRowCells('en', d, p);
    // Identifiers only (each NIK is asked twice: for itself, and whether the birth date beside it is hidden).
    expect([...new Set(p.calls)].sort()).toEqual([NIK_A, NIK_PAPUA, '23011234567'].sort());
    expect(cells.nik).toEqual({ kind: 'id', value: `#${NIK_A}#` });
    expect(cells.bpjs_nik).toEqual({ kind: 'id', value: `#${NIK_PAPUA}#` });
    expect(cells.kpj).toEqual({ kind: 'id', value: '#23011234567#' });
  });

  it('leaves the birth dates out beside masked NIKs (digits 7-12 are the date), not beside full ones or without a NIK', () => {
    const d = decision(worker({ row: 4, nik: NIK_A, birthDate: '1990-01-05' }), 'registered', { bpjs: participant({ row: 2, nik: NIK_A, birthDate: '1990-01-05' }) });
    const open: RowPrivacy = { mask: (v) => v };
    const dates = (p: RowPrivacy, x: typeof d): string[] => [workerRowCells('en', x, p).birth_date, workerRowCells('en', x, p).bpjs_birth_date].map((c) => csvCellText(c, plain));
    expect(dates(masked, d)).toEqual(['', '']);
    expect(dates(open, d)).toEqual(['1990-01-05', '1990-01-05']);
    const noNik = decision(worker({ row: 5, nik: '', birthDate: '1991-02-03' }), 'unregistered');
    expect(dates(masked, noNik)[0]).toBe('1991-02-03');
  });

  it('does not call the mask for identifiers that are absent', () => {
    const p = spyPrivacy();
    workerRowCells('en', decision(worker({ row: 3, nik: '' }), 'unregistered'), p);
    expect(p.calls).toEqual([]);
  });

  it('is deterministic: the same decision gives equal cells twice', () => {
    const d = decision(w1, 'registered', { bpjs: b1, score: 13.3333, reasons: [msg('match.reason.nik_exact')] });
    expect(workerRowCells('id', d, masked)).toEqual(workerRowCells('id', d, masked));
  });

  it('property: with maskNik no cell of a row holds a full NIK or KPJ, and the masked cells keep the length', () => {
    const digits = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[1-9][0-9]{${n - 1}}$`));
    fc.assert(
      fc.property(digits(16), digits(16), digits(11), fc.option(digits(11), { nil: null }), fc.constantFrom('registered', 'inactive', 'review') , (rosterNik, bpjsNik, kpj, rosterKpj, status) => {
        const w = worker({ row: 9, nik: rosterNik, kpj: rosterKpj });
        const b = participant({ row: 3, nik: bpjsNik, kpj });
        const d = status === 'review' ? decision(w, status, { score: 7, candidates: [{ bpjs: b, score: 7, reasons: [] }] }) : decision(w, status, { bpjs: b, score: 13 });
        const t = texts(workerRowCells('en', d, masked));
        const line = Object.values(t).join('|');
        for (const secret of [rosterNik, bpjsNik, kpj]) expect(line).not.toContain(secret);
        if (rosterKpj !== null) expect(line).not.toContain(rosterKpj);
        expect(t.nik).toHaveLength(16);
        expect(t.bpjs_nik).toHaveLength(16);
        expect(t.kpj).toHaveLength(11);
        expect(t.nik.slice(0, 4)).toBe(rosterNik.slice(0, 4));
      }),
    );
  });
});
