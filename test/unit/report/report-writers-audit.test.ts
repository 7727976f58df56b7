// Why this file exists: a mutation audit of the report writers (csv-cell, csv-format, csv-chunk-builder,
// format-number, terminal-summary, terminal-budget, nik-report) found changes the existing tests let
// through. Each test here pins one behaviour a user sees in a CSV, on the terminal or in `rekon nik`
// output; expected values come from the modules' doc comments, DOMAIN.md §5–6 and docs/decisions.md.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { id, idCellText, num, text } from '../../../src/report/csv-cell.js';
import { createCsvChunkBuilder } from '../../../src/report/csv-chunk-builder.js';
import { formatCsv, type CsvFormat } from '../../../src/report/csv-format.js';
import { coverageBar, formatCoverage, formatInteger, formatRupiah } from '../../../src/report/format-number.js';
import { coverageTenths } from '../../../src/report/shown-coverage.js';
import type { RunSummary, StatusCounts } from '../../../src/report/model/agency-summary.js';
import { renderSummaryTable } from '../../../src/report/terminal-summary.js';
import { parseNik } from '../../../src/normalize/nik.js';
import { describeRegion } from '../../../src/normalize/region.js';
import { nikJson, renderNikLine } from '../../../src/report/nik-report.js';

const SAFE: CsvFormat = { delimiter: ',', bom: false, excelSafe: true };
const PLAIN: CsvFormat = { delimiter: ',', bom: false, excelSafe: false };

describe('CSV identifier cells under --excel-safe', () => {
  // The doc comment: identifiers are written as ="…" so Excel does not turn them into numbers. That holds
  // for every all-digit identifier, however short (a one-digit KPJ or NIP placeholder is still text).
  it('wraps a one-digit identifier too', () => {
    expect(idCellText('7', { excelSafe: true })).toBe('="7"');
    expect(formatCsv(null, [[id('7')]], SAFE)).toBe('"=""7"""\n');
  });

  it('wraps a 16-digit Papua NIK above 2^53 digit for digit, and only when asked', () => {
    const papua = '9471020505950007';
    expect(formatCsv(null, [[id(papua)]], SAFE)).toBe(`"=""${papua}"""\n`);
    expect(formatCsv(null, [[id(papua)]], PLAIN)).toBe(`${papua}\n`);
  });

  it('the chunk builder uses the format it was given for identifiers (not the default)', () => {
    const b = createCsvChunkBuilder(['nik', 'name', 'wage'] as const, SAFE);
    b.id('nik', '3273014501900001');
    b.text('name', '=HYPERLINK("x")');
    b.num('wage', -1500);
    b.endRow();
    expect(b.take()).toBe('"=""3273014501900001""","\'=HYPERLINK(""x"")",-1500\n');
  });

  it('with ";" as delimiter the chunk builder quotes a cell holding ";" and leaves a plain one bare', () => {
    const b = createCsvChunkBuilder(['a', 'b'] as const, { delimiter: ';', bom: false, excelSafe: false });
    b.text('a', 'DINAS A; B');
    b.text('b', 'DINAS C');
    b.endRow();
    expect(b.take()).toBe('"DINAS A; B";DINAS C\n');
    // take() starts over: a second take without rows is empty, not the old text again.
    expect(b.take()).toBe('');
    expect(b.rows).toBe(0);
  });

  it('a row after endRow starts at the first column again', () => {
    const b = createCsvChunkBuilder(['a', 'b'] as const, PLAIN);
    for (const v of ['1', '2']) {
      b.text('a', v);
      b.cell('b', num(Number(v)));
      b.endRow();
    }
    expect(b.take()).toBe('1,1\n2,2\n');
  });

  it('text cells with formula starts are neutralized with a quote, a number cell keeps its minus', () => {
    expect(formatCsv(null, [[text('@SUM(A1)'), text('+62 812'), num(-5)]], PLAIN)).toBe("'@SUM(A1),'+62 812,-5\n");
  });
});

