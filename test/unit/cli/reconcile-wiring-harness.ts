/**
 * Runs rekon's commands in-process on a fake terminal (TTY or not, --quiet, colour), for the wiring
 * audits (the e2e runs never have a TTY). Exit codes and error codes as main.ts decides them.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { parse } from 'csv-parse/sync';
import type { CliContext } from '../../../src/cli/cli-context.js';
import { runCommandLine } from '../../../src/cli/main.js';
import type { ReaderThread } from '../../../src/cli/reader-thread.js';
import { localSideEvents } from '../../../src/cli/side-events.js';
import type { LoadOptions } from '../../../src/io/load-sheets.js';
import type { Side } from '../../../src/table/table-layout.js';
import { createWireEncoder } from '../../../src/normalize/record-wire.js';
import { RekonError } from '../../../src/errors.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const ROSTER = join(ROOT, 'fixtures', 'roster');
export const BPJS = join(ROOT, 'fixtures', 'bpjs');

/**
 * The reader thread's protocol played in-process (side-reader-worker.ts without a thread): run from
 * the sources there is no built worker script to start.
 */
function inProcessReader(): ReaderThread {
  const emitter = new EventEmitter();
  const worker = Object.assign(emitter, {
    postMessage(m: { kind: string; jobs?: { inputs: string[]; options: Omit<LoadOptions<Side>, 'stdin'> }[] }) {
      if (m.kind !== 'start' || m.jobs === undefined) return;
      const jobs = m.jobs;
      void (async () => {
        for (let job = 0; job < jobs.length; job++) {
          const { inputs, options } = jobs[job]!;
          const encode = createWireEncoder();
          try {
            for await (const event of localSideEvents(inputs, { ...options, copiedOnArrival: true })) {
              if (event.kind === 'batch') emitter.emit('message', { job, kind: 'wire', wire: encode(event.records as never) });
              else emitter.emit('message', { job, ...event });
            }
            emitter.emit('message', { job, kind: 'end' });
          } catch (err) {
            if (err instanceof RekonError) emitter.emit('message', { job, kind: 'error', errorClass: err.constructor.name, detail: err.detail });
            else emitter.emit('message', { job, kind: 'error', errorClass: 'Error', message: String(err) });
          }
        }
      })();
    },
    ref: () => undefined,
    unref: () => undefined,
    terminate: () => Promise.resolve(0),
  });
  return { worker: worker as unknown as Worker, onError: () => undefined };
}

export interface Term {
  readonly stdoutIsTty?: boolean | undefined;
  readonly stderrIsTty?: boolean | undefined;
  readonly quiet?: boolean | undefined;
  readonly color?: boolean | undefined;
  readonly lang?: 'en' | 'id' | undefined;
  /** What the command reads on stdin (default: the test process's own stdin, never read by most commands). */
  readonly stdin?: string | undefined;
  readonly today?: string | undefined;
  readonly configPath?: string | undefined;
}

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The message code of a usage/input error (main.ts prints it as one line). */
  readonly error: string | null;
}

/** Runs one command as main.ts does (same exit-code rules), on a terminal described by `term`. */
export async function rekon(args: readonly string[], term: Term = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const quiet = term.quiet ?? false;
  const ctx: CliContext = {
    lang: term.lang ?? 'en',
    color: term.color ?? false,
    debug: false,
    quiet,
    stdoutIsTty: term.stdoutIsTty ?? false,
    stderrIsTty: term.stderrIsTty ?? false,
    showProgress: (term.stderrIsTty ?? false) && !quiet,
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    today: term.today ?? '2026-11-23',
    env: {},
    stdin: term.stdin === undefined ? process.stdin : Readable.from(term.stdin === '' ? [] : [Buffer.from(term.stdin)]),
    configPath: term.configPath,
    readerThread: inProcessReader(),
  };
  // As main.ts runs it: the same exit-code rules and one-line errors.
  const { exitCode: code, thrown } = await runCommandLine(ctx, args);
  const error = thrown instanceof RekonError ? thrown.detail.code : null;
  return { code, stdout, stderr, error };
}

export type Row = Record<string, string>;
export const rows = (text: string): Row[] => parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Row[];

/** A small CSV roster (synthetic NIKs) in its own folder. */
export function smallRoster(dir: string, name = 'roster.csv'): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, 'NAMA,NIK,TGL LAHIR,OPD,GAJI\nSITI AMINAH,3273014501900001,05-01-1990,DINAS A,2000000\nBUDI SANTOSO,3273011203850002,12-03-1985,DINAS A,2000000\n');
  return path;
}
