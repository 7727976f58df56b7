#!/usr/bin/env node
// Match quality of the built CLI against generated worlds with known truth.
//
// Usage: node bench/quality.mjs [--rows 20000] [--bpjs-rows 22000] [--seeds 1,2,3]
//                               [--rates JSON] [--check] [--keep]
//
// For each seed: generate roster.csv + bpjs.csv (bench/generate.mjs), run
//   node bin/rekon reconcile --roster roster.csv --bpjs bpjs.csv --out DIR --quiet --no-xlsx-report
// read DIR/workers.csv and score it:
// - auto-accepted pairs: status registered|inactive with match_method nik|fuzzy,
//   pair = roster_row ↔ bpjs_row; truth pairs = non-duplicate roster rows of registered people
//   (a later listing of the same person matched instead of the first one counts as right)
// - review rate: share of roster rows with status review
// - duplicates: a truth duplicate pair counts as found when one of its rows has status duplicate
// - baseline: an exact-NIK VLOOKUP (cleaned NIK string equal to the BPJS NIK; first hit wins)
// --check exits 1 when a target is missed: precision ≥ 0.999, recall ≥ 0.99, review ≤ 2%.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateFiles } from './generate.mjs';
import { readTruth } from './lib/truth.mjs';
import { REPO, runRekon } from './lib/run-cli.mjs';
import { printTable } from './lib/table.mjs';
import { BenchUsageError, intList, intValue, optionValue, runBench } from './lib/bench-args.mjs';
import { pathToFileURL } from 'node:url';

export const TARGETS = { precision: 0.999, recall: 0.99, reviewRate: 0.02 };

function parseArgs(argv) {
  const o = { rows: 20000, bpjsRows: 22000, seeds: [1, 2, 3], rates: {}, check: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--rows') {
      o.rows = intValue(a, v, 1);
      i++;
    } else if (a === '--bpjs-rows') {
      o.bpjsRows = intValue(a, v, 0);
      i++;
    } else if (a === '--seeds') {
      o.seeds = intList(a, v);
      i++;
    } else if (a === '--rates') {
      const text = optionValue(a, v);
      try {
        o.rates = JSON.parse(text);
      } catch (e) {
        throw new BenchUsageError(`--rates must be JSON, e.g. '{"nik_typo":0.05}' (${e.message})`);
      }
      i++;
    } else if (a === '--check') o.check = true;
    else if (a === '--keep') o.keep = true;
    else throw new BenchUsageError(`unknown option ${a}`);
  }
  return o;
}

function readCsv(path) {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
}

