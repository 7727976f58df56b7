import { msg } from '../i18n/message.js';
import { formatProvenance, provenanceOf, type Provenance } from '../io/provenance.js';
import { ownText } from './own-text.js';
import type { BpjsParticipant } from './person-record.js';
import type { RowProblem } from './row-problem.js';

/**
 * Drops a BPJS export row that repeats an earlier one: same KPJ, NIK, name and birth date (two downloaded
 * pages that overlap, a month's export and its "susulan" in one folder). It is one participant, read once;
 * kept, the copy became a second registration "to close" of a matched worker, or a second BPJS-only line
 * (exploratory round 4, C08). Each dropped row is a `bpjs_row_repeated` problem naming the row it repeats.
 * Only a row with a KPJ is compared: without one nothing tells the same registration from another. A different
 * KPJ for the same person is a real second registration and is left to the matcher. Across files, since
 * the copies are often in two files. Memory: one entry per participant with a KPJ.
 */
export class RepeatedParticipantRows {
  private readonly first = new Map<string, Provenance>();
  private readonly found: RowProblem[] = [];

  /** The rows of `batch` not seen before, in order; the repeats are recorded as problems. */
  drop(batch: readonly BpjsParticipant[]): readonly BpjsParticipant[] {
    let kept: BpjsParticipant[] | null = null;
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i]!;
      const earlier = this.seen(p);
      if (earlier === null) {
        kept?.push(p);
        continue;
      }
      kept ??= batch.slice(0, i);
      this.found.push({
        kind: 'bpjs_row_repeated',
        at: provenanceOf(p),
        column: null,
        detail: msg('record.bpjs_row_repeated', { first: formatProvenance(earlier), kpj: p.kpj ?? '' }),
      });
    }
    return kept ?? batch;
  }

  /** The `bpjs_row_repeated` problems so far, in export order. */
  get problems(): readonly RowProblem[] {
    return this.found;
  }

  private seen(p: BpjsParticipant): Provenance | null {
    if (p.kpj === null || p.kpj === '') return null;
    const key = ownText(`${p.kpj}\u0000${p.nik.nik ?? p.nik.raw}\u0000${p.name.clean}\u0000${p.birthDate ?? ''}`);
    const earlier = this.first.get(key);
    if (earlier !== undefined) return earlier;
    this.first.set(key, provenanceOf(p));
    return null;
  }
}
