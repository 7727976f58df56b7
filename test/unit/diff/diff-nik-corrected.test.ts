// Why this file exists: exploratory repro explore4-C/04. RINA's January roster NIK was one digit off (…0003, the NIK
// of SUHARTONO, another participant); rekon matched her to her own record (KPJ …033). The officer corrected it in
// February and `rekon diff` showed her as a new worker, "newly registered", and her January row as a worker gone
// named SUHARTONO, born 1970, located in the BPJS file; YAYAN (two digits off, in review) was gone and new. A NIK
// corrected on the roster is now one worker (`nik_corrected`), paired one-to-one and only when nothing else could
// be meant; a worker gone is named by the roster row. All NIKs are synthetic.
import { describe, expect, it } from 'vitest';
import { isNearNik, pairCorrectedNiks, type CorrectionCandidate } from '../../../src/diff/corrected-nik.js';
import { diffRuns } from '../../../src/diff/diff-runs.js';
import { personIdentity } from '../../../src/diff/person-identity.js';
import type { DiffItem } from '../../../src/diff/run-diff.js';
import type { RunSnapshot, SnapshotParticipant, SnapshotWorker } from '../../../src/diff/run-snapshot.js';

const RINA_WRONG = '3201014204920003';
const RINA = '3201014204920033';
const YAYAN_WRONG = '3201010101950099';
const YAYAN = '3201010101950010';

function worker(file: string, row: number, nik: string, name: string, status: SnapshotWorker['status'], extra: Partial<SnapshotWorker> = {}): SnapshotWorker {
  return { status, at: { file, sheet: '', row }, nik, name, agency: 'DINAS KESEHATAN', birthDate: '1992-04-02', flags: [], kpj: '', ...extra };
}

function participant(row: number, nik: string, name: string, birthDate: string, kpj: string): SnapshotParticipant {
  return { at: { file: 'bpjs.csv', sheet: '', row }, nik, name, birthDate, kpj };
}

function run(workers: SnapshotWorker[], bpjsOnly: SnapshotParticipant[] = []): RunSnapshot {
  return { workers, bpjsOnly, problems: [], budget: [] };
}

const summary = (items: readonly DiffItem[]): string[] => items.map((i) => `${i.category}:${i.name}:${i.nik}:${i.previousStatus ?? '-'}>${i.currentStatus ?? '-'}`);

const jan = (row: number, nik: string, name: string, status: SnapshotWorker['status'], extra: Partial<SnapshotWorker> = {}): SnapshotWorker => worker('jan/opd.csv', row, nik, name, status, extra);
const feb = (row: number, nik: string, name: string, status: SnapshotWorker['status'], extra: Partial<SnapshotWorker> = {}): SnapshotWorker => worker('feb/opd.csv', row, nik, name, status, extra);

