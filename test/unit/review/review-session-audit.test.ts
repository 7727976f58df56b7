// Mutation audit of the `rekon review` walk (review-session, render-review-card, merge-decision-rows,
// mask-person-key, decision-word, review-row). Each test here kills a mutation that the older tests
// let survive, or pins a bug found while auditing (two: fixed, marked 'Was a bug').
// Synthetic NIKs only (review-rows.ts).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import { parseDecisionWord } from '../../../src/review/decision-word.js';
import { decisionsOf } from '../../../src/review/decisions-of.js';
import { mergeDecisionRows } from '../../../src/review/merge-decision-rows.js';
import { maskPersonKey } from '../../../src/review/mask-person-key.js';
import { renderReviewCard, renderReviewPrompt } from '../../../src/review/render-review-card.js';
import type { ManualDecision } from '../../../src/review/manual-decision.js';
import type { ReviewRow } from '../../../src/review/review-row.js';
import {
  applyReviewAction,
  currentReviewIndex,
  reviewProgress,
  sessionDecisionRows,
  startReview,
  type ReviewAction,
  type ReviewSession,
} from '../../../src/review/review-session.js';
import { NIK, pair, short } from './review-rows.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

function run(rows: readonly ReviewRow[], actions: readonly ReviewAction[], prior: ManualDecision[] = []): ReviewSession {
  return actions.reduce(applyReviewAction, startReview(rows, prior));
}

/** The pair being asked, as "adi>budi", or null. */
function asking(s: ReviewSession): string | null {
  const i = currentReviewIndex(s);
  if (i === null) return null;
  return short([s.rows[i] as ReviewRow])[0]?.replace(/:-$/, '') ?? null;
}

const nik = (who: keyof typeof NIK): string => `nik:${NIK[who]}`;

describe('startReview: what is settled before the walk starts', () => {
  it('a BPJS participant accepted in the decisions file (for another roster person) is not offered again', () => {
    // One participant is one person: once matched, their pairs with other roster persons are settled.
    const s = startReview([pair('adi', 'eko'), pair('adi', 'budi', { rank: 2 })], [{ roster: nik('citra'), bpjs: nik('eko'), decision: 'accept' }]);
    expect(asking(s)).toBe('adi>budi');
    expect(reviewProgress(s).total).toBe(1);
  });

  it('a BPJS participant accepted in review.csv itself is not offered with another roster person', () => {
    const s = startReview([pair('citra', 'eko', { decision: 'accept' }), pair('adi', 'eko'), pair('adi', 'budi', { rank: 2 })]);
    expect(asking(s)).toBe('adi>budi');
    expect(reviewProgress(s).total).toBe(1);
  });
});

describe('startReview: rejections settle nobody', () => {
  it("a pair rejected in review.csv leaves both people's other candidates to ask", () => {
    const s = startReview([pair('adi', 'budi', { decision: 'reject' }), pair('adi', 'eko'), pair('citra', 'budi')]);
    expect(reviewProgress(s).total).toBe(2);
    expect(asking(s)).toBe('adi>eko');
  });
});

describe('startReview: walk order', () => {
  it('candidates of equal rank (or both unranked) keep their file order', () => {
    const rows = [pair('adi', 'budi', { rank: 2 }), pair('adi', 'eko', { rank: 2 }), pair('citra', 'budi', { rank: null }), pair('citra', 'dewi', { rank: null })];
    expect(startReview(rows).queue).toEqual([0, 1, 2, 3]);
  });
});

describe('saving: what a session writes back', () => {
  // Was a bug: decisionsOf() drops the earlier of two conflicting accepts from `prior`, so sessionDecisionRows()
  // saw the dropped row as "not in the decisions file" and re-appended it: it became the later row and won
  // next time. Merely opening review.csv (used as its own decisions file) and quitting flipped the officer's
  // decision. With review.csv as the decisions file its decided rows are not saved again.
  it('quitting at once does not change which of two conflicting accepts counts (review.csv as its own decisions file)', () => {
    const file = [pair('adi', 'budi', { decision: 'accept' }), pair('adi', 'eko', { decision: 'accept' }), pair('citra', 'dewi')];
    const before = decisionsOf(file).decisions;
    expect(before).toMatchObject([{ roster: nik('adi'), bpjs: nik('eko'), decision: 'accept' }]);
    expect(before).toHaveLength(1);
    const s = run(file, ['quit'], before);
    expect(sessionDecisionRows(s, true)).toEqual([]);
    const after = decisionsOf(mergeDecisionRows(file, sessionDecisionRows(s, true))).decisions;
    expect(after).toEqual(before);
  });

  it('review.csv as its own decisions file: only this session\'s answers are saved', () => {
    const file = [pair('adi', 'budi', { decision: 'accept' }), pair('citra', 'dewi'), pair('fajar', 'gita')];
    const s = run(file, ['reject'], decisionsOf(file).decisions);
    expect(short(sessionDecisionRows(s, true))).toEqual(['citra>dewi:reject']);
    // With another (empty) decisions file, the row decided in review.csv is saved too.
    expect(short(sessionDecisionRows(run(file, ['reject'])))).toEqual(['adi>budi:accept', 'citra>dewi:reject']);
  });

  it('a row decided in review.csv that the decisions file decided the other way is saved (it is newer)', () => {
    const s = run([pair('adi', 'budi', { decision: 'accept' }), pair('citra', 'dewi')], ['quit'], [{ roster: nik('adi'), bpjs: nik('budi'), decision: 'reject' }]);
    expect(short(sessionDecisionRows(s))).toEqual(['adi>budi:accept']);
  });
});

