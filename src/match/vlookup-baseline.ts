import type { BpjsParticipant, Worker } from '../normalize/person-record.js';

/**
 * What a spreadsheet VLOOKUP on the NIK column gives: each roster row is paired with the first BPJS
 * row (in export order) whose cleaned NIK digits are exactly the same. No fuzziness, no one-to-one
 * constraint, no confirmation by name. The quality benchmark compares the matcher against it.
 * Keys are Worker.seq → BpjsParticipant.seq.
 */
export function vlookupBaseline(workers: readonly Worker[], participants: readonly BpjsParticipant[]): Map<number, number> {
  const firstByDigits = new Map<string, BpjsParticipant>();
  for (const p of participants) {
    const d = p.nik.digits;
    if (d === '') continue;
    const seen = firstByDigits.get(d);
    if (seen === undefined || p.seq < seen.seq) firstByDigits.set(d, p);
  }
  const out = new Map<number, number>();
  for (const w of workers) {
    if (w.nik.digits === '') continue;
    const p = firstByDigits.get(w.nik.digits);
    if (p !== undefined) out.set(w.seq, p.seq);
  }
  return out;
}
