import { describe, expect, it } from 'vitest';
import { decisionsOf } from '../../../src/review/decisions-of.js';
import { mergeDecisionRows } from '../../../src/review/merge-decision-rows.js';
import { translate } from '../../../src/i18n/translate.js';
import { NIK, pair, short } from './review-rows.js';

const shortDecisions = (ds: readonly { roster: string; bpjs: string; decision: 'accept' | 'reject' }[]): string[] =>
  short(ds.map((d) => ({ rosterKey: d.roster, bpjsKey: d.bpjs, decision: d.decision })));

describe('decisionsOf', () => {
  const cases: { description: string; input: ReturnType<typeof pair>[]; expected: string[]; warnings: string[] }[] = [
    { description: 'no rows', input: [], expected: [], warnings: [] },
    { description: 'undecided rows carry nothing', input: [pair('adi', 'budi'), pair('citra', 'dewi', { decision: 'reject' })], expected: ['citra>dewi:reject'], warnings: [] },
    { description: 'rows without a key carry nothing', input: [{ ...pair('adi', 'budi', { decision: 'accept' }), bpjsKey: null }], expected: [], warnings: [] },
    {
      description: 'the last decision for the same pair wins',
      input: [pair('adi', 'budi', { decision: 'accept' }), pair('citra', 'dewi', { decision: 'reject' }), pair('adi', 'budi', { decision: 'reject' })],
      expected: ['citra>dewi:reject', 'adi>budi:reject'],
      warnings: [],
    },
    { description: 'the same decision twice is one decision', input: [pair('adi', 'budi', { decision: 'accept' }), pair('adi', 'budi', { decision: 'accept' })], expected: ['adi>budi:accept'], warnings: [] },
    {
      description: 'a roster person accepted with two BPJS participants keeps the later, with a warning',
      input: [pair('adi', 'budi', { decision: 'accept' }), pair('adi', 'eko', { decision: 'accept' })],
      expected: ['adi>eko:accept'],
      warnings: ['review.warn.roster_accepted_twice'],
    },
    {
      description: 'a BPJS participant accepted for two roster persons keeps the later, with a warning',
      input: [pair('adi', 'eko', { decision: 'accept' }), pair('citra', 'eko', { decision: 'accept' })],
      expected: ['citra>eko:accept'],
      warnings: ['review.warn.bpjs_accepted_twice'],
    },
    {
      description: 'rejecting several candidates of one person is no conflict',
      input: [pair('adi', 'budi', { decision: 'reject' }), pair('adi', 'eko', { decision: 'reject' }), pair('adi', 'dewi', { decision: 'accept' })],
      expected: ['adi>budi:reject', 'adi>eko:reject', 'adi>dewi:accept'],
      warnings: [],
    },
    {
      description: 'an accept withdrawn by a later reject is no conflict',
      input: [pair('adi', 'budi', { decision: 'accept' }), pair('adi', 'budi', { decision: 'reject' }), pair('adi', 'eko', { decision: 'accept' })],
      expected: ['adi>budi:reject', 'adi>eko:accept'],
      warnings: [],
    },
  ];
  it.each(cases)('$description', ({ input, expected, warnings }) => {
    const r = decisionsOf(input);
    expect(shortDecisions(r.decisions)).toEqual(expected);
    expect(r.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('returns exactly the ManualDecision shape', () => {
    expect(decisionsOf([pair('adi', 'name:BUDI SANTOSO|1988-03-12', { decision: 'accept' })]).decisions).toEqual([
      {
        roster: `nik:${NIK.adi}`,
        bpjs: 'name:BUDI SANTOSO|1988-03-12',
        decision: 'accept',
        // Where the roster person was, and both people as the file shows them (for narrowing and for messages).
        rosterAgency: 'DINAS PENDIDIKAN',
        rosterFile: 'roster.xlsx',
        rosterSheet: 'Sheet1',
        shown: { rosterName: 'ADI', rosterBirthDate: '1990-01-05', bpjsName: 'NAME:BUDI SANTOSO|1988-03-12', bpjsKpj: '12345678901' },
      },
    ]);
  });

  it('warnings mask the NIKs they name (DOMAIN.md §6)', () => {
    const [w] = decisionsOf([pair('adi', 'budi', { decision: 'accept' }), pair('adi', 'eko', { decision: 'accept' })]).warnings;
    expect(w).toBeDefined();
    const text = translate('en', w as NonNullable<typeof w>);
    expect(text).toContain('nik:3273********0001');
    for (const nik of Object.values(NIK)) expect(text).not.toContain(nik);
  });
});

describe('mergeDecisionRows', () => {
  const cases: { description: string; existing: ReturnType<typeof pair>[]; fresh: ReturnType<typeof pair>[]; expected: string[] }[] = [
    { description: 'nothing before', existing: [], fresh: [pair('adi', 'budi', { decision: 'accept' })], expected: ['adi>budi:accept'] },
    {
      description: 'existing decided rows are kept, new ones appended',
      existing: [pair('citra', 'dewi', { decision: 'reject' })],
      fresh: [pair('adi', 'budi', { decision: 'accept' })],
      expected: ['citra>dewi:reject', 'adi>budi:accept'],
    },
    {
      description: 'an existing blank row of a pair decided now is replaced; other blank rows stay',
      existing: [pair('adi', 'budi'), pair('citra', 'dewi')],
      fresh: [pair('adi', 'budi', { decision: 'reject' })],
      expected: ['citra>dewi:-', 'adi>budi:reject'],
    },
    {
      description: 'an existing decision of the same pair stays above (the later row wins)',
      existing: [pair('adi', 'budi', { decision: 'accept' })],
      fresh: [pair('adi', 'budi', { decision: 'reject' })],
      expected: ['adi>budi:accept', 'adi>budi:reject'],
    },
  ];
  it.each(cases)('$description', ({ existing, fresh, expected }) => {
    expect(short(mergeDecisionRows(existing, fresh))).toEqual(expected);
  });
});
