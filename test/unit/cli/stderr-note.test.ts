import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { INFORMATION_NOTES, sayNote } from '../../../src/cli/stderr-note.js';
import { msg, type Lang, type Message } from '../../../src/i18n/message.js';
import { hasMessage } from '../../../src/i18n/translate.js';

function said(message: Message, lang: Lang = 'en', debug = false): string {
  let text = '';
  const ctx = { lang, debug, err: (s: string) => (text += s) } as unknown as CliContext;
  sayNote(ctx, message);
  return text;
}

// Was "rekon: warning: review decisions: 1 of 1 apply" (exploratory test).
describe('sayNote: a note of the run on stderr', () => {
  it('information is said without "warning:", in either language', () => {
    expect(said(msg('run.decisions_applied', { applied: 1, total: 1 }))).toBe('rekon: review decisions: 1 of 1 apply\n');
    expect(said(msg('run.decisions_applied', { applied: 1, total: 1 }), 'id')).toBe('rekon: keputusan verifikasi: 1 dari 1 berlaku\n');
    expect(said(msg('budget.note.duplicates_excluded', { count: 2 }))).toBe('rekon: 2 duplicate rows are not budgeted twice.\n');
    expect(said(msg('run.sheet_info', { where: 'a.xlsx [2026]', note: 'x' }))).toBe('rekon: a.xlsx [2026]: x\n');
  });

  it('every other note stays a warning (data unread, a guess, an assumption)', () => {
    expect(said(msg('run.subfolder_not_read', { dir: 'opd/lama' }))).toMatch(/^rekon: warning: opd\/lama: subfolder not read/);
    expect(said(msg('run.sheet_note', { where: 'a.xlsx', note: 'x' }), 'id')).toBe('rekon: peringatan: a.xlsx: x\n');
    expect(said(msg('match.note.bpjs_no_status'))).toMatch(/^rekon: warning: some BPJS records have no status/);
    expect(said(msg('run.decision_unapplied.accept.roster_absent', { roster: 'a', bpjs: 'b' }))).toMatch(/^rekon: warning: /);
  });

  it('digit runs are masked in information as in warnings, unless --debug', () => {
    const note = msg('run.sheet_info', { where: 'a.csv', note: '3273011002880021' });
    expect(said(note)).not.toContain('3273011002880021');
    expect(said(note, 'en', true)).toContain('3273011002880021');
  });

  it('each code listed as information is a message rekon has (a typo would leave a note a warning)', () => {
    expect(INFORMATION_NOTES.size).toBeGreaterThan(0);
    for (const code of INFORMATION_NOTES) expect(hasMessage(code), code).toBe(true);
  });
});
