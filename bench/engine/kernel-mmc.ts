/**
 * The same M/M/c model on the kernel, twice: (b) on the callback fast path (`env.schedule` with
 * module-level handlers and the state object as argument, no closure per event) and (c) as
 * SimPy-style generator processes with a `Resource`.
 */
import { Environment, Resource } from '../../engine/kernel/index.js';
import type { RandomStream, SimEvent } from '../../engine/kernel/index.js';
import type { MmcRun } from './plain-heap-loop.js';

interface State {
  env: Environment;
  c: number;
  lambda: number;
  mu: number;
  customers: number;
  arrivals: RandomStream;
  services: RandomStream;
  queue: number[];
  head: number;
  busy: number;
  served: number;
  waitSum: number;
}

function departure(s: State): void {
  s.served++;
  if (s.served >= s.customers) s.env.stop();
  if (s.head < s.queue.length) {
    s.waitSum += s.env.now - s.queue[s.head++];
    if (s.head > 4096 && s.head * 2 > s.queue.length) {
      s.queue.splice(0, s.head);
      s.head = 0;
    }
    s.env.schedule(-Math.log(1 - s.services.next()) / s.mu, departure, 0, s);
  } else {
    s.busy--;
  }
}

function arrival(s: State): void {
  s.env.schedule(-Math.log(1 - s.arrivals.next()) / s.lambda, arrival, 0, s);
  if (s.busy < s.c) {
    s.busy++;
    s.env.schedule(-Math.log(1 - s.services.next()) / s.mu, departure, 0, s);
  } else {
    s.queue.push(s.env.now);
  }
}

/** (b) M/M/c on the callback path until `customers` are served. */
export function runCallbackMmc(c: number, lambda: number, mu: number, customers: number, arrivals: RandomStream, services: RandomStream): MmcRun {
  const env = new Environment();
  const s: State = { env, c, lambda, mu, customers, arrivals, services, queue: [], head: 0, busy: 0, served: 0, waitSum: 0 };
  env.schedule(0, arrival, 0, s);
  env.run();
  return { served: s.served, meanWait: s.waitSum / s.served, events: env.eventsProcessed };
}

/** (c) M/M/c with generator processes and a Resource until `customers` are served. */
export function runGeneratorMmc(c: number, lambda: number, mu: number, customers: number, arrivals: RandomStream, services: RandomStream): MmcRun {
  const env = new Environment();
  const counter = new Resource(env, { capacity: c });
  let served = 0;
  function* customer(): Generator<SimEvent<unknown>, void, unknown> {
    const req = counter.request();
    yield req;
    yield env.timeout(-Math.log(1 - services.next()) / mu);
    counter.release(req);
    if (++served >= customers) env.stop();
  }
  function* source(): Generator<SimEvent<unknown>, void, unknown> {
    for (;;) {
      env.process(customer());
      yield env.timeout(-Math.log(1 - arrivals.next()) / lambda);
    }
  }
  env.process(source());
  env.run();
  const waits = counter.stats.waitMin;
  return { served, meanWait: waits.mean, events: env.eventsProcessed };
}
