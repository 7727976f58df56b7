// Why this file exists: a mutation audit of the `rekon diff` and `rekon review` command wiring
// (src/cli/commands/diff-command.ts, review-command.ts) found behaviour a user sees that no test pinned:
// masking on a terminal vs in files, which files --out writes and refuses, exit codes of --fail-on with --only,
// stdout vs stderr, and where review saves its answers. Runs in-process, where a terminal can be faked.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { ROOT, rekon, rows, type Ran } from './reconcile-wiring-harness.js';

const scratch = mkdtempSync(join(tmpdir(), 'rekon-diffrev-audit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------- rekon diff

/** HASAN BASRI (fixtures/README.md monthly scenario): left the roster in February, still in BPJS. */
const HASAN = '3279020206820310';
const HASAN_MASKED = '3279********0310';
const jan = join(scratch, '2026-01');
const feb = join(scratch, '2026-02');

beforeAll(async () => {
  for (const [month, out] of [['2026-01', jan], ['2026-02', feb]] as const) {
    const base = join(ROOT, 'fixtures', 'monthly', month);
    const r = await rekon(['reconcile', '--roster', join(base, 'roster'), '--bpjs', join(base, 'bpjs'), '--out', out, '--no-xlsx-report', '--quiet']);
    expect(r.code).toBe(EXIT.ok);
  }
}, 60_000);

interface DiffJson {
  previous: string;
  current: string;
  changes: { category: string; name: string; nik: string }[];
}
const json = (s: string): DiffJson => JSON.parse(s) as DiffJson;

describe('rekon diff: NIK masking (DOMAIN.md §6)', () => {
  it('text on a terminal is masked; --show-nik shows it; a pipe gets full NIKs; --mask-nik masks a pipe', async () => {
    const tty = await rekon(['diff', jan, feb], { stdoutIsTty: true });
    expect(tty.stdout).toContain(HASAN_MASKED);
    expect(tty.stdout).not.toContain(HASAN);
    expect((await rekon(['diff', jan, feb, '--show-nik'], { stdoutIsTty: true })).stdout).toContain(HASAN);
    expect((await rekon(['diff', jan, feb])).stdout).toContain(HASAN);
    const masked = await rekon(['diff', jan, feb, '--mask-nik']);
    expect(masked.stdout).toContain(HASAN_MASKED);
    expect(masked.stdout).not.toContain(HASAN);
  });

  it('--mask-nik wins over --show-nik on a terminal (a masked report is what was asked for)', async () => {
    const r = await rekon(['diff', jan, feb, '--mask-nik', '--show-nik', '--format', 'json'], { stdoutIsTty: true });
    expect(r.stdout).not.toContain(HASAN);
  });

  it('--format csv and json on a terminal are masked as well', async () => {
    for (const format of ['csv', 'json']) {
      const r = await rekon(['diff', jan, feb, '--format', format], { stdoutIsTty: true });
      expect(r.stdout, format).toContain(HASAN_MASKED);
      expect(r.stdout, format).not.toContain(HASAN);
    }
  });

  it('--out files keep full NIKs although the terminal shows them masked; --mask-nik masks the files too', async () => {
    const out = join(scratch, 'out-tty');
    const r = await rekon(['diff', jan, feb, '--out', out], { stdoutIsTty: true });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).not.toContain(HASAN);
    expect(readFileSync(join(out, 'diff.csv'), 'utf8')).toContain(HASAN);
    expect(readFileSync(join(out, 'diff.json'), 'utf8')).toContain(HASAN);

    const outMasked = join(scratch, 'out-masked');
    await rekon(['diff', jan, feb, '--out', outMasked, '--mask-nik']);
    for (const f of ['diff.csv', 'diff.json']) {
      const text = readFileSync(join(outMasked, f), 'utf8');
      expect(text, f).toContain(HASAN_MASKED);
      expect(text, f).not.toContain(HASAN);
    }
  });
});

describe('rekon diff: outputs', () => {
  it('--out writes the three files with --only applied and the CSV options on both CSVs', async () => {
    const out = join(scratch, 'out-only');
    const r = await rekon(['diff', jan, feb, '--out', out, '--only', 'lost_coverage', '--delimiter', ';', '--bom']);
    expect(r.code).toBe(EXIT.ok);
    const diffCsv = readFileSync(join(out, 'diff.csv'), 'utf8');
    const budgetCsv = readFileSync(join(out, 'diff_budget.csv'), 'utf8');
    expect(diffCsv.startsWith('\uFEFFcategory;agency;name;nik')).toBe(true);
    expect(budgetCsv.startsWith('\uFEFF')).toBe(true);
    expect(budgetCsv.split(/\r?\n/)[0]).toContain(';');
    expect(budgetCsv.split(/\r?\n/)[0]).not.toContain(',');
    expect(diffCsv.split(/\r?\n/).filter((l) => l !== '').slice(1).map((l) => l.split(';')[0])).toEqual(['lost_coverage']);
    expect(json(readFileSync(join(out, 'diff.json'), 'utf8')).changes.map((c) => c.category)).toEqual(['lost_coverage']);
    // Text output says where the files went.
    expect(r.stdout).toContain(`Diff written to ${out}`);
  });

  it('with --out, --format json keeps stdout pure JSON (no "written to" line) and names the two runs', async () => {
    const out = join(scratch, 'out-json');
    const r = await rekon(['diff', jan, feb, '--out', out, '--format', 'json']);
    expect(r.code).toBe(EXIT.ok);
    const parsed = json(r.stdout);
    expect(parsed.previous).toBe(jan);
    expect(parsed.current).toBe(feb);
    expect(existsSync(join(out, 'diff.json'))).toBe(true);
  });

  it('--format csv on stdout: the diff rows with --delimiter, nothing on stderr', async () => {
    const r = await rekon(['diff', jan, feb, '--format', 'csv', '--delimiter', ';', '--only', 'worker_gone']);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split(/\r?\n/).filter((l) => l !== '');
    expect(lines[0]?.startsWith('category;agency;name;nik')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['worker_gone']);
  });

  it('text with --only shows only the categories asked for', async () => {
    const all = await rekon(['diff', jan, feb]);
    expect(all.stdout).toContain('Lost coverage (1)');
    expect(all.stdout).toMatch(/New workers? \(2\)/);
    const only = await rekon(['diff', jan, feb, '--only', 'lost_coverage']);
    expect(only.stdout).toContain('Lost coverage (1)');
    // Neither a section nor a column of the per-agency table for categories not asked for.
    expect(only.stdout).not.toContain('New workers');
    expect(only.stdout).not.toContain('Workers gone');
  });
});

describe('rekon diff: exit codes', () => {
  it('changes alone exit 0; --fail-on judges every change, whatever --only shows', async () => {
    expect((await rekon(['diff', jan, feb, '--format', 'json'])).code).toBe(EXIT.ok);
    expect((await rekon(['diff', jan, feb, '--format', 'json', '--only', 'new_worker', '--fail-on', 'lost_coverage'])).code).toBe(EXIT.conditionMet);
    expect((await rekon(['diff', jan, feb, '--format', 'json', '--only', 'lost_coverage', '--fail-on', 'problem_new'])).code).toBe(EXIT.ok);
    // One listed category with changes is enough.
    expect((await rekon(['diff', jan, feb, '--format', 'json', '--fail-on', 'problem_new,worker_gone'])).code).toBe(EXIT.conditionMet);
  });

  it('category lists forgive case, spaces and stray commas; an empty list is refused (exit 2)', async () => {
    const r = await rekon(['diff', jan, feb, '--format', 'json', '--only', ' Lost_Coverage , ,', '--fail-on', 'LOST_COVERAGE,']);
    expect(r.code).toBe(EXIT.conditionMet);
    expect(json(r.stdout).changes.map((c) => c.category)).toEqual(['lost_coverage']);
    for (const flag of ['--only', '--fail-on']) {
      const bad = await rekon(['diff', jan, feb, flag, ' , ']);
      expect(bad.code, flag).toBe(EXIT.badInput);
      expect(bad.error, flag).toBe('cli.bad_choice');
      expect(bad.stdout, flag).toBe('');
    }
  });

  it('the same folder twice (even spelled differently) is a usage error, nothing on stdout', async () => {
    // Not normalised by join(): the command must compare the folders, not the strings.
    const r = await rekon(['diff', jan, `${jan}/./`]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.error).toBe('diff.same_directory');
    expect(r.stdout).toBe('');
  });

  it('--out pointing at either run folder is refused and writes nothing into the run', async () => {
    for (const dir of [jan, feb]) {
      const r = await rekon(['diff', jan, feb, '--out', `${dir}/.`]);
      expect(r.code).toBe(EXIT.badInput);
      expect(r.error).toBe('diff.out_is_run');
      expect(existsSync(join(dir, 'diff.csv'))).toBe(false);
    }
  });

  // Was a bug: --out naming a run folder was refused with "PREVIOUS and CURRENT are the same folder: <out>", which they are not.
  it('the refusal of --out naming a run folder names --out, not PREVIOUS and CURRENT', async () => {
    const r = await rekon(['diff', jan, feb, '--out', jan]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.error).toBe('diff.out_is_run');
    expect(r.stderr + r.stdout).toContain('--out');
    expect(r.stderr + r.stdout).not.toContain('PREVIOUS and CURRENT');
  });

  // Was a gap: paths were compared resolved, not real, so a link to a run folder slipped past both checks.
  it('a symbolic link to a run folder counts as that folder (as PREVIOUS, and as --out)', async () => {
    const link = join(scratch, 'jan-link');
    symlinkSync(jan, link);
    const self = await rekon(['diff', link, jan]);
    expect([self.code, self.error]).toEqual([EXIT.badInput, 'diff.same_directory']);
    const out = await rekon(['diff', jan, feb, '--out', link]);
    expect([out.code, out.error]).toEqual([EXIT.badInput, 'diff.out_is_run']);
  });

  it('--out naming a file is a usage error before anything is read (exit 2, one line)', async () => {
    const file = join(scratch, 'a-file.txt');
    writeFileSync(file, 'x');
    const r = await rekon(['diff', jan, feb, '--out', file]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.error).toBe('cli.out_not_directory');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('--out creates missing parent folders', async () => {
    const out = join(scratch, 'deep', 'er', 'diff');
    expect((await rekon(['diff', jan, feb, '--out', out, '--format', 'json'])).code).toBe(EXIT.ok);
    expect(existsSync(join(out, 'diff_budget.csv'))).toBe(true);
  });
});

// ---------------------------------------------------------------- rekon review

const ADI = '3273010501900001';
const BUDI = '3273010501900011';
const CITRA = '3671014506950003';
const DEWI = '3671014506950013';
const EKO = '3273010909910005';
const HEADER =
  'decision,roster_key,bpjs_key,rank,score,roster_file,roster_sheet,roster_row,roster_name,roster_nik,roster_birth_date,roster_agency,bpjs_file,bpjs_sheet,bpjs_row,bpjs_name,bpjs_nik,bpjs_birth_date,bpjs_kpj,bpjs_status,reasons,note';
const ADI_ROW = `,nik:${ADI},nik:${BUDI},1,0.91,roster.xlsx,Sheet1,5,ADI PERMANA,${ADI},1990-01-05,DINAS A,bpjs.csv,,12,ADI PERMANA S.PD,${BUDI},1990-01-05,12345678901,AKTIF,NIK differs,`;
const CITRA_ROW = `,nik:${CITRA},nik:${DEWI},1,0.8,roster.xlsx,Sheet1,6,CITRA LESTARI,${CITRA},1995-06-05,DINAS B,bpjs.csv,,40,CITRA LESTARI,${DEWI},1995-06-05,12345678903,AKTIF,NIK differs,`;
/** A row whose roster side has no key (no valid NIK, no birth date): it cannot be decided. */
const KEYLESS_ROW = ',,nik:3273010501900021,1,0.6,roster.xlsx,Sheet1,9,TANPA DATA,,,DINAS C,bpjs.csv,,60,TANPA DATA,3273010501900021,,1,AKTIF,name,';


/** review reads its keys from stdin. */
async function review(args: readonly string[], input: string, o: { quiet?: boolean; lang?: 'en' | 'id'; tty?: boolean } = {}): Promise<Ran> {
  return rekon(['review', ...args], { stdin: input, quiet: o.quiet, lang: o.lang, stdoutIsTty: o.tty });
}

let caseNo = 0;
/** A fresh folder holding review.csv with the given rows. */
function reviewDir(lines: readonly string[], delimiter = ','): { dir: string; csv: string } {
  const dir = join(scratch, `review-${++caseNo}`);
  mkdirSync(dir);
  const csv = join(dir, 'review.csv');
  const toDelim = (l: string): string => (delimiter === ',' ? l : l.replaceAll(',', delimiter));
  writeFileSync(csv, `${[HEADER, ...lines].map(toDelim).join('\n')}\n`);
  return { dir, csv };
}
const decided = (path: string, delimiter = ','): string[] => rows(readFileSync(path, 'utf8').replaceAll(delimiter, ',')).map((r) => `${r['decision']}:${r['roster_key']}>${r['bpjs_key']}`);

describe('rekon review: where answers go', () => {
  it('saves to decisions.csv next to review.csv by default; the summary goes to stderr, cards to stdout', async () => {
    const { dir, csv } = reviewDir([ADI_ROW, CITRA_ROW]);
    const r = await review([csv], 'a\nr\n');
    expect(r.code).toBe(EXIT.ok);
    expect(decided(join(dir, 'decisions.csv'))).toEqual([`accept:nik:${ADI}>nik:${BUDI}`, `reject:nik:${CITRA}>nik:${DEWI}`]);
    expect(r.stderr).toContain(`review: 2 decided (1 accepted, 1 rejected), 0 left undecided; saved to ${join(dir, 'decisions.csv')}`);
    expect(r.stdout).toContain('ADI PERMANA');
    expect(r.stdout).toContain('All pairs reviewed');
    expect(r.stderr).not.toContain('ADI PERMANA');
  });

  it('--decisions must end in .csv (any case): an .xlsx name is refused before anything is asked', async () => {
    const { dir, csv } = reviewDir([ADI_ROW]);
    const bad = await review([csv, '--decisions', join(dir, 'keputusan.xlsx')], 'a\n');
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.error).toBe('review.decisions_not_csv');
    expect(bad.stdout).toBe('');
    expect(existsSync(join(dir, 'keputusan.xlsx'))).toBe(false);
    const upper = join(dir, 'KEPUTUSAN.CSV');
    expect((await review([csv, '--decisions', upper], 'a\n')).code).toBe(EXIT.ok);
    expect(decided(upper)).toEqual([`accept:nik:${ADI}>nik:${BUDI}`]);
  });

  it('a new decisions file takes the delimiter of review.csv (a ";" spreadsheet stays ";")', async () => {
    const { dir, csv } = reviewDir([ADI_ROW], ';');
    await review([csv], 'r\n');
    const text = readFileSync(join(dir, 'decisions.csv'), 'utf8');
    expect(text.split(/\r?\n/)[0]).toContain(';roster_key;');
    expect(decided(join(dir, 'decisions.csv'), ';')).toEqual([`reject:nik:${ADI}>nik:${BUDI}`]);
  });

  it('an existing decisions file keeps its own delimiter and its rows; only the new answer is added', async () => {
    const { dir, csv } = reviewDir([ADI_ROW, CITRA_ROW]);
    const path = join(dir, 'decisions.csv');
    writeFileSync(path, `${HEADER.replaceAll(',', '\t')}\nreject\tnik:${ADI}\tnik:${BUDI}\n`);
    const r = await review([csv], 'a\n');
    expect(r.stdout).not.toContain('ADI PERMANA');
    expect(readFileSync(path, 'utf8').split(/\r?\n/)[0]).toContain('\troster_key\t');
    expect(decided(path, '\t')).toEqual([`reject:nik:${ADI}>nik:${BUDI}`, `accept:nik:${CITRA}>nik:${DEWI}`]);
  });

  it('review.csv as its own decisions file: its decided rows are honoured and the answer is written into it', async () => {
    const { csv } = reviewDir([`accept${ADI_ROW}`, CITRA_ROW]);
    const r = await review([csv, '--decisions', csv], 'r\n');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).not.toContain('ADI PERMANA');
    expect(decided(csv).filter((d) => !d.startsWith(':'))).toEqual([`accept:nik:${ADI}>nik:${BUDI}`, `reject:nik:${CITRA}>nik:${DEWI}`]);
  });

  it('a pair decided in review.csv (in a spreadsheet) is carried into a new decisions.csv without asking', async () => {
    const { dir, csv } = reviewDir([`accept${ADI_ROW}`, CITRA_ROW]);
    const r = await review([csv], '');
    expect(r.stdout).not.toContain('ADI PERMANA');
    expect(decided(join(dir, 'decisions.csv'))).toEqual([`accept:nik:${ADI}>nik:${BUDI}`]);
  });

  it('review.csv as its own decisions file, with a conflict in it: quitting rewrites nothing (no decision flips)', async () => {
    // Two accepts for BUDI: the later one (CITRA) is the one kept; re-saving ADI's would make it the later.
    const { csv } = reviewDir([`accept${ADI_ROW}`, `accept${CITRA_ROW.replace(`nik:${DEWI}`, `nik:${BUDI}`)}`, `,nik:${EKO},nik:${DEWI}${ADI_ROW.slice(ADI_ROW.indexOf(',1,0.91'))}`]);
    const before = readFileSync(csv, 'utf8');
    const r = await review([csv, '--decisions', csv], 'q\n');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toContain('nothing saved');
    expect(readFileSync(csv, 'utf8')).toBe(before);
  });

  // Was a gap: the two paths were compared resolved, not real, so a link to review.csv was read as another file
  // and the guard above did not apply.
  it('a symbolic link to review.csv as --decisions is review.csv itself: quitting rewrites nothing', async () => {
    const { dir, csv } = reviewDir([`accept${ADI_ROW}`, `accept${CITRA_ROW.replace(`nik:${DEWI}`, `nik:${BUDI}`)}`, `,nik:${EKO},nik:${DEWI}${ADI_ROW.slice(ADI_ROW.indexOf(',1,0.91'))}`]);
    const link = join(dir, 'link-to-review.csv');
    symlinkSync(csv, link);
    const before = readFileSync(csv, 'utf8');
    const r = await review([csv, '--decisions', link], 'q\n');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toContain('nothing saved');
    expect(readFileSync(csv, 'utf8')).toBe(before);
  });

  // Was a bug: skipping the last pair printed "All pairs reviewed" above a summary saying 1 was left undecided.
  it('the end of the list after a skip says how many pairs are left undecided, not "All pairs reviewed"', async () => {
    const { dir, csv } = reviewDir([ADI_ROW, CITRA_ROW]);
    const r = await review([csv], 'a\ns\n');
    expect(decided(join(dir, 'decisions.csv'))).toEqual([`accept:nik:${ADI}>nik:${BUDI}`]);
    expect(r.stdout).not.toContain('All pairs reviewed');
    expect(r.stdout).toContain('End of the list: 1 skipped pair left undecided (run again to review it)');
    expect(r.stderr).toContain('review: 1 decided (1 accepted, 0 rejected), 1 left undecided');
    const id = await review([reviewDir([ADI_ROW]).csv], 's\n', { lang: 'id' });
    expect(id.stdout).toContain('Akhir daftar: 1 pasangan dilewati dan belum diputuskan');
  });

  it('nothing answered: no decisions file is written and the summary says nothing was saved', async () => {
    const { dir, csv } = reviewDir([ADI_ROW]);
    const r = await review([csv], 'q\n');
    expect(r.code).toBe(EXIT.ok);
    expect(existsSync(join(dir, 'decisions.csv'))).toBe(false);
    expect(r.stderr).toContain('review: 0 decided (0 accepted, 0 rejected), 1 left undecided; nothing saved');
    // q is not the end of the pairs.
    expect(r.stdout).not.toContain('All pairs reviewed');
  });
});

describe('rekon review: what it says, and where', () => {
  it('nothing to ask: one line on stderr, the prompt never shown, the file untouched; --quiet says nothing at all', async () => {
    const { dir, csv } = reviewDir([`accept${ADI_ROW}`]);
    const path = join(dir, 'decisions.csv');
    const saved = `${HEADER}\naccept,nik:${ADI},nik:${BUDI}\n`;
    writeFileSync(path, saved);
    const r = await review([csv], 'a\n');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toContain(`Nothing to review in ${csv}`);
    expect(r.stderr).toContain('nothing saved');
    expect(r.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(saved);
    const quiet = await review([csv], 'a\n', { quiet: true });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe('');
  });

  it('--quiet drops the summary but still saves', async () => {
    const { dir, csv } = reviewDir([ADI_ROW]);
    const r = await review([csv], 'a\n', { quiet: true });
    expect(r.stderr).toBe('');
    expect(decided(join(dir, 'decisions.csv'))).toEqual([`accept:nik:${ADI}>nik:${BUDI}`]);
  });

  it('NIKs on the cards are masked even off a terminal; --show-nik shows them', async () => {
    const { csv } = reviewDir([ADI_ROW]);
    const masked = await review([csv], 'q\n');
    expect(masked.stdout).toContain('3273********0001');
    expect(masked.stdout + masked.stderr).not.toContain(ADI);
    const shown = await review([csv, '--show-nik'], 'q\n');
    expect(shown.stdout).toContain(ADI);
  });

  it('rows without keys are warned about once, on stderr, without full NIKs', async () => {
    const { csv } = reviewDir([ADI_ROW, KEYLESS_ROW]);
    const r = await review([csv], 'q\n');
    expect(r.stderr).toContain('1 row cannot be decided');
    expect(r.stderr.match(/cannot be decided/g)).toHaveLength(1);
    expect(r.stderr).not.toContain('3273010501900021');
  });

  it('conflicts in the decisions file are warned about on stderr', async () => {
    const { dir, csv } = reviewDir([ADI_ROW, CITRA_ROW]);
    writeFileSync(join(dir, 'decisions.csv'), `${HEADER}\naccept,nik:${CITRA},nik:${BUDI}\naccept,nik:${ADI},nik:${BUDI}\n`);
    const r = await review([csv], 'q\n');
    expect(r.stderr).toContain('is accepted for two roster persons');
  });

  it('an unknown key repeats the help line and the prompt, not the card; undo at the start says so', async () => {
    const { csv } = reviewDir([ADI_ROW]);
    const r = await review([csv], 'x\nu\nq\n');
    expect(r.stdout).toContain('Press a (accept), r (reject), s (skip), u (undo) or q (save and quit)');
    expect(r.stdout).toContain('Nothing to undo');
    expect(r.stdout.match(/Pair 1\/1/g)).toHaveLength(1);
    expect(r.stdout.match(/\[q\] save & quit >/g)).toHaveLength(3);
    expect(r.stdout).not.toContain('undone');
  });

  it('end of input saves like q, and answers echo in the chosen language', async () => {
    const { dir, csv } = reviewDir([ADI_ROW, CITRA_ROW]);
    const r = await review([csv], 'terima\n', { lang: 'id' });
    expect(r.stdout).toContain('diterima');
    expect(r.stderr).toContain('review: 1 diputuskan (1 diterima, 0 ditolak), 1 belum diputuskan');
    expect(decided(join(dir, 'decisions.csv'))).toEqual([`accept:nik:${ADI}>nik:${BUDI}`]);
  });
});
