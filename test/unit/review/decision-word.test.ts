import { describe, expect, it } from 'vitest';
import { parseDecisionWord } from '../../../src/review/decision-word.js';

describe('parseDecisionWord: lenient for spreadsheet users', () => {
  const cases: { description: string; input: string; expected: ReturnType<typeof parseDecisionWord> }[] = [
    ...['accept', 'terima', 'ya', 'y', 'yes', 'setuju', '1', '✓', '✔'].map((w) => ({ description: `accept word ${w}`, input: w, expected: { ok: true, decision: 'accept' } as const })),
    ...['reject', 'tolak', 'tidak', 't', 'no', 'n', '0', '✗', '✘'].map((w) => ({ description: `reject word ${w}`, input: w, expected: { ok: true, decision: 'reject' } as const })),
    { description: 'upper case', input: 'TERIMA', expected: { ok: true, decision: 'accept' } },
    { description: 'mixed case with spaces around', input: '  Tolak ', expected: { ok: true, decision: 'reject' } },
    { description: 'spaces inside', input: 'Y E S', expected: { ok: true, decision: 'accept' } },
    { description: 'non-breaking space around', input: '\u00a0ya\u00a0', expected: { ok: true, decision: 'accept' } },
    { description: 'blank = undecided', input: '', expected: { ok: true, decision: null } },
    { description: 'only spaces = undecided', input: '   ', expected: { ok: true, decision: null } },
    { description: 'unknown word', input: 'maybe', expected: { ok: false } },
    { description: 'a question mark (✓ lost by a Windows-1252 save)', input: '?', expected: { ok: false } },
    { description: 'a number other than 0/1', input: '2', expected: { ok: false } },
    { description: 'accepted is not accept', input: 'accepted', expected: { ok: false } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(parseDecisionWord(input)).toEqual(expected);
  });
});
