// Reading and writing the known truth of a generated world (see bench/lib/people.mjs).
// Small worlds get truth.json (readable); big ones truth.csv (streamed). Both carry the same rows.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export const TRUTH_JSON_MAX_ROWS = 100000;
export const TRUTH_CSV_HEADER = ['roster_row', 'bpjs_row', 'dup_of', 'person', 'expected', 'tags'];

/** One truth.csv line: roster rows have roster_row; BPJS-only rows have only bpjs_row. */
export function truthCsvLine(t) {
  return [t.roster_row ?? '', t.bpjs_row ?? '', t.dup_of ?? '', t.person ?? '', t.expected, t.tags.join('|')].join(',') + '\n';
}

const num = (s) => (s === '' ? null : Number(s));

/**
 * Read the truth of a generated directory.
 * Returns {meta, roster: [{roster_row, bpjs_row, dup_of, person, expected, tags}], bpjsOnly: [{bpjs_row, tags}]}.
 */
export async function readTruth(dir) {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const jsonPath = join(dir, 'truth.json');
  if (existsSync(jsonPath)) {
    const t = JSON.parse(readFileSync(jsonPath, 'utf8'));
    return { meta, roster: t.roster, bpjsOnly: t.bpjs_only };
  }
  const roster = [];
  const bpjsOnly = [];
  const rl = createInterface({ input: createReadStream(join(dir, 'truth.csv')), crlfDelay: Infinity });
  let first = true;
  for await (const line of rl) {
    if (first) {
      first = false;
      continue;
    }
    if (line === '') continue;
    const [r, b, d, p, e, tags] = line.split(',');
    const rec = { roster_row: num(r), bpjs_row: num(b), dup_of: num(d), person: num(p), expected: e, tags: tags ? tags.split('|') : [] };
    if (rec.roster_row === null) bpjsOnly.push({ bpjs_row: rec.bpjs_row, tags: rec.tags });
    else roster.push(rec);
  }
  return { meta, roster, bpjsOnly };
}
