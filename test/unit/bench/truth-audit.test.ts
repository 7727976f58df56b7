// Mutation audit of bench/lib/truth.mjs: big worlds keep their truth in truth.csv, small ones in
// truth.json, and the quality scores read either. A null that comes back as 0, or empty tags that
// come back as [''], would silently change the recall denominator, so both routes must agree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../../../bench/lib/people.mjs';
import type { TruthRow } from '../../../bench/lib/people.mjs';

interface TruthModule {
  TRUTH_JSON_MAX_ROWS: number;
  TRUTH_CSV_HEADER: string[];
  truthCsvLine(t: Partial<Omit<TruthRow, 'expected'>> & { tags: string[]; expected: string }): string;
  readTruth(dir: string): Promise<{ meta: Record<string, unknown>; roster: TruthRow[]; bpjsOnly: { bpjs_row: number; tags: string[] }[] }>;
}
// truth.mjs has no type declarations; a computed specifier keeps tsc from looking for them.
const TRUTH = '../../../bench/lib/truth.mjs';
const m = (await import(TRUTH)) as TruthModule;

const scratch = mkdtempSync(join(tmpdir(), 'truth-audit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
function dirWith(files: Record<string, string>): string {
  const dir = join(scratch, String(n++));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ seed: 7 }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const ROWS: TruthRow[] = [
  { roster_row: 2, bpjs_row: 40, dup_of: null, person: 1, expected: 'registered', tags: [] },
  { roster_row: 3, bpjs_row: null, dup_of: null, person: 2, expected: 'unregistered', tags: ['same_name', 'hard_negative'] },
  { roster_row: 4, bpjs_row: 41, dup_of: null, person: 3, expected: 'inactive', tags: ['non_active'] },
  { roster_row: 5, bpjs_row: 40, dup_of: 2, person: 1, expected: 'duplicate', tags: ['duplicate', 'title'] },
];
const ONLY = [{ bpjs_row: 42, tags: [] as string[] }, { bpjs_row: 43, tags: ['same_name', 'hard_negative'] }];
const csvOf = (rows: TruthRow[], only: { bpjs_row: number; tags: string[] }[]) =>
  m.TRUTH_CSV_HEADER.join(',') + '\n' + rows.map((r) => m.truthCsvLine(r)).join('') + only.map((o) => m.truthCsvLine({ ...o, expected: 'bpjs_only' })).join('');

describe('truth.csv lines', () => {
  it('write roster_row, bpjs_row, dup_of, person, expected, tags (| separated); a missing value is empty', () => {
    expect(m.TRUTH_CSV_HEADER).toEqual(['roster_row', 'bpjs_row', 'dup_of', 'person', 'expected', 'tags']);
    expect(m.truthCsvLine(ROWS[3]!)).toBe('5,40,2,1,duplicate,duplicate|title\n');
    expect(m.truthCsvLine(ROWS[1]!)).toBe('3,,,2,unregistered,same_name|hard_negative\n');
    expect(m.truthCsvLine({ bpjs_row: 42, tags: [], expected: 'bpjs_only' })).toBe(',42,,,bpjs_only,\n');
  });

  it('truth.json is for worlds up to 100k rows (README)', () => expect(m.TRUTH_JSON_MAX_ROWS).toBe(100000));
});

describe('readTruth', () => {
  it('reads truth.csv back exactly: nulls stay null (not 0), empty tags are [], BPJS-only rows apart', async () => {
    const t = await m.readTruth(dirWith({ 'truth.csv': csvOf(ROWS, ONLY) }));
    expect(t.meta).toEqual({ seed: 7 });
    expect(t.roster).toEqual(ROWS);
    expect(t.bpjsOnly).toEqual(ONLY);
  });

  it('skips a blank line instead of inventing a BPJS-only row', async () => {
    const t = await m.readTruth(dirWith({ 'truth.csv': csvOf(ROWS, ONLY) + '\n' }));
    expect(t.bpjsOnly).toEqual(ONLY);
    expect(t.roster).toHaveLength(4);
  });

  it('reads truth.json (roster + bpjs_only), and prefers it when both are there', async () => {
    const json = JSON.stringify({ roster: ROWS, bpjs_only: ONLY });
    const t = await m.readTruth(dirWith({ 'truth.json': json, 'truth.csv': csvOf(ROWS.slice(0, 1), []) }));
    expect(t.roster).toEqual(ROWS);
    expect(t.bpjsOnly).toEqual(ONLY);
  });

  it('a generated world reads the same through truth.csv as through truth.json', async () => {
    const chunks = [...generateWorld({ rows: 400, seed: 21, rates: { duplicate: 0.05, twins: 0.02, sameName: 0.03 } })];
    const roster = chunks.flatMap((c) => c.truth);
    const only = chunks.flatMap((c) => c.bpjsOnly);
    const viaCsv = await m.readTruth(dirWith({ 'truth.csv': csvOf(roster, only) }));
    const viaJson = await m.readTruth(dirWith({ 'truth.json': JSON.stringify({ roster, bpjs_only: only }) }));
    expect(viaCsv.roster).toEqual(viaJson.roster);
    expect(viaCsv.bpjsOnly).toEqual(viaJson.bpjsOnly);
    expect(roster.some((t) => t.bpjs_row === null) && roster.some((t) => t.dup_of !== null) && roster.some((t) => t.tags.length === 0)).toBe(true);
  });
});
