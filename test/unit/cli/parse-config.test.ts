// Why this file exists: src/cli/parse-config.ts turns rekon.toml into the RekonConfig every command
// uses, and says what is wrong with a bad one (the key, the value, what is allowed: docs/decisions.md,
// "Operations"). config-file.test.ts covers finding the file and a handful of errors; these pin the
// mapping of every key (snake_case → camelCase, absent stays absent), the boundaries of each number,
// the budget texts (validated, kept as written), agency aliases keyed the way record-from-row looks
// them up (trimmed, upper-cased), the error params, and that section and key order do not matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/cli/parse-config.js';
import { EMPTY_CONFIG, type RekonConfig } from '../../../src/cli/config-file.js';
import { InputError } from '../../../src/errors.js';
import { COLUMN_ROLES } from '../../../src/normalize/column-role.js';
import { translate } from '../../../src/i18n/translate.js';

const FILE = 'kab/rekon.toml';
const RISK_ALLOWED = 'very_low | low | medium | high | very_high | sangat_rendah | rendah | sedang | tinggi | sangat_tinggi | 1-5';

function parse(text: string): RekonConfig {
  return parseConfig(FILE, text);
}

/** The InputError parseConfig throws, as its message code and params (and the error itself). */
function errorOf(text: string): { code: string; params: Record<string, unknown>; error: InputError } {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const error = e as InputError;
    return { code: error.detail.code, params: { ...(error.detail.params ?? {}) }, error };
  }
  throw new Error(`expected an InputError for ${JSON.stringify(text)}`);
}

/** A config as plain data (the alias Map as entries) for toStrictEqual. */
function plain(c: RekonConfig): unknown {
  return { ...c, agencyAliases: [...c.agencyAliases] };
}