describe('mergeDecisionRows', () => {
  it('keeps blank rows of the same roster person with other candidates (only the answered pair is dropped)', () => {
    const merged = mergeDecisionRows([pair('adi', 'budi'), pair('adi', 'eko'), pair('citra', 'budi')], [pair('adi', 'budi', { decision: 'reject' })]);
    expect(short(merged)).toEqual(['adi>eko:-', 'citra>budi:-', 'adi>budi:reject']);
  });

  it('an undecided fresh row answers nothing, so the existing blank row stays', () => {
    expect(short(mergeDecisionRows([pair('adi', 'budi')], [pair('citra', 'dewi')]))).toEqual(['adi>budi:-', 'citra>dewi:-']);
    expect(short(mergeDecisionRows([pair('adi', 'budi')], [pair('adi', 'budi')]))).toEqual(['adi>budi:-', 'adi>budi:-']);
  });
});

describe('maskPersonKey', () => {
  it('masks the NIK inside a nik: key like maskNik does, keeping the prefix', () => {
    expect(maskPersonKey(nik('adi'))).toBe('nik:3273********0001');
  });

  it('shows a name key as it is (the name is shown anyway)', () => {
    expect(maskPersonKey('name:ADI PERMANA|1990-01-05')).toBe('name:ADI PERMANA|1990-01-05');
  });
});

/** A card in plain text, as lines. */
function cardLines(row: ReviewRow, s: ReviewSession = startReview([row]), lang: 'en' | 'id' = 'en', mask: (v: string) => string = maskNik): string[] {
  return renderReviewCard(row, reviewProgress(s), { lang, paint: plain, mask }).split('\n');
}