/** What a spreadsheet user does before a VLOOKUP: trim, drop a leading apostrophe, spaces and ".0". */
export function vlookupClean(nik) {
  return String(nik ?? '')
    .trim()
    .replace(/^'/, '')
    .replace(/\s+/g, '')
    .replace(/\.0+$/, '');
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);

/** Score one run. `workers` are rows of workers.csv; `truth` from readTruth. */
export function scoreRun({ workers, truth, rosterRows, bpjsRecords }) {
  const truthByRow = new Map(truth.roster.map((t) => [t.roster_row, t]));
  const truthPairs = new Set();
  for (const t of truth.roster) if (t.dup_of === null && t.bpjs_row !== null) truthPairs.add(`${t.roster_row}:${t.bpjs_row}`);
  // If rekon keeps a later listing of a person and calls the first one the duplicate, the later
  // listing's pair is right too: it stands in for the original row's pair (never both: one-to-one).
  const altPairs = new Map();
  for (const t of truth.roster) if (t.dup_of !== null && t.bpjs_row !== null) altPairs.set(`${t.roster_row}:${t.bpjs_row}`, t.dup_of);
  const recalled = new Set();

  // --- rekon
  let tp = 0;
  let fp = 0;
  let review = 0;
  const statusCount = {};
  const confusion = {};
  const predictedDup = new Set();
  const missedByTag = {};
  const wrongByTag = {};
  const acceptedRows = new Set();
  for (const w of workers) {
    const row = Number(w.roster_row);
    const t = truthByRow.get(row);
    statusCount[w.status] = (statusCount[w.status] ?? 0) + 1;
    if (t) confusion[`${t.expected}→${w.status}`] = (confusion[`${t.expected}→${w.status}`] ?? 0) + 1;
    if (w.status === 'review') review++;
    if (w.status === 'duplicate') predictedDup.add(row);
    const accepted = (w.status === 'registered' || w.status === 'inactive') && (w.match_method === 'nik' || w.match_method === 'fuzzy');
    if (!accepted) continue;
    acceptedRows.add(row);
    const pair = `${row}:${Number(w.bpjs_row)}`;
    if (truthPairs.has(pair)) {
      tp++;
      recalled.add(row);
    } else if (altPairs.has(pair) && !recalled.has(altPairs.get(pair))) {
      tp++;
      recalled.add(altPairs.get(pair));
    } else {
      fp++;
      for (const tag of t?.tags ?? ['(no truth row)']) wrongByTag[tag] = (wrongByTag[tag] ?? 0) + 1;
    }
  }
  const pairsByTag = {};
  for (const t of truth.roster) {
    if (t.dup_of !== null || t.bpjs_row === null) continue;
    const tags = t.tags.length ? t.tags : ['(clean)'];
    for (const tag of tags) pairsByTag[tag] = (pairsByTag[tag] ?? 0) + 1;
    if (!recalled.has(t.roster_row)) for (const tag of tags) missedByTag[tag] = (missedByTag[tag] ?? 0) + 1;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(recalled.size, truthPairs.size);

  // --- duplicates
  const dupPairs = truth.roster.filter((t) => t.dup_of !== null).map((t) => [t.dup_of, t.roster_row]);
  const inDupPair = new Set(dupPairs.flat());
  const dupFound = dupPairs.filter(([a, b]) => predictedDup.has(a) || predictedDup.has(b)).length;
  const dupCorrect = [...predictedDup].filter((r) => inDupPair.has(r)).length;

  // --- exact-NIK VLOOKUP baseline (on non-duplicate rows, so it is not charged for double listings)
  const firstByNik = new Map();
  for (const b of bpjsRecords) {
    const k = vlookupClean(b.nik);
    if (k !== '' && !firstByNik.has(k)) firstByNik.set(k, b.row);
  }
  let btp = 0;
  let bfp = 0;
  for (const r of rosterRows) {
    const t = truthByRow.get(r.row);
    if (!t || t.dup_of !== null) continue;
    const hit = firstByNik.get(vlookupClean(r.nik));
    if (hit === undefined) continue;
    if (truthPairs.has(`${r.row}:${hit}`)) btp++;
    else bfp++;
  }

  return {
    rosterRows: truth.roster.length,
    truthPairs: truthPairs.size,
    tp,
    fp,
    recalledPairs: recalled.size,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    review,
    // Per roster row (the truth), as the "all" row computes it: workers.csv missing a row must not raise it.
    reviewRate: review / Math.max(1, truth.roster.length),
    dupTruth: dupPairs.length,
    dupFound,
    dupPredicted: predictedDup.size,
    dupCorrect,
    baseline: { tp: btp, fp: bfp, precision: ratio(btp, btp + bfp), recall: ratio(btp, truthPairs.size) },
    statusCount,
    confusion,
    missedByTag,
    pairsByTag,
    wrongByTag,
  };
}

const pct = (x) => (x * 100).toFixed(2) + '%';
const f4 = (x) => x.toFixed(4);

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const base = join(REPO, 'bench', 'out', 'quality');
  const results = [];
  for (const seed of o.seeds) {
    const dir = join(base, `r${o.rows}-b${o.bpjsRows}-s${seed}`);
    const gen = await generateFiles({ rows: o.rows, bpjsRows: o.bpjsRows, seed, out: dir, rates: o.rates });
    const outDir = join(dir, 'result');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const run = await runRekon(['reconcile', '--roster', join(dir, 'roster.csv'), '--bpjs', join(dir, 'bpjs.csv'), '--out', outDir, '--quiet', '--no-xlsx-report']);
    // exit code 1 means "a --fail-on condition holds" — still a successful run for us
    if (run.code !== 0 && run.code !== 1) {
      console.error(`quality: rekon exited with ${run.code} for seed ${seed}\n${run.stderr.slice(0, 2000)}`);
      process.exit(3);
    }
    const workers = readCsv(join(outDir, 'workers.csv'));
    const truth = await readTruth(dir);
    const rosterRows = readCsv(join(dir, 'roster.csv')).map((r, i) => ({ row: i + 2, nik: r.NIK }));
    const bpjsRecords = readCsv(join(dir, 'bpjs.csv')).map((r, i) => ({ row: i + 2, nik: r.NIK }));
    const s = scoreRun({ workers, truth, rosterRows, bpjsRecords });
    results.push({ seed, gen, run, s });
    console.error(`quality: seed ${seed}: rekon ${run.seconds.toFixed(2)} s, ${workers.length} decisions`);
    if (!o.keep) rmSync(dir, { recursive: true, force: true });
  }

  const rows = [['seed', 'pairs', 'precision', 'recall', 'F1', 'review', 'dup found', 'dup prec', 'VLOOKUP P', 'VLOOKUP R', 'VLOOKUP F1']];
  const sum = { tp: 0, fp: 0, recalled: 0, pairs: 0, review: 0, n: 0, dupT: 0, dupF: 0, dupP: 0, dupC: 0, btp: 0, bfp: 0 };
  for (const { seed, s } of results) {
    const bf1 = (2 * s.baseline.precision * s.baseline.recall) / (s.baseline.precision + s.baseline.recall || 1);
    rows.push([seed, s.truthPairs, f4(s.precision), f4(s.recall), f4(s.f1), pct(s.reviewRate), `${s.dupFound}/${s.dupTruth}`, s.dupPredicted ? f4(s.dupCorrect / s.dupPredicted) : '–', f4(s.baseline.precision), f4(s.baseline.recall), f4(bf1)]);
    sum.tp += s.tp;
    sum.fp += s.fp;
    sum.recalled += s.recalledPairs;
    sum.pairs += s.truthPairs;
    sum.review += s.review;
    sum.n += s.rosterRows;
    sum.dupT += s.dupTruth;
    sum.dupF += s.dupFound;
    sum.dupP += s.dupPredicted;
    sum.dupC += s.dupCorrect;
    sum.btp += s.baseline.tp;
    sum.bfp += s.baseline.fp;
  }
  const P = ratio(sum.tp, sum.tp + sum.fp);
  const R = ratio(sum.recalled, sum.pairs);
  const F = P + R === 0 ? 0 : (2 * P * R) / (P + R);
  const BP = ratio(sum.btp, sum.btp + sum.bfp);
  const BR = ratio(sum.btp, sum.pairs);
  const review = sum.review / Math.max(1, sum.n);
  rows.push(['all', sum.pairs, f4(P), f4(R), f4(F), pct(review), `${sum.dupF}/${sum.dupT}`, sum.dupP ? f4(sum.dupC / sum.dupP) : '–', f4(BP), f4(BR), f4(BP + BR === 0 ? 0 : (2 * BP * BR) / (BP + BR))]);
  console.log(`\nrekon match quality — ${o.rows} roster × ${o.bpjsRows} BPJS rows, seeds ${o.seeds.join(',')}\n`);
  printTable(rows);
  console.log(`\ntargets: precision ≥ ${TARGETS.precision}  recall ≥ ${TARGETS.recall}  review ≤ ${pct(TARGETS.reviewRate)}`);

  // where the misses are (all seeds), to point at the phenomena that cost recall/precision
  const merge = (key) => {
    const m = {};
    for (const { s } of results) for (const [k, v] of Object.entries(s[key])) m[k] = (m[k] ?? 0) + v;
    return Object.entries(m).sort((a, b) => b[1] - a[1]);
  };
  const missed = merge('missedByTag');
  const wrong = merge('wrongByTag');
  const pairsByTag = Object.fromEntries(merge('pairsByTag'));
  if (missed.length) console.log(`\ntrue pairs not auto-accepted, by phenomenon (missed/pairs with it): ${missed.slice(0, 14).map(([k, v]) => `${k} ${v}/${pairsByTag[k] ?? '?'}`).join(', ')}`);
  if (wrong.length) console.log(`wrong auto-accepted pairs, by phenomenon: ${wrong.slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const conf = merge('confusion').filter(([k]) => k.split('→')[0] !== k.split('→')[1]);
  if (conf.length) console.log(`status disagreements (expected→got): ${conf.slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  if (o.check) {
    const missedTargets = [];
    if (P < TARGETS.precision) missedTargets.push(`precision ${f4(P)} < ${TARGETS.precision}`);
    if (R < TARGETS.recall) missedTargets.push(`recall ${f4(R)} < ${TARGETS.recall}`);
    if (review > TARGETS.reviewRate) missedTargets.push(`review ${pct(review)} > ${pct(TARGETS.reviewRate)}`);
    if (missedTargets.length) {
      console.log(`\nCHECK FAILED: ${missedTargets.join('; ')}`);
      process.exitCode = 1;
    } else console.log('\ncheck passed');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBench('quality', main);
