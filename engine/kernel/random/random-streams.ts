/**
 * Random streams: one independent, reproducible source of randomness per purpose ("births",
 * "stay-length", "needs:nappies"), derived from (scenario seed, replication, purpose). Giving
 * every purpose its own stream is what makes common random numbers work: two scenarios that
 * differ only in cabinets still see the same births, stays and needs.
 *
 * Generator: Baagoe's Alea as shipped by seedrandom (`seedrandom.alea`), seeded by seedrandom
 * from the string `JSON.stringify([seed, replication, purpose])`. The stepping function is
 * inlined here (the same arithmetic, verified against seedrandom in the tests) so that a draw
 * is a monomorphic method call and the state is four plain numbers that snapshot cheaply.
 * Resolution is 2^-32.
 */
import seedrandom from 'seedrandom';
import { fail, integerAtLeast } from '../_internals/check.js';

/** The state of one stream: Alea's four numbers (plain data, JSON-safe). */
export interface RandomStreamState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/** A named stream of uniform numbers in [0, 1). */
export class RandomStream {
  /** The purpose this stream was derived for. */
  readonly purpose: string;
  // Initialised here, not only in the constructor: a class field declared without a value
  // starts as undefined, and V8 then keeps the field as a tagged value, so every draw would
  // box its new state in a fresh heap number. Starting from a number keeps them unboxed.
  private c = 0;
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;

  /** Prefer {@link RandomStreams.stream}; `key` is the full seed string. */
  constructor(key: string, purpose = key) {
    const initial = seedrandom.alea(key, { state: true }).state();
    this.purpose = purpose;
    this.c = initial.c;
    this.s0 = initial.s0;
    this.s1 = initial.s1;
    this.s2 = initial.s2;
  }

  /** Next uniform number in [0, 1). */
  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  /** The current state (plain data). */
  state(): RandomStreamState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }

  /** Restores a state captured with {@link RandomStream.state}. */
  setState(state: RandomStreamState): void {
    for (const k of ['c', 's0', 's1', 's2'] as const) {
      if (typeof state?.[k] !== 'number' || !Number.isFinite(state[k])) fail('RandomStream.setState', `state.${k}`, state?.[k], 'must be a finite number');
    }
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }
}

/** States of all streams handed out so far, by purpose. */
export type RandomStreamsState = Record<string, RandomStreamState>;

/**
 * The family of streams for one (seed, replication). `stream(purpose)` returns the same stream
 * object for the same purpose, so model parts can look their stream up by name.
 */
export class RandomStreams {
  /** The scenario seed. */
  readonly seed: number | string;
  /** The replication index (0-based). */
  readonly replication: number;
  private readonly streams = new Map<string, RandomStream>();

  constructor(seed: number | string, replication: number) {
    if (typeof seed === 'number') {
      if (!Number.isFinite(seed)) fail('RandomStreams', 'seed', seed, 'must be a finite number or a string');
    } else if (typeof seed !== 'string') {
      fail('RandomStreams', 'seed', seed, 'must be a finite number or a string');
    }
    integerAtLeast('RandomStreams', 'replication', replication, 0);
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream for `purpose` (created on first use, then the same object). */
  stream(purpose: string): RandomStream {
    let s = this.streams.get(purpose);
    if (s === undefined) {
      if (typeof purpose !== 'string' || purpose.length === 0) fail('RandomStreams.stream', 'purpose', purpose, 'must be a non-empty string');
      s = new RandomStream(JSON.stringify([this.seed, this.replication, purpose]), purpose);
      this.streams.set(purpose, s);
    }
    return s;
  }

  /** Purposes of the streams handed out so far, in creation order. */
  purposes(): string[] {
    return [...this.streams.keys()];
  }

  /** Captures every stream's state. */
  state(): RandomStreamsState {
    const out: RandomStreamsState = {};
    for (const [purpose, s] of this.streams) out[purpose] = s.state();
    return out;
  }

  /** Restores states captured with {@link RandomStreams.state} (streams are created as needed). */
  setState(state: RandomStreamsState): void {
    if (state === null || typeof state !== 'object') fail('RandomStreams.setState', 'state', state, 'must be an object of stream states');
    for (const purpose of Object.keys(state)) this.stream(purpose).setState(state[purpose]);
  }
}
