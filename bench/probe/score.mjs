// Score rekon's workers.csv against truth.json from gen.mjs.
// Usage: node score.mjs [--data DIR] [--out RUN_DIR] [--examples 3] [--report FILE.md]
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, x, i, arr) => { if (x.startsWith('--')) a.push([x.slice(2), arr[i + 1]]); return a; }, []));
const DATA = args.data ?? 'bench/out/probe/data';
const OUT = args.out ?? 'bench/out/probe/out';
const NEX = Number(args.examples ?? 3);
const REPORT = args.report ?? 'bench/out/probe/report.md';

function parseCsv(text) {
  const rows = []; let row = []; let f = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n' || c === '\r') { if (c === '\r' && text[i + 1] === '\n') i++; row.push(f); rows.push(row); row = []; f = ''; }
    else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}
const truth = JSON.parse(fs.readFileSync(path.join(DATA, 'truth.json'), 'utf8'));
const wtxt = fs.readFileSync(path.join(OUT, 'workers.csv'), 'utf8').replace(/^\uFEFF/, '');
const [hdr, ...wrows] = parseCsv(wtxt).filter((r) => r.length > 1);
const W = wrows.map((r) => Object.fromEntries(hdr.map((h, i) => [h, r[i]])));
const key = (file, row) => `${path.basename(file)}:${row}`;
const byKey = new Map(W.map((w) => [key(w.roster_file, w.roster_row), w]));

// sanity: every truth row found
let missing = 0;
for (const t of truth.roster) if (!byKey.has(key(t.file, t.line))) missing++;
if (W.length !== truth.roster.length) console.error(`WARNING: workers.csv has ${W.length} rows, truth has ${truth.roster.length}`);
if (missing) console.error(`WARNING: ${missing} truth rows not found in workers.csv by file:row`);

// baseline: exact-NIK VLOOKUP (raw roster NIK string == BPJS NIK string, first hit)
const bpjsByNik = new Map();
for (const [line, b] of Object.entries(truth.bpjs).sort((a, b) => a[0] - b[0])) if (b.nik && !bpjsByNik.has(b.nik)) bpjsByNik.set(b.nik, +line);

