// Why this file exists: `rekon init` had no test through the built binary. Its default folder is the working
// directory (only a real process has one of its own), and what exit code and streams a user sees come from
// main.ts: these pin them, with the bug found in the audit (a --dir that does not exist is an internal error).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

const scratch = mkdtempSync(join(tmpdir(), 'rekon-commands-audit-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('rekon init through the built binary', () => {
  it('writes rekon.toml into the working directory by default, then refuses to overwrite it without --force', () => {
    const cwd = mkdtempSync(join(scratch, 'default-'));
    const first = runRekon(['init'], { cwd });
    expect([first.code, first.stdout, first.stderr]).toEqual([0, '', 'config written to rekon.toml\n']);
    expect(readFileSync(join(cwd, 'rekon.toml'), 'utf8')).toContain('[columns');

    writeFileSync(join(cwd, 'rekon.toml'), '# edited by the officer\n');
    const again = runRekon(['init', '--lang', 'id'], { cwd });
    expect([again.code, again.stdout, again.stderr]).toEqual([2, '', 'rekon: galat: rekon.toml sudah ada; pakai --force untuk menimpanya\n']);
    expect(readFileSync(join(cwd, 'rekon.toml'), 'utf8')).toBe('# edited by the officer\n');

    const forced = runRekon(['init', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'rekon.toml'), 'utf8')).not.toBe('# edited by the officer\n');
  });

  // Was a bug: `rekon init --dir laporan-bulanan` (its own --help example) in a folder without laporan-bulanan/
  // printed "rekon: internal error: ENOENT … report it to the developers" and exited 3. The folder is created.
  it('the --help example `rekon init --dir laporan-bulanan` in a fresh folder creates the folder', () => {
    const cwd = mkdtempSync(join(scratch, 'fresh-'));
    const r = runRekon(['init', '--dir', 'laporan-bulanan', '--lang', 'id'], { cwd });
    expect(r.stderr).not.toMatch(/galat internal|internal error/);
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, 'laporan-bulanan', 'rekon.toml'))).toBe(true);
  });

  it('--help states the --dir default once, in words (commander used to add `(default: ".")`)', () => {
    for (const lang of ['en', 'id']) {
      const r = runRekon(['init', '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      const dirHelp = r.stdout.slice(r.stdout.indexOf('--dir <dir>'), r.stdout.indexOf('--force'));
      expect(dirHelp.match(/default|bawaan/g)).toHaveLength(1);
      expect(dirHelp).not.toContain('"."');
    }
  });
});
