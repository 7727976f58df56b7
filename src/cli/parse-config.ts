import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { COLUMN_ROLES, type ColumnRole } from '../normalize/column-role.js';
import { parseRiskClass, RISK_CLASSES, type RiskClass } from '../budget/risk-class.js';
import { parsePrograms, PROGRAMS } from '../budget/budget-program.js';
import { parseBudgetScheme } from '../budget/budget-scheme.js';
import { parsePeriod } from '../budget/budget-period.js';
import type { ColumnOverrides } from '../table/table-layout.js';
import type { SheetSelection } from '../io/sheet-selection.js';
import { DEFAULT_MATCH_SETTINGS } from '../match/match-settings.js';
import type { RekonConfig } from './config-file.js';

// rekon.toml's schema and its validation, in a module of their own: loadConfig and `rekon init` import
// it only when there is a file to read or check (see config-file.ts).

const columnMap = z.partialRecord(z.enum(COLUMN_ROLES), z.string().min(1)).optional();

const schema = z.strictObject({
  columns: z.strictObject({ roster: columnMap, bpjs: columnMap }).optional(),
  sheets: z.strictObject({ only: z.array(z.string().min(1)).optional(), skip: z.array(z.string().min(1)).optional() }).optional(),
  agencies: z
    .strictObject({
      aliases: z.record(z.string(), z.string().min(1)).optional(),
      // A class as text or as its number: `= 2` as TOML writes numbers, like --risk 2 (checked by riskValue).
      risk: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    })
    .optional(),
  match: z
    .strictObject({
      accept_score: z.number().positive().optional(),
      review_score: z.number().positive().optional(),
      min_margin: z.number().nonnegative().optional(),
      max_review_candidates: z.number().int().min(1).max(10).optional(),
    })
    .optional(),
  budget: z
    .strictObject({
      programs: z.string().optional(),
      risk: z.union([z.string(), z.number()]).optional(),
      scheme: z.string().optional(),
      period: z.string().optional(),
      fixed_wage: z.number().int().positive().optional(),
      wage_floor: z.number().int().positive().optional(),
      default_wage: z.number().int().positive().optional(),
    })
    .optional(),
});

/** Parses and validates; an invalid config names the key, the value and what is allowed. */
export function parseConfig(path: string, text: string): RekonConfig {
  let raw: unknown;
  try {
    raw = parseToml(text);
  } catch (cause) {
    const line = (cause as { line?: number }).line;
    throw new InputError(msg('config.syntax', { file: path, line: line ?? '?', detail: String((cause as Error).message).split('\n')[0] ?? '' }), { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'unrecognized_keys') {
      const section = issue.path.join('.');
      const allowed = (ALLOWED_KEYS[section] ?? []).join(', ');
      const keys = issue.keys.map((k) => [...issue.path, k].join('.'));
      // Every unknown key of the section at once: one run per typo is a slow way to fix a file.
      if (keys.length > 1) throw new InputError(msg('config.unknown_keys', { file: path, keys: keys.map((k) => `"${k}"`).join(', '), allowed }));
      throw new InputError(msg('config.unknown_key', { file: path, key: keys[0] ?? section, allowed }));
    }
    const key = issue === undefined ? '' : issue.path.join('.');
    const value = issue === undefined ? '' : valueText(valueAt(raw, issue.path));
    const type = issue?.code === 'invalid_type' ? TYPE_MESSAGES[issue.expected] : undefined;
    if (type !== undefined) throw new InputError(msg(type, { file: path, key, value }));
    // The only unions are risk classes (text or number): what to write is the list of classes.
    const allowed = issue === undefined ? '' : issue.code === 'invalid_union' ? RISK_ALLOWED : allowedText(issue);
    throw new InputError(msg('config.invalid', { file: path, key, value, allowed }));
  }
  const c = parsed.data;
  checkBudgetText(path, 'budget.programs', c.budget?.programs, (v) => parsePrograms(v) !== null, PROGRAMS.join(','));
  const budgetRisk = c.budget?.risk === undefined ? undefined : riskValue(path, 'budget.risk', c.budget.risk).text;
  checkBudgetText(path, 'budget.scheme', c.budget?.scheme, (v) => parseBudgetScheme(v) !== null, 'pu | bpu');
  checkBudgetText(path, 'budget.period', c.budget?.period, (v) => parsePeriod(v) !== null, '2027-01..2027-12 | 2027');
  const aliases = new Map<string, string>();
  for (const [alias, name] of Object.entries(c.agencies?.aliases ?? {})) aliases.set(alias.trim().toUpperCase(), name);
  const agencyRisk: Record<string, RiskClass> = {};
  for (const [agency, value] of Object.entries(c.agencies?.risk ?? {})) {
    const rc = riskValue(path, `agencies.risk.${agency}`, value).riskClass;
    // The agency as the roster writes it works too: an alias names the agency its rows are budgeted under.
    agencyRisk[aliases.get(agency.trim().toUpperCase()) ?? agency] = rc;
  }
  const match: RekonConfig['match'] = {};
  if (c.match?.accept_score !== undefined) match.acceptScore = c.match.accept_score;
  if (c.match?.review_score !== undefined) match.reviewScore = c.match.review_score;
  if (c.match?.min_margin !== undefined) match.minMargin = c.match.min_margin;
  if (c.match?.max_review_candidates !== undefined) match.maxReviewCandidates = c.match.max_review_candidates;
  // A review score above the accept score would leave no band for review, and drop pairs it should accept.
  const accept = match.acceptScore ?? DEFAULT_MATCH_SETTINGS.acceptScore;
  const review = match.reviewScore ?? DEFAULT_MATCH_SETTINGS.reviewScore;
  if (review > accept) throw new InputError(msg('config.invalid', { file: path, key: 'match.review_score', value: valueText(review), allowed: `<= accept_score (${String(accept)})` }));
  const b = c.budget ?? {};
  const budget: RekonConfig['budget'] = {};
  if (b.programs !== undefined) budget.programs = b.programs;
  if (budgetRisk !== undefined) budget.risk = budgetRisk;
  if (b.scheme !== undefined) budget.scheme = b.scheme;
  if (b.period !== undefined) budget.period = b.period;
  // One wage base: the command line refuses --fixed-wage with --wage-floor, and here a floor would be dropped in silence.
  if (b.fixed_wage !== undefined && b.wage_floor !== undefined) {
    throw new InputError(msg('config.conflict', { file: path, key: 'budget.fixed_wage', other: 'budget.wage_floor' }));
  }
  if (b.fixed_wage !== undefined) budget.fixedWage = b.fixed_wage;
  if (b.wage_floor !== undefined) budget.wageFloor = b.wage_floor;
  if (b.default_wage !== undefined) budget.defaultWage = b.default_wage;
  return {
    path,
    columns: { roster: cleanMap(c.columns?.roster), bpjs: cleanMap(c.columns?.bpjs) },
    sheets: sheetsOf(c.sheets?.only ?? [], c.sheets?.skip ?? [], path),
    agencyAliases: aliases,
    agencyRisk,
    match,
    budget,
  };
}

/** Keys allowed in each section, for "unknown key" messages. */
const ALLOWED_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': ['columns', 'sheets', 'agencies', 'match', 'budget'],
  columns: ['roster', 'bpjs'],
  sheets: ['only', 'skip'],
  'columns.roster': COLUMN_ROLES,
  'columns.bpjs': COLUMN_ROLES,
  agencies: ['aliases', 'risk'],
  match: ['accept_score', 'review_score', 'min_margin', 'max_review_candidates'],
  budget: ['programs', 'risk', 'scheme', 'period', 'fixed_wage', 'wage_floor', 'default_wage'],
};

