import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Environment, Exponential, Interrupt, RandomStreams, Resource } from '../../../engine/kernel/index.js';
import type { SimEvent } from '../../../engine/kernel/index.js';

describe('Process', () => {
  it('timeouts resume the generator at the right times (trace)', () => {
    const env = new Environment();
    const trace: [string, number][] = [];
    function* walker(tag: string, step: number): Generator<SimEvent<unknown>, void, unknown> {
      for (let i = 0; i < 3; i++) {
        trace.push([tag, env.now]);
        yield env.timeout(step);
      }
    }
    env.process(walker('a', 2));
    env.process(walker('b', 3));
    env.run();
    expect(trace).toEqual([
      ['a', 0],
      ['b', 0],
      ['a', 2],
      ['b', 3],
      ['a', 4],
      ['b', 6],
    ]);
  });

  it('a process is an event carrying its return value; timeout values are passed back', () => {
    const env = new Environment();
    const trace: unknown[] = [];
    const child = env.process(
      (function* () {
        const v = yield env.timeout(4, 'done');
        return `child:${String(v)}`;
      })(),
    );
    env.process(
      (function* () {
        const r = yield child;
        trace.push([r, env.now]);
      })(),
    );
    env.run();
    expect(trace).toEqual([['child:done', 4]]);
    expect(child.value).toBe('child:done');
  });

  it('yielding an already processed event resumes at once', () => {
    const env = new Environment();
    const trace: [string, number][] = [];
    const t = env.timeout(1);
    env.process(
      (function* () {
        yield env.timeout(5);
        yield t;
        trace.push(['after', env.now]);
      })(),
    );
    env.run();
    expect(trace).toEqual([['after', 5]]);
  });

  it('interrupt() throws Interrupt with its cause at the yield; the process can carry on', () => {
    const env = new Environment();
    const trace: unknown[] = [];
    const nurse = env.process(
      (function* () {
        try {
          yield env.timeout(10);
          trace.push(['finished', env.now]);
        } catch (e) {
          if (!(e instanceof Interrupt)) throw e;
          trace.push(['interrupted', env.now, e.cause]);
          yield env.timeout(1);
          trace.push(['resumed', env.now]);
        }
      })(),
    );
    env.process(
      (function* () {
        yield env.timeout(3);
        nurse.interrupt('bell');
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ['interrupted', 3, 'bell'],
      ['resumed', 4],
    ]);
  });

  it('interrupting a finished process or oneself throws', () => {
    const env = new Environment();
    const p = env.process((function* () { yield env.timeout(1); })());
    env.run();
    expect(() => p.interrupt()).toThrow(/Process.interrupt: process process has terminated/);
    const holder: { self?: { interrupt(): void } } = {};
    holder.self = env.process(
      (function* (): Generator<SimEvent<unknown>, void, unknown> {
        yield env.timeout(0);
        holder.self!.interrupt();
      })(),
    );
    expect(() => env.run()).toThrow(/may not interrupt itself/);
  });

  it('an uncaught error in a process stops run; a waiting process can catch it', () => {
    const env = new Environment();
    const failing = env.process(
      (function* () {
        yield env.timeout(1);
        throw new Error('jam');
      })(),
    );
    const caught: unknown[] = [];
    env.process(
      (function* () {
        try {
          yield failing;
        } catch (e) {
          caught.push((e as Error).message, env.now);
        }
      })(),
    );
    env.run();
    expect(caught).toEqual(['jam', 1]);
    const env2 = new Environment();
    env2.process((function* () { yield env2.timeout(1); throw new Error('unhandled'); })());
    expect(() => env2.run()).toThrow('unhandled');
  });

  it('allOf waits for all, anyOf for the first; values map events to values', () => {
    const env = new Environment();
    const trace: unknown[] = [];
    env.process(
      (function* () {
        const a = env.timeout(2, 'a');
        const b = env.timeout(5, 'b');
        const any = (yield env.anyOf([a, b])) as Map<SimEvent<unknown>, unknown>;
        trace.push(['any', env.now, [...any.values()]]);
        const all = (yield env.allOf([a, b])) as Map<SimEvent<unknown>, unknown>;
        trace.push(['all', env.now, [...all.values()]]);
        const none = (yield env.allOf([])) as Map<SimEvent<unknown>, unknown>;
        trace.push(['empty', env.now, none.size]);
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ['any', 2, ['a']],
      ['all', 5, ['a', 'b']],
      ['empty', 5, 0],
    ]);
  });

  it('event().succeed() wakes waiters with the value; fail() throws into them', () => {
    const env = new Environment();
    const trace: unknown[] = [];
    const signal = env.event<string>();
    const alarm = env.event<string>();
    env.process((function* () { trace.push(['got', yield signal, env.now]); })());
    env.process((function* () { try { yield alarm; } catch (e) { trace.push(['alarm', e, env.now]); } })());
    env.schedule(7, () => { signal.succeed('restocked'); alarm.fail('fire'); });
    env.run();
    expect(trace).toEqual([['got', 'restocked', 7], ['alarm', 'fire', 7]]);
    expect(() => signal.succeed('again')).toThrow(/already been triggered/);
  });

  it('addCallback() on an already processed event throws instead of never calling back', () => {
    const env = new Environment();
    const t = env.timeout(1);
    const seen: number[] = [];
    t.addCallback(() => seen.push(env.now));
    env.run();
    expect(seen).toEqual([1]);
    expect(t.processed).toBe(true);
    expect(() => t.addCallback(() => seen.push(-1))).toThrow('SimEvent.addCallback: the event has already been processed');
  });

  it('yielding a non-event throws a TypeError into the generator', () => {
    const env = new Environment();
    const seen: string[] = [];
    env.process(
      (function* (): Generator<SimEvent<unknown>, void, unknown> {
        try {
          yield 42 as unknown as SimEvent<unknown>;
        } catch (e) {
          seen.push((e as Error).message);
        }
      })(),
    );
    env.run();
    expect(seen[0]).toMatch(/yielded a non-event \(42\)/);
  });
});

describe('determinism', () => {
  it('property: the same seed gives the same trace (processes, resource, random streams)', () => {
    const trace = (seed: number): string[] => {
      const env = new Environment();
      const streams = new RandomStreams(seed, 0);
      const res = new Resource(env, { capacity: 2 });
      const gap = new Exponential({ mean: 2 });
      const out: string[] = [];
      env.process(
        (function* (): Generator<SimEvent<unknown>, void, unknown> {
          for (let i = 0; i < 40; i++) {
            yield env.timeout(gap.sample(streams.stream('arrivals')));
            env.process(
              (function* (): Generator<SimEvent<unknown>, void, unknown> {
                const req = res.request();
                yield req;
                out.push(`${i} start ${env.now}`);
                yield env.timeout(gap.sample(streams.stream('service')));
                res.release(req);
                out.push(`${i} end ${env.now}`);
              })(),
            );
          }
        })(),
      );
      env.run();
      return out;
    };
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(trace(seed)).toEqual(trace(seed));
      }),
      { numRuns: 30 },
    );
    expect(trace(1)).not.toEqual(trace(2));
  });
});
