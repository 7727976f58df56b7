import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runRekon } from './run-rekon.js';

// The monthly scenario of fixtures/README.md ("Monthly scenario"), 2026-01 → 2026-02.
let tmp: string;
let jan: string;
let feb: string;

function reconcile(month: string, out: string, extra: string[] = []): void {
  const r = runRekon(['reconcile', '--roster', fixture('monthly', month, 'roster'), '--bpjs', fixture('monthly', month, 'bpjs'), '--out', out, '--no-xlsx-report', '--quiet', ...extra]);
  expect(r.code).toBe(0);
}

interface Change {
  category: string;
  name: string;
  nik: string;
  previous_status: string | null;
  current_status: string | null;
  current_at: { file: string; row: number } | null;
  problem: { kind: string } | null;
}

function changes(stdout: string): string[] {
  const json = JSON.parse(stdout) as { changes: Change[] };
  return json.changes.map((c) => `${c.category}:${c.name}:${c.previous_status ?? ''}>${c.current_status ?? ''}${c.problem === null ? '' : `:${c.problem.kind}`}`);
}

/** Who joins, leaves and gets registered, as fixtures/README.md tells it. */
const EXPECTED = [
  'newly_registered:BAGUS PRAKOSO:inactive>registered', // M05 reactivated
  'newly_registered:RIKA AMALIA:unregistered>registered', // M06 joined BPJS
  'newly_registered:SRI MULYANI:review>registered', // M08 NIK filled in, review resolved
  'newly_registered:YAYAN SUHERMAN:absent>registered', // M11 new, registered at once
  'lost_coverage:LILIS SURYANI:registered>inactive', // M04 NON AKTIF in February, still on the roster
  'new_worker:KARTIKA SARI:absent>unregistered', // M13
  'new_worker:YAYAN SUHERMAN:absent>registered', // M11
  'worker_gone:HASAN BASRI:registered>bpjs_only', // M10 left the roster, still in BPJS: gone, not unprotected
  'problem_fixed:SRI MULYANI:review>registered:nik_missing', // M08's empty NIK
];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rekon-diff-e2e-'));
  jan = join(tmp, '2026-01');
  feb = join(tmp, '2026-02');
  reconcile('2026-01', jan);
  reconcile('2026-02', feb);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rekon diff on the monthly fixtures', () => {
  it('finds every change of the scenario and nothing else (JSON)', () => {
    const r = runRekon(['diff', jan, feb, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual(EXPECTED);
    const json = JSON.parse(r.stdout) as { identity: string; counts: { total: Record<string, number> }; budget: { agency: string; group: string; change: number }[] };
    expect(json.identity).toBe('nik');
    expect(json.counts.total).toEqual({ newly_registered: 4, lost_coverage: 1, new_worker: 2, worker_gone: 1, moved_out: 0, moved_in: 0, nik_corrected: 0, problem_fixed: 1, problem_new: 0 });
    // One more worker on the roster: the APBD line grows by one worker's JKK+JKM for 12 months.
    expect(json.budget.find((b) => b.agency === 'TOTAL' && b.group === 'all_roster')?.change).toBe(129_600);
    // BAGUS reactivated, LILIS inactive: as many inactive workers as before.
    expect(json.budget.find((b) => b.agency === 'TOTAL' && b.group === 'inactive')?.change).toBe(0);
  });

  it('reports the current row of people whose row shifted (YAYAN took HASAN\'s row 10)', () => {
    const r = runRekon(['diff', jan, feb, '--format', 'json', '--only', 'new_worker']);
    const json = JSON.parse(r.stdout) as { changes: Change[] };
    const yayan = json.changes.find((c) => c.name === 'YAYAN SUHERMAN');
    expect(yayan?.current_at).toEqual({ file: fixture('monthly', '2026-02', 'roster', 'dishub.csv'), sheet: '', row: 10 });
  });

  it('writes CSV with the documented columns; --only filters; files keep full NIKs off a terminal', () => {
    const r = runRekon(['diff', jan, feb, '--format', 'csv', '--only', 'lost_coverage,worker_gone']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['category', 'agency', 'name', 'nik', 'birth_date', 'previous_status', 'current_status', 'file', 'sheet', 'row', 'detail', 'previous_agency', 'previous_nik']);
    expect(rows.map((x) => `${x['category']}:${x['name']}:${x['nik']}`)).toEqual(['lost_coverage:LILIS SURYANI:3279024802930304', 'worker_gone:HASAN BASRI:3279020206820310']);
  });

  it('--mask-nik masks NIKs in the output, and leaves out the birth date their hidden digits encode', () => {
    const plain = parse(runRekon(['diff', jan, feb, '--format', 'csv', '--only', 'lost_coverage']).stdout, { columns: true }) as Record<string, string>[];
    expect(plain.map((x) => `${x['nik']}:${x['birth_date']}`)).toEqual(['3279024802930304:1993-02-08']);
    const r = runRekon(['diff', jan, feb, '--format', 'csv', '--mask-nik', '--only', 'lost_coverage']);
    expect(r.stdout).toContain('3279********0304');
    expect(r.stdout).not.toContain('3279024802930304');
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => `${x['nik']}:${x['birth_date']}`)).toEqual(['3279********0304:']);
  });

  it('prints the summary table, the lists and the budget change as text', () => {
    const r = runRekon(['diff', jan, feb]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Changes per agency');
    expect(r.stdout).toContain('Lost coverage (1)');
    expect(r.stdout).toContain('LILIS SURYANI');
    expect(r.stdout).toContain('Workers gone (1)');
    expect(r.stdout).toContain('HASAN BASRI');
    expect(r.stdout).toContain('Budget change per agency');
    const id = runRekon(['diff', jan, feb], { env: { REKON_LANG: 'id' } });
    expect(id.stdout).toContain('Kehilangan kepesertaan (1)');
  });

  it('--fail-on lost_coverage exits 1; a category with no change exits 0', () => {
    expect(runRekon(['diff', jan, feb, '--format', 'json', '--fail-on', 'lost_coverage']).code).toBe(1);
    expect(runRekon(['diff', jan, feb, '--format', 'json', '--fail-on', 'problem_new']).code).toBe(0);
  });

  it('--out writes diff.csv, diff_budget.csv and diff.json', () => {
    const out = join(tmp, 'changes');
    const r = runRekon(['diff', jan, feb, '--out', out, '--delimiter', ';', '--bom']);
    expect(r.code).toBe(0);
    for (const f of ['diff.csv', 'diff_budget.csv', 'diff.json']) expect(existsSync(join(out, f))).toBe(true);
    const csv = readFileSync(join(out, 'diff.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFcategory;agency;name')).toBe(true);
  });

  it('recognises people by name + birth date when a run masked its NIKs, and notes it', () => {
    const masked = join(tmp, '2026-02-masked');
    reconcile('2026-02', masked, ['--mask-nik']);
    const r = runRekon(['diff', jan, masked, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual(EXPECTED);
    expect((JSON.parse(r.stdout) as { notes: { code: string }[] }).notes.map((n) => n.code)).toEqual(['diff.note.masked_nik']);
  });

  // Was silent (exploratory test round 2): a change of programs or risk class read as a budget change of the people.
  it('notes when the two runs were budgeted with different settings; not when they were not', () => {
    const other = join(tmp, '2026-02-jht');
    reconcile('2026-02', other, ['--programs', 'jkk,jkm,jht']);
    const r = runRekon(['diff', jan, other, '--format', 'json', '--lang', 'en']);
    const notes = (JSON.parse(r.stdout) as { notes: { code: string; text: string }[] }).notes;
    expect(notes.map((n) => n.code)).toEqual(['diff.note.budget_settings_differ']);
    expect(notes[0]!.text).toContain('(programs)');
    expect((JSON.parse(runRekon(['diff', jan, feb, '--format', 'json']).stdout) as { notes: unknown[] }).notes).toEqual([]);
  });

  it('reads runs written with --delimiter ";" --bom --excel-safe', () => {
    const safe = join(tmp, '2026-02-excel');
    reconcile('2026-02', safe, ['--delimiter', ';', '--bom', '--excel-safe']);
    const r = runRekon(['diff', jan, safe, '--format', 'json']);
    expect(changes(r.stdout)).toEqual(EXPECTED);
  });

  it('says which file is missing when a folder is not a rekon output (exit 2)', () => {
    const r = runRekon(['diff', jan, fixture('monthly', '2026-02')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('workers.csv is missing');
    expect(r.stdout).toBe('');
  });

  // Exploratory repro 04: a run in Indonesian and one in English of the same data showed a BPJS-side finding as fixed
  // and new, and --fail-on problem_new exited 1.
  it('sees no change between runs of the same data in two languages', () => {
    const run = (lang: string): string => {
      const out = join(tmp, `fixtures-${lang}`);
      const r = runRekon(['reconcile', '--roster', fixture('roster'), '--bpjs', fixture('bpjs'), '--out', out, '--no-xlsx-report', '--quiet', '--lang', lang]);
      expect(r.code).toBe(0);
      return out;
    };
    const id = run('id');
    const en = run('en');
    expect(readFileSync(join(id, 'problems.csv'), 'utf8')).toMatch(/nik_region_unknown,kode wilayah/);
    const r = runRekon(['diff', id, en, '--fail-on', 'problem_new', '--format', 'csv']);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(0);
  });

  // Exploratory repro 05: SRI MULYANI had no NIK in January (birth date kept) and a NIK in February, masked.
  it('leaves out the birth date beside a NIK a run masked, though the diff itself masks nothing', () => {
    const janMasked = join(tmp, '2026-01-masked-too');
    const febMasked = join(tmp, '2026-02-masked-too');
    reconcile('2026-01', janMasked, ['--mask-nik']);
    reconcile('2026-02', febMasked, ['--mask-nik']);
    for (const previous of [janMasked, jan]) {
      const r = runRekon(['diff', previous, febMasked, '--format', 'csv']);
      expect(r.code).toBe(0);
      const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
      const sri = rows.filter((row) => row['name'] === 'SRI MULYANI');
      expect(sri.length).toBeGreaterThan(0);
      for (const row of rows) if ((row['nik'] ?? '').includes('*')) expect(row['birth_date']).toBe('');
      expect(runRekon(['diff', previous, febMasked]).stdout).not.toContain('1987-04-11');
    }
  });

  // Exploratory finding: --mask-nik on runs written with --mask-nik masked the masked NIKs again ("32************05").
  it('--mask-nik on runs written with --mask-nik shows their NIKs as the runs wrote them, on stdout and in --out files', () => {
    const janMasked = join(tmp, '2026-01-masked-twice');
    const febMasked = join(tmp, '2026-02-masked-twice');
    reconcile('2026-01', janMasked, ['--mask-nik']);
    reconcile('2026-02', febMasked, ['--mask-nik']);
    const written = new Set(
      [janMasked, febMasked].flatMap((run) => ['workers.csv', 'bpjs_only.csv'].flatMap((f) => (parse(readFileSync(join(run, f)), { columns: true }) as Record<string, string>[]).map((w) => w['nik']))),
    );
    const out = join(tmp, 'masked-twice-diff');
    const r = runRekon(['diff', janMasked, febMasked, '--mask-nik', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    for (const csv of [r.stdout, readFileSync(join(out, 'diff.csv'), 'utf8')]) {
      const niks = (parse(csv, { columns: true }) as Record<string, string>[]).map((row) => row['nik'] ?? '').filter((n) => n !== '');
      expect(niks.length).toBeGreaterThan(0);
      for (const nik of niks) {
        expect(nik).toMatch(/^\d{4}\*{8}\d{4}$/);
        expect(written.has(nik), nik).toBe(true);
      }
    }
    expect(readFileSync(join(out, 'diff.json'), 'utf8')).not.toMatch(/\d{2}\*{12}\d{2}/);
  });

  it('rejects an unknown --only category (exit 2)', () => {
    const r = runRekon(['diff', jan, feb, '--only', 'gone']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--only');
  });
});

// Exploratory finding: with JHT/JP the diff compared period_total (employer + worker share) while each run's headline
// budget (terminal, report.xlsx) is the employer's share, so its figures matched neither run.
describe('rekon diff: the budget change is the employer share each run leads with', () => {
  const headline = (stdout: string): string => {
    const m = /^Budget for the period \(employer share, APBD\): Rp [\d,]+ to enrol\/reactivate; (Rp [\d,]+) for all workers on the rosters\.$/m.exec(stdout);
    expect(m, stdout).not.toBeNull();
    return m![1]!;
  };
  const run = (month: string, out: string): string => {
    const r = runRekon(['reconcile', '--roster', fixture('monthly', month, 'roster'), '--bpjs', fixture('monthly', month, 'bpjs'), '--out', out, '--no-xlsx-report', '--programs', 'jkk,jkm,jht,jp']);
    expect(r.code).toBe(0);
    return headline(r.stdout);
  };
  const allRoster = (stdout: string): string[] => /^[\s│]*TOTAL[\s│]+All workers on the rosters[\s│]+(Rp [\d,]+)[\s│]+(Rp [\d,]+)[\s│]+([+-]?Rp [\d,]+)/m.exec(stdout)?.slice(1) ?? [];

  it('with JHT/JP: the TOTAL line shows both runs\' headline figures; JSON and CSV keep previous/current/change as the total', () => {
    const janJp = join(tmp, 'jp-2026-01');
    const febJp = join(tmp, 'jp-2026-02');
    const [janHead, febHead] = [run('2026-01', janJp), run('2026-02', febJp)];
    const text = runRekon(['diff', janJp, febJp]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Budget change per agency (employer share, APBD; period total)');
    expect(allRoster(text.stdout).slice(0, 2)).toEqual([janHead, febHead]);

    const employer = (dir: string): number =>
      (parse(readFileSync(join(dir, 'budget.csv')), { columns: true }) as Record<string, string>[])
        .filter((l) => l['agency'] === 'TOTAL' && l['group'] === 'all_roster')
        .reduce((n, l) => n + Number(l['period_employer']), 0);
    const total = (dir: string): number =>
      (parse(readFileSync(join(dir, 'budget.csv')), { columns: true }) as Record<string, string>[])
        .filter((l) => l['agency'] === 'TOTAL' && l['group'] === 'all_roster')
        .reduce((n, l) => n + Number(l['period_total']), 0);
    const json = JSON.parse(runRekon(['diff', janJp, febJp, '--format', 'json']).stdout) as { budget: Record<string, unknown>[]; notes: unknown[] };
    expect(json.budget.find((b) => b['agency'] === 'TOTAL' && b['group'] === 'all_roster')).toEqual({
      agency: 'TOTAL',
      group: 'all_roster',
      previous: total(janJp),
      current: total(febJp),
      change: total(febJp) - total(janJp),
      previous_employer: employer(janJp),
      current_employer: employer(febJp),
      change_employer: employer(febJp) - employer(janJp),
    });
    expect(employer(janJp)).toBeLessThan(total(janJp));
    expect(json.notes).toEqual([]);
    const out = join(tmp, 'jp-diff');
    expect(runRekon(['diff', janJp, febJp, '--out', out]).code).toBe(0);
    expect(readFileSync(join(out, 'diff_budget.csv'), 'utf8').split('\n')[0]).toBe('agency,group,previous,current,change,previous_employer,current_employer,change_employer');
  });

  it('an older run folder without period_employer still diffs: the period total, with a note', () => {
    const older = join(tmp, 'jp-older');
    run('2026-01', older);
    const rows = parse(readFileSync(join(older, 'budget.csv')), { columns: true }) as Record<string, string>[];
    const kept = ['agency', 'group', 'program', 'workers', 'period_total'];
    writeFileSync(join(older, 'budget.csv'), `${kept.join(',')}\n${rows.map((r) => kept.map((k) => r[k]).join(',')).join('\n')}\n`);
    const febJp = join(tmp, 'jp-2026-02-b');
    run('2026-02', febJp);
    const r = runRekon(['diff', older, febJp]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Budget change per agency (employer + worker share; period total)');
    expect(r.stdout).toContain('budget.csv of one of the runs has no period_employer column');
    expect(allRoster(r.stdout)).toEqual(['Rp 22,176,000', 'Rp 24,393,600', '+Rp 2,217,600']);
  });
});
