// Why this file exists: src/table/table-layout.ts is the vocabulary of table detection: the skip
// reasons (stable machine values `rekon inspect` prints in its JSON and names in words), the layout
// and column binding shapes, the `--map role=HEADER` overrides and the two sides. Its only runtime
// value is SKIP_REASONS; the rest are types, pinned here with expectTypeOf (checked by `tsc --noEmit`,
// which covers test/). A renamed, dropped or duplicated reason breaks the JSON users script against.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SKIP_REASONS, type ColumnBinding, type ColumnOverrides, type Side, type SkippedRow, type SkipReason, type TableLayout } from '../../../src/table/table-layout.js';
import { SKIP_REASON_CODES } from '../../../src/report/report-messages.js';
import type { ColumnRole } from '../../../src/normalize/column-role.js';
import type { Message } from '../../../src/i18n/message.js';

/** The reasons and what each means (docs/decisions.md "Table detection", DOMAIN.md §3.2). */
const EXPECTED_REASONS = [
  'title', // DAFTAR NAMA TENAGA HONORER… above the header
  'header', // the header row itself
  'sub_header', // the lower line of a two-line header
  'numbering', // the (1) (2) (3) … row under the header
  'blank',
  'repeated_header', // the header repeated on every printed page
  'total', // JUMLAH / TOTAL rows
  'signature_block', // place/date, "Kepala …", "NIP. …" at the bottom
  'no_identity', // a row with neither a name nor a NIK
  'section', // a unit heading (BIDANG …, UPTD …) alone in the name column
];

describe('SKIP_REASONS', () => {
  it('is exactly the ten documented reasons', () => {
    expect([...SKIP_REASONS].sort()).toEqual([...EXPECTED_REASONS].sort());
    expect(SKIP_REASONS).toHaveLength(10);
  });

  it('has no repeats', () => {
    expect(new Set(SKIP_REASONS).size).toBe(SKIP_REASONS.length);
  });

  it('values are lower snake_case machine values (stable in JSON, no spaces or capitals)', () => {
    for (const reason of SKIP_REASONS) expect(reason).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  });

  it('every reason has words in `rekon inspect`, and nothing else does', () => {
    expect(Object.keys(SKIP_REASON_CODES).sort()).toEqual([...SKIP_REASONS].sort());
    for (const reason of SKIP_REASONS) expect(SKIP_REASON_CODES[reason]).toBe(`inspect.skip.${reason}`);
  });
});

describe('table-layout types', () => {
  it('SkipReason is the union of SKIP_REASONS', () => {
    expectTypeOf<SkipReason>().toEqualTypeOf<
      'title' | 'header' | 'sub_header' | 'numbering' | 'blank' | 'repeated_header' | 'total' | 'signature_block' | 'no_identity' | 'section'
    >();
    expectTypeOf(SKIP_REASONS).toEqualTypeOf<readonly ['title', 'header', 'sub_header', 'numbering', 'blank', 'repeated_header', 'total', 'signature_block', 'no_identity', 'section']>();
  });

  it('Side is roster or bpjs', () => {
    expectTypeOf<Side>().toEqualTypeOf<'roster' | 'bpjs'>();
    const sides: Side[] = ['roster', 'bpjs'];
    expect(sides).toHaveLength(2);
  });

  it('ColumnOverrides: any subset of roles, each a header text, read-only', () => {
    expectTypeOf<ColumnOverrides>().toEqualTypeOf<Readonly<Partial<Record<ColumnRole, string>>>>();
    const overrides: ColumnOverrides = { nik: 'NO KTP', wage: 'HONOR PER BULAN' };
    expect(Object.keys(overrides)).toEqual(['nik', 'wage']);
  });

  it('ColumnBinding, SkippedRow and TableLayout have the documented fields, all read-only', () => {
    expectTypeOf<ColumnBinding>().toEqualTypeOf<{ readonly role: ColumnRole; readonly index: number; readonly header: string; readonly femaleMarkIndex?: number | undefined }>();
    expectTypeOf<SkippedRow>().toEqualTypeOf<{ readonly row: number; readonly reason: SkipReason; readonly text: string }>();
    expectTypeOf<TableLayout>().toEqualTypeOf<{
      readonly headerRow: number;
      readonly lastHeaderRow: number;
      readonly headers: readonly string[];
      readonly columns: Readonly<Partial<Record<ColumnRole, ColumnBinding>>>;
      readonly notes: readonly Message[];
    }>();
    const layout: TableLayout = {
      headerRow: 5,
      lastHeaderRow: 6,
      headers: ['No.', 'Nama Lengkap', 'TEMPAT/TGL LAHIR / TEMPAT'],
      columns: { name: { role: 'name', index: 1, header: 'Nama Lengkap' } },
      notes: [],
    };
    expect(layout.columns.name?.index).toBe(1);
  });
});
