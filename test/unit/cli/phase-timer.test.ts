import { describe, expect, it } from 'vitest';
import { phaseTimer } from '../../../src/cli/phase-timer.js';

describe('phaseTimer', () => {
  it('is silent without --debug', () => {
    const lines: string[] = [];
    phaseTimer({ debug: false, err: (t) => lines.push(t) })('roster read');
    expect(lines).toEqual([]);
  });

  it('with --debug, says each phase with its seconds and memory on stderr', () => {
    const lines: string[] = [];
    const mark = phaseTimer({ debug: true, err: (t) => lines.push(t) });
    mark('roster read');
    mark('matched');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^rekon: debug: roster read \d+\.\d\d s \(heap \d+ MiB, rss \d+ MiB\)\n$/);
    expect(lines[1]).toMatch(/^rekon: debug: matched /);
  });
});
