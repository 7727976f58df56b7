import { describe, expect, it } from 'vitest';
import { readSide } from '../../../src/cli/load-side.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import type { SideEvent } from '../../../src/cli/side-events.js';
import { Progress } from '../../../src/cli/progress.js';
import type { BpjsParticipant } from '../../../src/normalize/person-record.js';
import { makeNik, makeParticipant } from '../match/make-records.js';

const ctx = { lang: 'en', today: '2026-11-23', showProgress: false, err: () => undefined } as unknown as CliContext;
const options = { overrides: {}, headerRow: undefined, delimiter: undefined, encoding: undefined };

/** Batches as they come from a reader thread (records rebuilt, not the same objects). */
async function* fromThread(batches: readonly (readonly BpjsParticipant[])[]): AsyncGenerator<SideEvent<BpjsParticipant>> {
  yield { kind: 'sheet', file: 'bpjs.csv', sheet: '', noTable: false, leftOut: null, roles: ['nik', 'name'], notes: [] };
  for (const b of batches) yield { kind: 'batch', records: structuredClone(b) };
}

const people = Array.from({ length: 6 }, (_, i) => makeParticipant(i, { nik: makeNik('367101', '1990-01-10', 'F', i + 1), name: 'SITI AMINAH', birthDate: '1990-01-10' }));

describe('readSide', () => {
  it('passes records from a reader thread on unchanged', async () => {
    const got: BpjsParticipant[] = [];
    const stats = await readSide(ctx, 'bpjs', ['bpjs.csv'], options, new Progress(ctx), (b) => got.push(...b), {
      events: fromThread([people.slice(0, 3), people.slice(3)]),
    });
    expect(stats.records).toBe(6);
    expect(got).toEqual(people);
    expect(stats.roles.has('nik')).toBe(true);
  });
});
