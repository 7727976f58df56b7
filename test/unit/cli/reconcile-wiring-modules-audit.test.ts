/**
 * Mutation audit of the small CLI modules behind reconcile/budget (reconcile-output's money columns,
 * progress, paint, bpjs-only-store, load-side, output-guard) called directly, and `rekon budget` run
 * in-process: the companion of reconcile-wiring-audit.test.ts, which runs `rekon reconcile`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BudgetLine, BudgetResult } from '../../../src/budget/compute-budget.js';
import { moneyByAgency } from '../../../src/cli/reconcile-output.js';
import { Progress } from '../../../src/cli/progress.js';
import { paintFor } from '../../../src/cli/paint.js';
import { BpjsOnlyStore } from '../../../src/cli/bpjs-only-store.js';
import { readSide } from '../../../src/cli/load-side.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import type { SideEvent } from '../../../src/cli/side-events.js';
import { checkOutputFile, refuseToOverwriteInputs } from '../../../src/cli/output-guard.js';
import { UsageError } from '../../../src/errors.js';
import type { BpjsParticipant } from '../../../src/normalize/person-record.js';
import type { RowProblem } from '../../../src/normalize/row-problem.js';
import { makeNik, makeParticipant } from '../match/make-records.js';
import { ROSTER, rekon, smallRoster } from './reconcile-wiring-harness.js';

const work = mkdtempSync(join(tmpdir(), 'rekon-wiring-modules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('moneyByAgency (the cost columns and the budget line under the table)', () => {
  const line = (agency: string, group: string, periodEmployer: number, periodWorker = 0): BudgetLine =>
    ({ agency, group, periodEmployer, periodWorker, periodTotal: periodEmployer + periodWorker }) as unknown as BudgetLine;
  it('cost to protect = unregistered + inactive; TOTAL is the total, not an agency', () => {
    const budget = {
      lines: [
        line('DINAS A', 'unregistered', 100),
        line('DINAS A', 'inactive', 20),
        line('DINAS A', 'registered', 7),
        line('DINAS A', 'all_roster', 1000),
        line('TOTAL', 'unregistered', 100),
        line('TOTAL', 'inactive', 20),
        line('TOTAL', 'all_roster', 1000),
      ],
    } as unknown as BudgetResult;
    const m = moneyByAgency(budget);
    expect(m.total).toEqual({ toProtect: 120, allRoster: 1000, toProtectWorker: 0, allRosterWorker: 0 });
    expect([...m.byAgency.keys()]).toEqual(['DINAS A']);
    expect(m.byAgency.get('DINAS A')).toEqual({ toProtect: 120, allRoster: 1000, toProtectWorker: 0, allRosterWorker: 0 });
  });

  it('the amounts are the employer share (the APBD line); the workers\' JHT/JP share, deducted from the honor, is apart', () => {
    const budget = {
      lines: [line('DINAS A', 'unregistered', 172_250, 75_000), line('DINAS A', 'all_roster', 980_776, 425_863), line('TOTAL', 'unregistered', 172_250, 75_000), line('TOTAL', 'all_roster', 980_776, 425_863)],
    } as unknown as BudgetResult;
    expect(moneyByAgency(budget).total).toEqual({ toProtect: 172_250, allRoster: 980_776, toProtectWorker: 75_000, allRosterWorker: 425_863 });
  });
});

describe('Progress', () => {
  const term = (showProgress: boolean): { lines: string[]; ctx: { showProgress: boolean; err: (s: string) => void } } => {
    const lines: string[] = [];
    return { lines, ctx: { showProgress, err: (s) => lines.push(s) } };
  };

  it('redraws at most every 100 ms and wipes the line once at the end', () => {
    const { lines, ctx } = term(true);
    let now = 1_000;
    const p = new Progress(ctx, () => now);
    p.update('a');
    now += 50;
    p.update('b'); // too soon: skipped
    now += 60;
    p.update('c');
    p.done();
    p.done(); // nothing left to wipe
    expect(lines).toEqual(['\r\x1b[2Ka', '\r\x1b[2Kc', '\r\x1b[2K']);
  });

  it('says nothing, not even the wipe, when progress is off', () => {
    const { lines, ctx } = term(false);
    const p = new Progress(ctx, () => 5_000);
    p.update('a');
    p.done();
    expect(lines).toEqual([]);
  });
});

describe('paintFor', () => {
  it('colours only when allowed', () => {
    expect(paintFor({ color: true }).red('x')).not.toBe('x');
    expect(paintFor({ color: false }).red('x')).toBe('x');
  });
});

describe('BpjsOnlyStore', () => {
  const person = (seq: number, file: string): BpjsParticipant => ({ ...makeParticipant(seq, { nik: makeNik('367101', '1990-01-10', 'F', seq + 1), name: `PESERTA ${seq}`, birthDate: '1990-01-10', wage: 2_000_000 }), file, agency: `OPD ${seq}` });

  it('keeps up to `limit` records in memory; only past it does it spill', () => {
    const store = new BpjsOnlyStore(3);
    store.add([0, 1, 2].map((i) => person(i, 'a.csv')));
    expect(store.spilled).toBe(false);
    store.add([person(3, 'a.csv')]);
    expect(store.spilled).toBe(true);
    store.dispose();
  });

  it('spilled records come back with their own file (several export files) and every field', async () => {
    const store = new BpjsOnlyStore(1);
    const people = [person(0, 'a.csv'), person(1, 'b.xlsx'), person(2, 'c.csv'), person(3, 'b.xlsx')];
    for (const p of people) store.add([p]);
    expect(store.spilled).toBe(true);
    const back: unknown[] = [];
    for await (const r of store.records([])) back.push(r);
    expect(back.map((r) => (r as { file: string }).file)).toEqual(['a.csv', 'b.xlsx', 'c.csv', 'b.xlsx']);
    expect(back.map((r) => (r as { agency: string }).agency)).toEqual(['OPD 0', 'OPD 1', 'OPD 2', 'OPD 3']);
    store.dispose();
  });

  it('the scratch file holds personal data: readable by its owner only', () => {
    const store = new BpjsOnlyStore(0);
    store.add([person(0, 'a.csv')]);
    const path = (store as unknown as { path: string }).path;
    expect(statSync(path).mode & 0o077).toBe(0);
    store.dispose();
    expect(existsSync(path)).toBe(false);
  });
});

describe('readSide', () => {
  const ctx = { lang: 'en', today: '2026-11-23', showProgress: false, err: () => undefined } as unknown as CliContext;
  const options = { overrides: {}, headerRow: undefined, delimiter: undefined, encoding: undefined };
  const problem = (row: number): RowProblem => ({ kind: 'nik_invalid', at: { file: 'bpjs.csv', sheet: '', row }, column: 'nik', detail: { code: 'x' } }) as unknown as RowProblem;
  const withProblems = (n: number): BpjsParticipant[] => Array.from({ length: n }, (_, i) => ({ ...makeParticipant(i, { name: 'X', nik: null }), problems: [problem(i + 2)] }));

  async function* events(sheet: Partial<Extract<SideEvent<BpjsParticipant>, { kind: 'sheet' }>>, batch: BpjsParticipant[]): AsyncGenerator<SideEvent<BpjsParticipant>> {
    yield { kind: 'sheet', file: 'bpjs.xlsx', sheet: 'Peserta', noTable: false, leftOut: null, roles: ['name'], notes: [], ...sheet };
    yield { kind: 'batch', records: batch };
  }

  it('keeps exactly maxProblems problems and says how many more were only counted', async () => {
    const stats = await readSide(ctx, 'bpjs', ['bpjs.xlsx'], options, new Progress(ctx), () => undefined, { maxProblems: 3, events: events({}, withProblems(5)) });
    expect(stats.problems).toHaveLength(3);
    expect(stats.notes).toEqual([{ code: 'run.problems_capped', params: { kept: 3, count: 2 } }]);
    const none = await readSide(ctx, 'bpjs', ['bpjs.xlsx'], options, new Progress(ctx), () => undefined, { maxProblems: 5, events: events({}, withProblems(5)) });
    expect([none.problems.length, none.notes]).toEqual([5, []]);
  });

  it('names the sheet in its notes; a sheet left out is said as such, one without a table as skipped', async () => {
    const run = async (sheet: Parameters<typeof events>[0]): Promise<readonly unknown[]> =>
      (await readSide(ctx, 'bpjs', ['bpjs.xlsx'], options, new Progress(ctx), () => undefined, { events: events(sheet, []) })).notes;
    expect(await run({ leftOut: { code: 'io.sheet_left_out', params: { by: '--skip-sheet' } } })).toEqual([{ code: 'run.sheet_info', params: { where: 'bpjs.xlsx [Peserta]', note: 'not read (--skip-sheet)' } }]);
    expect(await run({ noTable: true })).toEqual([{ code: 'run.sheet_skipped', params: { where: 'bpjs.xlsx [Peserta]' } }]);
    expect(await run({ sheet: '', notes: [{ code: 'run.no_participants' }] })).toEqual([
      { code: 'run.sheet_note', params: { where: 'bpjs.xlsx', note: 'the BPJS export holds no participants: every worker is reported as unregistered' } },
    ]);
    // A sheet note that is information stays so once located (stderr-note.ts says it without "warning:").
    expect((await run({ notes: [{ code: 'table.birth_place_date_unused', params: { header: 'TTL' } }] }))[0]).toMatchObject({ code: 'run.sheet_info', params: { where: 'bpjs.xlsx [Peserta]' } });
  });

  it('the progress line names the side being read', async () => {
    const lines: string[] = [];
    const tty = { ...ctx, showProgress: true, err: (s: string) => lines.push(s) } as unknown as CliContext;
    await readSide(tty, 'bpjs', ['bpjs.xlsx'], options, new Progress(tty, () => 10_000), () => undefined, { events: events({}, withProblems(2)) });
    expect(lines).toEqual(['\r\x1b[2Kmatching BPJS records: 2']);
  });

  it('repeated NIKs are tracked on the rosters only (a streamed export would grow memory)', async () => {
    const dir = join(work, 'dup');
    mkdirSync(dir);
    const csv = join(dir, 'bpjs.csv');
    writeFileSync(csv, 'Nama,NIK,Tgl Lahir\nSITI AMINAH,3273014501900001,05-01-1990\nSITI AMINAH,3273014501900001,05-01-1990\n');
    const kinds = async (side: 'roster' | 'bpjs'): Promise<string[]> =>
      (await readSide(ctx, side, [csv], options, new Progress(ctx), () => undefined)).problems.map((p) => p.kind);
    expect(await kinds('roster')).toContain('nik_duplicate');
    expect(await kinds('bpjs')).not.toContain('nik_duplicate');
  });
});

describe('output guard', () => {
  it('a symbolic link to an input is that input', async () => {
    const input = join(work, 'in.csv');
    writeFileSync(input, 'x\n');
    const link = join(work, 'link.csv');
    symlinkSync(input, link);
    const err = await refuseToOverwriteInputs([link], [{ name: input, path: input }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).detail.code).toBe('cli.output_is_input');
    // And the other way round: an input given through a link, the output named by the real path.
    const back = await refuseToOverwriteInputs([input], [{ name: link, path: link }]).catch((e: unknown) => e);
    expect((back as UsageError).detail.code).toBe('cli.output_is_input');
  });

  it('--xlsx under a file (not a folder) is said as such', async () => {
    const file = join(work, 'plain.csv');
    writeFileSync(file, 'x\n');
    const err = await checkOutputFile(join(file, 'r.xlsx')).catch((e: unknown) => e);
    expect((err as UsageError).detail.code).toBe('cli.out_parent_not_folder');
  });
});

describe('rekon budget', () => {
  const budget = ['budget', '--roster', ROSTER];

  it('--out writes budget.csv and budget.json, and refuses when either is an input', async () => {
    const out = join(work, 'budget-out');
    const r = await rekon([...budget, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['budget.csv', 'budget.json']);
    const inputIsJson = join(work, 'budget-in');
    mkdirSync(inputIsJson);
    const roster = smallRoster(inputIsJson, 'budget.json');
    const before = readFileSync(roster, 'utf8');
    const refused = await rekon(['budget', '--roster', roster, '--out', inputIsJson]);
    expect([refused.code, refused.error]).toEqual([2, 'cli.output_is_input']);
    expect(readFileSync(roster, 'utf8')).toBe(before);
  });

  it('--out naming a file: one usage line, exit 2, the file untouched', async () => {
    const file = smallRoster(join(work, 'budget-file'));
    const r = await rekon([...budget, '--out', file]);
    expect([r.code, r.error]).toEqual([2, 'cli.out_not_directory']);
  });

  it('--format csv puts the budget lines on stdout with the chosen delimiter; text has no empty not-budgeted line', async () => {
    const csv = await rekon([...budget, '--format', 'csv', '--delimiter', ';']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^agency;group;program;/);
    const text = await rekon([...budget, '--default-wage', '2000000']);
    expect(text.stdout).not.toContain('Not budgeted (no wage)');
  });

  it('text lists every note the JSON carries (duplicates not budgeted twice, rows without a wage)', async () => {
    const json = JSON.parse((await rekon([...budget, '--format', 'json'])).stdout) as { notes: string[] };
    expect(json.notes.length).toBeGreaterThan(0);
    const text = (await rekon(budget)).stdout;
    for (const n of json.notes) expect(text).toContain(`· ${n}`);
  });

  it('progress on a TTY is wiped before the table is printed', async () => {
    const r = await rekon(budget, { stderrIsTty: true });
    expect(r.stderr.startsWith('\r\x1b[2Kreading rosters: ')).toBe(true);
    expect(r.stderr.endsWith('\r\x1b[2K')).toBe(true);
    expect((await rekon(budget, { stderrIsTty: true, quiet: true })).stderr).toBe('');
  });
});
