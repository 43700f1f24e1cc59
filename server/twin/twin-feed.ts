/**
 * Who watches the twin: the twin stream's sockets subscribe, and every accepted event batch is
 * published to them as one small message (the twin's clock and event count), so a page can
 * refresh its state and forecast when something happened instead of polling.
 */

/** What a watcher hears after an accepted batch. */
export interface TwinChange {
  readonly type: 'events';
  /** Events in the batch. */
  readonly accepted: number;
  /** The twin's clock after the batch, minutes since the scenario start. */
  readonly timeMin: number;
  /** Events accepted since the ledger began. */
  readonly eventsAccepted: number;
}

/** The twin's watchers (see the module header). */
export class TwinFeed {
  private readonly watchers = new Set<(change: TwinChange) => void>();

  /** Adds a watcher; returns the function that removes it. */
  subscribe(watcher: (change: TwinChange) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Tells every watcher; a watcher that throws is dropped, never the batch. */
  publish(change: TwinChange): void {
    for (const w of this.watchers) {
      try {
        w(change);
      } catch {
        this.watchers.delete(w);
      }
    }
  }

  /** Watchers now. */
  get size(): number {
    return this.watchers.size;
  }
}