describe('renderReviewCard: audit', () => {
  const base = pair('adi', 'budi');

  it('the title counts pairs, persons and candidates separately', () => {
    const rows = [pair('adi', 'budi'), pair('citra', 'dewi'), pair('citra', 'eko', { rank: 2 })];
    expect(cardLines(rows[0] as ReviewRow, startReview(rows))).toContain('Pair 1/3 · person 1/2 · candidate 1/1 · score 0.8');
    expect(cardLines(rows[1] as ReviewRow, run(rows, ['reject']))).toContain('Pair 2/3 · person 2/2 · candidate 1/2 · score 0.8');
  });

  it('a pair without a score still has its title, without the score part', () => {
    const row = pair('adi', 'budi', { score: null });
    const lines = cardLines(row);
    expect(lines).toContain('Pair 1/1 · person 1/1 · candidate 1/1');
    expect(lines.join('\n')).not.toContain('score');
  });

  it('a record whose row number is unknown names only file and sheet (no "row null")', () => {
    const row: ReviewRow = { ...base, roster: { ...base.roster, row: null } };
    const source = cardLines(row).find((l) => l.startsWith('Source'));
    expect(source).toMatch(/^Source\s+roster\.xlsx · Sheet1\s+bpjs\.csv · row 9$/);
  });

  it('the roster record is on the left under "Roster", the BPJS record on the right under "BPJS"', () => {
    const lines = cardLines(base);
    const heading = lines.find((l) => l.includes('Roster'));
    const name = lines.find((l) => l.startsWith('Name')) ?? '';
    expect(heading).toBeDefined();
    expect(heading?.indexOf('Roster')).toBe(name.indexOf('ADI'));
    expect(heading?.indexOf('BPJS')).toBe(name.indexOf('BUDI'));
    // Agency belongs to the roster record, KPJ and status to the BPJS record.
    expect(lines.find((l) => l.startsWith('Agency'))?.indexOf('DINAS PENDIDIKAN')).toBe(name.indexOf('ADI'));
    expect(lines.find((l) => l.startsWith('KPJ'))?.indexOf(maskNik('12345678901'))).toBe(name.indexOf('BUDI'));
    expect(lines.find((l) => l.startsWith('BPJS status'))?.indexOf('AKTIF')).toBe(name.indexOf('BUDI'));
  });

  it('the right column lines up under its heading even when every roster value is shorter than the heading', () => {
    const tiny: ReviewRow = {
      ...base,
      roster: { file: 'a', sheet: '', row: null, name: 'X', nik: '', birthDate: '', agency: '' },
      bpjs: { ...base.bpjs, nik: '', birthDate: '' },
    };
    const lines = cardLines(tiny, startReview([tiny]), 'id');
    const heading = lines.find((l) => l.includes('Data OPD')) ?? '';
    const name = lines.find((l) => l.startsWith('Nama')) ?? '';
    expect(name.indexOf('BUDI')).toBe(heading.indexOf('BPJS'));
  });

  it('no line for a field both records lack (a name-key person has no NIK), and no trailing spaces', () => {
    const row: ReviewRow = { ...base, roster: { ...base.roster, nik: '' }, bpjs: { ...base.bpjs, nik: '' } };
    const lines = cardLines(row);
    expect(lines.some((l) => l.startsWith('NIK'))).toBe(false);
    for (const l of cardLines(base)) expect(l).toBe(l.trimEnd());
  });

  it('reasons only when there are some; the reviewer\'s note when there is one', () => {
    const card = cardLines({ ...base, reasons: '', note: 'cek KTP' }).join('\n');
    expect(card).not.toContain('Reasons');
    expect(card).toContain('Note: cek KTP');
  });

  it('starts on a fresh line, below the previous prompt', () => {
    expect(renderReviewCard(base, reviewProgress(startReview([base])), { lang: 'en', paint: plain, mask: maskNik }).startsWith('\n')).toBe(true);
  });

  describe('highlighting (colour on)', () => {
    const card = (row: ReviewRow): string => renderReviewCard(row, reviewProgress(startReview([row])), { lang: 'en', paint: colour, mask: maskNik });

    it('different birth dates are highlighted on both sides', () => {
      const text = card({ ...base, bpjs: { ...base.bpjs, birthDate: '1990-05-01' } });
      expect(text).toContain(colour.yellow('1990-01-05'));
      expect(text).toContain(colour.yellow('1990-05-01'));
    });

    it('names that differ only in case are the same name: not highlighted', () => {
      const text = card({ ...base, roster: { ...base.roster, name: 'Adi Permana' }, bpjs: { ...base.bpjs, name: 'ADI PERMANA' } });
      expect(text).not.toContain(colour.yellow('Adi Permana'));
      expect(text).not.toContain(colour.yellow('ADI PERMANA'));
    });

    it('a value missing on one side is not a difference to highlight', () => {
      const text = card({ ...base, roster: { ...base.roster, nik: '' } });
      expect(text).not.toContain(colour.yellow('3273********0002'));
    });

    it('different NIKs are highlighted', () => {
      const text = card(base);
      expect(text).toContain(colour.yellow('3273********0001'));
      expect(text).toContain(colour.yellow('3273********0002'));
    });

    // Was a bug: the comparison was made on the masked text, so NIKs that differ only in the 8 hidden middle
    // digits (district + birth date: the usual typo) looked identical AND were not highlighted. Now the
    // real NIKs are compared and the masked ones highlighted.
    it('NIKs that differ only in their hidden middle digits are still highlighted', () => {
      const typo = '3273010501910001'; // synthetic: adi's NIK with the birth year mistyped
      const text = card({ ...base, bpjs: { ...base.bpjs, nik: typo } });
      expect(maskNik(typo)).toBe(maskNik(NIK.adi));
      expect(text).toContain(colour.yellow('3273********0001'));
    });
  });
});

describe('renderReviewPrompt', () => {
  it('ends with a space so the typed key does not stick to ">"', () => {
    expect(renderReviewPrompt('en', plain)).toBe('[a] accept  [r] reject  [s] skip  [u] undo  [q] save & quit > ');
  });
});

describe('parseDecisionWord: audit', () => {
  it('a tab or a line break typed in the cell (Alt+Enter) is whitespace like a space', () => {
    expect(parseDecisionWord('ya\n')).toEqual({ ok: true, decision: 'accept' });
    expect(parseDecisionWord('\ttolak')).toEqual({ ok: true, decision: 'reject' });
  });
});