describe('parseConfig: what a valid file means', () => {
  it.each([
    ['an empty file', ''],
    ['only comments and blank lines', '# rekon.toml\n\n   \n# [match]\n# accept_score = 14\n'],
    ['empty sections', '[columns.roster]\n[columns.bpjs]\n[sheets]\n[agencies.aliases]\n[agencies.risk]\n[match]\n[budget]\n'],
  ])('%s is the empty config (every default), named by its path', (_what, text) => {
    expect(plain(parse(text))).toStrictEqual(plain({ ...EMPTY_CONFIG, path: FILE }));
  });

  it('every key maps to its field, values as written (numbers as numbers, texts untouched)', () => {
    const c = parse(`
[columns.roster]
nik = "No. KTP "
birth_place_date = "Tempat/Tgl. Lahir"
[columns.bpjs]
kpj = "NOMOR REFERENSI"
bpjs_status = "STATUS"
[sheets]
only = ["DATA HONORER", "DATA HONORER"]
skip = ["2025 LAMA", "REKAP"]
[agencies.aliases]
DLHK = "Dinas Lingkungan Hidup dan Kebersihan"
[agencies.risk]
"Satpol PP" = "Kelas II"
[match]
accept_score = 14.5
review_score = 7
min_margin = 0
max_review_candidates = 10
[budget]
programs = "JKK, jkm ,jht"
risk = "Sedang"
scheme = " BPU "
period = "2027-03..2027-05"
fixed_wage = 1_000_000
default_wage = 2000000
`);
    expect(plain(c)).toStrictEqual({
      path: FILE,
      columns: { roster: { nik: 'No. KTP ', birth_place_date: 'Tempat/Tgl. Lahir' }, bpjs: { kpj: 'NOMOR REFERENSI', bpjs_status: 'STATUS' } },
      sheets: { only: ['DATA HONORER', 'DATA HONORER'], skip: ['2025 LAMA', 'REKAP'], config: FILE },
      agencyAliases: [['DLHK', 'Dinas Lingkungan Hidup dan Kebersihan']],
      agencyRisk: { 'Satpol PP': 'low' },
      match: { acceptScore: 14.5, reviewScore: 7, minMargin: 0, maxReviewCandidates: 10 },
      budget: { programs: 'JKK, jkm ,jht', risk: 'Sedang', scheme: ' BPU ', period: '2027-03..2027-05', fixedWage: 1000000, defaultWage: 2000000 },
    });
  });

  it('wage_floor maps to its field (the alternative to fixed_wage: the two together are refused)', () => {
    expect(parse('[budget]\nwage_floor = 2169348\n').budget).toStrictEqual({ wageFloor: 2169348 });
  });

  it('a key left out is absent, not undefined (matchSettings and budgetSettingsFrom fill the defaults)', () => {
    const c = parse('[match]\nreview_score = 5\n[budget]\ndefault_wage = 1500000\n[columns.roster]\nname = "NAMA"\n');
    expect(Object.keys(c.match)).toEqual(['reviewScore']);
    expect(Object.keys(c.budget)).toEqual(['defaultWage']);
    expect(Object.keys(c.columns.roster)).toEqual(['name']);
    expect(c.columns.bpjs).toStrictEqual({});
  });

  it('only one of sheets.only / sheets.skip given: the other is an empty list; a selection names its file', () => {
    expect(parse('[sheets]\nonly = ["A"]\n').sheets).toStrictEqual({ only: ['A'], skip: [], config: FILE });
    expect(parse('[sheets]\nskip = ["B"]\n').sheets).toStrictEqual({ only: [], skip: ['B'], config: FILE });
    expect(parse('[sheets]\nskip = []\n').sheets).toStrictEqual({ only: [], skip: [] });
  });

  it('agency aliases are keyed trimmed and upper-cased (as rosters are looked up); the full name is kept as written', () => {
    const c = parse('[agencies.aliases]\n" dlhk " = "Dinas Lingkungan Hidup dan Kebersihan"\n"Satpol pp" = " Satuan Polisi Pamong Praja "\n');
    expect([...c.agencyAliases]).toEqual([
      ['DLHK', 'Dinas Lingkungan Hidup dan Kebersihan'],
      ['SATPOL PP', ' Satuan Polisi Pamong Praja '],
    ]);
  });

  it('agency risk: any spelling parseRiskClass reads becomes the class; the agency name stays as written', () => {
    const c = parse(
      '[agencies.risk]\n"Dinas Pemadam Kebakaran" = "very high"\n"DLH" = "tinggi"\n"Sekretariat Daerah" = "1"\n"Satpol PP" = "III"\n"dinas pu " = "Low"\n',
    );
    expect(c.agencyRisk).toStrictEqual({ 'Dinas Pemadam Kebakaran': 'very_high', DLH: 'high', 'Sekretariat Daerah': 'very_low', 'Satpol PP': 'medium', 'dinas pu ': 'low' });
  });

  it('an integral float is a valid whole-rupiah amount (1000000.0 = 1000000)', () => {
    expect(parse('[budget]\nfixed_wage = 1000000.0\n').budget).toStrictEqual({ fixedWage: 1000000 });
  });

  it('the smallest accepted values: accept/review score just above 0, margin 0, one review candidate, a 1-rupiah wage', () => {
    const c = parse('[match]\naccept_score = 0.001\nreview_score = 1e-9\nmin_margin = 0\nmax_review_candidates = 1\n[budget]\nwage_floor = 1\n');
    expect(c.match).toStrictEqual({ acceptScore: 0.001, reviewScore: 1e-9, minMargin: 0, maxReviewCandidates: 1 });
    expect(c.budget).toStrictEqual({ wageFloor: 1 });
  });

  it('the budget period accepts a year, a single month and a range', () => {
    for (const period of ['2027', '2027-03', '2027-01..2027-12', ' 2027-01..2028-06 ']) expect(parse(`[budget]\nperiod = "${period}"\n`).budget).toStrictEqual({ period });
  });

  it('property: match and budget numbers come back exactly, whatever the order of sections and keys', () => {
    const entry = (k: string, v: string) => `${k} = ${v}`;
    fc.assert(
      fc.property(
        fc.record(
          {
            accept_score: fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
            review_score: fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
            min_margin: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
            max_review_candidates: fc.integer({ min: 1, max: 10 }),
          },
          { requiredKeys: [] },
        ),
        fc.record({ fixed_wage: fc.integer({ min: 1, max: 1e12 }), default_wage: fc.integer({ min: 1, max: 1e12 }) }, { requiredKeys: [] }),
        fc.boolean(),
        fc.boolean(),
        (match, budget, budgetFirst, reverseKeys) => {
          fc.pre((match.review_score ?? 6) <= (match.accept_score ?? 12)); // else refused (tested below)
          const order = <T>(xs: T[]) => (reverseKeys ? xs.reverse() : xs);
          const m = `[match]\n${order(Object.entries(match).map(([k, v]) => entry(k, String(v)))).join('\n')}\n`;
          const b = `[budget]\n${order(Object.entries(budget).map(([k, v]) => entry(k, String(v)))).join('\n')}\n`;
          const c = parse(budgetFirst ? b + m : m + b);
          const expectedMatch: Record<string, number> = {};
          if (match.accept_score !== undefined) expectedMatch['acceptScore'] = match.accept_score;
          if (match.review_score !== undefined) expectedMatch['reviewScore'] = match.review_score;
          if (match.min_margin !== undefined) expectedMatch['minMargin'] = match.min_margin;
          if (match.max_review_candidates !== undefined) expectedMatch['maxReviewCandidates'] = match.max_review_candidates;
          const expectedBudget: Record<string, number> = {};
          if (budget.fixed_wage !== undefined) expectedBudget['fixedWage'] = budget.fixed_wage;
          if (budget.default_wage !== undefined) expectedBudget['defaultWage'] = budget.default_wage;
          expect(c.match).toStrictEqual(expectedMatch);
          expect(c.budget).toStrictEqual(expectedBudget);
        },
      ),
    );
  });

  it('property: any alias key is stored as key.trim().toUpperCase(), mapping to its name as written', () => {
    // "__proto__" is no agency, and a JS object (TOML's table as parsed) cannot hold it as a key.
    const printable = fc.string({ minLength: 0, maxLength: 12 }).filter((s) => s.trim() !== '__proto__');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(printable, printable.filter((s) => s !== '')), { selector: ([k]) => k.trim().toUpperCase(), maxLength: 5 }), (pairs) => {
        const text = `[agencies.aliases]\n${pairs.map(([k, v]) => `${JSON.stringify(k)} = ${JSON.stringify(v)}`).join('\n')}\n`;
        const c = parse(text);
        // Compared sorted: object keys that look like integers ("0") come first in any JS object.
        const sorted = (xs: [string, string][]) => [...xs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(sorted([...c.agencyAliases])).toEqual(sorted(pairs.map(([k, v]) => [k.trim().toUpperCase(), v])));
      }),
    );
  });

  it('parsing is deterministic and does not share state between calls', () => {
    const text = '[agencies.aliases]\nA = "Alpha"\n[sheets]\nskip = ["X"]\n';
    const first = parse(text);
    const second = parse(text);
    expect(plain(second)).toStrictEqual(plain(first));
    expect(second.agencyAliases).not.toBe(first.agencyAliases);
    expect(second.sheets.skip).not.toBe(first.sheets.skip);
    expect(parse('').agencyAliases.size).toBe(0);
  });
});

