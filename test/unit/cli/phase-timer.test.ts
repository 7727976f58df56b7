import { describe, expect, it } from 'vitest';
import { phaseTimer } from '../../../src/cli/phase-timer.js';

describe('phaseTimer', () => {
  it('is silent without --debug', () => {
    const lines: string[] = [];
    phaseTimer({ debug: false, lang: 'en', err: (t) => lines.push(t) })('roster_read');
    expect(lines).toEqual([]);
  });

  it('with --debug, says each phase with its seconds and memory on stderr', () => {
    const lines: string[] = [];
    const mark = phaseTimer({ debug: true, lang: 'en', err: (t) => lines.push(t) });
    mark('roster_read');
    mark('matched');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^rekon: debug: roster read \d+\.\d\d s \(heap \d+ MiB, rss \d+ MiB\)\n$/);
    expect(lines[1]).toMatch(/^rekon: debug: matched /);
  });

  it('speaks Indonesian with --lang id', () => {
    const lines: string[] = [];
    phaseTimer({ debug: true, lang: 'id', err: (t) => lines.push(t) })('reported');
    expect(lines[0]).toMatch(/^rekon: debug: laporan ditulis \d+\.\d\d dtk \(heap \d+ MiB, rss \d+ MiB\)\n$/);
  });
});
