import { describe, expect, it } from 'vitest';
import { CallbackServer, Environment, Roster } from '../../../engine/kernel/index.js';

/** A user who holds a server for `holdMin` and logs (tag, now) when served and done. */
interface User {
  readonly tag: string;
  readonly holdMin: number;
  readonly server: CallbackServer;
  readonly log: [string, number][];
}

function onServed(u: User): void {
  u.log.push([`${u.tag} served`, u.server.env.now]);
  u.server.env.schedule(u.holdMin, onDone, 0, u);
}

function onDone(u: User): void {
  u.log.push([`${u.tag} done`, u.server.env.now]);
  u.server.release();
}

function arrive(env: Environment, server: CallbackServer, log: [string, number][], atMin: number, tag: string, holdMin: number, priority = 0): void {
  env.schedule(atMin, (u: User) => {
    log.push([`${u.tag} arrives`, env.now]);
    server.request(onServed, u, priority);
  }, 0, { tag, holdMin, server, log });
}

describe('CallbackServer', () => {
  it('request() serves first come, first served within a class and the better class first', () => {
    const env = new Environment();
    const server = new CallbackServer(env, { capacity: 1 });
    const log: [string, number][] = [];
    arrive(env, server, log, 0, 'a', 5, 1);
    arrive(env, server, log, 1, 'b', 2, 1);
    arrive(env, server, log, 2, 'c', 2, 1);
    arrive(env, server, log, 3, 'restock', 1, 0);
    env.run();
    expect(log).toEqual([
      ['a arrives', 0], ['a served', 0],
      ['b arrives', 1], ['c arrives', 2], ['restock arrives', 3],
      ['a done', 5], ['restock served', 5],
      ['restock done', 6], ['b served', 6],
      ['b done', 8], ['c served', 8],
      ['c done', 10],
    ]);
    expect(server.busy).toBe(0);
    expect(server.queueLength).toBe(0);
  });

  it('capacity follows the roster: a step up serves the waiting at once, a step down interrupts no one', () => {
    const env = new Environment();
    const roster = new Roster({ periodMin: 100, steps: [{ atMin: 0, capacity: 1 }, { atMin: 10, capacity: 2 }, { atMin: 20, capacity: 0 }] });
    const server = new CallbackServer(env, { roster, rosterUntilMin: 100 });
    const log: [string, number][] = [];
    arrive(env, server, log, 0, 'a', 15, 0);
    arrive(env, server, log, 1, 'b', 15, 0);
    arrive(env, server, log, 21, 'c', 1, 0);
    env.run();
    expect(log).toEqual([
      ['a arrives', 0], ['a served', 0],
      ['b arrives', 1], ['b served', 10],
      ['a done', 15], ['c arrives', 21],
      ['b done', 25],
    ]);
    // c waits for the next period's first step (t = 100), which is not scheduled: until 100.
    expect(server.queueLength).toBe(1);
    expect(server.capacity).toBe(0);

    expect(env.eventsProcessed).toBe(2 + 3 + 2);
  });

  it('rejects bad options and a release with no server in use, naming the rule', () => {
    const env = new Environment();
    expect(() => new CallbackServer(env, { capacity: -1 })).toThrow('CallbackServer: capacity(=-1) must be >= 0');
    expect(() => new CallbackServer(env, {})).toThrow('CallbackServer: capacity(=undefined) must be an integer');
    expect(() => new CallbackServer(env, { capacity: 1 }).release()).toThrow('CallbackServer.release: no server is in use');
  });
});
