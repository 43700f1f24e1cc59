/**
 * CPU work that must happen before a request can be answered (planning a sweep grid, a twin
 * forecast) but may take seconds: it is written as a generator that yields often, and run here
 * in slices of a few milliseconds with the event loop free in between, so that the cabinets'
 * dispenses and health checks are answered while it runs. One piece of work runs at a time
 * (first come, first served) and only a few may wait; more is refused with 429, so a client
 * cannot pile up CPU on the main thread faster than it drains.
 */
import { ApiError } from '../errors.js';

/** Options of {@link SlicedWork}. */
export interface SlicedWorkOptions {
  /** Longest slice of work between two turns of the event loop, in ms. Default 8. */
  sliceMs?: number;
  /** Pieces of work waiting behind the running one before more are refused (429). Default 4. */
  maxWaiting?: number;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A first-come, first-served runner of generator work in short slices. */
export class SlicedWork {
  private readonly sliceMs: number;
  private readonly maxWaiting: number;
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(options: SlicedWorkOptions = {}) {
    this.sliceMs = options.sliceMs ?? 8;
    this.maxWaiting = options.maxWaiting ?? 4;
  }

  /**
   * Runs `work` to its return value, yielding to the event loop whenever a slice is used up.
   * @param what names the work in the 429 message
   * @throws ApiError 429 when {@link SlicedWorkOptions.maxWaiting} pieces are already waiting
   */
  async run<T>(what: string, work: Generator<unknown, T, void>): Promise<T> {
    if (this.waiting >= this.maxWaiting) {
      throw new ApiError(429, 'busy', `${what}: ${this.waiting} heavy requests are already waiting on this server; retry in a few seconds`);
    }
    this.waiting++;
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      this.waiting--;
      for (;;) {
        await nextTurn();
        const until = performance.now() + this.sliceMs;
        for (;;) {
          const step = work.next();
          if (step.done === true) return step.value;
          if (performance.now() >= until) break;
        }
      }
    } finally {
      release();
    }
  }
}
