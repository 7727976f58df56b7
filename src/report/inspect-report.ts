import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/message.js';
import { label, translate } from '../i18n/translate.js';
import type { InspectFile, InspectProblem, InspectSheet } from './model/inspect-model.js';
import { formatInteger } from './format-number.js';
import { ROLE_LABEL_CODES, SKIP_REASON_CODES } from './report-messages.js';
import { PROBLEM_TITLE_CODES } from './xlsx-messages.js';

/** The JSON shape promised by the issue: {"files":[{"file","sheets":[{"name","header_row","columns","rows","problems"}]}]}. */
export function inspectJson(lang: Lang, files: readonly InspectFile[]): unknown {
  return {
    files: files.map((f) => ({
      file: f.file,
      sheets: f.sheets.map((s) => ({
        name: s.name,
        header_row: s.headerRow,
        columns: s.columns,
        rows: s.rows,
        problems: s.problems.map((p) => ({ row: p.row, kind: p.kind, column: p.column, detail: translate(lang, p.detail) })),
        skipped_rows: s.skipped.map((k) => ({ row: k.row, reason: k.reason })),
        skipped_rows_not_listed: s.skippedBeyond,
        skipped_counts: s.skippedCounts,
        notes: s.notes.map((n) => translate(lang, n)),
        hidden_rows: s.hiddenRows ?? [],
        no_table: s.noTable === null || s.leftOutBy !== null ? null : translate(lang, s.noTable),
        left_out: s.leftOutBy !== null,
        // Machine values after the options: 'sheet' (not among --sheet / [sheets] only), 'skip_sheet'.
        left_out_by: s.leftOutBy === null ? null : s.leftOutBy === '--sheet' ? 'sheet' : 'skip_sheet',
        encoding: s.encoding,
        delimiter: s.delimiter,
      })),
    })),
  };
}

/** A readable report for a terminal: per sheet the header row, the column mapping, counts and the problems by row. */
export function renderInspect(lang: Lang, files: readonly InspectFile[], paint: ChalkInstance): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(paint.bold(f.file));
    for (const s of f.sheets) out.push(...renderSheet(lang, s, paint));
    out.push('');
  }
  return out.join('\n');
}

function renderSheet(lang: Lang, s: InspectSheet, paint: ChalkInstance): string[] {
  const name = s.name === '' ? '' : `[${s.name}] `;
  if (s.leftOutBy !== null && s.noTable !== null) return [`  ${name}${paint.dim(translate(lang, s.noTable))}`];
  if (s.noTable !== null) return [`  ${name}${paint.yellow(label(lang, 'inspect.no_table'))}: ${translate(lang, s.noTable)}`];
  const lines: string[] = [];
  const skippedText = Object.entries(s.skippedCounts).map(([reason, n]) => skippedCount(lang, reason, n)).join(', ');
  lines.push(
    `  ${paint.bold(name)}${translate(lang, { code: 'inspect.sheet_line', params: { row: s.headerRow ?? '?', count: s.rows } })}` +
      (skippedText === '' ? '' : ` · ${label(lang, 'inspect.skipped')}: ${skippedText}`) +
      (s.encoding === null ? '' : ` · ${s.encoding}, "${s.delimiter === '\t' ? '\\t' : s.delimiter}"`),
  );
  const cols = Object.entries(s.columns).map(([role, header]) => `${roleText(lang, role)} ← "${header}"`);
  lines.push(`    ${label(lang, 'inspect.columns')}: ${cols.join(' · ')}`);
  for (const n of s.notes) lines.push(`    ${paint.dim(translate(lang, n))}`);
  if (s.problems.length === 0) {
    lines.push(`    ${paint.green(label(lang, 'inspect.no_problems'))}`);
    return lines;
  }
  lines.push(`    ${translate(lang, { code: 'inspect.problems', params: { count: formatInteger(lang, s.problems.length) } })}`);
  const rowWidth = Math.max(3, ...s.problems.map((p) => String(p.row).length));
  const kindWidth = Math.max(...s.problems.map((p) => p.kind.length));
  const hidden = new Set(s.hiddenRows ?? []);
  for (const p of s.problems) {
    const mark = hidden.has(p.row) ? ` ${paint.dim(label(lang, 'inspect.hidden_row'))}` : '';
    lines.push(`      ${String(p.row).padStart(rowWidth)}  ${paint.yellow(p.kind.padEnd(kindWidth))}  ${problemText(lang, p)}${mark}`);
  }
  return lines;
}

/**
 * A column role in the reader's language; where that is not the role key (Indonesian), the key follows
 * in parentheses, since it is what `--map role=HEADER` takes: "tanggal lahir (birth_date)", "NIK".
 */
function roleText(lang: Lang, role: string): string {
  if (!Object.hasOwn(ROLE_LABEL_CODES, role)) return role;
  const text = label(lang, ROLE_LABEL_CODES[role as keyof typeof ROLE_LABEL_CODES]);
  return text.toLowerCase() === role ? text : `${text} (${role})`;
}

/** "4 title rows" / "4 baris judul"; a reason without a text (none today) keeps its machine value. */
function skippedCount(lang: Lang, reason: string, n: number): string {
  const count = formatInteger(lang, n);
  if (!Object.hasOwn(SKIP_REASON_CODES, reason)) return `${count} ${reason}`;
  return translate(lang, { code: SKIP_REASON_CODES[reason as keyof typeof SKIP_REASON_CODES], params: { count } });
}

/**
 * The kind's title (the workbook's Data Problems title), then the detail: "NIK rusak oleh Excel (…): NIK
 * tersimpan sebagai angka …". A detail that only repeats the title ("NIK kosong") is not said twice.
 */
function problemText(lang: Lang, p: InspectProblem): string {
  const title = label(lang, PROBLEM_TITLE_CODES[p.kind]);
  const detail = translate(lang, p.detail);
  return detail.toLowerCase() === title.toLowerCase() ? title : `${title}: ${detail}`;
}
