#!/usr/bin/env node
// Streams a multi-gigabyte BPJS export through `rekon reconcile` and reports wall time, rows/s and
// the child's peak RSS. The question it answers: is memory bounded by the roster side (~20k rows),
// or does it grow with the BPJS file?
//
// Usage: node bench/stream-bpjs.mjs [--gb 3] [--roster-rows 20000] [--seed 1] [--heap-mb N] [--keep-output]
//
//   --gb G            size of the BPJS CSV in GiB; a comma list ("0.25,0.5,1") runs each size in turn
//                     so the RSS trend is visible (default 3)
//   --roster-rows N   roster rows (default 20000); the BPJS file starts with the world from
//                     bench/lib/people.mjs (1.1 × N rows with the true matches) and is padded with
//                     synthetic BPJS-only participants up to the size
//   --heap-mb N       run the child with --max-old-space-size=N (default: Node's own limit)
//   --keep-output     keep the reconcile output directory (bpjs_only.csv is about as big as the input)
//
// Files go to bench/out/stream/ and are reused when present (same seed and sizes → same bytes).
// Free disk space is checked first: the input plus the reconcile output (bpjs_only.csv ≈ the input).
// Synthetic people only: NIKs are real-looking region codes with made-up serials (9000–9999 for the
// padding, so they never collide with the world's people).
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BPJS_HEADER, FAMILY_NAMES, FEMALE_GIVEN, MALE_GIVEN, REGION_CODES, ROSTER_HEADER, csvLine, generateWorld } from './lib/people.mjs';
import { REPO, rssMethod, runRekon } from './lib/run-cli.mjs';
import { close, write, writeRecords } from './lib/stream-write.mjs';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const OUT = join(REPO, 'bench', 'out', 'stream');
const FORMAT_VERSION = 1;

function parseArgs(argv) {
  const o = { gb: [3], rosterRows: 20000, seed: 1, heapMb: null, keepOutput: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--gb') {
      o.gb = String(v).split(',').map(Number);
      i++;
    } else if (a === '--roster-rows') {
      o.rosterRows = Number(v);
      i++;
    } else if (a === '--seed') {
      o.seed = Number(v);
      i++;
    } else if (a === '--heap-mb') {
      o.heapMb = Number(v);
      i++;
    } else if (a === '--keep-output') o.keepOutput = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (o.gb.some((g) => !(g > 0) || g > 64)) throw new Error('--gb must be between 0 and 64');
  if (!Number.isInteger(o.rosterRows) || o.rosterRows < 1) throw new Error('--roster-rows must be a positive integer');
  if (o.heapMb !== null && !(o.heapMb >= 64)) throw new Error('--heap-mb must be at least 64');
  return o;
}


