import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseConfig } from '../../../src/cli/parse-config.js';
import { starterConfig } from '../../../src/cli/starter-config.js';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, loadConfig } from '../../../src/cli/config-file.js';
import { parseMapOptions, sheetSelection } from '../../../src/cli/input-options.js';
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
    expect(c.sheets).toEqual({ only: ['DATA'], skip: ['2025 LAMA', 'REKAP'], config: 'rekon.toml' });
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

  it('a risk class may name the agency as the rosters write it: an alias is the agency it stands for', () => {
    const c = parseConfig('rekon.toml', `[agencies.aliases]
DAMKAR = "Dinas Pemadam Kebakaran"
[agencies.risk]
" damkar " = "very_high"
"Satpol PP" = "high"
`);
    expect(c.agencyRisk).toEqual({ 'Dinas Pemadam Kebakaran': 'very_high', 'Satpol PP': 'high' });
  });

  it.each([
    ['[budget]\nfoo = 1\n', 'config.unknown_key', 'budget.foo'],
    ['[columns.roster]\nnikk = "X"\n', 'config.unknown_key', 'columns.roster.nikk'],
    ['[match]\naccept_score = "x"\n', 'config.invalid_type.number', 'match.accept_score'],
    ['[budget]\nrisk = "extreme"\n', 'config.invalid', 'budget.risk'],
    ['[budget]\nperiod = "2027-13"\n', 'config.invalid', 'budget.period'],
    ['[agencies.risk]\nDLHK = "deadly"\n', 'config.invalid', 'agencies.risk.DLHK'],
    ['[budget\n', 'config.syntax', undefined],
    ['[sheets]\nskip = "LAMA"\n', 'config.invalid_type.array', 'sheets.skip'],
    ['[sheets]\nhidden = true\n', 'config.unknown_key', 'sheets.hidden'],
  ])('%j → %s naming the key', (text, code, key) => {
    const e = errorOf(text);
    expect(e.code).toBe(code);
    if (key !== undefined) expect(e.params['key']).toBe(key);
    expect(e.params['file']).toBe('rekon.toml');
  });
});

