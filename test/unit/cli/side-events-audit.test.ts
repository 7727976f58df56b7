/**
 * Mutation audit of side-events.ts: the plain events a side becomes (what crosses from the reader
 * thread) are checked on the fixture workbook, whose sheets are described in fixtures/README.md: an
 * instructions sheet with no table, data sheets, and one left out with --skip-sheet.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localSideEvents, type SideEvent } from '../../../src/cli/side-events.js';
import { loadSheets, type LoadOptions } from '../../../src/io/load-sheets.js';
import type { Worker } from '../../../src/normalize/person-record.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const WORKBOOK = join(ROOT, 'fixtures', 'roster', 'dinas-sukamaju.xlsx');
const CSV = join(ROOT, 'fixtures', 'bpjs', 'bpjs-export.csv');
const options = (skip: string[] = []): LoadOptions<'roster'> => ({ side: 'roster', overrides: {}, referenceYear: 2026, trackNikDuplicates: true, sheets: { only: [], skip } }) as LoadOptions<'roster'>;

interface SheetSummary {
  readonly sheet: string;
  readonly file: string;
  readonly noTable: boolean;
  readonly leftOut: boolean;
  readonly roles: readonly string[];
  notes: readonly string[];
  records: number;
  batches: number;
}

async function summarize(events: AsyncIterable<SideEvent<Worker>>): Promise<SheetSummary[]> {
  const out: SheetSummary[] = [];
  for await (const e of events) {
    if (e.kind === 'sheet') out.push({ sheet: e.sheet, file: e.file, noTable: e.noTable, leftOut: e.leftOut !== null, roles: e.roles, notes: e.notes.map((n) => n.code), records: 0, batches: 0 });
    else if (e.kind === 'sheet_end') out.at(-1)!.notes = [...out.at(-1)!.notes, ...e.notes.map((n) => n.code)];
    else {
      out.at(-1)!.records += e.records.length;
      out.at(-1)!.batches++;
    }
  }
  return out;
}

describe('localSideEvents (audit)', () => {
  it('one event per sheet in workbook order, with its file and sheet names and whether it holds a table', async () => {
    const got = await summarize(localSideEvents([WORKBOOK], options()));
    expect(got.map((s) => s.sheet)).toEqual(['Petunjuk', 'DINAS PENDIDIKAN', 'DLHK', 'SATPOL PP', 'RSUD']);
    expect(got.every((s) => s.file === WORKBOOK)).toBe(true);
    expect(got.map((s) => s.noTable)).toEqual([true, false, false, false, false]);
    expect(got.every((s) => !s.leftOut)).toBe(true);
    // The instructions sheet: no table, no columns, no records.
    expect(got[0]).toMatchObject({ roles: [], records: 0 });
    for (const s of got.slice(1)) {
      expect(s.records).toBeGreaterThan(0);
      expect(s.roles).toEqual(expect.arrayContaining(['nik', 'name']));
    }
  });

  it('a sheet left out with --skip-sheet is said as left out, and none of its rows are read', async () => {
    const got = await summarize(localSideEvents([WORKBOOK], options(['RSUD'])));
    expect(got.at(-1)).toMatchObject({ sheet: 'RSUD', leftOut: true, records: 0 });
    expect(got.slice(0, -1).every((s) => !s.leftOut)).toBe(true);
  });

  it('passes every record and the sheet notes on, a one-person file included', async () => {
    const opts = { ...options(), side: 'bpjs', trackNikDuplicates: false } as unknown as LoadOptions<'roster'>;
    let expected = 0;
    for await (const sheet of loadSheets([CSV], opts)) for await (const b of sheet.records) expected += b.length;
    expect(expected).toBeGreaterThan(1);
    expect(await summarize(localSideEvents([CSV], opts))).toEqual([
      { file: CSV, sheet: '', noTable: false, leftOut: false, roles: expect.arrayContaining(['nik', 'name', 'kpj']) as unknown as string[], notes: [], records: expected, batches: 1 },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'rekon-side-events-'));
    try {
      const one = join(dir, 'one.csv');
      // A "Tempat, tgl lahir" column beside a birth-date column: the sheet's note must reach the run.
      writeFileSync(one, 'NAMA,NIK,TGL LAHIR,TTL\nSITI AMINAH,3273014501900001,05-01-1990,"BANDUNG, 05-01-1990"\n');
      expect(await summarize(localSideEvents([one], options()))).toMatchObject([{ file: one, records: 1, batches: 1, notes: ['table.birth_place_date_unused'] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