/** The risk classes a config value may name, as `--risk` takes them (parseRiskClass). */
const RISK_ALLOWED = [...RISK_CLASSES, 'sangat_rendah', 'rendah', 'sedang', 'tinggi', 'sangat_tinggi', '1-5'].join(' | ');

/**
 * A risk class written as text or as its class number (`= 2`): the class, and the text as `--risk` would take
 * it (parseRiskClass); else the key is refused.
 */
function riskValue(file: string, key: string, value: string | number): { readonly text: string; readonly riskClass: RiskClass } {
  const text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : '') : value;
  const riskClass = parseRiskClass(text);
  if (riskClass === null) throw new InputError(msg('config.invalid', { file, key, value: valueText(value), allowed: RISK_ALLOWED }));
  return { text, riskClass };
}

/**
 * A value of the wrong TOML type, said in the user's language: "allowed: string" was programmer's English
 * in the Indonesian message too. Zod's expected types of this schema.
 */
const TYPE_MESSAGES: Readonly<Record<string, string>> = {
  string: 'config.invalid_type.string',
  number: 'config.invalid_type.number',
  int: 'config.invalid_type.int',
  array: 'config.invalid_type.array',
  object: 'config.invalid_type.table',
  record: 'config.invalid_type.table',
  boolean: 'config.invalid_type.boolean',
};

function checkBudgetText(file: string, key: string, value: string | undefined, ok: (v: string) => boolean, allowed: string): void {
  if (value !== undefined && !ok(value)) throw new InputError(msg('config.invalid', { file, key, value: JSON.stringify(value), allowed }));
}

function cleanMap(m: Partial<Record<ColumnRole, string>> | undefined): ColumnOverrides {
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const [k, v] of Object.entries(m ?? {})) if (v !== undefined) out[k as ColumnRole] = v;
  return out;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** A config value as the file wrote it: JSON would print inf and nan (TOML floats) as null. */
function valueText(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  return JSON.stringify(value) ?? '';
}

function allowedText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key(s) ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return issue.values.map(String).join(' | ');
    case 'invalid_key':
      return COLUMN_ROLES.join(' | ');
    case 'invalid_type':
      return issue.expected;
    case 'too_small':
      return `${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`;
    case 'too_big':
      return `${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** `[sheets]`, remembering the file when it selects anything: a sheet it leaves out is said to be its doing. */
function sheetsOf(only: string[], skip: string[], path: string): SheetSelection {
  return only.length === 0 && skip.length === 0 ? { only, skip } : { only, skip, config: path };
}