describe('format-number', () => {
  const shown = (lang: 'id' | 'en', registered: number, people: number, duplicate = 0): string =>
    formatCoverage(lang, coverageTenths({ workers: people + duplicate, duplicate, registered }));

  it('keeps 57 of 100 at 57,0% and 57.0% (counted on integers, no binary fraction)', () => {
    expect(shown('id', 57, 100)).toBe('57,0%');
    expect(shown('en', 57, 100)).toBe('57.0%');
  });

  // explore4-D/05, explore4-C/10: the terminal cut 2/3 to 66,6% while the workbook's "0.0%" rounded it to 66,7%.
  it('rounds half up to 0.1 %, as the workbook\'s format and summary.json do: 2/3 is 66,7%, 5/9 is 55,6%', () => {
    expect(shown('id', 2, 3)).toBe('66,7%');
    expect(shown('en', 5, 9)).toBe('55.6%');
    expect(shown('en', 7, 12)).toBe('58.3%');
    expect(shown('en', 1, 2000)).toBe('0.1%');
  });

  it('100,0% only when every worker is covered, 0,0% only when none is', () => {
    expect(shown('id', 1999, 2000)).toBe('99,9%');
    expect(shown('en', 19_999, 20_000)).toBe('99.9%');
    expect(shown('en', 2000, 2000)).toBe('100.0%');
    expect(shown('en', 1, 20_000)).toBe('0.1%');
    expect(shown('en', 0, 20_000)).toBe('0.0%');
  });

  it('no people (every row a copy of a worker counted elsewhere): no figure', () => {
    expect(coverageTenths({ workers: 1, duplicate: 1, registered: 0 })).toBeNull();
    expect(shown('en', 0, 0, 1)).toBe('–');
  });

  it('duplicates are not people: 2 registered of 3 rows, one a copy, is 100,0%', () => {
    expect(shown('id', 2, 2, 1)).toBe('100,0%');
  });

  it('the bar is rounded down from the figure shown: full only at 100 %', () => {
    expect(coverageBar(999)).toBe('█████████░');
    expect(coverageBar(1000)).toBe('██████████');
    expect(coverageBar(0)).toBe('░░░░░░░░░░');
    expect(coverageBar(667)).toBe('██████░░░░');
  });

  it('a wide bar keeps 57,0% at 57 cells, as the percentage', () => {
    const bar = coverageBar(570, 100);
    expect(bar).toHaveLength(100);
    expect(bar.indexOf('░')).toBe(57);
  });

  it('a figure below 0 draws an empty bar (clamped), never throws', () => {
    expect(coverageBar(-200)).toBe('░░░░░░░░░░');
  });

  it('groups every three digits, the sign in front: 1.234.567 (id), -1,000,000 (en), Rp 12.345.678.901', () => {
    expect(formatInteger('id', 1234567)).toBe('1.234.567');
    expect(formatInteger('en', -1000000)).toBe('-1,000,000');
    expect(formatRupiah('id', 12_345_678_901)).toBe('Rp 12.345.678.901');
  });
});

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

function counts(c: Partial<StatusCounts>): StatusCounts {
  const base = { workers: 0, registered: 0, inactive: 0, unregistered: 0, review: 0, duplicate: 0, ...c };
  const people = base.workers - base.duplicate;
  return { ...base, coverage: people === 0 ? null : base.registered / people };
}

function summaryOf(agencies: readonly (Partial<StatusCounts> & { agency: string })[]): RunSummary {
  const sum = (k: 'workers' | 'registered' | 'inactive' | 'unregistered' | 'review' | 'duplicate'): number => agencies.reduce((s, a) => s + (a[k] ?? 0), 0);
  const total: Partial<StatusCounts> = {
    workers: sum('workers'),
    registered: sum('registered'),
    inactive: sum('inactive'),
    unregistered: sum('unregistered'),
    review: sum('review'),
    duplicate: sum('duplicate'),
  };
  return {
    agencies: agencies.map((a) => ({ agency: a.agency, ...counts(a) })),
    total: counts(total),
    bpjsOnly: 0,
    bpjsOnlyInactive: 0,
    bpjsOnlyRelated: { other_registration: 0, review_candidate: 0 },
  };
}

