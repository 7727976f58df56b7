// node adhoc.mjs DATA OUT 'js-filter-on-t' [n]  — prints failing rows matching a filter on truth row t
import fs from 'node:fs'; import path from 'node:path';
const [DATA, OUT, filt, nArg, mode] = process.argv.slice(2); const N = +(nArg ?? 4);
const F = new Function('t', `return (${filt});`);
const truth = JSON.parse(fs.readFileSync(path.join(DATA, 'truth.json')));
const txt = fs.readFileSync(path.join(OUT, 'workers.csv'), 'utf8');
const rows = []; let row = [], f = '', q = false;
for (let i = 0; i < txt.length; i++) { const c = txt[i]; if (q) { if (c === '"') { if (txt[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; } else if (c === '"') q = true; else if (c === ',') { row.push(f); f = ''; } else if (c === '\n') { row.push(f.replace(/\r$/, '')); rows.push(row); row = []; f = ''; } else f += c; }
const [h, ...ws] = rows; const W = new Map(ws.map((r) => { const o = Object.fromEntries(h.map((k, i) => [k, r[i]])); return [`${path.basename(o.roster_file)}:${o.roster_row}`, o]; }));
let shown = 0, n = 0, ok = 0; const st = {};
for (const t of truth.roster) {
  if (!F(t)) continue; n++;
  const w = W.get(`${path.basename(t.file)}:${t.line}`);
  st[w.status] = (st[w.status] ?? 0) + 1;
  const pred = ['registered', 'inactive'].includes(w.status) || (w.status === 'duplicate' && w.match_method !== 'none') ? +w.bpjs_row : null;
  const good = t.truth.length ? t.truth.includes(pred) : pred === null;
  if (good) { ok++; if (mode !== 'all') continue; }
  if (shown++ >= N) continue;
  console.log(`- roster ${path.basename(t.file)}:${t.line} \`${t.text}\`  tags=${JSON.stringify(t.tags)}`);
  for (const x of t.truth) console.log(`  true BPJS ${x}: \`${truth.bpjs[x].text}\``);
  for (const x of t.decoy) console.log(`  decoy BPJS ${x}: \`${truth.bpjs[x].text}\``);
  console.log(`  rekon: ${w.status}/${w.match_method}/score ${w.score}/bpjs_row ${w.bpjs_row}/flags ${w.flags} — ${w.reasons}${w.candidates ? ' — candidates: ' + w.candidates : ''}`);
}
console.log(`n=${n} correct=${ok}`, st);
