// Why this file exists: src/cli/starter-config.ts is the commented rekon.toml `rekon init` writes.
// Officers edit it by hand, so it must parse back with parseConfig and, untouched, mean exactly the
// built-in defaults (DOMAIN.md "Decisions already taken": JKK + JKM, PU, class I, roster wage; match
// thresholds 12 / 6 / 3 / 3). Its commented examples must be valid when uncommented, name every key
// parse-config knows, and say the same defaults and allowed values the code uses. Keys are English in
// both languages; only the comments are translated.
import { describe, expect, it } from 'vitest';
import { starterConfig } from '../../../src/cli/starter-config.js';
import { parseConfig } from '../../../src/cli/parse-config.js';
import { budgetSettingsFrom } from '../../../src/cli/budget-options.js';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { defaultBudgetSettings } from '../../../src/budget/budget-settings.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { monthsOfNextFiscalYear } from '../../../src/budget/budget-period.js';
import { PROGRAMS } from '../../../src/budget/budget-program.js';
import { RISK_CLASSES } from '../../../src/budget/risk-class.js';
import { DEFAULT_MATCH_SETTINGS, matchSettings } from '../../../src/match/match-settings.js';
import { ALL_SHEETS } from '../../../src/io/sheet-selection.js';
import { matchHeader } from '../../../src/table/header-aliases.js';
import type { Lang } from '../../../src/i18n/message.js';

const LANGS: readonly Lang[] = ['id', 'en'];
const ctx = { lang: 'en', today: '2026-11-23' } as CliContext;

/** A commented example line: `# key = value` (the key bare or quoted). */
const EXAMPLE = /^# ((?:[a-z_]+|"[^"]*") = .*)$/;

/**
 * The starter with every commented example turned into a real line, except `alternative`'s: fixed_wage and
 * wage_floor are alternatives ("Or raise…"), refused together.
 */
function uncommented(text: string, alternative: 'fixed_wage' | 'wage_floor' = 'wage_floor'): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith(`# ${alternative} = `) ? line : (EXAMPLE.exec(line)?.[1] ?? line)))
    .join('\n');
}

/** The lines that are not comments (sections and active keys). */
function activeLines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
}

/** The explanation comments (neither a commented example nor blank). */
function explanations(text: string): string[] {
  return text.split('\n').filter((l) => l.startsWith('#') && !EXAMPLE.test(l));
}

