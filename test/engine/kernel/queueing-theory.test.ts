import { describe, expect, it } from 'vitest';
import { Environment, erlangC, Exponential, RandomStreams, Resource, Tally } from '../../../engine/kernel/index.js';
import type { SimEvent } from '../../../engine/kernel/index.js';

type Gen = Generator<SimEvent<unknown>, void, unknown>;

const REPLICATIONS = 20;
const WARMUP_MIN = 1_000;
const RUN_MIN = 11_000;
const T_975_DF19 = 2.093;

/** One replication of M/M/c built from generator processes and a Resource. */
function replicate(c: number, lambda: number, mu: number, replication: number): { meanWait: number; lq: number; throughput: number } {
  const env = new Environment();
  const streams = new RandomStreams('mmc-theory', replication);
  const arrivals = streams.stream('arrivals');
  const services = streams.stream('services');
  const gap = new Exponential({ rate: lambda });
  const service = new Exponential({ rate: mu });
  const counter = new Resource(env, { capacity: c });
  function* customer(): Gen {
    const req = counter.request();
    yield req;
    yield env.timeout(service.sample(services));
    counter.release(req);
  }
  env.process(
    (function* (): Gen {
      for (;;) {
        yield env.timeout(gap.sample(arrivals));
        env.process(customer());
      }
    })(),
  );
  env.run({ until: WARMUP_MIN });
  counter.resetStatistics();
  env.run({ until: RUN_MIN });
  const w = counter.stats.waitMin;
  return { meanWait: w.mean, lq: counter.stats.queueLength.mean(env.now), throughput: w.count / (RUN_MIN - WARMUP_MIN) };
}

describe('queueing theory', () => {
  it.each([
    [1, 0.5],
    [1, 0.7],
    [1, 0.85],
    [3, 0.5],
    [3, 0.7],
    [3, 0.85],
  ])('M/M/%i at rho=%s: mean wait over replications has Erlang C in its 95-percent CI; Little holds', (c, rho) => {
    const mu = 1;
    const lambda = rho * c * mu;
    const theory = erlangC(lambda, mu, c);
    const waits = new Tally();
    for (let r = 0; r < REPLICATIONS; r++) {
      const rep = replicate(c, lambda, mu, r + 100 * c + Math.round(rho * 100));
      waits.add(rep.meanWait);
      // Little's law on the kernel's own statistics: Lq = throughput · Wq (window edge effects only).
      expect(Math.abs(rep.lq - rep.throughput * rep.meanWait)).toBeLessThan(0.03 * rep.lq + 0.01);
    }
    const half = (T_975_DF19 * waits.sd) / Math.sqrt(REPLICATIONS);
    expect(theory.meanWait).toBeGreaterThanOrEqual(waits.mean - half);
    expect(theory.meanWait).toBeLessThanOrEqual(waits.mean + half);
    // The interval must also be tight enough to mean something.
    expect(half).toBeLessThan(0.15 * theory.meanWait);
  });
});
