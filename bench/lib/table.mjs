// The benchmarks' plain-text tables: a header row, a rule, then rows; first column left-aligned,
// the others right-aligned (figures), columns two spaces apart.

/** The table's lines (no trailing newline on any). */
export function tableLines(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const lines = [];
  for (const [i, r] of rows.entries()) {
    lines.push(r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('  '));
    if (i === 0) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  return lines;
}

export function printTable(rows) {
  for (const line of tableLines(rows)) console.log(line);
}
