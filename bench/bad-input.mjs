#!/usr/bin/env node
// The "a roster with a million duplicates", at full size: one person listed N times (with
// their NIK, then without one) against the bundled BPJS export. Prints wall time, peak RSS and the
// status counts; exits 1 when a run fails or the counts are wrong (one registered, N − 1 duplicates).
// The e2e test (test/e2e/reconcile-bad-input.test.ts) checks the same at 20,000 rows.
//
// Usage: node bench/bad-input.mjs [--rows 1000000]
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { REPO, rssMethod, runRekon } from './lib/run-cli.mjs';
import { printTable } from './lib/table.mjs';
import { BenchUsageError, intValue, runBench } from './lib/bench-args.mjs';

const BPJS = join(REPO, 'fixtures', 'bpjs', 'bpjs-export.csv');
/** SITI AMINAH of the BPJS fixture (synthetic NIK). */
const PERSON = { nik: '3279015203850011', name: 'SITI AMINAH', birthDate: '12-03-1985' };

function parseArgs(argv) {
  const o = { rows: 1_000_000 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rows') o.rows = intValue('--rows', argv[++i], 2);
    else throw new BenchUsageError(`unknown option ${argv[i]}`);
  }
  return o;
}

/** The roster file (cached in bench/out/bad-input/): `rows` copies of one person. */
async function ensureRoster(rows, withNik) {
  const dir = join(REPO, 'bench', 'out', 'bad-input');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `copies-${rows}-${withNik ? 'nik' : 'no-nik'}.csv`);
  if (existsSync(path)) return path;
  const out = createWriteStream(path);
  out.write('NO,NIK,NAMA,TGL LAHIR,OPD,GAJI\n');
  const nik = withNik ? PERSON.nik : '';
  for (let i = 1; i <= rows; i++) {
    if (!out.write(`${i},${nik},${PERSON.name},${PERSON.birthDate},DINAS PENDIDIKAN,2500000\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const table = [['roster', 'wall', 'peak RSS', 'exit', 'registered', 'duplicate', 'other', 'ok']];
  let failed = false;
  for (const withNik of [true, false]) {
    const roster = await ensureRoster(o.rows, withNik);
    const out = join(REPO, 'bench', 'out', 'bad-input', 'result');
    rmSync(out, { recursive: true, force: true });
    const run = await runRekon(['reconcile', '--roster', roster, '--bpjs', BPJS, '--out', out, '--no-xlsx-report', '--quiet']);
    let totals = null;
    if (run.code === 0) totals = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).totals;
    const other = totals === null ? null : totals.workers - totals.registered - totals.duplicate;
    const ok = totals !== null && totals.workers === o.rows && totals.registered === 1 && totals.duplicate === o.rows - 1;
    if (!ok) {
      failed = true;
      if (run.code !== 0) console.error(`bad-input: rekon exited with ${run.code}\n${run.stderr.slice(0, 2000)}`);
    }
    table.push([
      `${o.rows.toLocaleString('en-US')} copies ${withNik ? 'with NIK' : 'without NIK'}`,
      `${run.seconds.toFixed(2)} s`,
      run.maxRssBytes === null ? 'n/a' : `${(run.maxRssBytes / 1024 ** 2).toFixed(0)} MiB`,
      run.code,
      totals?.registered ?? '–',
      totals?.duplicate ?? '–',
      other ?? '–',
      ok ? 'yes' : 'NO',
    ]);
  }
  console.log(`\nrekon reconcile on a roster of one person listed again and again × the bundled BPJS export (peak RSS via ${rssMethod()})\n`);
  printTable(table);
  if (failed) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBench('bad-input', main);
