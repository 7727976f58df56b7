import { describe, expect, it } from 'vitest';
import { parsePhaseLine, peaksByPhase } from '../../../bench/rss-timeline.mjs';
import { msg } from '../../../src/i18n/message.js';
import { translate } from '../../../src/i18n/translate.js';

describe('rss-timeline: phase lines', () => {
  it('reads a --debug phase line in English', () => {
    expect(parsePhaseLine('rekon: debug: bpjs streamed 23.41 s (heap 1571 MiB, rss 2093 MiB)')).toEqual({ phase: 'bpjs streamed', seconds: 23.41, heapMiB: 1571, rssMiB: 2093 });
  });

  it('reads the line the CLI prints (--lang en), so a change of the catalog text breaks this test, not the tool', () => {
    const phase = translate('en', msg('debug.phase.matched'));
    const line = `rekon: ${translate('en', msg('debug.phase', { phase, seconds: '8.32', heap: 1756, rss: 2158 }))}`;
    expect(parsePhaseLine(line)).toEqual({ phase: 'matched', seconds: 8.32, heapMiB: 1756, rssMiB: 2158 });
  });

  it('ignores other stderr lines', () => {
    expect(parsePhaseLine('Reports written to /tmp/o1')).toBeNull();
    expect(parsePhaseLine('rekon: debug: roster read 1.5 dtk (heap 1 MiB, rss 2 MiB)')).toBeNull();
  });
});

describe('rss-timeline: peaks by phase', () => {
  const phases = [
    { phase: 'roster read', at: 1000 },
    { phase: 'matched', at: 3000 },
  ];

  it('gives each phase the highest sample taken while it ran, and when', () => {
    const samples = [
      { at: 200, rssMiB: 100 },
      { at: 900, rssMiB: 300 },
      { at: 1000, rssMiB: 250 },
      { at: 1500, rssMiB: 900 },
      { at: 2900, rssMiB: 400 },
      { at: 3100, rssMiB: 50 },
    ];
    expect(peaksByPhase(phases, samples)).toEqual([
      { phase: 'roster read', endMs: 1000, peakMiB: 300, peakAtMs: 900 },
      { phase: 'matched', endMs: 3000, peakMiB: 900, peakAtMs: 1500 },
      { phase: 'exit', endMs: Infinity, peakMiB: 50, peakAtMs: 3100 },
    ]);
  });

  it('leaves a phase without samples empty and drops an empty exit', () => {
    expect(peaksByPhase(phases, [{ at: 2000, rssMiB: 10 }])).toEqual([
      { phase: 'roster read', endMs: 1000, peakMiB: null, peakAtMs: null },
      { phase: 'matched', endMs: 3000, peakMiB: 10, peakAtMs: 2000 },
    ]);
  });
});
