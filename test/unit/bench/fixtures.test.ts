import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(REPO, 'fixtures');

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

describe('fixtures/ (made by scripts/make-fixtures.mjs)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rekon-fixtures-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('are up to date and deterministic: regenerating gives byte-identical files', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'make-fixtures.mjs'), '--out', tmp], { cwd: REPO, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const made = listFiles(tmp).map((p) => relative(tmp, p));
    const committed = listFiles(FIXTURES).map((p) => relative(FIXTURES, p));
    expect(made).toEqual(committed);
    for (const f of made) {
      expect(readFileSync(join(tmp, f)).equals(readFileSync(join(FIXTURES, f))), f).toBe(true);
    }
  });

  it('has the encodings the README promises', () => {
    const bpjs = readFileSync(join(FIXTURES, 'bpjs', 'bpjs-export.csv'));
    expect([...bpjs.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const kec = readFileSync(join(FIXTURES, 'roster', 'kecamatan-utara.csv'));
    expect(kec.includes(0xc9)).toBe(true); // "É" in Windows-1252 (DÉDÉ / ANDRÉ)
    expect(kec.toString('latin1').split('\r\n')[0]).toContain(';');
    const xlsx = readFileSync(join(FIXTURES, 'roster', 'dinas-sukamaju.xlsx'));
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const corrupt = readFileSync(join(FIXTURES, 'bad', 'corrupt.xlsx'));
    expect(corrupt.length).toBeLessThan(readFileSync(join(FIXTURES, 'bad', 'no-table.xlsx')).length);
    expect(statSync(join(FIXTURES, 'bad', 'empty.csv')).size).toBe(0);
  });

  it('contains no real-looking full NIK in the README (masked)', () => {
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/\b\d{16}\b/);
  });
});