describe('parseConfig: an invalid file names the key, the value and what is allowed', () => {
  it('a TOML syntax error names the file and the 1-based line, with a one-line detail, exit code 2', () => {
    const e = errorOf('[match]\naccept_score = 12\n[budget\nrisk = "low"\n');
    expect(e.code).toBe('config.syntax');
    expect(e.params['file']).toBe(FILE);
    expect(e.params['line']).toBe(3);
    expect(String(e.params['detail'])).not.toBe('');
    expect(String(e.params['detail'])).not.toContain('\n');
    expect(e.error.exitCode).toBe(2);
    expect(e.error.cause).toBeInstanceOf(Error);
  });

  it('a value missing after "=" is a syntax error on its line', () => {
    const e = errorOf('\n\n\n\nx =\n');
    expect(e.code).toBe('config.syntax');
    expect(e.params['line']).toBe(5);
  });

  it.each([
    ['foo = 1\n', 'foo', 'columns, sheets, agencies, match, budget'],
    ['[Budget]\nrisk = "low"\n', 'Budget', 'columns, sheets, agencies, match, budget'],
    ['[columns]\nrooster = {}\n', 'columns.rooster', 'roster, bpjs'],
    ['[columns.bpjs]\nNIK = "NIK"\n', 'columns.bpjs.NIK', COLUMN_ROLES.join(', ')],
    ['[sheets]\nexclude = ["A"]\n', 'sheets.exclude', 'only, skip'],
    ['[agencies]\nalias = {}\n', 'agencies.alias', 'aliases, risk'],
    ['[match]\naccept = 12\n', 'match.accept', 'accept_score, review_score, min_margin, max_review_candidates'],
    ['[budget]\nfixed-wage = 1\n', 'budget.fixed-wage', 'programs, risk, scheme, period, fixed_wage, wage_floor, default_wage'],
  ])('%j: unknown key %s, listing the keys its section knows', (text, key, allowed) => {
    const e = errorOf(text);
    expect(e.code).toBe('config.unknown_key');
    expect(e.params).toStrictEqual({ file: FILE, key, allowed });
    expect(e.error.exitCode).toBe(2);
  });

  it.each([
    ['[match]\nmin_margin = -1\n', 'match.min_margin', '-1', '>= 0'],
    ['[match]\nmax_review_candidates = 0\n', 'match.max_review_candidates', '0', '>= 1'],
    ['[match]\nmax_review_candidates = 11\n', 'match.max_review_candidates', '11', '<= 10'],
    ['[budget]\nprograms = "jkk,jkp"\n', 'budget.programs', '"jkk,jkp"', 'jkk,jkm,jht,jp'],
    ['[budget]\nprograms = ""\n', 'budget.programs', '""', 'jkk,jkm,jht,jp'],
    ['[budget]\nrisk = "kelas VI"\n', 'budget.risk', '"kelas VI"', RISK_ALLOWED],
    ['[budget]\nrisk = 6\n', 'budget.risk', '6', RISK_ALLOWED],
    ['[budget]\nrisk = 2.5\n', 'budget.risk', '2.5', RISK_ALLOWED],
    ['[budget]\nrisk = true\n', 'budget.risk', 'true', RISK_ALLOWED],
    ['[budget]\nscheme = "pbi"\n', 'budget.scheme', '"pbi"', 'pu | bpu'],
    ['[budget]\nperiod = "2027-12..2027-01"\n', 'budget.period', '"2027-12..2027-01"', '2027-01..2027-12 | 2027'],
    ['[agencies.risk]\n"Satpol PP" = "6"\n', 'agencies.risk.Satpol PP', '"6"', RISK_ALLOWED],
    ['[agencies.risk]\n"Satpol PP" = 0\n', 'agencies.risk.Satpol PP', '0', RISK_ALLOWED],
    ['[columns.roster]\nnik = ""\n', 'columns.roster.nik', '""', '>= 1'],
    ['[agencies.aliases]\nDLHK = ""\n', 'agencies.aliases.DLHK', '""', '>= 1'],
    ['[sheets]\nskip = ["REKAP", ""]\n', 'sheets.skip.1', '""', '>= 1'],
  ])('%j: invalid %s = %s, allowed %s', (text, key, value, allowed) => {
    const e = errorOf(text);
    expect(e.code).toBe('config.invalid');
    expect(e.params).toStrictEqual({ file: FILE, key, value, allowed });
  });

  // "allowed: string" was programmer's English, in the Indonesian message too: a wrong TOML type has a message of its own.
  it.each([
    ['[match]\naccept_score = "12"\n', 'match.accept_score', '"12"', 'config.invalid_type.number'],
    ['[match]\nmax_review_candidates = 2.5\n', 'match.max_review_candidates', '2.5', 'config.invalid_type.int'],
    ['[budget]\nfixed_wage = 1500000.5\n', 'budget.fixed_wage', '1500000.5', 'config.invalid_type.int'],
    ['[columns.roster]\nnik = 16\n', 'columns.roster.nik', '16', 'config.invalid_type.string'],
    ['[sheets]\nonly = "A"\n', 'sheets.only', '"A"', 'config.invalid_type.array'],
    ['agencies = 3\n', 'agencies', '3', 'config.invalid_type.table'],
    ['[agencies]\nrisk = "high"\n', 'agencies.risk', '"high"', 'config.invalid_type.table'],
  ])('%j: invalid %s = %s, said as %s', (text, key, value, code) => {
    const e = errorOf(text);
    expect(e.code).toBe(code);
    expect(e.params).toStrictEqual({ file: FILE, key, value });
  });

  it.each([
    ['config.invalid_type.string', 'teks dalam tanda kutip'],
    ['config.invalid_type.number', 'angka tanpa tanda kutip'],
    ['config.invalid_type.int', 'bilangan bulat'],
    ['config.invalid_type.array', 'daftar'],
    ['config.invalid_type.table', 'tabel'],
    ['config.invalid_type.boolean', 'true atau false'],
  ])('%s says the type in Indonesian under --lang id', (code, words) => {
    const text = translate('id', { code, params: { file: FILE, key: 'k', value: '1' } });
    expect(text).toContain(`yang boleh: ${words}`);
    expect(text).not.toMatch(/\b(string|number|int|array|object|record|boolean)\b/);
  });

  it.each([
    ['[agencies.risk]\n"SATPOL PP" = 2\n', { 'SATPOL PP': 'low' }],
    ['[agencies.risk]\nDAMKAR = 5\nDLH = 3.0\n', { DAMKAR: 'very_high', DLH: 'medium' }],
  ])('a risk class written as its number, as --risk takes it: %j', (text, risk) => {
    expect(parse(text).agencyRisk).toStrictEqual(risk);
  });

  it('[budget] risk = 3 is class III, kept as the text --risk would get', () => {
    expect(parse('[budget]\nrisk = 3\n').budget).toStrictEqual({ risk: '3' });
  });

  it('a budget text is checked only after the schema: a schema error is reported first', () => {
    const e = errorOf('[budget]\nrisk = "extreme"\nfixed_wage = -1\n');
    expect(e.params['key']).toBe('budget.fixed_wage');
  });

  it.each([
    ['[match]\nreview_score = 13\n', '13', '<= accept_score (12)'],
    ['[match]\naccept_score = 8\nreview_score = 8.5\n', '8.5', '<= accept_score (8)'],
    ['[match]\naccept_score = 5\n', '6', '<= accept_score (5)'],
  ])('a review score above the accept score is refused (%j)', (text, value, allowed) => {
    expect(errorOf(text).params).toStrictEqual({ file: FILE, key: 'match.review_score', value, allowed });
  });

  it('a review score equal to the accept score is taken (no review band)', () => {
    expect(parse('[match]\naccept_score = 9\nreview_score = 9\n').match).toStrictEqual({ acceptScore: 9, reviewScore: 9 });
  });

  it('the first invalid agency risk is named, in file order', () => {
    const e = errorOf('[agencies.risk]\nA = "low"\nB = "x"\nC = "y"\n');
    expect(e.params['key']).toBe('agencies.risk.B');
  });

  // allowedText() printed too_small as ">= minimum" whatever `inclusive` said, so positive() said ">= 0" while refusing 0.
  it('accept_score = 0 is refused and the message says what is allowed: "> 0", not ">= 0"', () => {
    const e = errorOf('[match]\naccept_score = 0\n');
    expect(e.params).toStrictEqual({ file: FILE, key: 'match.accept_score', value: '0', allowed: '> 0' });
  });

  // JSON.stringify(Infinity) is "null": the message named a value the file does not hold.
  it('accept_score = inf is refused naming the value written (inf), not "null"', () => {
    const e = errorOf('[match]\naccept_score = inf\n');
    expect(e.code).toBe('config.invalid_type.number');
    expect(String(e.params['value'])).toMatch(/inf/i);
  });
});
