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
  it('CSV row: current location, full NIK unless masked', () => {
    const cells = diffRowCells(gone, identity);
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, csvCellText(c, { excelSafe: false })]))).toEqual({
      category: 'worker_gone',
      agency: 'DLHK',
      name: 'UJANG SOPIAN',
      nik: NIK,
      birth_date: '1995-03-12',
      previous_status: 'registered',
      current_status: 'bpjs_only',
      file: 'bpjs.csv',
      sheet: '',
      row: '4',
      detail: '',
      previous_agency: '',
    });
    expect(csvCellText(diffRowCells(gone, maskNik).nik, { excelSafe: false })).toBe('3671********0003');
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