describe('diffRuns: a NIK corrected on the roster is one worker (nik_corrected)', () => {
  const suhartono = participant(2, RINA_WRONG, 'SUHARTONO', '1970-05-10', '26010000003');

  it('RINA (one digit off, matched to her own KPJ): nik_corrected only, with the old NIK; not new, gone or newly registered', () => {
    const previous = run([jan(2, RINA_WRONG, 'RINA MARLINA', 'registered', { kpj: '26010000033', flags: ['nik_differs'] })]);
    const current = run([feb(2, RINA, 'RINA MARLINA', 'registered', { kpj: '26010000033' })], [suhartono]);
    const items = diffRuns(previous, current).items;
    expect(summary(items)).toEqual([`nik_corrected:RINA MARLINA:${RINA}:registered>registered`]);
    expect(items[0]).toMatchObject({ previousNik: RINA_WRONG, agency: 'DINAS KESEHATAN', currentAt: { file: 'feb/opd.csv', row: 2 }, previousAt: { file: 'jan/opd.csv', row: 2 } });
  });

  it('YAYAN (two digits off, in review, so no matched KPJ): paired by name + birth date; review → registered stays newly_registered', () => {
    const previous = run([jan(3, YAYAN_WRONG, 'YAYAN SOPYAN', 'review', { birthDate: '1995-01-01', kpj: '26010000010' })]);
    const current = run([feb(3, YAYAN, 'YAYAN SOPYAN', 'registered', { birthDate: '1995-01-01', kpj: '26010000010' })]);
    expect(summary(diffRuns(previous, current).items)).toEqual([`newly_registered:YAYAN SOPYAN:${YAYAN}:review>registered`, `nik_corrected:YAYAN SOPYAN:${YAYAN}:review>registered`]);
  });

  it('by the same matched KPJ when the name was corrected too', () => {
    const previous = run([jan(2, RINA_WRONG, 'RINA MARLNA', 'registered', { kpj: '26010000033', birthDate: '' })]);
    const current = run([feb(2, RINA, 'RINA MARLINA', 'registered', { kpj: '26010000033' })]);
    expect(summary(diffRuns(previous, current).items)).toEqual([`nik_corrected:RINA MARLINA:${RINA}:registered>registered`]);
  });

  it.each([
    {
      description: 'namesakes born the same day, matched to two different KPJs',
      previous: [jan(2, RINA_WRONG, 'RINA MARLINA', 'registered', { kpj: '26010000003' })],
      current: [feb(2, RINA, 'RINA MARLINA', 'registered', { kpj: '26010000033' })],
    },
    {
      description: 'another agency (a move and a correction at once is not assumed)',
      previous: [jan(2, RINA_WRONG, 'RINA MARLINA', 'registered', { kpj: '26010000033' })],
      current: [feb(2, RINA, 'RINA MARLINA', 'registered', { kpj: '26010000033', agency: 'DINAS PENDIDIKAN' })],
    },
    {
      description: 'three digits differ',
      previous: [jan(2, '3201014204920999', 'RINA MARLINA', 'unregistered')],
      current: [feb(2, RINA, 'RINA MARLINA', 'unregistered')],
    },
    {
      description: 'another name and birth date, no shared KPJ (a near NIK alone is not the same person)',
      previous: [jan(2, RINA_WRONG, 'SITI AMINAH', 'unregistered', { birthDate: '1990-01-01' })],
      current: [feb(2, RINA, 'RINA MARLINA', 'unregistered')],
    },
    {
      description: 'the same name without a birth date on either side, no KPJ',
      previous: [jan(2, RINA_WRONG, 'RINA MARLINA', 'unregistered', { birthDate: '' })],
      current: [feb(2, RINA, 'RINA MARLINA', 'unregistered', { birthDate: '' })],
    },
  ])('not paired: $description', ({ previous, current }) => {
    const categories = diffRuns(run(previous), run(current)).items.map((i) => i.category);
    expect(categories).not.toContain('nik_corrected');
    expect(categories).toContain('worker_gone');
    expect(categories).toContain('new_worker');
  });

  it('ambiguous (two gone namesakes born the same day, each a near NIK of the one new row): nobody is paired', () => {
    const previous = run([jan(2, '3201014204920001', 'RINA MARLINA', 'unregistered'), jan(3, '3201014204920002', 'RINA MARLINA', 'unregistered')]);
    const current = run([feb(2, '3201014204920003', 'RINA MARLINA', 'unregistered')]);
    expect(diffRuns(previous, current).items.map((i) => i.category).sort()).toEqual(['new_worker', 'worker_gone', 'worker_gone']);
  });

  it('a worker listed under the same NIK in both runs is never re-paired by a correction', () => {
    const asep = (file: typeof jan) => file(4, '3201012512820009', 'ASEP HIDAYAT', 'registered', { birthDate: '1982-12-25' });
    const previous = run([jan(2, RINA_WRONG, 'RINA MARLINA', 'registered', { kpj: '26010000033' }), asep(jan)]);
    const current = run([feb(2, RINA, 'RINA MARLINA', 'registered', { kpj: '26010000033' }), asep(feb)]);
    expect(summary(diffRuns(previous, current).items)).toEqual([`nik_corrected:RINA MARLINA:${RINA}:registered>registered`]);
  });

  it('masked runs (--mask-nik) are not paired by a near NIK: the hidden digits cannot show it', () => {
    const previous = run([jan(2, '3201********0003', 'RINA MARLINA', 'registered', { birthDate: '', kpj: '2601*****33' })]);
    const current = run([feb(2, '3201********0033', 'RINA MARLINA', 'registered', { birthDate: '', kpj: '2601*****33' })]);
    expect(diffRuns(previous, current).items.map((i) => i.category)).not.toContain('nik_corrected');
  });
});