describe.each(LANGS)('starterConfig(%s)', (lang) => {
  const text = starterConfig(lang);

  it('parses back, and untouched means the defaults: nothing but the default budget texts is set', () => {
    const c = parseConfig('rekon.toml', text);
    expect({ ...c, agencyAliases: [...c.agencyAliases] }).toStrictEqual({
      path: 'rekon.toml',
      columns: { roster: {}, bpjs: {} },
      sheets: ALL_SHEETS,
      agencyAliases: [],
      agencyRisk: {},
      match: {},
      budget: { programs: 'jkk,jkm', risk: 'very_low', scheme: 'pu' },
    });
  });

  it('its budget section gives exactly the default budget settings, and its match section the default thresholds', () => {
    const c = parseConfig('rekon.toml', text);
    const settings = budgetSettingsFrom(ctx, {}, { ...c.budget, agencyRisk: c.agencyRisk }, DEFAULT_RATE_TABLE);
    expect(settings).toStrictEqual(defaultBudgetSettings(monthsOfNextFiscalYear(ctx.today)));
    expect(matchSettings(c.match)).toStrictEqual(DEFAULT_MATCH_SETTINGS);
  });

  it('every commented example is valid when uncommented', () => {
    expect(() => parseConfig('rekon.toml', uncommented(text))).not.toThrow();
  });

  it('the commented match thresholds are the built-in defaults', () => {
    const c = parseConfig('rekon.toml', uncommented(text));
    expect(c.match).toStrictEqual({
      acceptScore: DEFAULT_MATCH_SETTINGS.acceptScore,
      reviewScore: DEFAULT_MATCH_SETTINGS.reviewScore,
      minMargin: DEFAULT_MATCH_SETTINGS.minMargin,
      maxReviewCandidates: DEFAULT_MATCH_SETTINGS.maxReviewCandidates,
    });
  });

  it('the commented examples show every key, each once, and the uncommented starter sets them all', () => {
    const c = parseConfig('rekon.toml', uncommented(text));
    expect(Object.keys(c.match).sort()).toEqual(['acceptScore', 'maxReviewCandidates', 'minMargin', 'reviewScore']);
    expect(Object.keys(c.budget).sort()).toEqual(['defaultWage', 'fixedWage', 'period', 'programs', 'risk', 'scheme']);
    const withFloor = parseConfig('rekon.toml', uncommented(text, 'fixed_wage'));
    expect(Object.keys(withFloor.budget).sort()).toEqual(['defaultWage', 'period', 'programs', 'risk', 'scheme', 'wageFloor']);
    expect(c.sheets.only.length).toBeGreaterThan(0);
    expect(c.sheets.skip.length).toBeGreaterThan(0);
    expect(c.agencyAliases.size).toBeGreaterThan(0);
    expect(Object.keys(c.agencyRisk).length).toBeGreaterThan(0);
    expect(Object.keys(c.columns.roster).length).toBeGreaterThan(0);
    expect(Object.keys(c.columns.bpjs).length).toBeGreaterThan(0);
    const perSection = text
      .split('\n')
      .reduce<{ section: string; seen: string[] }>(
        (acc, l) => {
          const s = /^\[(.+)\]$/.exec(l)?.[1];
          if (s !== undefined) return { ...acc, section: s };
          const k = /^(?:# )?([a-z_]+) = /.exec(l)?.[1];
          return k === undefined ? acc : { ...acc, seen: [...acc.seen, `${acc.section}.${k}`] };
        },
        { section: '', seen: [] },
      ).seen;
    expect(perSection.length).toBe(new Set(perSection).size);
    expect(perSection.filter((k) => k.startsWith('budget.')).length).toBe(7);
  });

  it('each example column header is one the header detection reads as that role', () => {
    const c = parseConfig('rekon.toml', uncommented(text));
    const examples = [...Object.entries(c.columns.roster), ...Object.entries(c.columns.bpjs)];
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const [role, header] of examples) expect(matchHeader(header)?.role, `${role} = ${header}`).toBe(role);
  });

  it('the example risk of an agency uses the full name an example alias maps to (aliases resolve first)', () => {
    const c = parseConfig('rekon.toml', uncommented(text));
    const fullNames = new Set(c.agencyAliases.values());
    expect(Object.keys(c.agencyRisk).some((agency) => fullNames.has(agency))).toBe(true);
  });

  it('the allowed values it explains are the ones the code accepts', () => {
    expect(text).toContain(RISK_CLASSES.join(' | '));
    expect(text).toContain(PROGRAMS.join(','));
    expect(text).toContain('very_low)');
  });

  it('is TOML with a title line, ends in one newline, no tabs or trailing spaces', () => {
    expect(text.startsWith('# rekon.toml — ')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    for (const line of text.split('\n')) {
      expect(line).not.toMatch(/\s$/);
      expect(line).not.toContain('\t');
    }
  });

  it('is the same text every time', () => {
    expect(starterConfig(lang)).toBe(text);
  });
});

describe('starterConfig: the two languages', () => {
  it('keys, sections and active values are identical (machine values are English in both)', () => {
    expect(activeLines(starterConfig('id'))).toEqual(activeLines(starterConfig('en')));
    expect(uncommented(starterConfig('id')).split('\n').filter((l) => !l.startsWith('#'))).toEqual(
      uncommented(starterConfig('en')).split('\n').filter((l) => !l.startsWith('#')),
    );
  });

  it('every explanation comment is in the language asked for', () => {
    const id = explanations(starterConfig('id'));
    const en = explanations(starterConfig('en'));
    expect(id).toHaveLength(en.length);
    for (let i = 0; i < id.length; i++) expect(id[i]).not.toBe(en[i]);
    expect(starterConfig('id')).toContain('Opsi baris perintah mengalahkan berkas ini; berkas ini mengalahkan nilai bawaan.');
    expect(starterConfig('en')).toContain('Command-line options win over this file; this file wins over the built-in defaults.');
    expect(starterConfig('id')).not.toContain('Command-line options');
    expect(starterConfig('en')).not.toContain('bawaan');
  });

  it('both name the config option the CLI has (--config) and the sheet options that replace [sheets]', () => {
    for (const lang of LANGS) {
      const text = starterConfig(lang);
      expect(text).toMatch(/--config /);
      expect(text).toContain('--skip-sheet');
      expect(text).toContain('--sheet ');
    }
  });
});
