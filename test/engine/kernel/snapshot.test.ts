import { describe, expect, it } from 'vitest';
import { Environment, Exponential, RandomStreams, restoreEnvironment, snapshotEnvironment } from '../../../engine/kernel/index.js';
import type { EnvironmentSnapshot, RandomStream } from '../../../engine/kernel/index.js';

// A callback-path model whose whole state lives in plain data: a cabinet with stock, needs
// arriving at random, a restock every 8 hours. Handlers are module-level and named.
interface World {
  env: Environment;
  rng: RandomStream;
  log: string[];
  stock: number;
}
let world: World;
const gap = new Exponential({ mean: 37 });

function need(arg: { who: number }): void {
  world.stock = Math.max(0, world.stock - 1);
  world.log.push(`need ${arg.who} at ${world.env.now.toFixed(6)} stock ${world.stock}`);
  world.env.schedule(gap.sample(world.rng), need, 0, { who: arg.who + 1 });
}
function restock(arg: { units: number }): void {
  world.stock += arg.units;
  world.log.push(`restock at ${world.env.now} stock ${world.stock}`);
  world.env.schedule(480, restock, -1, arg);
}

function start(env: Environment, streams: RandomStreams): World {
  world = { env, rng: streams.stream('needs'), log: [], stock: 10 };
  env.schedule(0, need, 0, { who: 0 });
  env.schedule(480, restock, -1, { units: 12 });
  return world;
}

describe('snapshot', () => {
  it('capture at "now", JSON round trip, restore and continue: identical to an uninterrupted run', () => {
    const straight = start(new Environment(), new RandomStreams(9, 0));
    straight.env.run({ until: 3000 });
    const full = straight.log.slice();

    const streams = new RandomStreams(9, 0);
    const first = start(new Environment(), streams);
    first.env.run({ until: 1200 });
    const snap = JSON.parse(JSON.stringify(snapshotEnvironment(first.env, { streams }))) as EnvironmentSnapshot;
    const stockAtSnapshot = first.stock;
    const before = first.log.slice();
    expect(snap.nowMin).toBe(1200);
    expect(snap.pending.map((p) => p.handler).sort()).toEqual(['need', 'restock']);

    const streams2 = new RandomStreams(9, 0);
    const env2 = restoreEnvironment(new Environment(), snap, { handlers: { need, restock }, streams: streams2 });
    world = { env: env2, rng: streams2.stream('needs'), log: [], stock: stockAtSnapshot };
    env2.run({ until: 3000 });
    expect([...before, ...world.log]).toEqual(full);
    expect(env2.eventsProcessed).toBe(straight.env.eventsProcessed);
  });

  it('process machinery and closures are listed but not restorable unless skipped', () => {
    const env = new Environment();
    env.process((function* () { yield env.timeout(5); })(), 'nurse');
    env.schedule(3, () => undefined, 0, new Map());
    env.run({ until: 1 });
    const snap = snapshotEnvironment(env);
    expect(snap.pending.map((p) => [p.kind, p.argCaptured])).toEqual([
      ['callback', false],
      ['event', false],
    ]);
    expect(snap.pending[1].handler).toBe('Timeout');
    expect(() => restoreEnvironment(new Environment(), snap, { handlers: {} })).toThrow(/cannot be restored; pass skipUnrestorable/);
    const restored = restoreEnvironment(new Environment(), snap, { handlers: {}, skipUnrestorable: true });
    expect(restored.peek()).toBe(Infinity);
    expect(restored.now).toBe(1);
  });

  it('restore needs every handler by name and a fresh environment', () => {
    const env = new Environment();
    env.schedule(1, restock, 0, { units: 1 });
    const snap = snapshotEnvironment(env);
    expect(() => restoreEnvironment(new Environment(), snap, { handlers: {} })).toThrow('restoreEnvironment: pending[0] needs a handler named "restock"');
    const used = new Environment();
    used.schedule(1, () => undefined);
    expect(() => restoreEnvironment(used, snap, { handlers: { restock } })).toThrow(/fresh environment/);
  });
});
