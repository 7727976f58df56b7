// Why this file exists: exploratory repro explore4-C/11. With --lang id the descriptions of --help were
// Indonesian, but commander's frame around them stayed English ("Usage:", "Options:", "Arguments:",
// "Commands:", "(choices: …, default: …)", "[options]"). The frame now follows the language; English help is
// commander's own, as before.
import { describe, expect, it } from 'vitest';
import { runRekon } from './run-rekon.js';

/** Words of commander's English frame, as it writes them. */
const ENGLISH_FRAME = [/^Usage:/m, /^Options:/m, /^Arguments:/m, /^Commands:/m, /^Global Options:/m, /\bchoices:/, /\bdefault:/, /\[options\]/, /\[command\]/, /show help/, /print the version/];

describe('--help under --lang id has no English frame', () => {
  it.each([[['reconcile']], [['diff']], [['review']], [['budget']], [['inspect']], [['nik']], [['init']], [[]], [['help', 'diff']]])('rekon %j --help --lang id', (args) => {
    const r = runRekon([...args, ...(args[0] === 'help' ? [] : ['--help']), '--lang', 'id']);
    expect(r.code).toBe(0);
    for (const word of ENGLISH_FRAME) expect(r.stdout, String(word)).not.toMatch(word);
    expect(r.stdout).toMatch(/^Pemakaian: rekon/);
    expect(r.stdout).toMatch(/^Opsi:$/m);
  });

  it('reconcile: headings, [opsi] and the choices of --format in Indonesian', () => {
    const out = runRekon(['reconcile', '--help', '--lang', 'id']).stdout;
    expect(out).toMatch(/^Pemakaian: rekon reconcile \[opsi\]$/m);
    expect(out.replace(/\s+/g, ' ')).toContain('format keluaran: text | csv | json (pilihan: "text", "csv", "json", bawaan: "text")');
    expect(out).toMatch(/-h, --help\s+tampilkan bantuan/);
  });

  it('diff: the arguments heading; the top level: the commands heading, [perintah] and the version option', () => {
    expect(runRekon(['diff', '--help', '--lang', 'id']).stdout).toMatch(/^Argumen:\n {2}previous /m);
    const top = runRekon(['--help', '--lang', 'id']).stdout;
    expect(top).toMatch(/^Pemakaian: rekon \[opsi\] \[perintah\]$/m);
    expect(top).toMatch(/^Perintah:$/m);
    expect(top).toMatch(/-V, --version\s+tampilkan versi/);
    expect(top).toMatch(/help \[perintah\]\s+tampilkan bantuan untuk perintah/);
  });
});

describe('English --help keeps commander\'s frame', () => {
  it('reconcile', () => {
    const out = runRekon(['reconcile', '--help', '--lang', 'en']).stdout;
    expect(out).toMatch(/^Usage: rekon reconcile \[options\]\n\n/);
    expect(out).toMatch(/^Options:$/m);
    expect(out.replace(/\s+/g, ' ')).toContain('output format: text | csv | json (choices: "text", "csv", "json", default: "text")');
    expect(out).toMatch(/-h, --help\s+show help/);
    expect(out).not.toMatch(/Pemakaian|Opsi:|pilihan|bawaan/);
  });

  it('diff and the top level', () => {
    expect(runRekon(['diff', '--help', '--lang', 'en']).stdout).toMatch(/^Usage: rekon diff \[options\] <previous> <current>\n[\s\S]*^Arguments:\n {2}previous /m);
    const top = runRekon(['--help', '--lang', 'en']).stdout;
    expect(top).toMatch(/^Usage: rekon \[options\] \[command\]$/m);
    expect(top).toMatch(/^Commands:\n {2}reconcile \[options\] /m);
    expect(top).toMatch(/-V, --version\s+print the version/);
    expect(top).toMatch(/help \[command\]\s+show help for a command/);
  });
});
