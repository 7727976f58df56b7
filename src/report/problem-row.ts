import type { Lang, Message } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
import type { RowProblem } from '../normalize/row-problem.js';
import type { CsvCell } from './csv-cell.js';
import { num, text } from './csv-cell.js';
import { problemDetailKey } from './problem-detail-key.js';
import type { RowPrivacy } from './model/worker-row.js';

/**
 * problems.csv columns: stable English keys. `detail_key` (the detail as code + parameters) came last so the
 * columns before it kept their places for scripts that read them by position.
 */
export const PROBLEM_COLUMNS = ['file', 'sheet', 'row', 'column', 'kind', 'detail', 'detail_key'] as const;

export type ProblemColumn = (typeof PROBLEM_COLUMNS)[number];

/** Message parameters that hold an identifier, masked with `--mask-nik` (DOMAIN.md §6). */
const ID_PARAMS: ReadonlySet<string> = new Set(['nik', 'kpj', 'nip', 'bpjs_nik']);

/** Birth dates a message quotes beside a NIK (record.nik_dob_mismatch…): what the masked digits encode. */
const DATE_PARAMS: ReadonlySet<string> = new Set(['nik_date', 'column_date', 'other_date']);

/** A NIK-shaped sample: whether `mask` masks at all. */
const SAMPLE_NIK = '3273010101900001';

/**
 * The message with identifier parameters (nik, kpj, nip, bpjs_nik) passed through `mask`; when `mask`
 * masks, the birth dates it quotes are hidden too (see birthDateBeside).
 */
export function maskMessageIds(message: Message, mask: (value: string) => string): Message {
  if (message.params === undefined) return message;
  const params: Record<string, string | number> = {};
  let changed = false;
  const masking = mask(SAMPLE_NIK) !== SAMPLE_NIK;
  for (const [k, v] of Object.entries(message.params)) {
    const masked = ID_PARAMS.has(k) ? mask(String(v)) : masking && DATE_PARAMS.has(k) ? '****-**-**' : v;
    if (masked !== v) changed = true;
    params[k] = masked;
  }
  return changed ? { code: message.code, params } : message;
}

/**
 * One problems.csv row. `kind` is the machine value; `detail` is rendered in the user's language and
 * `detail_key` holds it as machine values, identifiers in both masked when `privacy` masks. The detail is
 * text, so a finding that quotes a cell ("=1+1") is neutralized when written.
 */
export function problemRowCells(lang: Lang, p: RowProblem, privacy?: RowPrivacy): Record<ProblemColumn, CsvCell> {
  const detail = privacy === undefined ? p.detail : maskMessageIds(p.detail, privacy.mask);
  return {
    file: text(p.at.file),
    sheet: text(p.at.sheet),
    row: num(p.at.row),
    column: text(p.column ?? ''),
    kind: text(p.kind),
    detail: text(translate(lang, detail)),
    detail_key: text(problemDetailKey(detail)),
  };
}
