import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Environment, Interrupt, PreemptiveResource, PriorityResource, Resource, Roster } from '../../../engine/kernel/index.js';
import type { Preempted, SimEvent } from '../../../engine/kernel/index.js';

type Gen = Generator<SimEvent<unknown>, void, unknown>;

describe('Resource', () => {
  it('serves requests FIFO up to capacity (trace)', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 2 });
    const trace: [string, string, number][] = [];
    function* user(name: string, arriveMin: number, holdMin: number): Gen {
      yield env.timeout(arriveMin);
      const req = res.request();
      yield req;
      trace.push([name, 'got', env.now]);
      yield env.timeout(holdMin);
      res.release(req);
      trace.push([name, 'left', env.now]);
    }
    env.process(user('a', 0, 5));
    env.process(user('b', 1, 5));
    env.process(user('c', 2, 1));
    env.process(user('d', 3, 1));
    env.run();
    expect(trace).toEqual([
      ['a', 'got', 0],
      ['b', 'got', 1],
      ['a', 'left', 5],
      ['c', 'got', 5],
      ['b', 'left', 6],
      ['c', 'left', 6],
      ['d', 'got', 6],
      ['d', 'left', 7],
    ]);
  });

  it('keeps wait, queue-length, busy and utilisation statistics', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1, keepWaitSamples: true });
    function* user(arrive: number): Gen {
      yield env.timeout(arrive);
      const req = res.request();
      yield req;
      yield env.timeout(4);
      res.release(req);
    }
    env.process(user(0));
    env.process(user(1));
    env.run({ until: 10 });
    expect(res.stats.waitMin.values()).toEqual([0, 3]);
    expect(res.stats.queueLength.mean(10)).toBeCloseTo(3 / 10);
    expect(res.stats.busy.mean(10)).toBeCloseTo(8 / 10);
    expect(res.utilisation()).toBeCloseTo(0.8);
    res.resetStatistics();
    expect(res.stats.waitMin.count).toBe(0);
  });

  it('release() of a waiting request withdraws it; releasing twice is a no-op', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const a = res.request();
    const b = res.request();
    expect(res.queued).toBe(1);
    res.release(b);
    expect(res.queued).toBe(0);
    res.release(a);
    res.release(a);
    expect(res.count).toBe(0);
  });

  it('PriorityResource serves lower priority numbers first, FIFO among equals', () => {
    const env = new Environment();
    const res = new PriorityResource(env, { capacity: 1 });
    const order: string[] = [];
    function* user(name: string, prio: number, arrive: number): Gen {
      yield env.timeout(arrive);
      const req = res.request({ priority: prio });
      yield req;
      order.push(name);
      yield env.timeout(10);
      res.release(req);
    }
    env.process(user('first', 5, 0));
    env.process(user('low', 3, 1));
    env.process(user('urgent', 0, 2));
    env.process(user('low2', 3, 3));
    env.run();
    expect(order).toEqual(['first', 'urgent', 'low', 'low2']);
  });

  it('PreemptiveResource evicts a worse-priority holder, who gets Interrupt(Preempted)', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1 });
    const trace: unknown[] = [];
    function* user(name: string, prio: number, arrive: number, hold: number): Gen {
      yield env.timeout(arrive);
      const req = res.request({ priority: prio });
      yield req;
      trace.push([name, 'got', env.now]);
      try {
        yield env.timeout(hold);
        res.release(req);
        trace.push([name, 'done', env.now]);
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        const cause = e.cause as Preempted;
        trace.push([name, 'preempted', env.now, cause.usageSinceMin]);
      }
    }
    env.process(user('restock', 2, 0, 10));
    env.process(user('mother', 0, 3, 2));
    env.run();
    expect(trace).toEqual([
      ['restock', 'got', 0],
      ['restock', 'preempted', 3, 0],
      ['mother', 'got', 3],
      ['mother', 'done', 5],
    ]);
  });

  it('follows a roster; a drop does not pre-empt holders but blocks new grants', () => {
    const env = new Environment();
    const roster = new Roster({ periodMin: 100, steps: [{ atMin: 0, capacity: 2 }, { atMin: 50, capacity: 1 }] });
    const res = new Resource(env, { schedule: roster });
    const trace: [string, number][] = [];
    function* user(name: string, arrive: number, hold: number): Gen {
      yield env.timeout(arrive);
      const req = res.request();
      yield req;
      trace.push([name, env.now]);
      yield env.timeout(hold);
      res.release(req);
    }
    env.process(user('a', 40, 30)); // holds 40-70
    env.process(user('b', 45, 30)); // holds 45-75 across the drop at 50
    env.process(user('c', 55, 1)); // capacity 1, two holders: waits until both are gone
    env.run({ until: 180 });
    expect(trace).toEqual([
      ['a', 40],
      ['b', 45],
      ['c', 75],
    ]);
    expect(res.capacity).toBe(1); // 150-200 is the second half of the period
    env.run({ until: 200 });
    expect(res.capacity).toBe(2); // the step at 200 is processed (until is inclusive)
  });

  it('a roster with preemptOnDrop interrupts the latest holder at the drop', () => {
    const env = new Environment();
    const roster = new Roster({ periodMin: 100, steps: [{ atMin: 0, capacity: 2 }, { atMin: 50, capacity: 1 }], preemptOnDrop: true });
    const res = new Resource(env, { schedule: roster });
    const trace: [string, number][] = [];
    function* user(name: string, arrive: number): Gen {
      yield env.timeout(arrive);
      const req = res.request();
      yield req;
      try {
        yield env.timeout(30);
        res.release(req);
      } catch (e) {
        if (e instanceof Interrupt) trace.push([name, env.now]);
      }
    }
    env.process(user('a', 40));
    env.process(user('b', 45));
    env.run({ until: 100 });
    expect(trace).toEqual([['b', 50]]);
  });

  it('property: no grant ever exceeds capacity, with random rosters, with and without preemptOnDrop', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 300 }), hold: fc.integer({ min: 1, max: 60 }) }), { maxLength: 40 }),
        fc.boolean(),
        (caps, users, preemptOnDrop) => {
          const env = new Environment();
          const steps = caps.map((capacity, i) => ({ atMin: i * 25, capacity }));
          const res = new Resource(env, { schedule: new Roster({ periodMin: 100, steps }), preemptOnDrop });
          const violations: string[] = [];
          for (const u of users) {
            env.process(
              (function* (): Gen {
                yield env.timeout(u.at);
                const req = res.request();
                yield req;
                // At grant time the holder count never exceeds capacity.
                if (res.count > res.capacity) violations.push(`grant at ${env.now}: ${res.count} > ${res.capacity}`);
                try {
                  yield env.timeout(u.hold);
                  res.release(req);
                } catch (e) {
                  if (!(e instanceof Interrupt)) throw e;
                }
              })(),
            );
          }
          const check = (): void => {
            if (preemptOnDrop && res.count > res.capacity) violations.push(`at ${env.now}: ${res.count} > ${res.capacity}`);
            if (env.now < 400) env.schedule(0.5, check, 10);
          };
          env.schedule(0, check, 10);
          env.run({ until: 500 });
          expect(violations).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
