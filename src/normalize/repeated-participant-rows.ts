import { msg } from '../i18n/message.js';
import { formatProvenance, provenanceOf } from '../io/provenance.js';
import { grown, NikHalvesTable } from './nik-halves.js';
import type { BpjsParticipant } from './person-record.js';
import type { RowProblem } from './row-problem.js';

/** KPJs longer than this cannot be split into two exact integers of ≤ 8 digits; they are never compared. */
const MAX_KPJ_DIGITS = 16;

/**
 * Drops a BPJS export row that repeats an earlier one: same KPJ, NIK, name and birth date (two downloaded
 * pages that overlap, a month's export and its "susulan" in one folder). It is one participant, read once;
 * kept, the copy became a second registration "to close" of a matched worker, or a second BPJS-only line
 * (exploratory round 4, C08). Each dropped row is a `bpjs_row_repeated` problem naming the row it repeats.
 * Only a row with a KPJ is compared: without one nothing tells the same registration from another. A different
 * KPJ for the same person is a real second registration and is left to the matcher. Across files, since
 * the copies are often in two files.
 *
 * The BPJS side is streamed so that an export larger than memory still works: what is kept per row is
 * numbers in typed arrays (~40 bytes), not the row. A row is compared with the first row of its KPJ by a
 * 32-bit hash of NIK, name and birth date: two different rows under one KPJ (itself a data error) are taken
 * for repeats only if their hashes collide, about once in four billion such pairs.
 */
export class RepeatedParticipantRows {
  private readonly kpjs = new NikHalvesTable();
  /** Per KPJ entry: hash of the first row's details, its row number and its source (file and sheet). */
  private details = new Int32Array(512);
  private rows = new Int32Array(512);
  private sources = new Int32Array(512);
  private readonly sourceList: { readonly file: string; readonly sheet: string }[] = [];
  private readonly found: RowProblem[] = [];
  private uncounted = 0;

  /**
   * `maxProblems`: repeats listed as problems; later ones are only counted (`dropped`). A workbook whose sheets
   * repeat each other would otherwise hold a problem per row of a streamed export.
   */
  constructor(private readonly maxProblems = Infinity) {}

  /** The rows of `batch` not seen before, in order; the repeats are recorded as problems. */
  drop(batch: readonly BpjsParticipant[]): readonly BpjsParticipant[] {
    let kept: BpjsParticipant[] | null = null;
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i]!;
      const earlier = this.seen(p);
      if (earlier < 0) {
        kept?.push(p);
        continue;
      }
      kept ??= batch.slice(0, i);
      if (this.found.length >= this.maxProblems) {
        this.uncounted++;
        continue;
      }
      const source = this.sourceList[this.sources[earlier]!]!;
      this.found.push({
        kind: 'bpjs_row_repeated',
        at: provenanceOf(p),
        column: null,
        detail: msg('record.bpjs_row_repeated', { first: formatProvenance({ file: source.file, sheet: source.sheet, row: this.rows[earlier]! }), kpj: p.kpj ?? '' }),
      });
    }
    return kept ?? batch;
  }

  /** The `bpjs_row_repeated` problems so far, in export order (at most `maxProblems`). */
  get problems(): readonly RowProblem[] {
    return this.found;
  }

  /** Repeats dropped past `maxProblems`, counted only. */
  get dropped(): number {
    return this.uncounted;
  }

  /** The entry of the earlier row `p` repeats, or -1 (then `p` is the first of its KPJ, or not comparable). */
  private seen(p: BpjsParticipant): number {
    const kpj = p.kpj;
    if (kpj === null || kpj === '' || kpj.length > MAX_KPJ_DIGITS) return -1;
    const cut = Math.max(0, kpj.length - 8);
    // The length joins the high half (≤ 8 digits, so < 10⁸; with 16 · 10⁸ still an int32): "0123" and "123"
    // are two KPJs with the same value.
    const hi = Number(kpj.slice(0, cut)) + kpj.length * 100_000_000;
    const lo = Number(kpj.slice(cut));
    if (!Number.isInteger(hi) || !Number.isInteger(lo)) return -1;
    const details = detailHash(p);
    const entry = this.kpjs.find(hi, lo);
    if (entry >= 0) return this.details[entry] === details ? entry : -1;
    const e = this.kpjs.add(hi, lo);
    if (e >= this.details.length) {
      this.details = grown(this.details);
      this.rows = grown(this.rows);
      this.sources = grown(this.sources);
    }
    this.details[e] = details;
    this.rows[e] = p.row;
    this.sources[e] = this.sourceOf(p);
    return -1;
  }

  /** Rows come in runs from one file and sheet: the last source is checked first. */
  private sourceOf(p: BpjsParticipant): number {
    const last = this.sourceList.length - 1;
    const l = this.sourceList[last];
    if (l !== undefined && l.file === p.file && l.sheet === p.sheet) return last;
    const i = this.sourceList.findIndex((s) => s.file === p.file && s.sheet === p.sheet);
    if (i >= 0) return i;
    this.sourceList.push({ file: p.file, sheet: p.sheet });
    return last + 1;
  }
}

/** FNV-1a over NIK (as read), name and birth date, each closed by a separator. */
function detailHash(p: BpjsParticipant): number {
  let h = 0x811c9dc5 | 0;
  h = mix(h, p.nik.nik ?? p.nik.raw);
  h = mix(h, p.name.clean);
  return mix(h, p.birthDate ?? '');
}

function mix(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xff, 0x01000193);
}
