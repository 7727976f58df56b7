// A write error on stdout (a full disk behind `> file`) ended every command with an uncaught stack trace and
// exit 1, the code README keeps for "a --fail-on condition holds"; and a reader that stopped early (`| head`)
// turned a --fail-on exit 1 into 0 (exploratory repros 02 and 09).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { StdoutGuard } from '../../../src/cli/stdout-guard.js';
import type { Lang } from '../../../src/i18n/message.js';

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code, syscall: 'write' });
}

/** A guard watching a fake stdout; what it said and the codes it exited with. */
function guarded(lang: Lang = 'en'): { stdout: EventEmitter; guard: StdoutGuard; said: string[]; exits: number[] } {
  const said: string[] = [];
  const exits: number[] = [];
  const guard = new StdoutGuard(lang, false, (t) => said.push(t), (c) => exits.push(c));
  const stdout = new EventEmitter();
  guard.watch(stdout);
  return { stdout, guard, said, exits };
}

describe('StdoutGuard', () => {
  it('says a full disk in one line and exits 2, in English and Indonesian', () => {
    for (const [lang, line] of [
      ['en', 'rekon: error: cannot write to standard output: no space left on the disk\n'],
      ['id', 'rekon: galat: tidak bisa menulis ke keluaran standar (stdout): disk penuh\n'],
    ] as const) {
      const g = guarded(lang);
      g.guard.expect(1);
      g.stdout.emit('error', errno('ENOSPC', 'ENOSPC: no space left on device, write'));
      expect(g.said).toEqual([line]);
      expect(g.exits).toEqual([2]);
    }
  });

  it('names an error it has no words for in the system words, still exit 2', () => {
    const g = guarded();
    g.stdout.emit('error', errno('EBADF', 'EBADF: bad file descriptor, write'));
    expect(g.said).toEqual(['rekon: error: cannot write to standard output: EBADF: bad file descriptor, write\n']);
    expect(g.exits).toEqual([2]);
  });

  it('ends quietly when the reader closes the pipe, with the exit code the run already had', () => {
    const quiet = guarded();
    quiet.stdout.emit('error', errno('EPIPE', 'EPIPE: broken pipe, write'));
    expect(quiet.exits).toEqual([0]);
    const failOn = guarded();
    failOn.guard.expect(1);
    failOn.guard.expect(0);
    failOn.stdout.emit('error', errno('EPIPE', 'EPIPE: broken pipe, write'));
    expect(failOn.said).toEqual([]);
    expect(failOn.exits).toEqual([1]);
  });

  it('says the line that explains the exit code before ending at EPIPE, not when the run ends with exit 2', () => {
    const closing: string[] = [];
    const cut = guarded();
    cut.guard.expect(1, () => closing.push('--fail-on condition met'));
    cut.stdout.emit('error', errno('EPIPE', 'EPIPE: broken pipe, write'));
    expect([closing, cut.exits]).toEqual([['--fail-on condition met'], [1]]);
    closing.length = 0;
    const full = guarded();
    full.guard.expect(1, () => closing.push('--fail-on condition met'));
    full.stdout.emit('error', errno('ENOSPC', 'ENOSPC: no space left on device, write'));
    expect([closing, full.exits]).toEqual([[], [2]]);
  });
});
