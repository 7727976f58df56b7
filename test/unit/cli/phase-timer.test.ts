import { describe, expect, it } from 'vitest';
import { phaseTimer, printBlockingStats } from '../../../src/cli/phase-timer.js';
import type { BlockingStats } from '../../../src/match/create-matcher.js';

describe('phaseTimer', () => {
  it('is silent without --debug', async () => {
    const lines: string[] = [];
    await phaseTimer({ debug: false, lang: 'en', err: (t) => lines.push(t) })('roster_read');
    expect(lines).toEqual([]);
  });

  it('with --debug, says each phase with its seconds and memory, then its garbage collections, on stderr', async () => {
    const lines: string[] = [];
    const mark = phaseTimer({ debug: true, lang: 'en', err: (t) => lines.push(t) });
    await mark('roster_read');
    // Enough short-lived garbage for young collections in the next phase.
    let keep = 0;
    for (let i = 0; i < 200_000; i++) keep += [i, i + 1, String(i)].length;
    expect(keep).toBe(600_000);
    await mark('matched');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^rekon: debug: roster read \d+\.\d\d s \(heap \d+ MiB, rss \d+ MiB\)\n$/);
    expect(lines[1]).toMatch(/^rekon: debug: {3}garbage collection: \d+ minor \(\d+ ms\), \d+ major \(\d+ ms\)\n$/);
    expect(lines[2]).toMatch(/^rekon: debug: matched /);
    const minor = Number(/(\d+) minor/.exec(lines[3] ?? '')?.[1]);
    expect(minor).toBeGreaterThan(0);
  });

  it('speaks Indonesian with --lang id', async () => {
    const lines: string[] = [];
    await phaseTimer({ debug: true, lang: 'id', err: (t) => lines.push(t) })('reported');
    expect(lines[0]).toMatch(/^rekon: debug: laporan ditulis \d+\.\d\d dtk \(heap \d+ MiB, rss \d+ MiB\)\n$/);
    expect(lines[1]).toMatch(/^rekon: debug: {3}pengumpulan sampah: \d+ minor \(\d+ md\), \d+ mayor \(\d+ md\)\n$/);
  });
});

describe('printBlockingStats', () => {
  const stats: BlockingStats = {
    candidatesByRule: { nik_exact: 5, nik_near: 2, nik_prefix: 0, kpj: 1, birth_date_name: 3, name_region: 0, name_full: 4 },
    skippedByRule: { nik_exact: 0, nik_near: 0, nik_prefix: 0, kpj: 0, birth_date_name: 0, name_region: 0, name_full: 7 },
    keptPairs: 9,
  };

  it('is silent without --debug', () => {
    const lines: string[] = [];
    printBlockingStats({ debug: false, lang: 'en', err: (t) => lines.push(t) }, stats);
    expect(lines).toEqual([]);
  });

  it('with --debug, gives the candidates and skipped look-ups per rule and the pairs kept, in one line', () => {
    const lines: string[] = [];
    printBlockingStats({ debug: true, lang: 'en', err: (t) => lines.push(t) }, stats);
    expect(lines).toEqual([
      'rekon: debug: candidates per rule nik_exact=5 nik_near=2 nik_prefix=0 kpj=1 birth_date_name=3 name_region=0 name_full=4; ' +
        'skipped nik_exact=0 nik_near=0 nik_prefix=0 kpj=0 birth_date_name=0 name_region=0 name_full=7; pairs kept 9\n',
    ]);
    const id: string[] = [];
    printBlockingStats({ debug: true, lang: 'id', err: (t) => id.push(t) }, stats);
    expect(id[0]).toMatch(/^rekon: debug: kandidat per aturan nik_exact=5 .*pasangan disimpan 9\n$/);
  });
});