describe('diffRuns: a worker gone is named by the roster, not by a BPJS record their wrong NIK belongs to', () => {
  it('RINA leaves with her wrong NIK: shown as RINA, born 1992, at her roster row; paired with her own record (KPJ), not SUHARTONO', () => {
    const previous = run([jan(2, RINA_WRONG, 'RINA MARLINA', 'registered', { kpj: '26010000033', flags: ['nik_differs'] })]);
    const rinaRecord = participant(3, RINA, 'RINA MARLINA', '1992-04-02', '26010000033');
    const current = run([], [participant(2, RINA_WRONG, 'SUHARTONO', '1970-05-10', '26010000003'), rinaRecord]);
    const [gone, ...rest] = diffRuns(previous, current).items;
    expect(rest).toEqual([]);
    expect(gone).toMatchObject({ category: 'worker_gone', name: 'RINA MARLINA', nik: RINA_WRONG, birthDate: '1992-04-02', previousStatus: 'registered', currentStatus: 'bpjs_only' });
    expect(gone?.currentAt).toEqual(rinaRecord.at);
  });

  it('paired by NIK with a record under another name: still the roster name, birth date and row', () => {
    const previous = run([jan(2, RINA_WRONG, 'RINA MARLINA', 'unregistered')]);
    const current = run([], [participant(2, RINA_WRONG, 'SUHARTONO', '1970-05-10', '26010000003')]);
    const [gone] = diffRuns(previous, current).items;
    expect(gone).toMatchObject({ category: 'worker_gone', name: 'RINA MARLINA', birthDate: '1992-04-02', currentStatus: 'bpjs_only' });
  });

  it('a worker gone with no birth date on the roster does not borrow the BPJS record\'s', () => {
    const previous = run([jan(2, RINA_WRONG, 'RINA MARLINA', 'unregistered', { birthDate: '' })]);
    const current = run([], [participant(2, RINA_WRONG, 'SUHARTONO', '1970-05-10', '26010000003')]);
    expect(diffRuns(previous, current).items[0]).toMatchObject({ name: 'RINA MARLINA', birthDate: '' });
  });
});

describe('isNearNik / pairCorrectedNiks', () => {
  it.each([
    [RINA_WRONG, RINA, true],
    [YAYAN_WRONG, YAYAN, true],
    ['3201014204920033', '3201014204920303', true],
    [RINA, RINA, false],
    ['3201014204920999', RINA, false],
    ['3201********0003', '3201********0033', false],
    ['320101420492003', RINA, false],
  ])('%s ~ %s: %s', (a, b, near) => {
    expect(isNearNik(a, b)).toBe(near);
    expect(isNearNik(b, a)).toBe(near);
  });

  const c = (nik: string, name: string, birthDate: string, matchedKpj = '', agency = 'DINAS A'): CorrectionCandidate => ({ identity: personIdentity({ nik, name, birthDate }), agency, matchedKpj });

  it('pairs one-to-one; a row with two candidates, or a candidate of two rows, stays unpaired', () => {
    const left = [c(RINA_WRONG, 'RINA MARLINA', '1992-04-02'), c('3201014204920001', 'SITI AMINAH', '1990-01-01'), c('3201014204920002', 'SITI AMINAH', '1990-01-01')];
    const right = [c(RINA, 'RINA MARLINA', '1992-04-02'), c('3201014204920004', 'SITI AMINAH', '1990-01-01')];
    expect(pairCorrectedNiks(left, right)).toEqual([[0, 0]]);
  });

  it('agencies are compared as the budget groups them', () => {
    expect(pairCorrectedNiks([c(RINA_WRONG, 'RINA', '1992-04-02', '', 'Dinas  Kesehatan')], [c(RINA, 'RINA', '1992-04-02', '', 'DINAS KESEHATAN')])).toEqual([[0, 0]]);
  });
});
