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
  it('lets a reader send its initial batches, then one more per grant, until it is done', async () => {
    const credit = new ReadAheadCredit(2);
    const t = taker(credit, 4);
    await settle();
    expect(t.taken()).toBe(2);
    credit.grant();
    await settle();
    expect(t.taken()).toBe(3);
    credit.grant();
    await t.done;
    expect(t.taken()).toBe(4);
  });

  it('credit granted before it is needed is kept', async () => {
    const credit = new ReadAheadCredit(0);
    credit.grant();
    credit.grant();
    const t = taker(credit, 3);
    await settle();
    expect(t.taken()).toBe(2);
  });
});