function freeBytes(dir) {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

/** Birth dates 1966-01-01 … 2004-12-31 as [DDMMYY for the NIK, dd-mm-yyyy]. */
function birthDates() {
  const out = [];
  for (let y = 1966; y <= 2004; y++) {
    for (let m = 1; m <= 12; m++) {
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      for (let d = 1; d <= days; d++) {
        const dd = String(d).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        out.push({ d, nik: `${mm}${String(y % 100).padStart(2, '0')}`, text: `${dd}-${mm}-${y}` });
      }
    }
  }
  return out;
}

/** The roster and the start of the BPJS file (the true matches) from the shared generator. */
async function writeWorld(rosterPath, bpjs, rosterRows, seed) {
  const roster = createWriteStream(rosterPath);
  await write(roster, csvLine(ROSTER_HEADER));
  await write(bpjs, csvLine(BPJS_HEADER));
  let bpjsRows = 0;
  for (const chunk of generateWorld({ rows: rosterRows, seed })) {
    await writeRecords(roster, chunk.roster);
    await writeRecords(bpjs, chunk.bpjs);
    bpjsRows += chunk.bpjs.length;
  }
  await close(roster);
  return bpjsRows;
}

/**
 * Pads the BPJS file with unique BPJS-only participants until it holds `targetBytes`. Deterministic:
 * participant i gets region i mod R, birth date (i / R) mod D, serial 9000 + i / (R·D).
 */
async function writePadding(bpjs, startRow, bytesSoFar, targetBytes) {
  const dates = birthDates();
  const R = REGION_CODES.length;
  const D = dates.length;
  let bytes = bytesSoFar;
  let row = startRow;
  let i = 0;
  while (bytes < targetBytes) {
    let text = '';
    for (let k = 0; k < 20000; k++, i++, row++) {
      const region = REGION_CODES[i % R];
      const date = dates[Math.floor(i / R) % D];
      const female = (i & 1) === 1;
      const serial = 9000 + Math.floor(i / (R * D));
      if (serial > 9999) throw new Error('padding ran out of unique NIKs');
      const dd = String(female ? date.d + 40 : date.d).padStart(2, '0');
      const nik = `${region}${dd}${date.nik}${serial}`;
      const given = female ? FEMALE_GIVEN[i % FEMALE_GIVEN.length] : MALE_GIVEN[i % MALE_GIVEN.length];
      const family = FAMILY_NAMES[Math.floor(i / 7) % FAMILY_NAMES.length];
      const kpj = String(19000000000 + i);
      const joined = `01-${String((i % 12) + 1).padStart(2, '0')}-${2015 + (i % 10)}`;
      const wage = 1000000 + (i % 31) * 100000;
      const status = i % 17 === 0 ? 'NON AKTIF' : 'AKTIF';
      text += `${row - 1},${kpj},${nik},${given} ${family},${date.text},${joined},${wage},${status}\n`;
    }
    bytes += Buffer.byteLength(text);
    await write(bpjs, text);
  }
  return { rows: row - startRow, bytes };
}

/** Generates (or reuses) roster.csv and bpjs-<G>gb.csv; returns their paths and row counts. */
async function ensureFiles(gb, rosterRows, seed) {
  mkdirSync(OUT, { recursive: true });
  const tag = `${rosterRows}-s${seed}`;
  const rosterPath = join(OUT, `roster-${tag}.csv`);
  const bpjsPath = join(OUT, `bpjs-${tag}-${gb}gb.csv`);
  const metaPath = `${bpjsPath}.meta.json`;
  if (existsSync(metaPath) && existsSync(bpjsPath) && existsSync(rosterPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.format_version === FORMAT_VERSION) return { rosterPath, bpjsPath, ...meta, generated: false };
  }
  const target = Math.round(gb * GiB);
  const need = 2.1 * target + 64 * MiB;
  const free = freeBytes(OUT);
  if (free < need) {
    throw new Error(`not enough free disk space in ${OUT}: ${(free / GiB).toFixed(1)} GiB free, about ${(need / GiB).toFixed(1)} GiB needed (the input plus rekon's bpjs_only.csv). Try a smaller --gb.`);
  }
  const t0 = performance.now();
  const tmp = `${bpjsPath}.partial`;
  const bpjs = createWriteStream(tmp);
  const worldRows = await writeWorld(rosterPath, bpjs, rosterRows, seed);
  await new Promise((res) => bpjs.write('', res));
  const worldBytes = bpjs.bytesWritten;
  const pad = await writePadding(bpjs, worldRows + 2, worldBytes, target);
  await close(bpjs);
  renameSync(tmp, bpjsPath);
  const meta = { format_version: FORMAT_VERSION, roster_rows: rosterRows, bpjs_rows: worldRows + pad.rows, bytes: statSync(bpjsPath).size, seed };
  writeFileSync(metaPath, JSON.stringify(meta, null, 2) + '\n');
  const secs = (performance.now() - t0) / 1000;
  console.error(`stream-bpjs: generated ${bpjsPath} (${(meta.bytes / GiB).toFixed(2)} GiB, ${meta.bpjs_rows.toLocaleString('en')} rows) in ${secs.toFixed(1)} s`);
  return { rosterPath, bpjsPath, ...meta, generated: true };
}

async function runOne(gb, o) {
  const files = await ensureFiles(gb, o.rosterRows, o.seed);
  const outDir = join(OUT, `result-${gb}gb`);
  rmSync(outDir, { recursive: true, force: true });
  const free = freeBytes(OUT);
  if (free < files.bytes * 1.1) {
    throw new Error(`not enough free disk space for the reconcile output (${(free / GiB).toFixed(1)} GiB free, about ${((files.bytes * 1.1) / GiB).toFixed(1)} GiB needed)`);
  }
  const env = { ...process.env, REKON_LANG: 'en' };
  if (o.heapMb !== null) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${o.heapMb}`.trim();
  const args = ['reconcile', '--roster', files.rosterPath, '--bpjs', files.bpjsPath, '--out', outDir, '--no-xlsx-report', '--quiet'];
  console.error(`stream-bpjs: ${gb} GiB: node bin/rekon ${args.join(' ')}`);
  const r = await runRekon(args, { env });
  const summaryPath = join(outDir, 'summary.json');
  let bpjsOnly = null;
  if (existsSync(summaryPath)) {
    const s = JSON.parse(readFileSync(summaryPath, 'utf8'));
    bpjsOnly = s?.totals?.bpjs_only ?? s?.summary?.bpjs_only ?? null;
  }
  if (!o.keepOutput) rmSync(outDir, { recursive: true, force: true });
  return {
    gb,
    bytes: files.bytes,
    rosterRows: files.roster_rows,
    bpjsRows: files.bpjs_rows,
    code: r.code,
    seconds: r.seconds,
    rowsPerSecond: Math.round((files.roster_rows + files.bpjs_rows) / r.seconds),
    maxRssBytes: r.maxRssBytes,
    bpjsOnly,
    stderrTail: r.code === 0 ? '' : r.stderr.trim().split('\n').slice(-3).join('\n'),
  };
}

function fmtRow(x) {
  const rss = x.maxRssBytes === null ? 'n/a' : `${(x.maxRssBytes / MiB).toFixed(0)} MiB`;
  const perRow = x.maxRssBytes === null ? '' : ` (${((x.maxRssBytes - 0) / x.bpjsRows).toFixed(0)} B/BPJS row)`;
  return `${String(x.gb).padStart(5)} GiB  ${x.bpjsRows.toLocaleString('en').padStart(12)} BPJS rows  exit ${x.code}  ${x.seconds.toFixed(1).padStart(7)} s  ${x.rowsPerSecond.toLocaleString('en').padStart(9)} rows/s  peak RSS ${rss}${perRow}`;
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`stream-bpjs: ${e.message}`);
    process.exit(2);
  }
  if (o.help) {
    console.error('usage: node bench/stream-bpjs.mjs [--gb 3 | --gb 0.25,0.5,1] [--roster-rows 20000] [--seed 1] [--heap-mb N] [--keep-output]');
    return;
  }
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) {
    console.error('stream-bpjs: dist/ is missing: run `npm run build` first');
    process.exit(2);
  }
  console.error(`stream-bpjs: roster ${o.rosterRows} rows, peak RSS via ${rssMethod()}`);
  const results = [];
  for (const gb of o.gb) {
    let r;
    try {
      r = await runOne(gb, o);
    } catch (e) {
      console.error(`stream-bpjs: ${e.message}`);
      process.exit(2);
    }
    results.push(r);
    console.log(fmtRow(r));
    if (r.code !== 0) console.log(`        child failed: ${r.stderrTail}`);
  }
  if (results.length > 1) {
    const ok = results.filter((r) => r.code === 0 && r.maxRssBytes !== null);
    if (ok.length > 1) {
      const a = ok[0];
      const b = ok[ok.length - 1];
      const slope = (b.maxRssBytes - a.maxRssBytes) / (b.bpjsRows - a.bpjsRows);
      console.log(`RSS growth: ${slope.toFixed(0)} bytes per extra BPJS row (${(a.maxRssBytes / MiB).toFixed(0)} → ${(b.maxRssBytes / MiB).toFixed(0)} MiB); bounded by the roster side would be ≈ 0`);
    }
  }
}

await main();