describe('terminal summary colours', () => {
  // A zero is not a warning: colouring it magenta/yellow/red would draw the eye to agencies with nothing to do.
  it('zero inactive, unregistered and review counts are not coloured', () => {
    const s = summaryOf([{ agency: 'DINAS A', workers: 3, registered: 3 }]);
    const out = renderSummaryTable('en', s, colour, null);
    expect(out).not.toContain(colour.magenta('0'));
    expect(out).not.toContain(colour.yellow('0'));
    expect(out).not.toContain(colour.red('0'));
    expect(out).toContain(colour.green('3'));
  });

  it('the budget columns: "to enrol" and "all roster" are not swapped', () => {
    const s = summaryOf([{ agency: 'DINAS A', workers: 2, registered: 1, unregistered: 1 }]);
    const money = { byAgency: new Map([['DINAS A', { toProtect: 1000, allRoster: 2500, toProtectWorker: 0, allRosterWorker: 0 }]]), total: { toProtect: 1000, allRoster: 2500, toProtectWorker: 0, allRosterWorker: 0 } };
    const row = renderSummaryTable('id', s, plain, money)
      .split('\n')
      .find((l) => l.includes('DINAS A'));
    expect(row?.split('│').slice(9, 11).map((c) => c.trim())).toEqual(['Rp 1.000', 'Rp 2.500']);
  });
});

describe('rekon nik, masked: nothing that digits 5–12 encode (nik-report doc comment, DOMAIN.md §6)', () => {
  const parse = (raw: string) => parseNik(raw, { referenceYear: 2026 });
  const masked = (raw: string): string => renderNikLine('en', parse(raw), true, describeRegion);
  const maskedJson = (raw: string): string => JSON.stringify(nikJson('en', parse(raw), true, describeRegion));

  // Synthetic: Kota Bandung 32 73 01, day 31, month 02, year 90 (31 February: no such date), serial 0001.
  const IMPOSSIBLE_DATE = '3273013102900001';

  // Was a bug: the date_impossible warning printed the NIK's day-month-year ("31-02-90"), digits 7–12, which the mask hides.
  it('a warning about an impossible birth date does not print the masked date digits (line)', () => {
    expect(masked(IMPOSSIBLE_DATE)).toMatch(/^3273\*{8}0001 /);
    expect(masked(IMPOSSIBLE_DATE)).not.toContain('31-02-90');
  });

  // Was a bug: the same warning text went into the masked JSON object.
  it('a warning about an impossible birth date does not print the masked date digits (JSON)', () => {
    expect(maskedJson(IMPOSSIBLE_DATE)).toContain('"birth_date":null');
    expect(maskedJson(IMPOSSIBLE_DATE)).not.toContain('31-02-90');
  });

  // Was a bug: an invalid month was named in the reason ("… is 13 …"): digits 9–10, hidden by the mask, printed anyway.
  it('the reason for a bad month does not print the masked month digits', () => {
    const line = masked('3273011513900001');
    expect(line).toMatch(/^3273\*{8}0001 /);
    expect(line).not.toMatch(/\b13\b/);
  });

  it('a NIP read as a NIK: its birth and appointment dates are hidden when masked, shown when not', () => {
    const nip = '197001012000121001';
    expect(masked(nip)).not.toMatch(/1970|2000-12/);
    expect(maskedJson(nip)).not.toMatch(/1970|2000-12/);
    expect(renderNikLine('en', parse(nip), false, describeRegion)).toContain('born 1970-01-01, appointed 2000-12');
  });

  it('the regency-level region code of an unknown-region warning stays (digits 1–4 are shown anyway)', () => {
    expect(masked('9999014501900001')).toContain('region code 9999 in the NIK');
  });

  it('an unknown region is shown without its district digits, in the line and in the JSON', () => {
    const raw = '9999014501900001';
    expect(masked(raw)).toContain('99.99.** ');
    expect(masked(raw)).not.toContain('999901');
    expect(maskedJson(raw)).toContain('"region_code":"9999**"');
  });
});
