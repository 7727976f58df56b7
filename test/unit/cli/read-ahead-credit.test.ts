import { describe, expect, it } from 'vitest';
import { ReadAheadCredit } from '../../../src/cli/read-ahead-credit.js';

/** Takes credit `n` times, recording how many takes have resolved so far. */
function taker(credit: ReadAheadCredit, n: number): { taken: () => number; done: Promise<void> } {
  let taken = 0;
  const done = (async () => {
    for (let i = 0; i < n; i++) {
      await credit.take();
      taken++;
    }
  })();
  return { taken: () => taken, done };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ReadAheadCredit', () => {
  it('lets a reader send its initial batches, then waits for a grant', async () => {
    const credit = new ReadAheadCredit(2);
    const t = taker(credit, 5);
    await settle();
    expect(t.taken()).toBe(2);
    credit.grant(1);
    await settle();
    expect(t.taken()).toBe(3);
  });

  it('a grant of several batches (a held reader released) lets it send that many more', async () => {
    const credit = new ReadAheadCredit(1);
    const t = taker(credit, 10);
    await settle();
    expect(t.taken()).toBe(1);
    credit.grant(6);
    await settle();
    expect(t.taken()).toBe(7);
    credit.grant(3);
    await t.done;
    expect(t.taken()).toBe(10);
  });

  it('credit granted before it is needed is kept', async () => {
    const credit = new ReadAheadCredit(0);
    credit.grant(2);
    const t = taker(credit, 3);
    await settle();
    expect(t.taken()).toBe(2);
  });
});
