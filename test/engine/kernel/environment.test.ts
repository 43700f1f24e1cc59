import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Environment } from '../../../engine/kernel/index.js';

describe('Environment', () => {
  it('schedule() runs callbacks in time order and advances now', () => {
    const env = new Environment();
    const trace: [string, number][] = [];
    env.schedule(5, (tag: string) => trace.push([tag, env.now]), 0, 'b');
    env.schedule(1, (tag: string) => trace.push([tag, env.now]), 0, 'a');
    env.schedule(5, (tag: string) => trace.push([tag, env.now]), -1, 'urgent-b');
    env.schedule(9, () => trace.push(['c', env.now]));
    env.run();
    expect(trace).toEqual([
      ['a', 1],
      ['urgent-b', 5],
      ['b', 5],
      ['c', 9],
    ]);
    expect(env.eventsProcessed).toBe(4);
  });

  it('post() fires in the same order as schedule(), ties by priority then by call order across both, and returns nothing', () => {
    const env = new Environment();
    const trace: [string, number][] = [];
    const log = (tag: string): void => void trace.push([tag, env.now]);
    expect(env.post(5, log, 0, 'post-b')).toBeUndefined();
    env.schedule(5, log, 0, 'schedule-b');
    env.post(5, log, -1, 'post-urgent');
    env.post(1, log, 0, 'post-a');
    env.run();
    expect(trace).toEqual([
      ['post-a', 1],
      ['post-urgent', 5],
      ['post-b', 5],
      ['schedule-b', 5],
    ]);
    expect(env.eventsProcessed).toBe(4);
  });

  it.each([
    [() => new Environment().post(-1, () => undefined), /^Environment.post: delayMin\(=-1\) must be a finite number >= 0/],
    [() => new Environment().post(1, () => undefined, NaN), /^Environment.post: priority\(=NaN\) must be a number, not NaN/],
  ])('post() rejects a bad delay or priority with its own name (case %#)', (call, message) => {
    expect(call).toThrow(message);
  });

  it('startMin sets the clock; run({ until }) stops before later events and sets now to until', () => {
    const env = new Environment({ startMin: 100 });
    const seen: number[] = [];
    env.schedule(10, () => seen.push(env.now));
    env.schedule(30, () => seen.push(env.now));
    env.run({ until: 120 });
    expect(seen).toEqual([110]);
    expect(env.now).toBe(120);
    expect(env.peek()).toBe(130);
    env.run();
    expect(seen).toEqual([110, 130]);
  });

  it('an event exactly at until is processed', () => {
    const env = new Environment();
    let fired = false;
    env.schedule(10, () => (fired = true));
    env.run({ until: 10 });
    expect(fired).toBe(true);
  });

  it('cancel() removes a pending event once and is false afterwards or for fired events', () => {
    const env = new Environment();
    const seen: string[] = [];
    const a = env.schedule(1, () => seen.push('a'));
    const b = env.schedule(2, () => seen.push('b'));
    expect(env.cancel(a)).toBe(true);
    expect(env.cancel(a)).toBe(false);
    expect(env.peek()).toBe(2);
    env.run();
    expect(env.cancel(b)).toBe(false);
    expect(seen).toEqual(['b']);
    expect(env.eventsProcessed).toBe(1);
  });

  it('a stale id never cancels the event that reused its slot', () => {
    const env = new Environment();
    const first = env.schedule(1, () => undefined);
    env.run();
    let fired = false;
    env.schedule(1, () => (fired = true));
    expect(env.cancel(first)).toBe(false);
    env.run();
    expect(fired).toBe(true);
  });

  it('step() processes one event, peek() shows the next, Infinity when empty', () => {
    const env = new Environment();
    expect(env.peek()).toBe(Infinity);
    expect(env.step()).toBe(false);
    env.schedule(3, () => undefined);
    env.schedule(4, () => undefined);
    expect(env.peek()).toBe(3);
    expect(env.step()).toBe(true);
    expect(env.now).toBe(3);
    expect(env.peek()).toBe(4);
  });

  it('stop() ends run after the current event', () => {
    const env = new Environment();
    const seen: number[] = [];
    for (let i = 1; i <= 5; i++) env.schedule(i, () => { seen.push(i); if (i === 2) env.stop(); });
    env.run({ until: 100 });
    expect(seen).toEqual([1, 2]);
    expect(env.now).toBe(2);
    env.run();
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    [-1, /Environment.schedule: delayMin\(=-1\) must be a finite number >= 0/],
    [NaN, /delayMin\(=NaN\)/],
    [Infinity, /delayMin\(=Infinity\)/],
  ])('schedule(%s) throws a clear message', (delay, message) => {
    const env = new Environment();
    expect(() => env.schedule(delay, () => undefined)).toThrow(message);
  });

  it('run({ until }) in the past throws', () => {
    const env = new Environment({ startMin: 10 });
    expect(() => env.run({ until: 5 })).toThrow(/Environment.run: until\(=5\) must be a number >= now\(=10\)/);
  });

  it('property: events run in non-decreasing time, ties by priority then insertion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ delay: fc.integer({ min: 0, max: 20 }), prio: fc.integer({ min: -2, max: 2 }) }), { maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 50 }),
        (items, cancels) => {
          const env = new Environment();
          const fired: { t: number; prio: number; index: number }[] = [];
          const ids = items.map((it, index) => env.schedule(it.delay, () => fired.push({ t: env.now, prio: it.prio, index }), it.prio));
          const cancelled = new Set<number>();
          for (const c of cancels) if (items.length > 0) {
            const k = c % items.length;
            if (env.cancel(ids[k])) cancelled.add(k);
          }
          env.run();
          const expected = items
            .map((it, index) => ({ t: it.delay, prio: it.prio, index }))
            .filter((e) => !cancelled.has(e.index))
            .sort((a, b) => a.t - b.t || a.prio - b.prio || a.index - b.index);
          expect(fired).toEqual(expected);
        },
      ),
    );
  });

  it('property: callbacks scheduling callbacks keep the order (nested, growing calendar)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3000 }), (delays) => {
        const env = new Environment();
        const times: number[] = [];
        let i = 0;
        const next = (): void => {
          times.push(env.now);
          if (i < delays.length) env.schedule(delays[i++], next);
          if (i < delays.length) env.schedule(delays[i++] + 3, next);
        };
        env.schedule(0, next);
        env.run();
        for (let k = 1; k < times.length; k++) expect(times[k]).toBeGreaterThanOrEqual(times[k - 1]);
      }),
      { numRuns: 30 },
    );
  });
});
