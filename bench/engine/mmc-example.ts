/**
 * Runnable M/M/c example (`npx tsx bench/engine/mmc-example.ts`): companions queueing at c
 * cabinet screens, written as SimPy-style generator processes with the kernel's built-in
 * statistics, 20 replications per load, mean wait with a 95 % interval beside Erlang C.
 */
import { Environment, erlangC, Exponential, RandomStreams, Resource, Tally } from '../../engine/kernel/index.js';
import type { SimEvent } from '../../engine/kernel/index.js';

type Gen = Generator<SimEvent<unknown>, void, unknown>;

function replicate(c: number, lambdaPerMin: number, muPerMin: number, replication: number): number {
  const env = new Environment();
  const streams = new RandomStreams('mmc-example', replication);
  const gap = new Exponential({ rate: lambdaPerMin });
  const service = new Exponential({ rate: muPerMin });
  const screens = new Resource(env, { capacity: c, name: 'cabinet screens' });

  function* companion(): Gen {
    const req = screens.request();
    yield req; // queue for a screen
    yield env.timeout(service.sample(streams.stream('service'))); // dispense
    screens.release(req);
  }
  env.process(
    (function* (): Gen {
      for (;;) {
        yield env.timeout(gap.sample(streams.stream('arrivals')));
        env.process(companion());
      }
    })(),
  );

  env.run({ until: 2_000 }); // warm-up
  screens.resetStatistics();
  env.run({ until: 42_000 });
  return screens.stats.waitMin.mean;
}

const c = 2;
const mu = 1;
console.log(`M/M/${c}, service rate ${mu}/min, 20 replications of 40,000 min after a 2,000 min warm-up`);
console.log('rho    simulated mean wait (95% CI)     Erlang C');
for (const rho of [0.5, 0.7, 0.9]) {
  const lambda = rho * c * mu;
  const waits = new Tally();
  for (let r = 0; r < 20; r++) waits.add(replicate(c, lambda, mu, r));
  const half = (2.093 * waits.sd) / Math.sqrt(waits.count);
  const theory = erlangC(lambda, mu, c).meanWait;
  console.log(`${rho.toFixed(2)}   ${waits.mean.toFixed(4)} [${(waits.mean - half).toFixed(4)}, ${(waits.mean + half).toFixed(4)}]   ${theory.toFixed(4)}`);
}
