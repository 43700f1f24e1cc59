import { describe, expect, it } from 'vitest';
import { erlangC } from '../../../engine/kernel/index.js';

describe('erlangC()', () => {
  it.each([
    // [lambda, mu, c, probabilityOfWait, meanWait] worked out by hand
    { lambda: 0.5, mu: 1, c: 1, pWait: 0.5, meanWait: 1 }, // M/M/1: C = rho, Wq = rho / (mu - lambda)
    { lambda: 0.9, mu: 1, c: 1, pWait: 0.9, meanWait: 9 },
    { lambda: 1, mu: 1, c: 2, pWait: 1 / 3, meanWait: 1 / 3 }, // a = 1: C = (1/2 * 2) / (1 + 1 + 1)
    { lambda: 2, mu: 1, c: 3, pWait: 4 / 9, meanWait: 4 / 9 }, // a = 2: tail (8/6)·3 = 4, C = 4 / (1 + 2 + 2 + 4)
    { lambda: 0, mu: 2, c: 4, pWait: 0, meanWait: 0 },
  ])('erlangC($lambda, $mu, $c) gives C = $pWait and Wq = $meanWait', ({ lambda, mu, c, pWait, meanWait }) => {
    const q = erlangC(lambda, mu, c);
    expect(q.probabilityOfWait).toBeCloseTo(pWait, 12);
    expect(q.meanWait).toBeCloseTo(meanWait, 12);
    expect(q.rho).toBeCloseTo(lambda / (c * mu), 15);
    expect(q.waitRate).toBe(c * mu - lambda);
    expect(q.meanQueueLength).toBeCloseTo(lambda * meanWait, 12);
  });

  it.each([
    [[1, 1, 1], 'erlangC: load rho(=1) must be < 1'],
    [[-1, 1, 1], 'erlangC: lambda(=-1) must be a finite number >= 0'],
    [[1, 0, 2], 'erlangC: mu(=0) must be a finite number > 0'],
    [[1, 1, 0], 'erlangC: c(=0) must be an integer >= 1'],
    [[1, 1, 2.5], 'erlangC: c(=2.5) must be an integer >= 1'],
  ] as const)('erlangC(%j) throws %s', ([lambda, mu, c], message) => {
    expect(() => erlangC(lambda, mu, c)).toThrow(new RangeError(message));
  });
});
