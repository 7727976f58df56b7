import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/message.js';
import { label, translate } from '../i18n/translate.js';
import type { ReviewProgress } from './review-session.js';
import type { ReviewRow } from './review-row.js';

export interface ReviewCardOptions {
  readonly lang: Lang;
  /** Colour is a parameter (STYLE.md, attw): a chalk instance with level 0 paints nothing. */
  readonly paint: ChalkInstance;
  /** How identifiers are shown: masked by default on the terminal (DOMAIN.md §6), --show-nik shows them. */
  readonly mask: (nik: string) => string;
}

/**
 * One pair for the reviewer: a progress line, the roster record and the BPJS record side by
 * side, and the matcher's reasons. Values that differ between the two sides are highlighted,
 * since the differences are what the reviewer has to judge.
 */
export function renderReviewCard(row: ReviewRow, progress: ReviewProgress, options: ReviewCardOptions): string {
  const { lang, paint, mask } = options;
  const lines: string[] = [];
  const at = progress.current;
  if (at !== null) {
    const score = row.score === null ? '' : translate(lang, { code: 'review.card.score', params: { score: row.score } });
    lines.push(
      paint.bold(
        translate(lang, {
          code: 'review.card.title',
          params: { pair: at.pair, total: progress.total, person: at.person, persons: at.persons, candidate: at.candidate, candidates: at.candidates },
        }) + score,
      ),
    );
  }
  const source = (side: { file: string; sheet: string; row: number | null }): string =>
    [side.file, side.sheet, side.row === null ? '' : translate(lang, { code: 'review.card.row', params: { row: side.row } })].filter((s) => s !== '').join(' · ');
  const differ = (a: string, b: string): boolean => a !== '' && b !== '' && a.toUpperCase() !== b.toUpperCase();
  // Whether the two sides differ is judged on the real values: masked, NIKs that differ only in the hidden
  // middle digits (district, birth date: where typos usually are) look the same, and the highlight is the clue.
  const table: [string, string, string, boolean][] = [
    [label(lang, 'review.label.name'), row.roster.name, row.bpjs.name, differ(row.roster.name, row.bpjs.name)],
    [label(lang, 'review.label.nik'), row.roster.nik === '' ? '' : mask(row.roster.nik), row.bpjs.nik === '' ? '' : mask(row.bpjs.nik), differ(row.roster.nik, row.bpjs.nik)],
    [label(lang, 'review.label.birth_date'), row.roster.birthDate, row.bpjs.birthDate, differ(row.roster.birthDate, row.bpjs.birthDate)],
    [label(lang, 'review.label.agency'), row.roster.agency, '', false],
    // The KPJ is a personal identifier too (--mask-nik masks it in every file): hidden alike.
    [label(lang, 'review.label.kpj'), '', row.bpjs.kpj === '' ? '' : mask(row.bpjs.kpj), false],
    [label(lang, 'review.label.status'), '', row.bpjs.status, false],
    [label(lang, 'review.label.source'), source(row.roster), source(row.bpjs), false],
  ];
  const headings: [string, string, string] = ['', label(lang, 'review.heading.roster'), label(lang, 'review.heading.bpjs')];
  const labelWidth = Math.max(columnWidth(headings[0]), ...table.map((r) => columnWidth(r[0])));
  const leftWidth = Math.max(columnWidth(headings[1]), ...table.map((r) => columnWidth(r[1])));
  lines.push(`${' '.repeat(labelWidth)}  ${paint.underline(headings[1])}${' '.repeat(leftWidth - columnWidth(headings[1]))}  ${paint.underline(headings[2])}`);
  for (const [name, left, right, differs] of table) {
    if (left === '' && right === '') continue;
    const show = (v: string): string => (differs ? paint.yellow(v) : v);
    lines.push(`${paint.dim(name + ' '.repeat(labelWidth - columnWidth(name)))}  ${show(left)}${' '.repeat(leftWidth - columnWidth(left))}  ${show(right)}`.trimEnd());
  }
  if (row.reasons !== '') lines.push(`${paint.dim(label(lang, 'review.label.reasons'))}: ${row.reasons}`);
  if (row.note !== '') lines.push(`${paint.dim(label(lang, 'review.label.note'))}: ${row.note}`);
  return `\n${lines.join('\n')}\n`;
}

/**
 * Terminal columns a cell takes, for lining up the BPJS column: one per character, combining marks none
 * (a roster saved on a Mac writes ANDRÉ as E + U+0301, two UTF-16 units for one column), a character
 * outside the BMP one (two units). Wide East Asian characters, absent from Indonesian rosters, count one.
 */
export function columnWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch)) width += 1;
  return width;
}

/** The key line under each card. */
export function renderReviewPrompt(lang: Lang, paint: ChalkInstance): string {
  return `${paint.cyan(label(lang, 'review.prompt'))} `;
}
