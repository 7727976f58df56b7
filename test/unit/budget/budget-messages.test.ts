import { describe, expect, it } from 'vitest';
import { BUDGET_GROUPS } from '../../../src/budget/budget-group.js';
import { budgetGroupMessages, budgetMessages, budgetProgramMessages, budgetRiskClassMessages, budgetSchemeMessages } from '../../../src/budget/budget-messages.js';
import { PROGRAMS } from '../../../src/budget/budget-program.js';
import { BUDGET_SCHEMES } from '../../../src/budget/budget-scheme.js';
import { DEFAULT_RATE_TABLE } from '../../../src/budget/default-rate-table.js';
import { RISK_CLASSES } from '../../../src/budget/risk-class.js';
import type { Catalog } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';
import { BUDGET_GROUP_CODES } from '../../../src/report/xlsx-messages.js';

const all: Catalog = { ...budgetMessages, ...budgetProgramMessages, ...budgetGroupMessages, ...budgetRiskClassMessages, ...budgetSchemeMessages };

describe('budget catalogs', () => {
  it('name every program, group, risk class and scheme', () => {
    const codes = [
      ...PROGRAMS.map((p) => `budget.program.${p}`),
      ...BUDGET_GROUPS.map((g) => `budget.group.${g}`),
      ...RISK_CLASSES.map((c) => `budget.risk_class.${c}`),
      ...BUDGET_SCHEMES.map((s) => `budget.scheme.${s}`),
    ];
    for (const code of codes) expect(all[code], code).toBeDefined();
  });

  it('name the all_roster figure as the workbook does (rekon budget\'s heading, report.xlsx Anggaran), in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(translate(lang, { code: 'budget.group.all_roster' })).toBe(translate(lang, { code: BUDGET_GROUP_CODES.all_roster }));
    }
  });

  it('have Indonesian and English text with the same placeholders', () => {
    for (const [code, texts] of Object.entries(all)) {
      expect(texts.id.trim(), code).not.toBe('');
      expect(texts.en.trim(), code).not.toBe('');
      const params = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      expect(params(texts.id), code).toEqual(params(texts.en));
    }
  });

  it('cite every regulation of the rate table', () => {
    const t = DEFAULT_RATE_TABLE;
    const schedules = [...Object.values(t.pu.jkk), t.pu.jkm, t.pu.jht, t.pu.jp, t.pu.jpWageCap, t.bpu.jkk, t.bpu.jkm, t.bpu.jht, t.bpu.minimumDeclaredIncome];
    for (const schedule of schedules) {
      for (const entry of schedule) {
        const texts = all[entry.regulation.code];
        expect(texts, entry.regulation.code).toBeDefined();
        for (const key of Object.keys(entry.regulation.params ?? {})) expect(texts?.id).toContain(`{${key}}`);
      }
    }
  });

  it('has schedules sorted by effective month', () => {
    const caps = DEFAULT_RATE_TABLE.pu.jpWageCap.map((e) => e.from);
    expect(caps).toEqual([...caps].sort());
    expect(new Set(caps).size).toBe(caps.length);
  });
});