const ACC = new Set(['registered', 'inactive']);
function predicted(w) {
  if (!w) return null;
  if (ACC.has(w.status) && w.bpjs_row) return +w.bpjs_row;
  if (w.status === 'duplicate' && w.bpjs_row && w.match_method !== 'none') return +w.bpjs_row;
  return null;
}
const recs = truth.roster.map((t) => {
  const w = byKey.get(key(t.file, t.line));
  const pred = predicted(w);
  const base = bpjsByNik.get(t.rawNik) ?? null;
  const cands = (w?.candidates ?? '').split(';').map((s) => { const m = s.match(/:(\d+) \(/); return m ? +m[1] : null; }).filter(Boolean);
  if (w?.status === 'review' && w.bpjs_row && !cands.includes(+w.bpjs_row)) cands.push(+w.bpjs_row);
  return { t, w, pred, base, cands, isPos: t.truth.length > 0, correct: pred !== null && t.truth.includes(pred), fa: pred !== null && !t.truth.includes(pred), baseCorrect: base !== null && t.truth.includes(base), baseFa: base !== null && !t.truth.includes(base) };
});

function stats(rs) {
  const pos = rs.filter((r) => r.isPos);
  const acc = rs.filter((r) => r.pred !== null);
  const correct = acc.filter((r) => r.correct).length;
  const fa = acc.length - correct;
  const review = rs.filter((r) => r.w?.status === 'review');
  const reviewPos = review.filter((r) => r.isPos);
  const reviewHit = reviewPos.filter((r) => r.t.truth.some((x) => r.cands.includes(x))).length;
  const bacc = rs.filter((r) => r.base !== null); const bcor = bacc.filter((r) => r.baseCorrect).length;
  return {
    n: rs.length, pos: pos.length, acc: acc.length, correct, fa,
    prec: acc.length ? correct / acc.length : NaN, rec: pos.length ? pos.filter((r) => r.correct).length / pos.length : NaN,
    review: review.length, reviewPos: reviewPos.length, reviewHit, unreg: rs.filter((r) => r.w?.status === 'unregistered').length,
    unregPos: pos.filter((r) => r.w?.status === 'unregistered').length,
    dupStatus: rs.filter((r) => r.w?.status === 'duplicate').length,
    bprec: bacc.length ? bcor / bacc.length : NaN, brec: pos.length ? pos.filter((r) => r.baseCorrect).length / pos.length : NaN, bfa: bacc.length - bcor,
  };
}
const f3 = (x) => Number.isNaN(x) ? '–' : x.toFixed(3);
const line = (label, s) => `| ${label} | ${s.n} | ${s.pos} | ${s.acc} | ${s.fa} | ${f3(s.prec)} | ${f3(s.rec)} | ${s.review} (${s.reviewPos} pos, ${s.reviewHit} w/ truth) | ${s.unregPos} | ${s.dupStatus} | ${f3(s.brec)} / ${s.bfa} |`;
const HDR = '| group | rows | true pairs | auto-acc | false acc | precision | recall | review | pos→unreg | dup status | VLOOKUP rec / FA |\n|---|---|---|---|---|---|---|---|---|---|---|';

const out = [];
const examples = [];
out.push(`# rekon probe — seed ${truth.seed}\n`);
out.push(HDR);
out.push(line('ALL', stats(recs)));
out.push(line('positives (kind=pos)', stats(recs.filter((r) => r.t.kind === 'pos'))));
out.push(line('negatives (kind=neg)', stats(recs.filter((r) => r.t.kind === 'neg'))));
out.push(line('dup rows of pos', stats(recs.filter((r) => r.t.kind === 'dup_pos'))));
out.push(line('dup rows of neg', stats(recs.filter((r) => r.t.kind === 'dup_neg'))));
out.push(line('negdup (look-alike pairs)', stats(recs.filter((r) => r.t.kind === 'negdup'))));

function dimTable(dim, filter = () => true, title = dim) {
  const groups = new Map();
  for (const r of recs) { if (!filter(r)) continue; const v = r.t.tags[dim]; if (v === undefined) continue; if (!groups.has(v)) groups.set(v, []); groups.get(v).push(r); }
  out.push(`\n## by ${title}\n`); out.push(HDR);
  for (const [v, rs] of [...groups].sort((a, b) => String(a[0]).localeCompare(String(b[0])))) {
    const s = stats(rs); out.push(line(v, s));
    const bad = rs.filter((r) => r.fa || (r.isPos && !r.correct));
    if (s.fa > 0 || (s.pos && s.rec < 0.98)) examples.push([`${title}=${v}`, s, bad]);
  }
}
const posOnly = (r) => r.t.kind === 'pos';
const single = (r) => r.t.kind === 'pos' && [r.t.tags.name === 'none', r.t.tags.nik === 'exact', r.t.tags.dob === 'same', r.t.tags.ctx === 'none'].filter((x) => !x).length <= 1;
dimTable('name', posOnly, 'name condition (positives, all NIK conditions)');
dimTable('name', (r) => posOnly(r) && r.t.tags.nik === 'exact', 'name condition | NIK exact');
dimTable('name', (r) => posOnly(r) && r.t.tags.nik !== 'exact' && r.t.tags.nik !== 'formatted' && r.t.tags.nik !== 'bpjs_nik_missing' && r.t.tags.nik !== 'missing', 'name condition | NIK damaged (typo/transpose/excel/wrong/other)');
dimTable('name', (r) => posOnly(r) && r.t.tags.nik === 'missing', 'name condition | roster NIK missing');
dimTable('nik', posOnly, 'NIK condition (positives)');
dimTable('nik', (r) => posOnly(r) && r.t.tags.name === 'none' && r.t.tags.dob === 'same' && r.t.tags.ctx === 'none', 'NIK condition | name none, dob same, ctx none (isolated)');
dimTable('dob', posOnly, 'DOB condition (positives)');
dimTable('dob', (r) => posOnly(r) && r.t.tags.nik === 'missing', 'DOB condition | roster NIK missing');
dimTable('ctx', posOnly, 'context (positives)');
dimTable('ctx', (r) => posOnly(r) && r.t.tags.nik === 'missing', 'context | roster NIK missing');
dimTable('mono', posOnly, 'mononym (positives)');
dimTable('papua', posOnly, 'Papua region (positives)');
dimTable('dobfmt', posOnly, 'roster DOB format (positives)');
dimTable('neg', () => true, 'hard negatives');
dimTable('dup', () => true, 'duplicate copies');

// isolated single-phenomenon table
out.push('\n## single-phenomenon positives (at most one non-default dimension)\n'); out.push(HDR);
{
  const groups = new Map();
  for (const r of recs.filter(single)) { const t = r.t.tags; const v = t.name !== 'none' ? `name:${t.name}` : t.nik !== 'exact' ? `nik:${t.nik}` : t.dob !== 'same' ? `dob:${t.dob}` : t.ctx !== 'none' ? `ctx:${t.ctx}` : 'clean'; if (!groups.has(v)) groups.set(v, []); groups.get(v).push(r); }
  for (const [v, rs] of [...groups].sort()) { const s = stats(rs); out.push(line(v, s)); if (s.fa > 0 || (s.pos && s.rec < 0.98)) examples.push([`single ${v}`, s, rs.filter((r) => r.fa || (r.isPos && !r.correct))]); }
}

// by number of perturbed dimensions
out.push('\n## positives by number of perturbed dimensions (name/nik/dob/ctx)\n'); out.push(HDR);
{
  const g = new Map();
  for (const r of recs.filter((r) => r.t.kind === 'pos')) { const t = r.t.tags; const k = [t.name !== 'none', t.nik !== 'exact', t.dob !== 'same', t.ctx !== 'none'].filter(Boolean).length; if (!g.has(k)) g.set(k, []); g.get(k).push(r); }
  for (const [k, rs] of [...g].sort((a, b) => a[0] - b[0])) out.push(line(`${k} perturbed`, stats(rs)));
}

// duplicate detection
out.push('\n## duplicate detection\n');
{
  const groups = new Map();
  for (const r of recs) if (r.t.dupGroup !== null) { if (!groups.has(r.t.dupGroup)) groups.set(r.t.dupGroup, []); groups.get(r.t.dupGroup).push(r); }
  const byKind = new Map();
  for (const rs of groups.values()) {
    const kind = rs.find((r) => r.t.tags.dup).t.tags.dup + (rs[0].isPos ? ' (in BPJS)' : ' (not in BPJS)');
    const nd = rs.filter((r) => r.w?.status === 'duplicate').length;
    const ok = nd === 1;
    const e = byKind.get(kind) ?? { n: 0, ok: 0, none: 0, both: 0, ex: [] }; e.n++; if (ok) e.ok++; else { if (nd === 0) e.none++; else e.both++; e.ex.push(rs); } byKind.set(kind, e);
  }
  out.push('| dup kind | pairs | exactly one marked duplicate | none marked | both marked |\n|---|---|---|---|---|');
  for (const [k, e] of [...byKind].sort()) out.push(`| ${k} | ${e.n} | ${e.ok} | ${e.none} | ${e.both} |`);
  const ng = new Map();
  for (const r of recs) if (r.t.negdupGroup) { const k = r.t.tags.negdup; const e = ng.get(k) ?? { rows: 0, dup: 0, ex: [] }; e.rows++; if (r.w?.status === 'duplicate') { e.dup++; e.ex.push(r); } ng.set(k, e); }
  out.push('\n| look-alike (distinct people) kind | rows | wrongly marked duplicate |\n|---|---|---|');
  for (const [k, e] of [...ng].sort()) out.push(`| ${k} | ${e.rows} | ${e.dup} |`);
  out.push('\n### duplicate examples (failures)');
  for (const [k, e] of [...byKind].sort()) for (const rs of e.ex.slice(0, 2)) { out.push(`- **${k}**`); for (const r of rs) out.push(`  - roster ${path.basename(r.t.file)}:${r.t.line} \`${r.t.text}\` → ${r.w?.status}/${r.w?.match_method}/${r.w?.score} bpjs_row=${r.w?.bpjs_row} dup_of=${r.w?.duplicate_of} reasons: ${r.w?.reasons}`); }
  for (const [k, e] of [...ng].sort()) for (const r of e.ex.slice(0, 2)) out.push(`- **${k}** roster ${path.basename(r.t.file)}:${r.t.line} \`${r.t.text}\` → ${r.w?.status} dup_of=${r.w?.duplicate_of} reasons: ${r.w?.reasons}`);
}

// status correctness for correct matches
{
  let ok = 0, bad = 0;
  for (const r of recs) if (r.correct && ACC.has(r.w.status)) { const st = truth.bpjs[r.pred]?.text.endsWith('NON AKTIF') ? 'inactive' : 'registered'; if (st === r.w.status) ok++; else bad++; }
  out.push(`\nregistered/inactive consistent with BPJS status column: ${ok} ok, ${bad} inconsistent`);
}

// examples
out.push('\n## examples of failures\n');
const seen = new Set();
for (const [label, s, bad] of examples) {
  if (seen.has(label)) continue; seen.add(label);
  out.push(`### ${label} — recall ${f3(s.rec)}, false accepts ${s.fa}, review ${s.review}`);
  const fas = bad.filter((r) => r.fa), misses = bad.filter((r) => !r.fa);
  for (const r of [...fas.slice(0, NEX), ...misses.slice(0, Math.max(0, NEX - Math.min(fas.length, NEX)) || 1)].slice(0, NEX + 1)) {
    out.push(`- ${r.fa ? 'FALSE ACCEPT' : 'MISS'} tags=${JSON.stringify(r.t.tags)}`);
    out.push(`  - roster ${path.basename(r.t.file)}:${r.t.line}: \`${r.t.text}\``);
    for (const x of r.t.truth) out.push(`  - true BPJS ${x}: \`${truth.bpjs[x]?.text}\``);
    for (const x of r.t.decoy ?? []) out.push(`  - decoy BPJS ${x}: \`${truth.bpjs[x]?.text}\``);
    if (r.pred && !r.t.truth.includes(r.pred)) out.push(`  - rekon picked BPJS ${r.pred}: \`${truth.bpjs[r.pred]?.text}\``);
    out.push(`  - rekon: ${r.w?.status} / ${r.w?.match_method} / score ${r.w?.score} / bpjs_row ${r.w?.bpjs_row} / flags ${r.w?.flags} / reasons: ${r.w?.reasons}${r.w?.candidates ? ` / candidates: ${r.w.candidates}` : ''}`);
  }
}
fs.writeFileSync(REPORT, out.join('\n') + '\n');
const s = stats(recs);
console.log(`ALL: precision ${f3(s.prec)} recall ${f3(s.rec)} FA ${s.fa} review ${s.review} | VLOOKUP recall ${f3(s.brec)} FA ${s.bfa}. Report: ${REPORT}`);
