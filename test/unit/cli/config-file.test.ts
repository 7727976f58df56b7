import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/cli/parse-config.js';
import { starterConfig } from '../../../src/cli/starter-config.js';
import { InputError } from '../../../src/errors.js';

function errorOf(text: string): { code: string; params: Record<string, unknown> } {
  try {
    parseConfig('rekon.toml', text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const d = (e as InputError).detail;
    return { code: d.code, params: { ...(d.params ?? {}) } };
  }
  throw new Error('expected an error');
}

describe('config file', () => {
  it('the starter config written by `rekon init` is valid in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const c = parseConfig('rekon.toml', starterConfig(lang));
      expect(c.budget.programs).toBe('jkk,jkm');
      expect(c.budget.risk).toBe('very_low');
      expect(c.sheets).toEqual({ only: [], skip: [] });
    }
  });

  it('reads the sheets to leave out or to read, each a list of names', () => {
    const c = parseConfig('rekon.toml', `[sheets]\nskip = ["2025 LAMA", "REKAP"]\nonly = ["DATA"]\n`);
    expect(c.sheets).toEqual({ only: ['DATA'], skip: ['2025 LAMA', 'REKAP'] });
  });

  it('reads column maps, agency aliases and risk classes, match thresholds and budget settings', () => {
    const c = parseConfig(
      'rekon.toml',
      `[columns.roster]\nnik = "NO KTP"\n[agencies.aliases]\ndlhk = "Dinas Lingkungan Hidup dan Kebersihan"\n[agencies.risk]\n"Dinas Lingkungan Hidup dan Kebersihan" = "sedang"\n[match]\naccept_score = 14\n[budget]\nfixed_wage = 1000000\nperiod = "2027"\n`,
    );
    expect(c.columns.roster).toEqual({ nik: 'NO KTP' });
    expect(c.agencyAliases.get('DLHK')).toBe('Dinas Lingkungan Hidup dan Kebersihan');
    expect(c.agencyRisk).toEqual({ 'Dinas Lingkungan Hidup dan Kebersihan': 'medium' });
    expect(c.match.acceptScore).toBe(14);
    expect(c.budget.fixedWage).toBe(1000000);
  });

  it.each([
    ['[budget]\nfoo = 1\n', 'config.unknown_key', 'budget.foo'],
    ['[columns.roster]\nnikk = "X"\n', 'config.unknown_key', 'columns.roster.nikk'],
    ['[match]\naccept_score = "x"\n', 'config.invalid', 'match.accept_score'],
    ['[budget]\nrisk = "extreme"\n', 'config.invalid', 'budget.risk'],
    ['[budget]\nperiod = "2027-13"\n', 'config.invalid', 'budget.period'],
    ['[agencies.risk]\nDLHK = "deadly"\n', 'config.invalid', 'agencies.risk.DLHK'],
    ['[budget\n', 'config.syntax', undefined],
    ['[sheets]\nskip = "LAMA"\n', 'config.invalid', 'sheets.skip'],
    ['[sheets]\nhidden = true\n', 'config.unknown_key', 'sheets.hidden'],
  ])('%j → %s naming the key', (text, code, key) => {
    const e = errorOf(text);
    expect(e.code).toBe(code);
    if (key !== undefined) expect(e.params['key']).toBe(key);
    expect(e.params['file']).toBe('rekon.toml');
  });
});
