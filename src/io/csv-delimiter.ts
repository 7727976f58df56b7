import { CsvRecordParser } from './csv-record-parser.js';

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter of a CSV sample, quote-aware: for each candidate the sample is parsed and the
 * modal field count of the records it splits (> 1 field) is found. A delimiter that splits most records
 * into the same number of fields wins (score: frequency × share of all records); more fields break
 * near-ties (log2 weight), because a `;` file from
 * Indonesian Excel often carries one decimal comma per row ("1.234.567,00") that splits evenly too
 * (DOMAIN.md §5). Records whose quotes this delimiter breaks do not count. Falls back to `,` for a
 * one-column file.
 */
export function sniffDelimiter(sample: string): string {
  // Drop a trailing partial line: it would look like an odd record.
  const lastNewline = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  const text = lastNewline > 0 ? sample.slice(0, lastNewline + 1) : sample;
  let best: string = ',';
  let bestScore = 0;
  for (const d of CANDIDATE_DELIMITERS) {
    // A record left with a literal quote in a field was not quoted for this delimiter: a `;` file's
    // "SUPRIYADI, S.Pd., M.Si" in its second column splits evenly on `,` too, but only by breaking the quotes.
    const records = new CsvRecordParser(d)
      .push(text, true)
      .filter((r) => r.length > 0 && !r.some((f) => f.includes('"')))
      .slice(0, 100);
    // One-field records (titles, footers, blank-ish lines) say nothing about the delimiter, so the
    // mode is taken over the others; they still dilute the score through `consistency` below.
    const counts = new Map<number, number>();
    for (const r of records) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let mode = 1;
    let freq = 0;
    for (const [fields, f] of counts) {
      if (f > freq || (f === freq && fields > mode)) {
        mode = fields;
        freq = f;
      }
    }
    if (mode < 2) continue;
    // Weighted by the share of records the mode covers: a tab-separated export whose names carry two
    // degree commas splits its data rows into 3 on ',' but its header only on TAB.
    const consistency = freq / records.length;
    const score = freq * Math.log2(mode) * consistency;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
