import { describe, expect, it } from 'vitest';
import { Environment, FilterStore, Store } from '../../../engine/kernel/index.js';
import type { SimEvent } from '../../../engine/kernel/index.js';

type Gen = Generator<SimEvent<unknown>, void, unknown>;

describe('Store and FilterStore', () => {
  it('Store: FIFO items, get waits when empty, put waits when full (trace)', () => {
    const env = new Environment();
    const lots = new Store<string>(env, { capacity: 2 });
    const trace: unknown[] = [];
    env.process(
      (function* (): Gen {
        for (const lot of ['L1', 'L2', 'L3']) {
          yield lots.put(lot);
          trace.push(['put', lot, env.now]);
        }
      })(),
    );
    env.process(
      (function* (): Gen {
        yield env.timeout(5);
        for (let i = 0; i < 3; i++) trace.push(['get', yield lots.get(), env.now]);
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ['put', 'L1', 0],
      ['put', 'L2', 0],
      ['get', 'L1', 5],
      ['put', 'L3', 5],
      ['get', 'L2', 5],
      ['get', 'L3', 5],
    ]);
    expect(lots.stats.getWaitMin.count).toBe(3);
  });

  it('FilterStore: each get takes the oldest matching item; a picky get does not block others', () => {
    const env = new Environment();
    const slot = new FilterStore<{ size: string; expiry: number }>(env);
    const trace: unknown[] = [];
    env.process(
      (function* (): Gen {
        const item = yield slot.get((x) => x.size === 'L');
        trace.push(['picky', item, env.now]);
      })(),
    );
    env.process(
      (function* (): Gen {
        yield env.timeout(1);
        const item = yield slot.get();
        trace.push(['any', item, env.now]);
      })(),
    );
    env.schedule(2, () => slot.put({ size: 'S', expiry: 10 }));
    env.schedule(3, () => slot.put({ size: 'L', expiry: 20 }));
    env.run();
    expect(trace).toEqual([
      ['any', { size: 'S', expiry: 10 }, 2],
      ['picky', { size: 'L', expiry: 20 }, 3],
    ]);
  });

  it('rejects a bad capacity and a non-function filter', () => {
    const env = new Environment();
    expect(() => new Store(env, { capacity: 0 })).toThrow('Store: capacity(=0) must be an integer > 0 or Infinity');
    expect(() => new FilterStore(env, { capacity: 1.5 })).toThrow(/FilterStore: capacity\(=1.5\)/);
    expect(() => new FilterStore(env).get(5 as unknown as () => boolean)).toThrow('FilterStore.get: filter(=5) must be a function');
  });
});
