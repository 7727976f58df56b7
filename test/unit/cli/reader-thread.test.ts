import { describe, expect, it } from 'vitest';
import { startReaderThread } from '../../../src/cli/reader-thread.js';

describe('startReaderThread', () => {
  // Run from the sources, the thread's script (built into dist/bundle/) is not beside this module, so
  // the thread fails to start: the case of a failure while nobody listens yet.
  it('keeps an error raised before anyone listens, and gives it to the first listener', async () => {
    const thread = startReaderThread();
    await new Promise<void>((resolve) => thread.worker.once('exit', () => resolve()));
    const errors: unknown[] = [];
    thread.onError((err) => errors.push(err));
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/side-reader-worker/);
  });

  it('gives a later error to the listener registered before it', async () => {
    const thread = startReaderThread();
    const errors: unknown[] = [];
    thread.onError((err) => errors.push(err));
    await new Promise<void>((resolve) => thread.worker.once('exit', () => resolve()));
    expect(errors).toHaveLength(1);
  });
});
