import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../../src/io/read-input.js';
import { inputsOnBothSides, type RepeatedInput } from '../../../src/io/repeated-inputs.js';

// Exploratory test: a BPJS export read twice (a re-download "bpjs (1).csv" in the folder, or `--bpjs B B`)
// made every worker on it a second registration, in silence.
const dir = mkdtempSync(join(tmpdir(), 'rekon-repeated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expand(inputs: string[]): Promise<{ names: string[]; repeated: RepeatedInput[] }> {
  const repeated: RepeatedInput[] = [];
  const files = await expandInputs(inputs, { allowDirectories: true, repeated });
  return { names: files.map((f) => f.name), repeated };
}

describe('expandInputs: an input given twice is read once', () => {
  const export1 = join(dir, 'bpjs.csv');
  writeFileSync(export1, 'NIK,NAMA\n3201010101900001,SITI\n');

  it('the same path twice', async () => {
    expect(await expand([export1, export1])).toEqual({ names: [export1], repeated: [{ name: export1, sameAs: export1, why: 'same_file' }] });
  });

  it('the same file by a relative path, a symbolic link, and from a folder listing', async () => {
    const link = join(dir, 'link-to-bpjs.csv');
    symlinkSync(export1, link);
    const rel = relative(process.cwd(), export1);
    const { names, repeated } = await expand([rel, link, export1]);
    expect(names).toEqual([rel]);
    expect(repeated).toEqual([
      { name: link, sameAs: rel, why: 'same_file' },
      { name: export1, sameAs: rel, why: 'same_file' },
    ]);
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const inside = join(folder, 'a.csv');
    writeFileSync(inside, 'NIK,NAMA\n3201010101900002,ANI\n');
    expect(await expand([folder, inside])).toEqual({ names: [inside], repeated: [{ name: inside, sameAs: inside, why: 'same_file' }] });
  });

  it('a copy with the same bytes (a re-download beside the export) is read once; same size, other bytes, is read', async () => {
    const folder = join(dir, 'downloads');
    mkdirSync(folder);
    writeFileSync(join(folder, 'export.csv'), 'NIK,NAMA\n3201010101900001,SITI\n');
    copyFileSync(join(folder, 'export.csv'), join(folder, 'export (1).csv'));
    writeFileSync(join(folder, 'other.csv'), 'NIK,NAMA\n3201010101900009,SITI\n');
    const { names, repeated } = await expand([folder]);
    // "export (1).csv" sorts first: it is the one read.
    expect(names).toEqual([join(folder, 'export (1).csv'), join(folder, 'other.csv')]);
    expect(repeated).toEqual([{ name: join(folder, 'export.csv'), sameAs: join(folder, 'export (1).csv'), why: 'same_content' }]);
  });

  it('stdin is kept: it cannot be compared', async () => {
    expect(await expand(['-', export1])).toEqual({ names: ['-', export1], repeated: [] });
  });
});

describe('inputsOnBothSides: a BPJS input that is a roster input again', () => {
  const sides = join(dir, 'sides');
  mkdirSync(sides);
  const roster = join(sides, 'roster.csv');
  writeFileSync(roster, 'NIK,NAMA\n3201010101900011,SITI\n');
  const other = join(sides, 'other.csv');
  writeFileSync(other, 'NIK,NAMA\n3201010101900012,SITA\n');

  it('the same file, by its path or by a link', async () => {
    const link = join(sides, 'link.csv');
    symlinkSync(roster, link);
    expect(await inputsOnBothSides([{ name: roster, path: roster }], [{ name: link, path: link }])).toEqual([{ name: link, roster, why: 'same_file' }]);
  });

  it('a copy with other bytes of the same size is not one; an exact copy is', async () => {
    const copy = join(sides, 'copy.csv');
    copyFileSync(roster, copy);
    const found = await inputsOnBothSides(
      [{ name: other, path: other }, { name: roster, path: roster }],
      [{ name: other.replace('other', 'x'), path: null }, { name: copy, path: copy }],
    );
    expect(found).toEqual([{ name: copy, roster, why: 'same_content' }]);
    // Same size, one byte different: two files.
    const near = join(sides, 'near.csv');
    writeFileSync(near, 'NIK,NAMA\n3201010101900011,SITU\n');
    expect(await inputsOnBothSides([{ name: roster, path: roster }], [{ name: near, path: near }])).toEqual([]);
  });

  it('stdin on the roster side is compared with nothing', async () => {
    expect(await inputsOnBothSides([{ name: '-', path: null }], [{ name: roster, path: roster }])).toEqual([]);
  });
});
