// Print isolated (single-phenomenon) failure examples: node examples.mjs DATA OUT "dim:value" [n]
import fs from 'node:fs'; import path from 'node:path';
const [DATA, OUT, want, nArg] = process.argv.slice(2); const N = +(nArg ?? 4);
const truth = JSON.parse(fs.readFileSync(path.join(DATA, 'truth.json')));
const txt = fs.readFileSync(path.join(OUT, 'workers.csv'), 'utf8');
const rows = []; let row = [], f = '', q = false;
for (let i = 0; i < txt.length; i++) { const c = txt[i]; if (q) { if (c === '"') { if (txt[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; } else if (c === '"') q = true; else if (c === ',') { row.push(f); f = ''; } else if (c === '\n') { row.push(f.replace(/\r$/, '')); rows.push(row); row = []; f = ''; } else f += c; }
const [h, ...ws] = rows; const W = new Map(ws.map((r) => { const o = Object.fromEntries(h.map((k, i) => [k, r[i]])); return [`${path.basename(o.roster_file)}:${o.roster_row}`, o]; }));
const [dim, val] = want.split(':');
let shown = 0;
for (const t of truth.roster) {
  const tg = t.tags; if (t.kind !== 'pos' && dim !== 'neg' && dim !== 'dup') continue;
  if (String(tg[dim]) !== val) continue;
  if (t.kind === 'pos') { const others = { name: 'none', nik: 'exact', dob: 'same', ctx: 'none' }; delete others[dim]; if (Object.entries(others).some(([k, v]) => tg[k] !== v)) continue; }
  const w = W.get(`${path.basename(t.file)}:${t.line}`);
  const pred = ['registered', 'inactive'].includes(w.status) || (w.status === 'duplicate' && w.match_method !== 'none') ? +w.bpjs_row : null;
  const ok = t.truth.length ? t.truth.includes(pred) : pred === null;
  if (ok) continue;
  console.log(`- roster ${path.basename(t.file)}:${t.line} \`${t.text}\``);
  for (const x of t.truth) console.log(`  true BPJS ${x}: \`${truth.bpjs[x].text}\``);
  for (const x of t.decoy) console.log(`  decoy BPJS ${x}: \`${truth.bpjs[x].text}\``);
  console.log(`  rekon: ${w.status}/${w.match_method}/score ${w.score}/bpjs_row ${w.bpjs_row}/flags ${w.flags} — ${w.reasons}${w.candidates ? ' — candidates: ' + w.candidates : ''}`);
  if (++shown >= N) break;
}
