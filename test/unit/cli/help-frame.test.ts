// Why this file exists: src/cli/help-frame.ts re-says commander's help frame in the user's language (explore4-C/11).
// In English it must give exactly commander's own help, for every kind of option and argument commander annotates
// (choices, default, preset, env), not only those rekon's commands use today.
import { Argument, Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpFrame } from '../../../src/cli/help-frame.js';

function sample(): Command {
  const sub = new Command('sub').description('a subcommand');
  return new Command('tool')
    .description('a tool')
    .addArgument(new Argument('[mode]', 'the mode').choices(['fast', 'slow']).default('fast'))
    .addArgument(new Argument('[extra]').default(3, 'three'))
    .addOption(new Option('--format <f>', 'output format').choices(['text', 'csv']).default('text'))
    .addOption(new Option('--level [n]', 'level').preset('2').env('TOOL_LEVEL'))
    .addOption(new Option('--flag', 'a flag').default(false))
    .addOption(new Option('--bare <x>').default('x'))
    .addCommand(sub);
}

describe('helpFrame', () => {
  it('English: the same help as commander gives', () => {
    const plain = sample().helpInformation();
    expect(sample().configureHelp(helpFrame({ lang: 'en' })).helpInformation()).toBe(plain);
    expect(plain).toContain('(choices: "text", "csv", default: "text")');
  });

  it('Indonesian: headings, usage words and every annotation translated', () => {
    const out = sample().configureHelp(helpFrame({ lang: 'id' })).helpInformation();
    expect(out).toMatch(/^Pemakaian: tool \[opsi\] \[perintah\] \[mode\] \[extra\]$/m);
    for (const heading of ['Argumen:', 'Opsi:', 'Perintah:']) expect(out).toMatch(new RegExp(`^${heading.replace(/[[\]]/g, '\\$&')}$`, 'm'));
    const flat = out.replace(/\s+/g, ' ');
    expect(flat).toContain('the mode (pilihan: "fast", "slow", bawaan: "fast")');
    expect(flat).toContain('(bawaan: three)');
    expect(flat).toContain('output format (pilihan: "text", "csv", bawaan: "text")');
    expect(flat).toContain('level (bila tanpa nilai: "2", variabel lingkungan: TOOL_LEVEL)');
    expect(flat).toContain('a flag (bawaan: false)');
    expect(flat).toContain('--bare <x> (bawaan: "x")');
    expect(flat).toContain('help [perintah]');
    expect(out).not.toMatch(/Usage:|Options:|Arguments:|Commands:|choices|default|preset|env:|\[options\]|\[command\]/);
  });
});
