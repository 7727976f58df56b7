import type { Lang, Message } from '../../i18n/message.js';
import { translate } from '../../i18n/translate.js';
import type { WorkerDecision } from '../../match/match-decision.js';
import { agenciesByNameKey, personKey, rosterReviewKey } from '../../match/person-key.js';
import type { ReviewRow } from '../../review/review-row.js';
import { rosterNikText } from './worker-row.js';
import { birthDateBeside } from '../birth-date-beside.js';

/**
 * review.csv: one row per `review` roster row × candidate, best first, undecided. It is also the
 * decisions file format, so a reviewer can fill its `decision` column in a spreadsheet.
 * With --mask-nik the keys are masked too (a shared report must not leak NIKs), so such a file can be
 * read but not used for decisions.
 * A row known only by name and birth date gets its agency in its key when a row of another agency
 * has the same name and birth date (rosterReviewKey): a decision on one must not decide the other.
 */
export function reviewRowsOf(lang: Lang, decisions: readonly WorkerDecision[], mask: (s: string) => string, maskKey: (key: string) => string = (k) => k): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const nameKeys = new Set<string>();
  for (const d of decisions) {
    const key = d.status === 'review' ? personKey(d.worker) : null;
    if (key?.startsWith('name:') === true) nameKeys.add(key);
  }
  const agencies = agenciesByNameKey(workersOf(decisions), nameKeys);
  for (const d of decisions) {
    if (d.status !== 'review') continue;
    const w = d.worker;
    const rosterKey = keyOf(rosterReviewKey(w, agencies), maskKey);
    const general = reasonsBeyondFirstCandidate(d);
    d.candidates.forEach((c, i) => {
      const b = c.bpjs;
      rows.push({
        decision: null,
        rosterKey,
        bpjsKey: keyOf(personKey(b), maskKey),
        rank: i + 1,
        score: Math.round(c.score * 100) / 100,
        roster: { file: w.file, sheet: w.sheet, row: w.row, name: w.name.original, nik: mask(rosterNikText(w.nik)), birthDate: birthDateBeside(mask, rosterNikText(w.nik), w.birthDate) ?? '', agency: w.agency },
        bpjs: { file: b.file, sheet: b.sheet, row: b.row, name: b.name.original, nik: mask(rosterNikText(b.nik)), birthDate: birthDateBeside(mask, rosterNikText(b.nik), b.birthDate) ?? '', kpj: b.kpj === null ? '' : mask(b.kpj), status: b.statusRaw ?? b.status ?? '' },
        reasons: [...general, ...c.reasons].map((r) => translate(lang, r)).join('; '),
        note: '',
      });
    });
  }
  return rows;
}

/**
 * The decision's own reasons (why it is a review, shared NIK…) without the first candidate's, which
 * a review decision carries after its first reason, so that workers.csv explains the best candidate:
 * each candidate row then carries its own pair reasons once, not the first candidate's as well.
 */
function reasonsBeyondFirstCandidate(d: WorkerDecision): readonly Message[] {
  const first = d.candidates[0]?.reasons ?? [];
  const copied = first.length > 0 && first.every((r, i) => d.reasons[1 + i] === r);
  return copied ? [d.reasons[0]!, ...d.reasons.slice(1 + first.length)] : d.reasons;
}

function* workersOf(decisions: readonly WorkerDecision[]): Generator<WorkerDecision['worker']> {
  for (const d of decisions) yield d.worker;
}

function keyOf(key: string | null, mask: (key: string) => string): string | null {
  return key === null ? null : mask(key);
}
