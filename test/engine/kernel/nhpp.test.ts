import { describe, expect, it } from 'vitest';
import { PiecewiseNhpp, RandomStreams } from '../../../engine/kernel/index.js';

// An hourly day profile with a 04:00 peak, a quiet afternoon and one empty hour.
const hourly = Array.from({ length: 24 }, (_, h) => (h === 14 ? 0 : 0.02 + 0.03 * Math.exp(-((h - 4) ** 2) / 8)));

describe('PiecewiseNhpp', () => {
  it.each(['thinning', 'inversion'] as const)('%s: counts per hour match the rate profile (Poisson, within 4.5 sd)', (method) => {
    const nhpp = new PiecewiseNhpp({ stepMin: 60, ratesPerMin: hourly, periodic: true, method });
    const rng = new RandomStreams(11, 0).stream(`nhpp-${method}`);
    const days = 400;
    const counts = new Array<number>(24).fill(0);
    let t = 0;
    for (;;) {
      t = nhpp.nextArrival(rng, t);
      if (t >= days * 1440) break;
      counts[Math.floor((t % 1440) / 60)]++;
    }
    for (let h = 0; h < 24; h++) {
      const expected = hourly[h] * 60 * days;
      expect(Math.abs(counts[h] - expected)).toBeLessThanOrEqual(4.5 * Math.sqrt(expected) + 1e-9);
    }
    expect(counts[14]).toBe(0);
  });

  it('non-periodic: Infinity after the profile ends', () => {
    const nhpp = new PiecewiseNhpp({ stepMin: 10, ratesPerMin: [1, 1] });
    const rng = new RandomStreams(1, 0).stream('end');
    let t = 0;
    let n = 0;
    while ((t = nhpp.nextArrival(rng, t)) < Infinity) n++;
    expect(n).toBeGreaterThan(0);
    expect(nhpp.nextArrival(rng, 25)).toBe(Infinity);
    expect(nhpp.rateAt(25)).toBe(0);
  });

  it('expectedCount integrates the rate; rateAt wraps when periodic', () => {
    const nhpp = new PiecewiseNhpp({ stepMin: 60, ratesPerMin: [0.5, 0, 1], periodic: true });
    expect(nhpp.expectedCount(30, 150)).toBeCloseTo(0.5 * 30 + 0 + 1 * 30);
    expect(nhpp.rateAt(180 + 130)).toBe(1);
    expect(nhpp.rateAt(-10)).toBe(1);
  });

  it('inversion skips whole quiet periods and stays exact (far arrival with a sparse profile)', () => {
    const nhpp = new PiecewiseNhpp({ stepMin: 60, ratesPerMin: [1e-4, 0, 0], periodic: true, method: 'inversion' });
    const rng = new RandomStreams(3, 0).stream('sparse');
    const t = nhpp.nextArrival(rng, 0);
    expect(Number.isFinite(t)).toBe(true);
    expect(t % 180).toBeLessThan(60);
  });

  it.each([
    [{ stepMin: 0, ratesPerMin: [1] }, 'PiecewiseNhpp: stepMin(=0) must be > 0'],
    [{ stepMin: 60, ratesPerMin: [] }, 'PiecewiseNhpp: ratesPerMin(=[]) must be a non-empty array'],
    [{ stepMin: 60, ratesPerMin: [1, -0.5] }, 'PiecewiseNhpp: ratesPerMin[1](=-0.5) must be >= 0'],
    [{ stepMin: 60, ratesPerMin: [0, 0] }, 'PiecewiseNhpp: ratesPerMin(=[0,0]) must contain at least one rate > 0'],
  ])('rejects %j', (options, message) => {
    expect(() => new PiecewiseNhpp(options)).toThrow(message);
  });
});
