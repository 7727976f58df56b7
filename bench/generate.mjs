#!/usr/bin/env node
// Write a synthetic roster + BPJS export with known truth.
//
// Usage: node bench/generate.mjs --rows N --seed S --out DIR [--bpjs-rows M] [--rates JSON]
//
//   --rows N        roster rows (default 10000)
//   --bpjs-rows M   BPJS export rows (default round(1.1 × N))
//   --seed S        PRNG seed (default 1); the same seed gives byte-identical files
//   --out DIR       output directory (created); writes roster.csv, bpjs.csv, meta.json and
//                   truth.json (N ≤ 100k) or truth.csv (bigger)
//   --rates JSON    override phenomenon rates, e.g. '{"excelDamage":0.05,"unregistered":0.2}'
//                   (names and defaults: DEFAULT_RATES in bench/lib/people.mjs)
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BPJS_HEADER, DEFAULT_RATES, GENERATOR_VERSION, ROSTER_HEADER, csvLine, generateWorld } from './lib/people.mjs';
import { close, write, writeRecords } from './lib/stream-write.mjs';
import { TRUTH_CSV_HEADER, TRUTH_JSON_MAX_ROWS, truthCsvLine } from './lib/truth.mjs';


/**
 * Generate one world into `out`. Returns {rows, bpjsRows, seconds, counts}.
 * Used by the CLI below and by bench/quality.mjs and bench/reconcile-perf.mjs.
 */
export async function generateFiles({ rows, bpjsRows = Math.round(rows * 1.1), seed = 1, out, rates = {} }) {
  const t0 = performance.now();
  mkdirSync(out, { recursive: true });
  const roster = createWriteStream(join(out, 'roster.csv'));
  const bpjs = createWriteStream(join(out, 'bpjs.csv'));
  const bigTruth = rows > TRUTH_JSON_MAX_ROWS;
  const truthCsv = bigTruth ? createWriteStream(join(out, 'truth.csv')) : null;
  const truthRoster = [];
  const truthBpjsOnly = [];
  const counts = { expected: {}, tags: {} };
  const count = (t) => {
    counts.expected[t.expected] = (counts.expected[t.expected] ?? 0) + 1;
    for (const tag of t.tags) counts.tags[tag] = (counts.tags[tag] ?? 0) + 1;
  };

  await write(roster, csvLine(ROSTER_HEADER));
  await write(bpjs, csvLine(BPJS_HEADER));
  if (truthCsv) await write(truthCsv, TRUTH_CSV_HEADER.join(',') + '\n');
  let nRoster = 0;
  let nBpjs = 0;
  for (const chunk of generateWorld({ rows, bpjsRows, seed, rates })) {
    await writeRecords(roster, chunk.roster);
    await writeRecords(bpjs, chunk.bpjs);
    nRoster += chunk.roster.length;
    nBpjs += chunk.bpjs.length;
    const only = chunk.bpjsOnly.map((o) => ({ ...o, expected: 'bpjs_only' }));
    for (const t of chunk.truth) count(t);
    for (const o of only) count(o);
    if (truthCsv) {
      let t = '';
      for (const x of chunk.truth) t += truthCsvLine(x);
      for (const o of only) t += truthCsvLine(o);
      await write(truthCsv, t);
    } else {
      for (const x of chunk.truth) truthRoster.push(x);
      for (const o of chunk.bpjsOnly) truthBpjsOnly.push(o);
    }
  }
  await Promise.all([close(roster), close(bpjs), truthCsv ? close(truthCsv) : Promise.resolve()]);
  if (!truthCsv) {
    writeFileSync(join(out, 'truth.json'), JSON.stringify({ roster: truthRoster, bpjs_only: truthBpjsOnly }) + '\n');
  }
  const meta = {
    generator: 'bench/generate.mjs',
    generator_version: GENERATOR_VERSION,
    seed,
    rows: nRoster,
    bpjs_rows: nBpjs,
    rates: { ...DEFAULT_RATES, ...rates },
    counts,
    row_numbering: 'spreadsheet rows: header line = 1, first record = 2',
  };
  writeFileSync(join(out, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  return { rows: nRoster, bpjsRows: nBpjs, seconds: (performance.now() - t0) / 1000, counts };
}

function parseArgs(argv) {
  const opts = { rows: 10000, bpjsRows: undefined, seed: 1, out: null, rates: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--rows') opts.rows = Number(v);
    else if (a === '--bpjs-rows') opts.bpjsRows = Number(v);
    else if (a === '--seed') opts.seed = Number(v);
    else if (a === '--out') opts.out = v;
    else if (a === '--rates') opts.rates = JSON.parse(v);
    else if (a === '--help' || a === '-h') {
      opts.help = true;
      continue;
    } else throw new Error(`unknown option ${a}`);
    i++;
  }
  for (const k of Object.keys(opts.rates)) {
    if (!(k in DEFAULT_RATES)) throw new Error(`unknown rate "${k}"; known: ${Object.keys(DEFAULT_RATES).join(', ')}`);
  }
  if (!Number.isInteger(opts.rows) || opts.rows < 1) throw new Error('--rows must be a positive integer');
  if (opts.bpjsRows !== undefined && (!Number.isInteger(opts.bpjsRows) || opts.bpjsRows < 0)) throw new Error('--bpjs-rows must be a non-negative integer');
  if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`generate: ${e.message}`);
    process.exit(2);
  }
  if (opts.help || !opts.out) {
    console.error('usage: node bench/generate.mjs --rows N --seed S --out DIR [--bpjs-rows M] [--rates JSON]');
    process.exit(opts.help ? 0 : 2);
  }
  const r = await generateFiles(opts);
  const rate = Math.round((r.rows + r.bpjsRows) / r.seconds);
  console.error(`generate: ${r.rows} roster + ${r.bpjsRows} BPJS rows → ${opts.out} in ${r.seconds.toFixed(2)} s (${rate} rows/s)`);
  console.error(`generate: expected ${JSON.stringify(r.counts.expected)}`);
}
