import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { maskNik } from '../../../src/normalize/mask-nik.js';
import { columnWidth, renderReviewCard } from '../../../src/review/render-review-card.js';
import { reviewProgress, startReview } from '../../../src/review/review-session.js';
import { NIK, pair } from './review-rows.js';

const plain = new Chalk({ level: 0 });
const rows = [pair('adi', 'budi', { score: 0.87 }), pair('adi', 'eko', { rank: 2 })];
const progress = reviewProgress(startReview(rows));

describe('renderReviewCard', () => {
  it('shows both records side by side, masked, with progress and reasons', () => {
    const card = renderReviewCard(rows[0] as (typeof rows)[number], progress, { lang: 'en', paint: plain, mask: maskNik });
    const lines = card.split('\n');
    expect(lines).toContain('Pair 1/2 · person 1/1 · candidate 1/2 · score 0.87');
    const nameLine = lines.find((l) => l.startsWith('Name'));
    const nikLine = lines.find((l) => l.startsWith('NIK'));
    expect(nameLine).toMatch(/^Name\s+ADI\s+BUDI$/);
    expect(nikLine).toMatch(/^NIK\s+3273\*{8}0001\s+3273\*{8}0002$/);
    // Right column starts at the same place on every line.
    expect(nameLine?.indexOf('BUDI')).toBe(nikLine?.indexOf('3273********0002'));
    expect(card).toContain('roster.xlsx · Sheet1 · row 5');
    expect(card).toContain('bpjs.csv · row 9');
    expect(card).toContain('DINAS PENDIDIKAN');
    // Was shown whole while the NIKs beside it were masked: the KPJ is an identifier too.
    expect(card).toMatch(/^KPJ\s+12\*{7}01$/m);
    expect(card).not.toContain('12345678901');
    expect(card).toContain('Reasons: name similar');
    for (const nik of Object.values(NIK)) expect(card).not.toContain(nik);
  });

  it('lines up the BPJS column after a name written with a combining accent or a character outside the BMP', () => {
    const base = rows[0] as (typeof rows)[number];
    for (const name of ['ANDRE\u0301 SETIAWAN', 'SITI \u{1D400}MINAH']) {
      const row = { ...base, roster: { ...base.roster, name } };
      const lines = renderReviewCard(row, progress, { lang: 'en', paint: plain, mask: maskNik }).split('\n');
      const nameLine = lines.find((l) => l.startsWith('Name'))!;
      const nikLine = lines.find((l) => l.startsWith('NIK'))!;
      // Columns on screen: code points that are not combining marks.
      const column = (line: string, text: string): number => columnWidth(line.slice(0, line.indexOf(text)));
      expect(column(nameLine, 'BUDI'), name).toBe(column(nikLine, '3273********0002'));
    }
    expect([columnWidth('ANDRE\u0301'), columnWidth('ANDRÉ'), columnWidth('\u{1D400}'), columnWidth('')]).toEqual([5, 5, 1, 0]);
  });

  it('shows full NIKs when asked (--show-nik) and speaks Indonesian', () => {
    const card = renderReviewCard(rows[0] as (typeof rows)[number], progress, { lang: 'id', paint: plain, mask: (s) => s });
    expect(card).toContain(NIK.adi);
    expect(card).toContain('12345678901');
    expect(card).toContain('Pasangan 1/2 · orang 1/1 · kandidat 1/2 · skor 0.87');
    expect(card).toContain('Tgl lahir');
  });

  it('highlights values that differ only when colour is on', () => {
    const colour = new Chalk({ level: 1 });
    const card = renderReviewCard(rows[0] as (typeof rows)[number], progress, { lang: 'en', paint: colour, mask: maskNik });
    expect(card).toContain(colour.yellow('ADI'));
    expect(card).not.toContain(colour.yellow('1990-01-05'));
  });
});
