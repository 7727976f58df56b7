import { emitKeypressEvents, createInterface } from 'node:readline';
import type { ReviewAction } from './review-session.js';

/** What one key or one line asks for; 'unknown' gets the key list again. */
export type ReviewCommand = ReviewAction | 'unknown';

// One letter per action in both languages (the prompt shows them), plus the whole words.
const WORDS: Readonly<Record<string, ReviewAction>> = {
  a: 'accept',
  accept: 'accept',
  terima: 'accept',
  r: 'reject',
  reject: 'reject',
  tolak: 'reject',
  s: 'skip',
  skip: 'skip',
  lewati: 'skip',
  u: 'undo',
  undo: 'undo',
  batal: 'undo',
  q: 'quit',
  quit: 'quit',
  keluar: 'quit',
};

/** Maps a typed key or line to a command (case- and space-insensitive). */
export function reviewCommandOf(input: string): ReviewCommand {
  return WORDS[input.trim().toLowerCase()] ?? 'unknown';
}

/** Where the reviewer's answers come from. `next()` resolves null at end of input (Ctrl-D, end of a pipe). */
export interface ReviewInput {
  readonly interactive: boolean;
  next(): Promise<ReviewCommand | null>;
  close(): void;
}

interface RawCapable {
  readonly isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

/**
 * On a TTY: single keypresses in raw mode (Ctrl-C and Ctrl-D mean quit and save — raw mode turns
 * Ctrl-C into a key, so no signal kills the session before it saves). Otherwise one command per
 * line, so scripts and tests can drive it: `printf 'a\nr\nq\n' | rekon review …`.
 */
export function openReviewInput(stdin: NodeJS.ReadableStream): ReviewInput {
  const tty = stdin as NodeJS.ReadableStream & RawCapable;
  if (tty.isTTY === true && typeof tty.setRawMode === 'function') return keypressInput(stdin, tty);
  return lineInput(stdin);
}

function lineInput(stdin: NodeJS.ReadableStream): ReviewInput {
  const rl = createInterface({ input: stdin, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const lines = rl[Symbol.asyncIterator]();
  return {
    interactive: false,
    async next() {
      for (;;) {
        const r = await lines.next();
        if (r.done === true) return null;
        if (r.value.trim() === '') continue;
        return reviewCommandOf(r.value);
      }
    },
    close() {
      rl.close();
      stdin.pause();
    },
  };
}

function keypressInput(stdin: NodeJS.ReadableStream, tty: RawCapable): ReviewInput {
  const pending: (ReviewCommand | null)[] = [];
  let waiting: ((c: ReviewCommand | null) => void) | null = null;
  const push = (c: ReviewCommand | null): void => {
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      w(c);
    } else pending.push(c);
  };
  const onKey = (str: string | undefined, key: { name?: string; ctrl?: boolean } | undefined): void => {
    if (key?.ctrl === true && (key.name === 'c' || key.name === 'd')) push('quit');
    else push(reviewCommandOf(str ?? key?.name ?? ''));
  };
  const onEnd = (): void => push(null);
  emitKeypressEvents(stdin);
  tty.setRawMode?.(true);
  stdin.on('keypress', onKey);
  stdin.on('end', onEnd);
  stdin.resume();
  return {
    interactive: true,
    next() {
      const c = pending.shift();
      if (c !== undefined) return Promise.resolve(c);
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    close() {
      stdin.off('keypress', onKey);
      stdin.off('end', onEnd);
      tty.setRawMode?.(false);
      stdin.pause();
    },
  };
}
