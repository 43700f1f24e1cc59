import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Container, Environment } from '../../../engine/kernel/index.js';
import type { SimEvent } from '../../../engine/kernel/index.js';

type Gen = Generator<SimEvent<unknown>, void, unknown>;

describe('Container', () => {
  it('get() waits for enough level, put() waits for room (trace)', () => {
    const env = new Environment();
    const pads = new Container(env, { capacity: 10, init: 2 });
    const trace: [string, number, number][] = [];
    env.process(
      (function* (): Gen {
        yield pads.get(5);
        trace.push(['got 5', env.now, pads.level]);
      })(),
    );
    env.process(
      (function* (): Gen {
        yield env.timeout(3);
        yield pads.put(8);
        trace.push(['put 8', env.now, pads.level]);
        yield pads.put(9);
        trace.push(['put 9', env.now, pads.level]);
      })(),
    );
    env.process(
      (function* (): Gen {
        yield env.timeout(7);
        yield pads.get(4);
        trace.push(['got 4', env.now, pads.level]);
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ['put 8', 3, 5],
      ['got 5', 3, 5],
      ['got 4', 7, 10],
      ['put 9', 7, 10],
    ]);
    expect(pads.stats.getWaitMin.count).toBe(2);
  });

  it('rejects bad options and amounts with named messages', () => {
    const env = new Environment();
    expect(() => new Container(env, { capacity: -1 })).toThrow('Container: capacity(=-1) must be > 0');
    expect(() => new Container(env, { capacity: 5, init: 6 })).toThrow('Container: init(=6) must be in [0, capacity(=5)]');
    expect(() => new Container(env, { discrete: true, init: 1.5 })).toThrow(/integer/);
    const c = new Container(env, { capacity: 5, discrete: true });
    expect(() => c.get(-1)).toThrow('Container.get: amount(=-1) must be > 0');
    expect(() => c.put(6)).toThrow('Container.put: amount(=6) must be <= capacity(=5)');
    expect(() => c.put(0.5)).toThrow(/integer for a discrete container/);
  });

  it('cancel() withdraws a waiting get', () => {
    const env = new Environment();
    const c = new Container(env, { capacity: 5 });
    const g = c.get(3);
    expect(c.cancel(g)).toBe(true);
    c.put(4);
    env.run();
    expect(c.level).toBe(4);
    expect(g.triggered).toBe(false);
  });

  it('property: the level stays within [0, capacity] under random puts and gets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 50 }), put: fc.boolean(), amount: fc.integer({ min: 1, max: 20 }) }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (ops, init) => {
          const env = new Environment();
          const c = new Container(env, { capacity: 20, init, discrete: true });
          const levels: number[] = [];
          for (const op of ops) {
            env.schedule(op.at, () => {
              const ev = op.put ? c.put(op.amount) : c.get(op.amount);
              ev.addCallback(() => levels.push(c.level));
              levels.push(c.level);
            });
          }
          env.run();
          for (const l of levels) {
            expect(l).toBeGreaterThanOrEqual(0);
            expect(l).toBeLessThanOrEqual(20);
          }
          expect(c.stats.level.max).toBeLessThanOrEqual(20);
          expect(c.stats.level.min).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