describe('loadConfig: --config FILE, else the nearest rekon.toml upwards, else none', () => {
  let root: string;

  /** Writes `text` to root/relPath, making folders on the way. */
  async function put(relPath: string, text: string): Promise<string> {
    const file = join(root, relPath);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    return file;
  }

  async function inputErrorOf(p: Promise<unknown>): Promise<InputError> {
    try {
      await p;
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    }
    throw new Error('expected an InputError');
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rekon-config-file-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** True when some folder above the temp folder holds a rekon.toml (the search would then find it). */
  function configAboveTmp(): boolean {
    for (let dir = tmpdir(); ; dir = dirname(dir)) {
      if (existsSync(join(dir, CONFIG_FILE_NAME))) return true;
      if (dirname(dir) === dir) return false;
    }
  }

  it('the file name searched for is rekon.toml', () => {
    expect(CONFIG_FILE_NAME).toBe('rekon.toml');
  });

  it.skipIf(configAboveTmp())('no --config and no rekon.toml here or above: the empty config (every default)', async () => {
    await mkdir(join(root, 'none/deeper'), { recursive: true });
    const c = await loadConfig({ configPath: undefined }, join(root, 'none/deeper'));
    expect(c).toBe(EMPTY_CONFIG);
    expect(c.path).toBeNull();
    expect(c.columns).toEqual({ roster: {}, bpjs: {} });
    expect(c.sheets).toEqual({ only: [], skip: [] });
    expect(c.agencyAliases.size).toBe(0);
    expect([c.agencyRisk, c.match, c.budget]).toEqual([{}, {}, {}]);
  });

  it('a rekon.toml in the working folder is read and named', async () => {
    const file = await put('here/rekon.toml', '[columns.roster]\nnik = "NO KTP"\n');
    const c = await loadConfig({ configPath: undefined }, join(root, 'here'));
    expect(c.path).toBe(file);
    expect(c.columns.roster).toEqual({ nik: 'NO KTP' });
  });

  it('a rekon.toml in a parent folder is found; the nearest one wins', async () => {
    const top = await put('up/rekon.toml', '[budget]\nrisk = "low"\n');
    await mkdir(join(root, 'up/a/b/c'), { recursive: true });
    expect((await loadConfig({ configPath: undefined }, join(root, 'up/a/b/c'))).path).toBe(top);
    const nearer = await put('up/a/rekon.toml', '[budget]\nrisk = "high"\n');
    const c = await loadConfig({ configPath: undefined }, join(root, 'up/a/b/c'));
    expect(c.path).toBe(nearer);
    expect(c.budget.risk).toBe('high');
  });

  it('a relative working folder is resolved: the path found is absolute', async () => {
    const file = await put('rel/rekon.toml', '');
    await mkdir(join(root, 'rel/sub'), { recursive: true });
    const c = await loadConfig({ configPath: undefined }, relative(process.cwd(), join(root, 'rel/sub')));
    expect(c.path).toBe(file);
  });

  it('a folder named rekon.toml is not a config: the search goes on upwards', async () => {
    const file = await put('dirs/rekon.toml', '[match]\naccept_score = 14\n');
    await mkdir(join(root, 'dirs/work/rekon.toml'), { recursive: true });
    const c = await loadConfig({ configPath: undefined }, join(root, 'dirs/work'));
    expect(c.path).toBe(file);
    expect(c.match.acceptScore).toBe(14);
  });

  it('an empty rekon.toml is found and changes nothing', async () => {
    const file = await put('empty/rekon.toml', '');
    const c = await loadConfig({ configPath: undefined }, join(root, 'empty'));
    expect(c.path).toBe(file);
    expect({ ...c, path: null, agencyAliases: [...c.agencyAliases] }).toEqual({ ...EMPTY_CONFIG, agencyAliases: [] });
  });

  it('--config wins over a rekon.toml in the working folder, and is named as given', async () => {
    await put('both/rekon.toml', '[budget]\nrisk = "low"\n');
    const given = await put('elsewhere/kabupaten.toml', '[budget]\nrisk = "very_high"\n');
    const c = await loadConfig({ configPath: given }, join(root, 'both'));
    expect(c.path).toBe(given);
    expect(c.budget.risk).toBe('very_high');
  });

  it('a --config file that is missing is an error naming it (exit 2), with no fallback to rekon.toml', async () => {
    await put('fallback/rekon.toml', '');
    const missing = join(root, 'fallback/no-such.toml');
    const e = await inputErrorOf(loadConfig({ configPath: missing }, join(root, 'fallback')));
    expect(e.detail).toEqual({ code: 'config.unreadable', params: { file: missing } });
    expect(e.exitCode).toBe(2);
    expect((e.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('a --config that is a folder is unreadable too', async () => {
    await mkdir(join(root, 'a-folder'), { recursive: true });
    const e = await inputErrorOf(loadConfig({ configPath: join(root, 'a-folder') }, root));
    expect(e.detail).toEqual({ code: 'config.unreadable', params: { file: join(root, 'a-folder') } });
  });

  it('an empty --config= names no file: an error, not a search', async () => {
    await put('blank/rekon.toml', '');
    const e = await inputErrorOf(loadConfig({ configPath: '' }, join(root, 'blank')));
    expect(e.detail).toEqual({ code: 'config.unreadable', params: { file: '' } });
  });

  it('a rekon.toml found by the search that is invalid is an error naming that file and the key', async () => {
    const file = await put('bad/rekon.toml', '[budget]\nfoo = 1\n');
    await mkdir(join(root, 'bad/sub'), { recursive: true });
    const e = await inputErrorOf(loadConfig({ configPath: undefined }, join(root, 'bad/sub')));
    expect(e.detail.code).toBe('config.unknown_key');
    expect(e.detail.params).toMatchObject({ file, key: 'budget.foo' });
  });

  it('command line over config file over defaults, as the commands combine them', async () => {
    await put('prec/rekon.toml', '[columns.roster]\nnik = "NO KTP"\nname = "NAMA"\n[sheets]\nskip = ["REKAP"]\n');
    const c = await loadConfig({ configPath: undefined }, join(root, 'prec'));
    // --roster-map nik=NIK: the command line wins for that role, the config keeps the others.
    expect(parseMapOptions(['nik=NIK'], c.columns.roster, '--roster-map')).toEqual({ nik: 'NIK', name: 'NAMA' });
    expect(parseMapOptions(undefined, c.columns.roster)).toEqual({ nik: 'NO KTP', name: 'NAMA' });
    expect(parseMapOptions(undefined, c.columns.bpjs)).toEqual({});
    // --sheet REKAP replaces the config's whole selection (so the skipped sheet is read).
    expect(sheetSelection({ sheet: ['REKAP'] }, c.sheets)).toEqual({ only: ['REKAP'], skip: [] });
    expect(sheetSelection({}, c.sheets)).toEqual({ only: [], skip: ['REKAP'], config: join(root, 'prec', 'rekon.toml') });
    expect(sheetSelection({}, EMPTY_CONFIG.sheets)).toEqual({ only: [], skip: [] });
  });
});
