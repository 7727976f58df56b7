import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { diffRowCells, diffJson, renderDiffText } from '../../../src/diff/render-diff.js';
import type { DiffItem, RunDiff } from '../../../src/diff/run-diff.js';
import { csvCellText } from '../../../src/report/csv-cell.js';
import { maskNik } from '../../../src/normalize/mask-nik.js';

const NIK = '3671011203950003';
const gone: DiffItem = {
  category: 'worker_gone',
  agency: 'DLHK',
  previousAgency: '',
  name: 'UJANG SOPIAN',
  nik: NIK,
  birthDate: '1995-03-12',
  previousStatus: 'registered',
  currentStatus: 'bpjs_only',
  previousAt: { file: 'opd.xlsx', sheet: 'DLHK', row: 10 },
  currentAt: { file: 'bpjs.csv', sheet: '', row: 4 },
  problem: null,
};
const diff: RunDiff = { items: [gone], budget: [{ agency: 'DLHK', group: 'all_roster', previous: 129_600, current: null, change: -129_600 }], identity: 'nik', notes: [] };
const plain = new Chalk({ level: 0 });
const identity = (s: string): string => s;

describe('diff rendering', () => {
  it('CSV row: the roster row of a worker gone (not the BPJS record paired with it), full NIK unless masked', () => {
    const cells = diffRowCells('en', gone, identity);
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, csvCellText(c, { excelSafe: false })]))).toEqual({
      category: 'worker_gone',
      agency: 'DLHK',
      name: 'UJANG SOPIAN',
      nik: NIK,
      birth_date: '1995-03-12',
      previous_status: 'registered',
      current_status: 'bpjs_only',
      file: 'opd.xlsx',
      sheet: 'DLHK',
      row: '10',
      detail: '',
      previous_agency: '',
      previous_nik: '',
    });
    expect(csvCellText(diffRowCells('en', gone, maskNik).nik, { excelSafe: false })).toBe('3671********0003');
  });

  it('text: masked NIK, localized labels, signed budget change', () => {
    const en = renderDiffText('en', diff, plain, maskNik);
    expect(en).toContain('Workers gone (1)');
    expect(en).toContain('UJANG SOPIAN · 3671********0003');
    expect(en).not.toContain(NIK);
    expect(en).toContain('registered → BPJS only');
    expect(en).toContain('-Rp 129,600');
    const id = renderDiffText('id', diff, plain, maskNik);
    expect(id).toContain('Pekerja keluar (1)');
    expect(id).toContain('-Rp 129.600');
  });

  it('JSON: counts per agency and category', () => {
    const json = diffJson('en', diff, identity, { previous: 'a', current: 'b' }) as { counts: { total: Record<string, number> }; changes: { nik: string }[] };
    expect(json.counts.total['worker_gone']).toBe(1);
    expect(json.counts.total['lost_coverage']).toBe(0);
    expect(json.changes[0]?.nik).toBe(NIK);
  });
});

describe('diff rendering: privacy and language of what the runs wrote', () => {
  const textOf = (cells: ReturnType<typeof diffRowCells>): Record<string, string> => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, csvCellText(c, { excelSafe: false })]));
  // A run made with --mask-nik wrote the NIK masked; the birth date came from the other run (exploratory repro 05).
  const maskedByRun: DiffItem = { ...gone, category: 'newly_registered', name: 'SRI MULYANI', nik: '3279********0308', birthDate: '1987-04-11', previousStatus: 'review', currentStatus: 'registered' };

  it('leaves out the birth date beside a NIK a run masked, even when the diff itself masks nothing', () => {
    for (const mask of [identity, maskNik]) {
      expect(textOf(diffRowCells('en', maskedByRun, mask)).birth_date).toBe('');
      expect(renderDiffText('en', { ...diff, items: [maskedByRun] }, plain, mask)).not.toContain('1987-04-11');
      const json = diffJson('en', { ...diff, items: [maskedByRun] }, mask, { previous: 'a', current: 'b' }) as { changes: { birth_date: string }[] };
      expect(json.changes[0]?.birth_date).toBe('');
    }
    // Without a NIK the date stays: it is how the person is known.
    expect(textOf(diffRowCells('en', { ...maskedByRun, nik: '' }, identity)).birth_date).toBe('1987-04-11');
  });

  const finding: DiffItem = {
    ...gone,
    category: 'problem_new',
    name: '',
    nik: '',
    birthDate: '',
    previousStatus: null,
    currentStatus: null,
    problem: { kind: 'nik_invalid', column: 'nik', detail: 'NIK harus 16 digit, yang tertulis 15 digit', message: { code: 'nik.wrong_length', params: { length: 15 } } },
  };

  it('shows a finding in the diff’s language when the run wrote its code + parameters', () => {
    expect(textOf(diffRowCells('en', finding, identity)).detail).toBe('nik_invalid: a NIK has 16 digits, this one has 15');
    expect(renderDiffText('en', { ...diff, items: [finding] }, plain, identity)).toContain('nik_invalid: a NIK has 16 digits, this one has 15');
    const json = diffJson('en', { ...diff, items: [finding] }, identity, { previous: 'a', current: 'b' }) as { changes: { problem: unknown }[] };
    expect(json.changes[0]?.problem).toEqual({ kind: 'nik_invalid', column: 'nik', detail: 'a NIK has 16 digits, this one has 15' });
    // An older run's finding (no message) or an unknown code keeps the run's text.
    const old = { ...finding, problem: { ...finding.problem!, message: null } };
    expect(textOf(diffRowCells('en', old, identity)).detail).toBe('nik_invalid: NIK harus 16 digit, yang tertulis 15 digit');
    const newer = { ...finding, problem: { ...finding.problem!, message: { code: 'nik.from_a_later_rekon' } } };
    expect(textOf(diffRowCells('en', newer, identity)).detail).toBe('nik_invalid: NIK harus 16 digit, yang tertulis 15 digit');
  });

  it('hides what a finding quotes of the hidden digits when the diff masks NIKs', () => {
    const dob: DiffItem = { ...finding, problem: { kind: 'nik_dob_mismatch', column: 'birth_date', detail: 'x', message: { code: 'record.nik_dob_mismatch', params: { nik_date: '12-03-1995', column_date: '13-03-1995' } } } };
    expect(textOf(diffRowCells('en', dob, identity)).detail).toContain('12-03-1995');
    expect(textOf(diffRowCells('en', dob, maskNik)).detail).not.toMatch(/12-03-1995|13-03-1995/);
  });
});
